"""Pages of the events' pictures, after the timeline in a print or a PDF: each event with images
gets its title and date, then each picture scaled to the page with its caption and credit.

Files beside the timeline are read here, as the panel reads them (``image_decoding``), and
decoded in a decoder child of the print's own (``image_process``: a picture that hangs or
crashes a decoder cannot take the print or the app with it); web images are never fetched for
a print: their address is printed instead. A picture that cannot be read is printed as its
name and the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from timeline_app.core.dates import format_date
from timeline_app.core.image_html import image_name
from timeline_app.core.media import is_remote
from timeline_app.core.model import EventImage
from timeline_app.core.timeline import Timeline
from timeline_app.render.image_decoding import ImageError, read_local_bytes
from timeline_app.render.image_process import DecoderProcess
from timeline_app.render.theme import Theme

PICTURES_TITLE = "Pictures"
MARGIN = 24.0  # round the blocks, in logical units (an exported PDF's pages have none of their own)
GAP = 8.0  # between lines of a block
BLOCK_GAP = 22.0  # between events
PICTURE_HEIGHT_SHARE = 0.6  # a picture takes at most this share of a page's height
# Printed pictures are decoded up to this many pixels a logical unit of width (sharp on paper).
PRINT_PIXELS_PER_UNIT = 2


def events_with_images(timeline: Timeline) -> list[int]:
    """The events that carry images, in date order."""
    details = timeline.events.details
    indexes = np.array([i for i, fields in details.items() if fields.get("images")], dtype=np.intp)
    if indexes.size == 0:
        return []
    order = np.argsort(timeline.events.start[indexes], kind="stable")
    return [int(i) for i in indexes[order]]


class PicturePages:
    """Lays out the pictures' blocks down pages of ``width`` x ``height`` logical units, each
    begun with ``new_page``."""

    def __init__(
        self,
        painter: QPainter,
        new_page: Callable[[], object],
        width: float,
        height: float,
        theme: Theme,
        font: QFont,
    ) -> None:
        self._painter, self._new_page = painter, new_page
        self._width, self._height = width - 2 * MARGIN, height - 2 * MARGIN
        self._theme = theme
        self._font = QFont(font)
        self._bold = QFont(font)
        self._bold.setBold(True)
        self._y = 0.0
        self.pages = 0
        self.pictures = 0  # drawn
        self._decoder = DecoderProcess()  # its child starts at the first picture, ends with the print

    def paint(self, timeline: Timeline, folder: Path | None) -> int:
        """Every event's pictures, from a new page; returns the pages added."""
        events = events_with_images(timeline)
        if not events:
            return 0
        self._painter.save()
        self._painter.translate(MARGIN, MARGIN)
        try:
            self._start_page()
            self._line(PICTURES_TITLE, self._bold)
            for index in events:
                event = timeline.events[index]
                self._y += BLOCK_GAP
                self._line(f"{event.title} — {format_date(event.date)}", self._bold, keep_with_next=True)
                for image in event.images:
                    self._picture(image, folder)
        finally:
            self._painter.restore()
            self._decoder.stop()
        return self.pages

    def _start_page(self) -> None:
        self._new_page()  # (the timeline is on the pages before)
        self.pages += 1
        self._y = 0.0

    def _room(self, needed: float) -> None:
        if self._y + needed > self._height and self._y > 0:
            self._start_page()

    def _line(self, text: str, font: QFont, keep_with_next: bool = False) -> None:
        metrics = QFontMetricsF(font)
        box = metrics.boundingRect(QRectF(0, 0, self._width, self._height), Qt.TextFlag.TextWordWrap, text)
        # A title keeps a picture's worth of room below it, not alone at the bottom of a page.
        self._room(box.height() + (self._height * 0.25 if keep_with_next else 0))
        painter = self._painter
        painter.setFont(font)
        painter.setPen(self._theme.text)
        painter.drawText(QRectF(0, self._y, self._width, box.height()), Qt.TextFlag.TextWordWrap, text)
        self._y += box.height() + GAP

    def _picture(self, image: EventImage, folder: Path | None) -> None:
        name = image_name(image.url)
        if is_remote(image.url):
            self._line(f"Web image (not fetched for printing): {image.url.strip()}", self._font)
        elif folder is None:
            self._line(f"{name}: not shown, the timeline is not saved yet", self._font)
        else:
            try:
                data = read_local_bytes(folder, image.url)
                width = round(self._width * PRINT_PIXELS_PER_UNIT)
                picture = self._decoder.decode(data, width).to_image()
            except ImageError as error:
                self._line(f"⚠ {name} cannot be shown: {error}", self._font)
            else:
                # A pixel a unit at most (as on screen), within the page's width and share of height.
                scale = min(
                    self._width / picture.width(),
                    self._height * PICTURE_HEIGHT_SHARE / picture.height(),
                    1.0,
                )
                shown = QRectF(0, 0, picture.width() * scale, picture.height() * scale)
                self._room(shown.height())
                shown.moveTop(self._y)
                self._painter.drawImage(shown, picture)
                self.pictures += 1
                self._y += shown.height() + GAP
        words = " — ".join(text for text in (image.caption, image.credit) if text)
        if words:
            self._line(words, self._font)
