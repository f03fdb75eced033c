"""The one way a timeline file is loaded: any format, big files in a child process so the window never waits.

Validation runs in Rust while holding Python's global interpreter lock, so a thread
loading a 100 MB file would freeze the window for seconds. A child process does the
whole load and sends the columns back in a compact form; the calling (worker) thread
rebuilds them in small steps, each short enough for the event loop to keep running.
Small files load in-process: starting a Python process costs more than they do.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import signal
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

import numpy as np

from timeline_app.core.event_table import EventTable
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import (
    LoadCancelled,
    Problem,
    Progress,
    TimelineLoadError,
    no_progress,
    unexpected_error,
)
from timeline_app.io.files import read_head
from timeline_app.io.loader import garbage_collection_paused

# Files smaller than this load in the calling thread; bigger ones in a child process. Validating
# our JSON holds the interpreter in one call for ~15 ms per MB (measured, 2 cores), and reading
# other formats (TimelineJS's json.loads, then ours) ~20 ms per MB: these keep a load on the
# worker thread under ~50 ms of frozen window, half the limit, for a slower machine's sake.
# A child costs ~0.5 s to start (unless a spare waits), so smaller files load faster here.
SUBPROCESS_MIN_BYTES = 3_000_000  # our JSON: about 13,000 events
OTHER_FORMAT_SUBPROCESS_MIN_BYTES = 2_000_000  # TimelineJS JSON: about 4,000 events
# How often the waiting thread checks for a cancel request.
POLL_SECONDS = 0.05
# Rebuild this many strings or index entries per step, so no step holds the interpreter long.
REBUILD_STEP = 50_000
_TEXT_COLUMNS = ("ids", "titles", "summaries")
# A child that ended is asked for its exit code this long before "stopped" is reported without it.
EXIT_WAIT_SECONDS = 1.0
_log = logging.getLogger(__name__)


def load_file(path: str | Path, progress: Progress = no_progress) -> Timeline:
    """Load ``path`` in any known format: the one way the app (window and command line) loads.

    Big files load in a child process. Raises TimelineLoadError for every failure, whatever
    its cause (the file's problems, an unreadable or special file, a lack of memory, a child
    that died, an unforeseen exception), or LoadCancelled from ``progress``.
    """
    path = Path(path)
    try:
        return _load(path, progress)
    except (TimelineLoadError, LoadCancelled):
        raise
    except Exception as error:  # every failure becomes a message naming the file
        raise unexpected_error(str(path), error) from error


def _load(path: Path, progress: Progress) -> Timeline:
    # Imported here: the formats pull in the iCalendar library, which start-up does not need.
    from timeline_app.io.formats import load_any, probably_native

    head, size = read_head(path)
    native = probably_native(path, head)
    if size < (SUBPROCESS_MIN_BYTES if native else OTHER_FORMAT_SUBPROCESS_MIN_BYTES):
        return load_any(path, progress=progress)
    # Rebuilding makes millions of strings: a full collection in the middle would hold the
    # interpreter (and so the GUI thread) for a tenth of a second or more.
    with garbage_collection_paused():
        return _load_in_child(path, progress)


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
    context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
    ours, theirs = context.Pipe(duplex=True)
    process = context.Process(target=_child_main, args=(theirs,), daemon=True)
    process.start()
    theirs.close()
    return _Loader(process, ours)


def _load_in_child(path: Path, progress: Progress) -> Timeline:
    texts: dict[str, list[tuple[str, ...]]] = {}  # column name -> its pieces, in order
    stage = "Starting the loader"
    progress(stage)
    loader = _SPARE.take()
    try:
        loader.connection.send(str(path))
    except OSError:  # the spare ended between the check and the send: start afresh
        loader.connection.close()
        loader = _start_loader()
        loader.connection.send(str(path))
    child, receiver = loader.process, loader.connection
    try:
        while True:
            progress(stage)  # the same stage again: a chance to raise LoadCancelled
            if not receiver.poll(POLL_SECONDS):
                continue
            try:
                kind, payload = receiver.recv()
            except (EOFError, OSError):  # the child ended without a result: killed, out of memory
                raise _stopped(path, child) from None
            if kind == "progress":
                stage = payload
            elif kind == "text":
                name, joined, offsets = payload
                texts.setdefault(name, []).append(_untracked(_split(joined, offsets)))
                stage = "Receiving the timeline"
            elif kind == "error":
                source, problems, total = payload
                raise _rebuilt_error(source, problems, total)
            else:
                progress("Building the timeline")
                return _decode(payload, texts, progress)
    except BaseException:
        child.terminate()  # cancelled, or this side failed: the child's work is of no use
        raise
    finally:
        receiver.close()
        child.join(timeout=5)
        _SPARE.prepare()  # for the next file, while this one is being shown


def _stopped(path: Path, child: BaseProcess) -> TimelineLoadError:
    """The error for a loader process that ended before sending a result, with how it ended."""
    child.join(timeout=EXIT_WAIT_SECONDS)
    code = child.exitcode
    if code is None:
        how = "stopped answering"
    elif code < 0:
        how = f"was stopped by signal {_signal_name(-code)}"
        if -code == signal.SIGKILL:
            how += " (killed, perhaps for lack of memory)"
    else:
        how = f"ended with exit code {code}"
    return TimelineLoadError.single(str(path), f"the loader process {how} before the file was loaded")


def _signal_name(number: int) -> str:
    """'SIGKILL' for 9; the number itself when the system has no name for it."""
    try:
        return signal.Signals(number).name
    except ValueError:
        return str(number)


def _child_main(sender: Connection) -> None:
    """In the child: wait for a path, load it, then send progress, the problems, or the timeline."""
    import timeline_app.io.formats  # (imported while waiting, not once the path is known)

    try:
        path = sender.recv()
    except EOFError:  # the app closed without needing this loader
        return

    def report(stage: str) -> None:
        sender.send(("progress", stage))

    try:
        timeline = timeline_app.io.formats.load_any(path, progress=report)
    except Exception as error:  # every failure goes back to the app as a message
        failure = error if isinstance(error, TimelineLoadError) else unexpected_error(path, error)
        problems = [(p.where, p.message) for p in failure.problems]
        sender.send(("error", (failure.source, problems, failure.total)))
    else:
        _send(timeline, sender)
    finally:
        sender.close()


def _rebuilt_error(source: str, problems: list[tuple[str, str]], total: int) -> TimelineLoadError:
    return TimelineLoadError(source, [Problem(where, message) for where, message in problems], total)


def _send(timeline: Timeline, sender: Connection) -> None:
    """Text columns in pieces (each small to unpickle), then everything else in one message."""
    events = timeline.events
    for name in _TEXT_COLUMNS:
        column: tuple[str, ...] = getattr(events, name)
        for start in range(0, len(column), REBUILD_STEP):
            piece = column[start : start + REBUILD_STEP]
            offsets = np.zeros(len(piece) + 1, dtype=np.int64)
            np.cumsum(np.fromiter(map(len, piece), dtype=np.int64, count=len(piece)), out=offsets[1:])
            sender.send(("text", (name, "".join(piece), offsets)))
    rest = {
        "header": timeline.header,
        "status": events.status,
        "lane": events.lane,
        "date_code": events.date_code,
        "date_values": events.date_values,
        "lane_ids": events.lane_ids,
        "details": {index: dict(fields) for index, fields in events.details.items()},
    }
    sender.send(("timeline", rest))


def _split(joined: str, offsets: np.ndarray) -> list[str]:
    bounds = offsets.tolist()
    return [joined[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)]


def _decode(payload: dict[str, Any], texts: dict[str, list[tuple[str, ...]]], progress: Progress) -> Timeline:
    progress("Building the timeline")
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


def _untracked(strings: list[str]) -> tuple[str, ...]:
    """The strings as a tuple that the garbage collector no longer tracks.

    A tuple of strings stays tracked until a collection finds it holds nothing but strings,
    and gc is paused while a file loads. Left to the first collection after the load, that
    meant one pass over millions of strings with the interpreter held: 100-160 ms of frozen
    window at a million events. A young-generation pass right after each tuple is made, once
    the list it came from is gone and every older tuple is untracked, walks only the new one:
    about 1 ms for REBUILD_STEP strings, 50-60 ms for a column of a million.
    """
    column = tuple(strings)
    strings.clear()
    gc.collect(0)
    return column


def _joined(pieces: list[tuple[str, ...]]) -> tuple[str, ...]:
    """One untracked tuple of the pieces' strings, gathered piece by piece so that no single
    step holds the interpreter long (a tuple made from one iterator of a million strings
    holds it ~60 ms; copying a list ~20 ms)."""
    strings: list[str] = []
    for piece in pieces:
        strings.extend(piece)
    pieces.clear()
    return _untracked(strings)
