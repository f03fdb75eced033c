"""Text from a file is shown as text: labels, message boxes and tooltips never render it as HTML."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from timeline_app.app.main_window import MainWindow
from timeline_app.app.messages import plain_message_box
from timeline_app.core.search import EventFilter
from timeline_app.io.loader import parse_timeline
from timeline_app.viewmodel.view_model import TimelineViewModel

HOSTILE = '<img src="file:///etc/hosts"><b>Bold</b>'
LOAD_TIMEOUT_MS = 20_000


def _shows_literally(label: QLabel, text: str) -> bool:
    """Whether the label lays ``text`` out as its characters (HTML would show far less).

    Measured on one line: wrapping has nothing to do with how the text is read."""
    label.setWordWrap(False)
    return label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(text)


def _window(qtbot: QtBot, lane_label: str) -> MainWindow:
    document = {
        "title": "t",
        "lanes": [{"id": "l", "label": lane_label}],
        "events": [{"id": "a", "title": "A", "date": "2024", "status": "confirmed", "lane": "l"}],
    }
    window = MainWindow(TimelineViewModel(parse_timeline(json.dumps(document).encode())), None)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_filter_bar_names_a_lane_as_written(qtbot: QtBot, isolated_settings: Path) -> None:
    window = _window(qtbot, HOSTILE)
    window.model.set_filter(EventFilter(lanes=frozenset({"l"})))
    label = window.search_bar.filter_label
    assert HOSTILE in label.full_text()
    assert "<img" not in label.toolTip() and escape(HOSTILE) in label.toolTip()  # shown as written
    label.resize(3000, label.height())  # room for the whole of it: nothing cut with "…"
    assert HOSTILE in label.text()
    assert _shows_literally(label, HOSTILE)


def test_a_file_that_cannot_be_opened_is_quoted_as_written(
    qtbot: QtBot, isolated_settings: Path, tmp_path: Path
) -> None:
    window = _window(qtbot, "Lane")
    broken = tmp_path / "broken.json"
    broken.write_text(
        json.dumps(
            {"title": "t", "events": [{"id": "a", "title": "A", "date": HOSTILE, "status": "confirmed"}]}
        )
    )
    with qtbot.waitSignal(window.files._loader.failed, timeout=LOAD_TIMEOUT_MS):
        window.files.open_path(broken)
    (box,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert label is not None and "<img" in label.text()
    assert _shows_literally(label, label.text().splitlines()[0])
    box.close()


def test_the_notice_bars_details_show_verbatim(qtbot: QtBot, isolated_settings: Path) -> None:
    window = _window(qtbot, "Lane")
    window.notice_bar.show_notice(f"broken: {HOSTILE}", f"line 1\n{HOSTILE}")
    label = window.notice_bar.label
    assert _shows_literally(label, f"broken: {HOSTILE}")
    document = QTextDocument()
    document.setHtml(label.toolTip())
    assert document.toPlainText() == f"line 1\n{HOSTILE}"


def test_a_message_box_starting_with_a_tag_still_shows_it_as_text(qtbot: QtBot) -> None:
    box = plain_message_box(QMessageBox.Icon.Warning, "Cannot open", HOSTILE, informative=HOSTILE)
    qtbot.addWidget(box)
    labels = [box.findChild(QLabel, name) for name in ("qt_msgbox_label", "qt_msgbox_informativelabel")]
    for label in labels:
        assert label is not None and label.text() == HOSTILE
        assert _shows_literally(label, HOSTILE)
