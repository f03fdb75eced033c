"""Opening files the way documents open: dialog, recent files, drops, reloads on change, remembered views.

Nothing here ever writes to a timeline file; a file that fails to load leaves the
window showing what it showed before and says what is wrong and where.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from timeline_app.app.messages import plain_message_box
from timeline_app.app.settings import AppSettings
from timeline_app.io.errors import TimelineLoadError
from timeline_app.view.viewport import Viewport
from timeline_app.viewmodel.file_loading import FileLoader, FileWatcher, LoadedTimeline
from timeline_app.viewmodel.view_model import TimelineViewModel

if TYPE_CHECKING:  # the formats are imported at the first file, not at start-up
    from timeline_app.io.formats.column_mapping import ColumnMapping


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
        self._mapping: ColumnMapping | None = None  # the columns the shown file was read through
        self._pending_mapping: ColumnMapping | None = None  # those of the file being loaded
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
        """Load ``path`` in the background; the current timeline stays until it succeeds.

        A spreadsheet or CSV with foreign columns first asks which column holds which field.
        """
        proceed, mapping = self.ask_mapping(path)
        if not proceed:
            return  # the user cancelled the choice of columns
        self._reloading = False
        self._start(path, f"Opening {path.name}…", mapping)

    def reload(self) -> None:
        """Load the current file again (through the same columns), keeping the view and the selection."""
        if self.path is not None:
            self._reloading = True
            self._start(self.path, f"Reloading {self.path.name}…", self._mapping)

    def ask_mapping(self, path: Path) -> tuple[bool, ColumnMapping | None]:
        """Whether to go on loading ``path`` (not if the user cancelled), and the columns to read
        it through as the user confirmed them (None for a file that needs no mapping). The
        choice is remembered per header set."""
        from timeline_app.io.files import read_head
        from timeline_app.io.formats import TABULAR, detect_format

        try:
            head, _ = read_head(path)
        except (OSError, TimelineLoadError):
            return True, None  # the load says what is wrong with the file
        if detect_format(path, head) not in TABULAR:
            return True, None  # (and the readers of spreadsheets are not imported for nothing)
        from timeline_app.io.formats.column_mapping import MappingError, guess_mapping, header_key
        from timeline_app.io.formats.spreadsheets import cell_text, sheet_to_map
        from timeline_app.widgets.column_mapping_dialog import ColumnMappingDialog

        sheet = sheet_to_map(path)
        if sheet is None:
            return True, None
        key = header_key(sheet.header)
        mapping = self._settings.column_mapping(key)
        try:
            if mapping is not None:
                mapping.check(sheet.header)
        except MappingError:
            mapping = None  # the headers match, but not the ones it names (renamed by case)
        samples = [[cell_text(cell) for cell in row] for _, row in sheet.rows]
        dialog = ColumnMappingDialog(
            path.name, sheet.header, samples, mapping or guess_mapping(sheet.header), self._window
        )
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False, None
        chosen = dialog.mapping()
        self._settings.set_column_mapping(key, chosen)
        return True, chosen

    def run_dialog(self, dialog: QDialog) -> int:
        """Show a modal dialog and return its result (tests answer it instead)."""
        return dialog.exec()

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

    def _start(self, path: Path, label: str, mapping: ColumnMapping | None = None) -> None:
        self._pending_mapping = mapping
        self._loader.start(path, mapping)
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
        self._model.set_timeline(loaded.timeline, loaded.index)
        if same_file:
            self._model.set_viewport(keep_view)  # a reload keeps the view (selection kept by id)
        self.path = path
        self._mapping = self._pending_mapping
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
