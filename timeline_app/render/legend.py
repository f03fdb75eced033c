"""The legend under the timeline: what each status and each kind of date precision looks like."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, translated
from timeline_app.core.model import STATUS_LABELS, Status
from timeline_app.render.context import RenderContext
from timeline_app.render.lanes import paint_draft_ring
from timeline_app.view.canvas_layout import LEGEND_HEIGHT
from timeline_app.view.frame import Box
from timeline_app.view.lane_plan import MARKER_HEIGHT

SAMPLE_WIDTH = 22.0
WIDE_SAMPLE_WIDTH = 34.0  # for samples whose softness or fading needs room to show
LEGEND_MARGIN = 10.0
SAMPLE_GAP = 5.0  # between a sample and its words
ENTRY_GAP = 16.0
# Sample and gap sizes tried, widest first, until the whole legend fits the width.
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


class LegendTrack:
    def paint(self, ctx: RenderContext) -> None:
        painter, theme, width = ctx.painter, ctx.theme, ctx.width
        top = ctx.regions.legend_top
        painter.fillRect(QRectF(0, top, width, LEGEND_HEIGHT), theme.band)
        painter.setPen(QPen(theme.grid, 1.0))
        painter.drawLine(QPointF(0, top + 0.5), QPointF(width, top + 0.5))
        painter.setFont(ctx.fonts.small)
        sample = QColor(theme.muted_text)
        # Said while a draft's ring is in sight: the lanes painted before drew the events.
        events = ctx.scene.timeline.events
        rings = any(events.is_draft(drawn.event) for drawn in ctx.frame.events)
        entries = (DRAFT_ENTRY, *ENTRIES) if rings else ENTRIES
        labels = [entry_label(text, status) for text, status, *_ in entries]
        text_widths = [ctx.fonts.small_metrics.horizontalAdvance(text) for text in labels]
        # In a narrow window the samples shrink first, so that every entry keeps its words.
        scale = 1.0
        for candidate in LEGEND_SCALES:
            scale = candidate
            if _legend_width(entries, text_widths, scale) <= width:
                break
        x = LEGEND_MARGIN * scale
        for entry, text, text_width in zip(entries, labels, text_widths, strict=True):
            _label, status, soft, fuzzy = entry
            shape_width = _sample_width(soft, fuzzy, scale)
            shape = QRectF(x, top + (LEGEND_HEIGHT - MARKER_HEIGHT) / 2, shape_width, MARKER_HEIGHT)
            ctx.markers.draw(
                painter, shape, sample, status, point=False, soft=soft, fuzzy_start=fuzzy, fuzzy_end=fuzzy
            )
            if entry is DRAFT_ENTRY:
                paint_draft_ring(ctx, shape)
            x = shape.right() + SAMPLE_GAP
            if x + text_width > width:
                break
            painter.setPen(theme.text)
            painter.drawText(
                QRectF(x, top, text_width + 2, LEGEND_HEIGHT), Qt.AlignmentFlag.AlignVCenter, text
            )
            ctx.frame.legend.append(text)
            ctx.frame.legend_samples.append(Box(shape.x(), shape.y(), shape.width(), shape.height()))
            x += text_width + ENTRY_GAP * scale


def _sample_width(soft: bool, fuzzy: bool, scale: float) -> float:
    """A sample's width: wide samples keep theirs (fading needs the room), plain ones shrink."""
    return WIDE_SAMPLE_WIDTH if soft or fuzzy else SAMPLE_WIDTH * scale


def _legend_width(entries: tuple[Entry, ...], text_widths: list[float], scale: float) -> float:
    samples = sum(_sample_width(soft, fuzzy, scale) for _t, _s, soft, fuzzy in entries)
    gaps = len(entries) * (SAMPLE_GAP + ENTRY_GAP * scale)
    return LEGEND_MARGIN * scale + samples + gaps + sum(text_widths)
