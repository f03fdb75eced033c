"""How one event looks: shape by extent, fill and outline by status, softness by date precision.

Confirmed events are solid, reported ones hollow, disputed ones hatched with a
warning badge, planned ones dashed. Dates coarser than a day are drawn softer
than exact ones, and approximate, uncertain or open ends fade out. Pens and
brushes are cached per style because the canvas draws hundreds of markers a frame.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPen, QPolygonF

from timeline_app.core.model import Status
from timeline_app.render.theme import Theme

# Fill opacity (0-255) by status, for exact and for imprecise ("soft") dates.
FILL_ALPHA: dict[Status, tuple[int, int]] = {
    Status.CONFIRMED: (235, 120),
    Status.REPORTED: (40, 25),
    Status.DISPUTED: (45, 30),
    Status.PLANNED: (60, 35),
}
OUTLINE_STYLE: dict[Status, Qt.PenStyle] = {
    Status.CONFIRMED: Qt.PenStyle.SolidLine,
    Status.REPORTED: Qt.PenStyle.SolidLine,
    Status.DISPUTED: Qt.PenStyle.SolidLine,
    Status.PLANNED: Qt.PenStyle.DashLine,
}
OUTLINE_WIDTH = 1.6
CORNER_RADIUS = 3.0
FUZZY_EDGE_PX = 14.0
BADGE_RADIUS = 5.0

_StyleKey = tuple[int, Status, bool, bool]


class MarkerPainter:
    """Draws event markers; one instance per renderer keeps the pen and brush cache."""

    def __init__(self, theme: Theme) -> None:
        self._theme = theme
        self._styles: dict[_StyleKey, tuple[QColor, QPen]] = {}
        self._hatches: dict[int, QBrush] = {}
        self._badge_pen = QPen(theme.background, 1.2)
        self._badge_mark_pen = QPen(theme.background, 1.6)

    def draw(
        self,
        painter: QPainter,
        rect: QRectF,
        color: QColor,
        status: Status,
        *,
        point: bool,
        soft: bool,
        fuzzy_start: bool = False,
        fuzzy_end: bool = False,
    ) -> None:
        """One event's marker in ``rect``: a diamond for a point, a rounded bar for a span."""
        fuzzy = (fuzzy_start or fuzzy_end) and not point and rect.width() > 2 * FUZZY_EDGE_PX
        fill, pen = self._style(color, status, soft, fuzzy)
        painter.setPen(pen)
        if fuzzy:
            painter.setBrush(QBrush(_fuzzy_gradient(rect, fill, fuzzy_start, fuzzy_end)))
        else:
            painter.setBrush(fill)
        diamond = _diamond(rect) if point else None
        if diamond is not None:
            painter.drawConvexPolygon(diamond)
        else:
            painter.drawRoundedRect(rect, CORNER_RADIUS, CORNER_RADIUS)
        if status is Status.DISPUTED:
            self._draw_contested(painter, rect, color, diamond)

    def _style(self, color: QColor, status: Status, soft: bool, fuzzy: bool) -> tuple[QColor, QPen]:
        key = (color.rgba(), status, soft, fuzzy)
        style = self._styles.get(key)
        if style is None:
            exact_alpha, soft_alpha = FILL_ALPHA[status]
            fill = QColor(color)
            fill.setAlpha(soft_alpha if soft else exact_alpha)
            outline = self._theme.soft_outline(color) if soft else QColor(color)
            line_style = Qt.PenStyle.DotLine if fuzzy else OUTLINE_STYLE[status]
            style = self._styles[key] = (fill, QPen(outline, OUTLINE_WIDTH, line_style))
        return style

    def _draw_contested(
        self, painter: QPainter, rect: QRectF, color: QColor, diamond: QPolygonF | None
    ) -> None:
        """Hatching over the shape and a warning badge at its corner."""
        hatch = self._hatches.get(color.rgba())
        if hatch is None:
            hatch = self._hatches[color.rgba()] = QBrush(color, Qt.BrushStyle.BDiagPattern)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(hatch)
        if diamond is not None:
            painter.drawConvexPolygon(diamond)
        else:
            painter.drawRoundedRect(rect, CORNER_RADIUS, CORNER_RADIUS)
        badge = QPointF(rect.right() - 1, rect.top() + 1)
        painter.setBrush(self._theme.contested)
        painter.setPen(self._badge_pen)
        painter.drawEllipse(badge, BADGE_RADIUS, BADGE_RADIUS)
        painter.setPen(self._badge_mark_pen)
        painter.drawLine(QPointF(badge.x(), badge.y() - 2.6), QPointF(badge.x(), badge.y() + 0.6))
        painter.drawPoint(QPointF(badge.x(), badge.y() + 2.4))


def _diamond(rect: QRectF) -> QPolygonF:
    c = rect.center()
    half_w, half_h = rect.width() / 2, rect.height() / 2
    return QPolygonF(
        [
            QPointF(c.x(), c.y() - half_h),
            QPointF(c.x() + half_w, c.y()),
            QPointF(c.x(), c.y() + half_h),
            QPointF(c.x() - half_w, c.y()),
        ]
    )


def _fuzzy_gradient(rect: QRectF, fill: QColor, fuzzy_start: bool, fuzzy_end: bool) -> QLinearGradient:
    """Fade the fill in and out over the approximate ends."""
    gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
    clear = QColor(fill)
    clear.setAlpha(0)
    edge = FUZZY_EDGE_PX / rect.width()
    gradient.setColorAt(0.0, clear if fuzzy_start else fill)
    gradient.setColorAt(edge, fill)
    gradient.setColorAt(1 - edge, fill)
    gradient.setColorAt(1.0, clear if fuzzy_end else fill)
    return gradient
