"""Search and filters: examples on events.json, brute-force equality, incremental typing, filter text."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from unittest import mock

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from timeline_app.core import search, word_index
from timeline_app.core.calendar import seconds_from_civil
from timeline_app.core.event_table import Event, EventTable
from timeline_app.core.model import Status
from timeline_app.core.search import NO_FILTER_TEXT, EventFilter, SearchIndex, fold
from timeline_app.core.timeline import Timeline
from timeline_app.core.word_index import WordIndex
from timeline_app.io.loader import load_timeline, parse_timeline

from .conftest import EVENTS_JSON

LANES = ("a", "b", "c")
# Letters that fold in interesting ways (ß → ss, accents dropped, the fi ligature → fi), the
# field separator itself, a space so that queries have several words, a spacing accent that folds
# to a space, and a tab.
ALPHABET = "abeisAS ßŠéÉ\u0301ﬁ-\x00´\t"
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


def _timeline(events: list[dict[str, Any]]) -> Timeline:
    lanes = [{"id": lane, "label": f"Lane {lane.upper()}"} for lane in LANES]
    document = {"title": "t", "lanes": lanes, "events": events}
    return parse_timeline(json.dumps(document).encode())


def _table(events: list[dict[str, Any]]) -> EventTable:
    return _timeline(events).events


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


@dataclass(frozen=True)
class _Tuning:
    """Sizes that decide which path a query takes, shrunk so that tiny timelines take them all."""

    chunk_events: int = search.CHUNK_EVENTS
    heavy_tokens: int = word_index.HEAVY_TOKENS
    heavy_min_share: float = word_index.HEAVY_MIN_SHARE
    dense_positions: float = word_index.DENSE_POSITIONS

    @contextmanager
    def applied(self) -> Iterator[None]:
        with (
            mock.patch.object(search, "CHUNK_EVENTS", self.chunk_events),
            mock.patch.object(word_index, "HEAVY_TOKENS", self.heavy_tokens),
            mock.patch.object(word_index, "HEAVY_MIN_SHARE", self.heavy_min_share),
            mock.patch.object(word_index, "DENSE_POSITIONS", self.dense_positions),
        ):
            yield


TUNINGS = st.sampled_from(
    [
        _Tuning(),
        _Tuning(chunk_events=1, heavy_tokens=0, dense_positions=0.0),  # every token light, one event a chunk
        _Tuning(chunk_events=3, heavy_tokens=2, heavy_min_share=0.0, dense_positions=100.0),
        _Tuning(chunk_events=2, heavy_tokens=100, heavy_min_share=0.0),  # nearly every token heavy
    ]
)


@settings(max_examples=200, deadline=None)
@given(_events(), st.lists(st.text(ALPHABET, max_size=6), min_size=1, max_size=4), TUNINGS)
def test_matches_equal_a_brute_force_scan(
    records: list[dict[str, Any]], queries: list[str], tuning: _Tuning
) -> None:
    events = _table(records)
    with tuning.applied():
        index = SearchIndex(events)
        for query in queries:
            assert np.array_equal(index.matches(query), _brute_force(events, query)), query


@settings(max_examples=100, deadline=None)
@given(
    _events(),
    st.text(ALPHABET, min_size=1, max_size=10),
    st.text(ALPHABET, max_size=6),
    st.data(),
    TUNINGS,
)
def test_typing_and_backspacing_give_the_results_of_fresh_searches(
    records: list[dict[str, Any]], typed: str, retyped: str, data: st.DataObject, tuning: _Tuning
) -> None:
    events = _table(records)
    kept = data.draw(st.integers(0, len(typed)), label="kept after backspacing")
    sequence = [typed[:i] for i in range(1, len(typed) + 1)]
    sequence += [typed[:i] for i in range(len(typed) - 1, kept - 1, -1)]
    sequence += [typed[:kept] + retyped[:i] for i in range(1, len(retyped) + 1)]
    with tuning.applied():
        index = SearchIndex(events)
        for query in sequence:
            assert np.array_equal(index.matches(query), _brute_force(events, query)), (sequence, query)


def test_remembered_words_are_not_looked_up_again() -> None:
    events = _table([_event(i, title=("leap " if i % 3 == 0 else "lead ") + str(i)) for i in range(30)])
    index = SearchIndex(events)
    assert index.word_index is not None
    with mock.patch.object(
        WordIndex, "containing", autospec=True, side_effect=WordIndex.containing
    ) as looked_up:
        assert np.count_nonzero(index.matches("leap")) == 10
        assert _ids(events, index.matches("leap 2")) == {"e12", "e21", "e24", "e27"}
        assert np.count_nonzero(index.matches("LEAP")) == 10  # remembered
        assert _ids(events, index.matches("2 leap")) == {"e12", "e21", "e24", "e27"}
        assert [call.args[1] for call in looked_up.call_args_list] == [b"leap", b"2"]
        index.clear_cache()
        index.matches("leap")
        assert looked_up.call_count == 3


def test_a_word_common_to_many_events_matches_a_brute_force_scan() -> None:
    words = ("alpha", "beta", "gamma")
    records = [_event(i, summary=f"{words[i % 3]} {i}") for i in range(6000)]
    events = _table(records)
    index = SearchIndex(events)
    assert index.word_index is not None and len(index.word_index.heavy_bits) > 0
    for query in ("a", "alpha", "event 1", "mm", "9", "59", "5999", "ph 99"):
        assert np.array_equal(index.matches(query), _brute_force(events, query)), query


def test_a_folded_spacing_accent_matches_a_space_but_no_other_gap() -> None:
    events = _table(
        [
            _event(0, title="Don´t stop"),
            _event(1, title="don t"),
            _event(2, title="don\tt"),
            _event(3, title="don", summary="t"),
            _event(4, title="a ´ b"),
        ]
    )
    index = SearchIndex(events)
    assert fold("´") == " "
    for query, expected in [
        ("don´t", {"e0", "e1"}),
        ("DON´T´STOP", {"e0"}),
        ("´", {"e0", "e1", "e4"}),
        ("´´", {"e4"}),
        ("´´´´", set()),
        ("´´´", {"e4"}),
        ("n´", {"e0", "e1"}),
        ("´t", {"e0", "e1"}),
    ]:
        assert _ids(events, index.matches(query)) == expected, query
        assert np.array_equal(index.matches(query), _brute_force(events, query)), query


def test_no_folded_query_word_holds_a_delimiter_but_the_space() -> None:
    """Only a space can come out of folding; tabs and line breaks split the query first."""
    made: set[str] = set()
    for code in range(0x110000):
        character = chr(code)
        if not character.isspace() and not 0xD800 <= code < 0xE000:
            made.update(c for c in fold(character) if ord(c) <= word_index.DELIMITER_MAX)
    assert made <= {" ", "\x00"} | {chr(c) for c in range(0x20) if not chr(c).isspace()}


# ---------------------------------------------------------------------------
# The word index on its own


DOCUMENT_BYTES = st.lists(
    st.sampled_from([b"a", b"b", b"ab", b"1", b"{", b"\xc3\xa9", b" ", b"\x00", b"\x01", b"\t"]), max_size=12
)


def _index_of(documents: list[bytes], chunk: int) -> WordIndex | None:
    def chunks() -> Iterator[word_index.Chunk]:
        for begin in range(0, len(documents), chunk):
            part = documents[begin : begin + chunk]
            yield b"".join(part), np.array([len(d) for d in part], dtype=np.int64)

    return word_index.build_word_index(chunks, len(documents))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(DOCUMENT_BYTES.map(lambda parts: b"".join(parts) + b"\x00"), max_size=20),
    st.lists(st.text("ab1{é", min_size=1, max_size=6).map(str.encode), min_size=1, max_size=4),
    st.integers(1, 5),
    TUNINGS,
)
def test_the_word_index_finds_exactly_the_documents_with_a_token_holding_the_word(
    documents: list[bytes], words: list[bytes], chunk: int, tuning: _Tuning
) -> None:
    with tuning.applied():
        index = _index_of(documents, chunk)
    assert index is not None
    tokens = [set(re.split(rb"[\x00-\x20]+", document)) - {b""} for document in documents]
    vocabulary = bytes(index.vocabulary).split(b"\x00")[:-1]
    assert sorted(vocabulary) == sorted(set().union(*tokens))
    for word in words:
        expected = [any(word in token for token in held) for held in tokens]
        assert index.containing(word).tolist() == expected, word
        assert [word in token for token in vocabulary] == index.tokens_containing(word).tolist()


def test_colliding_hashes_are_caught_and_a_later_seed_or_a_scan_answers() -> None:
    documents = [b"ab cd\x00", b"cd\x00", b"ba dc ab\x00"]
    real_hash = word_index._hash

    def by_length(words: Any, starts: Any, lengths: Any, seed: Any) -> Any:
        keys, heads = real_hash(words, starts, lengths, seed)
        return (lengths.astype(np.uint64) if seed == word_index.SEEDS[0] else keys), heads

    for chunk in (1, 3):  # a collision inside a chunk, and one between chunks
        with mock.patch.object(word_index, "_hash", by_length):
            index = _index_of(documents, chunk)
        assert index is not None
        assert index.containing(b"ab").tolist() == [True, False, True]
    with (
        mock.patch.object(word_index, "SEEDS", word_index.SEEDS[:1]),
        mock.patch.object(word_index, "_hash", by_length),
    ):
        assert _index_of(documents, 3) is None
        events = _table([_event(0, title="ab cd"), _event(1, title="cd"), _event(2, title="ba dc ab")])
        scanned = SearchIndex(events)
        assert scanned.word_index is None
        assert _ids(events, scanned.matches("ab")) == {"e0", "e2"}
        assert _ids(events, scanned.matches("b´c")) == {"e0"}


def test_the_index_is_built_in_the_background_or_when_first_needed() -> None:
    events = _table([_event(i, title=f"word{i}") for i in range(10)])
    index = SearchIndex(events)
    assert not index.ready
    index.prepare()
    assert _ids(events, index.matches("word7")) == {"e7"}  # waits for the build
    assert index.ready
    cancelled = SearchIndex(events)
    cancelled.cancel()
    cancelled.prepare()  # a delayed start after the timeline was replaced: nothing to build for
    assert cancelled._thread is None
    assert not cancelled.ready
    assert _ids(events, cancelled.matches("word3")) == {"e3"}  # a query still builds it
    stopped = SearchIndex(events)
    stopped.prepare()
    stopped.cancel()
    assert stopped._thread is not None
    stopped._thread.join()
    assert _ids(events, stopped.matches("word3")) == {"e3"}  # built, or stopped and built now


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


def test_starting_in_keeps_the_events_that_start_in_the_span_its_end_left_out(
    timeline: Timeline, index: SearchIndex
) -> None:
    events = timeline.events
    day, next_day = seconds_from_civil(2024, 4, 14), seconds_from_civil(2024, 4, 15)
    on_the_day = EventFilter(starting_in=(day, next_day))
    assert not on_the_day.is_empty
    assert _ids(events, index.filtered(on_the_day)) == {
        "yin-two-european-brands",
        "chery-jlr-denial",  # 14 to 15 April: it starts on the 14th
    }
    # Those starting at the end (15 April) are the next span's.
    starting_next = {events.ids[i] for i in range(len(events)) if events.start[i] == next_day}
    assert starting_next and starting_next.isdisjoint(_ids(events, index.filtered(on_the_day)))
    assert on_the_day.describe() == "Starting on 14 April 2024"
    three_days = EventFilter(lanes=frozenset({"chery"}), starting_in=(day, day + 3 * 86_400.0))
    assert three_days.describe({"chery": "Chery"}) == "Lane: Chery · Starting 14 April 2024 to 16 April 2024"


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


def test_a_big_timeline_shows_its_search_pending_until_the_index_is_built(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline_app.viewmodel import view_model as viewmodel
    from timeline_app.widgets.search_bar import SearchBar

    release = threading.Event()
    real_chunks = search._folded_chunks

    def held_back(events: EventTable, indices: Any = None) -> Iterator[word_index.Chunk]:
        release.wait(10)
        yield from real_chunks(events, indices)

    monkeypatch.setattr(search, "_folded_chunks", held_back)
    monkeypatch.setattr(viewmodel, "WAIT_FOR_INDEX_EVENTS", 0)
    timeline = _timeline([_event(i, title=f"word{i}") for i in range(10)])
    events = timeline.events
    model = viewmodel.TimelineViewModel(timeline)
    bar = SearchBar(model)
    qtbot.addWidget(bar)
    try:
        with qtbot.waitSignal(model.filter_changed, timeout=1000):
            model.set_query("word7")
        assert model.search_pending and model.match_mask is None and model.match_count == 0
        assert bar.count_label.text() == "Indexing…"
        with qtbot.waitSignal(model.filter_changed, timeout=10_000):
            release.set()
    finally:
        release.set()
    assert not model.search_pending
    assert model.match_mask is not None and _ids(events, model.match_mask) == {"e7"}
    assert bar.count_label.text() == "1 match"


def test_the_index_build_starts_by_itself_once_the_timeline_is_shown(qtbot: QtBot) -> None:
    from timeline_app.viewmodel.view_model import TimelineViewModel

    model = TimelineViewModel(_timeline([_event(i, title=f"word{i}") for i in range(10)]))
    search_index = model.search_index
    assert search_index._thread is None  # not yet: the first frame is painted without it
    qtbot.waitUntil(lambda: search_index.ready, timeout=5000)
    replaced = model.search_index
    model.set_timeline(_timeline([_event(0, title="other")]))
    assert model.search_index is not replaced
    qtbot.waitUntil(lambda: model.search_index.ready, timeout=5000)
