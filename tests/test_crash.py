"""Unexpected errors in any thread end in a dialog with a copyable report and in the log; hard crashes too."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.app.crash import CrashReporter
from timeline_app.app.main_window import MainWindow

TIMEOUT_MS = 5_000


@pytest.fixture
def reporter(qapp: QApplication, tmp_path: Path) -> Iterator[CrashReporter]:
    reporter = CrashReporter(tmp_path / "logs")
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()


def _raise(message: str) -> None:
    raise RuntimeError(message)


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_report_logs_it_and_the_window_keeps_working(
    reporter: CrashReporter, window: MainWindow, qtbot: QtBot
) -> None:
    QTimer.singleShot(0, lambda: _raise("boom in a slot"))
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=TIMEOUT_MS)
    assert reporter.dialog is not None
    report = reporter.dialog.report.toPlainText()
    assert "RuntimeError: boom in a slot" in report
    assert "Traceback (most recent call last)" in report
    assert "RuntimeError: boom in a slot" in reporter.log_path.read_text(encoding="utf-8")
    before = window.model.viewport
    window.model.zoom_in()
    assert window.model.viewport.seconds_per_px < before.seconds_per_px


@pytest.mark.qt_no_exception_capture
def test_an_error_in_another_thread_is_reported_too(reporter: CrashReporter, qtbot: QtBot) -> None:
    worker = threading.Thread(target=_raise, args=("boom in a worker",), name="worker-7")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=TIMEOUT_MS)
    assert reporter.dialog is not None
    report = reporter.dialog.report.toPlainText()
    assert "unexpected error in worker-7" in report
    assert "RuntimeError: boom in a worker" in report


@pytest.mark.qt_no_exception_capture
def test_errors_while_the_dialog_is_open_join_it_and_the_report_can_be_copied(
    reporter: CrashReporter, qtbot: QtBot
) -> None:
    QTimer.singleShot(0, lambda: _raise("first"))
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=TIMEOUT_MS)
    dialog = reporter.dialog
    assert dialog is not None
    QTimer.singleShot(0, lambda: _raise("second"))
    qtbot.waitUntil(lambda: "RuntimeError: second" in dialog.report.toPlainText(), timeout=TIMEOUT_MS)
    assert reporter.dialog is dialog  # one dialog, not two
    assert dialog.where.text().startswith("2 errors. The report is also in ")
    dialog.copy_button.click()
    clipboard = QApplication.clipboard()
    assert clipboard is not None
    copied = clipboard.text()
    assert "RuntimeError: first" in copied and "RuntimeError: second" in copied
    assert dialog.isVisible()  # copying does not close it


def test_uninstall_puts_back_the_hooks_it_found(qapp: QApplication, tmp_path: Path) -> None:
    before = sys.excepthook, threading.excepthook
    reporter = CrashReporter(tmp_path)
    reporter.install()
    assert sys.excepthook == reporter.handle
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_warnings_the_app_logs_go_to_the_log_file(reporter: CrashReporter) -> None:
    logging.getLogger("timeline_app.io.load_process").warning("a load went wrong")
    assert "WARNING timeline_app.io.load_process: a load went wrong" in reporter.log_path.read_text(
        encoding="utf-8"
    )


def test_a_hard_crash_leaves_its_stack_in_the_crash_log(tmp_path: Path) -> None:
    code = (
        "import faulthandler, pathlib, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from timeline_app.app.crash import CrashReporter\n"
        "app = QApplication(sys.argv[:1])\n"
        f"CrashReporter(pathlib.Path({str(tmp_path)!r})).install()\n"
        "faulthandler._sigsegv()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode != 0
    log = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in log
