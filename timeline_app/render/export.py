"""Write a scene to PNG, SVG or PDF with the painting code of the canvas, no window needed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPageSize, QPainter, QPalette, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from timeline_app.render.renderer import TimelineRenderer
from timeline_app.render.theme import Theme
from timeline_app.view.frame import Frame
from timeline_app.view.scene import Scene

IMAGE_FORMATS = {".png": "PNG image", ".svg": "SVG drawing", ".pdf": "PDF document"}
DEFAULT_EXPORT_SIZE = QSize(1600, 1000)
# PNGs are drawn at twice the logical size so they stay crisp on high-DPI screens and in slides.
PNG_SCALE = 2.0
PDF_RESOLUTION_DPI = 96


class ExportError(Exception):
    """The export could not be written (unknown format, unwritable path)."""


def export_image(
    scene: Scene,
    path: Path,
    size: QSize = DEFAULT_EXPORT_SIZE,
    palette: QPalette | None = None,
    font: QFont | None = None,
) -> Frame:
    """Draw ``scene`` (made for the canvas, or ``Scene.whole``) into ``path`` at ``size``, its
    time range kept; the format follows the suffix. Returns what went where; raises ExportError."""
    suffix = path.suffix.lower()
    if suffix not in IMAGE_FORMATS:
        known = ", ".join(IMAGE_FORMATS)
        raise ExportError(f"{path.name}: unknown image format '{suffix}' (use {known})")
    width, height = size.width(), size.height()
    scene = scene.at_width(width)
    timeline = scene.timeline
    renderer = TimelineRenderer(font or QGuiApplication.font())
    theme = Theme.from_palette(palette or QGuiApplication.palette())

    drawn: list[Frame] = []

    def paint(painter: QPainter) -> None:
        drawn.append(renderer.render(painter, width, height, scene, theme))

    if suffix == ".png":
        image = QImage(
            QSize(round(width * PNG_SCALE), round(height * PNG_SCALE)), QImage.Format.Format_ARGB32
        )
        image.setDevicePixelRatio(PNG_SCALE)
        with QPainter(image) as painter:
            paint(painter)
        if not image.save(str(path)):
            raise ExportError(f"{path}: could not write the PNG file")
    elif suffix == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(timeline.title)
        painter = QPainter()
        if not painter.begin(generator):
            raise ExportError(f"{path}: could not write the SVG file")
        paint(painter)
        painter.end()
    else:
        writer = QPdfWriter(str(path))
        writer.setResolution(PDF_RESOLUTION_DPI)
        writer.setTitle(timeline.title)
        writer.setPageSize(
            QPageSize(
                QSizeF(width * 72 / PDF_RESOLUTION_DPI, height * 72 / PDF_RESOLUTION_DPI),
                QPageSize.Unit.Point,
            )
        )
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportError(f"{path}: could not write the PDF file")
        paint(painter)
        painter.end()
    return drawn[0]
