"""Opening files the way documents open: dialog, recent files, drops, reloads on change, remembered views.

Nothing here ever writes to a timeline file; a file that fails to load leaves the
window showing what it showed before and says what is wrong and where.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from timeline_app.app.messages import plain_message_box
from timeline_app.app.settings import AppSettings
from timeline_app.io.errors import TimelineLoadError
from timeline_app.view.viewport import Viewport
from timeline_app.viewmodel.file_loading import FileLoader, FileWatcher, LoadedTimeline
from timeline_app.viewmodel.view_model import TimelineViewModel


def _open_filters() -> str:
    """'All timelines' first, then one filter per format, then everything."""
    from timeline_app.io.formats import FORMATS  # not needed at start-up

    suffixes = sorted({suffix for fmt in FORMATS.values() for suffix in fmt.suffixes})
    everything = "All timelines (" + " ".join(f"*{suffix}" for suffix in suffixes) + ")"
    return ";;".join([everything, *(fmt.dialog_filter for fmt in FORMATS.values()), "All files (*)"])


# A load that is still running after this long gets a progress dialog with Cancel.
PROGRESS_DELAY_MS = 400
MAX_PROBLEMS_IN_BAR = 3


class FileController(QObject):
    """Which file the window shows, and everything about getting it there."""

    path_changed = Signal(object)  # payload: the Path now shown
    notice = Signal(str, str)  # payload: message for the notice bar (empty hides it), full details

    def __init__(
        self, model: TimelineViewModel, path: Path | None, settings: AppSettings, window: QWidget
    ) -> None:
        super().__init__(window)
        self._model = model
        self._settings = settings
        self._window = window
        self.path = path
        self._reloading = False
        self._loader = FileLoader(self)
        self._loader.loaded.connect(self._on_loaded)
        self._loader.failed.connect(self._on_failed)
        self._loader.cancelled.connect(self._on_cancelled)
        self._progress: QProgressDialog | None = None
        self._watcher = FileWatcher(self)
        self._watcher.changed.connect(self.reload)
        self._watcher.vanished.connect(self._on_vanished)
        self._watcher.watch(path)
        if path is not None:
            self._settings.add_recent_file(str(path))
            self._restore_view(path)

    # -- commands ------------------------------------------------------------

    def open_dialog(self) -> None:
        """File ▸ Open: the platform's dialog, starting next to the current file."""
        start = str(self.path.parent) if self.path else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self._window, "Open Timeline", start, _open_filters())
        if chosen:
            self.open_path(Path(chosen))

    def open_path(self, path: Path) -> None:
        """Load ``path`` in the background; the current timeline stays until it succeeds."""
        self._reloading = False
        self._start(path, f"Opening {path.name}…")

    def reload(self) -> None:
        """Load the current file again, keeping the view and the selection."""
        if self.path is not None:
            self._reloading = True
            self._start(self.path, f"Reloading {self.path.name}…")

    def cancel(self) -> None:
        self._loader.cancel()

    @property
    def loading(self) -> bool:
        return self._loader.busy

    def remember_view(self) -> None:
        """Save the current file's view range and selection for next time."""
        if self.path is None:
            return
        view = self._model.viewport
        selected = self._model.selected
        selected_id = None if selected is None else self._model.timeline.events.ids[selected]
        self._settings.set_file_view(str(self.path), view.t0, view.span, selected_id)

    # -- internals -----------------------------------------------------------

    def _start(self, path: Path, label: str) -> None:
        self._loader.start(path)
        self._model.set_loading(path.name)
        if self._progress is None:
            dialog = QProgressDialog(label, "Cancel", 0, 0, self._window)
            dialog.setWindowTitle("Loading")
            dialog.setMinimumDuration(PROGRESS_DELAY_MS)
            dialog.canceled.connect(self.cancel)
            self._loader.progressed.connect(dialog.setLabelText)
            self._progress = dialog
        self._progress.setLabelText(label)
        self._progress.reset()
        self._progress.setRange(0, 0)  # busy indicator: stages have no meaningful percentages

    def _finish_progress(self) -> None:
        self._model.set_loading(None)
        if self._progress is not None:
            self._progress.reset()

    def _on_loaded(self, path: Path, loaded: LoadedTimeline) -> None:
        self._finish_progress()
        same_file = path == self.path
        if not same_file:
            self.remember_view()
        keep_view = self._model.viewport
        self._model.set_timeline(loaded.timeline, loaded.index, loaded.metrics)
        if same_file:
            self._model.set_viewport(keep_view)  # a reload keeps the view (selection kept by id)
        self.path = path
        self._watcher.watch(path)
        self._settings.add_recent_file(str(path))
        if not same_file:
            self._restore_view(path)
        self.notice.emit("", "")
        self.path_changed.emit(path)

    def _on_failed(self, path: Path, error: TimelineLoadError) -> None:
        self._finish_progress()
        if self._reloading and path == self.path:
            # Live editing: the last good timeline stays and a bar says what is wrong and where.
            shown = "; ".join(str(p) for p in error.problems[:MAX_PROBLEMS_IN_BAR])
            more = error.total - min(error.total, MAX_PROBLEMS_IN_BAR)
            suffix = f" (and {more} more)" if more else ""
            self.notice.emit(
                f"{path.name} has problems; showing the last good version. {shown}{suffix}", error.report()
            )
            return
        if not path.exists():
            self._settings.remove_recent_file(str(path))
        box = plain_message_box(
            QMessageBox.Icon.Warning,
            "Cannot open timeline",
            f"Cannot open {path.name}.",
            "\n".join(str(p) for p in error.problems[:10]) + ("\n…" if error.total > 10 else ""),
            error.report(),
            self._window,
        )
        box.open()

    def _on_cancelled(self, _path: Path) -> None:
        self._finish_progress()

    def _on_vanished(self, path: Path) -> None:
        self.notice.emit(f"{path.name} was deleted or renamed; still showing what was loaded.", str(path))

    def _restore_view(self, path: Path) -> None:
        remembered = self._settings.file_view(str(path))
        if remembered is None:
            self._model.fit_all()
            return
        start, span, selected_id = remembered
        view = self._model.viewport
        if math.isfinite(start) and math.isfinite(span) and span > 0:
            self._model.set_viewport(Viewport(start, span / max(view.width, 1.0), view.width))
        if selected_id is not None:
            index = self._model.timeline.events.index_of(selected_id)
            if index is not None:
                self._model.select(index)
