"""Search and filters: examples on events.json, brute-force equality, incremental typing, filter text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest import mock

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app import search
from timeline_app.event_table import Event, EventTable
from timeline_app.loader import load_timeline, parse_timeline
from timeline_app.model import Status
from timeline_app.search import NO_FILTER_TEXT, EventFilter, SearchIndex, fold
from timeline_app.timeline import Timeline

from .conftest import EVENTS_JSON

LANES = ("a", "b", "c")
# Letters that fold in interesting ways (ß → ss, accents dropped, the fi ligature → fi), the
# field separator itself, and a space so that queries have several words.
ALPHABET = "abeisAS ßŠéÉ\u0301ﬁ-\x00"
TEXT = st.text(ALPHABET, max_size=12)
NAME = st.text("abcAB ", min_size=1, max_size=4)


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return load_timeline(EVENTS_JSON)


@pytest.fixture(scope="module")
def index(timeline: Timeline) -> SearchIndex:
    return SearchIndex(timeline.events)


def _ids(events: EventTable, mask: np.ndarray[Any, np.dtype[np.bool_]]) -> set[str]:
    return {events.ids[i] for i in np.flatnonzero(mask)}


def _table(events: list[dict[str, Any]]) -> EventTable:
    lanes = [{"id": lane, "label": f"Lane {lane.upper()}"} for lane in LANES]
    document = {"title": "t", "lanes": lanes, "events": events}
    return parse_timeline(json.dumps(document).encode()).events


def _event(i: int, **fields: Any) -> dict[str, Any]:
    return {"id": f"e{i}", "title": f"Event {i}", "date": "2024", "status": "confirmed", **fields}


# ---------------------------------------------------------------------------
# Examples


def test_examples_on_events_json(timeline: Timeline, index: SearchIndex) -> None:
    events = timeline.events
    assert _ids(events, index.matches("xpeng")) == {"vw-xpeng-stake"}
    assert "chery-jlr-denial" in _ids(events, index.matches("yicai"))
    tagged = {e.id for e in events if "platform-sharing" in e.tags}
    assert _ids(events, index.matches("platform-sharing")) == tagged and len(tagged) == 5
    assert _ids(events, index.matches("jin yibo")) == {"chery-jlr-denial"}
    assert _ids(events, index.matches("  YIBO   Jin ")) == {"chery-jlr-denial"}
    assert _ids(events, index.matches("£15")) == {"jlr-investment-plan"}
    assert _ids(events, index.matches("xpeng denial")) == set()


def test_empty_query_matches_everything_and_masks_are_read_only(index: SearchIndex) -> None:
    for query in ("", "   ", "\x00"):
        mask = index.matches(query)
        assert mask.dtype == np.bool_ and mask.all()
    mask = index.matches("chery")
    assert not mask.flags.writeable
    with pytest.raises(ValueError, match="read-only"):
        mask[0] = True


def test_each_searchable_field_is_searched_and_nothing_else() -> None:
    events = _table(
        [
            _event(0, title="Title alpha"),
            _event(1, summary="Summary bravo"),
            _event(2, actors=["Charlie Actor"]),
            _event(3, sources=[{"outlet": "Delta Daily"}]),
            _event(4, sources=[{"outlet": "X", "quote": "said echo"}]),
            _event(5, sources=[{"outlet": "X", "via": "Foxtrot Wire"}]),
            _event(6, tags=["golf"]),
            _event(7, sources=[{"outlet": "X", "url": "https://hotel.example"}]),
            _event(8, metrics=[{"name": "india", "value": 1}], links=[{"type": "related", "target": "e0"}]),
        ]
    )
    index = SearchIndex(events)
    for word, expected in [
        ("alpha", {"e0"}),
        ("bravo", {"e1"}),
        ("charlie", {"e2"}),
        ("DELTA", {"e3"}),
        ("echo", {"e4"}),
        ("foxtrot", {"e5"}),
        ("golf", {"e6"}),
        ("hotel", set()),
        ("india", set()),
        ("x", {"e4", "e5", "e7"}),
    ]:
        assert _ids(events, index.matches(word)) == expected, word


def test_words_match_in_different_fields_but_never_across_a_field_boundary() -> None:
    events = _table(
        [
            _event(0, title="Spokesman", actors=["Jin Yibo"], tags=["denial"]),
            _event(1, title="ab", summary="cd"),
            _event(2, actors=["ab", "cd"]),
        ]
    )
    index = SearchIndex(events)
    assert _ids(events, index.matches("yibo denial spokes")) == {"e0"}
    assert _ids(events, index.matches("bc")) == set()
    assert _ids(events, index.matches("ab cd")) == {"e1", "e2"}


def test_case_and_accents_are_folded_and_later_events_keep_their_place() -> None:
    events = _table(
        [
            _event(0, title="Škoda opens in Straße", summary="ÉLAN ﬁnal"),
            _event(1, title="Plain ASCII after it", tags=["Zürich"]),
        ]
    )
    index = SearchIndex(events)
    for query in ("skoda", "ŠKODA", "škoda", "strasse", "STRASSE", "straße", "élan", "elan", "final"):
        assert _ids(events, index.matches(query)) == {"e0"}, query
    for query in ("zurich", "ZÜRICH", "plain", "after it"):
        assert _ids(events, index.matches(query)) == {"e1"}, query
    assert fold("Škoda ÉLAN Straße") == "skoda elan strasse"


# ---------------------------------------------------------------------------
# Properties against a brute-force scan


def _searchable(event: Event) -> list[str]:
    texts = [event.title, event.summary, *event.actors, *event.tags]
    for source in event.sources:
        texts += [source.outlet, source.quote or "", source.via or ""]
    return [fold(text) for text in texts]


def _brute_force(events: EventTable, query: str) -> np.ndarray[Any, np.dtype[np.bool_]]:
    words = [fold(word).replace("\x00", "") for word in query.split()]
    return np.array(
        [all(any(word in text for text in _searchable(event)) for word in words) for event in events],
        dtype=np.bool_,
    )


@st.composite
def _events(draw: st.DrawFn) -> list[dict[str, Any]]:
    count = draw(st.integers(0, 25))
    events = []
    for i in range(count):
        fields: dict[str, Any] = {"title": draw(TEXT.filter(bool)), "summary": draw(TEXT)}
        if draw(st.booleans()):
            fields["actors"] = draw(st.lists(TEXT.filter(bool), max_size=3))
            fields["tags"] = draw(st.lists(TEXT.filter(bool), max_size=2))
            fields["sources"] = [
                {"outlet": outlet, "quote": quote, "via": via}
                for outlet, quote, via in draw(
                    st.lists(st.tuples(TEXT.filter(bool), TEXT, st.none() | TEXT), max_size=2)
                )
            ]
        events.append(_event(i, **fields))
    return events


@contextmanager
def _small_thresholds(probe: int, near: int) -> Iterator[None]:
    """Make the dense switch and the far bisect happen on tiny timelines too."""
    with mock.patch.object(search, "DENSE_PROBE_HITS", probe), mock.patch.object(search, "NEAR_EVENTS", near):
        yield


@settings(max_examples=150, deadline=None)
@given(
    _events(),
    st.lists(st.text(ALPHABET, max_size=6), min_size=1, max_size=4),
    st.sampled_from([1, 2, search.DENSE_PROBE_HITS]),
    st.sampled_from([1, 3, search.NEAR_EVENTS]),
)
def test_matches_equal_a_brute_force_scan(
    records: list[dict[str, Any]], queries: list[str], probe: int, near: int
) -> None:
    events = _table(records)
    with _small_thresholds(probe, near):
        index = SearchIndex(events)
        for query in queries:
            assert np.array_equal(index.matches(query), _brute_force(events, query)), query


@settings(max_examples=100, deadline=None)
@given(
    _events(),
    st.text(ALPHABET, min_size=1, max_size=10),
    st.text(ALPHABET, max_size=6),
    st.data(),
)
def test_typing_and_backspacing_give_the_results_of_fresh_searches(
    records: list[dict[str, Any]], typed: str, retyped: str, data: st.DataObject
) -> None:
    events = _table(records)
    kept = data.draw(st.integers(0, len(typed)), label="kept after backspacing")
    sequence = [typed[:i] for i in range(1, len(typed) + 1)]
    sequence += [typed[:i] for i in range(len(typed) - 1, kept - 1, -1)]
    sequence += [typed[:kept] + retyped[:i] for i in range(1, len(retyped) + 1)]
    with _small_thresholds(1, 1):
        index = SearchIndex(events)
        for query in sequence:
            fresh = SearchIndex(events).matches(query)
            assert np.array_equal(index.matches(query), fresh), (sequence, query)


def test_typing_a_word_rechecks_only_the_previous_matches() -> None:
    events = _table([_event(i, title=("leap " if i % 3 == 0 else "lead ") + str(i)) for i in range(30)])
    index = SearchIndex(events)
    index.matches("lea")
    with mock.patch.object(search, "_scan", side_effect=AssertionError("scanned again")):
        assert np.count_nonzero(index.matches("leap")) == 10
        assert _ids(events, index.matches("leap 2")) == {"e12", "e21", "e24", "e27"}
        assert np.count_nonzero(index.matches("lea")) == 30  # remembered
    index.clear_cache()
    with (
        pytest.raises(AssertionError, match="scanned again"),
        mock.patch.object(search, "_scan", side_effect=AssertionError("scanned again")),
    ):
        index.matches("leap")


def test_a_dense_word_on_many_events_matches_a_brute_force_scan() -> None:
    words = ("alpha", "beta", "gamma")
    records = [_event(i, summary=f"{words[i % 3]} {i}") for i in range(3 * search.DENSE_PROBE_HITS)]
    events = _table(records)
    index = SearchIndex(events)
    for query in ("a", "alpha", "event 1", "mm", "9"):
        assert np.array_equal(index.matches(query), _brute_force(events, query)), query


# ---------------------------------------------------------------------------
# Filters


def test_filters_on_events_json(timeline: Timeline, index: SearchIndex) -> None:
    events = timeline.events
    disputed = EventFilter(statuses=frozenset({Status.DISPUTED}))
    assert _ids(events, index.filtered(disputed)) == {"jlr-chery-report"}
    lane = EventFilter(lanes=frozenset({"chery"}))
    assert _ids(events, index.filtered(lane)) == {
        "yin-two-european-brands",
        "exeed-et-smart-driving-challenge",
    }
    both = EventFilter(statuses=frozenset({Status.PLANNED}), lanes=frozenset({"chery", "jlr-chery"}))
    assert _ids(events, index.filtered(both)) == {
        "exeed-et-smart-driving-challenge",
        "jaguar-exeed-first-model",
    }
    actor_and_tag = EventFilter(actors=frozenset({"Chery", "Xpeng"}), tags=frozenset({"investment"}))
    assert _ids(events, index.filtered(actor_and_tag)) == {"vw-xpeng-stake"}
    assert index.filtered(EventFilter()).all()
    assert not index.filtered(EventFilter(lanes=frozenset({"no-such-lane"}))).any()
    assert not index.filtered(EventFilter(actors=frozenset({"Nobody"}))).any()
    assert not index.filtered(disputed).flags.writeable


@st.composite
def _filter_case(draw: st.DrawFn) -> tuple[list[dict[str, Any]], EventFilter]:
    records = []
    for i in range(draw(st.integers(0, 20))):
        fields: dict[str, Any] = {"status": draw(st.sampled_from(list(Status))).value}
        lane = draw(st.sampled_from([*LANES, None]))
        if lane is not None:
            fields["lane"] = lane
        if draw(st.booleans()):
            fields["actors"] = draw(st.lists(NAME, max_size=3))
            fields["tags"] = draw(st.lists(NAME, max_size=3))
        records.append(_event(i, **fields))
    event_filter = EventFilter(
        statuses=draw(st.frozensets(st.sampled_from(list(Status)))),
        lanes=draw(st.frozensets(st.sampled_from([*LANES, None, "unknown"]))),
        actors=draw(st.frozensets(NAME, max_size=3)),
        tags=draw(st.frozensets(NAME, max_size=3)),
    )
    return records, event_filter


@settings(max_examples=150, deadline=None)
@given(_filter_case())
def test_filters_and_across_kinds_or_within_a_kind(case: tuple[list[dict[str, Any]], EventFilter]) -> None:
    records, event_filter = case
    events = _table(records)

    def passes(event: Event) -> bool:
        f = event_filter
        return (
            (not f.statuses or event.status in f.statuses)
            and (not f.lanes or event.lane in f.lanes)
            and (not f.actors or not f.actors.isdisjoint(event.actors))
            and (not f.tags or not f.tags.isdisjoint(event.tags))
        )

    expected = np.array([passes(event) for event in events], dtype=np.bool_)
    assert np.array_equal(SearchIndex(events).filtered(event_filter), expected)


# ---------------------------------------------------------------------------
# Filter text and menus


def test_describe_names_every_kind_in_a_stable_order(timeline: Timeline) -> None:
    labels = {lane.id: lane.label for lane in timeline.lanes}
    event_filter = EventFilter(
        statuses=frozenset({Status.REPORTED, Status.DISPUTED}), lanes=frozenset({"jlr-chery"})
    )
    assert event_filter.describe(labels) == "Status: disputed, reported · Lane: JLR and Chery"
    assert event_filter.describe() == "Status: disputed, reported · Lane: jlr-chery"
    full = EventFilter(
        lanes=frozenset({None, "chery"}),
        actors=frozenset({"Xpeng", "BYD", "chery"}),
        tags=frozenset({"launch"}),
    )
    assert full.describe(labels) == "Lane: Chery, no lane · Actor: BYD, chery, Xpeng · Tag: launch"
    assert EventFilter().describe(labels) == NO_FILTER_TEXT
    assert EventFilter().is_empty and not full.is_empty


def test_actors_and_tags_are_counted_most_frequent_first(timeline: Timeline, index: SearchIndex) -> None:
    events = timeline.events
    for listed, values in ((index.actors(), "actors"), (index.tags(), "tags")):
        counts: dict[str, int] = {}
        for event in events:
            for name in set(getattr(event, values)):
                counts[name] = counts.get(name, 0) + 1
        assert dict(listed) == counts
        assert [n for _, n in listed] == sorted(counts.values(), reverse=True)
    assert index.actors()[:2] == [("Jaguar Land Rover", 6), ("Chery", 5)]
    assert index.tags()[0] == ("platform-sharing", 5)
    assert SearchIndex(_table([_event(0, actors=["A", "A"], tags=["t"])])).actors() == [("A", 1)]
