"""Write a scene to PNG, SVG or PDF with the painting code of the canvas, no window needed.

The image is drawn into memory, every step checked, then written whole through
``io.writing`` (a temporary file beside the target, synced, renamed): a full disk or a bad
target leaves what was there before, and an export never replaces the file it came from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPalette,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from timeline_app.io.writing import WriteError, check_target, write_file
from timeline_app.render.picture_pages import PicturePages
from timeline_app.render.renderer import TimelineRenderer
from timeline_app.render.theme import Theme
from timeline_app.view.frame import Frame
from timeline_app.view.scene import Scene

IMAGE_FORMATS = {  # the names are translated where shown, in context "Export"
    ".png": QT_TRANSLATE_NOOP("Export", "PNG image"),
    ".svg": QT_TRANSLATE_NOOP("Export", "SVG drawing"),
    ".pdf": QT_TRANSLATE_NOOP("Export", "PDF document"),
}
DEFAULT_EXPORT_SIZE = QSize(1600, 1000)
# PNGs are drawn at twice the logical size so they stay crisp on high-DPI screens and in slides.
PNG_SCALE = 2.0
PDF_RESOLUTION_DPI = 96

Paint = Callable[[QPainter], Frame]


class ExportError(WriteError):
    """The image could not be made or written (unknown format, painting failed, unwritable path)."""


def export_image(
    scene: Scene,
    path: Path,
    size: QSize = DEFAULT_EXPORT_SIZE,
    palette: QPalette | None = None,
    font: QFont | None = None,
    protect: Iterable[str | Path] = (),
    image_folder: Path | None = None,
) -> Frame:
    """Draw ``scene`` (made for the canvas, or ``Scene.whole``) into ``path`` at ``size``, its
    time range kept; the format follows the suffix. ``protect`` names files never to replace
    (the timeline's own file). A PDF goes on with pages of the events' pictures (files in
    ``image_folder``, the timeline's). Returns what went where; raises ExportError or WriteError."""
    suffix = path.suffix.lower()
    if suffix not in IMAGE_FORMATS:
        known = ", ".join(IMAGE_FORMATS)
        raise ExportError(
            fill(translate("Export", "%1: unknown image format '%2' (use %3)"), path.name, suffix, known)
        )
    protect = tuple(protect)
    check_target(path, protect)  # before the work of drawing
    width, height = size.width(), size.height()
    scene = scene.at_width(width)
    renderer_font = font or QGuiApplication.font()
    renderer = TimelineRenderer(renderer_font)
    theme = Theme.from_palette(palette or QGuiApplication.palette())

    def paint(painter: QPainter) -> Frame:
        frame = renderer.render(painter, width, height, scene, theme)
        device = painter.device()
        if isinstance(device, QPdfWriter):  # pages of pictures after the timeline's
            pictures = PicturePages(painter, device.newPage, width, height, theme, renderer_font)
            pictures.paint(scene.timeline, image_folder)
        return frame

    draw = {".png": _png, ".svg": _svg, ".pdf": _pdf}[suffix]
    data, frame = draw(paint, size, scene.timeline.title, path)
    write_file(path, data, protect)
    return frame


def _png(paint: Paint, size: QSize, _title: str, path: Path) -> tuple[bytes, Frame]:
    image = QImage(
        QSize(round(size.width() * PNG_SCALE), round(size.height() * PNG_SCALE)), QImage.Format.Format_ARGB32
    )
    if image.isNull():
        too_big = translate("Export", "%1: an image of %2x%3 is too big to make")
        raise ExportError(fill(too_big, path, size.width(), size.height()))
    image.setDevicePixelRatio(PNG_SCALE)
    frame = _painted(image, paint, path)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # (the stubs want bytes; Qt wants str)
        raise ExportError(fill(translate("Export", "%1: the PNG image could not be encoded"), path))
    return bytes(buffer.data().data()), frame


def _svg(paint: Paint, size: QSize, title: str, path: Path) -> tuple[bytes, Frame]:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    frame = _painted(generator, paint, path)
    return bytes(data.data()), frame


def _pdf(paint: Paint, size: QSize, title: str, path: Path) -> tuple[bytes, Frame]:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION_DPI)
    writer.setTitle(title)
    points = QSizeF(size.width() * 72 / PDF_RESOLUTION_DPI, size.height() * 72 / PDF_RESOLUTION_DPI)
    writer.setPageSize(QPageSize(points, QPageSize.Unit.Point))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    frame = _painted(writer, paint, path)
    return bytes(data.data()), frame


def _painted(device: QPaintDevice, paint: Paint, path: Path) -> Frame:
    """Paint onto ``device``, checking that the painter started and finished."""
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(fill(translate("Export", "%1: the image could not be started"), path))
    try:
        frame = paint(painter)
    finally:
        finished = painter.end()
    if not finished:
        raise ExportError(fill(translate("Export", "%1: the image could not be finished"), path))
    return frame
