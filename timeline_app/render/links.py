"""Links as labelled arrows between drawn markers: the selected event's, or all of them when asked.

When all links are shown and there are more than the eye can follow, they are drawn as one
bundle per pair of lanes ("12 links"), the selected event's own links still one by one.
"""

from __future__ import annotations

import math
from collections import defaultdict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPen, QPolygonF

from timeline_app.core.i18n import fill, translate, whole_number
from timeline_app.core.link_kinds import link_kind
from timeline_app.render.context import RenderContext
from timeline_app.view.frame import Box, DrawnEvent
from timeline_app.view.scene import Scene

# Links between events less than this far apart are drawn as brackets to the left.
STACKED_LINK_PX = 60.0
LINK_BRACKET_PX = 26.0
LINK_PEN_PX = 1.8
ARROWHEAD_PX = 9.0
ARROWHEAD_HALF_ANGLE = 0.45  # radians
LABEL_HEIGHT = 18.0
LABEL_STEP = 20.0  # a label that would overlap another moves this far down
# More links than this in view, shown all at once, are bundled: one arrow per pair of lanes.
MAX_LINK_ARROWS = 24


class LinkTrack:
    def paint(self, ctx: RenderContext) -> None:
        scene, frame = ctx.scene, ctx.frame
        drawn = {d.event: d for d in frame.events}
        ctx.painter.setFont(ctx.fonts.small)
        taken: list[QRectF] = []
        if scene.all_links:
            links = [
                (source, target, kind)
                for source in drawn
                for target, kind in _outgoing(scene, source)
                if target in drawn and scene.selected not in (source, target)
            ]
            if len(links) > MAX_LINK_ARROWS:
                _paint_bundles(ctx, links, drawn, taken)
            else:
                for source, target, kind in links:
                    _paint_link(ctx, drawn, source, target, kind, len(taken), taken)
        selected = scene.selected
        if selected is None or selected not in drawn:
            return
        arrows = [(selected, target, kind) for target, kind in _outgoing(scene, selected)]
        arrows += [(source, selected, kind) for source, kind in scene.index.incoming.get(selected, ())]
        for number, (source, target, kind) in enumerate(arrows):
            _paint_link(ctx, drawn, source, target, kind, number, taken)


def _outgoing(scene: Scene, source: int) -> list[tuple[int, str]]:
    """The events ``source`` links to, with the kind of each link."""
    events = scene.timeline.events
    found = []
    for link in events.details_of(source).get("links", ()):
        target = events.index_of(link.target)
        if target is not None:
            found.append((target, link.type))
    return found


def _paint_link(
    ctx: RenderContext,
    drawn: dict[int, DrawnEvent],
    source: int,
    target: int,
    kind: str,
    number: int,
    taken: list[QRectF],
) -> None:
    start, end = drawn.get(source), drawn.get(target)
    if start is not None and end is not None:
        label = link_kind(kind).arrow_label
        _paint_arrow(ctx, start.marker, end.marker, label, number, taken)
        ctx.frame.links.append(label)


def _paint_bundles(
    ctx: RenderContext, links: list[tuple[int, int, str]], drawn: dict[int, DrawnEvent], taken: list[QRectF]
) -> None:
    """One arrow per pair of lanes, from the middle of its sources to the middle of its targets."""
    lane_of = ctx.scene.index.lane_of_event
    bundles: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for source, target, _kind in links:
        bundles[(int(lane_of[source]), int(lane_of[target]))].append((source, target))
    for number, pairs in enumerate(bundles.values()):
        start = _middle([drawn[source].marker for source, _ in pairs])
        end = _middle([drawn[target].marker for _, target in pairs])
        label = fill(translate("Links", "%1 links"), whole_number(len(pairs)))
        _paint_arrow(ctx, start, end, label, number, taken)
        ctx.frame.links.append(label)


def _middle(boxes: list[Box]) -> Box:
    """A point-sized box at the mean centre of ``boxes``."""
    x = sum(box.center_x for box in boxes) / len(boxes)
    y = sum(box.center_y for box in boxes) / len(boxes)
    return Box(x, y, 0.0, 0.0)


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
