"""The selected event's links as labelled arrows between drawn markers, outgoing and incoming."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPen, QPolygonF

from timeline_app.core.link_kinds import link_kind
from timeline_app.render.context import RenderContext
from timeline_app.view.frame import Box

# Links between events less than this far apart are drawn as brackets to the left.
STACKED_LINK_PX = 60.0
LINK_BRACKET_PX = 26.0
LINK_PEN_PX = 1.8
ARROWHEAD_PX = 9.0
ARROWHEAD_HALF_ANGLE = 0.45  # radians
LABEL_HEIGHT = 18.0
LABEL_STEP = 20.0  # a label that would overlap another moves this far down


class LinkTrack:
    def paint(self, ctx: RenderContext) -> None:
        scene, frame = ctx.scene, ctx.frame
        selected = scene.selected
        if selected is None or frame.drawn(selected) is None:
            return
        events = scene.timeline.events
        arrows: list[tuple[int, int, str]] = []
        for link in events.details_of(selected).get("links", ()):
            target = events.index_of(link.target)
            if target is not None:
                arrows.append((selected, target, link.type))
        arrows += [(source, selected, kind) for source, kind in scene.index.incoming.get(selected, ())]
        ctx.painter.setFont(ctx.fonts.small)
        taken: list[QRectF] = []
        for number, (source, target, kind) in enumerate(arrows):
            start, end = frame.drawn(source), frame.drawn(target)
            if start is not None and end is not None:
                _paint_arrow(ctx, start.marker, end.marker, link_kind(kind).arrow_label, number, taken)


def _paint_arrow(
    ctx: RenderContext, start: Box, end: Box, text: str, number: int, taken: list[QRectF]
) -> None:
    """A curved arrow between two markers with its link kind on it; labels never overlap."""
    painter, theme = ctx.painter, ctx.theme
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
    painter.setPen(QPen(theme.highlight, LINK_PEN_PX))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    # Arrowhead along the curve's last tangent (from the second control point to the end).
    angle = math.atan2(b.y() - c2.y(), b.x() - c2.x())
    head = QPolygonF(
        [
            b,
            *(
                QPointF(
                    b.x() - ARROWHEAD_PX * math.cos(angle + turn),
                    b.y() - ARROWHEAD_PX * math.sin(angle + turn),
                )
                for turn in (-ARROWHEAD_HALF_ANGLE, ARROWHEAD_HALF_ANGLE)
            ),
        ]
    )
    painter.setBrush(theme.highlight)
    painter.drawPolygon(head)
    middle = path.pointAtPercent(0.5)
    text_width = ctx.fonts.small_metrics.horizontalAdvance(text) + 8
    box = QRectF(middle.x() - text_width / 2, middle.y() - LABEL_HEIGHT / 2, text_width, LABEL_HEIGHT)
    while any(box.intersects(other) for other in taken):
        box.translate(0, LABEL_STEP)  # below the label already there
    taken.append(box)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(box, 4, 4)
    painter.setPen(theme.highlighted_text)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
