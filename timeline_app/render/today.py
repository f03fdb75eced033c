"""Today: a line at the present instant and a faint shade over the future, on the canvas and the strip."""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, translated
from timeline_app.render.context import RenderContext

TODAY_PEN_PX = 1.5
TODAY_LABEL = QT_TRANSLATE_NOOP("Today", "today")
_LABEL_SIZE = (60.0, 16.0)


def paint_today_line(
    painter: QPainter, x: float, top: float, bottom: float, color: QColor, pen_px: float
) -> None:
    """The vertical line marking now at ``x``."""
    painter.setPen(QPen(color, pen_px))
    painter.drawLine(QPointF(x, top), QPointF(x, bottom))


class TodayTrack:
    """The future shaded behind the lanes, and the today line with its label."""

    def paint(self, ctx: RenderContext) -> None:
        painter, view, theme, regions = ctx.painter, ctx.view, ctx.theme, ctx.regions
        now = ctx.scene.now if ctx.scene.now is not None else time.time()
        top, bottom = regions.lanes_top, regions.lanes_bottom
        x = view.x_at(now)
        if x < view.width and theme.future_shade is not None:
            left = max(x, 0)
            painter.fillRect(QRectF(left, top, view.width - left, bottom - top), theme.future_shade)
        if 0 <= x <= view.width:
            paint_today_line(painter, x, top, bottom, theme.today, TODAY_PEN_PX)
            painter.setFont(ctx.fonts.small)
            width, height = _LABEL_SIZE
            painter.drawText(
                QRectF(x + 3, bottom - 18, width, height),
                Qt.AlignmentFlag.AlignVCenter,
                translated("Today", TODAY_LABEL),
            )
