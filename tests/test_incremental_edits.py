"""An edit updates the columns and indices it touches; they equal what a build from scratch gives."""

from __future__ import annotations

import gc
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from tests.test_editing import LOADED, _changes, in_chunks_of, small_chunks
from tests.test_index import DATE, _timeline
from timeline_app.core import index as index_module
from timeline_app.core import string_column
from timeline_app.core.event_table import EventTable, IdIndex
from timeline_app.core.index import TimelineIndex
from timeline_app.core.model import Status
from timeline_app.core.search import EventFilter, SearchIndex
from timeline_app.core.timeline import Timeline
from timeline_app.io.editing import Change, apply, delete_change, edit_change, insert_change, record_of
from timeline_app.io.formats.native import timeline_to_document
from timeline_app.io.loader import parse_timeline

_ARRAYS = ("status", "lane", "date_code", "start", "end", "precision", "fuzzy")


def _assert_as_built(timeline: Timeline) -> None:
    """The edited timeline's columns, id index and time range are those of one built anew."""
    events = timeline.events
    fresh = EventTable(
        ids=events.ids,
        titles=events.titles,
        summaries=events.summaries,
        status=events.status.copy(),
        lane=events.lane.copy(),
        date_code=events.date_code.copy(),
        date_values=events.date_values,
        lane_ids=events.lane_ids,
        details={i: dict(rich) for i, rich in events.details.items()},
    )
    for name in _ARRAYS:
        column, built = getattr(events, name), getattr(fresh, name)
        assert column.dtype == built.dtype, name
        assert np.array_equal(column, built), name
        assert not column.flags.writeable, name
    assert events.details == fresh.details
    assert events.id_index.same_as(IdIndex(events.ids))
    assert timeline.time_range() == Timeline(header=timeline.header, events=events).time_range()


def _assert_chunks_shared(before: EventTable, after: EventTable, change: Change) -> None:
    """Each text column is the one before or shares all but the chunks its rows changed in
    (a step touches at most two chunks and may merge a third: never the whole column)."""
    for name in ("ids", "titles", "summaries"):
        old, new = getattr(before, name), getattr(after, name)
        assert all(0 < len(chunk) <= 2 * string_column.CHUNK for chunk in new.chunks), name
        if old is new:
            continue
        kept = set(map(id, old.chunks)) & set(map(id, new.chunks))
        assert len(kept) >= len(old.chunks) - 3 * len(change.steps), name


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_after_random_edits_the_columns_and_the_id_index_are_as_built(data: st.DataObject) -> None:
    with small_chunks(data) as loaded:
        timeline = loaded
        for _ in range(data.draw(st.integers(1, 10))):
            before = timeline
            change = data.draw(_changes(timeline))
            timeline = apply(timeline, change)
            _assert_as_built(timeline)
            _assert_chunks_shared(before.events, timeline.events, change)


def _assert_same_index(index: TimelineIndex, built: TimelineIndex) -> None:
    for name in ("order", "rank", "starts_in_order", "lane_of_event"):
        mine, theirs = getattr(index, name), getattr(built, name)
        assert mine.dtype == theirs.dtype, name
        assert np.array_equal(mine, theirs), name
    assert dict(index.incoming) == dict(built.incoming)
    assert index.kept is None
    assert len(index.lanes) == len(built.lanes)
    for lane, built_lane in zip(index.lanes, built.lanes, strict=True):
        for name in ("events", "starts", "ends", "open_ended"):
            mine, theirs = getattr(lane, name), getattr(built_lane, name)
            assert mine.dtype == theirs.dtype, name
            assert np.array_equal(mine, theirs), name
        assert lane.longest == built_lane.longest


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_after_random_edits_the_updated_timeline_index_is_as_built(data: st.DataObject) -> None:
    timeline = LOADED
    index = TimelineIndex.build(timeline.events)
    for _ in range(data.draw(st.integers(1, 10))):
        edited = apply(timeline, data.draw(_changes(timeline)))
        index = TimelineIndex.after_edit(index, timeline.events, edited.events)
        _assert_same_index(index, TimelineIndex.build(edited.events))
        timeline = edited


