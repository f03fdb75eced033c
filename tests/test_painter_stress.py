"""Guard against PySide6 6.12.0 on Python 3.11, which aborts after a few thousand void QPainter calls."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from pytestqt.qtbot import QtBot

PRIMITIVES = 100_000
SIZE = 200
RECT = 10
COLORS = (QColor("red"), QColor("blue"))


def _expected(x: int, y: int) -> QColor:
    """The colour of pixel (x, y) after the loop below: that of the last primitive covering it."""
    for i in reversed(range(PRIMITIVES // 4)):
        corner = i % (SIZE - RECT)
        if corner <= x < corner + RECT and corner <= y < corner + RECT:
            return COLORS[(i + 1) % 2]
        if x == i % SIZE:
            return COLORS[i % 2]
    raise AssertionError(f"nothing covers ({x}, {y})")


def test_painting_100k_primitives_does_not_crash(qtbot: QtBot) -> None:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    white = QColor("white")
    image.fill(white)
    with QPainter(image) as painter:
        for i in range(PRIMITIVES // 4):
            painter.setPen(QPen(COLORS[i % 2], 1.0))
            painter.drawLine(QPointF(i % SIZE, 0), QPointF(i % SIZE, SIZE - 1))
            painter.fillRect(QRectF(i % (SIZE - RECT), i % (SIZE - RECT), RECT, RECT), COLORS[(i + 1) % 2])
            painter.setBrush(COLORS[i % 2])
    # Every column got a line, so no background is left; and each pixel has the colour of the
    # last line or square drawn over it (squares run down the diagonal, lines elsewhere).
    painted = {image.pixelColor(x, y).name() for x in range(SIZE) for y in range(SIZE)}
    assert painted == {color.name() for color in COLORS}, painted
    wrong = [
        (x, y, image.pixelColor(x, y).name(), _expected(x, y).name())
        for x in range(0, SIZE, 3)
        for y in range(0, SIZE, 3)
        if image.pixelColor(x, y) != _expected(x, y)
    ]
    assert wrong == [], wrong[:10]
