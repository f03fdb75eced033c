"""Paint density bars (from view.density) fast: a few rectangles when sparse, one image when dense."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from timeline_app.view.density import HeightArray

# Up to this many bars are drawn as rectangles; beyond, one image of the whole band is cheaper.
RECTS_LIMIT = 200


def paint_bars(
    painter: QPainter, heights: HeightArray, top: float, rows: int, shade: QColor, bin_px: int = 1
) -> None:
    """Bars of ``bin_px`` columns each, from x = 0, rising from the bottom of ``rows`` pixel
    rows below ``top``. ``shade`` should be opaque: Qt blends translucent tall rectangles a
    scanline at a time."""
    filled_bins = np.flatnonzero(heights)
    if rows <= 0 or filled_bins.size == 0:
        return
    if filled_bins.size <= RECTS_LIMIT:
        bottom = round(top) + rows
        for b, h in zip(filled_bins.tolist(), heights[filled_bins].tolist(), strict=True):
            painter.fillRect(QRectF(b * bin_px, bottom - h, bin_px, h), shade)
        return
    # One image pixel per screen pixel (scaling an image costs more than building it), each a
    # premultiplied ARGB word, which Qt draws without converting.
    column_heights = np.repeat(heights, bin_px)
    columns = column_heights.size
    filled = np.arange(rows)[:, None] >= (rows - column_heights)[None, :]
    pixels = np.where(filled, np.uint32(premultiplied_argb(shade)), np.uint32(0))
    image = QImage(pixels.data, columns, rows, columns * 4, QImage.Format.Format_ARGB32_Premultiplied)
    painter.drawImage(QPointF(0, round(top)), image)


def premultiplied_argb(color: QColor) -> int:
    """The colour as a 0xAARRGGBB word with red, green and blue scaled by alpha."""
    alpha = color.alpha()
    red, green, blue = (round(c * alpha / 255) for c in (color.red(), color.green(), color.blue()))
    return (alpha << 24) | (red << 16) | (green << 8) | blue
