"""The pure view's boxes as Qt rectangles, for painting."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from timeline_app.view.frame import Box


def qrect(box: Box) -> QRectF:
    """The box as a QRectF."""
    return QRectF(box.x, box.y, box.width, box.height)
