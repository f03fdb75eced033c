"""Replaced timelines are let go of a piece at a time, after the views have dropped theirs."""

from __future__ import annotations

import sys

import pytest
from pytestqt.qtbot import QtBot

from timeline_app.io.loader import load_timeline
from timeline_app.viewmodel import release
from timeline_app.viewmodel.release import TimelineReleaser
from timeline_app.viewmodel.view_model import TimelineViewModel

from .conftest import EVENTS_JSON


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


def test_a_column_is_let_go_a_slice_of_strings_per_step(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Freeing a tuple of two million strings in one step froze the window for 275 ms."""
    monkeypatch.setattr(release, "RELEASE_STEP", 2)
    releaser = TimelineReleaser()
    timeline = load_timeline(EVENTS_JSON)
    count = len(timeline.events)
    titles = list(timeline.events.titles)  # as the file made them: the column's own strings
    held = [sys.getrefcount(title) for title in titles]
    releaser.retire(timeline)
    del timeline
    steps = 0
    while releaser.holding:
        releaser._step()
        steps += 1
    slices = -(-count // 2)
    assert steps >= 3 * 2 * slices  # each of three columns: copied, then emptied, a slice a step
    now = [sys.getrefcount(title) for title in titles]  # counted the same way as ``held``
    assert all(after < before for after, before in zip(now, held, strict=True))  # and let go
