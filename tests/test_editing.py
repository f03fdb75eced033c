"""Editing specs: changes are checked in the loader's words, undo gives back exactly what was loaded."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core import string_column
from timeline_app.core.event_table import EventTable
from timeline_app.core.model import Lane
from timeline_app.core.string_column import StringColumn, cut
from timeline_app.core.timeline import Timeline
from timeline_app.io.editing import (
    Change,
    Step,
    apply,
    delete_change,
    edit_change,
    header_change,
    insert_change,
    lanes_change,
    links_to,
    record_of,
    revert,
)
from timeline_app.io.errors import EditRefusedError, TimelineLoadError
from timeline_app.io.formats.csv_formats import read_csv, timeline_to_csv
from timeline_app.io.formats.native import document_bytes, timeline_to_document
from timeline_app.io.loader import load_timeline, parse_timeline

ROOT = Path(__file__).resolve().parent.parent
LOADED = load_timeline(ROOT / "events.json")


def _document(timeline: Timeline) -> dict[str, Any]:
    return timeline_to_document(timeline)


def _loader_problems(timeline: Timeline, index: int, record: dict[str, Any]) -> list[str]:
    """What the loader says about a file holding ``record`` as events[index]."""
    document = _document(timeline)
    document["events"][index] = record
    with pytest.raises(TimelineLoadError) as raised:
        parse_timeline(json.dumps(document).encode())
    return [str(problem) for problem in raised.value.problems]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("date", "2024-13"),
        ("date", "2023‐04"),  # a U+2010 hyphen
        ("lane", "jl\u200br"),
        ("id", "jlr-rebrand"),  # another event's id
        ("id", "a\nb"),
        ("title", ""),
        ("status", "rumoured"),
        ("links", [{"type": "causes", "target": "nowhere"}]),
        ("amounts", [{"value": 1, "currency": "usd"}]),
        ("colour", "red"),
    ],
)
def test_a_bad_edit_is_refused_with_the_loaders_own_words(field: str, value: object) -> None:
    record = record_of(LOADED, 5) | {field: value}
    with pytest.raises(EditRefusedError) as raised:
        edit_change(LOADED, 5, record, "Edit")
    # The loader also names the links to the old id; an edit takes them along (below).
    expected = [problem for problem in _loader_problems(LOADED, 5, record) if problem.startswith("events[5]")]
    assert [str(problem) for problem in raised.value.problems] == expected


def test_links_follow_an_event_to_its_new_id() -> None:
    target = next(i for i in range(len(LOADED.events)) if links_to(LOADED, i))
    old_id = LOADED.events.ids[target]
    change = edit_change(LOADED, target, record_of(LOADED, target) | {"id": "renamed"}, "Edit")
    renamed = apply(LOADED, change)
    assert links_to(renamed, target) == links_to(LOADED, target)
    assert old_id not in json.dumps(_document(renamed))
    assert _document(revert(renamed, change)) == _document(LOADED)


def test_an_edit_changes_only_its_event() -> None:
    record = record_of(LOADED, 5) | {"title": "Renamed", "date": "2024-05~"}
    edited = apply(LOADED, edit_change(LOADED, 5, record, "Edit"))
    before, after = _document(LOADED), _document(edited)
    assert after["events"][5] == record
    after["events"][5] = before["events"][5]
    assert after == before
    assert edited.events.by_id(record["id"]) is not None
    assert edited.events[5].date.text == "2024-05~"


def test_a_new_event_takes_its_place_and_its_id_must_be_new() -> None:
    record = {
        "id": "new-event",
        "title": "New",
        "date": "2024-04-20",
        "status": "reported",
        "lane": "volkswagen",
    }
    inserted = apply(LOADED, insert_change(LOADED, 2, record, "New Event"))
    assert inserted.events.ids[2] == "new-event"
    assert inserted.events.ids[3] == LOADED.events.ids[2]
    assert inserted.events.index_of(LOADED.events.ids[-1]) == len(LOADED.events)
    taken = record | {"id": LOADED.events.ids[2]}
    with pytest.raises(EditRefusedError) as raised:
        insert_change(LOADED, 2, taken, "New Event")
    (problem,) = raised.value.problems
    assert problem.where == "events[2].id"
    assert "is already used by events[2]" in problem.message


def test_deleting_an_event_others_link_to_is_refused_unless_the_links_go_too() -> None:
    target = next(i for i in range(len(LOADED.events)) if links_to(LOADED, i))
    (linking, _k), *_ = links_to(LOADED, target)
    with pytest.raises(EditRefusedError) as raised:
        delete_change(LOADED, [target], "Delete")
    assert raised.value.problems[0].where.startswith(f"events[{linking}].links[")
    deleted = apply(LOADED, delete_change(LOADED, [target], "Delete", drop_links=True))
    assert LOADED.events.ids[target] not in deleted.events.ids
    gone = LOADED.events.ids[target]
    for record in _document(deleted)["events"]:
        assert all(link["target"] != gone for link in record.get("links", ()))


def test_a_lane_with_events_cannot_go_until_they_move() -> None:
    lanes = tuple(lane for lane in LOADED.lanes if lane.id != "volkswagen")
    with pytest.raises(EditRefusedError, match=r"events are in lane 'volkswagen'"):
        header_change(LOADED, LOADED.header.model_copy(update={"lanes": lanes}), "Delete Lane")
    # Moving them out and dropping the lane is one change, undone as one.
    moved = [
        (i, record_of(LOADED, i) | {"lane": "jlr"})
        for i in range(len(LOADED.events))
        if LOADED.events[i].lane == "volkswagen"
    ]
    timeline = LOADED
    steps: list[Step] = []
    for i, record in moved:
        steps += edit_change(timeline, i, record, "").steps
    header = LOADED.header.model_copy(update={"lanes": lanes})
    change = Change("Delete Lane 'volkswagen'", tuple(steps), (LOADED.header, header))
    after = apply(LOADED, change)
    assert [lane.id for lane in after.lanes] == [lane.id for lane in lanes]
    assert "volkswagen" not in after.events.lane_ids
    assert _document(revert(after, change)) == _document(LOADED)


def test_reordering_lanes_keeps_every_event_in_its_lane() -> None:
    lanes = tuple(reversed(LOADED.lanes))
    after = apply(LOADED, header_change(LOADED, LOADED.header.model_copy(update={"lanes": lanes}), "Reorder"))
    assert [event.lane for event in after.events] == [event.lane for event in LOADED.events]
    assert after.events.lane_ids == tuple(lane.id for lane in lanes)


# ---------------------------------------------------------------------------
# Random sequences of edits


_DATES = st.sampled_from(
    ["2023", "2024-04", "2024-04-26", "2024-41", "2010/2017", "2023-04~", "2030?", "../2024"]
)
_TITLES = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=12)


@st.composite
def _changes(draw: st.DrawFn, timeline: Timeline) -> Change:
    count = len(timeline.events)
    kind = draw(st.sampled_from(["edit", "insert", "delete", "lanes"] if count else ["insert", "lanes"]))
    if kind == "edit":
        index = draw(st.integers(0, count - 1))
        record = record_of(timeline, index)
        field = draw(st.sampled_from(["title", "date", "status", "lane", "summary", "tags"]))
        if field == "title":
            record["title"] = draw(_TITLES)
        elif field == "date":
            record["date"] = draw(_DATES)
        elif field == "status":
            record["status"] = draw(st.sampled_from(["confirmed", "reported", "disputed", "planned"]))
        elif field == "lane":
            choices = [None, *(lane.id for lane in timeline.lanes)]
            lane = draw(st.sampled_from(choices))
            record.pop("lane", None)
            if lane is not None:
                record["lane"] = lane
        elif field == "summary":
            record["summary"] = draw(_TITLES)
        else:
            record["tags"] = draw(st.lists(_TITLES, max_size=2))
            if not record["tags"]:
                del record["tags"]
        return edit_change(timeline, index, record, "Edit")
    if kind == "insert":
        index = draw(st.integers(0, count))
        number = draw(st.integers(0, 10**6))
        while timeline.events.index_of(f"new-{number}") is not None:
            number += 1
        record = {"id": f"new-{number}", "title": draw(_TITLES), "date": draw(_DATES), "status": "reported"}
        return insert_change(timeline, index, record, "New Event")
    if kind == "delete":
        index = draw(st.integers(0, count - 1))
        return delete_change(timeline, [index], "Delete", drop_links=True)
    lanes = list(timeline.lanes)
    if draw(st.booleans()) or not lanes:
        lanes.append(Lane(id=f"lane-{len(lanes)}-{draw(st.integers(0, 999))}", label="Added"))
    else:
        lanes = draw(st.permutations(lanes))
    unique = {lane.id: lane for lane in lanes}
    return header_change(
        timeline, timeline.header.model_copy(update={"lanes": tuple(unique.values())}), "Lanes"
    )


def in_chunks_of(timeline: Timeline, size: int, *, fresh: bool = False) -> Timeline:
    """``timeline`` with its text columns cut into chunks of ``size`` strings (of new string
    objects with ``fresh``, whose references a test can count)."""
    events = timeline.events

    def column(texts: Sequence[str]) -> StringColumn:
        return StringColumn.of_chunks(cut(["".join(text) for text in texts] if fresh else texts, size))

    table = EventTable(
        ids=column(events.ids),
        titles=column(events.titles),
        summaries=column(events.summaries),
        status=events.status,
        lane=events.lane,
        date_code=events.date_code,
        date_values=events.date_values,
        lane_ids=events.lane_ids,
        details={i: dict(rich) for i, rich in events.details.items()},
    )
    return Timeline(header=timeline.header, events=table)


@contextmanager
def small_chunks(data: st.DataObject) -> Iterator[Timeline]:
    """The loaded timeline with chunks of a size drawn from 1 to 8 strings (a million-event
    table's are thousands), splices cutting and merging at that size: edits cross chunk edges."""
    size = data.draw(st.sampled_from([1, 2, 3, 8]), label="chunk")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(string_column, "CHUNK", size)
        loaded = in_chunks_of(LOADED, size)
        assert len(loaded.events.ids.chunks) == -(-len(LOADED.events) // size)
        yield loaded


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_random_edits_undone_give_back_the_loaded_timeline_and_redone_the_edited_one(
    data: st.DataObject,
) -> None:
    with small_chunks(data) as loaded:
        _undo_and_redo_random_edits(data, loaded)


def _undo_and_redo_random_edits(data: st.DataObject, loaded: Timeline) -> None:
    timeline, applied = loaded, []
    for _ in range(data.draw(st.integers(1, 12))):
        change = data.draw(_changes(timeline))
        timeline = apply(timeline, change)
        applied.append((change, _document(timeline)))
    edited = _document(timeline)
    # Saved and loaded, the edited timeline is the same: as our JSON, and as our CSV, which
    # holds everything our JSON does.
    assert _document(parse_timeline(document_bytes(edited))) == edited
    assert _document(read_csv(timeline_to_csv(timeline).encode(), "edited.csv")) == edited
    for change, document in reversed(applied):
        assert _document(timeline) == document
        timeline = revert(timeline, change)
    assert _document(timeline) == _document(LOADED)
    assert timeline.events.titles == LOADED.events.titles
    for change, _document_after in applied:
        timeline = apply(timeline, change)
    assert _document(timeline) == edited


@pytest.mark.parametrize("fate", ["jlr", None, "delete"])
def test_removing_a_lane_moves_or_deletes_its_events_and_undo_restores_all(fate: str | None) -> None:
    lanes = [lane for lane in LOADED.lanes if lane.id != "jlr-chery"] + [Lane(id="new", label="New lane")]
    in_lane = [event.id for event in LOADED.events if event.lane == "jlr-chery"]
    assert in_lane
    if fate == "delete":
        change = lanes_change(LOADED, lanes, {}, "Lanes", delete_events_of={"jlr-chery"})
    else:
        change = lanes_change(LOADED, lanes, {"jlr-chery": fate}, "Lanes")
    after = apply(LOADED, change)
    assert [lane.id for lane in after.lanes] == [lane.id for lane in lanes]
    for event_id in in_lane:
        event = after.events.by_id(event_id)
        if fate == "delete":
            assert event is None
        else:
            assert event is not None
            assert event.lane == fate
    assert _document(revert(after, change)) == _document(LOADED)


def test_a_lane_cannot_move_its_events_to_a_lane_that_does_not_exist() -> None:
    lanes = [lane for lane in LOADED.lanes if lane.id != "jlr-chery"]
    with pytest.raises(EditRefusedError, match="no lane has id 'nowhere'"):
        lanes_change(LOADED, lanes, {"jlr-chery": "nowhere"}, "Lanes")
