"""Changes to a timeline, one event or the header at a time, checked in the loader's own words.

A timeline is immutable: each change gives a new one that shares what did not change. The
columns are spliced rather than rebuilt from records, so a change costs a copy of the
columns (milliseconds at a million events), not a load. Every change is refused, with the
problems at their field paths (``events[3].date``), unless the result is a valid timeline.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np
import numpy.typing as npt

from timeline_app.core.dates import EdtfDate, parse_edtf
from timeline_app.core.event_table import NO_LANE, STATUS_CODES, EventTable, fuzzy_ends
from timeline_app.core.i18n import QT_TRANSLATE_NOOP
from timeline_app.core.model import DETAIL_EVENT_KEYS, EventRecord, Lane, TimelineHeader
from timeline_app.core.quoting import quoted
from timeline_app.core.string_column import StringColumn
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import EditRefusedError, Problem
from timeline_app.io.loader import check_event


class _Ids(Mapping[str, int]):
    """The table's ids as the loader's checks want them (id → index), without building a dict."""

    def __init__(self, events: EventTable) -> None:
        self._events = events

    def __getitem__(self, event_id: str) -> int:
        index = self._events.index_of(event_id)
        if index is None:
            raise KeyError(event_id)
        return index

    def __iter__(self) -> Iterator[str]:
        return iter(self._events.ids)

    def __len__(self) -> int:
        return len(self._events)


def record_of(timeline: Timeline, index: int) -> dict[str, Any]:
    """Event ``index`` as the file writes it (plain JSON values)."""
    # Imported here: the window imports this module at start-up, the writer only when editing.
    from timeline_app.io.formats.native import event_record

    return event_record(timeline.events, index)


def check_record(timeline: Timeline, record: Mapping[str, Any], at: int) -> list[Problem]:
    """The problems ``record`` would have as events[at], replacing the event there if any."""
    lane_ids = [lane.id for lane in timeline.lanes]
    return check_event(record, at, lane_ids, _Ids(timeline.events))[1]


@dataclass(frozen=True, slots=True)
class Step:
    """One row of the event list changed: replaced (both records), inserted (``after`` only) or
    deleted (``before`` only) at ``index``."""

    index: int
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None

    def inverse(self) -> Step:
        return Step(self.index, self.after, self.before)


@dataclass(frozen=True, slots=True)
class Change:
    """A named change people can undo: steps on the events, then perhaps a new header."""

    name: str  # what the Edit menu says: "Move 'Leapmotor International'"
    steps: tuple[Step, ...] = ()
    header: tuple[TimelineHeader, TimelineHeader] | None = None  # before, after

    def inverse(self) -> Change:
        header = None if self.header is None else (self.header[1], self.header[0])
        return Change(self.name, tuple(step.inverse() for step in reversed(self.steps)), header)

    def touched(self) -> int | None:
        """The event the change leaves in view: the last one it replaced or inserted."""
        return next((step.index for step in reversed(self.steps) if step.after is not None), None)


def apply(timeline: Timeline, change: Change) -> Timeline:
    """The timeline after ``change``; EditRefusedError (and nothing changed) if it would be invalid."""
    if change.header is not None and change.header[0].lanes != change.header[1].lanes:
        timeline = _with_header(timeline, _union_lanes(change.header[0], change.header[1]))
    for step in change.steps:
        timeline = _apply_step(timeline, step)
    if change.header is not None:
        timeline = _with_header(timeline, change.header[1])
    # Links are checked once all steps are done: a renamed event and the links that follow
    # it are several steps, and in between a link names an id that is not there yet.
    problems = []
    for event_id in {step.after["id"] for step in change.steps if step.after is not None}:
        index = timeline.events.index_of(event_id)
        if index is not None:
            problems += check_record(timeline, record_of(timeline, index), index)
    if problems:
        raise EditRefusedError(problems)
    return timeline


def revert(timeline: Timeline, change: Change) -> Timeline:
    """The timeline before ``change`` (which was applied to give ``timeline``)."""
    return apply(timeline, change.inverse())


def edit_change(timeline: Timeline, index: int, record: Mapping[str, Any], name: str) -> Change:
    """Replace event ``index`` by ``record``, checked now."""
    _refuse_bad(timeline, record, index)
    old_id, new_id = timeline.events.ids[index], record["id"]
    steps = [Step(index, record_of(timeline, index), dict(record))]
    if new_id != old_id:  # links to the event follow it to its new id
        for i in sorted({i for i, _k in links_to(timeline, index)} - {index}):
            before = record_of(timeline, i)
            links = [
                link | {"target": new_id} if link["target"] == old_id else link for link in before["links"]
            ]
            steps.append(Step(i, before, before | {"links": links}))
    return Change(name, tuple(steps))


def insert_change(timeline: Timeline, index: int, record: Mapping[str, Any], name: str) -> Change:
    """Insert ``record`` as event ``index``, checked now."""
    if not 0 <= index <= len(timeline.events):
        raise IndexError(index)
    end = len(timeline.events)  # checked as a new last event: its id must be new
    problems = check_record(timeline, record, end)
    if problems:
        raise EditRefusedError([_moved(problem, end, index) for problem in problems])
    return Change(name, (Step(index, None, dict(record)),))


def accept_change(timeline: Timeline, indices: Sequence[int], name: str) -> Change:
    """The drafted events ``indices`` accepted: the same records without their draft mark."""
    steps = []
    for i in indices:
        before = record_of(timeline, i)
        if before.get("draft"):
            steps.append(Step(i, before, {key: value for key, value in before.items() if key != "draft"}))
    return Change(name, tuple(steps))


def links_to(timeline: Timeline, index: int) -> list[tuple[int, int]]:
    """(event, link number) of every link that points at event ``index``."""
    target = timeline.events.ids[index]
    return [
        (i, k)
        for i, rich in sorted(timeline.events.details.items())
        for k, link in enumerate(rich.get("links", ()))
        if link.target == target
    ]


def delete_change(
    timeline: Timeline, indices: Sequence[int], name: str, *, drop_links: bool = False
) -> Change:
    """Delete the events ``indices``. Links to them from other events are dropped with
    ``drop_links``; otherwise they refuse the change (a link must name an event)."""
    going = set(indices)
    going_ids = {timeline.events.ids[i] for i in going}
    linking = sorted({i for index in going for i, _k in links_to(timeline, index)} - going)
    if linking and not drop_links:
        problems = [
            Problem(
                f"events[{i}].links[{k}].target",
                QT_TRANSLATE_NOOP("Loader", "links to %1, which would be deleted"),
                quoted(timeline.events.ids[index]),
            )
            for index in sorted(going)
            for i, k in links_to(timeline, index)
            if i not in going
        ]
        raise EditRefusedError(problems)
    steps = []
    for i in linking:
        before = record_of(timeline, i)
        after = dict(before)
        _set_or_drop(after, "links", [link for link in before["links"] if link["target"] not in going_ids])
        steps.append(Step(i, before, after))
    # From the last to the first, so that each index still names its event.
    steps += [Step(i, record_of(timeline, i), None) for i in sorted(going, reverse=True)]
    return Change(name, tuple(steps))


def header_change(timeline: Timeline, header: TimelineHeader, name: str) -> Change:
    """Give the timeline another header (title, lanes...), checked now."""
    change = Change(name, (), (timeline.header, header))
    apply(timeline, change)  # refused now, not when undone and redone
    return change


def _apply_step(timeline: Timeline, step: Step) -> Timeline:
    if step.before is None and step.after is not None:
        end = len(timeline.events)
        validated = _checked(timeline, step.after, end)
        return _with_rows(timeline, step.index, step.index, [validated])
    if step.after is None:
        blocked = [(i, k) for i, k in links_to(timeline, step.index) if i != step.index]
        if blocked:
            raise EditRefusedError(
                [
                    Problem(
                        f"events[{i}].links[{k}].target",
                        QT_TRANSLATE_NOOP("Loader", "links to an event that would be deleted"),
                    )
                    for i, k in blocked
                ]
            )
        return _with_rows(timeline, step.index, step.index + 1, [])
    return _with_rows(timeline, step.index, step.index + 1, [_checked(timeline, step.after, step.index)])


def _checked(timeline: Timeline, record: Mapping[str, Any], at: int) -> EventRecord:
    lane_ids = [lane.id for lane in timeline.lanes]
    validated, problems = check_event(record, at, lane_ids, _Ids(timeline.events))
    problems = [problem for problem in problems if not _is_link_target(problem)]  # checked at the end
    if validated is None or problems:
        raise EditRefusedError(problems)
    return validated


def _is_link_target(problem: Problem) -> bool:
    return problem.where.endswith(".target") and ".links[" in problem.where


def _refuse_bad(timeline: Timeline, record: Mapping[str, Any], at: int) -> None:
    problems = check_record(timeline, record, at)
    if problems:
        raise EditRefusedError(problems)


def _union_lanes(before: TimelineHeader, after: TimelineHeader) -> TimelineHeader:
    """``after`` with the lanes of ``before`` it drops kept at the end, while events move out."""
    kept = {lane.id for lane in after.lanes}
    return after.model_copy(
        update={"lanes": after.lanes + tuple(lane for lane in before.lanes if lane.id not in kept)}
    )


def _with_header(timeline: Timeline, header: TimelineHeader) -> Timeline:
    lane_ids = tuple(lane.id for lane in header.lanes)
    events = timeline.events
    used = {events.lane_ids[code] for code in np.unique(events.lane).tolist() if code != NO_LANE}
    missing = sorted(used - set(lane_ids))
    if missing:
        message = QT_TRANSLATE_NOOP("Loader", "events are in lane %1")
        raise EditRefusedError([Problem("lanes", message, quoted(lane)) for lane in missing])
    return Timeline(header=header, events=_relaned(events, lane_ids))


def _moved(problem: Problem, checked_at: int, index: int) -> Problem:
    """The problem of a record checked as events[checked_at], placed at events[index]."""
    where = problem.where.replace(f"events[{checked_at}]", f"events[{index}]", 1)
    return problem.at(where)


@dataclass(frozen=True, slots=True)
class _Row:
    id: str
    title: str
    summary: str
    status: int
    lane: int
    date: EdtfDate
    details: dict[str, Any]


def _row(record: EventRecord, lane_codes: Mapping[str, int]) -> _Row:
    lane = record.get("lane")
    return _Row(
        id=record["id"],
        title=record["title"],
        summary=record.get("summary") or "",
        status=STATUS_CODES[record["status"]],
        lane=NO_LANE if lane is None else lane_codes[lane],
        date=parse_edtf(record["date"]),
        details={key: value for key, value in record.items() if key in DETAIL_EVENT_KEYS and value},
    )


# The code of each distinct date text of the last table edited: at a million events there can be
# tens of thousands of distinct dates, and building this for every edit took several milliseconds.
_LAST_DATE_CODES: list[tuple[tuple[EdtfDate, ...], dict[str, int]]] = []


def _date_codes(date_values: tuple[EdtfDate, ...]) -> dict[str, int]:
    """Date text → its code in ``date_values`` (not to be changed: it is shared)."""
    if _LAST_DATE_CODES and _LAST_DATE_CODES[0][0] is date_values:
        return _LAST_DATE_CODES[0][1]
    codes = {date.text: code for code, date in enumerate(date_values)}
    _LAST_DATE_CODES[:] = [(date_values, codes)]
    return codes


def _with_rows(timeline: Timeline, start: int, stop: int, records: list[EventRecord]) -> Timeline:
    """The timeline with events[start:stop] replaced by ``records``: the columns spliced.

    A column whose values stay as they were is the old one, shared (a move changes only the
    date's columns); the others are copied with the new values in place: an array whole (~1 ms
    at a million events), a text column only in the chunk that holds the rows (copying a tuple
    of a million strings took ~35 ms, a reference count touched per string).
    """
    events = timeline.events
    lane_codes = {lane_id: code for code, lane_id in enumerate(events.lane_ids)}
    rows = [_row(record, lane_codes) for record in records]
    date_values = events.date_values
    date_codes: list[int] = []
    if rows:
        codes = _date_codes(date_values)
        added: list[EdtfDate] = []
        added_codes: dict[str, int] = {}
        for row in rows:
            text = row.date.text
            code = codes.get(text, added_codes.get(text))
            if code is None:
                code = added_codes[text] = len(date_values) + len(added)
                added.append(row.date)
            date_codes.append(code)
        if added:
            date_values += tuple(added)
            _LAST_DATE_CODES[:] = [(date_values, codes | added_codes)]
    shift = len(rows) - (stop - start)
    if shift or any(events.details_of(start + k) != row.details for k, row in enumerate(rows)):
        kept = events.details.items()
        details = {(i if i < start else i + shift): rich for i, rich in kept if not start <= i < stop}
        details.update({start + k: MappingProxyType(r.details) for k, r in enumerate(rows) if r.details})
        details_view: Mapping[int, Mapping[str, Any]] = MappingProxyType(details)
    else:
        details_view = events.details

    def spliced(column: StringColumn, values: list[str]) -> StringColumn:
        if len(values) == stop - start and all(
            column[start + k] is value or column[start + k] == value for k, value in enumerate(values)
        ):
            return column  # unchanged: shared, not copied
        return column.spliced(start, stop, values)  # one chunk copied, the others shared

    def spliced_array(column: npt.NDArray[Any], values: list[Any]) -> npt.NDArray[Any]:
        new = np.array(values, dtype=column.dtype)
        if len(values) == stop - start:
            if np.array_equal(column[start:stop], new, equal_nan=column.dtype.kind == "f"):
                return column  # unchanged: shared, not copied
            copy = column.copy()
            copy[start:stop] = new
            return copy
        return np.concatenate((column[:start], new, column[stop:]))

    new_ids = [row.id for row in rows]
    ids = spliced(events.ids, new_ids)
    dates = [row.date for row in rows]
    table = EventTable.assembled(
        (events, start, stop, len(rows)),
        ids=ids,
        titles=spliced(events.titles, [row.title for row in rows]),
        summaries=spliced(events.summaries, [row.summary for row in rows]),
        status=spliced_array(events.status, [row.status for row in rows]),
        lane=spliced_array(events.lane, [row.lane for row in rows]),
        date_code=spliced_array(events.date_code, date_codes),
        date_values=date_values,
        start=spliced_array(events.start, [date.start for date in dates]),
        end=spliced_array(events.end, [date.end for date in dates]),
        precision=spliced_array(events.precision, [int(date.precision) for date in dates]),
        fuzzy=spliced_array(events.fuzzy, [fuzzy_ends(date) for date in dates]),
        lane_ids=events.lane_ids,
        details=details_view,
        id_index=events.id_index.spliced(ids, start, stop, new_ids),
    )
    return Timeline.spliced(timeline, timeline.header, table, start, stop, len(rows))


def _relaned(events: EventTable, lane_ids: tuple[str, ...]) -> EventTable:
    """The same events with lane codes into ``lane_ids`` (which holds every lane they use)."""
    if lane_ids == events.lane_ids:
        return events
    new_codes = {lane_id: code for code, lane_id in enumerate(lane_ids)}
    mapping = np.array(
        [new_codes.get(lane_id, NO_LANE) for lane_id in events.lane_ids] + [NO_LANE], dtype=np.int32
    )
    lane = mapping[events.lane]  # NO_LANE (-1) picks the last entry, NO_LANE
    return EventTable(
        ids=events.ids,
        titles=events.titles,
        summaries=events.summaries,
        status=events.status.copy(),
        lane=lane,
        date_code=events.date_code.copy(),
        date_values=events.date_values,
        lane_ids=lane_ids,
        details={i: dict(rich) for i, rich in events.details.items()},
        id_index=events.id_index,
    )


def lanes_change(
    timeline: Timeline,
    lanes: Sequence[Lane],
    fates: Mapping[str, str | None],
    name: str,
    *,
    delete_events_of: Collection[str] = (),
) -> Change:
    """Give the timeline the lanes ``lanes`` (added, renamed, recoloured, reordered, removed) as
    one change. The events of a removed lane move to the lane ``fates`` names for it (None: no
    lane), or are deleted when it is in ``delete_events_of`` (links to them go too)."""
    events = timeline.events
    kept = {lane.id for lane in lanes}
    codes = {lane_id: code for code, lane_id in enumerate(events.lane_ids)}
    removed = [lane_id for lane_id in events.lane_ids if lane_id not in kept]
    dropped = [codes[lane_id] for lane_id in removed if lane_id in delete_events_of]
    moved = [codes[lane_id] for lane_id in removed if lane_id not in delete_events_of]
    going = np.flatnonzero(np.isin(events.lane, dropped)).tolist()
    moving = set(np.flatnonzero(np.isin(events.lane, moved)).tolist())
    going_set = set(going)
    going_ids = {events.ids[i] for i in going}
    linking = {i for index in going for i, _k in links_to(timeline, index)} - going_set
    steps = []
    for i in sorted(moving | linking):
        before = record_of(timeline, i)
        after = dict(before)
        if i in moving:
            _set_or_drop(after, "lane", fates.get(before["lane"]))
        if i in linking:
            _set_or_drop(
                after, "links", [link for link in before["links"] if link["target"] not in going_ids]
            )
        steps.append(Step(i, before, after))
    steps += [Step(i, record_of(timeline, i), None) for i in sorted(going, reverse=True)]
    header = timeline.header.model_copy(update={"lanes": tuple(lanes)})
    change = Change(name, tuple(steps), (timeline.header, header))
    apply(timeline, change)  # refused now, not when undone and redone
    return change


def _set_or_drop(record: dict[str, Any], key: str, value: object) -> None:
    if value:
        record[key] = value
    else:
        record.pop(key, None)