_EVENTS = st.lists(st.tuples(DATE, st.integers(0, 2)), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_EVENTS, st.data())
def test_an_index_updated_for_any_other_events_is_as_built(
    events: list[tuple[str, int]], data: st.DataObject
) -> None:
    # Few dates and lanes: many ties, where the order falls back on end and then file order.
    before = _timeline(events).events
    kind = data.draw(st.sampled_from(["replace", "insert", "delete", "any"]))
    others = list(events)
    if kind == "replace":
        others[data.draw(st.integers(0, len(others) - 1))] = data.draw(st.tuples(DATE, st.integers(0, 2)))
    elif kind == "insert":
        others.insert(data.draw(st.integers(0, len(others))), data.draw(st.tuples(DATE, st.integers(0, 2))))
    elif kind == "delete" and len(others) > 1:
        del others[data.draw(st.integers(0, len(others) - 1))]
    else:
        others = data.draw(_EVENTS)
    after = _timeline(others).events
    updated = TimelineIndex.after_edit(TimelineIndex.build(before), before, after)
    _assert_same_index(updated, TimelineIndex.build(after))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab", min_size=1, max_size=2), max_size=12), st.data())
def test_a_spliced_id_index_is_the_one_built_on_the_new_ids(ids: list[str], data: st.DataObject) -> None:
    # Few distinct ids: runs of equal hashes, where a stable sort keeps file order.
    start = data.draw(st.integers(0, len(ids)))
    stop = data.draw(st.integers(start, min(len(ids), start + 2)))
    new_ids = data.draw(st.lists(st.text(alphabet="abc", min_size=1, max_size=2), max_size=2))
    spliced = (*ids[:start], *new_ids, *ids[stop:])
    index = IdIndex(tuple(ids)).spliced(spliced, start, stop, new_ids)
    assert index.same_as(IdIndex(spliced))
    assert all(index.get(event_id) == spliced.index(event_id) for event_id in spliced)


def test_a_move_shares_every_column_but_the_dates() -> None:
    index = 3
    record = record_of(LOADED, index) | {"date": "1999-01-02"}
    moved = apply(LOADED, edit_change(LOADED, index, record, "Move")).events
    before = LOADED.events
    for name in ("ids", "titles", "summaries", "status", "lane", "lane_ids"):
        assert getattr(moved, name) is getattr(before, name), name
    assert moved.details is before.details
    assert moved.dates[index] == "1999-01-02"
    assert moved.dates[:index] == before.dates[:index]


_QUERIES = ("jlr", "sales china", "jaguar", "units 1", "chery")
UNLINKED = parse_timeline(
    json.dumps(
        timeline_to_document(LOADED)
        | {
            "events": [
                {k: v for k, v in e.items() if k != "links"} for e in timeline_to_document(LOADED)["events"]
            ]
        }
    ).encode()
)


@pytest.mark.parametrize(
    ("field", "value", "same_text"),
    [
        ("date", "1999-01-02", True),
        ("status", "disputed", True),
        ("lane", None, True),
        ("title", "Chery buys JLR", False),
        ("tags", ["china"], False),
    ],
)
def test_the_word_index_outlives_an_edit_of_one_event(field: str, value: object, same_text: bool) -> None:
    search = SearchIndex(LOADED.events)
    for query in _QUERIES:
        search.matches(query)  # builds the word index, and remembers the matches
    index = 2
    record = record_of(LOADED, index)
    if value is None:
        record.pop(field, None)
    else:
        record[field] = value
    edited = apply(LOADED, edit_change(LOADED, index, record, "Edit")).events
    kept = search.reused_for(edited)
    assert kept is not None
    # An edit of no text keeps the remembered matches; one of text, only the index.
    assert (kept._cache == search._cache) == same_text
    fresh = SearchIndex(edited)
    if kept is not None:
        assert kept.ready
        for query in _QUERIES:
            assert np.array_equal(kept.matches(query), fresh.matches(query)), query
        # The filters read the edited columns.
        for event_filter in (
            EventFilter(statuses=frozenset({Status.DISPUTED})),
            EventFilter(lanes=frozenset({None})),
        ):
            assert np.array_equal(kept.filtered(event_filter), fresh.filtered(event_filter))
        assert kept.actors() == fresh.actors()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.integers(0, 40), min_size=1, max_size=3, unique=True), min_size=1, max_size=5))
