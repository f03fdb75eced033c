"""The timeline canvas widget: paints the scene and turns mouse, wheel, gestures and keys into model calls.

The Qt classes of tooltips, gestures and accessibility events are imported where they are first
needed: each costs start-up the creation of its Python enums (~1-2 ms apiece), and none of them
is needed for the first frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QSizePolicy, QWidget

from timeline_app.core.dates import EdtfDate, format_date, parse_edtf
from timeline_app.core.detail_html import format_number, status_label
from timeline_app.io.errors import EditRefusedError
from timeline_app.render.focus import paint_focus_frame
from timeline_app.render.renderer import TimelineRenderer
from timeline_app.render.theme import Theme
from timeline_app.view.canvas_layout import Regions
from timeline_app.view.density import bins_near
from timeline_app.view.drag import EventDrag, grip
from timeline_app.view.frame import Frame
from timeline_app.view.interaction import wheel_pan_px, wheel_zoom_factor
from timeline_app.view.lane_plan import ROW_HEIGHT
from timeline_app.viewmodel.actions import Scope, action_for
from timeline_app.viewmodel.editor import TimelineEditor
from timeline_app.viewmodel.view_model import TimelineViewModel

if TYPE_CHECKING:
    from PySide6.QtGui import QHelpEvent

# A press that moves less than this is a click, not a drag.
CLICK_SLOP_PX = 4.0
BAR_REACH_PX = 3.0  # a click on a histogram takes the bars this near the pointer (each is 2 px)
DRAG_GHOST_ALPHA = 90  # of 255: the bar under the ghost stays visible
GHOST_PEN_PX = 1.5
HIGH_CONTRAST_GHOST_PEN_PX = 3.0
MIN_GHOST_PX = 3.0
PAN_KEY_FRACTION = 0.1
translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")


class TimelineCanvas(QWidget):
    """Draws the view model's timeline and drives it from user input."""

    edit_refused = Signal(object)  # payload: the EditRefusedError of a drag that could not apply

    def __init__(
        self, model: TimelineViewModel, editor: TimelineEditor | None = None, parent: QWidget | None = None
    ) -> None:
        """With an ``editor``, events can be dragged to move them (and an interval's ends to
        resize it); without, a drag always pans."""
        super().__init__(parent)
        self.setObjectName("timelineCanvas")
        self.setAccessibleName(translate("Canvas", "Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(400, 260)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._model = model
        self._renderer = TimelineRenderer(self.font())
        self._frame = Frame()
        self._hovered: int | None = None
        self._press_x: float | None = None
        self._last_drag_x = 0.0
        self._dragged = False
        self._editor = editor
        self._event_drag: EventDrag | None = None  # an event taken by the pointer
        self._drag_date: EdtfDate | None = None  # where it would go if dropped now
        model.viewport_changed.connect(self.update)
        model.selection_changed.connect(self._on_selection_changed)
        model.timeline_changed.connect(self._on_timeline_changed)
        model.filter_changed.connect(self.update)
        model.loading_changed.connect(self.update)
        model.display_changed.connect(self.update)
        # Lanes take the rows they need; when they need more height than there is, they scroll.
        self._scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self._scrollbar.setObjectName("laneScrollBar")
        self._scrollbar.setAccessibleName(translate("Canvas", "Scroll the lanes"))
        self._scrollbar.setSingleStep(int(ROW_HEIGHT))
        self._scrollbar.hide()
        self._scrollbar.valueChanged.connect(self.update)
        self._scroll_to: int | None = None  # an event to scroll into sight at the next paint
        page = PAN_KEY_FRACTION * 5
        # What each of the canvas's rows of the shortcut table does (the table holds the keys).
        self._key_actions: dict[str, Callable[[], None]] = {
            "canvas.zoom_in": model.zoom_in,
            "canvas.zoom_out": model.zoom_out,
            "canvas.next": lambda: model.select_step(1),
            "canvas.previous": lambda: model.select_step(-1),
            "canvas.first": model.select_first,
            "canvas.last": model.select_last,
            "canvas.fit_all": model.fit_all,
            "canvas.zoom_to_selected": model.zoom_to_selected,
            "canvas.earlier": lambda: model.pan_by(model.viewport.width * page),
            "canvas.later": lambda: model.pan_by(-model.viewport.width * page),
            "canvas.escape": self._escape,
            "canvas.scroll_up": lambda: self._scrollbar.triggerAction(
                QScrollBar.SliderAction.SliderSingleStepSub
            ),
            "canvas.scroll_down": lambda: self._scrollbar.triggerAction(
                QScrollBar.SliderAction.SliderSingleStepAdd
            ),
        }

    @property
    def frame(self) -> Frame:
        """What the last paint placed where (for tests and accessibility)."""
        return self._frame

    # -- painting ------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        scene = self._model.scene(self._hovered, self._message(), self._scrollbar.value())
        theme = Theme.from_palette(self.palette())
        with QPainter(self) as painter:
            self._frame = self._renderer.render(painter, self.width(), self.height(), scene, theme)
            self._paint_drag(painter, theme)
            self._follow_lanes_height()
            if self._scroll_to is not None and self._scroll_to < len(self._model.timeline.events):
                self._scroll_to_event(self._scroll_to)  # the bar's new value paints again
            self._scroll_to = None
            if self.hasFocus():
                paint_focus_frame(painter, self.width(), self.height(), theme.highlight)

    def _paint_drag(self, painter: QPainter, theme: Theme) -> None:
        """Where the dragged event would go: a ghost of its bar on its row."""
        drag, date = self._event_drag, self._drag_date
        drawn = None if drag is None else self._frame.drawn(drag.event)
        if drawn is None or date is None:
            return
        viewport = self._model.viewport
        x0 = max(viewport.x_at(date.start), -1.0) if math.isfinite(date.start) else -1.0
        x1 = (
            min(viewport.x_at(date.end), self.width() + 1.0)
            if math.isfinite(date.end)
            else self.width() + 1.0
        )
        box = drawn.marker
        ghost_box = QRectF(x0, box.y, max(x1 - x0, MIN_GHOST_PX), box.height)
        if not theme.high_contrast:  # (where nothing is translucent the outline alone shows it)
            painter.fillRect(ghost_box, theme.see_through(theme.highlight, DRAG_GHOST_ALPHA))
        pen_px = HIGH_CONTRAST_GHOST_PEN_PX if theme.high_contrast else GHOST_PEN_PX
        painter.setPen(QPen(theme.highlight, pen_px, Qt.PenStyle.DashLine))
        painter.drawRect(ghost_box)
        # The new date on a plate above the ghost, kept inside the canvas.
        text = format_date(date)
        metrics = painter.fontMetrics()
        plate = QRectF(metrics.boundingRect(text)).adjusted(-4, -2, 4, 2)
        right = self.width() - (self._scrollbar.width() if self._scrollbar.isVisible() else 0) - 2.0
        left = min(max(ghost_box.left(), 2.0), right - plate.width())
        top = max(box.y - plate.height() - 2.0, 2.0)
        plate.moveTo(left, top)
        painter.fillRect(plate, theme.highlight)
        painter.setPen(theme.highlighted_text)
        painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, text)

    def _message(self) -> str:
        """What the canvas says over its lanes when it has no events to show, or why."""
        model = self._model
        if model.loading is not None:
            return model.loading  # "Opening events.json…", "Drafting a timeline from …"
        if not len(model.timeline.events):
            return translate("Canvas", "No events. Open a timeline with File ▸ Open, or drop a file here.")
        return ""

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._model.set_width(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._renderer = TimelineRenderer(self.font())
            self.update()
        super().changeEvent(event)

    # -- mouse ---------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        angle = event.angleDelta()
        pixels = event.pixelDelta()
        horizontal = pixels.x() if not pixels.isNull() else wheel_pan_px(angle.x())
        if abs(angle.x()) > abs(angle.y()) or (event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            # Trackpad sideways swipe (or Shift+wheel) pans.
            self._model.pan_by(horizontal or wheel_pan_px(angle.y()))
        elif angle.y():
            self._model.zoom_at(event.position().x(), wheel_zoom_factor(angle.y()))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            x, y = event.position().x(), event.position().y()
            self._press_x = x
            self._last_drag_x = x
            self._dragged = False
            self._event_drag = self._grab(x, y)
            if self._event_drag is None:
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def _grab(self, x: float, y: float) -> EventDrag | None:
        """The event whose marker is under the pointer, taken for a move (when editing)."""
        if self._editor is None:
            return None
        hit = self._frame.event_at(x, y)
        drawn = None if hit is None else self._frame.drawn(hit)
        if drawn is None or not drawn.marker.contains(x, y):
            return None
        return EventDrag(drawn.event, grip(drawn.marker, x), x)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._press_x is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if self._dragged or abs(x - self._press_x) >= CLICK_SLOP_PX:
                self._dragged = True
                if self._event_drag is not None:
                    self._drag_to(x)
                else:
                    self._model.pan_by(x - self._last_drag_x)
                self._last_drag_x = x
        else:
            self._set_hovered(self._frame.event_at(x, event.position().y()))
            self._show_grip(x, event.position().y())
        event.accept()

    def _show_grip(self, x: float, y: float) -> None:
        """A resize cursor over an interval's ends, a hand over a marker that can be moved."""
        grabbed = self._grab(x, y)
        if grabbed is None:
            self.unsetCursor()
        elif grabbed.end == "both":
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.setCursor(Qt.CursorShape.SizeHorCursor)

    def _drag_to(self, x: float) -> None:
        """Follow the pointer: the date the event would get, painted as a ghost with its date."""
        from timeline_app.core.date_shift import shifted  # editing only: not at start-up

        drag = self._event_drag
        assert drag is not None
        date = self._model.timeline.events[drag.event].date
        self._drag_date = shifted(date, drag.seconds(x, self._model.viewport), drag.end)
        self.update()

    @property
    def drag_date(self) -> EdtfDate | None:
        """Where the event being dragged would go if dropped now (None: where it is)."""
        return self._drag_date

    def cancel_drag(self) -> bool:
        """Esc during a drag: the event stays where it was. False if nothing was being dragged."""
        if self._event_drag is None:
            return False
        self._event_drag = self._drag_date = None
        self._press_x = None
        self.update()
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press_x is not None:
            drag, date = self._event_drag, self._drag_date
            if not self._dragged:
                self._click(event.position().x(), event.position().y())
            elif drag is not None and date is not None and self._editor is not None:
                self._editor.move_event(
                    drag.event, drag.seconds(event.position().x(), self._model.viewport), drag.end
                )
            self.cancel_drag()
            self._press_x = None
            self.unsetCursor()
        event.accept()

    def _drop(self, drag: EventDrag, x: float) -> None:
        assert self._editor is not None
        try:
            self._editor.move_event(drag.event, drag.seconds(x, self._model.viewport), drag.end)
        except EditRefusedError as error:  # the date moved, but something else now disagrees
            self.edit_refused.emit(error)

    def _click(self, x: float, y: float) -> None:
        """Select what is under the pointer; a lane's header folds or unfolds it; a band of
        longer events, or a histogram of events, lists them."""
        frame = self._frame
        hit = frame.event_at(x, y)
        header = frame.header_at(x, y) if hit is None else None
        listed = frame.listed_at(x, y) if hit is None and header is None else None
        if header is not None:
            self._model.toggle_lane(header)
        elif listed is not None and listed.t1 is None:
            self._model.show_running_into(listed.index_lane, listed.t0)
        elif listed is not None and listed.t1 is not None:
            # The bars near the pointer (one is 2 px wide): those events, if there are any.
            a, b = bins_near(x - listed.box.x, listed.t0, listed.t1, listed.bins, listed.bin_px, BAR_REACH_PX)
            if self._model.index.starting_in_lane(listed.index_lane, a, b).size:
                self._model.show_starting_in(listed.index_lane, a, b)
            else:
                self._model.select(None)
        else:
            self._model.select(hit)

    def _follow_lanes_height(self) -> None:
        """Show the scroll bar when the lanes need more height than they have, beside them."""
        regions = Regions.of(self.width(), self.height(), len(self._model.metrics), self._frame.legend_rows)
        shown = regions.lanes_bottom - regions.lanes_top
        bar = self._scrollbar
        maximum = max(math.ceil(self._frame.lanes_height - shown), 0)
        if bar.maximum() != maximum or bar.pageStep() != int(shown):
            bar.setRange(0, maximum)
            bar.setPageStep(max(int(shown), 1))
        width = bar.sizeHint().width()
        bar.setGeometry(self.width() - width, round(regions.lanes_top), width, max(round(shown), 0))
        bar.setVisible(maximum > 0)

    def scroll_to_event(self, event: int) -> None:
        """Scroll the lanes at the next paint so that the event (or, when it is not drawn, its
        lane) is in sight: its lane's name at the top when that shows it, else the event one row
        below the top. At the next paint: only a frame of the view as it is knows where it is."""
        self._scroll_to = event
        self.update()

    def _scroll_to_event(self, event: int) -> None:
        lane = int(self._model.full_index.lane_of_event[event])
        band = next((band for band in self._frame.lanes if band.index_lane == lane), None)
        if band is None:
            return
        regions = Regions.of(self.width(), self.height(), len(self._model.metrics), self._frame.legend_rows)
        drawn = self._frame.drawn(event)
        top, bottom = band.top, band.top + band.height
        if drawn is not None:
            top, bottom = drawn.marker.y, drawn.marker.y + drawn.marker.height
        if top >= regions.lanes_top and bottom <= regions.lanes_bottom:
            return
        target = (
            band.top if bottom - band.top <= regions.lanes_bottom - regions.lanes_top else top - ROW_HEIGHT
        )
        self._scrollbar.setValue(self._scrollbar.value() + round(target - regions.lanes_top))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._frame.event_at(event.position().x(), event.position().y())
        if hit is not None:
            self._model.select(hit)
            self._model.zoom_to_selected()
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hovered(None)
        super().leaveEvent(event)

    # -- gestures, tooltips --------------------------------------------------

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip:
            from PySide6.QtGui import QHelpEvent

            if isinstance(event, QHelpEvent):
                self._show_tooltip(event)
                return True
        elif kind == QEvent.Type.Gesture:
            from PySide6.QtWidgets import QGestureEvent, QPinchGesture

            if isinstance(event, QGestureEvent):
                pinch = event.gesture(Qt.GestureType.PinchGesture)
                if isinstance(pinch, QPinchGesture):
                    center = self.mapFromGlobal(pinch.centerPoint().toPoint())
                    self._model.zoom_at(center.x(), pinch.scaleFactor())
                    event.accept()
                    return True
        elif kind == QEvent.Type.NativeGesture:
            from PySide6.QtGui import QNativeGestureEvent

            if (
                isinstance(event, QNativeGestureEvent)
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
            ):
                # macOS trackpads deliver pinch as native zoom gestures: value is the scale delta.
                self._model.zoom_at(event.position().x(), 1.0 + event.value())
                return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        from PySide6.QtWidgets import QToolTip

        x, y = event.pos().x(), event.pos().y()
        hit = self._frame.event_at(x, y)
        figure = self._frame.metric_point_at(x, y) if hit is None else None
        if figure is not None:
            unit = f" {figure.series.unit}" if figure.series.unit else ""
            when = format_date(parse_edtf(figure.point.date_text))
            value = f"{format_number(figure.point.value)}{unit}"
            text = f"<b>{escape(figure.series.name)}</b><br>{escape(when)}: {escape(value)}"
            QToolTip.showText(event.globalPos(), text, self)
            return
        if hit is None:
            QToolTip.hideText()
            return
        item = self._model.timeline.events[hit]
        status = status_label(item.status).lower()  # "· confirmed", after the date
        text = f"<b>{escape(item.title)}</b><br>{escape(format_date(item.date))} · {escape(status)}"
        QToolTip.showText(event.globalPos(), text, self)

    # -- keys ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.cancel_drag():
            event.accept()
            return
        action = self._key_actions.get(action_for(Scope.CANVAS, event) or "")
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def _escape(self) -> None:
        """Esc clears the search first, then the selection."""
        if self._model.query:
            self._model.set_query("")
        else:
            self._model.select(None)

    # -- model signals -------------------------------------------------------

    def _on_selection_changed(self, selected: int | None) -> None:
        if selected is not None:
            item = self._model.timeline.events[selected]
            status = status_label(item.status).lower()  # "· confirmed", after the date
            self.setAccessibleDescription(f"{item.title}, {format_date(item.date)}, {status}")
        else:
            self.setAccessibleDescription(translate("Canvas", "No event selected"))
        # Tell assistive technology, so that a screen reader speaks the newly selected event.
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))
        self.update()

    def _on_timeline_changed(self) -> None:
        # What the last paint placed names events and lanes of the timeline before: until the
        # next paint, a click or a hover finds nothing (it would name a gone lane or event).
        self._frame = Frame()
        self._hovered = None
        self.update()

    def _set_hovered(self, event: int | None) -> None:
        if event != self._hovered:
            self._hovered = event
            self.update()
