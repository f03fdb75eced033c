"""How one event looks: shape by extent, fill and outline by status, softness by date precision.

Confirmed events are solid, reported ones hollow, disputed ones hatched with a
warning badge, planned ones dashed. Dates coarser than a day are drawn softer
than exact ones, and approximate, uncertain or open ends fade out. Pens and
brushes are cached per style because the canvas draws hundreds of markers a frame.

In high contrast nothing is translucent: confirmed events are solid (a coarse date in an
opaque paler shade), reported ones hollow on the background, disputed ones hatched, planned
ones dotted with a dashed outline, all with thicker outlines, and approximate ends do not fade.
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
# High contrast: the fill pattern of each status (None: hollow, the background shows).
HIGH_CONTRAST_FILL: dict[Status, Qt.BrushStyle | None] = {
    Status.CONFIRMED: Qt.BrushStyle.SolidPattern,
    Status.REPORTED: None,
    Status.DISPUTED: None,  # hatched by _draw_contested, as in every theme
    Status.PLANNED: Qt.BrushStyle.Dense5Pattern,
}
HIGH_CONTRAST_OUTLINE_WIDTH = 3.0
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
        diamond = _diamond(rect) if point else None
        if self._theme.high_contrast:
            self._draw_high_contrast(painter, rect, diamond, fill, status, pen)
        else:
            painter.setPen(pen)
            painter.setBrush(QBrush(_fuzzy_gradient(rect, fill, fuzzy_start, fuzzy_end)) if fuzzy else fill)
            _draw_shape(painter, rect, diamond)
        if status is Status.DISPUTED:
            self._draw_contested(painter, rect, color, diamond)

    def _draw_high_contrast(
        self,
        painter: QPainter,
        rect: QRectF,
        diamond: QPolygonF | None,
        fill: QColor,
        status: Status,
        pen: QPen,
    ) -> None:
        """Opaque ground, the status's pattern over it, then the outline on top."""
        pattern = HIGH_CONTRAST_FILL[status]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill if pattern is Qt.BrushStyle.SolidPattern else self._theme.background)
        _draw_shape(painter, rect, diamond)
        if pattern is not None and pattern is not Qt.BrushStyle.SolidPattern:
            painter.setBrush(QBrush(pen.color(), pattern))
            _draw_shape(painter, rect, diamond)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        _draw_shape(painter, rect, diamond)

    def _style(self, color: QColor, status: Status, soft: bool, fuzzy: bool) -> tuple[QColor, QPen]:
        key = (color.rgba(), status, soft, fuzzy)
        style = self._styles.get(key)
        if style is None:
            exact_alpha, soft_alpha = FILL_ALPHA[status]
            high = self._theme.high_contrast
            # (In high contrast only a confirmed event's fill shows: solid, paler when coarse.)
            fill = self._theme.see_through(color, soft_alpha if soft else 255 if high else exact_alpha)
            outline = self._theme.soft_outline(color) if soft else QColor(color)
            line_style = Qt.PenStyle.DotLine if fuzzy else OUTLINE_STYLE[status]
            width = HIGH_CONTRAST_OUTLINE_WIDTH if high else OUTLINE_WIDTH
            style = self._styles[key] = (fill, QPen(outline, width, line_style))
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
        _draw_shape(painter, rect, diamond)
        badge = QPointF(rect.right() - 1, rect.top() + 1)
        painter.setBrush(self._theme.contested)
        painter.setPen(self._badge_pen)
        painter.drawEllipse(badge, BADGE_RADIUS, BADGE_RADIUS)
        painter.setPen(self._badge_mark_pen)
        painter.drawLine(QPointF(badge.x(), badge.y() - 2.6), QPointF(badge.x(), badge.y() + 0.6))
        painter.drawPoint(QPointF(badge.x(), badge.y() + 2.4))


def _draw_shape(painter: QPainter, rect: QRectF, diamond: QPolygonF | None) -> None:
    """The diamond of a point, else the rounded bar of a span, with the painter's pen and brush."""
    if diamond is not None:
        painter.drawConvexPolygon(diamond)
    else:
        painter.drawRoundedRect(rect, CORNER_RADIUS, CORNER_RADIUS)


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
