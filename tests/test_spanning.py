"""Events that span the view are never lost: at any depth each lane with events in view shows them.

A lane splits what it shows into events that start inside the view (drawn one by one while
they fit, else as a density of their starts) and events that began before and run into it
(bars while few, else one band that lists them when clicked).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QScrollBar
from pytestqt.qtbot import QtBot

from timeline_app.app.main_window import MainWindow
from timeline_app.core.calendar import seconds_from_civil
from timeline_app.core.index import TimelineIndex
from timeline_app.core.timeline import Timeline
from timeline_app.io.loader import parse_timeline
from timeline_app.view.frame import Frame, LaneBand
from timeline_app.view.lane_plan import MAX_CARRIED_BARS
from timeline_app.view.viewport import Viewport
from timeline_app.viewmodel.view_model import TimelineViewModel

from .conftest import click_canvas, show

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import synthetic_document

DAY = 86_400.0


@pytest.fixture(scope="module")
def synthetic_100k() -> Timeline:
    """100,000 events over 20 years in 6 lanes: days, months, years and month-long intervals."""
    return parse_timeline(json.dumps(synthetic_document(100_000)).encode())


def _paint(window: MainWindow) -> Frame:
    window.canvas.grab()  # paints through paintEvent, whatever the offscreen expose state
    return window.canvas.frame


def _shows_something(frame: Frame, band: LaneBand) -> bool:
    """Whether the lane's band has an event drawn in it, a band of longer events, or a density."""
    inside = band.top, band.top + band.height
    drawn = any(inside[0] <= d.marker.y < inside[1] for d in frame.events)
    summed = any(inside[0] <= c.box.y < inside[1] for c in frame.listed if c.t1 is None)
    return drawn or summed or (band.aggregated and band.starting_count > 0)


@pytest.mark.slow
@pytest.mark.parametrize("span", [9 * DAY, DAY, 3600.0], ids=["nine days", "a day", "an hour"])
def test_every_lane_shows_its_events_at_depth(
    qtbot: QtBot, isolated_settings: Path, synthetic_100k: Timeline, span: float
) -> None:
    window = show(qtbot, MainWindow(TimelineViewModel(synthetic_100k), None), 1600, 1000)
    model = window.model
    start = seconds_from_civil(2015, 6, 10)
    model.set_viewport(Viewport(start, span / model.viewport.width, model.viewport.width))
    frame = _paint(window)
    assert len(frame.lanes) == 6
    scroll = window.canvas.findChild(QScrollBar, "laneScrollBar")
    assert scroll is not None
    for number in range(6):
        # Lanes take the rows they need and scroll: bring each one to the top and look at it.
        scroll.setValue(round(frame.lanes[number].top - frame.lanes[0].top))
        shown = _paint(window)
        band = shown.lanes[number]
        assert band.visible_count > 0, band.label
        assert _shows_something(shown, band), band
        # Month- and year-long events cover the view: they are summed up, not a dead end.
        assert band.carried_count > MAX_CARRIED_BARS
        assert not band.aggregated  # the events that start inside the view are few: drawn one by one
        assert band.hidden_count == 0  # the lane grew to hold its rows
        bands = [c for c in shown.listed if c.t1 is None]  # of longer events, not histograms
        assert any(c.box.width >= window.canvas.width() - 1 for c in bands)  # across the view


def _story(*events: tuple[str, str]) -> Timeline:
    records = [
        {"id": f"e{number}", "title": title, "date": date, "status": "confirmed", "lane": "l"}
        for number, (title, date) in enumerate(events)
    ]
    return parse_timeline(
        json.dumps({"title": "t", "lanes": [{"id": "l", "label": "Lane"}], "events": records}).encode()
    )


def test_a_few_longer_events_are_bars_across_the_view(qtbot: QtBot, isolated_settings: Path) -> None:
    timeline = _story(("The decade", "2010/2019"), ("The year", "2015"), ("A day", "2015-06-12"))
    window = show(qtbot, MainWindow(TimelineViewModel(timeline), None), 1200, 700)
    model = window.model
    start = seconds_from_civil(2015, 6, 10)
    model.set_viewport(Viewport(start, 9 * DAY / 1000, 1000))
    frame = _paint(window)
    drawn = {model.timeline.events.titles[d.event]: d for d in frame.events}
    assert set(drawn) == {"The decade", "The year", "A day"}
    assert frame.listed == []
    for title in ("The decade", "The year"):
        assert drawn[title].marker.x < 0 and drawn[title].marker.x + drawn[title].marker.width > 1000


@pytest.mark.slow
def test_clicking_the_band_lists_the_events_it_stands_for(
    qtbot: QtBot, isolated_settings: Path, synthetic_100k: Timeline
) -> None:
    window = show(qtbot, MainWindow(TimelineViewModel(synthetic_100k), None), 1600, 1000)
    model = window.model
    start = seconds_from_civil(2015, 6, 10)
    model.set_viewport(Viewport(start, 3600.0 / model.viewport.width, model.viewport.width))
    frame = _paint(window)
    band = [c for c in frame.listed if c.t1 is None][2]  # a band of longer events
    click_canvas(window, band.box.center_x, band.box.center_y)
    listed = window.event_list.list_model.rowCount()
    assert listed == band.count
    events = model.timeline.events
    shown = [window.event_list.list_model.event_at(row) for row in range(listed)]
    assert all(events.start[i] < start < events.end[i] for i in shown)
    assert {events.lane[i] for i in shown} == {band.index_lane}
    assert window.search_bar.filter_label.full_text().startswith(
        "Showing only: Lane: Lane 2 · Running on 10 June 2015"
    )


