"""Load timeline files on a worker thread, with progress and cancel, and watch the open file for changes."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QThread, QTimer, Signal, Slot

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase, translated
from timeline_app.core.index import TimelineIndex
from timeline_app.core.metrics import MetricSeries, metric_series
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import LoadCancelled, Progress, TimelineLoadError, unexpected_error
from timeline_app.io.load_process import load_file
from timeline_app.io.loader import garbage_collection_paused

if TYPE_CHECKING:  # the formats are imported at the first file, not at start-up
    from timeline_app.io.formats.column_mapping import ColumnMapping

# Editors save in several steps (truncate, write, rename): wait for them to finish.
RELOAD_DELAY_MS = 250
# Once a timeline with this many events is loaded, every object then alive is frozen out of the
# garbage collector: a full collection walks every tracked object, ~2.5 µs per event with rich
# fields (a quarter-second freeze at 100,000 such events). Timelines hold no reference cycles,
# so they are still freed (by reference counting) when replaced; the price is that a cycle
# among the other objects frozen then, should it become garbage later, is never collected.
FREEZE_MIN_EVENTS = 20_000
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LoadedTimeline:
    """A timeline with its index and its chart series, all made off the GUI thread."""

    timeline: Timeline
    index: TimelineIndex
    # Gathering them walks every event's rich fields: 0.1-0.2 s at a million events.
    metrics: tuple[MetricSeries, ...] | None = None
    from_article: bool = False  # drafted from an article (shown unsaved, beside its text), not a file


# What a worker runs: one way of making a timeline (a file's load, an article's draft), told
# each stage through the Progress it is given, which may cancel it.
Reader = Callable[[Progress], Timeline]


class _LoadWorker(QObject):
    """Runs one load on the worker thread and reports back through signals."""

    progressed = Signal(str)  # payload: what the loader is doing now, in the window's language
    finished = Signal(object)  # payload: Timeline, TimelineLoadError or LoadCancelled

    def __init__(self, path: Path, cancel: threading.Event, read: Reader, from_article: bool) -> None:
        super().__init__()
        self._path = path
        self._cancel = cancel
        self._read = read
        self._from_article = from_article

    @Slot()
    def run(self) -> None:
        def report(stage: str | Phrase) -> None:
            if self._cancel.is_set():
                raise LoadCancelled(str(stage))
            # Stages are marked in context "Progress"; said here in the window's language.
            self.progressed.emit(
                stage.translated() if isinstance(stage, Phrase) else translated("Progress", stage)
            )

        result: object
        try:
            # The collector stays off until the timeline is frozen out of its reach: its first
            # pass after the load would walk every new object with the interpreter held (0.9 s of
            # frozen window for a million slides' rich text).
            with garbage_collection_paused():
                timeline = self._read(report)
                report(QT_TRANSLATE_NOOP("Progress", "Sorting events"))
                # Sorting a million events takes a while: do it here, not on the GUI thread.
                index = TimelineIndex.build(timeline.events)
                metrics = tuple(metric_series(timeline))
                result = LoadedTimeline(timeline, index, metrics, from_article=self._from_article)
                if len(timeline.events) >= FREEZE_MIN_EVENTS:
                    gc.freeze()  # O(1); the timeline is still freed by reference counting when replaced
        except (TimelineLoadError, LoadCancelled) as error:
            result = error
        except Exception as error:  # a load always ends with a signal, never a hang
            _log.exception("loading %s failed", self._path)
            result = unexpected_error(str(self._path), error)
        self.finished.emit(result)


class FileLoader(QObject):
    """Loads one file at a time off the GUI thread; a new load cancels the one running."""

    progressed = Signal(str)  # payload: stage description
    loaded = Signal(object, object)  # payload: path, LoadedTimeline
    failed = Signal(object, object)  # payload: path, TimelineLoadError
    cancelled = Signal(object)  # payload: path

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _LoadWorker | None = None
        self._cancel = threading.Event()
        self._path: Path | None = None
        app = QCoreApplication.instance()
        if app is not None:  # (a window closed first has already stopped it: then this is nothing)
            app.aboutToQuit.connect(self.shutdown)

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, path: Path, mapping: ColumnMapping | None = None) -> None:
        """Begin loading ``path`` (a spreadsheet or CSV through ``mapping``, guessed if None);
        the result arrives as ``loaded``, ``failed`` or ``cancelled``."""

        def read(progress: Progress) -> Timeline:
            return load_file(path, progress=progress, mapping=mapping)

        self._launch(path, read, from_article=False)

    def start_draft(self, path: Path, published: str | None = None) -> None:
        """Begin drafting a timeline from the article in ``path`` (``published``: its date, when
        it does not say); the result arrives as a load's does, ``from_article`` in ``loaded``.
        An article that does not say when it was published fails with PublicationDateMissingError."""
        from timeline_app.article import draft_timeline  # (its libraries load at the first article)

        def read(progress: Progress) -> Timeline:
            return draft_timeline(path, published, progress=progress)

        self._launch(path, read, from_article=True)

    def _launch(self, path: Path, read: Reader, *, from_article: bool) -> None:
        self.cancel()
        self._wait()
        self._cancel = threading.Event()
        self._path = path
        thread = QThread()
        worker = _LoadWorker(path, self._cancel, read, from_article)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self.progressed)
        worker.finished.connect(self._on_finished)
        self._thread, self._worker = thread, worker
        thread.start()

    def cancel(self) -> None:
        """Ask the running load to stop at its next step (the previous timeline stays)."""
        self._cancel.set()

    def shutdown(self) -> None:
        """Stop the running load, if any, and wait for its thread to end: before its window
        goes, or the app. A QThread destroyed while it runs aborts the process (closing the
        window during a load did)."""
        self.cancel()
        self._wait()

    def _wait(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = self._worker = None

    def _on_finished(self, result: object) -> None:
        path = self._path
        self._wait()
        if isinstance(result, LoadCancelled):
            self.cancelled.emit(path)
        elif isinstance(result, TimelineLoadError):
            self.failed.emit(path, result)
        else:
            self.loaded.emit(path, result)


class FileWatcher(QObject):
    """Tells when the open file changed on disk (settled), went away, or came back.

    The file's folder is watched too: a file that is deleted and written again (some editors
    save that way; people restore a file from elsewhere) is no longer watched by its old
    name, and only the folder's change says it is back.
    """

    changed = Signal(object)  # payload: path, after it stopped changing (also when it came back)
    vanished = Signal(object)  # payload: path that was deleted or renamed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_change)
        self._watcher.directoryChanged.connect(self._on_change)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self._settled)
        self._path: Path | None = None
        self._seen: tuple[int, int, int] | None = None  # the file as last seen; None: missing

    def watch(self, path: Path | None) -> None:
        """Watch ``path`` instead of the current file (None stops watching)."""
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._path = path
        self._seen = None if path is None else _signature(path)
        if path is None:
            return
        if path.parent.is_dir():
            self._watcher.addPath(str(path.parent))
        if self._seen is not None:
            self._watcher.addPath(str(path))

    def _on_change(self, _name: str) -> None:
        self._timer.start()

    def _settled(self) -> None:
        path = self._path
        if path is None:
            return
        seen, self._seen = self._seen, _signature(path)
        if self._seen is None:
            if seen is not None:
                self.vanished.emit(path)
            return
        # Saving by rename or re-creating the file replaces what the watcher followed.
        if str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))
        if self._seen != seen:  # not another file of the folder changing
            self.changed.emit(path)


def _signature(path: Path) -> tuple[int, int, int] | None:
    """What tells one version of a file from another (inode, size, modification time), or None."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns
