"""The sorted index: visibility queries match a brute-force scan, date order walks every event once."""

from __future__ import annotations

import json

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.event_table import IdIndex
from timeline_app.core.index import TimelineIndex, restrict
from timeline_app.core.timeline import Timeline
from timeline_app.io.loader import parse_timeline

YEARS = st.integers(1990, 2030)


def _timeline(dates: list[tuple[str, int]]) -> Timeline:
    document = {
        "title": "t",
        "lanes": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}],
        "events": [
            {
                "id": f"e{i}",
                "title": f"E{i}",
                "date": date,
                "status": "confirmed",
                **({"lane": "ab"[lane]} if lane < 2 else {}),
            }
            for i, (date, lane) in enumerate(dates)
        ],
    }
    return parse_timeline(json.dumps(document).encode())


DATE = st.one_of(
    YEARS.map(str),
    st.tuples(YEARS, st.integers(1, 12)).map(lambda p: f"{p[0]}-{p[1]:02d}"),
    st.tuples(YEARS, YEARS).map(lambda p: f"{min(p)}/{max(p)}"),
    YEARS.map(lambda y: f"{y}/.."),
    YEARS.map(lambda y: f"../{y}"),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(DATE, st.integers(0, 2)), min_size=1, max_size=40), YEARS, st.integers(0, 40))
def test_visible_events_are_exactly_those_overlapping_the_window(
    dates: list[tuple[str, int]], start_year: int, length_years: int
) -> None:
    timeline = _timeline(dates)
    index = TimelineIndex.build(timeline.events)
    events = timeline.events
    t0 = (start_year - 1970) * 365.2425 * 86_400
    t1 = t0 + max(length_years, 1) * 365.2425 * 86_400
    for lane in range(index.lane_count):
        found = index.visible_in_lane(lane, t0, t1)
        expected = [
            i
            for i in range(len(events))
            if index.lane_of_event[i] == lane and events.start[i] < t1 and events.end[i] > t0
        ]
        assert sorted(found.tolist()) == expected
        starts = events.start[found].tolist()
        assert starts == sorted(starts), "visible events come in date order"


def test_walking_date_order_visits_every_event_once_in_order() -> None:
    timeline = _timeline([("2024", 0), ("2023-05", 1), ("2023-05-02", 0), ("2010/2017", 2), ("../2000", 0)])
    index = TimelineIndex.build(timeline.events)
    seen = []
    current = None
    while (current := index.neighbour(current, 1)) is not None:
        seen.append(current)
    assert [timeline.events.ids[i] for i in seen] == ["e4", "e3", "e1", "e2", "e0"]
    assert index.neighbour(None, -1) == seen[-1]
    assert index.neighbour(seen[0], -1) is None


def test_incoming_links_are_indexed() -> None:
    document = {
        "title": "t",
        "events": [
            {"id": "report", "title": "R", "date": "2024-04", "status": "disputed"},
            {
                "id": "denial",
                "title": "D",
                "date": "2024-04-14",
                "status": "confirmed",
                "links": [{"type": "denies", "target": "report"}],
            },
        ],
    }
    timeline = parse_timeline(json.dumps(document).encode())
    index = TimelineIndex.build(timeline.events)
    assert index.incoming == {0: ((1, "denies"),)}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(DATE, st.integers(0, 2)), min_size=1, max_size=40), st.data())
def test_starts_in_order_are_sorted_for_the_full_and_any_restricted_index(
    dates: list[tuple[str, int]], data: st.DataObject
) -> None:
    timeline = _timeline(dates)
    events = timeline.events
    full = TimelineIndex.build(events)
    keep = np.array(data.draw(st.lists(st.booleans(), min_size=len(dates), max_size=len(dates))))
    for index in (full, restrict(full, events, keep)):
        assert index.starts_in_order.tolist() == events.start[index.order].tolist()
        assert index.starts_in_order.tolist() == sorted(index.starts_in_order.tolist())


def test_time_range_covers_the_finite_bounds_of_every_event() -> None:
    timeline = _timeline([("2001/..", 0), ("../1995", 1), ("2010-03", 2)])
    low, high = timeline.time_range() or (0.0, 0.0)
    finite = [t for t in (*timeline.events.start.tolist(), *timeline.events.end.tolist()) if np.isfinite(t)]
    assert (low, high) == (min(finite), max(finite))
    assert _timeline([]).time_range() is None


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="ab", min_size=1, max_size=3), max_size=30))
def test_id_index_finds_each_first_event_and_tells_duplicates(ids: list[str]) -> None:
    index = IdIndex(tuple(ids))
    assert index.has_duplicates() == (len(set(ids)) < len(ids))
    for event_id in set(ids):
        assert index.get(event_id) == ids.index(event_id)
    assert index.get("c") is None
