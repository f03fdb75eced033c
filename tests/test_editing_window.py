"""Editing in the window: the form, the menus, dragging, undo, saving and the unsaved-changes question."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from timeline_app.app.main_window import MainWindow
from timeline_app.core.date_shift import SECONDS_PER_MONTH
from timeline_app.viewmodel.editor import step_name

from .conftest import show_editable

pytestmark = pytest.mark.usefixtures("isolated_settings")


@pytest.fixture
def window(qtbot: QtBot, story_copy: Path) -> MainWindow:
    return show_editable(qtbot, story_copy)


def _action(window: MainWindow, name: str) -> object:
    action = window.findChild(type(window.save_action), name)
    assert action is not None, name
    return action


def _trigger(window: MainWindow, name: str) -> None:
    _action(window, name).trigger()  # type: ignore[attr-defined]


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer every message box with ``button``; the texts asked go in the returned list."""
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(button.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def _index(window: MainWindow, event_id: str) -> int:
    index = window.model.timeline.events.index_of(event_id)
    assert index is not None
    return index


def test_f2_opens_the_form_and_a_bad_date_is_refused_at_its_field(window: MainWindow, qtbot: QtBot) -> None:
    window.model.select(_index(window, "jlr-chery-report"))
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    form = window.event_form
    assert window.detail_stack.currentWidget() is form
    form.date.setText("2024-13")
    assert "2024-13" in form.reading.text()  # the loader's own words, as typed
    assert not form.apply()
    problem = form.findChild(QLabel, "dateProblem")
    assert problem is not None
    assert problem.isVisibleTo(form)
    assert "not an EDTF date" in problem.text() or "month" in problem.text()
    assert window.model.timeline.events[_index(window, "jlr-chery-report")].date.text != "2024-13"
    form.date.setText("2024-05~")
    assert form.reading.text() == "Reads as: about May 2024"
    qtbot.keyClick(form.date, Qt.Key.Key_Return)
    assert window.detail_stack.currentIndex() == 0
    assert window.model.timeline.events[_index(window, "jlr-chery-report")].date.text == "2024-05~"
    assert window.windowTitle().startswith("*")


def test_undo_names_the_step_and_gives_back_the_event(window: MainWindow) -> None:
    index = _index(window, "jlr-chery-report")
    before = window.model.timeline.events[index]
    window.model.select(index)
    window.edits.edit_selected()
    window.event_form.title.setText("Renamed")
    assert window.event_form.apply()
    undo = _action(window, "actionUndo")
    assert undo.text().replace("&", "") == "Undo Edit 'Renamed'"  # type: ignore[attr-defined]
    _trigger(window, "actionUndo")
    assert window.model.timeline.events[index] == before
    assert not window.windowTitle().startswith("*")
    _trigger(window, "actionRedo")
    assert window.model.timeline.events[index].title == "Renamed"


def test_one_field_applied_in_two_goes_is_one_undo_step(window: MainWindow) -> None:
    index = _index(window, "jlr-chery-report")
    before = window.model.timeline.events[index]
    for new_title in ("Renamed", "Renamed again"):
        window.model.select(index)
        window.edits.edit_selected()
        window.event_form.title.setText(new_title)
        assert window.event_form.apply()
    assert window.editor.stack.count() == 1
    assert _action(window, "actionUndo").text().replace("&", "") == "Undo Edit 'Renamed again'"  # type: ignore[attr-defined]
    _trigger(window, "actionUndo")
    assert window.model.timeline.events[index] == before
    # Another field, the same field after another one, or two fields at once: a step of its own.
    steps: tuple[tuple[str | None, str | None], ...] = (
        ("Renamed", None),
        (None, "2024-05"),
        ("Again", None),
        ("B", "2024-06"),
        ("C", "2024-07"),
    )
    for title, date in steps:
        window.model.select(index)
        window.edits.edit_selected()
        if title is not None:
            window.event_form.title.setText(title)
        if date is not None:
            window.event_form.date.setText(date)
        assert window.event_form.apply()
    assert window.editor.stack.count() == 5


def test_escape_in_the_form_changes_nothing(window: MainWindow, qtbot: QtBot) -> None:
    window.model.select(0)
    window.edits.edit_selected()
    window.event_form.title.setText("Not kept")
    qtbot.keyClick(window.event_form.title, Qt.Key.Key_Escape)
    assert window.detail_stack.currentIndex() == 0
    assert window.model.timeline.events[0].title != "Not kept"
    assert not window.editor.modified


def test_a_new_event_is_selected_in_its_form_and_undo_removes_it(window: MainWindow) -> None:
    count = len(window.model.timeline.events)
    _trigger(window, "actionNewEvent")
    assert len(window.model.timeline.events) == count + 1
    selected = window.model.selected
    assert selected is not None
    assert window.model.timeline.events[selected].title == "New event"
    assert window.event_form.index == selected
    window.event_form.cancel()
    _trigger(window, "actionUndo")
    assert len(window.model.timeline.events) == count


def test_deleting_a_linked_event_asks_and_undo_brings_back_its_links(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    document_before = json.loads(window.files.path.read_text())  # type: ignore[union-attr]
    target = _index(window, "jlr-rebrand")
    window.model.select(target)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    _trigger(window, "actionDeleteEvent")
    assert asked and "link to" in asked[0]
    assert window.model.timeline.events.index_of("jlr-rebrand") is not None
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _trigger(window, "actionDeleteEvent")
    assert window.model.timeline.events.index_of("jlr-rebrand") is None
    _trigger(window, "actionUndo")
    from timeline_app.io.formats.native import timeline_to_document

    restored = timeline_to_document(window.model.timeline)
    assert restored["events"] == document_before["events"]


def test_save_writes_one_changed_line_and_the_title_loses_its_mark(
    window: MainWindow, story_copy: Path
) -> None:
    _trigger(window, "actionSave")  # our JSON written as the app writes it
    saved = story_copy.read_text().splitlines()
    index = _index(window, "jlr-chery-report")
    window.model.select(index)
    window.edits.edit_selected()
    window.event_form.title.setText("36kr report, renamed")
    assert window.event_form.apply()
    assert window.windowTitle().startswith("*")
    _trigger(window, "actionSave")
    after = story_copy.read_text().splitlines()
    assert len(after) == len(saved)
    changed = [(a, b) for a, b in zip(saved, after, strict=True) if a != b]
    assert len(changed) == 1
    assert "36kr report, renamed" in changed[0][1]
    assert not window.windowTitle().startswith("*")
    assert not window.editor.modified


def test_a_failed_save_keeps_the_edits_and_says_so(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.model.select(0)
    window.edits.edit_selected()
    window.event_form.title.setText("Kept")
    assert window.event_form.apply()
    missing = tmp_path / "no-such-folder" / "x.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(missing), ""))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    _trigger(window, "actionSaveAs")
    assert asked == ["The timeline was not saved; the edits are kept. " + asked[0].split("kept. ", 1)[1]]
    assert "does not exist" in asked[0]
    assert window.editor.modified
    assert not missing.exists()


@pytest.mark.parametrize(
    ("answer", "closes"),
    [(QMessageBox.StandardButton.Cancel, False), (QMessageBox.StandardButton.Discard, True)],
)
def test_closing_with_unsaved_edits_asks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton, closes: bool
) -> None:
    window.model.select(0)
    window.editor.duplicate_event(0)
    asked = _answer(monkeypatch, answer)
    assert window.close() is closes
    assert asked == ["story.json has changes that are not saved."]


def test_save_in_the_question_saves_then_closes(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, story_copy: Path
) -> None:
    window.editor.duplicate_event(0)
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert window.close()
    assert len(json.loads(story_copy.read_text())["events"]) == 16


def test_a_drag_moves_an_event_by_whole_months_and_esc_cancels(window: MainWindow, qtbot: QtBot) -> None:
    model = window.model
    index = _index(window, "jlr-chery-report")  # a month event
    model.select(index)
    model.zoom_to_selected()
    window.canvas.repaint()
    drawn = window.canvas.frame.drawn(index)
    assert drawn is not None
    start = QPointF(drawn.marker.x + drawn.marker.width / 2, drawn.marker.y + drawn.marker.height / 2)
    months = 2
    dx = months * SECONDS_PER_MONTH / model.viewport.seconds_per_px
    end = start + QPointF(dx, 0)
    qtbot.mousePress(window.canvas, Qt.MouseButton.LeftButton, pos=start.toPoint())
    _move(window, start + QPointF(dx / 2, 0))
    _move(window, end)
    assert window.canvas.drag_date is not None
    assert window.canvas.drag_date.text == "2024-06"
    window.canvas.repaint()  # the ghost and its date paint without a warning
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert window.canvas.drag_date is None
    qtbot.mouseRelease(window.canvas, Qt.MouseButton.LeftButton, pos=end.toPoint())
    assert model.timeline.events[index].date.text == "2024-04"
    qtbot.mousePress(window.canvas, Qt.MouseButton.LeftButton, pos=start.toPoint())
    _move(window, end)
    qtbot.mouseRelease(window.canvas, Qt.MouseButton.LeftButton, pos=end.toPoint())
    assert model.timeline.events[index].date.text == "2024-06"
    undo = _action(window, "actionUndo")
    title = model.timeline.events[index].title
    assert undo.text().replace("&", "") == f"Undo {step_name('Move', title)}"
    assert step_name("Move", "Leapmotor International") == "Move 'Leapmotor International'"


def _move(window: MainWindow, position: QPointF) -> None:
    from PySide6.QtGui import QMouseEvent

    event = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        position,
        window.canvas.mapToGlobal(position),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.canvas, event)


def test_a_change_on_disk_does_not_replace_unsaved_edits(
    window: MainWindow, story_copy: Path, qtbot: QtBot
) -> None:
    window.editor.duplicate_event(0)
    count = len(window.model.timeline.events)
    document = json.loads(story_copy.read_text())
    document["title"] = "Changed elsewhere"
    story_copy.write_text(json.dumps(document))
    qtbot.waitUntil(window.notice_bar.isVisible, timeout=10_000)
    assert "changed on disk" in window.notice_bar.label.text()
    assert len(window.model.timeline.events) == count
    reload_button = next(b for b in window.notice_bar._buttons if b.text().startswith("Reload"))
    reload_button.click()
    qtbot.waitUntil(lambda: window.model.timeline.title == "Changed elsewhere", timeout=10_000)
    assert not window.editor.modified


def test_file_new_asks_about_unsaved_edits_then_starts_empty(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.editor.duplicate_event(0)
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    window.files.new_timeline()
    assert len(window.model.timeline.events) == 0
    assert window.path is None
    assert not window.editor.modified


def test_a_link_is_added_by_choosing_its_target_from_the_events(window: MainWindow) -> None:
    from PySide6.QtWidgets import QComboBox, QPushButton

    index = _index(window, "vw-hefei-investment")
    window.model.select(index)
    window.edits.edit_selected()
    links = window.event_form.tables["links"]
    add = next(b for b in links.findChildren(QPushButton) if b.text() == "Add")
    add.click()
    row = links.table.rowCount() - 1
    kind = links.table.cellWidget(row, 0)
    target = links.table.cellWidget(row, 1)
    assert isinstance(kind, QComboBox)
    assert isinstance(target, QComboBox)
    assert target.findData("vw-hefei-investment") == -1  # not itself
    kind.setCurrentIndex(kind.findData("follows"))
    target.setCurrentIndex(target.findData("vw-xpeng-stake"))
    assert window.event_form.apply()
    event = window.model.timeline.events[index]
    assert [(link.type, link.target) for link in event.links][-1] == ("follows", "vw-xpeng-stake")
