"""The column-mapping dialog, and opening a spreadsheet through it (remembered per header set)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from timeline_app.app.main_window import MainWindow
from timeline_app.app.settings import AppSettings
from timeline_app.io.formats.column_mapping import ColumnMapping, guess_mapping, header_key
from timeline_app.widgets.column_mapping_dialog import NO_COLUMN, ColumnMappingDialog

from .conftest import EVENTS_JSON, show_window
from .test_spreadsheets import PRECEDEN, PRECEDEN_ROWS, xlsx

LOAD_TIMEOUT_MS = 20_000
HEADER = ["When", "What", "Who", "Notes"]
ROWS = [HEADER, [2001, "Odyssey", "Kubrick", "A long\nnote about the film that goes on and on and on"]]


def _dialog(qtbot: QtBot, header: list[str], mapping: ColumnMapping) -> ColumnMappingDialog:
    samples = [["2001", "Odyssey", "Kubrick", "A long\nnote about the film that goes on and on and on"]]
    dialog = ColumnMappingDialog("films.xlsx", header, samples, mapping)
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog: ColumnMappingDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_dialog_starts_from_the_guess_and_shows_a_value_of_each_column(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, list(PRECEDEN), guess_mapping(PRECEDEN))
    assert dialog.choices["title"].currentText() == "Event Name"
    assert dialog.choices["status"].currentText() == NO_COLUMN
    assert dialog.mapping() == guess_mapping(PRECEDEN)
    assert _ok(dialog)


def test_a_title_and_a_date_are_needed_before_ok(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, HEADER, ColumnMapping.of({}))
    assert not _ok(dialog)
    assert dialog.problem.text() == "Choose the title."
    dialog.choices["title"].setCurrentText("Who")
    assert dialog.problem.text() == "Choose the date or the year."
    dialog.choices["date"].setCurrentText("When")
    assert _ok(dialog)
    assert dialog.problem.text() == ""
    assert dialog.mapping() == ColumnMapping.of({"title": "Who", "date": "When"})
    assert dialog._sample_labels["date"].text() == "e.g. 2001"
    dialog.choices["summary"].setCurrentText("Notes")
    assert dialog._sample_labels["summary"].text() == "e.g. A long note about the film that goes on …"


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, tmp_path: Path) -> MainWindow:
    shutil.copy(EVENTS_JSON, tmp_path / "events.json")
    return show_window(qtbot, tmp_path / "events.json", 1000, 700)


def _answer(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, choose: dict[str, str] | None
) -> list[ColumnMapping]:
    """Answer the next dialogs: choose columns and OK, or Cancel (None); returns what each offered."""
    offered: list[ColumnMapping] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, ColumnMappingDialog)
        offered.append(dialog.mapping())
        if choose is None:
            return QDialog.DialogCode.Rejected
        for field, column in choose.items():
            dialog.choices[field].setCurrentText(column)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window.files, "run_dialog", run)
    return offered


def test_a_spreadsheet_opens_through_the_columns_chosen_and_they_are_remembered(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = tmp_path / "films.xlsx"
    sheet.write_bytes(xlsx(ROWS))
    offered = _answer(
        window, monkeypatch, {"title": "Who", "date": "When", "lane": "What", "actors": NO_COLUMN}
    )
    with qtbot.waitSignal(window.files.path_changed, timeout=LOAD_TIMEOUT_MS):
        window.files.open_path(sheet)
    assert offered == [ColumnMapping.of({"date": "When", "summary": "Notes", "actors": "Who"})]  # the guess
    assert list(window.model.timeline.events.titles) == ["Kubrick"]
    assert [lane.label for lane in window.model.timeline.lanes] == ["Odyssey"]
    chosen = ColumnMapping.of({"title": "Who", "date": "When", "lane": "What", "summary": "Notes"})
    assert AppSettings().column_mapping(header_key(HEADER)) == chosen

    # Another file with the same headers, in another order, is offered the remembered choice.
    other = tmp_path / "more films.xlsx"
    other.write_bytes(xlsx([["Notes", "Who", "What", "When"], ["", "Lynch", "Dune", 1984]]))
    offered = _answer(window, monkeypatch, {})
    with qtbot.waitSignal(window.files.path_changed, timeout=LOAD_TIMEOUT_MS):
        window.files.open_path(other)
    assert offered == [chosen]
    assert list(window.model.timeline.events.titles) == ["Lynch"]

    # A reload reads the file through the same columns, without asking again.
    offered = _answer(window, monkeypatch, None)
    other.write_bytes(xlsx([["Notes", "Who", "What", "When"], ["", "Villeneuve", "Dune", 2021]]))
    with qtbot.waitSignal(window.model.timeline_changed, timeout=LOAD_TIMEOUT_MS):
        window.files.reload()
    assert (offered, list(window.model.timeline.events.titles)) == ([], ["Villeneuve"])


def test_cancelling_the_columns_leaves_the_timeline_as_it_was(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = tmp_path / "films.xlsx"
    sheet.write_bytes(xlsx(ROWS))
    offered = _answer(window, monkeypatch, None)
    window.files.open_path(sheet)
    assert len(offered) == 1
    assert not window.files.loading
    assert window.files.path == tmp_path / "events.json"


def test_our_csv_and_a_preceden_sheet_with_every_column_known_open_with_or_without_asking(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered = _answer(window, monkeypatch, {})
    ours = tmp_path / "ours.csv"
    ours.write_text("id,title,date,status\na,A,2024,confirmed\n")
    with qtbot.waitSignal(window.files.path_changed, timeout=LOAD_TIMEOUT_MS):
        window.files.open_path(ours)
    assert offered == []  # our own columns: nothing to ask
    preceden = tmp_path / "preceden.xlsx"
    preceden.write_bytes(xlsx(PRECEDEN_ROWS))
    with qtbot.waitSignal(window.files.path_changed, timeout=LOAD_TIMEOUT_MS):
        window.files.open_path(preceden)
    assert offered == [guess_mapping(PRECEDEN)]
    assert len(window.model.timeline.events) == len(PRECEDEN_ROWS) - 1
