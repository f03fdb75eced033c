"""Print a timeline onto pages (a printer, a PDF), a long one continuing in time order."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPainter, QPalette

from timeline_app.core.i18n import fill, translate
from timeline_app.core.timeline import Timeline
from timeline_app.render.picture_pages import PicturePages
from timeline_app.render.renderer import TimelineRenderer
from timeline_app.render.theme import Theme
from timeline_app.view.scene import Scene

# A page shows about this many events before the timeline continues on the next page.
EVENTS_PER_PAGE = 40
MAX_PAGES = 50
HEADER_HEIGHT_PT = 24.0
PAGE_MARGIN = 0.02  # of a page's time range, either side


def page_ranges(timeline: Timeline) -> list[tuple[float, float]]:
    """Consecutive time ranges, one per page, each holding about EVENTS_PER_PAGE event starts."""
    data = timeline.time_range()
    if data is None:
        return [(0.0, 1.0)]
    low, high = data
    starts = timeline.events.start
    starts = starts[(starts >= low) & (starts <= high)]
    pages = min(max(math.ceil(starts.size / EVENTS_PER_PAGE), 1), MAX_PAGES)
    if pages == 1:
        return [(low, high)]
    # Cut at event quantiles, so busy years get more pages than quiet ones.
    ordered = np.sort(starts)
    positions = np.linspace(0, ordered.size - 1, pages + 1).round().astype(np.intp)
    edges = [low, *(float(ordered[p]) for p in positions[1:-1]), high]
    return [(a, b) for a, b in itertools.pairwise(edges) if b > a] or [(low, high)]


def print_timeline(
    printer: QPagedPaintDevice,
    scene: Scene,
    palette: QPalette,
    font: QFont,
    image_folder: Path | None = None,
) -> int:
    """Paint ``scene`` onto ``printer``'s pages, the whole timeline in time order, then the events'
    pictures (files in ``image_folder``, the timeline's; None: named, not read); returns the pages."""
    renderer = TimelineRenderer(font)
    theme = Theme.from_palette(palette)
    timeline = scene.timeline
    ranges = page_ranges(timeline)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        resolution = printer.logicalDpiX()
        page = printer.pageLayout().paintRectPixels(resolution)
        # Draw in points-like logical units so text has the same size as on screen.
        scale = resolution / 96.0
        width, height = page.width() / scale, page.height() / scale
        for number, (low, high) in enumerate(ranges):
            if number:
                printer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.setFont(font)
            painter.setPen(theme.text)
            heading = fill(
                translate("Printing", "%1 — page %2 of %3"), timeline.title, number + 1, len(ranges)
            )
            painter.drawText(QRectF(0, 0, width, HEADER_HEIGHT_PT), Qt.AlignmentFlag.AlignVCenter, heading)
            painter.translate(0, HEADER_HEIGHT_PT)
            page_scene = scene.showing(low, high, width, PAGE_MARGIN)
            renderer.render(painter, width, height - HEADER_HEIGHT_PT, page_scene, theme)
            painter.restore()
        painter.save()
        painter.scale(scale, scale)
        pictures = PicturePages(painter, printer.newPage, width, height, theme, font)
        picture_pages = pictures.paint(timeline, image_folder)
        painter.restore()
    finally:
        painter.end()
    return len(ranges) + picture_pages


def configure(printer: QPagedPaintDevice) -> None:
    """Landscape: timelines are wide."""
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
