"""Shared test setup: Qt runs offscreen unless a display is asked for, with isolated settings."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from timeline_app.app.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Mutation testing (docs/mutation.md) runs the tests once per mutant: with this profile every
# run draws the same examples and no failure found for one mutant is replayed for the next.
settings.register_profile("mutation", derandomize=True, database=None)

REPO_ROOT = Path(__file__).resolve().parent.parent
EVENTS_JSON = REPO_ROOT / "events.json"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Desktop files and settings go to a throwaway home, never the developer's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the suite: fail the test instead. Tests that
    expect a question patch ``exec`` themselves (after this fixture has run)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return  # a pure test: no dialog can open
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(dialog: QDialog) -> int:
        text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
        raise AssertionError(f"a modal dialog would block the test: {text!r}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture
def isolated_settings(tmp_path: Path) -> Path:
    """QSettings of this test live in a fresh folder (Qt caches the path per process otherwise)."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    return tmp_path


def show_window(qtbot: QtBot, path: Path = EVENTS_JSON, width: int = 1400, height: int = 860) -> MainWindow:
    """A main window on ``path``, shown, exposed and painted once."""
    from timeline_app.app import create_main_window  # Qt only for the tests that ask for a window

    return show(qtbot, create_main_window(path), width, height)


def show(qtbot: QtBot, window: MainWindow, width: int = 1400, height: int = 860) -> MainWindow:
    """``window``, owned by the test, sized, shown, exposed and painted once."""
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.canvas.repaint()
    return window


def click_canvas(window: MainWindow, x: float, y: float) -> None:
    """A left click (press and release, no movement) at (x, y) on the window's timeline."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    point = QPointF(x, y)
    for kind, buttons in (
        (QMouseEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
        (QMouseEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind, point, point, Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(window.canvas, event)


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path) -> MainWindow:
    """The main window on the bundled events.json, 1400 x 860."""
    return show_window(qtbot)


@pytest.fixture
def story_copy(tmp_path: Path) -> Path:
    """A copy of events.json a test may edit and save over."""
    import shutil

    target = tmp_path / "story.json"
    shutil.copyfile(EVENTS_JSON, target)
    return target


def show_editable(qtbot: QtBot, path: Path, width: int = 1400, height: int = 860) -> MainWindow:
    """A main window on ``path``, shown; whatever the test leaves unsaved, closing it does not ask."""
    from timeline_app.app import create_main_window

    window = create_main_window(path)
    qtbot.addWidget(window, before_close_func=lambda shown: shown.editor.mark_saved())
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.canvas.repaint()
    return window
