"""Paint one metric as a small chart track aligned with the time axis: periods, points, a joining line."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from timeline_app.core.detail_html import format_number
from timeline_app.core.metrics import MetricSeries
from timeline_app.render.context import RenderContext
from timeline_app.render.theme import Theme
from timeline_app.view.canvas_layout import METRIC_TRACK_HEIGHT
from timeline_app.view.frame import DrawnMetricPoint
from timeline_app.view.viewport import Viewport

HEADER_HEIGHT = 18.0
PLOT_PADDING = 8.0
POINT_RADIUS = 4.0
PERIOD_PEN_WIDTH = 3.0
PERIOD_ALPHA = 150  # the period a figure covers, fainter than its point
LINE_PEN_WIDTH = 1.6
# Values are written beside the points while there are few enough to read them.
MAX_LABELLED_POINTS = 24
# Headroom above the highest value so its label fits inside the track.
VALUE_HEADROOM = 1.15


class MetricTracks:
    """One chart track per metric series, stacked under the lanes."""

    def paint(self, ctx: RenderContext) -> None:
        for number, series in enumerate(ctx.scene.metrics):
            ctx.frame.metric_points += paint_metric_track(
                ctx.painter,
                series,
                ctx.regions.metric_track_top(number),
                ctx.width,
                ctx.view,
                ctx.theme,
                ctx.fonts.small,
            )


def paint_metric_track(
    painter: QPainter,
    series: MetricSeries,
    top: float,
    width: float,
    view: Viewport,
    theme: Theme,
    font: QFont,
) -> list[DrawnMetricPoint]:
    """Draw ``series`` in the band starting at ``top``; return the points drawn."""
    metrics = QFontMetricsF(font)
    painter.fillRect(QRectF(0, top, width, METRIC_TRACK_HEIGHT), theme.band)
    painter.setPen(QPen(theme.grid, 1.0))
    painter.drawLine(QPointF(0, top + 0.5), QPointF(width, top + 0.5))
    painter.setFont(font)
    painter.setPen(theme.text)
    unit = f" ({series.unit})" if series.unit else ""
    painter.drawText(
        QRectF(8, top + 2, width - 16, HEADER_HEIGHT), Qt.AlignmentFlag.AlignVCenter, series.name + unit
    )
    plot_top = top + HEADER_HEIGHT + PLOT_PADDING
    plot_height = METRIC_TRACK_HEIGHT - HEADER_HEIGHT - 2 * PLOT_PADDING
    # Counts and amounts read best from zero; a series that goes negative gets its own floor.
    # Scaled by halves: values near the float limit would overflow ceiling - floor.
    floor = min(series.low, 0.0) / 2
    ceiling = max(min(series.high * VALUE_HEADROOM, sys.float_info.max) / 2, floor + 0.5)

    def y_of(value: float) -> float:
        return plot_top + plot_height * (1 - (value / 2 - floor) / (ceiling - floor))

    color = QColor(theme.highlight)
    drawn = [
        DrawnMetricPoint(view.x_at(p.middle), y_of(p.value), series, p)
        for p in series.points
        if view.x_at(p.end) >= -width and view.x_at(p.start) <= 2 * width
    ]
    painter.setPen(QPen(color, LINE_PEN_WIDTH))
    if len(drawn) > 1:
        painter.drawPolyline(QPolygonF([QPointF(d.x, d.y) for d in drawn]))
    period_color = theme.see_through(color, PERIOD_ALPHA)
    painter.setPen(QPen(period_color, PERIOD_PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    for d in drawn:  # the period a figure covers: a year, or 2010-2017 for a period figure
        painter.drawLine(QPointF(view.x_at(d.point.start), d.y), QPointF(view.x_at(d.point.end), d.y))
    painter.setPen(QPen(theme.background, 1.5))
    painter.setBrush(color)
    for d in drawn:
        painter.drawEllipse(QPointF(d.x, d.y), POINT_RADIUS, POINT_RADIUS)
    visible = [d for d in drawn if 0 <= d.x <= width]
    if len(visible) <= MAX_LABELLED_POINTS:
        painter.setPen(theme.text)
        last_right = float("-inf")
        for d in visible:
            text = format_number(d.point.value)
            text_width = metrics.horizontalAdvance(text)
            x = min(max(d.x + POINT_RADIUS + 3, 0.0), width - text_width - 2)
            if x < last_right + 6:
                continue  # would overlap the previous value
            painter.drawText(QPointF(x, d.y - POINT_RADIUS - 2), text)
            last_right = x + text_width
    return drawn