def test_the_word_index_outlives_deletes_and_answers_as_a_fresh_one(picks: list[list[int]]) -> None:
    timeline = UNLINKED  # (deleting a linked event changes the events linking to it too)
    search = SearchIndex(timeline.events)
    search.matches("jlr")  # built
    for pick in picks:
        rows = sorted({row % len(timeline.events) for row in pick})
        if len(rows) == len(timeline.events):
            break
        before = timeline
        timeline = apply(before, delete_change(before, rows, "Delete"))
        kept = search.reused_for(timeline.events)
        # One event deleted keeps the index (the common case: the selected event); several are a
        # step each, and the index is built again.
        assert (kept is not None) == (len(rows) == 1)
        search = kept or SearchIndex(timeline.events)
        fresh = SearchIndex(timeline.events)
        for query in (*_QUERIES, "a", "2024"):
            assert np.array_equal(search.matches(query), fresh.matches(query)), query
        assert search.actors() == fresh.actors()


_EDITS = st.lists(
    st.tuples(
        st.sampled_from(["delete", "title", "summary", "actors", "insert"]),
        st.integers(0, 40),
        st.sampled_from(["JLR sales in China", "Chery", "unité 1", "Straße", "", "leapmotor joint", "kx´yq"]),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=60, deadline=None)
@given(_EDITS)
def test_the_word_index_outlives_one_event_edits_and_answers_as_a_fresh_one(
    edits: list[tuple[str, int, str]],
) -> None:
    timeline = UNLINKED
    search = SearchIndex(timeline.events)
    search.matches("jlr")  # built
    for number, (kind, pick, text) in enumerate(edits):
        row = pick % len(timeline.events)
        record = record_of(timeline, row)
        if kind == "delete":
            if len(timeline.events) == 1:
                break
            change = delete_change(timeline, [row], "Delete")
        elif kind == "insert":
            new_id = f"new-{number}"  # (never used before: ids of deleted events may come back)
            change = insert_change(timeline, row, record | {"id": new_id, "title": text or "x"}, "Add")
        else:
            field = {"title": "title", "summary": "summary", "actors": "actors"}[kind]
            value: object = [text or "y"] if field == "actors" else text or "y"
            change = edit_change(timeline, row, record | {field: value}, "Edit")
        timeline = apply(timeline, change)
        kept = search.reused_for(timeline.events)
        assert kept is not None  # one event edited, added or deleted: one splice
        search = kept
        fresh = SearchIndex(timeline.events)
        for query in (
            *_QUERIES,
            "a",
            "2024",
            "unite",
            "strasse",
            "leapmotor joint",
            "é",
            "x´y",
        ):  # (the spacing accent folds to a space: a word of two parts)
            assert np.array_equal(search.matches(query), fresh.matches(query)), query
        assert search.actors() == fresh.actors()


def test_the_word_index_of_no_events_outlives_the_first_event_added() -> None:
    # File > New, the index built (over nothing) once the window showed it, then an event added.
    empty = parse_timeline(b'{"title": "New", "events": []}')
    search = SearchIndex(empty.events)
    search.matches("new")  # built
    record = {"id": "e1", "title": "New event", "date": "2024", "status": "confirmed"}
    timeline = apply(empty, insert_change(empty, 0, record, "Add"))
    kept = search.reused_for(timeline.events)
    assert kept is not None
    fresh = SearchIndex(timeline.events)
    for query in ("new", "event", "e", "n", "absent", "new event"):
        assert np.array_equal(kept.matches(query), fresh.matches(query)), query


def test_an_index_still_building_is_not_reused() -> None:
    record = record_of(LOADED, 1) | {"date": "1999-01-02"}
    edited = apply(LOADED, edit_change(LOADED, 1, record, "Move")).events
    assert SearchIndex(LOADED.events).reused_for(edited) is None


def test_the_view_model_keeps_its_search_through_a_move_and_matches_the_edit(qtbot: QtBot) -> None:
    from timeline_app.viewmodel.view_model import TimelineViewModel

    model = TimelineViewModel(LOADED)
    model.set_query("rename")  # a small timeline: the query builds the word index now
    words = model.search_index.word_index
    assert words is not None
    record = record_of(LOADED, 2) | {"date": "1999-01-02"}
    model.show_edited(apply(LOADED, edit_change(LOADED, 2, record, "Move")), 2)
    assert model.search_index.word_index is words  # not built again
    assert model.match_mask is not None and model.match_mask[2]
    retitled = record_of(model.timeline, 2) | {"title": "Chery buys Leapmotor"}
    model.show_edited(apply(model.timeline, edit_change(model.timeline, 2, retitled, "Edit")), 2)
    kept = model.search_index.word_index  # kept through the new title: no rebuild, no "Indexing…"
    assert kept is not None and kept.vocabulary is words.vocabulary
    assert model.match_mask is not None
    assert not model.match_mask[2]  # the search ran on the new title
    assert np.array_equal(model.match_mask, SearchIndex(model.timeline.events).matches("rename"))


def test_an_edited_table_knows_the_splice_it_came_from(monkeypatch: pytest.MonkeyPatch) -> None:
    """The index update takes the splice from the edit instead of comparing a million values."""
    deleted = apply(LOADED, delete_change(LOADED, [6], "Delete"))
    assert deleted.events.splice_from(LOADED.events) == (6, 7, 0)
    assert deleted.events.splice_from(deleted.events) is None
    assert LOADED.events.splice_from(LOADED.events) is None

    def compared(*_args: object) -> None:
        raise AssertionError("the columns were compared")

    monkeypatch.setattr(index_module, "_one_event_splice", compared)
    updated = TimelineIndex.after_edit(TimelineIndex.build(LOADED.events), LOADED.events, deleted.events)
    _assert_same_index(updated, TimelineIndex.build(deleted.events))


def test_a_splice_from_a_table_let_go_is_not_taken_for_one_from_another() -> None:
    copy = in_chunks_of(LOADED, 4)
    edited = apply(copy, delete_change(copy, [4], "Delete")).events
    assert edited.splice_from(copy.events) == (4, 5, 0)
    assert edited.splice_from(LOADED.events) is None  # the same rows, but not the table it came from
    del copy
    gc.collect()
    assert edited.splice_from(in_chunks_of(LOADED, 4).events) is None


_SPLICES = st.tuples(
    st.integers(0, 12), st.integers(0, 2), st.lists(st.sampled_from(["a", "c", "bc"]), max_size=2)
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="ab", min_size=1, max_size=2), max_size=10),
    st.lists(
        st.tuples(
            st.integers(0, 12), st.integers(0, 2), st.lists(st.sampled_from(["a", "c", "bc"]), max_size=2)
        ),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),
)
def test_splices_noted_one_on_another_and_read_at_the_end_give_the_built_index(
    ids: list[str], splices: list[tuple[int, int, list[str]]], small_bound: bool
) -> None:
    """Each splice is noted, not carried out; the first read carries them out, oldest first."""
    with pytest.MonkeyPatch.context() as patch:
        if small_bound:  # a long chain is carried out part way, when it reaches the bound
            patch.setattr(IdIndex, "MAX_PENDING", 2)
        index, current = IdIndex(tuple(ids)), list(ids)
        for at, span, new_ids in splices:
            start = min(at, len(current))
            stop = min(start + span, len(current))
            current[start:stop] = new_ids
            index = index.spliced(tuple(current), start, stop, new_ids)
        assert index.same_as(IdIndex(tuple(current)))
        assert all(index.get(event_id) == current.index(event_id) for event_id in current)
        assert index.get("zz") is None


