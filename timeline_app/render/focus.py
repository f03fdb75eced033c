"""The keyboard-focus frame drawn inside the canvas and the overview strip."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

# With the keyboard focus, the canvas (and the overview strip) get a frame this wide inside their edges.
FOCUS_FRAME_PX = 2.0


def paint_focus_frame(painter: QPainter, width: float, height: float, color: QColor) -> None:
    """A FOCUS_FRAME_PX border inside (0, 0, width, height): four opaque rectangles, no antialiasing."""
    edge = FOCUS_FRAME_PX
    for rect in (
        QRectF(0, 0, width, edge),
        QRectF(0, height - edge, width, edge),
        QRectF(0, edge, edge, height - 2 * edge),
        QRectF(width - edge, edge, edge, height - 2 * edge),
    ):
        painter.fillRect(rect, color)
