"""Paint a timeline with QPainter: axis, lanes, events, links, today line and legend.

The same code paints the on-screen canvas and exported PNG, SVG and PDF files.
It reads the scene and never writes to the model; what it placed where comes
back as a ``Frame`` for hit-testing, tooltips and tests.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from timeline_app.dates import Precision
from timeline_app.event_table import STATUS_ORDER
from timeline_app.index import TimelineIndex
from timeline_app.layout import LayoutItem, PlacedEvent, pack_lane
from timeline_app.model import Status
from timeline_app.theme import Theme
from timeline_app.ticks import AxisTicks, compute_ticks
from timeline_app.timeline import Timeline
from timeline_app.viewport import Viewport

AXIS_HEIGHT = 46.0
MAJOR_ROW_Y = 3.0
MINOR_ROW_Y = 23.0
AXIS_LABEL_HEIGHT = 18.0
LEGEND_HEIGHT = 28.0
LANE_HEADER_HEIGHT = 20.0
LANE_PADDING = 4.0
ROW_HEIGHT = 26.0
MARKER_HEIGHT = 14.0
POINT_MARKER_WIDTH = 12.0
MIN_BAR_PX = 8.0
FUZZY_EDGE_PX = 14.0
OFFSCREEN_PX = 20.0  # open or off-screen ends are drawn this far past the edge
LABEL_GAP_PX = 10.0  # between axis labels
# More visible events than this in one lane and it is drawn as a density histogram:
# past it, most events could not get a row anyway and painting them would cost frames.
DETAIL_LIMIT_PER_LANE = 300
HISTOGRAM_BIN_PX = 2
BADGE_RADIUS = 5.0
HOVER_OUTLINE_PX = 1.5
SELECTION_OUTLINE_PX = 2.5

# Fill opacity (0-255) by status, for exact and for imprecise ("soft") dates.
_FILL_ALPHA: dict[Status, tuple[int, int]] = {
    Status.CONFIRMED: (235, 120),
    Status.REPORTED: (40, 25),
    Status.DISPUTED: (45, 30),
    Status.PLANNED: (60, 35),
}
_OUTLINE_STYLE: dict[Status, Qt.PenStyle] = {
    Status.CONFIRMED: Qt.PenStyle.SolidLine,
    Status.REPORTED: Qt.PenStyle.SolidLine,
    Status.DISPUTED: Qt.PenStyle.SolidLine,
    Status.PLANNED: Qt.PenStyle.DashLine,
}
STATUS_LABELS: dict[Status, str] = {
    Status.CONFIRMED: "Confirmed",
    Status.REPORTED: "Reported",
    Status.DISPUTED: "Disputed",
    Status.PLANNED: "Planned",
}


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in canvas pixels."""

    x: float
    y: float
    width: float
    height: float

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height

    def intersects(self, other: Box) -> bool:
        return not (
            other.x >= self.x + self.width
            or other.x + other.width <= self.x
            or other.y >= self.y + self.height
            or other.y + other.height <= self.y
        )

    @property
    def center(self) -> QPointF:
        return QPointF(self.x + self.width / 2, self.y + self.height / 2)

    def rect(self) -> QRectF:
        return QRectF(self.x, self.y, self.width, self.height)


@dataclass(frozen=True, slots=True)
class DrawnEvent:
    """An event as drawn: its marker, and its label if it got one."""

    event: int
    marker: Box
    label: Box | None
    text: str


@dataclass(frozen=True, slots=True)
class LaneBand:
    """A lane's horizontal band and what it showed."""

    label: str
    top: float
    height: float
    rows: int
    aggregated: bool
    visible_count: int
    hidden_count: int


@dataclass(frozen=True, slots=True)
class AxisLabel:
    """A label drawn on the time axis."""

    box: Box
    text: str
    major: bool


