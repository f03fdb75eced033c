"""Paint a timeline with QPainter: axis, lanes, events, links, today line and legend.

The same code paints the on-screen canvas and exported PNG, SVG and PDF files.
It reads the scene and never writes to the model; what it placed where comes
back as a ``Frame`` for hit-testing, tooltips and tests.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
)

from timeline_app.core.dates import Precision, parse_edtf
from timeline_app.core.event_table import FUZZY_END, FUZZY_START, STATUS_ORDER
from timeline_app.core.index import BoolArray, FloatArray, IndexArray, TimelineIndex
from timeline_app.core.link_kinds import link_kind
from timeline_app.core.metrics import MetricSeries
from timeline_app.core.model import Status
from timeline_app.core.timeline import Timeline
from timeline_app.render.geometry import qrect
from timeline_app.render.marker_painter import MarkerPainter
from timeline_app.render.metric_track import TRACK_HEIGHT, paint_metric_track
from timeline_app.render.theme import Theme, mix
from timeline_app.view.frame import AxisLabel, Box, DrawnEvent, Frame, LaneBand
from timeline_app.view.layout import LanePacking, LayoutItem, PlacedEvent, allocate_rows, pack_lane
from timeline_app.view.ticks import AxisTicks, compute_ticks
from timeline_app.view.viewport import Viewport

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
SMALL_FONT_SCALE = 0.85
MIN_SMALL_FONT_PT = 7.0
OFFSCREEN_PX = 20.0  # open or off-screen ends are drawn this far past the edge
LABEL_GAP_PX = 10.0  # between axis labels
# Events drawn one by one per frame, shared among the lanes: each costs tens of
# microseconds of QPainter calls, and a frame has 16 ms. A lane with more visible
# events than its share is drawn as a density histogram (most of them could not
# get a row anyway); zooming in brings the individual events back.
DETAIL_BUDGET = 150
# A lane never asks for more rows than this, and a density histogram wants this many.
MAX_ROWS_PER_LANE = 8
DENSITY_ROWS = 3
MIN_DETAIL_PER_LANE = 25
STATIC_TEXT_CACHE_LIMIT = 20_000
HISTOGRAM_BIN_PX = 2
DENSITY_OPACITY = 0.67
# Events that do not match the search are drawn this faint.
DIMMED_OPACITY = 0.25
# Era bands are a faint wash of their colour: they sit behind everything.
ERA_ALPHA = 28
# Links between events less than this far apart are drawn as brackets to the left.
STACKED_LINK_PX = 60.0
LINK_BRACKET_PX = 26.0
DENSITY_RECTS_LIMIT = 200
HOVER_OUTLINE_PX = 1.5
SELECTION_OUTLINE_PX = 2.5

STATUS_LABELS: dict[Status, str] = {
    Status.CONFIRMED: "Confirmed",
    Status.REPORTED: "Reported",
    Status.DISPUTED: "Disputed",
    Status.PLANNED: "Planned",
}


@dataclass(slots=True)
class _LanePlan:
    """What one lane will show this frame, decided before lanes are given their heights."""

    label: str
    color: QColor
    index_lane: int
    visible_count: int
    items: list[LayoutItem] | None = None  # None: drawn as a density histogram
    packing: LanePacking | None = None
    rows: int = 1  # rows wanted, then rows given


@dataclass(frozen=True, slots=True)
class Scene:
    """Everything a paint depends on."""

    timeline: Timeline
    index: TimelineIndex
    viewport: Viewport
    selected: int | None = None
    hovered: int | None = None
    now: float | None = None  # seconds since epoch; None means the clock's now
    matches: BoolArray | None = None  # search matches (others are dimmed); None = no search
    match_index: TimelineIndex | None = None  # orderings of the matches, for density
    metrics: tuple[MetricSeries, ...] = ()  # chart tracks under the lanes
    message: str = ""  # said in the middle of the lanes, e.g. while a file loads


class TimelineRenderer:
    """Paints scenes; keeps per-font caches (label widths) between frames."""

    def __init__(self, font: QFont) -> None:
        self._font = QFont(font)
        self._small_font = QFont(font)
        self._small_font.setPointSizeF(max(font.pointSizeF() * SMALL_FONT_SCALE, MIN_SMALL_FONT_PT))
        self._bold_font = QFont(font)
        self._bold_font.setBold(True)
        self._metrics = QFontMetricsF(self._font)
        self._small_metrics = QFontMetricsF(self._small_font)
        self._bold_metrics = QFontMetricsF(self._bold_font)
        self._label_top = (ROW_HEIGHT - self._metrics.height()) / 2
        self._title_widths: dict[int, float] = {}
        # Laid-out label text, reused across frames: shaping text anew costs twice as much.
        self._static_texts: dict[tuple[int, str], QStaticText] = {}
        self._widths_for: Timeline | None = None
        self._theme: Theme | None = None
        self._markers: MarkerPainter | None = None

    # -- public --------------------------------------------------------------

    def render(self, painter: QPainter, width: float, height: float, scene: Scene, theme: Theme) -> Frame:
        """Paint the whole scene into (0, 0, width, height) and return what went where."""
        if self._widths_for is not scene.timeline or len(self._static_texts) > STATIC_TEXT_CACHE_LIMIT:
            self._title_widths.clear()
            self._static_texts.clear()
            self._widths_for = scene.timeline
        if theme != self._theme:
            self._theme, self._markers = theme, MarkerPainter(theme)
        frame = Frame()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(QRectF(0, 0, width, height), theme.background)
        tracks_top = height - LEGEND_HEIGHT - len(scene.metrics) * TRACK_HEIGHT
        lanes_bottom = tracks_top
        plans = self._plan_lanes(scene, width)
        bands = self._lane_bands(plans, lanes_bottom)
        for number, (top, band_height) in enumerate(bands):
            if number % 2:
                painter.fillRect(QRectF(0, top, width, band_height), theme.band)
        frame.ticks = compute_ticks(
            scene.viewport.t0,
            scene.viewport.t1,
            width,
            self._small_metrics.horizontalAdvance,
            LABEL_GAP_PX,
            major_text_width=self._bold_metrics.horizontalAdvance,
        )
        self._paint_eras(painter, scene, lanes_bottom, frame)
        self._paint_grid(painter, frame.ticks, scene.viewport, lanes_bottom)
        self._paint_today(painter, scene, lanes_bottom)
        for plan, (top, band_height) in zip(plans, bands, strict=True):
            frame.lanes.append(self._paint_lane(painter, plan, top, band_height, width, scene, frame))
        self._paint_links(painter, scene, frame)
        for number, series in enumerate(scene.metrics):
            top = tracks_top + number * TRACK_HEIGHT
            frame.metric_points += paint_metric_track(
                painter, series, top, width, scene.viewport, self.theme, self._small_font
            )
        self._paint_axis(painter, width, frame, scene.viewport)
        self._paint_legend(painter, width, height)
        if scene.message:
            painter.setFont(self._font)
            painter.setPen(theme.muted_text)
            painter.drawText(
                QRectF(0, AXIS_HEIGHT, width, lanes_bottom - AXIS_HEIGHT),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                scene.message,
            )
        painter.restore()
        return frame

    def _static_text(self, event: int, text: str) -> QStaticText:
        key = (event, text)
        static = self._static_texts.get(key)
        if static is None:
            static = self._static_texts[key] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self._font)
        return static

    @property
    def theme(self) -> Theme:
        assert self._theme is not None, "only while rendering"
        return self._theme

    @property
    def markers(self) -> MarkerPainter:
        assert self._markers is not None, "only while rendering"
        return self._markers

    # -- lanes ---------------------------------------------------------------

    def _lane_names(self, scene: Scene) -> list[tuple[str, str | None]]:
        names = [(lane.label, lane.color) for lane in scene.timeline.lanes]
        if scene.index.has_events_without_lane():
            names.append(("Other events" if names else "Events", None))
        return names

    def _plan_lanes(self, scene: Scene, width: float) -> list[_LanePlan]:
        """Per lane: density or detail, and for detail the rows its events need."""
        view = scene.viewport
        budget = max(DETAIL_BUDGET // scene.index.lane_count, MIN_DETAIL_PER_LANE)
        plans = []
        for number, (label, color_name) in enumerate(self._lane_names(scene)):
            index_lane = number if number < len(scene.timeline.lanes) else scene.index.no_lane
            lane_index = scene.index.lanes[index_lane]
            first = int(np.searchsorted(lane_index.starts, view.t0 - lane_index.longest, side="left"))
            last = int(np.searchsorted(lane_index.starts, view.t1, side="left"))
            plan = _LanePlan(label, self.theme.lane_color(color_name, number), index_lane, last - first)
            if plan.visible_count > budget:
                plan.rows = DENSITY_ROWS
            else:
                visible = scene.index.visible_in_lane(index_lane, view.t0, view.t1)
                plan.visible_count = int(visible.size)
                plan.items = self._layout_items(visible, scene)
                plan.packing = pack_lane(plan.items, MAX_ROWS_PER_LANE, width)
                plan.rows = 1 + max((p.row for p in plan.packing.placed), default=0)
            plans.append(plan)
        return plans

    def _lane_bands(self, plans: list[_LanePlan], bottom: float) -> list[tuple[float, float]]:
        """Top and height of each lane: rows where they are needed, spare height shared out."""
        chrome = LANE_HEADER_HEIGHT + 2 * LANE_PADDING
        available = int((bottom - AXIS_HEIGHT - chrome * len(plans)) // ROW_HEIGHT)
        given = allocate_rows([plan.rows for plan in plans], available)
        heights = [chrome + rows * ROW_HEIGHT for rows in given]
        extra = max(bottom - AXIS_HEIGHT - sum(heights), 0.0) / max(len(plans), 1)
        bands: list[tuple[float, float]] = []
        top = AXIS_HEIGHT
        for plan, rows, band_height in zip(plans, given, heights, strict=True):
            plan.rows = rows
            bands.append((top, float(math.floor(band_height + extra))))
            top += math.floor(band_height + extra)
        return bands

    def _paint_lane(
        self,
        painter: QPainter,
        plan: _LanePlan,
        top: float,
        band_height: float,
        width: float,
        scene: Scene,
        frame: Frame,
    ) -> LaneBand:
        view = scene.viewport
        rows = max(plan.rows, int((band_height - LANE_HEADER_HEIGHT - 2 * LANE_PADDING) // ROW_HEIGHT))
        rows_top = top + LANE_HEADER_HEIGHT + LANE_PADDING
        color = plan.color
        if plan.items is None:
            lane_index = scene.index.lanes[plan.index_lane]
            plot_height = rows * ROW_HEIGHT
            matched = None if scene.match_index is None else scene.match_index.lanes[plan.index_lane].starts
            self._paint_density(painter, lane_index.starts, view, rows_top, plot_height, color, matched)
            self._paint_selected_marker(painter, scene, plan.index_lane, rows_top, color, frame)
            band = LaneBand(plan.label, top, band_height, rows, True, plan.visible_count, 0)
        else:
            packing = plan.packing
            if packing is None or any(p.row >= rows for p in packing.placed):
                packing = pack_lane(plan.items, rows, width)  # fewer rows than it wanted
            self._paint_events(painter, packing, rows_top, rows, scene, color, frame)
            band = LaneBand(plan.label, top, band_height, rows, False, len(plan.items), len(packing.hidden))
        self._paint_lane_header(painter, band, color)
        return band

    def _paint_lane_header(self, painter: QPainter, band: LaneBand, color: QColor) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(8, band.top + 6, 10, 10), 2, 2)
        painter.setFont(self._bold_font)
        painter.setPen(self.theme.text)
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
        starts: FloatArray,
        view: Viewport,
        top: float,
        height: float,
        color: QColor,
        matched: FloatArray | None = None,
    ) -> None:
        """A histogram of event starts per few pixels; with search matches (their sorted starts),
        the bars are dimmed and the matching share of each is drawn in full colour."""
        bins = max(int(view.width // HISTOGRAM_BIN_PX), 1)
        edges = view.t0 + np.arange(bins + 1) * (view.span / bins)
        counts = np.diff(np.searchsorted(starts, edges)).astype(np.float64)
        if counts.max(initial=0) <= 0:
            return
        # Log scale: a cluster of 10,000 should not flatten a scatter of tens.
        levels = np.log1p(counts) / math.log1p(counts.max())
        pixel_rows = max(int(height), 1)
        bar_heights = np.ceil(levels * pixel_rows).astype(np.int32)
        # Opaque: translucent tall rectangles are blended one scanline at a time.
        full = mix(self.theme.background, color, DENSITY_OPACITY)
        if matched is None:
            self._paint_bars(painter, bar_heights, top, pixel_rows, full)
            return
        dimmed = mix(self.theme.background, color, DENSITY_OPACITY * DIMMED_OPACITY)
        self._paint_bars(painter, bar_heights, top, pixel_rows, dimmed)
        # Linear within a bar, whatever the scale of the bars: 6% of a bar's events is 6% of it.
        matched_counts = np.diff(np.searchsorted(matched, edges)).astype(np.float64)
        share = np.divide(matched_counts, counts, out=np.zeros_like(counts), where=counts > 0)
        self._paint_bars(painter, np.ceil(bar_heights * share).astype(np.int32), top, pixel_rows, full)

    def _paint_bars(
        self,
        painter: QPainter,
        bar_heights: npt.NDArray[np.int32],
        top: float,
        pixel_rows: int,
        shade: QColor,
    ) -> None:
        """Bars of HISTOGRAM_BIN_PX columns rising from the bottom of ``pixel_rows`` rows below ``top``."""
        filled_bins = np.flatnonzero(bar_heights)
        if filled_bins.size <= DENSITY_RECTS_LIMIT:
            # Sparse: a few rectangles are cheaper than an image of the whole lane.
            bottom = round(top) + pixel_rows
            for b, h in zip(filled_bins.tolist(), bar_heights[filled_bins].tolist(), strict=True):
                painter.fillRect(QRectF(b * HISTOGRAM_BIN_PX, bottom - h, HISTOGRAM_BIN_PX, h), shade)
            return
        # Dense: one image pixel per screen pixel (scaling an image costs more than building
        # it), each a premultiplied ARGB word, which Qt draws without converting.
        columns_heights = np.repeat(bar_heights, HISTOGRAM_BIN_PX)
        columns = columns_heights.size
        filled = np.arange(pixel_rows)[:, None] >= (pixel_rows - columns_heights)[None, :]
        image = np.where(filled, np.uint32(_premultiplied(shade)), np.uint32(0))
        qimage = QImage(
            image.data, columns, pixel_rows, columns * 4, QImage.Format.Format_ARGB32_Premultiplied
        )
        painter.drawImage(QPointF(0, round(top)), qimage)

    def _paint_selected_marker(
        self,
        painter: QPainter,
        scene: Scene,
        index_lane: int,
        rows_top: float,
        color: QColor,
        frame: Frame,
    ) -> None:
        """Over a density histogram, the selected event still shows where it is."""
        selected = scene.selected
        if selected is None or int(scene.index.lane_of_event[selected]) != index_lane:
            return
        (item,) = self._layout_items(np.array([selected], dtype=np.intp), scene)
        placed = PlacedEvent(selected, 0, item.x0, item.x1, item.x1 + 4, item.label_width)
        painter.setFont(self._font)
        frame.events.append(self._paint_event(painter, placed, rows_top, scene, color))

    def _layout_items(self, visible: IndexArray, scene: Scene) -> list[LayoutItem]:
        """Pixel extents of the visible events, sorted by left edge; too-narrow spans become points."""
        events = scene.timeline.events
        view = scene.viewport
        x0 = np.clip(
            (events.start[visible] - view.t0) / view.seconds_per_px, -OFFSCREEN_PX, view.width + OFFSCREEN_PX
        )
        x1 = np.clip(
            (events.end[visible] - view.t0) / view.seconds_per_px, -OFFSCREEN_PX, view.width + OFFSCREEN_PX
        )
        narrow = x1 - x0 < MIN_BAR_PX
        middle = (x0 + x1) / 2
        x0 = np.where(narrow, middle - POINT_MARKER_WIDTH / 2, x0)
        x1 = np.where(narrow, middle + POINT_MARKER_WIDTH / 2, x1)
        order = np.argsort(x0, kind="stable")
        widths = self._title_widths
        titles = events.titles
        items = []
        for position in order.tolist():
            event = int(visible[position])
            width = widths.get(event)
            if width is None:
                width = widths[event] = self._metrics.horizontalAdvance(titles[event])
            items.append(
                LayoutItem(event, float(x0[position]), float(x1[position]), width, event == scene.selected)
            )
        return items

    def _paint_events(
        self,
        painter: QPainter,
        packing: LanePacking,
        rows_top: float,
        rows: int,
        scene: Scene,
        color: QColor,
        frame: Frame,
    ) -> None:
        # Spans first, points on top: a long bar must not hide a point in the same place.
        ordered = sorted(
            packing.placed, key=lambda p: (p.x1 - p.x0 <= POINT_MARKER_WIDTH, p.event == scene.selected)
        )
        painter.setFont(self._font)
        matches = scene.matches
        for placed in ordered:
            dimmed = matches is not None and not matches[placed.event]
            painter.setOpacity(DIMMED_OPACITY if dimmed else 1.0)
            frame.events.append(self._paint_event(painter, placed, rows_top, scene, color))
        painter.setOpacity(1.0)
        self._paint_overflow(painter, packing.hidden, rows_top + rows * ROW_HEIGHT)

    def _paint_overflow(self, painter: QPainter, hidden: Iterable[LayoutItem], y: float) -> None:
        """Events with no room still leave a tick under the lane, so nothing vanishes silently."""
        for item in hidden:
            painter.fillRect(QRectF(round((item.x0 + item.x1) / 2), y - 3, 1, 4), self.theme.muted_text)

    def _paint_event(
        self, painter: QPainter, placed: PlacedEvent, rows_top: float, scene: Scene, color: QColor
    ) -> DrawnEvent:
        events = scene.timeline.events
        theme = self.theme
        event = placed.event
        row_top = rows_top + placed.row * ROW_HEIGHT
        marker = Box(
            placed.x0, row_top + (ROW_HEIGHT - MARKER_HEIGHT) / 2, placed.x1 - placed.x0, MARKER_HEIGHT
        )
        fuzzy = int(events.fuzzy[event])
        status = STATUS_ORDER[int(events.status[event])]
        soft = int(events.precision[event]) > Precision.DAY
        self.markers.draw(
            painter,
            qrect(marker),
            color,
            status,
            point=marker.width <= POINT_MARKER_WIDTH + 0.01,
            soft=soft,
            fuzzy_start=bool(fuzzy & FUZZY_START),
            fuzzy_end=bool(fuzzy & FUZZY_END),
        )
        selected = event == scene.selected
        if selected or event == scene.hovered:
            pen_color = theme.highlight if selected else theme.muted_text
            painter.setPen(QPen(pen_color, SELECTION_OUTLINE_PX if selected else HOVER_OUTLINE_PX))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(qrect(marker).adjusted(-3, -3, 3, 3), 4, 4)
        if placed.label_room <= 0:
            return DrawnEvent(event, marker, None, "")
        title = events.titles[event]
        full_width = self._title_widths.get(event, 0.0)
        if full_width <= placed.label_room:
            text, text_width = title, full_width
        else:
            text = self._metrics.elidedText(title, Qt.TextElideMode.ElideRight, placed.label_room)
            text_width = self._metrics.horizontalAdvance(text)
        label_box = Box(placed.label_x, row_top + 2, text_width, ROW_HEIGHT - 4)
        # A pill behind the text: the selection colour, or the background over a solid bar
        # (lighter fills keep the text readable without one, and stay visible).
        solid_bar = status is Status.CONFIRMED and not soft
        if selected or (placed.label_inside and solid_bar):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.highlight if selected else theme.label_backdrop)
            painter.drawRoundedRect(qrect(label_box).adjusted(-3, 1, 3, -1), 3, 3)
        painter.setPen(theme.highlighted_text if selected else theme.text)
        painter.drawStaticText(
            QPointF(placed.label_x, row_top + self._label_top), self._static_text(event, text)
        )
        return DrawnEvent(event, marker, label_box, text)

    # -- links ---------------------------------------------------------------

    def _paint_links(self, painter: QPainter, scene: Scene, frame: Frame) -> None:
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
        taken: list[QRectF] = []
        for number, (source, target, kind) in enumerate(arrows):
            start, end = frame.drawn(source), frame.drawn(target)
            if start is not None and end is not None:
                self._paint_arrow(
                    painter, start.marker, end.marker, link_kind(kind).arrow_label, number, taken
                )

    def _paint_arrow(
        self, painter: QPainter, start: Box, end: Box, text: str, number: int, taken: list[QRectF]
    ) -> None:
        """A curved arrow between two markers with its link type on it; labels never overlap."""
        theme = self.theme
        a, b = QPointF(start.center_x, start.center_y), QPointF(end.center_x, end.center_y)
        path = QPainterPath(a)
        if abs(b.x() - a.x()) < STACKED_LINK_PX:
            # Markers nearly above each other: a bracket out to the left, one step further out
            # per arrow, so several links between stacked events stay apart.
            side = min(start.x, end.x) - LINK_BRACKET_PX * (number + 1)
            c1, c2 = QPointF(side, a.y()), QPointF(side, b.y())
        else:
            lift = max(abs(b.x() - a.x()) * 0.25, 30.0)
            control_y = min(a.y(), b.y()) - lift
            c1, c2 = QPointF(a.x(), control_y), QPointF(b.x(), control_y)
        path.cubicTo(c1, c2, b)
        painter.setPen(QPen(theme.highlight, 1.8))
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
        while any(box.intersects(other) for other in taken):
            box.translate(0, 20)  # below the label already there
        taken.append(box)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(theme.highlighted_text)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # -- axis, grid, today, legend ---------------------------------------------

    def _paint_grid(self, painter: QPainter, ticks: AxisTicks, view: Viewport, bottom: float) -> None:
        theme = self.theme
        # Pixel-aligned rectangles without antialiasing: antialiased full-height lines cost
        # a hundred times more and look blurrier.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for tick in ticks.minor:
            painter.fillRect(
                QRectF(round(view.x_at(tick.t)), AXIS_HEIGHT, 1, bottom - AXIS_HEIGHT), theme.grid
            )
        for tick in ticks.major:
            x = round(view.x_at(tick.t))
            if 0 <= x <= view.width:
                painter.fillRect(QRectF(x, MINOR_ROW_Y - 2, 1, bottom - MINOR_ROW_Y + 2), theme.major_grid)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _paint_axis(self, painter: QPainter, width: float, frame: Frame, view: Viewport) -> None:
        assert frame.ticks is not None
        theme = self.theme
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
            painter.drawText(qrect(box), Qt.AlignmentFlag.AlignVCenter, tick.label)
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
            painter.drawText(qrect(box), Qt.AlignmentFlag.AlignVCenter, tick.label)
            frame.axis_labels.append(AxisLabel(box, tick.label, major=True))

    def _paint_eras(self, painter: QPainter, scene: Scene, bottom: float, frame: Frame) -> None:
        """Named periods as shaded bands behind the lanes, titled along the bottom."""
        view = scene.viewport
        theme = self.theme
        painter.setFont(self._small_font)
        for number, era in enumerate(scene.timeline.header.eras):
            date = parse_edtf(era.date)
            x0 = max(view.x_at(date.start), 0.0) if date.start > -math.inf else 0.0
            x1 = min(view.x_at(date.end), view.width) if date.end < math.inf else view.width
            if x1 <= x0:
                continue
            color = theme.lane_color(era.color, number)
            shade = QColor(color)
            shade.setAlpha(ERA_ALPHA)
            box = Box(x0, AXIS_HEIGHT, x1 - x0, bottom - AXIS_HEIGHT)
            painter.fillRect(qrect(box), shade)
            text = self._small_metrics.elidedText(era.title, Qt.TextElideMode.ElideRight, max(x1 - x0 - 8, 0))
            if text:
                painter.setPen(theme.text)
                painter.drawText(
                    QRectF(x0 + 4, bottom - 34, x1 - x0 - 8, 16), Qt.AlignmentFlag.AlignVCenter, text
                )
            frame.eras.append((box, era.title))

    def _paint_today(self, painter: QPainter, scene: Scene, bottom: float) -> None:
        theme = self.theme
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

    def _paint_legend(self, painter: QPainter, width: float, height: float) -> None:
        theme = self.theme
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
            self.markers.draw(
                painter,
                shape,
                sample,
                status,
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


def _premultiplied(color: QColor) -> int:
    """The colour as a 0xAARRGGBB word with red, green and blue scaled by alpha."""
    alpha = color.alpha()
    red, green, blue = (round(c * alpha / 255) for c in (color.red(), color.green(), color.blue()))
    return (alpha << 24) | (red << 16) | (green << 8) | blue
