"""Named periods (eras) as faint bands of their colour behind the lanes, titled along the bottom."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt

from timeline_app.core.dates import parse_edtf
from timeline_app.render.context import RenderContext
from timeline_app.render.geometry import qrect
from timeline_app.view.frame import Box

# Era bands are a faint wash of their colour: they sit behind everything.
ERA_ALPHA = 28
TITLE_HEIGHT = 16.0
TITLE_RISE = 34.0  # the title's top, above the bottom of the lanes


class EraTrack:
    def paint(self, ctx: RenderContext) -> None:
        painter, view, theme = ctx.painter, ctx.view, ctx.theme
        top, bottom = ctx.regions.lanes_top, ctx.regions.lanes_bottom
        painter.setFont(ctx.fonts.small)
        for number, era in enumerate(ctx.scene.timeline.header.eras):
            date = parse_edtf(era.date)
            x0 = max(view.x_at(date.start), 0.0) if date.start > -math.inf else 0.0
            x1 = min(view.x_at(date.end), view.width) if date.end < math.inf else view.width
            if x1 <= x0:
                continue
            shade = theme.see_through(theme.lane_color(era.color, number), ERA_ALPHA)
            box = Box(x0, top, x1 - x0, bottom - top)
            painter.fillRect(qrect(box), shade)
            room = max(x1 - x0 - 8, 0)
            text = ctx.fonts.small_metrics.elidedText(era.title, Qt.TextElideMode.ElideRight, room)
            if text:
                painter.setPen(theme.text)
                painter.drawText(
                    QRectF(x0 + 4, bottom - TITLE_RISE, x1 - x0 - 8, TITLE_HEIGHT),
                    Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
            ctx.frame.eras.append((box, era.title))
