"""The overview strip under the canvas: the whole timeline's density, and the view as a box to drag."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetricsF,
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
from timeline_app.render.context import small_font
from timeline_app.render.density import paint_bars
from timeline_app.render.focus import FOCUS_FRAME_PX, paint_focus_frame
from timeline_app.render.theme import Theme, mix
from timeline_app.render.today import paint_today_line
from timeline_app.view.density import bar_heights, density_counts, share_heights, spread
from timeline_app.view.interaction import wheel_pan_px
from timeline_app.view.overview_scale import (
    MIN_BOX_PX,
    Grab,
    StripScale,
    data_extent,
    dragged,
    grab_at,
    wheel_panned,
    wheel_zoomed,
)
from timeline_app.view.ticks import compute_ticks
from timeline_app.view.viewport import Viewport
from timeline_app.viewmodel.actions import Scope, action_for
from timeline_app.viewmodel.view_model import TimelineViewModel

translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")
STRIP_HEIGHT = 56
MIN_STRIP_WIDTH = 200
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
TODAY_PEN_PX = 1.0
# Left and Right (with the keyboard focus on the strip) move the view by this share of its width.
KEY_PAN_FRACTION = 0.25


@dataclass(frozen=True, slots=True)
class _Drag:
    """A drag in progress: what it grabbed, where it started, the view and the strip's scale then."""

    grab: Grab
    press_x: float
    view: Viewport
    scale: StripScale


