"""The one way a timeline file is loaded: any format, big files in a child process so the window never waits.

Validation runs in Rust while holding Python's global interpreter lock, so a thread
loading a 100 MB file would freeze the window for seconds. A child process does the
whole load and sends the columns back in a compact form; the calling (worker) thread
rebuilds them in small steps, each short enough for the event loop to keep running.
Small files load in-process: starting a Python process costs more than they do.
"""

from __future__ import annotations

import logging
import os
import resource
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline_app.core.event_table import EventTable
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase
from timeline_app.core.string_column import StringColumn, cut, untracked
from timeline_app.core.timeline import Timeline
from timeline_app.io.child_process import EndWords, how_it_ended, start_child
from timeline_app.io.child_process import end_with_parent as _end_with_parent
from timeline_app.io.errors import (
    LOADER,
    LoadCancelled,
    Problem,
    Progress,
    TimelineLoadError,
    no_progress,
    unexpected_error,
)
from timeline_app.io.files import physical_memory, read_head, size_text
from timeline_app.io.loader import (
    EVENT_CHUNK,
    ParsedTimeline,
    columns_handed_over,
    garbage_collection_paused,
    split_piece,
)

# Files smaller than this load in the calling thread; bigger ones in a child process. Validating
# our JSON holds the interpreter in one call for ~15 ms per MB (measured, 2 cores), and reading
# other formats (TimelineJS's json.loads, then ours) ~20 ms per MB: these keep a load on the
# worker thread under ~50 ms of frozen window, half the limit, for a slower machine's sake.
# A child costs ~0.5 s to start (unless a spare waits), so smaller files load faster here.
SUBPROCESS_MIN_BYTES = 3_000_000  # our JSON: about 13,000 events
OTHER_FORMAT_SUBPROCESS_MIN_BYTES = 2_000_000  # TimelineJS JSON: about 4,000 events
# A command (no window to keep answering) loads in its own process any file whose load may
# peak at this many bytes per byte of file and still take at most this share of memory: the
# child's start and the trip of its columns back cost more than the load of a 100k-event file.
LOAD_PEAK_PER_BYTE = 10
IN_PROCESS_MEMORY_SHARE = 1 / 8
# How often the waiting thread checks for a cancel request.
POLL_SECONDS = 0.05
# Rebuild this many strings or index entries per step, so no step holds the interpreter long
# (the loader's pieces of our JSON are of this size already).
REBUILD_STEP = EVENT_CHUNK
_TEXT_COLUMNS = ("ids", "titles", "summaries")
# A child that ended is asked for its exit code this long before "stopped" is reported without it.
EXIT_WAIT_SECONDS = 1.0
# A child that neither sends anything nor uses any processor time this long is stuck (a process
# that ran out of memory can deadlock in its allocator): it is killed and the load reported.
STALL_SECONDS = 30.0
# A child that reached this share of the memory it may use (its address-space limit, or the
# machine's memory) and then died or got stuck ran out of memory: the load says so.
NEAR_LIMIT = 0.85
# How a loader's end is said (child_process.how_it_ended).
LOADER_END = EndWords(
    LOADER,
    stuck=QT_TRANSLATE_NOOP("Loader", "the loader process stopped answering"),
    killed=QT_TRANSLATE_NOOP(
        "Loader", "the loader process was stopped by signal %1 (killed, perhaps for lack of memory)"
    ),
    signalled=QT_TRANSLATE_NOOP("Loader", "the loader process was stopped by signal %1"),
    exited=QT_TRANSLATE_NOOP("Loader", "the loader process ended with exit code %1"),
)
# Kept free in the child until a MemoryError, so that the report of it can be made and sent.
_RESERVE_BYTES = 16 * 2**20
_log = logging.getLogger(__name__)

if TYPE_CHECKING:  # the formats load at the first file, not at start-up
    from timeline_app.io.formats.column_mapping import ColumnMapping


def load_file(
    path: str | Path,
    progress: Progress = no_progress,
    mapping: ColumnMapping | None = None,
    *,
    spare: bool = True,
    isolate: bool = True,
) -> Timeline:
    """Load ``path`` in any known format: the one way the app (window and command line) loads.

    ``mapping``: which columns of a spreadsheet or CSV hold which fields (guessed when None).
    ``spare``: after a load in a child, start the next child ahead of need (the window opens
    more files; a command that loads one does not).
    ``isolate``: load big files in a child, so that the window stays responsive and survives a
    load that runs out of memory; a command (False) does so only for files that might not fit.

    Big files load in a child process. Raises TimelineLoadError for every failure, whatever
    its cause (the file's problems, an unreadable or special file, a lack of memory, a child
    that died, an unforeseen exception), or LoadCancelled from ``progress``.
    """
    path = Path(path)
    try:
        return _load(path, progress, mapping, spare, isolate)
    except (TimelineLoadError, LoadCancelled):
        raise
    except Exception as error:  # every failure becomes a message naming the file
        raise unexpected_error(str(path), error) from error


