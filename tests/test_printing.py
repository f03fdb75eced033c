"""Printing: the timeline goes onto pages, a long one continues page after page in time order."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from timeline_app.io.loader import load_timeline, parse_timeline
from timeline_app.render.printing import EVENTS_PER_PAGE, page_ranges, print_timeline
from timeline_app.view.scene import Scene

from .conftest import EVENTS_JSON


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_article_fits_on_one_page(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "article.pdf"
    pages = print_timeline(
        _pdf_printer(out), Scene.whole(load_timeline(EVENTS_JSON), 1.0), QGuiApplication.palette(), QFont()
    )
    assert pages == 1
    assert out.read_bytes().startswith(b"%PDF")


def test_a_long_timeline_continues_over_pages_in_time_order(qtbot: QtBot, tmp_path: Path) -> None:
    events = [
        {
            "id": f"e{i}",
            "title": f"Event {i}",
            "date": f"{1900 + i // 12}-{1 + i % 12:02d}",
            "status": "confirmed",
        }
        for i in range(EVENTS_PER_PAGE * 5)
    ]
    timeline = parse_timeline(json.dumps({"title": "Long", "events": events}).encode())
    ranges = page_ranges(timeline)
    assert len(ranges) == 5
    assert all(a < b for a, b in ranges)
    assert all(prev[1] == nxt[0] for prev, nxt in itertools.pairwise(ranges))
    out = tmp_path / "long.pdf"
    assert (
        print_timeline(_pdf_printer(out), Scene.whole(timeline, 1.0), QGuiApplication.palette(), QFont()) == 5
    )
    assert out.stat().st_size > 0
