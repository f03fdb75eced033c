"""Reviewing a draft beside its article: the text marks each event's sentence, either side selects
the other, accept and reject are undoable steps, rejected events come back on request."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from timeline_app.app import file_controller
from timeline_app.app.appearance import Appearance, palette_for
from timeline_app.app.article_commands import PublicationDateDialog
from timeline_app.app.main_window import MainWindow
from timeline_app.io.loader import load_timeline
from timeline_app.viewmodel.editor import step_name
from timeline_app.widgets.event_list import DRAFT_PREFIX

from .conftest import show_editable

pytestmark = pytest.mark.usefixtures("isolated_settings")

SEED = Path(__file__).resolve().parent / "articles" / "cnevpost-jlr-chery.txt"


@pytest.fixture
def window(qtbot: QtBot, story_copy: Path) -> MainWindow:
    window = show_editable(qtbot, story_copy)
    assert window.articles.new_from_article(SEED, "2024-04")
    # Drafted in the background: the draft replaces the story when it is done.
    qtbot.waitUntil(lambda: window.files.path is None and not window.files.loading)
    return window


def _index_of(window: MainWindow, date: str) -> int:
    events = window.model.timeline.events
    return next(i for i in range(len(events)) if events[i].date.text == date)


def test_the_draft_opens_beside_its_article_as_unsaved_drafts(window: MainWindow) -> None:
    panel = window.review_panel
    assert panel.isVisible() and panel.text.toPlainText() == SEED.read_text(encoding="utf-8")
    assert window.editor.modified  # closing would ask to save the draft
    assert window.files.path is None
    assert "15 of 15 events" in panel.heading.text()
    # Every event's sentence is marked in the text, and the list says which rows are drafts.
    assert len(panel.text.extraSelections()) == len(window.model.timeline.events)
    assert window.event_list.model().index(0, 1).data().startswith(DRAFT_PREFIX)


def test_selecting_an_event_shows_its_sentence_and_a_click_on_a_sentence_selects_its_event(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = window.review_panel
    index = _index_of(window, "2023-07-26")
    window.model.select(index)
    origin = window.model.timeline.events[index].origin
    assert origin is not None
    assert panel.text.textCursor().position() == origin.start
    [selected] = [
        mark for mark in panel.text.extraSelections() if mark.cursor.selectionStart() == origin.start
    ]
    assert selected.format.background().color() == panel.palette().highlight().color()
    # A click in another sentence selects that event.
    other = _index_of(window, "2026")
    other_origin = window.model.timeline.events[other].origin
    assert other_origin is not None
    cursor = panel.text.textCursor()
    cursor.setPosition(other_origin.start + 5)
    point = panel.text.cursorRect(cursor).center()
    qtbot.mouseClick(panel.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.model.selected == other


def test_two_events_of_one_sentence_are_selected_in_turn(window: MainWindow) -> None:
    first, second = _index_of(window, "2023-04/2028~"), _index_of(window, "2030")
    origin = window.model.timeline.events[first].origin
    assert origin is not None and origin == window.model.timeline.events[second].origin
    window.review_panel.select_at(origin.start + 3)
    assert window.model.selected == first
    window.review_panel.select_at(origin.start + 3)
    assert window.model.selected == second


def test_accept_and_reject_are_undoable_and_rejected_events_come_back(window: MainWindow) -> None:
    panel, model = window.review_panel, window.model
    count = len(model.timeline.events)
    model.select(_index_of(window, "2023-07-26"))
    panel.accept_button.click()
    accepted = model.timeline.events[_index_of(window, "2023-07-26")]
    assert not accepted.draft
    assert window.editor.stack.undoText() == step_name("Accept", accepted.title)
    assert "14 of 15" in panel.heading.text()
    # Reject the report: it goes, and so does the denial's link to it.
    report = _index_of(window, "2024-04")
    report_id = model.timeline.events[report].id
    model.select(report)
    panel.reject_button.click()
    assert len(model.timeline.events) == count - 1
    denial = model.timeline.events[_index_of(window, "2024-04-14/2024-04-15")]
    assert all(link.target != report_id for link in denial.links)
    assert panel.restore_button.isVisible() and "1 Rejected" in panel.restore_button.text()
    # Shown again, as a draft; then undo takes it out again, and undo again brings the rejection back.
    panel.restore_button.click()
    assert model.timeline.events.index_of(report_id) is not None
    assert model.timeline.events[model.timeline.events.index_of(report_id)].draft  # type: ignore[index]
    assert not panel.restore_button.isVisible()
    window.editor.stack.undo()
    window.editor.stack.undo()
    assert model.timeline.events.index_of(report_id) is not None
    window.review.accept_all()
    assert window.review.drafts() == []
    assert "reviewed" in panel.heading.text() and not panel.accept_all_button.isEnabled()


def test_reject_all_drafts_keeps_what_was_accepted(window: MainWindow) -> None:
    window.model.select(_index_of(window, "2026"))
    window.review_panel.accept_button.click()
    window.review_panel.reject_all_button.click()
    events = window.model.timeline.events
    assert [events[i].date.text for i in range(len(events))] == ["2026"]
    assert len(window.review.rejected()) == 14


def test_a_saved_draft_keeps_its_spans_and_drafts(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.review.accept([0])
    target = tmp_path / "draft.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    assert window.files.save()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["source"]["text"] == SEED.read_text(encoding="utf-8")
    assert "draft" not in saved["events"][0] and saved["events"][1]["draft"] is True
    assert all("origin" in event for event in saved["events"])


def test_a_timeline_without_an_article_hides_the_panel(qtbot: QtBot, story_copy: Path) -> None:
    window = show_editable(qtbot, story_copy)
    assert not window.review_panel.isVisible()


def test_an_article_without_a_date_asks_for_it(
    qtbot: QtBot, story_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = show_editable(qtbot, story_copy)
    article = tmp_path / "note.md"
    article.write_text("# Note\n\nThe plant opened last April and will close in 2031.\n", encoding="utf-8")
    asked: list[str] = []

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, PublicationDateDialog)
        dialog.date_edit.setDate(dialog.date_edit.date().fromString("2024-06-30", "yyyy-MM-dd"))
        asked.append(dialog.published())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window.files, "run_dialog", answer)
    # Dropped on the window: an article is drafted, not opened as a timeline.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: asked == ["2024-06-30"])  # asked once the drafting found no date
    qtbot.waitUntil(lambda: window.files.path is None and not window.files.loading)
    events = window.model.timeline.events
    assert sorted(events[i].date.text for i in range(len(events))) == [
        "2024-04",
        "2031",
    ]  # the April before June
    assert window.review_panel.isVisible()


def test_an_unreadable_article_says_so_and_keeps_what_was_shown(
    qtbot: QtBot, story_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = show_editable(qtbot, story_copy)
    before = window.model.timeline
    shown: list[str] = []

    def answer(box: QDialog) -> int:
        assert isinstance(box, QMessageBox)
        shown.append(box.text() + " " + box.informativeText())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(window.files, "run_dialog", answer)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert window.articles.new_from_article(folder, "2024-04")
    qtbot.waitUntil(lambda: bool(shown))
    assert "folder.txt cannot be read as an article" in shown[0]
    assert window.model.timeline is before and not window.files.loading


def test_the_draft_is_shown_in_the_window_from_the_command_line(qtbot: QtBot, tmp_path: Path) -> None:
    from timeline_app.app.gui import open_window

    article = tmp_path / "wire.txt"
    shutil.copyfile(SEED, article)
    window = open_window(None, article=article, published="2024-04")
    qtbot.addWidget(window, before_close_func=lambda shown: shown.editor.mark_saved())
    qtbot.waitUntil(lambda: len(window.model.timeline.events) == 15)
    assert window.review_panel.isVisible()


def test_the_selected_sentence_is_brought_to_the_middle_of_the_text(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.review_panel
    window.resize(1400, 600)
    qtbot.waitUntil(lambda: panel.text.verticalScrollBar().maximum() > 0)
    window.model.select(_index_of(window, "2024-04-14"))  # a sentence in the middle of the article
    bar = panel.text.verticalScrollBar()
    assert 0 < bar.value() < bar.maximum()
    middle = panel.text.viewport().height() / 2
    assert abs(panel.text.cursorRect().center().y() - middle) < panel.text.viewport().height() / 4


@pytest.mark.parametrize("appearance", [a for a in Appearance if a is not Appearance.SYSTEM])
def test_the_sentence_marks_are_opaque_and_keep_their_text_readable(appearance: Appearance) -> None:
    from timeline_app.render.theme import contrast
    from timeline_app.widgets.review_panel import mark_colors

    palette = palette_for(appearance)
    assert palette is not None
    high_contrast = "contrast" in appearance.value
    needed = 7.0 if high_contrast else 4.5
    text = palette.color(QPalette.ColorRole.Text)
    for mark in mark_colors(palette, high_contrast):
        assert mark.alpha() == 255
        assert contrast(text, mark) >= needed
        assert mark != palette.color(QPalette.ColorRole.Base)  # a mark, not nothing


def test_the_legend_says_what_the_dashed_ring_means_while_there_are_drafts(window: MainWindow) -> None:
    from timeline_app.render.legend import DRAFT_ENTRY, entry_label

    draft_words = entry_label(DRAFT_ENTRY[0], DRAFT_ENTRY[1])
    window.canvas.grab()
    assert window.canvas.frame.legend[0] == draft_words
    window.review.accept_all()
    window.canvas.grab()
    assert draft_words not in window.canvas.frame.legend


def test_opening_another_timeline_leaves_no_article_behind(window: MainWindow, story_copy: Path) -> None:
    window.editor.mark_saved()
    window.files.show_unsaved(load_timeline(story_copy))
    assert not window.review_panel.isVisible()
    assert window.review_panel.text.toPlainText() == "" and window.review.rejected() == []
    window.canvas.grab()
    assert window.canvas.frame.legend[0] != "Draft"


def test_a_long_article_is_drafted_in_the_background_says_how_far_and_can_be_cancelled(
    qtbot: QtBot, story_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline_app.article import draft as draft_module

    monkeypatch.setattr(draft_module, "PROGRESS_SENTENCES", 5)
    monkeypatch.setattr(file_controller, "PROGRESS_DELAY_MS", 0)  # the dialog at once
    # The drafting waits, once it has found the sentences, until the test has pressed Cancel.
    release = threading.Event()
    attribution = draft_module._paragraph_attribution

    def held(sentences: Any) -> Any:
        release.wait(30)
        return attribution(sentences)

    monkeypatch.setattr(draft_module, "_paragraph_attribution", held)
    window = show_editable(qtbot, story_copy)
    before = window.model.timeline
    long_article = tmp_path / "long.txt"
    body = SEED.read_text(encoding="utf-8").split("\n\n", 1)[1]
    long_article.write_text(SEED.read_text(encoding="utf-8") + ("\n\n" + body) * 5, encoding="utf-8")
    loader = window.files._loader
    stages: list[str] = []
    loader.progressed.connect(stages.append)
    assert window.articles.new_from_article(long_article, "2024-04")
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None and window.files.loading  # the window goes on while it is read
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.labelText() == "Finding dated facts")
    button = dialog.findChild(QPushButton)
    assert button is not None
    with qtbot.waitSignal(loader.cancelled, timeout=30_000):
        button.click()  # the user presses its Cancel
        release.set()
    assert window.model.timeline is before  # cancelled: what was shown stays
    assert window.files.path == story_copy and not window.review_panel.isVisible()
    # Drafted to the end, the same article is shown, and it was said how far the drafting was.
    with qtbot.waitSignal(window.files.article_drafted, timeout=60_000):
        window.articles.new_from_article(long_article, "2024-04")
    assert len(window.model.timeline.events) > 50 and window.review_panel.isVisible()
    assert any(stage.startswith("Reading sentence 5 of") for stage in stages)
