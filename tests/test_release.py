"""Replaced timelines are let go of a piece at a time, after the views have dropped theirs."""

from __future__ import annotations

import sys

import pytest
from pytestqt.qtbot import QtBot

from timeline_app.io.editing import apply, delete_change
from timeline_app.io.loader import load_timeline
from timeline_app.viewmodel import release
from timeline_app.viewmodel.release import TimelineReleaser
from timeline_app.viewmodel.view_model import TimelineViewModel

from .conftest import EVENTS_JSON
from .test_editing import in_chunks_of


def test_a_retired_timeline_is_released_column_by_column(qtbot: QtBot) -> None:
    releaser = TimelineReleaser()
    timeline = load_timeline(EVENTS_JSON)
    columns = (timeline.events.ids, timeline.events.titles, timeline.events.summaries)
    held = [sys.getrefcount(column) for column in columns]
    releaser.retire(timeline)
    del timeline
    assert releaser.holding == 1
    assert [sys.getrefcount(column) for column in columns] == held  # nothing let go at once
    qtbot.waitUntil(lambda: releaser.holding == 0, timeout=3000)
    # The table (and its id index) no longer hold the columns: only this test does.
    now = [sys.getrefcount(column) for column in columns]  # counted the same way as ``held``
    assert all(after < before for after, before in zip(now, held, strict=True)), (now, held)


def test_the_view_model_retires_the_timeline_it_replaces(qtbot: QtBot) -> None:
    first = load_timeline(EVENTS_JSON)
    model = TimelineViewModel(first)
    ids = first.events.ids
    del first
    model.set_timeline(load_timeline(EVENTS_JSON))
    before = sys.getrefcount(ids)
    qtbot.waitUntil(lambda: sys.getrefcount(ids) < before, timeout=3000)


def _freed_per_step(releaser: TimelineReleaser, texts: list[str]) -> list[int]:
    """Step ``releaser`` until it holds nothing; how many of ``texts`` each step let go."""
    held = [sys.getrefcount(text) for text in texts]
    freed_per_step = []
    while releaser.holding:
        releaser._step()
        now = [sys.getrefcount(text) for text in texts]
        freed_per_step.append(sum(after < before for after, before in zip(now, held, strict=True)))
        held = now
    return freed_per_step


def test_a_column_is_let_go_a_chunk_of_strings_per_step(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Freeing a tuple of two million strings in one step froze the window for 275 ms: no step
    lets go of more than RELEASE_STEP strings (or one chunk, when a chunk holds more)."""
    monkeypatch.setattr(release, "RELEASE_STEP", 6)
    releaser = TimelineReleaser()
    timeline = in_chunks_of(load_timeline(EVENTS_JSON), 3, fresh=True)
    events = timeline.events
    texts = [*events.ids, *events.titles, *events.summaries]  # the columns' own strings
    assert len(events.titles.chunks) >= 5
    del events
    releaser.retire(timeline)
    del timeline
    freed_per_step = _freed_per_step(releaser, texts)
    assert max(freed_per_step) == 6  # two chunks of three a step
    assert sum(freed_per_step) == len(texts)  # and every string let go


def test_a_chunk_bigger_than_a_step_is_let_go_alone(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(release, "RELEASE_STEP", 2)
    releaser = TimelineReleaser()
    timeline = in_chunks_of(load_timeline(EVENTS_JSON), 3, fresh=True)
    titles = list(timeline.events.titles)
    releaser.retire(timeline)
    del timeline
    freed_per_step = _freed_per_step(releaser, titles)
    assert max(freed_per_step) == 3
    assert sum(freed_per_step) == len(titles)


def test_an_edited_timeline_keeps_the_chunks_it_shares_with_the_one_released(qtbot: QtBot) -> None:
    timeline = in_chunks_of(load_timeline(EVENTS_JSON), 3, fresh=True)
    model = TimelineViewModel(timeline)
    edited = apply(timeline, delete_change(timeline, [4], "Delete"))
    expected = list(edited.events.titles)
    shared = set(map(id, timeline.events.titles.chunks)) & set(map(id, edited.events.titles.chunks))
    assert len(shared) >= len(edited.events.titles.chunks) - 2
    del timeline
    model.show_edited(edited, None)
    del edited
    qtbot.waitUntil(lambda: model._releaser.holding == 0, timeout=3000)
    assert list(model.timeline.events.titles) == expected