@dataclass(slots=True)
class Frame:
    """What one paint placed where: for hit-testing, tooltips and tests."""

    events: list[DrawnEvent] = field(default_factory=list)
    lanes: list[LaneBand] = field(default_factory=list)
    axis_labels: list[AxisLabel] = field(default_factory=list)
    ticks: AxisTicks | None = None

    def event_at(self, x: float, y: float) -> int | None:
        """The event whose marker or label is under (x, y), topmost first."""
        for drawn in reversed(self.events):
            if drawn.marker.contains(x, y) or (drawn.label is not None and drawn.label.contains(x, y)):
                return drawn.event
        return None

    def drawn(self, event: int) -> DrawnEvent | None:
        return next((d for d in self.events if d.event == event), None)


@dataclass(frozen=True, slots=True)
class Scene:
    """Everything a paint depends on."""

    timeline: Timeline
    index: TimelineIndex
    viewport: Viewport
    selected: int | None = None
    hovered: int | None = None
    now: float | None = None  # seconds since epoch; None means the clock's now


class TimelineRenderer:
    """Paints scenes; keeps per-font caches (label widths) between frames."""

    def __init__(self, font: QFont) -> None:
        self._font = QFont(font)
        self._small_font = QFont(font)
        self._small_font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        self._bold_font = QFont(font)
        self._bold_font.setBold(True)
        self._metrics = QFontMetricsF(self._font)
        self._small_metrics = QFontMetricsF(self._small_font)
        self._bold_metrics = QFontMetricsF(self._bold_font)
        self._title_widths: dict[int, float] = {}
        self._widths_for: Timeline | None = None

    # -- public --------------------------------------------------------------

    def render(self, painter: QPainter, width: float, height: float, scene: Scene, theme: Theme) -> Frame:
        """Paint the whole scene into (0, 0, width, height) and return what went where."""
        if self._widths_for is not scene.timeline:
            self._title_widths.clear()
            self._widths_for = scene.timeline
        frame = Frame()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(QRectF(0, 0, width, height), theme.background)
        lanes_bottom = height - LEGEND_HEIGHT
        bands = self._lane_bands(scene, lanes_bottom)
        self._paint_bands(painter, width, bands, scene, theme)
        frame.ticks = compute_ticks(
            scene.viewport.t0,
            scene.viewport.t1,
            width,
            self._small_metrics.horizontalAdvance,
            LABEL_GAP_PX,
            major_text_width=self._bold_metrics.horizontalAdvance,
        )
        self._paint_grid(painter, frame.ticks, scene.viewport, lanes_bottom, theme)
        self._paint_today(painter, scene, lanes_bottom, theme)
        for lane_number, (top, band_height) in enumerate(bands):
            frame.lanes.append(
                self._paint_lane(painter, lane_number, top, band_height, width, scene, theme, frame)
            )
        self._paint_links(painter, scene, frame, theme)
        self._paint_axis(painter, width, frame, scene.viewport, theme)
        self._paint_legend(painter, width, height, theme)
        painter.restore()
        return frame

    # -- lanes ---------------------------------------------------------------

    def _lane_names(self, scene: Scene) -> list[tuple[str, str | None]]:
        names = [(lane.label, lane.color) for lane in scene.timeline.lanes]
        if scene.index.lanes[-1].events.size:
            names.append(("Other events" if names else "Events", None))
        return names

    def _lane_bands(self, scene: Scene, bottom: float) -> list[tuple[float, float]]:
        count = max(len(self._lane_names(scene)), 1)
        minimum = LANE_HEADER_HEIGHT + ROW_HEIGHT + 2 * LANE_PADDING
        band_height = max(math.floor((bottom - AXIS_HEIGHT) / count), minimum)
        return [(AXIS_HEIGHT + i * band_height, band_height) for i in range(count)]

    def _paint_bands(
        self, painter: QPainter, width: float, bands: list[tuple[float, float]], scene: Scene, theme: Theme
    ) -> None:
        for number, (top, band_height) in enumerate(bands):
            if number % 2:
                painter.fillRect(QRectF(0, top, width, band_height), theme.band)

    def _paint_lane(
        self,
        painter: QPainter,
        lane_number: int,
        top: float,
        band_height: float,
        width: float,
        scene: Scene,
        theme: Theme,
        frame: Frame,
    ) -> LaneBand:
        names = self._lane_names(scene)
        label, color_name = names[lane_number] if lane_number < len(names) else ("Events", None)
        index_lane = lane_number if lane_number < len(scene.timeline.lanes) else scene.index.lane_count - 1
        color = theme.lane_color(color_name, lane_number)
        rows = max(int((band_height - LANE_HEADER_HEIGHT - 2 * LANE_PADDING) // ROW_HEIGHT), 1)
        view = scene.viewport
        lane_index = scene.index.lanes[index_lane]
        first = int(np.searchsorted(lane_index.starts, view.t0 - lane_index.longest, side="left"))
        last = int(np.searchsorted(lane_index.starts, view.t1, side="left"))
        rows_top = top + LANE_HEADER_HEIGHT + LANE_PADDING
        if last - first > DETAIL_LIMIT_PER_LANE:
            self._paint_density(painter, lane_index.starts, view, rows_top, rows * ROW_HEIGHT, color)
            self._paint_selected_marker(painter, scene, index_lane, rows_top, color, theme, frame)
            band = LaneBand(label, top, band_height, rows, True, last - first, 0)
        else:
            visible = scene.index.visible_in_lane(index_lane, view.t0, view.t1)
            band = self._paint_events(
                painter, visible, label, top, band_height, rows, width, scene, color, theme, frame
            )
        self._paint_lane_header(painter, band, color, theme)
        return band

    def _paint_lane_header(self, painter: QPainter, band: LaneBand, color: QColor, theme: Theme) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        chip = QRectF(8, band.top + 6, 10, 10)
        painter.drawRoundedRect(chip, 2, 2)
        painter.setFont(self._bold_font)
        painter.setPen(theme.text)
        text = band.label
        if band.aggregated:
            text += f"  ·  {band.visible_count:,} events here, zoom in for detail"
        elif band.hidden_count:
            text += f"  ·  {band.hidden_count:,} more not shown, zoom in"
        painter.drawText(
            QRectF(24, band.top + 2, 2000, LANE_HEADER_HEIGHT - 2), Qt.AlignmentFlag.AlignVCenter, text
        )

    def _paint_density(
        self,
        painter: QPainter,
        starts: np.ndarray,
        view: Viewport,
        top: float,
        height: float,
        color: QColor,
    ) -> None:
        """A histogram of event starts per few pixels, drawn as one image."""
        bins = max(int(view.width // HISTOGRAM_BIN_PX), 1)
        edges = view.t0 + np.arange(bins + 1) * (view.span / bins)
        counts = np.diff(np.searchsorted(starts, edges)).astype(np.float64)
        if counts.max(initial=0) <= 0:
            return
        # Log scale: a cluster of 10,000 should not flatten a scatter of tens.
        levels = np.log1p(counts) / math.log1p(counts.max())
        pixel_rows = max(int(height), 1)
        bar_heights = np.ceil(levels * pixel_rows).astype(np.int32)
        filled = np.arange(pixel_rows)[:, None] >= (pixel_rows - bar_heights)[None, :]
        image = np.zeros((pixel_rows, bins, 4), dtype=np.uint8)
        image[filled] = (color.red(), color.green(), color.blue(), 170)
        qimage = QImage(image.data, bins, pixel_rows, bins * 4, QImage.Format.Format_RGBA8888)
        painter.drawImage(QRectF(0, top, bins * HISTOGRAM_BIN_PX, height), qimage)

    def _paint_selected_marker(
        self,
        painter: QPainter,
        scene: Scene,
        index_lane: int,
        rows_top: float,
        color: QColor,
        theme: Theme,
        frame: Frame,
    ) -> None:
        """Over a density histogram, the selected event still shows where it is."""
        selected = scene.selected
        if selected is None or int(scene.index.lane_of_event[selected]) != index_lane:
            return
        item = self._layout_item(selected, scene, selected=True)
        placed = PlacedEvent(selected, 0, item.x0, item.x1, item.x1 + 4, item.label_width)
        frame.events.append(self._paint_event(painter, placed, rows_top, scene, color, theme))

    def _layout_item(self, event: int, scene: Scene, selected: bool) -> LayoutItem:
        events = scene.timeline.events
        view = scene.viewport
        x0 = _clamp_x(view.x_at(float(events.start[event])), view.width)
        x1 = _clamp_x(view.x_at(float(events.end[event])), view.width)
        if x1 - x0 < MIN_BAR_PX:
            middle = (x0 + x1) / 2
            x0, x1 = middle - POINT_MARKER_WIDTH / 2, middle + POINT_MARKER_WIDTH / 2
        width = self._title_widths.get(event)
        if width is None:
            width = self._title_widths[event] = self._metrics.horizontalAdvance(events.titles[event])
        return LayoutItem(event, x0, x1, width, selected)

    def _paint_events(
        self,
        painter: QPainter,
        visible: np.ndarray,
        label: str,
        top: float,
        band_height: float,
        rows: int,
        width: float,
        scene: Scene,
        color: QColor,
        theme: Theme,
        frame: Frame,
    ) -> LaneBand:
        items = sorted(
            (self._layout_item(int(e), scene, int(e) == scene.selected) for e in visible), key=lambda i: i.x0
        )
        packing = pack_lane(items, rows, width)
        rows_top = top + LANE_HEADER_HEIGHT + LANE_PADDING
        # Spans first, points on top: a long bar must not hide a point in the same place.
        ordered = sorted(
            packing.placed, key=lambda p: (p.x1 - p.x0 <= POINT_MARKER_WIDTH, p.event == scene.selected)
        )
        for placed in ordered:
            frame.events.append(self._paint_event(painter, placed, rows_top, scene, color, theme))
        self._paint_overflow(painter, packing.hidden, rows_top + rows * ROW_HEIGHT, theme)
        return LaneBand(label, top, band_height, rows, False, len(items), len(packing.hidden))

    def _paint_overflow(
        self, painter: QPainter, hidden: Iterable[LayoutItem], y: float, theme: Theme
    ) -> None:
        """Events with no room still leave a tick under the lane, so nothing vanishes silently."""
        painter.setPen(QPen(theme.muted_text, 1.0))
        for item in hidden:
            x = (item.x0 + item.x1) / 2
            painter.drawLine(QPointF(x, y - 3), QPointF(x, y + 1))

    def _paint_event(
        self,
        painter: QPainter,
        placed: PlacedEvent,
        rows_top: float,
        scene: Scene,
        color: QColor,
        theme: Theme,
    ) -> DrawnEvent:
        events = scene.timeline.events
        event = placed.event
        row_top = rows_top + placed.row * ROW_HEIGHT
        marker = Box(
            placed.x0, row_top + (ROW_HEIGHT - MARKER_HEIGHT) / 2, placed.x1 - placed.x0, MARKER_HEIGHT
        )
        date = events[event].date
        status = STATUS_ORDER[int(events.status[event])]
        is_point = marker.width <= POINT_MARKER_WIDTH + 0.01
        soft = date.precision > Precision.DAY
        draw_event_shape(
            painter,
            marker.rect(),
            color,
            status,
            theme,
            point=is_point,
            soft=soft,
            fuzzy_start=date.lower is None or date.lower.approximate or date.lower.uncertain,
            fuzzy_end=date.upper is None or date.upper.approximate or date.upper.uncertain,
        )
        if event in (scene.selected, scene.hovered):
            selected = event == scene.selected
            pen_color = theme.highlight if selected else theme.muted_text
            painter.setPen(QPen(pen_color, SELECTION_OUTLINE_PX if selected else HOVER_OUTLINE_PX))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(marker.rect().adjusted(-3, -3, 3, 3), 4, 4)
        label_box = None
        text = ""
        if placed.label_room > 0:
            text = self._metrics.elidedText(
                events.titles[event], Qt.TextElideMode.ElideRight, placed.label_room
            )
            text_width = self._metrics.horizontalAdvance(text)
            label_box = Box(placed.label_x, row_top + 2, text_width, ROW_HEIGHT - 4)
            if event == scene.selected:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.highlight)
                painter.drawRoundedRect(label_box.rect().adjusted(-3, 0, 3, 0), 3, 3)
                painter.setPen(theme.highlighted_text)
            else:
                painter.setPen(theme.text)
            painter.setFont(self._font)
            painter.drawText(
                label_box.rect(), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text
            )
        return DrawnEvent(event, marker, label_box, text)

    # -- links ---------------------------------------------------------------

    def _paint_links(self, painter: QPainter, scene: Scene, frame: Frame, theme: Theme) -> None:
        """Arrows for the selected event's links, outgoing and incoming, between drawn markers."""
        selected = scene.selected
        if selected is None:
            return
        source_box = frame.drawn(selected)
        if source_box is None:
            return
        events = scene.timeline.events
        arrows: list[tuple[int, int, str]] = []
        for link in events.details_of(selected).get("links", ()):
            target = events.index_of(link.target)
            if target is not None:
                arrows.append((selected, target, link.type))
        arrows += [(source, selected, kind) for source, kind in scene.index.incoming.get(selected, ())]
        painter.setFont(self._small_font)
        for source, target, kind in arrows:
            start, end = frame.drawn(source), frame.drawn(target)
            if start is not None and end is not None:
                self._paint_arrow(painter, start.marker, end.marker, kind.replace("_", " "), theme)

    def _paint_arrow(self, painter: QPainter, start: Box, end: Box, text: str, theme: Theme) -> None:
        a, b = start.center, end.center
        lift = max(abs(b.x() - a.x()) * 0.25, 30.0)
        control_y = min(a.y(), b.y()) - lift
        path = QPainterPath(a)
        c1, c2 = QPointF(a.x(), control_y), QPointF(b.x(), control_y)
        path.cubicTo(c1, c2, b)
        pen = QPen(theme.highlight, 1.8)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        # Arrowhead along the curve's last tangent (from the second control point to the end).
        angle = math.atan2(b.y() - c2.y(), b.x() - c2.x())
        head = QPolygonF(
            [
                b,
                QPointF(b.x() - 9 * math.cos(angle - 0.45), b.y() - 9 * math.sin(angle - 0.45)),
                QPointF(b.x() - 9 * math.cos(angle + 0.45), b.y() - 9 * math.sin(angle + 0.45)),
            ]
        )
        painter.setBrush(theme.highlight)
        painter.drawPolygon(head)
        middle = path.pointAtPercent(0.5)
        text_width = self._small_metrics.horizontalAdvance(text) + 8
        box = QRectF(middle.x() - text_width / 2, middle.y() - 9, text_width, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(theme.highlighted_text)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # -- axis, grid, today, legend ---------------------------------------------

    def _paint_grid(
        self, painter: QPainter, ticks: AxisTicks, view: Viewport, bottom: float, theme: Theme
    ) -> None:
        painter.setPen(QPen(theme.grid, 1.0))
        for tick in ticks.minor:
            x = round(view.x_at(tick.t)) + 0.5
            painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, bottom))
        painter.setPen(QPen(theme.major_grid, 1.0))
        for tick in ticks.major:
            x = round(view.x_at(tick.t)) + 0.5
            if 0 <= x <= view.width:
                painter.drawLine(QPointF(x, MINOR_ROW_Y - 2), QPointF(x, bottom))

    def _paint_axis(
        self, painter: QPainter, width: float, frame: Frame, view: Viewport, theme: Theme
    ) -> None:
        assert frame.ticks is not None
        painter.fillRect(QRectF(0, 0, width, AXIS_HEIGHT), theme.background)
        painter.setPen(QPen(theme.major_grid, 1.0))
        painter.drawLine(QPointF(0, AXIS_HEIGHT - 0.5), QPointF(width, AXIS_HEIGHT - 0.5))
        painter.setFont(self._small_font)
        painter.setPen(theme.muted_text)
        last_right = -math.inf
        for tick in frame.ticks.minor:
            if not tick.label:
                continue
            x = view.x_at(tick.t) + 3
            text_width = self._small_metrics.horizontalAdvance(tick.label)
            if x < last_right + LABEL_GAP_PX / 2 or x + text_width > width:
                continue
            box = Box(x, MINOR_ROW_Y, text_width, AXIS_LABEL_HEIGHT)
            painter.drawText(box.rect(), Qt.AlignmentFlag.AlignVCenter, tick.label)
            frame.axis_labels.append(AxisLabel(box, tick.label, major=False))
            last_right = x + text_width
        painter.setFont(self._bold_font)
        painter.setPen(theme.text)
        bold = self._bold_metrics
        majors = [t for t in frame.ticks.major if t.label]
        for number, tick in enumerate(majors):
            text_width = bold.horizontalAdvance(tick.label)
            x = view.x_at(tick.t) + 3
            if x < 0:
                # The period that began off-screen keeps its label pinned at the left edge,
                # unless the next major label would collide with it.
                x = 4.0
                following = majors[number + 1] if number + 1 < len(majors) else None
                if following is not None and view.x_at(following.t) < x + text_width + LABEL_GAP_PX:
                    continue
            if x + text_width > width:
                continue
            box = Box(x, MAJOR_ROW_Y, text_width, AXIS_LABEL_HEIGHT)
            painter.drawText(box.rect(), Qt.AlignmentFlag.AlignVCenter, tick.label)
            frame.axis_labels.append(AxisLabel(box, tick.label, major=True))

    def _paint_today(self, painter: QPainter, scene: Scene, bottom: float, theme: Theme) -> None:
        now = scene.now if scene.now is not None else time.time()
        view = scene.viewport
        x = view.x_at(now)
        if x < view.width:
            painter.fillRect(
                QRectF(max(x, 0), AXIS_HEIGHT, view.width - max(x, 0), bottom - AXIS_HEIGHT),
                theme.future_shade,
            )
        if 0 <= x <= view.width:
            painter.setPen(QPen(theme.today, 1.5))
            painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, bottom))
            painter.setFont(self._small_font)
            painter.drawText(QRectF(x + 3, bottom - 18, 60, 16), Qt.AlignmentFlag.AlignVCenter, "today")

    def _paint_legend(self, painter: QPainter, width: float, height: float, theme: Theme) -> None:
        top = height - LEGEND_HEIGHT
        painter.fillRect(QRectF(0, top, width, LEGEND_HEIGHT), theme.band)
        painter.setPen(QPen(theme.grid, 1.0))
        painter.drawLine(QPointF(0, top + 0.5), QPointF(width, top + 0.5))
        painter.setFont(self._small_font)
        sample = QColor(theme.muted_text)
        x = 10.0
        entries: list[tuple[str, Status, bool, bool, bool]] = [
            (STATUS_LABELS[status], status, False, False, False) for status in Status
        ]
        entries += [
            ("Month or coarser", Status.CONFIRMED, True, False, False),
            ("Approximate", Status.CONFIRMED, False, True, True),
        ]
        for text, status, soft, fuzzy, wide in entries:
            shape = QRectF(
                x, top + (LEGEND_HEIGHT - MARKER_HEIGHT) / 2, 34 if wide or soft else 22, MARKER_HEIGHT
            )
            draw_event_shape(
                painter,
                shape,
                sample,
                status,
                theme,
                point=False,
                soft=soft,
                fuzzy_start=fuzzy,
                fuzzy_end=fuzzy,
            )
            x = shape.right() + 5
            text_width = self._small_metrics.horizontalAdvance(text)
            if x + text_width > width:
                break
            painter.setPen(theme.text)
            painter.drawText(
                QRectF(x, top, text_width + 2, LEGEND_HEIGHT), Qt.AlignmentFlag.AlignVCenter, text
            )
            x += text_width + 16


