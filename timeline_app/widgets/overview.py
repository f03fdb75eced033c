"""The overview strip under the canvas: the whole timeline's density, and the view as a box to drag."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline_app.core.index import FloatArray
from timeline_app.core.timeline import Timeline
from timeline_app.render.focus import FOCUS_FRAME_PX, paint_focus_frame
from timeline_app.render.theme import Theme, mix
from timeline_app.view.ticks import compute_ticks
from timeline_app.view.viewport import Viewport
from timeline_app.viewmodel.view_model import ZOOM_STEP, TimelineViewModel

STRIP_HEIGHT = 56
MIN_STRIP_WIDTH = 200
# One notch of a mouse wheel reports 120 units (Qt's convention); a notch sideways pans this many pixels.
WHEEL_NOTCH = 120.0
WHEEL_PAN_PX = 40.0
# The view box is never drawn narrower than this, so a deep zoom still shows where it is.
MIN_BOX_PX = 6.0
# Grabbing a box edge: this many pixels either side of it. A narrow box keeps at least
# MIN_PAN_GRAB_PX in its middle for panning, so its edge zones shrink inside it.
EDGE_HIT_PX = 5.0
MIN_PAN_GRAB_PX = 4.0
BOX_PEN_PX = 1.5
BOX_HALO_PX = 1.0
BOX_FILL_ALPHA = 48
# Histogram bars blend the text colour into the background this far: opaque, because
# Qt blends translucent tall rectangles a scanline at a time.
DENSITY_SHADE = 0.5
# Each bar is drawn this many pixels wider on both sides, so that single events show.
MARK_SPREAD_PX = 1
HISTOGRAM_TOP_PX = 4.0
# Axis: a tick mark under the histogram and a small label right of it.
AXIS_TICK_PX = 4.0
AXIS_LABEL_GAP_PX = 48.0
AXIS_LABEL_PAD_PX = 3.0
SMALL_FONT_SCALE = 0.85
MIN_SMALL_FONT_PT = 7.0
TODAY_PEN_PX = 1.0
# Left and Right (with the keyboard focus on the strip) move the view by this share of its width.
KEY_PAN_FRACTION = 0.25


def density_counts(sorted_starts: FloatArray, low: float, high: float, bins: int) -> FloatArray:
    """Events per bin of ``bins`` equal bins over [low, high): bin i holds starts in [edge i, edge i+1).

    ``sorted_starts`` must be sorted and finite. Two binary searches per edge, so the cost
    depends on ``bins``, not on how many events there are.
    """
    if bins <= 0 or not high > low:
        return np.zeros(max(bins, 0), dtype=np.float64)
    edges = low + np.arange(bins + 1) * ((high - low) / bins)
    return np.diff(np.searchsorted(sorted_starts, edges, side="left")).astype(np.float64)


class _Grab(Enum):
    """What a press on the strip took hold of."""

    OUTSIDE = auto()
    BOX = auto()
    LEFT_EDGE = auto()
    RIGHT_EDGE = auto()


@dataclass(frozen=True, slots=True)
class _Drag:
    """A drag in progress: where it started, the view then and the strip's scale then."""

    grab: _Grab
    press_x: float
    view: Viewport
    extent: tuple[float, float]