def _load(
    path: Path, progress: Progress, mapping: ColumnMapping | None, spare: bool, isolate: bool
) -> Timeline:
    # Imported here: the formats pull in the iCalendar library, which start-up does not need.
    from timeline_app.io.formats import load_any, probably_native

    head, size = read_head(path)
    native = probably_native(path, head)
    threshold = SUBPROCESS_MIN_BYTES if native else OTHER_FORMAT_SUBPROCESS_MIN_BYTES
    if not isolate:
        threshold = max(
            threshold, int((physical_memory() or 0) * IN_PROCESS_MEMORY_SHARE / LOAD_PEAK_PER_BYTE)
        )
    if size < threshold:
        return load_any(path, progress=progress, mapping=mapping)
    # Rebuilding makes millions of strings: a full collection in the middle would hold the
    # interpreter (and so the GUI thread) for a tenth of a second or more.
    with garbage_collection_paused():
        return _load_in_child(path, progress, mapping, spare)


@dataclass(frozen=True, slots=True)
class _Loader:
    """A child process that has made its imports and waits for the path of one file to load."""

    process: BaseProcess
    connection: Connection  # the parent's end: the path goes out, progress and results come in


class _SpareLoader:
    """At most one loader started ahead of need.

    Starting one costs ~0.5 s (a fresh interpreter importing pydantic, numpy and the app),
    which a waiting spare takes off the next open.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()  # worker threads of several windows may load at once
        self._loader: _Loader | None = None

    def prepare(self) -> None:
        with self._lock:
            if self._loader is None or not self._loader.process.is_alive():
                self._loader = _start_loader()

    def take(self) -> _Loader:
        """The spare if it is still alive, else a new loader."""
        with self._lock:
            loader, self._loader = self._loader, None
        if loader is not None and loader.process.is_alive():
            return loader
        return _start_loader()


_SPARE = _SpareLoader()


def _start_loader() -> _Loader:
    # (From the launcher thread of child_process: a load's worker thread, which would otherwise
    # start the spare for the next load, ends with its load, and the spare with it.)
    return _Loader(*start_child(_child_main))


def _load_in_child(path: Path, progress: Progress, mapping: ColumnMapping | None, spare: bool) -> Timeline:
    texts: dict[str, list[tuple[str, ...]]] = {}  # column name -> its pieces, in order
    details: dict[int, dict[str, Any]] = {}  # rich fields by event, as their pieces come
    stage = QT_TRANSLATE_NOOP("Progress", "Starting the loader")
    progress(stage)
    loader = _SPARE.take()
    request = (str(path), mapping)
    try:
        loader.connection.send(request)
    except OSError:  # the spare ended between the check and the send: start afresh
        loader.connection.close()
        loader = _start_loader()
        loader.connection.send(request)
    child, receiver = loader.process, loader.connection
    watch = _ChildWatch(child)
    try:
        while True:
            progress(stage)  # the same stage again: a chance to raise LoadCancelled
            if not receiver.poll(POLL_SECONDS):
                if watch.stuck():
                    raise _stopped(path, child, watch)
                continue
            watch.heard()
            try:
                kind, payload = receiver.recv()
            except (EOFError, OSError):  # the child ended without a result: killed, out of memory
                raise _stopped(path, child, watch) from None
            if kind == "progress":
                stage = payload
            elif kind == "text":
                name, joined, offsets = payload
                texts.setdefault(name, []).extend(_untracked(split_piece(joined, offsets)))
                del joined, payload
                stage = QT_TRANSLATE_NOOP("Progress", "Receiving the timeline")
            elif kind == "details":
                details.update(payload)  # a piece: unpickling them all in one go held the interpreter
                del payload
                stage = QT_TRANSLATE_NOOP("Progress", "Receiving the timeline")
            elif kind == "error":
                source, problems, total = payload
                raise _rebuilt_error(source, problems, total)
            else:
                progress(QT_TRANSLATE_NOOP("Progress", "Building the timeline"))
                return _decode({**payload, "details": details}, texts, progress)
    except BaseException:
        child.terminate()  # cancelled, or this side failed: the child's work is of no use
        raise
    finally:
        receiver.close()
        child.join(timeout=5)
        if child.is_alive():  # it did not end when asked: it must not outlive the load
            child.kill()
            child.join(timeout=5)
        if spare:
            _prepare_spare()  # for the next file, while this one is being shown


def _prepare_spare() -> None:
    """Start a spare loader; a failure (no memory for a process, say) must not hide the load's result."""
    try:
        _SPARE.prepare()
    except Exception:  # the next load starts its own loader
        _log.warning("could not start a spare loader process", exc_info=True)


