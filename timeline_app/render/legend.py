"""The legend under the timeline: what each status and each kind of date precision looks like."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen

from timeline_app.core.event_table import EventTable
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, translated
from timeline_app.core.model import STATUS_LABELS, Status
from timeline_app.render.context import Fonts, RenderContext
from timeline_app.render.lanes import paint_draft_ring
from timeline_app.view.canvas_layout import LEGEND_HEIGHT
from timeline_app.view.frame import Box
from timeline_app.view.lane_plan import MARKER_HEIGHT, LanePlan

SAMPLE_WIDTH = 22.0
WIDE_SAMPLE_WIDTH = 34.0  # for samples whose softness or fading needs room to show
LEGEND_MARGIN = 10.0
SAMPLE_GAP = 5.0  # between a sample and its words
ENTRY_GAP = 16.0
# Sample and gap sizes tried, widest first, until the whole legend fits the width in one row;
# narrower still, the entries wrap onto more rows at full size.
LEGEND_SCALES = (1.0, 0.75, 0.55)
# (label, status, soft, fuzzy): one sample per status, then the two ways dates show imprecision.
# The labels are English here (status labels in context "Status", the others in "Legend").
Entry = tuple[str, Status, bool, bool]
ENTRIES: tuple[Entry, ...] = (
    *((STATUS_LABELS[status], status, False, False) for status in Status),
    (QT_TRANSLATE_NOOP("Legend", "Month or coarser"), Status.CONFIRMED, True, False),
    (QT_TRANSLATE_NOOP("Legend", "Approximate"), Status.CONFIRMED, False, True),
)
# First while a timeline has events drafted from an article: what their dashed ring means.
DRAFT_ENTRY: Entry = (QT_TRANSLATE_NOOP("Legend", "Draft"), Status.CONFIRMED, False, False)


def entry_label(label: str, status: Status) -> str:
    """An entry's label in the user's language."""
    return translated("Status" if label == STATUS_LABELS[status] else "Legend", label)


@dataclass(frozen=True, slots=True)
class LegendLayout:
    """The legend's entries with their words, the size of samples and gaps, and which entries
    go in which row (one row while the width holds them all)."""

    entries: tuple[Entry, ...]
    labels: tuple[str, ...]
    text_widths: tuple[float, ...]
    scale: float
    rows: tuple[tuple[int, ...], ...]


def plan_legend(fonts: Fonts, width: float, drafts: bool) -> LegendLayout:
    """Where the legend's entries go at ``width``; ``drafts``: the Draft entry comes first.

    In a narrow window the samples shrink first; narrower still (a long language beside the
    article being reviewed) the entries wrap onto more rows, so that every entry keeps its words."""
    entries = (DRAFT_ENTRY, *ENTRIES) if drafts else ENTRIES
    labels = tuple(entry_label(text, status) for text, status, *_ in entries)
    text_widths = tuple(fonts.small_metrics.horizontalAdvance(text) for text in labels)
    for scale in LEGEND_SCALES:
        if _legend_width(entries, text_widths, scale) <= width:
            return LegendLayout(entries, labels, text_widths, scale, (tuple(range(len(entries))),))
    samples = [_sample_width(soft, fuzzy, 1.0) for _l, _s, soft, fuzzy in entries]
    rows = wrap_entries(list(zip(samples, text_widths, strict=True)), width)
    return LegendLayout(entries, labels, text_widths, 1.0, rows)


def wrap_entries(widths: Sequence[tuple[float, float]], width: float) -> tuple[tuple[int, ...], ...]:
    """Entries (sample width, words width) in rows that each fit ``width``, in order; an entry
    wider than the width has a row of its own."""
    rows: list[list[int]] = [[]]
    x = LEGEND_MARGIN
    for number, (sample, text) in enumerate(widths):
        needed = sample + SAMPLE_GAP + text
        if rows[-1] and x + needed > width:
            rows.append([])
            x = LEGEND_MARGIN
        rows[-1].append(number)
        x += needed + ENTRY_GAP
    return tuple(tuple(row) for row in rows)


def drafts_in_view(lanes: Sequence[LanePlan], events: EventTable) -> bool:
    """Whether an event drafted from an article is among those the lanes lay out one by one."""
    return any(events.is_draft(item.event) for plan in lanes for item in plan.items or ())


class LegendTrack:
    """The legend: planned (``plan``) once the lanes are planned, before they are placed (its rows
    take their height), then painted with the other tracks."""

    def __init__(self) -> None:
        self._layout: LegendLayout | None = None

    def plan(self, ctx: RenderContext) -> int:
        """Plan this frame's legend from what the lanes lay out; the rows it takes."""
        drafts = drafts_in_view(ctx.lanes, ctx.scene.timeline.events)
        self._layout = plan_legend(ctx.fonts, ctx.width, drafts)
        return len(self._layout.rows)

    def paint(self, ctx: RenderContext) -> None:
        painter, theme, width = ctx.painter, ctx.theme, ctx.width
        layout = self._layout
        assert layout is not None, "the renderer plans the legend before painting it"
        top = ctx.regions.legend_top
        painter.fillRect(QRectF(0, top, width, LEGEND_HEIGHT * len(layout.rows)), theme.band)
        painter.setPen(QPen(theme.grid, 1.0))
        painter.drawLine(QPointF(0, top + 0.5), QPointF(width, top + 0.5))
        painter.setFont(ctx.fonts.small)
        sample = QColor(theme.muted_text)
        scale = layout.scale
        for row_number, row in enumerate(layout.rows):
            row_top = top + row_number * LEGEND_HEIGHT
            x = LEGEND_MARGIN * scale
            for number in row:
                entry, text, text_width = (
                    layout.entries[number],
                    layout.labels[number],
                    layout.text_widths[number],
                )
                _label, status, soft, fuzzy = entry
                shape_width = _sample_width(soft, fuzzy, scale)
                shape = QRectF(x, row_top + (LEGEND_HEIGHT - MARKER_HEIGHT) / 2, shape_width, MARKER_HEIGHT)
                ctx.markers.draw(
                    painter, shape, sample, status, point=False, soft=soft, fuzzy_start=fuzzy, fuzzy_end=fuzzy
                )
                if entry is DRAFT_ENTRY:
                    paint_draft_ring(ctx, shape)
                x = shape.right() + SAMPLE_GAP
                painter.setPen(theme.text)
                painter.drawText(
                    QRectF(x, row_top, text_width + 2, LEGEND_HEIGHT), Qt.AlignmentFlag.AlignVCenter, text
                )
                ctx.frame.legend.append(text)
                ctx.frame.legend_samples.append(Box(shape.x(), shape.y(), shape.width(), shape.height()))
                x += text_width + ENTRY_GAP * scale


def _sample_width(soft: bool, fuzzy: bool, scale: float) -> float:
    """A sample's width: wide samples keep theirs (fading needs the room), plain ones shrink."""
    return WIDE_SAMPLE_WIDTH if soft or fuzzy else SAMPLE_WIDTH * scale


def _legend_width(entries: tuple[Entry, ...], text_widths: Sequence[float], scale: float) -> float:
    samples = sum(_sample_width(soft, fuzzy, scale) for _t, _s, soft, fuzzy in entries)
    gaps = len(entries) * (SAMPLE_GAP + ENTRY_GAP * scale)
    return LEGEND_MARGIN * scale + samples + gaps + sum(text_widths)