def draw_event_shape(
    painter: QPainter,
    rect: QRectF,
    color: QColor,
    status: Status,
    theme: Theme,
    *,
    point: bool,
    soft: bool,
    fuzzy_start: bool,
    fuzzy_end: bool,
) -> None:
    """One event's marker: shape by extent, fill and outline by status, softness by precision."""
    path = QPainterPath()
    if point:
        c = rect.center()
        half_w, half_h = rect.width() / 2, rect.height() / 2
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), c.y() - half_h),
                    QPointF(c.x() + half_w, c.y()),
                    QPointF(c.x(), c.y() + half_h),
                    QPointF(c.x() - half_w, c.y()),
                    QPointF(c.x(), c.y() - half_h),
                ]
            )
        )
    else:
        path.addRoundedRect(rect, 3, 3)
    exact_alpha, soft_alpha = _FILL_ALPHA[status]
    fill = QColor(color)
    fill.setAlpha(soft_alpha if soft else exact_alpha)
    fuzzy = (fuzzy_start or fuzzy_end) and not point and rect.width() > 2 * FUZZY_EDGE_PX
    if fuzzy:
        painter.setBrush(QBrush(_fuzzy_gradient(rect, fill, fuzzy_start, fuzzy_end)))
    else:
        painter.setBrush(fill)
    outline = QColor(color)
    if soft:
        outline.setAlpha(170)
    pen = QPen(outline, 1.6, Qt.PenStyle.DotLine if fuzzy else _OUTLINE_STYLE[status])
    painter.setPen(pen)
    painter.drawPath(path)
    if status is Status.DISPUTED:
        hatch = QBrush(color, Qt.BrushStyle.BDiagPattern)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(hatch)
        painter.drawPath(path)
        badge = QPointF(rect.right() - 1, rect.top() + 1)
        painter.setBrush(theme.contested)
        painter.setPen(QPen(theme.background, 1.2))
        painter.drawEllipse(badge, BADGE_RADIUS, BADGE_RADIUS)
        painter.setPen(QPen(theme.background, 1.6))
        painter.drawLine(QPointF(badge.x(), badge.y() - 2.6), QPointF(badge.x(), badge.y() + 0.6))
        painter.drawPoint(QPointF(badge.x(), badge.y() + 2.4))


def _fuzzy_gradient(rect: QRectF, fill: QColor, fuzzy_start: bool, fuzzy_end: bool) -> QLinearGradient:
    """Fade the fill in and out over the approximate ends."""
    gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
    clear = QColor(fill)
    clear.setAlpha(0)
    edge = FUZZY_EDGE_PX / rect.width()
    gradient.setColorAt(0.0, clear if fuzzy_start else fill)
    gradient.setColorAt(edge, fill)
    gradient.setColorAt(1 - edge, fill)
    gradient.setColorAt(1.0, clear if fuzzy_end else fill)
    return gradient


def _clamp_x(x: float, width: float) -> float:
    """Keep off-screen and infinite ends just past the edges, where painting stays exact."""
    return min(max(x, -OFFSCREEN_PX), width + OFFSCREEN_PX)
