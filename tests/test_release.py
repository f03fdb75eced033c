"""Replaced timelines are let go of a piece at a time, after the views have dropped theirs."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from timeline_app.io.loader import load_timeline
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
