"""Unexpected errors anywhere in the app: a dialog (report_dialog.py), a log file, hard crashes logged.

Any exception that reaches the top of the GUI thread (a slot, an event handler) or of any
other thread is written to ``timeline-app.log`` in the user's data folder and shown in a
dialog whose details can be copied; the window keeps working. Warnings the app logs (a load
that failed in an unforeseen way) go to the same file. A hard crash (a segmentation fault,
an abort) cannot be shown, but ``faulthandler`` writes its Python stack to ``crash.log``.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from timeline_app.app.settings import APPLICATION

if TYPE_CHECKING:
    from timeline_app.app.report_dialog import ReportDialog

LOG_NAME = "timeline-app.log"
CRASH_LOG_NAME = "crash.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 2
_LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_folder() -> Path:
    """Where the app writes its log: the user's data folder (e.g. ~/.local/share/timeline-app)."""
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(data or Path.home()) / APPLICATION


def format_report(
    error_type: type[BaseException], error: BaseException, trace: TracebackType | None, where: str
) -> str:
    """The text of one report: when, where, and the traceback."""
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    lines = traceback.format_exception(error_type, error, trace)
    return f"{stamp} unexpected error in {where}\n{''.join(lines)}"


class CrashReporter(QObject):
    """Catches what nothing else caught, logs it and shows it; one dialog at a time."""

    reported = Signal(str)  # payload: the report's text; queued to the GUI thread, whoever raised

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.log_path = folder / LOG_NAME
        self.crash_path = folder / CRASH_LOG_NAME
        self.dialog: ReportDialog | None = None
        self._lock = threading.Lock()
        self._handler: logging.Handler | None = None
        self._crash_file: IO[str] | None = None
        self._previous_hooks: tuple[object, object] | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Route uncaught exceptions of every thread here, and log warnings and hard crashes."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = logging.handlers.RotatingFileHandler(
                self.log_path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
            self._crash_file = self.crash_path.open("a", encoding="utf-8")
            faulthandler.enable(file=self._crash_file, all_threads=True)
        except OSError as error:  # no writable data folder: report on stderr instead
            print(f"timeline-app: cannot write the log in {self.folder}: {error}", file=sys.stderr)
            handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(_LOG_FORMAT))
        handler.setLevel(logging.WARNING)
        logging.getLogger("timeline_app").addHandler(handler)
        self._handler = handler
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Put back the hooks found at install and close the log files."""
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks  # type: ignore[assignment]
            self._previous_hooks = None
        if self._handler is not None:
            logging.getLogger("timeline_app").removeHandler(self._handler)
            self._handler.close()
            self._handler = None
        if self._crash_file is not None:
            faulthandler.disable()
            self._crash_file.close()
            self._crash_file = None

    def handle(
        self, error_type: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """sys.excepthook: log the exception and show it (from any thread)."""
        self.report(error_type, error, trace, threading.current_thread().name)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        error = args.exc_value if args.exc_value is not None else args.exc_type()
        where = args.thread.name if args.thread is not None else "a thread"
        self.report(args.exc_type, error, args.exc_traceback, where)

    def report(
        self,
        error_type: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
        where: str,
    ) -> None:
        """Write the report to the log and ask the GUI thread to show it; never raises."""
        try:
            text = format_report(error_type, error, trace, where)
            with self._lock:
                if self._handler is not None:
                    self._handler.handle(
                        logging.LogRecord("timeline_app", logging.ERROR, "", 0, "%s", (text,), None)
                    )
                else:
                    print(text, file=sys.stderr)
            self.reported.emit(text)
        except Exception:  # the reporter must never be the next error
            traceback.print_exc()

    def _show(self, text: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_report(text)
            return
        from timeline_app.app.report_dialog import ReportDialog  # only when something went wrong

        parent = QApplication.activeWindow()
        dialog = ReportDialog(text, self.log_path, parent if isinstance(parent, QWidget) else None)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.show()

    def _forget_dialog(self) -> None:
        self.dialog = None
