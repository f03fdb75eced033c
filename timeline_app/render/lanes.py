"""The lanes: each a band with its header, its visible events in rows, or their density when too many."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPen, QStaticText

from timeline_app.core.dates import Precision
from timeline_app.core.event_table import FUZZY_END, FUZZY_START, STATUS_ORDER
from timeline_app.core.i18n import fill, translate, whole_number
from timeline_app.core.timeline import Timeline
from timeline_app.render.context import Label, Plate, RenderContext
from timeline_app.render.density import paint_bars
from timeline_app.render.geometry import qrect
from timeline_app.render.theme import mix
from timeline_app.view.density import bar_heights, density_counts, share_heights
from timeline_app.view.frame import Box, DrawnEvent, LaneBand, ListedEvents
from timeline_app.view.lane_plan import (
    LANE_HEADER_HEIGHT,
    MARKER_HEIGHT,
    POINT_MARKER_WIDTH,
    ROW_HEIGHT,
    LanePlan,
    label_width,
    layout_items,
)
from timeline_app.view.layout import LanePacking, LayoutItem, PlacedEvent, pack_lane

HISTOGRAM_BIN_PX = 2
DENSITY_OPACITY = 0.67
# Events that do not match the search are drawn this faint.
DIMMED_OPACITY = 0.25
HOVER_OUTLINE_PX = 1.5
DRAFT_OUTLINE_PX = 1.5
SELECTION_OUTLINE_PX = 2.5
STATIC_TEXT_CACHE_LIMIT = 20_000
HEADER_SWATCH = QRectF(8, 6, 10, 10)  # the lane's colour, left of its name (relative to the band)
HEADER_TEXT_LEFT = 24.0
# Before a lane's name: it is folded (click to unfold) or shown.
COLLAPSED_MARK = "▸"
EXPANDED_MARK = "▾"
CARRIED_BAND_OPACITY = 0.22
CARRIED_BAND_INSET = 2.0


def lanes_clip(ctx: RenderContext) -> QRectF:
    """The lanes' region: lanes scrolled above or below it are not drawn over the axis or tracks."""
    regions = ctx.regions
    return QRectF(0, regions.lanes_top, ctx.width, regions.lanes_bottom - regions.lanes_top)


class LaneBackgroundTrack:
    """Every other lane on a slightly different background, so bands read apart."""

    def paint(self, ctx: RenderContext) -> None:
        clip = lanes_clip(ctx)
        for plan in ctx.lanes:
            if plan.number % 2:
                ctx.painter.fillRect(
                    QRectF(0, plan.top, ctx.width, plan.height).intersected(clip), ctx.theme.band
                )