class OverviewStrip(QWidget):
    """The whole timeline in one strip: event density, a light axis and the view as a draggable box."""

    def __init__(self, model: TimelineViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self.setAccessibleName("Timeline overview")
        self.setToolTip(
            "Drag the box to move, drag its edges to zoom, click elsewhere to jump there."
            " With the keyboard: Tab here, then ← → move and + − zoom."
        )
        self.setAccessibleDescription("The whole timeline; Left and Right move the view, plus and minus zoom")
        # Tab reaches it; a click does not take the focus from the canvas, whose keys go on working.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._model = model
        self._drag: _Drag | None = None
        self._focus_shown = False  # given the focus on purpose (Tab), not only as its window's one widget
        self._mask: npt.NDArray[np.bool_] | None = None
        self._mask_timeline: Timeline | None = None  # the timeline the mask was given for
        # Everything but the box is cached as a pixmap: a pan redraws only the box over it.
        self._background: QPixmap | None = None
        self._background_key: tuple[object, ...] | None = None
        self._generation = 0
        self._all_starts: FloatArray = np.empty(0)
        self._starts: FloatArray = self._all_starts
        self._data_extent: tuple[float, float] = (0.0, 0.0)
        self._load_timeline()
        model.viewport_changed.connect(self.update)
        model.timeline_changed.connect(self._on_timeline_changed)

    # -- public --------------------------------------------------------------

    def set_filter_mask(self, mask: npt.NDArray[np.bool_] | None) -> None:
        """Show the density of only the events where ``mask`` (bool, one per event) is True; None for all."""
        if mask is None:
            self._mask = None
            self._starts = self._all_starts
        else:
            mask = np.asarray(mask)
            events = self._model.timeline.events
            if mask.dtype != np.bool_ or mask.shape != (len(events),):
                raise ValueError(
                    f"expected a boolean mask of {len(events)} events, got {mask.dtype} {mask.shape}"
                )
            self._mask = mask
            self._mask_timeline = self._model.timeline
            full = self._model.full_index
            self._starts = _finite(full.starts_in_order[mask[full.order]])
        self._generation += 1
        self.update()

    @property
    def extent(self) -> tuple[float, float]:
        """The instants at the strip's left and right edges.

        All the data (with fit-all's margin), widened to the view when that reaches further;
        frozen while a drag is under way so the box stays under the pointer.
        """
        if self._drag is not None:
            return self._drag.extent
        low, high = self._data_extent
        view = self._model.viewport
        return min(low, view.t0), max(high, view.t1)

    def t_at(self, x: float) -> float:
        """The instant under strip pixel column ``x``."""
        low, high = self.extent
        return low + x * (high - low) / max(self.width(), 1)

    def x_at(self, t: float) -> float:
        """The strip pixel column of instant ``t``."""
        low, high = self.extent
        return (t - low) * max(self.width(), 1) / (high - low)

    def counts(self) -> FloatArray:
        """Events (those of the filter, if any) per pixel column, as the histogram shows them."""
        low, high = self.extent
        return density_counts(self._starts, low, high, max(self.width(), 1))

    def view_box(self) -> QRectF:
        """Where the current view is drawn: at least MIN_BOX_PX wide, centred on the view."""
        view = self._model.viewport
        left, right = self.x_at(view.t0), self.x_at(view.t1)
        if right - left < MIN_BOX_PX:
            middle = (left + right) / 2
            left, right = middle - MIN_BOX_PX / 2, middle + MIN_BOX_PX / 2
        return QRectF(left, 0.0, right - left, float(self.height()))

    def sizeHint(self) -> QSize:
        return QSize(MIN_STRIP_WIDTH * 4, STRIP_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_STRIP_WIDTH, STRIP_HEIGHT)

    # -- painting ------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = Theme.from_palette(self.palette())
        with QPainter(self) as painter:
            painter.drawPixmap(0, 0, self._background_pixmap(theme))
            self._paint_box(painter, theme)
            if self._focus_visible():
                paint_focus_frame(painter, self.width(), self.height(), theme.highlight)

    def _focus_visible(self) -> bool:
        return self._focus_shown and self.hasFocus()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # A window coming back keeps the frame as it was; alone in a window, the strip gets
        # the focus by default, which is nobody's choice and shows no frame.
        if event.reason() != Qt.FocusReason.ActiveWindowFocusReason:
            self._focus_shown = True
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.ActiveWindowFocusReason:
            self._focus_shown = False
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._background_key = None
            self.update()
        super().changeEvent(event)

    def _background_pixmap(self, theme: Theme) -> QPixmap:
        ratio = self.devicePixelRatioF()
        extent = self.extent
        key = (self.width(), self.height(), ratio, extent, theme, self._generation)
        if self._background is None or key != self._background_key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(theme.background)
            with QPainter(pixmap) as painter:
                self._paint_background(painter, theme, extent)
            self._background, self._background_key = pixmap, key
        return self._background

    def _paint_background(self, painter: QPainter, theme: Theme, extent: tuple[float, float]) -> None:
        width, height = self.width(), self.height()
        font = self._small_font()
        metrics = QFontMetricsF(font)
        baseline = round(height - metrics.height() - 2)
        painter.fillRect(QRectF(0, 0, width, 1), theme.major_grid)  # sets the strip off the canvas
        self._paint_histogram(painter, theme, HISTOGRAM_TOP_PX, baseline - HISTOGRAM_TOP_PX)
        painter.fillRect(QRectF(0, baseline, width, 1), theme.grid)
        self._paint_today(painter, theme, extent, baseline)
        low, high = extent
        ticks = compute_ticks(low, high, width, metrics.horizontalAdvance, AXIS_LABEL_GAP_PX)
        painter.setFont(font)
        painter.setPen(theme.muted_text)
        last_right = -math.inf
        for tick in ticks.minor:
            x = round(self.x_at(tick.t))
            painter.fillRect(QRectF(x, baseline, 1, AXIS_TICK_PX), theme.major_grid)
            text_width = metrics.horizontalAdvance(tick.label)
            left = x + AXIS_LABEL_PAD_PX
            if not tick.label or left < last_right + AXIS_LABEL_PAD_PX or left + text_width > width:
                continue
            painter.drawText(
                QRectF(left, baseline + 1, text_width + 1, height - baseline - 1),
                Qt.AlignmentFlag.AlignVCenter,
                tick.label,
            )
            last_right = left + text_width

    def _paint_histogram(self, painter: QPainter, theme: Theme, top: float, height: float) -> None:
        counts = self.counts()
        peak = counts.max(initial=0)
        rows = int(height)
        if peak <= 0 or rows <= 0:
            return
        # Log scale: a cluster of thousands must not flatten a scatter of single events.
        bar_heights = np.ceil(np.log1p(counts) / math.log1p(peak) * rows).astype(np.int32)
        # A lone event is one pixel column wide, too thin to see: let each bar spread to its
        # lower neighbours (a running maximum), which leaves dense histograms almost as they were.
        spread = bar_heights.copy()
        for shift in range(1, MARK_SPREAD_PX + 1):
            np.maximum(spread[shift:], bar_heights[:-shift], out=spread[shift:])
            np.maximum(spread[:-shift], bar_heights[shift:], out=spread[:-shift])
        bar_heights = spread
        shade = mix(theme.background, theme.text, DENSITY_SHADE)
        filled = np.arange(rows)[:, None] >= (rows - bar_heights)[None, :]
        # One premultiplied ARGB word per pixel, which Qt draws without converting.
        pixels = np.where(filled, np.uint32(_argb(shade)), np.uint32(0))
        image = QImage(
            pixels.data, counts.size, rows, counts.size * 4, QImage.Format.Format_ARGB32_Premultiplied
        )
        painter.drawImage(QPointF(0, top), image)

    def _paint_today(
        self, painter: QPainter, theme: Theme, extent: tuple[float, float], bottom: float
    ) -> None:
        low, high = extent
        now = time.time()
        if low <= now <= high:
            painter.setPen(QPen(theme.today, TODAY_PEN_PX))
            x = round(self.x_at(now)) + 0.5
            painter.drawLine(QPointF(x, HISTOGRAM_TOP_PX), QPointF(x, bottom))

    def _paint_box(self, painter: QPainter, theme: Theme) -> None:
        box = self.view_box()
        inset = BOX_PEN_PX / 2
        fill = QColor(theme.highlight)
        fill.setAlpha(BOX_FILL_ALPHA)
        rect = box.adjusted(inset, inset + 1, -inset, -inset)
        if self._focus_visible():
            # Its sides inside the focus frame, with its halo between: else a box as wide as the
            # strip would merge with the frame. (Top and bottom stay: the axis labels need the room.)
            margin = FOCUS_FRAME_PX + BOX_HALO_PX + BOX_PEN_PX
            inner = QRectF(self.rect()).adjusted(margin, 0, -margin, 0)
            left, right = max(rect.left(), inner.left()), min(rect.right(), inner.right())
            if right - left < rect.width():  # cut by the frame: a narrow box moves in instead
                width = max(right - left, min(rect.width(), MIN_BOX_PX))
                left = min(max(rect.left(), inner.left()), inner.right() - width)
                right = left + width
            rect = QRectF(QPointF(left, rect.top()), QPointF(right, rect.bottom()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # A background-coloured halo first: it keeps a narrow box visible over dense bars.
        painter.setPen(QPen(theme.background, BOX_PEN_PX + 2 * BOX_HALO_PX))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        painter.setPen(QPen(theme.highlight, BOX_PEN_PX))
        painter.setBrush(fill)
        painter.drawRect(rect)

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * SMALL_FONT_SCALE, MIN_SMALL_FONT_PT))
        return font

    # -- mouse ---------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        x = event.position().x()
        grab = self._grab_at(x)
        if grab is _Grab.OUTSIDE:
            # Jump there, then let the same press carry on dragging the box.
            view = self._model.viewport
            self._model.set_viewport(view.centered_on(self.t_at(x)))
            grab = _Grab.BOX
        self._drag = _Drag(grab, x, self._model.viewport, self.extent)
        self.setCursor(self._cursor_for(grab, pressed=True))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        drag = self._drag
        if drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self.setCursor(self._cursor_for(self._grab_at(x), pressed=False))
            event.accept()
            return
        low, high = drag.extent
        seconds = (x - drag.press_x) * (high - low) / max(self.width(), 1)
        view, bounds = drag.view, self._model.bounds
        if drag.grab is _Grab.BOX:
            moved = Viewport(view.t0 + seconds, view.seconds_per_px, view.width)
        elif drag.grab is _Grab.RIGHT_EDGE:
            # The left edge stays put: clamp the right one to the bounds first (else clamping
            # would shift the whole view) and anchor any zoom limit at the left edge.
            right = min(view.t1 + seconds, bounds.high)
            moved = Viewport(view.t0, max(right - view.t0, 0.0) / view.width, view.width)
            moved = moved.clamped(bounds, anchor_x=0.0)
        else:
            left = max(view.t0 + seconds, bounds.low)
            seconds_per_px = max(view.t1 - left, 0.0) / view.width
            moved = Viewport(view.t1 - seconds_per_px * view.width, seconds_per_px, view.width)
            moved = moved.clamped(bounds, anchor_x=view.width)
        self._model.set_viewport(moved)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drag is not None:
            self._drag = None
            self.setCursor(self._cursor_for(self._grab_at(event.position().x()), pressed=False))
            self.update()  # the strip's scale was frozen during the drag and may widen now
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        if self._drag is None:
            self.unsetCursor()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        angle = event.angleDelta()
        view = self._model.viewport
        if abs(angle.x()) > abs(angle.y()) or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            # Sideways (or Shift+wheel) pans the view, at the strip's scale.
            pixels = event.pixelDelta().x() or (angle.x() or angle.y()) / WHEEL_NOTCH * WHEEL_PAN_PX
            low, high = self.extent
            seconds = pixels * (high - low) / max(self.width(), 1)
            self._model.set_viewport(Viewport(view.t0 - seconds, view.seconds_per_px, view.width))
        elif angle.y():
            anchor = view.x_at(self.t_at(event.position().x()))
            factor = ZOOM_STEP ** (angle.y() / WHEEL_NOTCH)
            self._model.set_viewport(view.zoomed_at(anchor, factor, self._model.bounds))
        event.accept()

    # -- keys ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self._model
        step = model.viewport.width * KEY_PAN_FRACTION
        actions: dict[Qt.Key, Callable[[], None]] = {
            Qt.Key.Key_Left: lambda: model.pan_by(step),  # the content moves right: earlier time
            Qt.Key.Key_Right: lambda: model.pan_by(-step),
            Qt.Key.Key_Plus: model.zoom_in,
            Qt.Key.Key_Equal: model.zoom_in,
            Qt.Key.Key_Minus: model.zoom_out,
        }
        action = actions.get(Qt.Key(event.key()))
        if action is None or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def _grab_at(self, x: float) -> _Grab:
        box = self.view_box()
        # Inside a narrow box the edge zones give way so that its middle can still be dragged.
        inner = min(EDGE_HIT_PX, max((box.width() - MIN_PAN_GRAB_PX) / 2, 0.0))
        left, right = box.left(), box.right()
        near_left = left - EDGE_HIT_PX <= x <= left + inner
        near_right = right - inner <= x <= right + EDGE_HIT_PX
        if near_left and near_right:
            return _Grab.LEFT_EDGE if abs(x - left) < abs(x - right) else _Grab.RIGHT_EDGE
        if near_left:
            return _Grab.LEFT_EDGE
        if near_right:
            return _Grab.RIGHT_EDGE
        return _Grab.BOX if left < x < right else _Grab.OUTSIDE

    @staticmethod
    def _cursor_for(grab: _Grab, *, pressed: bool) -> Qt.CursorShape:
        if grab in (_Grab.LEFT_EDGE, _Grab.RIGHT_EDGE):
            return Qt.CursorShape.SizeHorCursor
        if grab is _Grab.BOX:
            return Qt.CursorShape.ClosedHandCursor if pressed else Qt.CursorShape.OpenHandCursor
        return Qt.CursorShape.PointingHandCursor

    # -- model signals -------------------------------------------------------

    def _on_timeline_changed(self) -> None:
        self._drag = None
        mask = self._mask if self._mask_timeline is self._model.timeline else None
        self._load_timeline()
        # A mask over the old events cannot apply to the new ones; one already given for
        # the new timeline (the filter may be reapplied before this signal) stays.
        if mask is not None:
            self.set_filter_mask(mask)
        self.update()

    def _load_timeline(self) -> None:
        """Sort the starts once per timeline, so that a paint costs two binary searches per column."""
        timeline = self._model.timeline
        # The full index has the starts in date order: no sort on the GUI thread.
        self._all_starts = _finite(self._model.full_index.starts_in_order)
        self._starts = self._all_starts
        self._mask, self._mask_timeline = None, None
        data = timeline.time_range()
        if data is None:
            bounds = self._model.bounds
            data = (bounds.low, bounds.high)
        fit = Viewport.showing(data[0], data[1], 1.0)
        self._data_extent = (fit.t0, fit.t1)
        self._generation += 1


def _finite(sorted_starts: FloatArray) -> FloatArray:
    """The finite part of sorted starts: open starts (-inf) have no place on the strip."""
    first = int(np.searchsorted(sorted_starts, -np.inf, side="right"))
    end = int(np.searchsorted(sorted_starts, np.inf, side="left"))
    return sorted_starts[first:end]


def _argb(color: QColor) -> int:
    """An opaque colour as a 0xAARRGGBB word (premultiplying changes nothing at full alpha)."""
    return 0xFF000000 | (color.red() << 16) | (color.green() << 8) | color.blue()
