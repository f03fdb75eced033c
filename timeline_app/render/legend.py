"""The legend under the timeline: what each status and each kind of date precision looks like."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen

from timeline_app.core.model import Status
from timeline_app.render.context import RenderContext
from timeline_app.view.canvas_layout import LEGEND_HEIGHT
from timeline_app.view.lane_plan import MARKER_HEIGHT

STATUS_LABELS: dict[Status, str] = {
    Status.CONFIRMED: "Confirmed",
    Status.REPORTED: "Reported",
    Status.DISPUTED: "Disputed",
    Status.PLANNED: "Planned",
}
SAMPLE_WIDTH = 22.0
WIDE_SAMPLE_WIDTH = 34.0  # for samples whose softness or fading needs room to show
# (label, status, soft, fuzzy): one sample per status, then the two ways dates show imprecision.
ENTRIES: tuple[tuple[str, Status, bool, bool], ...] = (
    *((STATUS_LABELS[status], status, False, False) for status in Status),
    ("Month or coarser", Status.CONFIRMED, True, False),
    ("Approximate", Status.CONFIRMED, False, True),
)


class LegendTrack:
    def paint(self, ctx: RenderContext) -> None:
        painter, theme, width = ctx.painter, ctx.theme, ctx.width
        top = ctx.regions.legend_top
        painter.fillRect(QRectF(0, top, width, LEGEND_HEIGHT), theme.band)
        painter.setPen(QPen(theme.grid, 1.0))
        painter.drawLine(QPointF(0, top + 0.5), QPointF(width, top + 0.5))
        painter.setFont(ctx.fonts.small)
        sample = QColor(theme.muted_text)
        x = 10.0
        for text, status, soft, fuzzy in ENTRIES:
            shape_width = WIDE_SAMPLE_WIDTH if soft or fuzzy else SAMPLE_WIDTH
            shape = QRectF(x, top + (LEGEND_HEIGHT - MARKER_HEIGHT) / 2, shape_width, MARKER_HEIGHT)
            ctx.markers.draw(
                painter, shape, sample, status, point=False, soft=soft, fuzzy_start=fuzzy, fuzzy_end=fuzzy
            )
            x = shape.right() + 5
            text_width = ctx.fonts.small_metrics.horizontalAdvance(text)
            if x + text_width > width:
                break
            painter.setPen(theme.text)
            painter.drawText(
                QRectF(x, top, text_width + 2, LEGEND_HEIGHT), Qt.AlignmentFlag.AlignVCenter, text
            )
            x += text_width + 16
