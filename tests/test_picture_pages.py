"""Pictures in a PDF export and a print: a page of each event's images after the timeline."""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from timeline_app.io.loader import load_timeline
from timeline_app.render import image_process, picture_pages
from timeline_app.render.export import export_image
from timeline_app.render.image_process import DecodedPixels, DecoderProcess
from timeline_app.render.printing import print_timeline
from timeline_app.view.scene import Scene

from .test_detail_images import png_bytes, write_timeline


def _images_in(pdf: bytes) -> list[tuple[int, int]]:
    """The size of each image XObject in a PDF (Qt writes the dictionary before the stream)."""
    found = []
    for match in re.finditer(rb"<<(?:(?!<<).)*?/Subtype\s*/Image(?:(?!>>).)*>>", pdf, re.DOTALL):
        width = re.search(rb"/Width\s+(\d+)", match.group())
        height = re.search(rb"/Height\s+(\d+)", match.group())
        if width and height:
            found.append((int(width[1]), int(height[1])))
    return found


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


def _timeline(tmp_path: Path) -> Path:
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "red.png").write_bytes(png_bytes(300, 200))
    return write_timeline(
        tmp_path,
        [
            {"url": "pics/red.png", "caption": "Red"},
            {"url": "https://example.org/w.png"},
            {"url": "gone.png"},
        ],
    )


def test_a_pdf_export_has_a_page_with_the_events_picture(qtbot: QtBot, tmp_path: Path) -> None:
    path = _timeline(tmp_path)
    timeline = load_timeline(path)
    out = tmp_path / "out.pdf"
    export_image(Scene.whole(timeline, 1600), out, QSize(1600, 1000), image_folder=path.parent)
    pdf = out.read_bytes()
    assert _images_in(pdf) == [(300, 200)]  # the local file; the web one is never fetched
    assert _pages(pdf) == 2
    # Without the timeline's folder the picture is named, not read.
    export_image(Scene.whole(timeline, 1600), out, QSize(1600, 1000))
    assert _images_in(out.read_bytes()) == []


def test_a_timeline_without_pictures_exports_one_page(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_timeline(tmp_path, [])
    out = tmp_path / "out.pdf"
    export_image(Scene.whole(load_timeline(path), 1600), out, QSize(1600, 1000), image_folder=tmp_path)
    assert _pages(out.read_bytes()) == 1


def test_printing_adds_the_pictures_after_the_timeline(qtbot: QtBot, tmp_path: Path) -> None:
    path = _timeline(tmp_path)
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    pages = print_timeline(
        printer, Scene.whole(load_timeline(path), 1.0), QGuiApplication.palette(), QFont(), path.parent
    )
    assert pages == 2
    pdf = out.read_bytes()
    assert _pages(pdf) == 2
    assert len(_images_in(pdf)) == 1


def test_a_picture_that_kills_its_decoder_is_named_and_the_export_goes_on(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Printed pictures are decoded in a child of the print's own: a decoder that hangs (here
    # stopped before the first picture) ends that picture only, never the export or the app.
    monkeypatch.setattr(image_process, "DECODE_TIMEOUT_SECONDS", 1.0)
    decoders: list[DecoderProcess] = []

    class Hanging(DecoderProcess):
        def decode(self, data: bytes, max_width: int) -> DecodedPixels:
            decoders.append(self)
            if len(decoders) == 1:
                process, _connection = self._child()
                assert process.pid is not None and process.pid != os.getpid()  # a process of its own
                os.kill(process.pid, signal.SIGSTOP)
            return super().decode(data, max_width)

    monkeypatch.setattr(picture_pages, "DecoderProcess", Hanging)
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "red.png").write_bytes(png_bytes(300, 200))
    (tmp_path / "pics" / "blue.png").write_bytes(png_bytes(120, 80))
    path = write_timeline(tmp_path, [{"url": "pics/red.png"}, {"url": "pics/blue.png"}])
    out = tmp_path / "out.pdf"
    export_image(Scene.whole(load_timeline(path), 1600), out, QSize(1600, 1000), image_folder=path.parent)
    assert _images_in(out.read_bytes()) == [(120, 80)]  # the second picture, from a new child
    assert len(decoders) == 2 and decoders[0] is decoders[1]
    assert decoders[0].pid is None  # the print's child ended with it