class OverviewStrip(QWidget):
    """The whole timeline in one strip: event density, a light axis and the view as a draggable box."""

    def __init__(self, model: TimelineViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self.setAccessibleName(translate("Overview", "Timeline overview"))
        self.setToolTip(
            translate(
                "Overview",
                "Drag the box to move, drag its edges to zoom, click elsewhere to jump there."
                " With the keyboard: Tab here, then ← → move and + − zoom.",
            )
        )
        self.setAccessibleDescription(
            translate("Overview", "The whole timeline; Left and Right move the view, plus and minus zoom")
        )
        # Tab reaches it; a click does not take the focus from the canvas, whose keys go on working.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._model = model
        self._drag: _Drag | None = None
        self._focus_shown = False  # given the focus on purpose (Tab), not only as its window's one widget
        # Everything but the box is cached as a pixmap: a pan redraws only the box over it.
        self._background: QPixmap | None = None
        self._background_key: tuple[object, ...] | None = None
        self._generation = 0
        self._starts: FloatArray = np.empty(0)
        self._match_starts: FloatArray | None = None  # the search's matches, marked over the density
        self._data_extent: tuple[float, float] = (0.0, 0.0)
        self._load_timeline()
        model.viewport_changed.connect(self.update)
        model.timeline_changed.connect(self._on_timeline_changed)
        model.filter_changed.connect(self._on_filter_changed)

    # -- public --------------------------------------------------------------

    @property
    def scale(self) -> StripScale:
        """The instants at the strip's edges: all the data (with Fit All's margin), widened to
        the view when that reaches further; frozen while a drag is under way so that the box
        stays under the pointer."""
        if self._drag is not None:
            return self._drag.scale
        return StripScale.covering(self._data_extent, self._model.viewport, self.width())

    @property
    def extent(self) -> tuple[float, float]:
        scale = self.scale
        return scale.low, scale.high

    def t_at(self, x: float) -> float:
        """The instant under strip pixel column ``x``."""
        return self.scale.t_at(x)

    def counts(self) -> FloatArray:
        """Events shown (by the filter, if any) per pixel column, as the histogram shows them."""
        scale = self.scale
        return density_counts(self._starts, scale.low, scale.high, max(self.width(), 1))

    def match_counts(self) -> FloatArray | None:
        """Search matches per pixel column, or None with no search."""
        if self._match_starts is None:
            return None
        scale = self.scale
        return density_counts(self._match_starts, scale.low, scale.high, max(self.width(), 1))

    def view_box(self) -> QRectF:
        """Where the current view is drawn: at least MIN_BOX_PX wide, centred on the view."""
        left, right = self.scale.box(self._model.viewport)
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
        scale = self.scale
        key = (self.width(), self.height(), ratio, scale, theme, self._generation)
        if self._background is None or key != self._background_key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(theme.background)
            with QPainter(pixmap) as painter:
                self._paint_background(painter, theme, scale)
            self._background, self._background_key = pixmap, key
        return self._background

    def _paint_background(self, painter: QPainter, theme: Theme, scale: StripScale) -> None:
        width, height = self.width(), self.height()
        font = small_font(self.font())
        metrics = QFontMetricsF(font)
        baseline = round(height - metrics.height() - 2)
        painter.fillRect(QRectF(0, 0, width, 1), theme.major_grid)  # sets the strip off the canvas
        rows = int(baseline - HISTOGRAM_TOP_PX)
        counts = self.counts()
        heights = bar_heights(counts, rows)
        paint_bars(
            painter,
            spread(heights, MARK_SPREAD_PX),
            HISTOGRAM_TOP_PX,
            rows,
            mix(theme.background, theme.text, DENSITY_SHADE),
        )
        matches = self.match_counts()
        if matches is not None:  # where the search's matches are, in the selection colour
            marked = spread(share_heights(heights, matches, counts), MARK_SPREAD_PX)
            paint_bars(painter, marked, HISTOGRAM_TOP_PX, rows, theme.highlight)
        painter.fillRect(QRectF(0, baseline, width, 1), theme.grid)
        now = time.time()
        if scale.low <= now <= scale.high:
            x = round(scale.x_at(now)) + 0.5
            paint_today_line(painter, x, HISTOGRAM_TOP_PX, baseline, theme.today, TODAY_PEN_PX)
        ticks = compute_ticks(scale.low, scale.high, width, metrics.horizontalAdvance, AXIS_LABEL_GAP_PX)
        painter.setFont(font)
        painter.setPen(theme.muted_text)
        last_right = -math.inf
        for tick in ticks.minor:
            x = round(scale.x_at(tick.t))
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

    def _paint_box(self, painter: QPainter, theme: Theme) -> None:
        box = self.view_box()
        inset = BOX_PEN_PX / 2
        # In high contrast nothing is translucent: the box is its outline alone.
        see_through = theme.see_through(theme.highlight, BOX_FILL_ALPHA)
        fill = Qt.BrushStyle.NoBrush if theme.high_contrast else see_through
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

    # -- mouse ---------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        x = event.position().x()
        grab = self._grab_at(x)
        if grab is Grab.OUTSIDE:
            # Jump there, then let the same press carry on dragging the box.
            view = self._model.viewport
            self._model.set_viewport(view.centered_on(self.t_at(x)))
            grab = Grab.BOX
        self._drag = _Drag(grab, x, self._model.viewport, self.scale)
        self.setCursor(self._cursor_for(grab, pressed=True))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        drag = self._drag
        if drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self.setCursor(self._cursor_for(self._grab_at(x), pressed=False))
            event.accept()
            return
        seconds = drag.scale.seconds(x - drag.press_x)
        self._model.set_viewport(dragged(drag.grab, drag.view, seconds, self._model.bounds))
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
            pixels = event.pixelDelta().x() or wheel_pan_px(angle.x() or angle.y())
            self._model.set_viewport(wheel_panned(view, self.scale, pixels))
        elif angle.y():
            x = event.position().x()
            self._model.set_viewport(wheel_zoomed(view, self.scale, x, angle.y(), self._model.bounds))
        event.accept()

    # -- keys ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self._model
        step = model.viewport.width * KEY_PAN_FRACTION
        # What each of the strip's rows of the shortcut table does (the table holds the keys).
        actions: dict[str, Callable[[], None]] = {
            "overview.earlier": lambda: model.pan_by(step),  # the content moves right: earlier time
            "overview.later": lambda: model.pan_by(-step),
            "overview.zoom_in": model.zoom_in,
            "overview.zoom_out": model.zoom_out,
        }
        action = actions.get(action_for(Scope.OVERVIEW, event) or "")
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def _grab_at(self, x: float) -> Grab:
        return grab_at(x, self.scale.box(self._model.viewport))

    @staticmethod
    def _cursor_for(grab: Grab, *, pressed: bool) -> Qt.CursorShape:
        if grab in (Grab.LEFT_EDGE, Grab.RIGHT_EDGE):
            return Qt.CursorShape.SizeHorCursor
        if grab is Grab.BOX:
            return Qt.CursorShape.ClosedHandCursor if pressed else Qt.CursorShape.OpenHandCursor
        return Qt.CursorShape.PointingHandCursor

    # -- model signals -------------------------------------------------------

    def _on_timeline_changed(self) -> None:
        self._drag = None
        self._load_timeline()
        self.update()

    def _on_filter_changed(self) -> None:
        self._follow_filter()
        self._generation += 1
        self.update()

    def _follow_filter(self) -> None:
        """The starts of the events shown, and of the matches, in date order, from the view model."""
        model = self._model
        self._starts = _finite(model.index.starts_in_order)
        match_index = model.match_index
        self._match_starts = None if match_index is None else _finite(match_index.starts_in_order)

    def _load_timeline(self) -> None:
        """The starts in date order come from the view model's index: a paint then costs two
        binary searches per pixel column, and nothing is sorted on the GUI thread."""
        self._follow_filter()
        self._data_extent = data_extent(self._model.timeline)
        self._generation += 1


def _finite(sorted_starts: FloatArray) -> FloatArray:
    """The finite part of sorted starts: open starts (-inf) have no place on the strip."""
    first = int(np.searchsorted(sorted_starts, -np.inf, side="right"))
    end = int(np.searchsorted(sorted_starts, np.inf, side="left"))
    return sorted_starts[first:end]
