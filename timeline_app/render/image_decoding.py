"""An event's image decoded safely: the file read within a size limit, the picture's size checked
from its header before any pixel is decoded, decoded no wider than it will be shown.

Used in the decoder child process (``image_process``, for the detail panel) and, synchronously,
by printing and PDF export. Reading (``read_local_bytes``) uses no Qt: a worker thread may call it.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Number, Phrase, PhraseError, Translatable
from timeline_app.core.media import ImageLocationError, local_image_path
from timeline_app.io.files import UnreadableFileError, read_limited

# Files larger than this are not read: no photograph an event carries needs more.
MAX_IMAGE_FILE_BYTES = 40 * 1024 * 1024
# Pictures of more pixels than this (8000 x 6000 passes, 20000 x 20000 does not) are refused from
# their header: decoded, each takes four bytes a pixel.
MAX_IMAGE_PIXELS = 50_000_000
# Qt's own guard on one decode's memory, in megabytes (its default is 256).
ALLOCATION_LIMIT_MB = 200
# Decoded no wider than this (a panel on a wide high-density screen; a printed page's column),
# and of no more pixels than a square of that side: a 1000 x 50,000 strip is as heavy as the
# biggest picture allowed, and shown at a panel's width it needs a fraction of them.
MAX_DECODED_WIDTH = 2400


class ImageError(PhraseError):
    """An image that cannot be shown, and why: a whole clause marked in context "Images" (no file
    name: the caller adds it); English by ``str``, ``phrase.translated()`` where shown."""

    def __init__(self, reason: str | Phrase, *args: str | int | Translatable) -> None:
        super().__init__(reason if isinstance(reason, Phrase) else Phrase("Images", reason, args))


def decode_image(data: bytes, max_width: int = MAX_DECODED_WIDTH) -> QImage:
    """The picture in ``data``, scaled down to at most ``max_width`` pixels wide and ``max_width``
    squared pixels in all, its shape kept; ImageError."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)  # a phone photo's rotation
    size = reader.size()
    if not size.isValid():
        raise _failed(
            reader,
            QT_TRANSLATE_NOOP("Images", "it is not an image this app can read"),
            QT_TRANSLATE_NOOP("Images", "it is not an image this app can read (%1)"),
        )
    if size.width() * size.height() > MAX_IMAGE_PIXELS:
        message = QT_TRANSLATE_NOOP("Images", "it is %1 × %2 pixels, more than the %3 million shown")
        raise ImageError(message, Number(size.width()), Number(size.height()), MAX_IMAGE_PIXELS // 1_000_000)
    if max_width > 0:
        width, height = size.width(), size.height()
        scale = min(max_width / width, max_width / math.sqrt(width * height))
        if scale < 1:
            reader.setScaledSize(QSize(max(round(width * scale), 1), max(round(height * scale), 1)))
    image = reader.read()
    if image.isNull():
        raise _failed(
            reader,
            QT_TRANSLATE_NOOP("Images", "it could not be decoded"),
            QT_TRANSLATE_NOOP("Images", "it could not be decoded (%1)"),
        )
    return image


def _failed(reader: QImageReader, reason: str, with_detail: str) -> ImageError:
    """``reason``, or ``with_detail`` with Qt's word on the failed read unless it knows nothing."""
    text = reader.errorString()
    if text and text != "Unknown error":
        return ImageError(with_detail, f"{text[0].lower()}{text[1:]}")
    return ImageError(reason)


def read_local_bytes(folder: Path, url: str) -> bytes:
    """The bytes of the image file ``url`` names in the timeline's ``folder`` (no Qt: a worker
    thread may call it); ImageError saying why not."""
    try:
        return read_limited(local_image_path(folder, url), MAX_IMAGE_FILE_BYTES)
    except (ImageLocationError, UnreadableFileError) as error:
        raise ImageError(error.phrase) from None
