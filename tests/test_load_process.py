"""Loading in a child process gives the same timeline, the same problems, and can be cancelled."""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
from multiprocessing.process import BaseProcess
from pathlib import Path

import pytest

from timeline_app.io import formats, load_process
from timeline_app.io.errors import LoadCancelled, Problem, TimelineLoadError
from timeline_app.io.loader import ParsedTimeline, load_timeline

from .conftest import EVENTS_JSON

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import write_synthetic


@pytest.fixture(autouse=True)
def _always_in_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_process, "SUBPROCESS_MIN_BYTES", 0)
    monkeypatch.setattr(load_process, "OTHER_FORMAT_SUBPROCESS_MIN_BYTES", 0)


def test_a_child_load_equals_a_direct_load() -> None:
    stages: list[object] = []
    via_child = load_process.load_file(EVENTS_JSON, stages.append)
    direct = load_timeline(EVENTS_JSON)
    assert via_child.header == direct.header
    assert list(via_child.events) == list(direct.events)
    assert via_child.events.index_of("chery-jlr-denial") == direct.events.index_of("chery-jlr-denial")
    assert "Reading dates" in stages


def test_the_text_columns_come_back_untracked_by_the_garbage_collector(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Else the first collection after a big load walks every string with the interpreter held."""
    events = load_process.load_file(EVENTS_JSON, lambda _stage: None).events
    for column in (events.ids, events.titles, events.summaries):
        # The column object is a handful of references; its chunks hold the strings.
        assert column.chunks
        assert not any(gc.is_tracked(chunk) for chunk in column.chunks)


def test_problems_come_back_with_their_places(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"title": "t", "events": [{"id": "a", "title": "A", "date": "2023-13", "status": "confirmed"}]}'
    )
    with pytest.raises(TimelineLoadError) as caught:
        load_process.load_file(broken, lambda _stage: None)
    assert [str(p) for p in caught.value.problems] == [
        "events[0].date: '2023-13' is not a valid date: month 13 does not exist"
    ]


def _next_child() -> BaseProcess:
    """The loader process the next load will use (started now, as a spare)."""
    load_process._SPARE.prepare()
    spare = load_process._SPARE._loader
    assert spare is not None
    return spare.process


def test_a_loader_outlives_the_thread_that_started_it() -> None:
    """Linux kills a child when the *thread* that started it ends (its parent-death signal), and
    a load's worker thread, which starts the spare for the next load, ends with its load."""
    started: list[load_process._Loader] = []

    def start() -> None:
        loader = load_process._start_loader()
        loader.connection.send((str(EVENTS_JSON), None))
        assert loader.connection.poll(60)
        assert loader.connection.recv()[0] == "progress"  # at work: its death signal is set
        started.append(loader)

    thread = threading.Thread(target=start)
    thread.start()
    thread.join()
    (loader,) = started
    kinds: list[str] = []
    while kinds[-1:] not in (["timeline"], ["error"]):
        assert loader.connection.poll(60), "the loader stopped answering"
        kinds.append(loader.connection.recv()[0])  # EOFError: it died with the thread
    assert kinds[-1] == "timeline"
    loader.connection.close()
    loader.process.join(timeout=10)
    assert loader.process.exitcode == 0


def test_cancelling_stops_the_child() -> None:
    child = _next_child()

    def cancel(stage: object) -> None:
        if stage == "Reading the file":  # said by the child: it is at work
            raise LoadCancelled(stage)

    with pytest.raises(LoadCancelled):
        load_process.load_file(EVENTS_JSON, cancel)
    child.join(timeout=10)
    assert child.exitcode == -signal.SIGTERM  # stopped, not left to finish


def test_a_child_killed_mid_load_is_reported_and_the_next_load_works(tmp_path: Path) -> None:
    # Big enough that the child is still at work when the kill arrives (events.json, loaded in
    # milliseconds, was sometimes sent whole before it, on a busy machine).
    big = write_synthetic(tmp_path / "big.json", 50_000)
    child = _next_child()

    def kill(stage: object) -> None:
        if stage == "Reading the file":
            os.kill(child.pid or 0, signal.SIGKILL)

    with pytest.raises(TimelineLoadError) as caught:
        load_process.load_file(big, kill)
    assert caught.value.source == str(big)
    assert [str(p) for p in caught.value.problems] == [
        "the loader process was stopped by signal SIGKILL (killed, perhaps for lack of memory) "
        "before the file was loaded"
    ]
    assert len(load_process.load_file(EVENTS_JSON).events) == len(load_timeline(EVENTS_JSON).events)


def test_an_unforeseen_error_in_the_child_comes_back_as_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """The child's side, run here on a pipe: any exception is sent back as a problem."""

    def explode(
        path: str | Path, format: str | None = None, progress: object = None, mapping: object = None
    ) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(formats, "load_any", explode)
    # (Not this process's end asked of the kernel: it is no child of the app.)
    monkeypatch.setattr(load_process, "_end_with_parent", lambda parent: None)
    ours, theirs = multiprocessing.Pipe()
    ours.send((str(EVENTS_JSON), None))
    load_process._child_main(theirs, os.getppid())
    kind, (source, problems, total) = ours.recv()
    assert (kind, source, total) == ("error", str(EVENTS_JSON), 1)
    assert problems == [Problem("", "an unexpected error stopped the load (RuntimeError: disk on fire)")]


@pytest.mark.parametrize("raised", [RuntimeError("parser bug"), MemoryError()])
def test_an_unforeseen_error_in_a_load_here_becomes_a_message_naming_the_file(
    monkeypatch: pytest.MonkeyPatch, raised: Exception
) -> None:
    monkeypatch.setattr(load_process, "SUBPROCESS_MIN_BYTES", 10**9)

    def explode(
        path: str | Path, format: str | None = None, progress: object = None, mapping: object = None
    ) -> None:
        raise raised

    monkeypatch.setattr(formats, "load_any", explode)
    with pytest.raises(TimelineLoadError) as caught:
        load_process.load_file(EVENTS_JSON)
    assert caught.value.source == str(EVENTS_JSON)
    expected = (
        "there is not enough memory to load this file"
        if isinstance(raised, MemoryError)
        else "an unexpected error stopped the load (RuntimeError: parser bug)"
    )
    assert [str(p) for p in caught.value.problems] == [expected]


def test_a_loader_process_waits_ready_for_the_next_file() -> None:
    load_process.load_file(EVENTS_JSON, lambda _stage: None)
    spare = load_process._SPARE._loader
    assert spare is not None and spare.process.is_alive()
    timeline = load_process.load_file(EVENTS_JSON, lambda _stage: None)
    assert len(timeline.events) == len(load_timeline(EVENTS_JSON).events)
    spare.process.join(timeout=10)
    assert spare.process.exitcode == 0  # it loaded this file and ended
    assert load_process._SPARE._loader is not spare  # and another waits


def test_a_loader_process_that_died_while_waiting_is_replaced() -> None:
    load_process.load_file(EVENTS_JSON, lambda _stage: None)
    spare = load_process._SPARE._loader
    assert spare is not None
    spare.process.kill()
    spare.process.join(timeout=10)
    timeline = load_process.load_file(EVENTS_JSON, lambda _stage: None)
    assert len(timeline.events) == len(load_timeline(EVENTS_JSON).events)


def test_rich_fields_come_back_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """A million events' rich fields unpickled in one message held the interpreter (and so the
    window) for most of a second."""
    monkeypatch.setattr(load_process, "REBUILD_STEP", 2)
    parsed = ParsedTimeline.of(load_timeline(EVENTS_JSON))
    assert len(parsed.details) > 4
    ours, theirs = multiprocessing.Pipe()

    def send() -> None:
        load_process._send(parsed, theirs)
        theirs.close()

    sender = threading.Thread(target=send)  # (the pipe holds little: read as it sends)
    sender.start()
    messages = []
    while ours.poll(60):
        try:
            messages.append(ours.recv())
        except EOFError:
            break
    sender.join()
    pieces = [payload for kind, payload in messages if kind == "details"]
    assert max(map(len, pieces)) <= 2
    assert {i: fields for piece in pieces for i, fields in piece.items()} == parsed.details
    assert "details" not in messages[-1][1]


def test_a_load_that_wants_no_spare_starts_none() -> None:
    """The command line loads one file: after it, no loader should wait for a next one."""
    taken = load_process._SPARE.take()  # no spare waits now (one started, and let go, below)
    taken.connection.close()
    taken.process.join(timeout=10)
    load_process.load_file(EVENTS_JSON, spare=False)
    assert load_process._SPARE._loader is None
    load_process.load_file(EVENTS_JSON)
    assert load_process._SPARE._loader is not None  # the window's loads keep one waiting


@pytest.mark.parametrize(("memory", "in_child"), [(64 * 1024**3, False), (80 * 1024**2, True)])
def test_a_command_loads_here_unless_the_file_might_not_fit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, memory: int, in_child: bool
) -> None:
    path = tmp_path / "big.json"
    write_synthetic(path, 20_000)  # over the window's child threshold
    assert path.stat().st_size > load_process.SUBPROCESS_MIN_BYTES
    children: list[Path] = []
    real = load_process._load_in_child

    def spy(target: Path, *args: object) -> object:
        children.append(target)
        return real(target, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(load_process, "_load_in_child", spy)
    monkeypatch.setattr(load_process, "physical_memory", lambda: memory)
    timeline = load_process.load_file(path, spare=False, isolate=False)
    assert len(timeline.events) == 20_000
    assert children == ([path] if in_child else [])
    # A window always loads such a file in a child, whatever the memory.
    children.clear()
    load_process.load_file(path, spare=False)
    assert children == [path]
