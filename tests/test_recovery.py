"""Recovery: unsaved edits are copied aside, survive a kill, and are offered back at the next start."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from timeline_app.app.main_window import MainWindow
from timeline_app.app.recovery import left_behind, offer_recovery, recovery_folder

from .conftest import EVENTS_JSON, show_editable

pytestmark = pytest.mark.usefixtures("isolated_settings")
KILLED_CHILD_TIMEOUT_S = 120


@pytest.fixture
def window(qtbot: QtBot, story_copy: Path) -> MainWindow:
    return show_editable(qtbot, story_copy)


def _copies() -> list[Path]:
    folder = recovery_folder()
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_an_edit_is_copied_aside_and_saving_removes_the_copy(
    window: MainWindow, qtbot: QtBot, story_copy: Path
) -> None:
    window.editor.duplicate_event(0)
    window.recovery.write()
    # The note is written after the data (each through a temporary file): wait for both, whole.
    qtbot.waitUntil(lambda: sorted(path.suffix for path in _copies()) == [".json", ".note"])
    note = json.loads(window.recovery.data.with_suffix(".note").read_text())
    assert note["original"] == str(story_copy)
    assert note["pid"] == os.getpid()
    saved = json.loads(window.recovery.data.read_text())
    assert len(saved["events"]) == len(window.model.timeline.events) == 16
    assert left_behind() == []  # this process is alive: its copy is not a crash's
    window.files.save()
    assert _copies() == []


def test_what_a_killed_app_left_is_offered_and_restored_unsaved(
    qtbot: QtBot, story_copy: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A child app edits the copy, waits for its recovery copy, and is killed.
    script = f"""
import os, signal, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from timeline_app.app import create_main_window
window = create_main_window({str(story_copy)!r})
window.editor.duplicate_event(0)
window.recovery.write()
import time
for _ in range(600):
    if window.recovery.data.with_suffix(".note").exists():
        break
    time.sleep(0.05)
os.kill(os.getpid(), signal.SIGKILL)
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        timeout=KILLED_CHILD_TIMEOUT_S,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    (left,) = left_behind()
    assert left.original == story_copy
    from timeline_app.app import create_main_window

    window = create_main_window(EVENTS_JSON)  # the next start, on any file
    qtbot.addWidget(window, before_close_func=lambda shown: shown.editor.mark_saved())
    asked: list[str] = []

    def restore(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Yes.value)

    monkeypatch.setattr(QMessageBox, "exec", restore)
    assert offer_recovery(window.files, window)
    assert asked and "story.json" in asked[0]
    assert window.path == story_copy
    assert len(window.model.timeline.events) == 16
    assert window.editor.modified
    assert window.windowTitle().startswith("*")
    assert left_behind() == []
    window.files.save()
    assert len(json.loads(story_copy.read_text())["events"]) == 16


def test_discarding_what_a_crash_left_removes_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = recovery_folder()
    folder.mkdir(parents=True, exist_ok=True)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    (folder / "x.json").write_bytes(EVENTS_JSON.read_bytes())
    (folder / "x.note").write_text(json.dumps({"original": None, "pid": int(dead.stdout), "saved": 0}))
    (folder / "junk.note").write_text("{not json")  # not one of ours: left alone
    assert [r.data.name for r in left_behind()] == ["x.json"]
    monkeypatch.setattr(QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Discard.value))
    assert not offer_recovery(window.files, window)
    assert sorted(p.name for p in folder.iterdir()) == ["junk.note"]


def test_a_copy_that_cannot_be_written_is_said_and_unsaid(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from timeline_app.app.main_window import RECOVERY_TROUBLE

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the recovery folder should be", encoding="utf-8")
    keeper = window.recovery
    keeper._folder = blocked  # mkdir fails as on a full or read-only disk
    keeper.data = blocked / keeper.data.name
    window.editor.duplicate_event(0)
    keeper.write()
    qtbot.waitUntil(lambda: window.notice_bar.label.text() == RECOVERY_TROUBLE)
    assert window.notice_bar.isVisible()
    good = tmp_path / "recovery"
    keeper._folder, keeper.data = good, good / keeper.data.name
    window.editor.duplicate_event(0)
    keeper.write()
    qtbot.waitUntil(lambda: not window.notice_bar.isVisible())
    assert keeper.data.exists()
