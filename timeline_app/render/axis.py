"""The time axis: grid lines behind the lanes, and its two rows of labels (periods, steps) on top."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from timeline_app.render.context import RenderContext
from timeline_app.render.geometry import qrect
from timeline_app.view.canvas_layout import AXIS_LABEL_HEIGHT, MAJOR_ROW_Y, MINOR_ROW_Y
from timeline_app.view.frame import AxisLabel, Box
from timeline_app.view.ticks import AxisTicks, compute_ticks

LABEL_GAP_PX = 10.0  # between axis labels


def axis_ticks(ctx: RenderContext) -> AxisTicks:
    """The ticks and labels of this view, measured in the axis's fonts."""
    view, fonts = ctx.view, ctx.fonts
    return compute_ticks(
        view.t0,
        view.t1,
        ctx.width,
        fonts.small_metrics.horizontalAdvance,
        LABEL_GAP_PX,
        major_text_width=fonts.bold_metrics.horizontalAdvance,
    )


class GridTrack:
    """A line per tick behind the lanes; periods (major ticks) darker and reaching into the axis."""

    def paint(self, ctx: RenderContext) -> None:
        ticks = ctx.frame.ticks
        assert ticks is not None, "the renderer computes the ticks first"
        painter, view, theme = ctx.painter, ctx.view, ctx.theme
        top, bottom = ctx.regions.lanes_top, ctx.regions.lanes_bottom
        # Pixel-aligned rectangles without antialiasing: antialiased full-height lines cost
        # a hundred times more and look blurrier.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for tick in ticks.minor:
            painter.fillRect(QRectF(round(view.x_at(tick.t)), top, 1, bottom - top), theme.grid)
        for tick in ticks.major:
            x = round(view.x_at(tick.t))
            if 0 <= x <= view.width:
                painter.fillRect(QRectF(x, MINOR_ROW_Y - 2, 1, bottom - MINOR_ROW_Y + 2), theme.major_grid)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


class AxisTrack:
    """The axis band: step labels below, period labels above (the current period pinned left)."""

    def paint(self, ctx: RenderContext) -> None:
        ticks = ctx.frame.ticks
        assert ticks is not None, "the renderer computes the ticks first"
        painter, view, theme, width = ctx.painter, ctx.view, ctx.theme, ctx.width
        axis_bottom = ctx.regions.lanes_top
        painter.fillRect(QRectF(0, 0, width, axis_bottom), theme.background)
        painter.setPen(QPen(theme.major_grid, 1.0))
        painter.drawLine(QPointF(0, axis_bottom - 0.5), QPointF(width, axis_bottom - 0.5))
        painter.setFont(ctx.fonts.small)
        painter.setPen(theme.muted_text)
        small = ctx.fonts.small_metrics
        last_right = -math.inf
        for tick in ticks.minor:
            if not tick.label:
                continue
            x = view.x_at(tick.t) + 3
            text_width = small.horizontalAdvance(tick.label)
            if x < last_right + LABEL_GAP_PX / 2 or x + text_width > width:
                continue
            box = Box(x, MINOR_ROW_Y, text_width, AXIS_LABEL_HEIGHT)
            painter.drawText(qrect(box), Qt.AlignmentFlag.AlignVCenter, tick.label)
            ctx.frame.axis_labels.append(AxisLabel(box, tick.label, major=False))
            last_right = x + text_width
        painter.setFont(ctx.fonts.bold)
        painter.setPen(theme.text)
        bold = ctx.fonts.bold_metrics
        majors = [t for t in ticks.major if t.label]
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
            ctx.frame.axis_labels.append(AxisLabel(box, tick.label, major=True))
