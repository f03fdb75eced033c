"""Unsaved edits copied aside a few seconds after each change, and offered back after a crash.

Each window keeps one recovery copy (our JSON, written atomically) plus a small note of the
file it belongs to and the process that wrote it, in the user's data folder. Saving or
discarding the edits removes the copy; a copy whose process is gone is what a crash or a kill
left, and the next start offers to restore it.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from timeline_app.app.crash import log_folder
from timeline_app.app.file_controller import FileController
from timeline_app.core.i18n import fill
from timeline_app.io.writing import WriteError, write_file

translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")

RECOVERY_DELAY_MS = 3000  # after the last change: typing does not write a copy per key
FOLDER_NAME = "recovery"
DATA_SUFFIX = ".json"
NOTE_SUFFIX = ".note"


def recovery_folder() -> Path:
    """Where recovery copies live: the data folder's recovery/ (e.g. ~/.local/share/timeline-app)."""
    return log_folder() / FOLDER_NAME


@dataclass(frozen=True, slots=True)
class Recovery:
    """A recovery copy on disk: the timeline, the file it was of (None: never saved), when."""

    data: Path
    original: Path | None
    saved: float
    pid: int

    @property
    def note(self) -> Path:
        return self.data.with_suffix(NOTE_SUFFIX)

    def describe(self) -> str:
        name = self.original.name if self.original else translate("Recovery", "an untitled timeline")
        changed = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved))
        return fill(translate("Recovery", "%1, changed %2"), name, changed)

    def remove(self) -> None:
        for path in (self.data, self.note):
            with contextlib.suppress(OSError):
                path.unlink()


def left_behind(folder: Path | None = None) -> list[Recovery]:
    """The copies no running process keeps: what a crash or a kill left, newest first."""
    found = []
    for note in (folder or recovery_folder()).glob(f"*{NOTE_SUFFIX}"):
        try:
            meta = json.loads(note.read_text(encoding="utf-8"))
            original = meta.get("original")
            recovery = Recovery(
                note.with_suffix(DATA_SUFFIX),
                Path(original) if isinstance(original, str) else None,
                float(meta["saved"]),
                int(meta["pid"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not a note this app wrote whole: leave it alone
        if recovery.data.is_file() and not _alive(recovery.pid):
            found.append(recovery)
    return sorted(found, key=lambda recovery: recovery.saved, reverse=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: not ours to take over
    return True


class RecoveryKeeper(QObject):
    """Keeps one window's recovery copy up to date while it has unsaved edits."""

    # payload: why the copy cannot be written ("" once it can again); sent from the writing thread
    trouble = Signal(str)

    def __init__(self, files: FileController, folder: Path | None = None) -> None:
        super().__init__(files)
        self._files = files
        self._folder = folder or recovery_folder()
        stem = f"{os.getpid()}-{id(self):x}"
        self.data = self._folder / f"{stem}{DATA_SUFFIX}"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOVERY_DELAY_MS)
        self._timer.timeout.connect(self.write)
        self._lock = threading.Lock()  # one copy written at a time
        self._failing = False  # said once per run of failures, not at every change
        files.editor.stack.indexChanged.connect(lambda _index: self._timer.start())
        files.editor.modified_changed.connect(self._modified_changed)

    def _modified_changed(self, modified: bool) -> None:
        if not modified:
            self._timer.stop()
            self.discard()

    def write(self) -> None:
        """Copy the timeline aside now (in a thread: a million events take a while to write)."""
        if not self._files.editor.modified:
            return
        timeline, original = self._files.editor.model.timeline, self._files.path
        note = {
            "original": None if original is None else str(original),
            "pid": os.getpid(),
            "saved": time.time(),
        }
        threading.Thread(target=self._write, args=(timeline, note), name="recovery", daemon=True).start()

    def _write(self, timeline: object, note: dict[str, object]) -> None:
        from timeline_app.core.timeline import Timeline
        from timeline_app.io.formats.native import native_bytes

        assert isinstance(timeline, Timeline)
        with self._lock:
            try:
                self._folder.mkdir(parents=True, exist_ok=True)
                write_file(self.data, native_bytes(timeline))
                write_file(self.data.with_suffix(NOTE_SUFFIX), json.dumps(note).encode())
            except (OSError, WriteError) as error:
                # A full disk must not break editing (the next change tries again), but the
                # user must know that a crash now would lose the edits.
                if not self._failing:
                    self._failing = True
                    self.trouble.emit(str(error))
                return
            if self._failing:
                self._failing = False
                self.trouble.emit("")

    def discard(self) -> None:
        """The edits were saved or thrown away: no copy to keep."""
        with self._lock:
            Recovery(self.data, None, 0.0, 0).remove()


def offer_recovery(files: FileController, window: QWidget, folder: Path | None = None) -> bool:
    """Ask whether to restore what a crash left (the newest copy); True if it was restored."""
    found = left_behind(folder)
    if not found:
        return False
    recovery = found[0]
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Recovery", "Restore unsaved changes"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    kept = translate("Recovery", "Unsaved changes were kept when the app last stopped: %1.")
    box.setText(fill(kept, recovery.describe()))
    box.setInformativeText(translate("Recovery", "Restore them? (They stay unsaved until you save.)"))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Yes | buttons.Discard | buttons.Cancel)
    box.button(buttons.Yes).setText(translate("Recovery", "Restore"))
    box.button(buttons.Cancel).setText(translate("Recovery", "Later"))
    box.setDefaultButton(buttons.Yes)
    answer = box.exec()
    if answer == buttons.Discard:
        recovery.remove()
        return False
    if answer != buttons.Yes:
        return False
    restored = files.restore(recovery.data, recovery.original)
    if restored:
        recovery.remove()
    return restored
