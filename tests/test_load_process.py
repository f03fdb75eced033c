"""Loading in a child process gives the same timeline, the same problems, and can be cancelled."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from timeline_app.io import load_process
from timeline_app.io.loader import LoadCancelled, TimelineLoadError, load_timeline

from .conftest import EVENTS_JSON


@pytest.fixture(autouse=True)
def _always_in_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_process, "SUBPROCESS_MIN_BYTES", 0)
    monkeypatch.setattr(load_process, "OTHER_FORMAT_SUBPROCESS_MIN_BYTES", 0)


def test_a_child_load_equals_a_direct_load() -> None:
    stages: list[str] = []
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
        assert not gc.is_tracked(column)


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


def test_cancelling_stops_the_child() -> None:
    def cancel(stage: str) -> None:
        if stage == "Starting the loader":
            return
        raise LoadCancelled(stage)

    with pytest.raises(LoadCancelled):
        load_process.load_file(EVENTS_JSON, cancel)


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
