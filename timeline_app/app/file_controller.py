"""Files the way documents work: open (dialog, recent files, drops), reload on change, save, save as,
a new timeline, remembered views, and the question before unsaved edits would be lost.

A file is written only when the user saves, whole or not at all; a file that fails to load
leaves the window showing what it showed before and says what is wrong and where.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from timeline_app.app.messages import plain_message_box, problem_list
from timeline_app.app.settings import AppSettings
from timeline_app.core.i18n import fill, in_a_row, whole_number
from timeline_app.core.timeline import Timeline, empty_timeline
from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.writing import WriteError
from timeline_app.view.viewport import Viewport
from timeline_app.viewmodel.editor import TimelineEditor
from timeline_app.viewmodel.file_loading import FileLoader, FileWatcher, LoadedTimeline
from timeline_app.viewmodel.view_model import TimelineViewModel

if TYPE_CHECKING:  # the formats are imported at the first file, not at start-up
    from timeline_app.io.formats import Format
    from timeline_app.io.formats.column_mapping import ColumnMapping


translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")


def _open_filters() -> str:
    """'All timelines' first, then one filter per format, then everything."""
    from timeline_app.io.formats import FORMATS  # not needed at start-up

    suffixes = sorted({suffix for fmt in FORMATS.values() for suffix in fmt.suffixes})
    everything = fill(translate("Files", "All timelines (%1)"), " ".join(f"*{suffix}" for suffix in suffixes))
    every_file = translate("Files", "All files (*)")
    return ";;".join([everything, *(format_filter(fmt) for fmt in FORMATS.values()), every_file])


def format_filter(fmt: Format) -> str:
    """A format's file dialog filter in the user's language: "CSV-Tabelle (*.csv *.tsv)"."""
    return fmt.filter_named(QCoreApplication.translate("Formats", fmt.label))


# A load that is still running after this long gets a progress dialog with Cancel.
PROGRESS_DELAY_MS = 400
MAX_PROBLEMS_IN_BAR = 3
NEW_FILE_NAME = "Untitled.json"
SAVE_STATUS_MS = 5000


class FileController(QObject):
    """Which file the window shows, and everything about getting it there."""

    path_changed = Signal(object)  # payload: the Path now shown
    # payload: message for the notice bar (empty hides it), full details, its buttons (text, action)
    notice = Signal(str, str, object)
    status = Signal(str)  # payload: a passing message for the status bar
    article_drafted = Signal(object, int)  # payload: the article's Path, the events drafted from it
    article_failed = Signal(object, object)  # payload: the article's Path, TimelineLoadError

    def __init__(
        self, model: TimelineViewModel, path: Path | None, settings: AppSettings, window: QWidget
    ) -> None:
        super().__init__(window)
        self._model = model
        self.editor = TimelineEditor(model, self)
        self._settings = settings
        self._window = window
        self.path = path
        self._mapping: ColumnMapping | None = None  # the columns the shown file was read through
        self._pending_mapping: ColumnMapping | None = None  # those of the file being loaded
        self._reloading = False
        self._drafting = False  # what is being read is an article, drafted (not a timeline file)
        self._loader = FileLoader(self)
        self._loader.loaded.connect(self._on_loaded)
        self._loader.failed.connect(self._on_failed)
        self._loader.cancelled.connect(self._on_cancelled)
        self._progress: QProgressDialog | None = None
        self._watcher = FileWatcher(self)
        self._watcher.changed.connect(self._on_changed_on_disk)
        self._watcher.vanished.connect(self._on_vanished)
        self._watcher.watch(path)
        if path is not None:
            self._settings.add_recent_file(str(path))
            self._restore_view(path)

    # -- commands ------------------------------------------------------------

    def open_dialog(self) -> None:
        """File ▸ Open: the platform's dialog, starting next to the current file."""
        if not self.may_discard():
            return
        start = str(self.path.parent) if self.path else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self._window, translate("Files", "Open Timeline"), start, _open_filters()
        )
        if chosen:
            self.open_path(Path(chosen), asked=True)

    def open_path(self, path: Path, *, asked: bool = False) -> None:
        """Load ``path`` in the background; the current timeline stays until it succeeds.

        Unsaved edits are first saved or discarded as the user says (unless ``asked`` already);
        a spreadsheet or CSV with foreign columns then asks which column holds which field.
        """
        if not asked and not self.may_discard():
            return
        proceed, mapping = self.ask_mapping(path)
        if not proceed:
            return  # the user cancelled the choice of columns
        self._reloading = False
        self._pending_mapping = mapping
        self._start(
            path,
            fill(translate("Files", "Opening %1…"), path.name),
            lambda: self._loader.start(path, mapping),
        )

    def draft_article(self, path: Path, published: str | None = None) -> None:
        """Draft a timeline from the article in ``path`` in the background, with the progress and
        Cancel of a load; it is shown as unsaved changes (``article_drafted``), or the failure is
        told (``article_failed``; PublicationDateMissingError when it needs ``published``)."""
        self._reloading = False
        label = fill(translate("Articles", "Drafting a timeline from %1…"), path.name)
        self._start(path, label, lambda: self._loader.start_draft(path, published), drafting=True)

    def reload(self) -> None:
        """File ▸ Reload: load the current file again (through the same columns), keeping the
        view and the selection; unsaved edits are lost only if the user says so."""
        if self.path is not None and self.may_discard(reloading=True):
            self._reload()

    def _reload(self) -> None:
        if self.path is not None:
            self._reloading = True
            path, mapping = self.path, self._mapping
            self._pending_mapping = mapping
            label = fill(translate("Files", "Reloading %1…"), path.name)
            self._start(path, label, lambda: self._loader.start(path, mapping))

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

    def new_timeline(self) -> None:
        """File ▸ New: an empty, untitled timeline (saved only when the user saves it)."""
        if not self.may_discard():
            return
        self.remember_view()
        self._show_new(empty_timeline(), None)

    def restore(self, data: Path, original: Path | None) -> bool:
        """Show the recovery copy ``data`` as unsaved edits of ``original`` (None: untitled);
        False, and a message, if it cannot be read."""
        from timeline_app.io.load_process import load_file

        self._loader.cancel()  # a start-up load of another file must not replace it
        try:
            timeline = load_file(data)
        except TimelineLoadError as error:
            text = problem_list(error)
            plain_message_box(
                QMessageBox.Icon.Warning,
                translate("Files", "Cannot restore"),
                translate("Files", "The recovery copy cannot be read."),
                text,
                parent=self._window,
            ).exec()
            return False
        self.show_unsaved(timeline, original)
        return True

    def show_unsaved(self, timeline: Timeline, path: Path | None = None) -> None:
        """Show ``timeline`` as unsaved changes of ``path`` (None: untitled): a recovered copy,
        a draft made from an article. Closing asks to save it."""
        self._loader.cancel()  # a start-up load of another file must not replace it
        self._finish_progress()
        self._show_new(timeline, path)
        self.editor.stack.resetClean()  # unsaved until saved: no step to undo back to a file

    def _show_new(self, timeline: Timeline, path: Path | None, loaded: LoadedTimeline | None = None) -> None:
        """Show ``timeline`` as ``path``'s (with the index and charts made off the GUI thread, if any)."""
        self._mapping = None  # not read through chosen columns: a reload guesses them
        if loaded is None:
            self._model.set_timeline(timeline)
        else:
            self._model.set_timeline(timeline, loaded.index, loaded.metrics)
        self._model.fit_all()
        self.path = path
        self._watcher.watch(path)
        self.notice.emit("", "", ())
        self.path_changed.emit(path)

    # -- saving --------------------------------------------------------------

    def may_discard(self, *, reloading: bool = False) -> bool:
        """True when nothing unsaved would be lost: no edits, or the user saved or discarded them."""
        if not self.editor.modified:
            return True
        name = self.path.name if self.path else translate("Files", "This timeline")
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Files", "Unsaved changes"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(fill(translate("Files", "%1 has changes that are not saved."), name))
        box.setInformativeText(
            translate("Files", "Reloading shows the file as it is on disk.")
            if reloading
            else translate("Files", "Save them before going on?")
        )
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)
        answer = box.exec()
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def save(self) -> bool:
        """File ▸ Save: write the timeline over its own file when that is our JSON; otherwise
        ask where (Save As). True when it was written."""
        from timeline_app.io.formats import NATIVE, saves_in_place

        path = self.path
        if path is None or not saves_in_place(path):
            return self.save_as()
        return self._write(path, NATIVE)

    def save_as(self) -> bool:
        """File ▸ Save As: any format the app writes. Our JSON becomes the window's file; other
        formats get a copy (they may not hold everything) and the edits stay unsaved."""
        from timeline_app.io.formats import NATIVE, export_formats

        formats = export_formats()
        filters = ";;".join(format_filter(fmt) for fmt in formats)
        start = self.path.with_suffix(".json") if self.path else Path.home() / NEW_FILE_NAME
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._window, translate("Files", "Save Timeline As"), str(start), filters
        )
        if not chosen:
            return False
        fmt = next((f for f in formats if format_filter(f) == chosen_filter), None)
        name = NATIVE if fmt is None else fmt.name
        target = Path(chosen)
        if fmt is not None and target.suffix.lower() not in fmt.suffixes:
            target = target.with_name(target.name + fmt.suffixes[0])
        return self._write(target, name)

    def _write(self, target: Path, format_name: str) -> bool:
        from timeline_app.io.formats import FORMATS, NATIVE, export_any

        try:
            skipped = export_any(self._model.timeline, target, format_name)
        except (ValueError, WriteError) as error:
            text = fill(translate("Files", "The timeline was not saved; the edits are kept. %1"), error)
            title = translate("Files", "Save failed")
            plain_message_box(QMessageBox.Icon.Warning, title, text, parent=self._window).exec()
            return False
        if format_name != NATIVE:
            text = fill(
                translate("Files", "Saved a copy as %1: %2"),
                translate("Formats", FORMATS[format_name].label),
                target,
            )
            if skipped:
                left_out = translate("Files", "%1 events this format cannot hold were left out")
                text += "; " + fill(left_out, whole_number(len(skipped)))
            self.status.emit(text)
            return True
        self.editor.mark_saved()
        self.path = target
        self._watcher.watch(target)  # what we wrote is not a change on disk to reload
        self._settings.add_recent_file(str(target))
        self.path_changed.emit(target)
        self.status.emit(fill(translate("Files", "Saved %1"), target))
        return True

    def _on_changed_on_disk(self, path: Path) -> None:
        if not self.editor.modified:
            self._reload()
            return
        actions = [
            (translate("Files", "Reload and discard my changes"), self._reload),
            (translate("Files", "Keep my changes"), lambda: None),
        ]
        text = translate("Files", "%1 changed on disk; your unsaved changes are still shown.")
        self.notice.emit(fill(text, path.name), str(path), actions)

    def cancel(self) -> None:
        self._loader.cancel()

    def shutdown(self) -> None:
        """The window is closing: stop a load or a draft under way and wait for it."""
        self._loader.shutdown()
        self._finish_progress()

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

    def _start(self, path: Path, label: str, begin: Callable[[], None], *, drafting: bool = False) -> None:
        """``begin`` the loader's work on ``path``, with the progress dialog saying ``label``."""
        self._drafting = drafting
        begin()
        self._model.set_loading(label)
        if self._progress is None:
            dialog = QProgressDialog(label, translate("Files", "Cancel"), 0, 0, self._window)
            dialog.setWindowTitle(translate("Files", "Loading"))
            dialog.setMinimumDuration(PROGRESS_DELAY_MS)
            dialog.canceled.connect(self.cancel)
            self._loader.progressed.connect(dialog.setLabelText)  # (translated by the loader)
            self._progress = dialog
        self._progress.setLabelText(label)
        self._progress.reset()
        self._progress.setRange(0, 0)  # busy indicator: stages have no meaningful percentages
        # Starts the timer that shows the dialog once the work has taken PROGRESS_DELAY_MS:
        # reset() stopped it, and without a value the dialog never showed (nor its Cancel).
        self._progress.setValue(0)

    def _finish_progress(self) -> None:
        self._model.set_loading(None)
        if self._progress is not None:
            self._progress.reset()

    def _on_loaded(self, path: Path, loaded: LoadedTimeline) -> None:
        self._finish_progress()
        if loaded.from_article:  # untitled and unsaved, beside its article (the review panel)
            self._show_new(loaded.timeline, None, loaded)
            self.editor.stack.resetClean()
            self.article_drafted.emit(path, len(loaded.timeline.events))
            return
        same_file = path == self.path
        if not same_file:
            self.remember_view()
        keep_view = self._model.viewport
        self._model.set_timeline(loaded.timeline, loaded.index, loaded.metrics)
        if same_file:
            self._model.set_viewport(keep_view)  # a reload keeps the view (selection kept by id)
        self.path = path
        self._mapping = self._pending_mapping
        self._watcher.watch(path)
        self._settings.add_recent_file(str(path))
        if not same_file:
            self._restore_view(path)
        self.notice.emit("", "", ())
        self.path_changed.emit(path)

    def _on_failed(self, path: Path, error: TimelineLoadError) -> None:
        self._finish_progress()
        if self._drafting:
            self.article_failed.emit(path, error)
            return
        if self._reloading and path == self.path:
            # Live editing: the last good timeline stays and a bar says what is wrong and where.
            shown = in_a_row([p.translated() for p in error.problems[:MAX_PROBLEMS_IN_BAR]])
            more = error.total - min(error.total, MAX_PROBLEMS_IN_BAR)
            suffix = " " + fill(translate("Files", "(and %1 more)"), whole_number(more)) if more else ""
            text = translate("Files", "%1 has problems; showing the last good version. %2")
            self.notice.emit(fill(text, path.name, shown) + suffix, error.report(translated=True), ())
            return
        if not path.exists():
            self._settings.remove_recent_file(str(path))
        box = plain_message_box(
            QMessageBox.Icon.Warning,
            translate("Files", "Cannot open timeline"),
            fill(translate("Files", "Cannot open %1."), path.name),
            problem_list(error),
            error.report(translated=True),
            self._window,
        )
        box.open()

    def _on_cancelled(self, _path: Path) -> None:
        self._finish_progress()

    def _on_vanished(self, path: Path) -> None:
        text = translate("Files", "%1 was deleted or renamed; still showing what was loaded.")
        self.notice.emit(fill(text, path.name), str(path), ())

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
