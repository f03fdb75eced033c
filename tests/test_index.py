"""The sorted index: visibility queries match a brute-force scan, date order walks every event once."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.dates import parse_edtf
from timeline_app.core.event_table import FUZZY_END, FUZZY_START, IdIndex, fuzzy_ends
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


def test_equal_ids_of_a_big_index_are_found_first_in_file_order() -> None:
    """(numpy's default sort, the index's first choice, is not stable beyond a few items.)"""
    ids = tuple(f"id-{(k * 7919) % 13}" for k in range(5000))
    index = IdIndex(ids)
    assert index.has_duplicates()
    assert all(index.get(event_id) == ids.index(event_id) for event_id in set(ids))
    assert index.same_as(IdIndex(ids[:2500]).spliced(ids, 2500, 2500, ids[2500:]))


def test_events_without_a_lane_go_to_the_trailing_lane() -> None:
    timeline = _timeline([("2020", 0), ("2021", 2), ("2022", 1), ("2023", 2)])
    index = TimelineIndex.build(timeline.events)
    assert index.lane_count == 3  # lanes a and b, then the one for events without a lane
    assert index.lane_of_event.tolist() == [0, 2, 1, 2]
    assert np.bincount(index.lane_of_event, minlength=index.lane_count).tolist() == [1, 1, 2]
    assert [index.lanes[lane].events.tolist() for lane in range(3)] == [[0], [2], [1, 3]]


def test_a_timeline_without_lanes_has_just_the_trailing_lane() -> None:
    document = {"title": "t", "events": [{"id": "e", "title": "E", "date": "2020", "status": "confirmed"}]}
    index = TimelineIndex.build(parse_timeline(json.dumps(document).encode()).events)
    assert index.lane_count == 1
    assert index.lanes[0].events.tolist() == [0]


@pytest.mark.parametrize(
    ("date", "t0", "t1"),
    [
        ("2023", "2024", "2025"),  # ends as the window starts
        ("2025", "2024", "2025"),  # starts as the window ends
        ("2025/..", "2024", "2025"),
        ("../2023", "2024", "2025"),
    ],
)
def test_visibility_is_half_open(date: str, t0: str, t1: str) -> None:
    timeline = _timeline([(date, 0), ("2024-06", 0)])
    index = TimelineIndex.build(timeline.events)
    assert index.visible_in_lane(0, parse_edtf(t0).start, parse_edtf(t1).start).tolist() == [1]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(DATE, st.integers(0, 2)), min_size=1, max_size=40), YEARS, st.integers(0, 40))
def test_events_running_into_and_starting_in_a_window_are_exactly_those_of_a_scan(
    dates: list[tuple[str, int]], start_year: int, length_years: int
) -> None:
    timeline = _timeline(dates)
    index = TimelineIndex.build(timeline.events)
    start, end = timeline.events.start, timeline.events.end
    t0, t1 = parse_edtf(str(start_year)).start, parse_edtf(str(start_year + length_years)).start
    for lane in range(index.lane_count):
        in_order = [int(i) for i in index.order if index.lane_of_event[i] == lane]
        running = [i for i in in_order if start[i] < t0 < end[i]]
        starting = [i for i in in_order if t0 <= start[i] < t1]
        assert index.running_into_lane(lane, t0).tolist() == running
        assert index.starting_in_lane(lane, t0, t1).tolist() == starting


def test_an_event_starting_as_the_window_starts_starts_in_it_and_does_not_run_into_it() -> None:
    timeline = _timeline([("2020/2030", 0), ("2024/2026", 0), ("2010/2023", 0), ("2025", 0)])
    index = TimelineIndex.build(timeline.events)
    t0, t1 = parse_edtf("2024").start, parse_edtf("2025").start
    assert index.running_into_lane(0, t0).tolist() == [0]  # 2010/2023 ends as the window starts
    assert index.starting_in_lane(0, t0, t1).tolist() == [1]  # 2025 starts as the window ends
    assert index.running_into_lane(0, parse_edtf("2025").end).tolist() == [0, 1]


def test_open_ended_events_run_into_a_window_they_cover() -> None:
    dates = ["../2030", "2000/..", "2040/..", "../2010", "2020", "../2020-05", "2020-06/.."]
    index = TimelineIndex.build(_timeline([(date, 0) for date in dates]).events)
    t0 = parse_edtf("2020-06").start
    # ../2020-05 ends as the window starts; 2020-06/.. starts with it, so it starts in it.
    assert index.running_into_lane(0, t0).tolist() == [0, 1, 4]
    assert index.starting_in_lane(0, t0, math.inf).tolist() == [6, 2]


def test_a_lone_event_that_does_not_reach_the_window_does_not_run_into_it() -> None:
    index = TimelineIndex.build(_timeline([("2010", 0)]).events)
    assert index.running_into_lane(0, parse_edtf("2020").start).tolist() == []
    assert index.running_into_lane(1, parse_edtf("2020").start).tolist() == []  # an empty lane


def test_the_no_lane_lane_is_the_last_and_tells_whether_it_has_events() -> None:
    with_them = TimelineIndex.build(_timeline([("2020", 0), ("2021", 2)]).events)
    without = TimelineIndex.build(_timeline([("2020", 0), ("2021", 1)]).events)
    assert (with_them.no_lane, without.no_lane) == (2, 2)
    assert with_them.has_events_without_lane()
    assert not without.has_events_without_lane()


def test_a_single_event_is_both_first_and_last() -> None:
    index = TimelineIndex.build(_timeline([("2024", 0)]).events)
    assert (index.neighbour(None, 1), index.neighbour(None, -1)) == (0, 0)
    assert (index.neighbour(0, 1), index.neighbour(0, -1)) == (None, None)


def test_an_empty_timeline_has_no_neighbours() -> None:
    index = TimelineIndex.build(_timeline([]).events)
    assert (index.neighbour(None, 1), index.neighbour(None, -1)) == (None, None)


def test_the_longest_duration_of_a_lane_ignores_open_ended_events() -> None:
    timeline = _timeline([("2010/2013", 0), ("2020/..", 0), ("../2000", 0), ("2001", 0), ("2005/..", 1)])
    index = TimelineIndex.build(timeline.events)
    assert index.lanes[0].longest == parse_edtf("2014").start - parse_edtf("2010").start
    assert index.lanes[0].open_ended.tolist() == [0, 3]  # ../2000 and 2020/.., by place in the lane
    assert index.lanes[1].longest == 0.0  # nothing finite to measure
    assert index.lanes[2].longest == 0.0  # no events at all


def test_events_with_details_but_no_links_link_to_nothing() -> None:
    document = {
        "title": "t",
        "events": [
            {"id": "a", "title": "A", "date": "2024", "status": "confirmed", "tags": ["x"]},
            {
                "id": "b",
                "title": "B",
                "date": "2025",
                "status": "confirmed",
                "links": [{"type": "follows", "target": "a"}],
            },
        ],
    }
    index = TimelineIndex.build(parse_timeline(json.dumps(document).encode()).events)
    assert index.incoming == {0: ((1, "follows"),)}


def _kept_neighbour(full: TimelineIndex, keep: list[bool], current: int | None, step: int) -> int | None:
    """Reference: the step-th kept event after (before, for a negative step) current in date order."""
    order = full.order.tolist()
    kept = [event for event in order if keep[event]]
    if current is None:
        after, before = kept, kept[::-1]
    else:
        position = order.index(current)
        after = [event for event in order[position + 1 :] if keep[event]]
        before = [event for event in order[:position][::-1] if keep[event]]
    candidates = after if step > 0 else before
    return candidates[abs(step) - 1] if abs(step) <= len(candidates) else None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(DATE, st.integers(0, 2)), min_size=1, max_size=30), st.data())
def test_walking_a_restricted_index_visits_the_kept_events_around_any_event(
    dates: list[tuple[str, int]], data: st.DataObject
) -> None:
    timeline = _timeline(dates)
    full = TimelineIndex.build(timeline.events)
    keep = data.draw(st.lists(st.booleans(), min_size=len(dates), max_size=len(dates)))
    index = restrict(full, timeline.events, np.array(keep))
    for step in (1, -1):
        assert index.neighbour(None, step) == _kept_neighbour(full, keep, None, step)
    for event in range(len(dates)):  # kept or not: a hidden selection steps to its kept neighbours
        for step in (1, 2, -1, -2):
            assert index.neighbour(event, step) == _kept_neighbour(full, keep, event, step), (event, step)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(DATE, st.integers(0, 2)), min_size=1, max_size=30), st.data())
def test_a_restricted_index_is_the_full_one_without_the_left_out_events(
    dates: list[tuple[str, int]], data: st.DataObject
) -> None:
    timeline = _timeline(dates)
    full = TimelineIndex.build(timeline.events)
    keep = np.array(data.draw(st.lists(st.booleans(), min_size=len(dates), max_size=len(dates))))
    index = restrict(full, timeline.events, keep)
    assert index.order.tolist() == [event for event in full.order.tolist() if keep[event]]
    for event in index.order.tolist():
        assert index.order[index.rank[event]] == event
    assert index.lane_count == full.lane_count
    assert index.lane_of_event.tolist() == full.lane_of_event.tolist()
    assert index.incoming == full.incoming
    t0, t1 = parse_edtf("2000").start, parse_edtf("2020").start
    for lane in range(index.lane_count):
        visible = full.visible_in_lane(lane, t0, t1).tolist()
        assert index.visible_in_lane(lane, t0, t1).tolist() == [event for event in visible if keep[event]]


def test_the_full_index_ranks_every_event_by_its_place_in_date_order() -> None:
    timeline = _timeline([("2024", 0), ("2023-05", 1), ("2023-05-02", 0), ("2010/2017", 2)])
    index = TimelineIndex.build(timeline.events)
    assert [int(index.order[index.rank[event]]) for event in range(4)] == [0, 1, 2, 3]


def test_only_the_full_index_can_be_restricted() -> None:
    timeline = _timeline([("2024", 0), ("2023", 1)])
    restricted = restrict(TimelineIndex.build(timeline.events), timeline.events, np.array([True, False]))
    with pytest.raises(AssertionError, match=r"^restrict the full index$"):
        restrict(restricted, timeline.events, np.array([True, True]))


@pytest.mark.parametrize(
    ("text", "bits"),
    [
        ("2023", 0),
        ("2023~", FUZZY_START | FUZZY_END),
        ("2023?/2025", FUZZY_START),
        ("2023/..", FUZZY_END),
        ("2004?-06-11", FUZZY_START | FUZZY_END),  # a qualifier inside the date
        ("[1667,1668,1670..1672]", FUZZY_START | FUZZY_END),  # one of them: which is not known
        ("[1667,1668~]", FUZZY_START | FUZZY_END),
        ("{1667,1668,1670..1672}", 0),  # all of them
        ("{1667~,1668}", FUZZY_START),
        ("{1667,1668..}", FUZZY_END),
    ],
)
def test_fuzzy_ends(text: str, bits: int) -> None:
    assert fuzzy_ends(parse_edtf(text)) == bits
