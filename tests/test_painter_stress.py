"""Guard against PySide6 6.12.0 on Python 3.11, which aborts after a few thousand void QPainter calls."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from pytestqt.qtbot import QtBot

PRIMITIVES = 100_000


def test_painting_100k_primitives_does_not_crash(qtbot: QtBot) -> None:
    image = QImage(200, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    colors = [QColor("red"), QColor("blue")]
    with QPainter(image) as painter:
        for i in range(PRIMITIVES // 4):
            painter.setPen(QPen(colors[i % 2], 1.0))
            painter.drawLine(QPointF(i % 200, 0), QPointF(i % 200, 199))
            painter.fillRect(QRectF(i % 190, i % 190, 10, 10), colors[(i + 1) % 2])
            painter.setBrush(colors[i % 2])
    assert image.pixelColor(5, 5).isValid()
