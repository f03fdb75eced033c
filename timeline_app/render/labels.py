"""Event labels, painted last: over links, grid and today lines, each on a plate so it stays readable.

A label over a bar stands on a backdrop, the selected one on the selection's colour, any
other on a translucent halo of the background, so that lines running under it give way. A
shortened label of the selected or hovered event is shown whole, on top of its neighbours.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QStaticText

from timeline_app.render.context import Plate, RenderContext
from timeline_app.render.geometry import qrect
from timeline_app.render.lanes import lanes_clip
from timeline_app.render.theme import Theme
from timeline_app.view.frame import Box
from timeline_app.view.lane_plan import ROW_HEIGHT

HALO_ALPHA = 200
PLATE_RADIUS = 3.0


class LabelTrack:
    def paint(self, ctx: RenderContext) -> None:
        painter = ctx.painter
        painter.save()
        painter.setClipRect(lanes_clip(ctx))
        painter.setFont(ctx.fonts.normal)
        top = (ROW_HEIGHT - ctx.fonts.normal_metrics.height()) / 2  # the text's top in its row
        for label in ctx.labels:
            painter.setOpacity(label.opacity)
            _paint(ctx, label.box, label.lines, label.plate, top)
        # The selected or hovered event's shortened title, whole, above everything else.
        for label in ctx.labels:
            if label.emphasised and label.full_title is not None:
                painter.setOpacity(1.0)
                width = label.full_title.size().width()
                box = Box(label.box.x, label.box.y, width, label.box.height)
                _paint(ctx, box, (label.full_title,), label.plate, top)
        painter.restore()


def _paint(ctx: RenderContext, box: Box, lines: tuple[QStaticText, ...], plate: Plate, top: float) -> None:
    painter, theme = ctx.painter, ctx.theme
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_plate_colour(theme, plate))
    height = len(lines) * ROW_HEIGHT - 4
    painter.drawRoundedRect(
        qrect(box).adjusted(-3, 1, 3, height - box.height - 1), PLATE_RADIUS, PLATE_RADIUS
    )
    painter.setPen(theme.highlighted_text if plate is Plate.SELECTION else theme.text)
    for number, line in enumerate(lines):
        painter.drawStaticText(QPointF(box.x, box.y - 2 + top + number * ROW_HEIGHT), line)


def _plate_colour(theme: Theme, plate: Plate) -> QColor:
    if plate is Plate.SELECTION:
        return theme.highlight
    if plate is Plate.BACKDROP:
        return theme.label_backdrop
    return theme.see_through(theme.background, HALO_ALPHA)