class LaneTrack:
    """The lanes' content and headers; keeps label widths and laid-out labels between frames."""

    def __init__(self) -> None:
        self._title_widths: dict[int, float] = {}
        # Laid-out label text, reused across frames: shaping text anew costs twice as much.
        self._static_texts: dict[tuple[int, str], QStaticText] = {}
        self._timeline: Timeline | None = None

    def prepare(self, ctx: RenderContext) -> None:
        """Forget what was measured for another timeline (or when the cache grew too big)."""
        if self._timeline is not ctx.scene.timeline or len(self._static_texts) > STATIC_TEXT_CACHE_LIMIT:
            self._title_widths.clear()
            self._static_texts.clear()
            self._timeline = ctx.scene.timeline

    def title_width(self, ctx: RenderContext, event: int) -> float:
        """The full width of an event's title in the label font (measured once per timeline)."""
        width = self._title_widths.get(event)
        if width is None:
            width = self._title_widths[event] = ctx.fonts.normal_metrics.horizontalAdvance(
                ctx.scene.timeline.events.titles[event]
            )
        return width

    def paint(self, ctx: RenderContext) -> None:
        painter, clip = ctx.painter, lanes_clip(ctx)
        painter.save()
        painter.setClipRect(clip)
        for plan in ctx.lanes:
            shown = plan.top < clip.bottom() and plan.top + plan.height > clip.top()
            ctx.frame.lanes.append(self._paint_lane(ctx, plan) if shown else _band(plan, plan.rows, 0))
        # Events scrolled out of the lanes' region are not there to point at.
        ctx.frame.events[:] = [
            d for d in ctx.frame.events if clip.top() <= d.marker.center_y <= clip.bottom()
        ]
        # The lane scrolled part-way up keeps its header at the top, to say whose rows these are.
        for plan, band in zip(ctx.lanes, ctx.frame.lanes, strict=True):
            if plan.top < clip.top() < plan.top + plan.height - LANE_HEADER_HEIGHT:
                ground = ctx.theme.band if plan.number % 2 else ctx.theme.background
                painter.fillRect(QRectF(0, clip.top(), ctx.width, LANE_HEADER_HEIGHT), ground)
                # Labels are painted last, over everything: those under the pinned header would
                # write over its name.
                pinned = Box(0.0, clip.top(), ctx.width, LANE_HEADER_HEIGHT)
                ctx.labels[:] = [label for label in ctx.labels if not label.box.intersects(pinned)]
                # Events under the header are hidden by it: not there to point at, as those scrolled out.
                ctx.frame.events[:] = [
                    replace(d, label=None, text="")
                    if d.label is not None and d.label.intersects(pinned)
                    else d
                    for d in ctx.frame.events
                    if not pinned.y <= d.marker.center_y <= pinned.y + pinned.height
                ]
                self._paint_header(
                    ctx, replace(band, top=clip.top()), ctx.theme.lane_color(plan.color, plan.number)
                )
        painter.restore()

    def _paint_lane(self, ctx: RenderContext, plan: LanePlan) -> LaneBand:
        rows = plan.rows_fitting()
        color = ctx.theme.lane_color(plan.color, plan.number)
        if plan.collapsed:
            self._paint_density(ctx, plan, plan.rows_top, rows * ROW_HEIGHT, color)
            band = _band(plan, rows, 0)
            self._paint_header(ctx, band, color)
            return band
        band_rows = 1 if plan.carried_band else 0
        if plan.carried_band:
            self._paint_carried_band(ctx, plan, color)
        hidden = 0
        if plan.items is None:
            top = plan.content_top
            carried = plan.carried_packing
            carried_rows = 0
            if carried is not None and carried.placed:
                carried_rows = 1 + max(p.row for p in carried.placed)
                self._paint_events(ctx, carried, top, carried_rows, color)
            density_rows = max(rows - band_rows - carried_rows, 1)
            density_top = top + carried_rows * ROW_HEIGHT
            self._paint_density(ctx, plan, density_top, density_rows * ROW_HEIGHT, color)
            # Zooming in may never part them (a hundred events of one day): a click lists them.
            histogram = Box(0.0, density_top, ctx.width, density_rows * ROW_HEIGHT)
            view = ctx.view
            bins = max(int(view.width // HISTOGRAM_BIN_PX), 1)  # as _paint_density draws them
            ctx.frame.listed.append(
                ListedEvents(
                    histogram, plan.index_lane, view.t0, view.t1, plan.starting_count, bins, HISTOGRAM_BIN_PX
                )
            )
            self._paint_selected_marker(ctx, plan, color)
        else:
            content_rows = max(rows - band_rows, 1)
            packing = plan.packing
            if packing is None or any(p.row >= content_rows for p in packing.placed):
                packing = pack_lane(
                    plan.items, content_rows, label_width(ctx.scene)
                )  # fewer rows than it wanted
            self._paint_events(ctx, packing, plan.content_top, content_rows, color)
            hidden = len(packing.hidden)
        band = _band(plan, rows, hidden)
        self._paint_header(ctx, band, color)
        return band

    def _paint_carried_band(self, ctx: RenderContext, plan: LanePlan, color: QColor) -> None:
        """The events that run into the view from before, summed up across it in one row."""
        painter, theme = ctx.painter, ctx.theme
        box = Box(0.0, plan.rows_top + CARRIED_BAND_INSET, ctx.width, ROW_HEIGHT - 2 * CARRIED_BAND_INSET)
        painter.fillRect(qrect(box), mix(theme.background, color, CARRIED_BAND_OPACITY))
        painter.setPen(QPen(color, 1.0))
        painter.drawLine(QPointF(0, box.y + box.height), QPointF(ctx.width, box.y + box.height))
        painter.setFont(ctx.fonts.normal)
        painter.setPen(theme.text)
        text = fill(
            translate("Lanes", "%1 longer events run through this view  ·  click to list them"),
            whole_number(plan.carried_count),
        )
        painter.drawText(qrect(box).adjusted(HEADER_TEXT_LEFT, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)
        ctx.frame.listed.append(ListedEvents(box, plan.index_lane, ctx.view.t0, None, plan.carried_count))

    def _paint_header(self, ctx: RenderContext, band: LaneBand, color: QColor) -> None:
        painter = ctx.painter
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(HEADER_SWATCH.translated(0, band.top), 2, 2)  # the lane's colour
        painter.setFont(ctx.fonts.bold)
        painter.setPen(ctx.theme.text)
        text = f"{COLLAPSED_MARK if band.collapsed else EXPANDED_MARK} {band.label}"
        if band.collapsed:
            note = translate("Lanes", "%1 events in view, click to show them")
            text += "  ·  " + fill(note, whole_number(band.visible_count))
        elif band.aggregated:
            note = translate("Lanes", "%1 events start here  ·  click a bar to list its events, or zoom in")
            text += "  ·  " + fill(note, whole_number(band.starting_count))
        elif band.hidden_count:
            note = translate("Lanes", "%1 more not shown, zoom in")
            text += "  ·  " + fill(note, whole_number(band.hidden_count))
        painter.drawText(
            QRectF(HEADER_TEXT_LEFT, band.top + 2, ctx.width, LANE_HEADER_HEIGHT - 2),
            Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        ctx.frame.headers.append((Box(0.0, band.top, ctx.width, LANE_HEADER_HEIGHT), band.index_lane))

    def _paint_density(
        self, ctx: RenderContext, plan: LanePlan, top: float, height: float, color: QColor
    ) -> None:
        """A histogram of the starts inside the view per few pixels (what it can draw: events that
        began before are the carried bars or band); with search matches, the bars are dimmed
        and the matching share of each is drawn in full colour."""
        scene, view, theme = ctx.scene, ctx.view, ctx.theme
        bins = max(int(view.width // HISTOGRAM_BIN_PX), 1)
        counts = density_counts(scene.index.lanes[plan.index_lane].starts, view.t0, view.t1, bins)
        rows = max(int(height), 1)
        heights = bar_heights(counts, rows)
        # Opaque: translucent tall rectangles are blended one scanline at a time.
        full = mix(theme.background, color, DENSITY_OPACITY)
        if scene.match_index is None:
            paint_bars(ctx.painter, heights, top, rows, full, HISTOGRAM_BIN_PX)
            return
        dimmed = mix(theme.background, color, DENSITY_OPACITY * DIMMED_OPACITY)
        paint_bars(ctx.painter, heights, top, rows, dimmed, HISTOGRAM_BIN_PX)
        matched = density_counts(scene.match_index.lanes[plan.index_lane].starts, view.t0, view.t1, bins)
        paint_bars(ctx.painter, share_heights(heights, matched, counts), top, rows, full, HISTOGRAM_BIN_PX)

    def _paint_selected_marker(self, ctx: RenderContext, plan: LanePlan, color: QColor) -> None:
        """Over a density histogram, the selected event still shows where it is."""
        scene = ctx.scene
        selected = scene.selected
        if selected is None or int(scene.index.lane_of_event[selected]) != plan.index_lane:
            return
        (item,) = layout_items(np.array([selected], dtype=np.intp), scene, lambda e: self.title_width(ctx, e))
        placed = PlacedEvent(selected, 0, item.x0, item.x1, item.x1 + 4, item.label_width)
        ctx.painter.setFont(ctx.fonts.normal)
        ctx.frame.events.append(self._paint_event(ctx, placed, plan.content_top, color))

    def _paint_events(
        self, ctx: RenderContext, packing: LanePacking, rows_top: float, rows: int, color: QColor
    ) -> None:
        painter, scene = ctx.painter, ctx.scene
        # Spans first, points on top: a long bar must not hide a point in the same place.
        ordered = sorted(
            packing.placed, key=lambda p: (p.x1 - p.x0 <= POINT_MARKER_WIDTH, p.event == scene.selected)
        )
        painter.setFont(ctx.fonts.normal)
        matches = scene.matches
        # High contrast dims by an opaque paler colour: nothing is drawn see-through.
        see_through = not ctx.theme.high_contrast
        pale = ctx.theme.see_through(color, round(DIMMED_OPACITY * 255))
        for placed in ordered:
            dimmed = matches is not None and not matches[placed.event]
            painter.setOpacity(DIMMED_OPACITY if dimmed and see_through else 1.0)
            shown = pale if dimmed and not see_through else color
            ctx.frame.events.append(self._paint_event(ctx, placed, rows_top, shown))
        painter.setOpacity(1.0)
        _paint_overflow(ctx, packing.hidden, rows_top + rows * ROW_HEIGHT)

    def _paint_event(
        self, ctx: RenderContext, placed: PlacedEvent, rows_top: float, color: QColor
    ) -> DrawnEvent:
        painter, scene, theme = ctx.painter, ctx.scene, ctx.theme
        events = scene.timeline.events
        event = placed.event
        row_top = rows_top + placed.row * ROW_HEIGHT
        marker = Box(
            placed.x0, row_top + (ROW_HEIGHT - MARKER_HEIGHT) / 2, placed.x1 - placed.x0, MARKER_HEIGHT
        )
        fuzzy = int(events.fuzzy[event])
        status = STATUS_ORDER[int(events.status[event])]
        soft = int(events.precision[event]) > Precision.DAY
        ctx.markers.draw(
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
        if not selected and events.is_draft(event):
            paint_draft_ring(ctx, qrect(marker))
        if selected or event == scene.hovered:
            pen_color = theme.highlight if selected else theme.muted_text
            painter.setPen(QPen(pen_color, SELECTION_OUTLINE_PX if selected else HOVER_OUTLINE_PX))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(qrect(marker).adjusted(-3, -3, 3, 3), 4, 4)
        if placed.label_room <= 0:
            return DrawnEvent(event, marker, None, "")
        title = events.titles[event]
        metrics = ctx.fonts.normal_metrics
        lines = _label_lines(title, self._title_widths.get(event, 0.0), placed, metrics)
        text_width = max(metrics.horizontalAdvance(line) for line in lines)
        height = len(lines) * ROW_HEIGHT - 4
        label_box = Box(placed.label_x, row_top + 2, text_width, height)
        text = " ".join(lines)
        # Painted later, over links and lines, each on a plate of its own (LabelTrack).
        plate = Plate.SELECTION if selected else Plate.BACKDROP if placed.label_inside else Plate.HALO
        ctx.labels.append(
            Label(
                label_box,
                tuple(self.static_text(ctx, event, line) for line in lines),
                plate,
                painter.opacity(),
                full_title=None if text == title else self.static_text(ctx, event, title),
                emphasised=selected or event == scene.hovered,
            )
        )
        return DrawnEvent(event, marker, label_box, text)

    def static_text(self, ctx: RenderContext, event: int, text: str) -> QStaticText:
        key = (event, text)
        static = self._static_texts.get(key)
        if static is None:
            static = self._static_texts[key] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=ctx.fonts.normal)
        return static


def paint_draft_ring(ctx: RenderContext, marker: QRectF) -> None:
    """A draft from an article, not yet accepted: a dashed ring round its marker, as a pencilled note."""
    painter = ctx.painter
    painter.setPen(QPen(ctx.theme.draft, DRAFT_OUTLINE_PX, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(marker.adjusted(-3, -3, 3, 3), 4, 4)


def _label_lines(title: str, width: float, placed: PlacedEvent, metrics: QFontMetricsF) -> list[str]:
    """The label as it fits its room: whole, on two lines broken at a space, or shortened."""
    room = placed.label_room
    if width <= room:
        return [title]
    if placed.lines == 2:
        words = title.split(" ")
        first = 1
        while first < len(words) and metrics.horizontalAdvance(" ".join(words[: first + 1])) <= room:
            first += 1
        rest = " ".join(words[first:])
        if metrics.horizontalAdvance(" ".join(words[:first])) <= room and rest:
            return [" ".join(words[:first]), metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room)]
    return [metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)]


def _band(plan: LanePlan, rows: int, hidden: int) -> LaneBand:
    """What the frame records of a lane."""
    return LaneBand(
        plan.label,
        plan.top,
        plan.height,
        rows,
        plan.aggregated,
        plan.visible_count,
        hidden,
        plan.starting_count,
        plan.carried_count,
        plan.index_lane,
        plan.collapsed,
    )


def _paint_overflow(ctx: RenderContext, hidden: Iterable[LayoutItem], y: float) -> None:
    """Events with no room still leave a tick under the lane, so nothing vanishes silently."""
    for item in hidden:
        ctx.painter.fillRect(QRectF(round((item.x0 + item.x1) / 2), y - 3, 1, 4), ctx.theme.muted_text)
