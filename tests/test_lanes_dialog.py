"""The lanes dialog: rename, recolour, reorder, add and remove lanes in one undoable step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog
from pytestqt.qtbot import QtBot

from timeline_app.app.lanes_dialog import DELETE_CHOICE, NO_LANE_CHOICE, LanesDialog
from timeline_app.app.main_window import MainWindow

from .conftest import show_editable

pytestmark = pytest.mark.usefixtures("isolated_settings")


@pytest.fixture
def window(qtbot: QtBot, story_copy: Path) -> MainWindow:
    return show_editable(qtbot, story_copy)


def _lane_ids(window: MainWindow) -> list[str]:
    return [lane.id for lane in window.model.timeline.lanes]


def test_rename_recolour_reorder_and_add_are_one_step(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = window.model.timeline.lanes
    dialog = LanesDialog(window.editor, window)
    dialog.list.item(0).setText("JLR")
    dialog.list.setCurrentRow(0)
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#123456"))
    dialog._recolour()
    dialog.list.setCurrentRow(5)
    dialog._move(-1)
    dialog.add_lane()
    dialog.accept()
    lanes = window.model.timeline.lanes
    assert [lane.id for lane in lanes] == [
        "jlr",
        "jlr-chery",
        "chery",
        "volkswagen",
        "stellantis-leapmotor",
        "vw-xpeng",
        "new-lane",
    ]
    assert (lanes[0].label, lanes[0].color) == ("JLR", "#123456")
    assert window.editor.stack.count() == 1
    window.editor.stack.undo()
    assert window.model.timeline.lanes == before


@pytest.mark.parametrize("choice", ["move", NO_LANE_CHOICE, DELETE_CHOICE])
def test_removing_a_lane_asks_what_becomes_of_its_events(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    in_lane = [event.id for event in window.model.timeline.events if event.lane == "jlr-chery"]
    asked: list[list[str]] = []

    def answer(parent: object, title: str, label: str, items: list[str], *args: object) -> tuple[str, bool]:
        asked.append(items)
        return (items[0] if choice == "move" else choice), True

    monkeypatch.setattr(QInputDialog, "getItem", answer)
    dialog = LanesDialog(window.editor, window)
    dialog.list.setCurrentRow(_lane_ids(window).index("jlr-chery"))
    dialog.remove_selected()
    dialog.accept()
    assert "jlr-chery" not in _lane_ids(window)
    assert asked and asked[0][-2:] == [NO_LANE_CHOICE, DELETE_CHOICE]
    events = window.model.timeline.events
    for event_id in in_lane:
        event = events.by_id(event_id)
        if choice == DELETE_CHOICE:
            assert event is None
        else:
            assert event is not None
            assert event.lane == ("jlr" if choice == "move" else None)
    window.editor.stack.undo()
    assert "jlr-chery" in _lane_ids(window)
    assert [event.id for event in window.model.timeline.events if event.lane == "jlr-chery"] == in_lane