def test_a_delete_leaves_the_id_index_to_be_updated_when_first_read() -> None:
    deleted = apply(LOADED, delete_change(LOADED, [6], "Delete")).events
    assert deleted.id_index.waiting  # apply looked no id up
    assert deleted.index_of(LOADED.events.ids[7]) == 6
    assert not deleted.id_index.waiting
    assert deleted.index_of(LOADED.events.ids[6]) is None


def test_splices_waiting_on_an_index_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The old ids a waiting splice holds on to are let go once MAX_PENDING splices pile up."""
    monkeypatch.setattr(IdIndex, "MAX_PENDING", 2)
    ids = [f"e{i}" for i in range(6)]
    first = IdIndex(tuple(ids))
    second = first.spliced(tuple(ids[1:]), 0, 1, [])
    third = second.spliced(tuple(ids[2:]), 0, 1, [])
    assert second.waiting and third.waiting
    fourth = third.spliced(tuple(ids[3:]), 0, 1, [])
    assert not second.waiting and not third.waiting and fourth.waiting
    assert fourth.same_as(IdIndex(tuple(ids[3:])))


def test_the_window_brings_the_id_index_up_to_date_after_an_edit_is_shown(qtbot: QtBot) -> None:
    from timeline_app.viewmodel.view_model import TimelineViewModel

    unlinked = _timeline([("2020", 0), ("2021-05", 1), ("2019", 2), ("2022", 0)])  # no link to look up
    model = TimelineViewModel(unlinked)
    model.show_edited(apply(unlinked, delete_change(unlinked, [1], "Delete")), None)
    assert model.timeline.events.id_index.waiting
    qtbot.waitUntil(lambda: not model.timeline.events.id_index.waiting, timeout=3000)