class _ChildWatch:
    """What the parent knows of a loading child: when it last spoke, its processor time, its size.

    Read from /proc (Linux); elsewhere the watch knows nothing and never calls a child stuck.
    """

    def __init__(self, child: BaseProcess) -> None:
        self._pid = child.pid
        self._last_sign = time.monotonic()
        self._cpu_ticks = -1
        self.peak_bytes = 0  # the largest address space seen (VmPeak), or 0
        self.resident_bytes = 0  # the largest resident memory seen (VmHWM), or 0

    def heard(self) -> None:
        self._last_sign = time.monotonic()
        self._look()

    def stuck(self) -> bool:
        """Whether the child has been silent and idle for STALL_SECONDS (looked at every poll)."""
        if self._look():
            self._last_sign = time.monotonic()
        return time.monotonic() - self._last_sign > STALL_SECONDS

    def _look(self) -> bool:
        """Read the child's figures; True when it used processor time since the last look."""
        try:
            # The main thread's: it does the loading, while a thread waiting for the interpreter
            # (the orphan check, behind a deadlocked main thread) still wakes now and then.
            with open(f"/proc/{self._pid}/task/{self._pid}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            with open(f"/proc/{self._pid}/status", "rb") as status:
                lines = status.read().splitlines()
        except (OSError, IndexError):
            return False
        for line in lines:
            if line.startswith(b"VmPeak:"):
                self.peak_bytes = max(self.peak_bytes, int(line.split()[1]) * 1024)
            elif line.startswith(b"VmHWM:"):
                self.resident_bytes = max(self.resident_bytes, int(line.split()[1]) * 1024)
        ticks = int(fields[11]) + int(fields[12])  # utime + stime (fields 14 and 15 of stat)
        busy, self._cpu_ticks = ticks != self._cpu_ticks, ticks
        return busy

    def memory_note(self) -> Phrase | None:
        """How the child had filled the memory it may use, when that is nearly all of it."""
        return _memory_note(self.peak_bytes, self.resident_bytes)


def _memory_note(peak_bytes: int, resident_bytes: int) -> Phrase | None:
    """How a loader filled the memory it may use (its address-space limit, which a child inherits,
    or the machine's), when that is nearly all of it; else None."""
    limit, _ = resource.getrlimit(resource.RLIMIT_AS)
    if limit != resource.RLIM_INFINITY and peak_bytes >= NEAR_LIMIT * limit:
        message = QT_TRANSLATE_NOOP("Loader", "it had reached %1 of its %2 address-space limit")
        return Phrase(LOADER, message, (size_text(peak_bytes), size_text(limit)))
    memory = physical_memory()
    if memory is not None and resident_bytes >= NEAR_LIMIT * memory:
        message = QT_TRANSLATE_NOOP("Loader", "it had filled %1 of the machine's %2")
        return Phrase(LOADER, message, (size_text(resident_bytes), size_text(memory)))
    return None


def _own_memory() -> tuple[int, int]:
    """This process's peak address space and peak resident memory (0 where /proc cannot say)."""
    try:
        with open("/proc/self/status", "rb") as status:
            lines = status.read().splitlines()
    except OSError:
        return 0, 0
    figures = {line.split(b":")[0]: int(line.split()[1]) * 1024 for line in lines if line.startswith(b"Vm")}
    return figures.get(b"VmPeak", 0), figures.get(b"VmHWM", 0)


def _stopped(path: Path, child: BaseProcess, watch: _ChildWatch | None = None) -> TimelineLoadError:
    """The error for a loader process that ended, or got stuck, before sending a result, and how."""
    child.join(timeout=EXIT_WAIT_SECONDS)
    code = child.exitcode
    how = how_it_ended(code, LOADER_END)
    if code is None:
        child.kill()  # stuck: it must not outlive the load
        child.join(timeout=EXIT_WAIT_SECONDS)
    note = None if watch is None else watch.memory_note()
    if note is not None:
        return TimelineLoadError.single(
            str(path),
            QT_TRANSLATE_NOOP("Loader", "there is not enough memory to load this file (%1: %2)"),
            how,
            note,
        )
    return TimelineLoadError.single(
        str(path), QT_TRANSLATE_NOOP("Loader", "%1 before the file was loaded"), how
    )


def _child_main(sender: Connection, parent: int) -> None:
    """In the child: wait for a path, load it, then send progress, the problems, or the timeline."""
    _end_with_parent(parent)
    import timeline_app.io.formats  # (imported while waiting, not once the path is known)

    try:
        path, mapping = sender.recv()
    except EOFError:  # the app closed without needing this loader
        return

    def report(stage: str | Phrase) -> None:
        sender.send(("progress", stage))

    # A Rust panic prints a backtrace when RUST_BACKTRACE asks for one: out of memory, that
    # allocates, fails and deadlocks holding the interpreter. Without it the panic is an exception.
    os.environ["RUST_BACKTRACE"] = "0"
    reserve: bytearray | None = bytearray(_RESERVE_BYTES)
    try:
        with columns_handed_over() as handover:
            timeline = timeline_app.io.formats.load_any(path, progress=report, mapping=mapping)
        parsed = handover.parsed if handover.parsed is not None else ParsedTimeline.of(timeline)
        del timeline, handover
        _send(parsed, sender)
    except BaseException as error:  # every failure goes back to the app as a message
        if isinstance(error, SystemExit | KeyboardInterrupt):
            raise
        reserve = None  # room to make and send the message, should memory have run out
        error.__traceback__ = None  # and let go of what the failed load held
        failure = error if isinstance(error, TimelineLoadError) else _failure(path, error)
        # Problems go as they are (their words' templates and arguments): the app translates them.
        sender.send(("error", (failure.source, list(failure.problems), failure.total)))
    finally:
        del reserve
        sender.close()


def _failure(path: str, error: BaseException) -> TimelineLoadError:
    """An unforeseen failure in words; out of memory when it came with the memory nearly full
    (a Rust panic over a null object is how pydantic-core says an allocation failed)."""
    if not isinstance(error, MemoryError):
        note = _memory_note(*_own_memory())
        if note is not None:
            message = QT_TRANSLATE_NOOP("Loader", "there is not enough memory to load this file (%1 when %2)")
            return TimelineLoadError.single(path, message, type(error).__name__, note)
    return unexpected_error(path, error)


def _rebuilt_error(source: str, problems: list[Problem], total: int) -> TimelineLoadError:
    return TimelineLoadError(source, problems, total)


def _send(parsed: ParsedTimeline, sender: Connection) -> None:
    """Text columns in pieces (each small to unpickle), then everything else in one message."""
    for name in _TEXT_COLUMNS:
        column = getattr(parsed, name)
        for joined, offsets in column.pieces(REBUILD_STEP):
            sender.send(("text", (name, joined, offsets)))
    # Rich fields in pieces too: a million events' (a TimelineJS file's rich text) unpickled in
    # one go held the interpreter, and so froze the window, for most of a second.
    indexes = list(parsed.details)
    for start in range(0, len(indexes), REBUILD_STEP):
        sender.send(("details", {i: parsed.details[i] for i in indexes[start : start + REBUILD_STEP]}))
    rest = {
        "header": parsed.header,
        "status": parsed.status,
        "lane": parsed.lane,
        "date_code": parsed.date_code,
        "date_values": parsed.date_values,
        "lane_ids": parsed.lane_ids,
    }
    sender.send(("timeline", rest))


def _decode(payload: dict[str, Any], texts: dict[str, list[tuple[str, ...]]], progress: Progress) -> Timeline:
    progress(QT_TRANSLATE_NOOP("Progress", "Building the timeline"))
    ids = _joined(texts.pop("ids", []))
    table = EventTable(
        ids=ids,
        titles=_joined(texts.pop("titles", [])),
        summaries=_joined(texts.pop("summaries", [])),
        status=payload["status"],
        lane=payload["lane"],
        date_code=payload["date_code"],
        date_values=payload["date_values"],
        lane_ids=payload["lane_ids"],
        details=payload["details"],
    )
    return Timeline(header=payload["header"], events=table)


def _untracked(strings: list[str]) -> list[tuple[str, ...]]:
    """The strings as tuples (the chunks of a table's column) the garbage collector no longer tracks.

    A tuple of strings stays tracked until a collection finds it holds nothing but strings,
    and gc is paused while a file loads. Left to the first collection after the load, that
    meant one pass over millions of strings with the interpreter held: 100-160 ms of frozen
    window at a million events (then a young-generation pass after each piece: 50-60 ms of CPU
    a column); ``untracked`` does what that collection would, without walking the strings.
    """
    chunks = untracked(cut(strings))
    strings.clear()
    return chunks


def _joined(chunks: list[tuple[str, ...]]) -> StringColumn:
    """The column of these chunks, as they are: no string reference is copied (gathering a
    million into one tuple held the interpreter ~60 ms)."""
    column = StringColumn.of_chunks(chunks)
    chunks.clear()
    return column