def test_a_crowd_of_one_day_is_listed_from_its_histogram(qtbot: QtBot, isolated_settings: Path) -> None:
    # Zooming in never parts 200 events of one day: a click on their bar lists them.
    crowd = [(f"Crowd {number}", "2024-04-14") for number in range(200)]
    timeline = _story(*crowd, ("The day after", "2024-04-15"), ("Later", "2024-05-20"))
    window = show(qtbot, MainWindow(TimelineViewModel(timeline), None), 1200, 700)
    model = window.model
    start = seconds_from_civil(2024, 4, 13)
    model.set_viewport(Viewport(start, 3 * DAY / 1000, 1000))  # 13 to 16 April
    frame = _paint(window)
    (band,) = frame.lanes
    assert band.aggregated and band.starting_count == 201
    (histogram,) = [area for area in frame.listed if area.t1 is not None]
    assert histogram.count == 201
    y = histogram.box.center_y
    click_canvas(window, histogram.box.center_x, y)  # no bar there: nothing is listed
    assert window.event_list.list_model.rowCount() == 202
    click_canvas(window, model.viewport.x_at(seconds_from_civil(2024, 4, 14)) + 1, y)  # the crowd's bar
    listed = window.event_list.list_model.rowCount()
    assert listed == 200
    shown = [window.event_list.list_model.event_at(row) for row in range(listed)]
    assert all(model.timeline.events.titles[event].startswith("Crowd") for event in shown)
    label = window.search_bar.filter_label.full_text()
    assert label.startswith("Showing only: Lane: Lane · Starting") and "14 April 2024" in label


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 100), st.integers(0, 40), st.sampled_from(["a", "b", None])),
        min_size=1,
        max_size=60,
    ),
    st.integers(-5, 120),
    st.integers(1, 60),
)
def test_running_into_and_starting_in_a_lane_equal_brute_force(
    spans: list[tuple[int, int, str | None]], t0: int, width: int
) -> None:
    records = [
        {
            "id": f"e{number}",
            "title": "t",
            "date": f"{2000 + start:04d}/{2000 + start + length:04d}" if length else f"{2000 + start:04d}",
            "status": "confirmed",
            **({"lane": lane} if lane else {}),
        }
        for number, (start, length, lane) in enumerate(spans)
    ]
    lanes = [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}]
    timeline = parse_timeline(json.dumps({"title": "t", "lanes": lanes, "events": records}).encode())
    index = TimelineIndex.build(timeline.events)
    events = timeline.events
    view_start, view_end = seconds_from_civil(2000 + t0, 1, 1), seconds_from_civil(2000 + t0 + width, 1, 1)
    for lane in range(index.lane_count):
        members = [i for i in range(len(events)) if index.lane_of_event[i] == lane]
        running = [i for i in members if events.start[i] < view_start < events.end[i]]
        starting = [i for i in members if view_start <= events.start[i] < view_end]
        assert sorted(index.running_into_lane(lane, view_start).tolist()) == sorted(running)
        assert sorted(index.starting_in_lane(lane, view_start, view_end).tolist()) == sorted(starting)
        assert np.all(np.diff(index.rank[index.starting_in_lane(lane, view_start, view_end)]) > 0)


def test_a_click_on_a_histogram_of_a_timeline_since_replaced_does_nothing(
    qtbot: QtBot, isolated_settings: Path
) -> None:
    # The last paint's frame names lanes of the timeline before: a click before the next paint
    # must find nothing there (the lane it names is gone).
    records = [
        {"id": f"e{n}", "title": "Crowd", "date": "2024-04-14", "status": "confirmed", "lane": "b"}
        for n in range(200)
    ]
    lanes = [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}]
    crowded = parse_timeline(json.dumps({"title": "t", "lanes": lanes, "events": records}).encode())
    window = show(qtbot, MainWindow(TimelineViewModel(crowded), None), 1200, 700)
    model = window.model
    model.set_viewport(Viewport(seconds_from_civil(2024, 4, 13), 3 * DAY / 1000, 1000))
    (histogram,) = [area for area in _paint(window).listed if area.t1 is not None]
    assert histogram.index_lane == 1
    crowd_x = model.viewport.x_at(seconds_from_civil(2024, 4, 14)) + 1
    model.set_timeline(parse_timeline(json.dumps({"title": "u", "events": []}).encode()))
    assert window.canvas.frame.listed_at(crowd_x, histogram.box.center_y) is None  # forgotten
    click_canvas(window, crowd_x, histogram.box.center_y)
    assert model.event_filter.is_empty and model.selected is None
