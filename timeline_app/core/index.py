"""Sorted numpy views of a timeline for fast visibility queries, date-order walking and density."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np
import numpy.typing as npt

from timeline_app.core.event_table import NO_LANE, EventTable

IndexArray = npt.NDArray[np.intp]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class LaneIndex:
    """One lane's events sorted by start, with what a visibility query needs."""

    events: IndexArray  # event indices sorted by (start, end)
    starts: FloatArray  # their starts, for binary search
    ends: FloatArray
    longest: float  # longest finite duration, bounds how far back a visible span can start
    open_ended: IndexArray  # events with an infinite start or end: checked separately, always few


@dataclass(frozen=True, slots=True)
class TimelineIndex:
    """Orderings of an EventTable: global date order and per-lane sorted columns."""

    order: IndexArray  # event indices in date order (start, then end, then file order)
    # rank[i] = position of event i in ``order``; made from ``order`` when first asked after an
    # edit (only stepping and filtering need it; keeping it up to date cost 3 passes an edit).
    known_rank: IndexArray | None
    starts_in_order: FloatArray  # each event's start, in ``order``: sorted, open starts (-inf) first
    lanes: tuple[LaneIndex, ...]  # one per display lane; the last holds events with no lane
    lane_of_event: npt.NDArray[np.int32]  # display lane of each event
    incoming: Mapping[int, tuple[tuple[int, str], ...]]  # target -> ((source, link type), ...)
    kept: BoolArray | None = None  # events this index covers; None = all

    @property
    def rank(self) -> IndexArray:
        """rank[i] = position of event i in ``order`` (of the full index)."""
        if self.known_rank is None:
            rank = np.empty(self.order.size, dtype=np.intp)
            rank[self.order] = np.arange(self.order.size, dtype=np.intp)
            object.__setattr__(self, "known_rank", rank)
            return rank
        return self.known_rank

    @classmethod
    def build(cls, events: EventTable) -> TimelineIndex:
        count = len(events)
        # lexsort sorts by the last key first; file order (stable) breaks the remaining ties.
        order = np.lexsort((events.end, events.start)).astype(np.intp)
        rank = np.empty(count, dtype=np.intp)
        rank[order] = np.arange(count, dtype=np.intp)
        lane_count = len(events.lane_ids)
        lane_of_event = np.where(events.lane == NO_LANE, lane_count, events.lane).astype(np.int32)
        sorted_lanes = lane_of_event[order]
        lanes = tuple(_lane_index(order[sorted_lanes == lane], events) for lane in range(lane_count + 1))
        return cls(
            order=order,
            known_rank=rank,
            starts_in_order=events.start[order],
            lanes=lanes,
            lane_of_event=lane_of_event,
            incoming=_incoming_links(events),
        )

    @classmethod
    def after_edit(cls, index: TimelineIndex, before: EventTable, events: EventTable) -> TimelineIndex:
        """The index of ``events``, an edit of ``before`` whose full index is ``index``: updated
        in O(n) copies when one event was replaced, inserted or deleted, else built anew.

        The update gives exactly the arrays a build gives; a build sorts a million events again
        (0.1-0.3 s), where an edit moves one.
        """
        splice = None
        if index.kept is None and events.lane_ids == before.lane_ids:
            known = events.splice_from(before)
            splice = _one_event_splice(before, events) if known is None else _one_row(*known)
        if splice is None:
            return cls.build(events)
        gone, came = splice
        incoming = (
            index.incoming
            if events.ids is before.ids and events.details is before.details
            else _incoming_links(events)
        )
        if gone is not None and gone == came:
            return _replaced(index, before, events, gone, incoming)
        order, starts_in_order = index.order, index.starts_in_order
        lane_of_event, lanes = index.lane_of_event, list(index.lanes)
        # Ranks follow in place on a fresh copy: the events after a removed or inserted one in
        # date order move one place (rebuilding them from the order cost two more 8 MB arrays).
        if gone is not None:
            deleted = came is None  # else replaced (in another lane: a move to another date)
            # A deleted event's later events move up one: renumbered as they are copied.
            later = gone if deleted else None
            position = _order_position(index, gone, float(before.start[gone]))
            order, starts_in_order = _deleted(order, position, later), _deleted(starts_in_order, position)
            lane = int(lane_of_event[gone])
            if deleted:
                lane_of_event = _deleted(lane_of_event, gone)
                lanes = [
                    lane_index if k == lane else _shifted(lane_index, gone, -1)
                    for k, lane_index in enumerate(lanes)
                ]
            lanes[lane] = _without(lanes[lane], gone, float(before.start[gone]), later)
        if came is not None:
            lane = len(events.lane_ids) if events.lane[came] == NO_LANE else int(events.lane[came])
            if gone is None:  # inserted: the later events move down one
                lane_of_event = np.insert(lane_of_event, came, lane)
                order = order + (order >= came)
                lanes = [_shifted(lane_index, came - 1, 1) for lane_index in lanes]
            else:
                lane_of_event = lane_of_event.copy()
                lane_of_event[came] = lane
            start, end = float(events.start[came]), float(events.end[came])
            position = _place(
                order, starts_in_order, lambda low, high: events.end[order[low:high]], came, start, end
            )
            order, starts_in_order = (
                np.insert(order, position, came),
                np.insert(starts_in_order, position, start),
            )
            lanes[lane] = _with(lanes[lane], came, start, end)
        return cls(
            order=order,
            known_rank=None,
            starts_in_order=starts_in_order,
            lanes=tuple(lanes),
            lane_of_event=lane_of_event,
            incoming=incoming,
        )

    @property
    def lane_count(self) -> int:
        """Display lanes, including the trailing lane for events without one."""
        return len(self.lanes)

    @property
    def no_lane(self) -> int:
        """The display lane of the events that name no lane: the last one."""
        return len(self.lanes) - 1

    def has_events_without_lane(self) -> bool:
        return bool(self.lanes[self.no_lane].events.size)

    def visible_in_lane(self, lane: int, t0: float, t1: float) -> IndexArray:
        """Events of ``lane`` overlapping [t0, t1), in date order."""
        index = self.lanes[lane]
        if index.events.size == 0:
            return index.events
        # Anything starting before t0 - longest has ended before t0 (open-ended ones aside).
        first = int(np.searchsorted(index.starts, t0 - index.longest, side="left"))
        last = int(np.searchsorted(index.starts, t1, side="left"))
        positions = first + np.flatnonzero(index.ends[first:last] > t0)
        if index.open_ended.size:
            open_ended = index.open_ended
            extra = open_ended[(index.starts[open_ended] < t1) & (index.ends[open_ended] > t0)]
            if extra.size:
                positions = np.union1d(positions, extra)  # sorted positions keep date order
        return index.events[positions]

    def starting_in_lane(self, lane: int, t0: float, t1: float) -> IndexArray:
        """Events of ``lane`` starting in [t0, t1), in date order (two binary searches)."""
        index = self.lanes[lane]
        first = int(np.searchsorted(index.starts, t0, side="left"))
        last = int(np.searchsorted(index.starts, t1, side="left"))
        return index.events[first:last]

    def running_into_lane(self, lane: int, t0: float) -> IndexArray:
        """Events of ``lane`` that began before ``t0`` and still run at it, in date order."""
        # Overlapping the empty window [t0, t0) means exactly that: starting before, ending after.
        return self.visible_in_lane(lane, t0, t0)

    def position_of(self, event: int, events: EventTable) -> int:
        """Where ``event`` of ``events`` (the table this full index is of) sits in ``order``."""
        return _order_position(self, event, float(events.start[event]))

    def neighbour(self, current: int | None, step: int) -> int | None:
        """The event ``step`` places after ``current`` in date order (first/last when None)."""
        count = self.order.size
        if count == 0:
            return None
        # With nothing selected, stepping forward starts at the first event, backward at the last.
        # A current event this index leaves out sits just before the kept event of its rank.
        if current is None:
            position = 0 if step > 0 else count - 1
        elif self.kept is not None and not self.kept[current]:
            position = int(self.rank[current]) + (step - 1 if step > 0 else step)
        else:
            position = int(self.rank[current]) + step
        if not 0 <= position < count:
            return None
        return int(self.order[position])


def _incoming_links(events: EventTable) -> Mapping[int, tuple[tuple[int, str], ...]]:
    """For each linked-to event, who links to it and how (links live in the sparse details)."""
    incoming: dict[int, list[tuple[int, str]]] = {}
    for source, details in events.details.items():
        for link in details.get("links", ()):
            target = events.index_of(link.target)
            if target is not None:
                incoming.setdefault(target, []).append((source, link.type))
    return MappingProxyType({target: tuple(sources) for target, sources in incoming.items()})


def _lane_index(events: IndexArray, table: EventTable) -> LaneIndex:
    return _lane_of(events, table.start[events], table.end[events])


def _lane_of(events: IndexArray, starts: FloatArray, ends: FloatArray) -> LaneIndex:
    finite = np.isfinite(starts) & np.isfinite(ends)
    durations = ends[finite] - starts[finite]
    longest = float(durations.max()) if durations.size else 0.0
    return LaneIndex(
        events=events,
        starts=starts,
        ends=ends,
        longest=longest,
        open_ended=np.flatnonzero(~finite),
    )


def restrict(index: TimelineIndex, events: EventTable, keep: BoolArray) -> TimelineIndex:
    """The same orderings over only the events where ``keep`` is true (filters, search matches).

    Events left out keep a rank: the position the next kept event has, so that stepping
    forward or backward from a hidden selection lands on its kept neighbours. ``index``
    must cover every event (restrict the full index again rather than a restricted one).
    """
    assert index.kept is None, "restrict the full index"
    kept_flags = keep[index.order]  # in date order
    order = index.order[kept_flags]
    kept_in_order = kept_flags.astype(np.intp)
    # How many kept events come before each position of the full date order.
    kept_before: IndexArray = np.cumsum(kept_in_order) - kept_in_order
    rank: IndexArray = kept_before[index.rank]
    lanes = tuple(_lane_index(lane.events[keep[lane.events]], events) for lane in index.lanes)
    return TimelineIndex(
        order=order,
        known_rank=rank,
        starts_in_order=index.starts_in_order[kept_flags],
        lanes=lanes,
        lane_of_event=index.lane_of_event,
        incoming=index.incoming,
        kept=keep,
    )


def _one_row(start: int, stop: int, added: int) -> tuple[int | None, int | None] | None:
    """(event gone, event come) of a splice of rows [start:stop] by ``added`` rows, when it is
    of one event; else None."""
    if (stop - start, added) == (1, 1):
        return start, start
    if (stop - start, added) == (1, 0):
        return start, None
    if (stop - start, added) == (0, 1):
        return None, start
    return None


def _one_event_splice(before: EventTable, after: EventTable) -> tuple[int | None, int | None] | None:
    """(event gone, event come) when ``after`` is ``before`` with one event replaced (both the
    same index), deleted (come None) or inserted (gone None), as far as an index can tell (start,
    end and lane); None when more changed. Nothing changed reads as event 0 replaced by itself."""
    columns = ("start", "end", "lane")
    count = len(before)
    if len(after) == count:
        changed = np.zeros(count, dtype=np.bool_)
        for name in columns:
            old, new = getattr(before, name), getattr(after, name)
            if old is not new:
                changed |= old != new
        differing = np.flatnonzero(changed)
        if differing.size > 1:
            return None
        event = int(differing[0]) if differing.size else 0
        return (event, event) if count else None
    if abs(len(after) - count) != 1:
        return None
    longer, shorter = (before, after) if len(after) < count else (after, before)
    common = len(shorter)
    first = np.zeros(common, dtype=np.bool_)
    for name in columns:
        first |= getattr(longer, name)[:common] != getattr(shorter, name)
    position = int(np.argmax(first)) if first.any() else common
    if not all(
        np.array_equal(getattr(longer, name)[position + 1 :], getattr(shorter, name)[position:])
        for name in columns
    ):
        return None
    return (position, None) if longer is before else (None, position)


def _place(
    order: IndexArray,
    starts: FloatArray,
    tied_ends: Callable[[int, int], FloatArray],
    event: int,
    start: float,
    end: float,
    moving: int | None = None,
) -> int:
    """Where ``event`` goes among ``order`` sorted by (start, end, index), as lexsort puts it;
    ``tied_ends(low, high)`` are the ends of order[low:high] (only events of equal start).
    With ``moving``, the place once the entry there (``event`` itself, before it changed) is out.
    """
    low = int(np.searchsorted(starts, start, side="left"))
    high = int(np.searchsorted(starts, start, side="right"))
    ends, tied = tied_ends(low, high), order[low:high]
    ahead = (ends < end) | ((ends == end) & (tied < event))
    if moving is not None:
        ahead &= tied != event
        low -= moving < low
    return low + int(np.count_nonzero(ahead))


def _moved(array: npt.NDArray[Any], old: int, new: int, value: Any) -> npt.NDArray[Any]:
    """A copy of ``array`` with its entry at ``old`` taken out and ``value`` put in at ``new``
    (a place in the array without the entry): one copy, where np.delete + np.insert make two."""
    moved = array.copy()
    if new < old:
        moved[new + 1 : old + 1] = array[new:old]
    elif new > old:
        moved[old:new] = array[old + 1 : new + 1]
    moved[new] = value
    return moved


def _replaced(
    index: TimelineIndex,
    before: EventTable,
    events: EventTable,
    event: int,
    incoming: Mapping[int, tuple[tuple[int, str], ...]],
) -> TimelineIndex:
    """``index`` with ``event`` moved to its new start, end and lane: a move or a resize."""
    start, end = float(events.start[event]), float(events.end[event])
    old = _order_position(index, event, float(before.start[event]))
    new = _place(
        index.order,
        index.starts_in_order,
        lambda low, high: events.end[index.order[low:high]],
        event,
        start,
        end,
        old,
    )
    order = _moved(index.order, old, new, event)
    lane_count = len(events.lane_ids)
    lane = lane_count if events.lane[event] == NO_LANE else int(events.lane[event])
    old_lane = int(index.lane_of_event[event])
    lanes = list(index.lanes)
    if lane == old_lane:
        lanes[lane] = _moved_in_lane(lanes[lane], event, float(before.start[event]), start, end)
        lane_of_event = index.lane_of_event
    else:
        lanes[old_lane] = _without(lanes[old_lane], event, float(before.start[event]))
        lanes[lane] = _with(lanes[lane], event, start, end)
        lane_of_event = index.lane_of_event.copy()
        lane_of_event[event] = lane
    return TimelineIndex(
        order=order,
        known_rank=None,
        starts_in_order=_moved(index.starts_in_order, old, new, start),
        lanes=tuple(lanes),
        lane_of_event=lane_of_event,
        incoming=incoming,
    )


def _lane_position(lane: LaneIndex, event: int, start: float) -> int:
    low = int(np.searchsorted(lane.starts, start, side="left"))
    high = int(np.searchsorted(lane.starts, start, side="right"))
    return low + int(np.flatnonzero(lane.events[low:high] == event)[0])


def _moved_in_lane(lane: LaneIndex, event: int, old_start: float, start: float, end: float) -> LaneIndex:
    old = _lane_position(lane, event, old_start)
    new = _place(lane.events, lane.starts, lambda low, high: lane.ends[low:high], event, start, end, old)
    return _updated(
        lane,
        _moved(lane.events, old, new, event),
        _moved(lane.starts, old, new, start),
        _moved(lane.ends, old, new, end),
        gone=float(lane.ends[old] - lane.starts[old]),
        came=end - start,
    )


def _without(lane: LaneIndex, event: int, start: float, later: int | None = None) -> LaneIndex:
    """The lane without ``event``; with ``later``, its events after that index renumbered one less."""
    position = _lane_position(lane, event, start)
    return _updated(
        lane,
        _deleted(lane.events, position, later),
        _deleted(lane.starts, position),
        _deleted(lane.ends, position),
        gone=float(lane.ends[position] - lane.starts[position]),
    )


def _with(lane: LaneIndex, event: int, start: float, end: float) -> LaneIndex:
    position = _place(lane.events, lane.starts, lambda low, high: lane.ends[low:high], event, start, end)
    return _updated(
        lane,
        np.insert(lane.events, position, event),
        np.insert(lane.starts, position, start),
        np.insert(lane.ends, position, end),
        came=end - start,
    )


def _updated(
    lane: LaneIndex,
    events: IndexArray,
    starts: FloatArray,
    ends: FloatArray,
    gone: float | None = None,
    came: float | None = None,
) -> LaneIndex:
    """The lane of these arrays: ``lane`` with an event of duration ``gone`` taken out and/or one
    of duration ``came`` put in. Its longest duration and open-ended events follow from the old
    ones when nothing open-ended and not the longest went (else they are found again: a pass
    over the lane's events)."""
    finite = all(value is None or math.isfinite(value) for value in (gone, came))
    if lane.open_ended.size or not finite or (gone is not None and gone >= lane.longest):
        return _lane_of(events, starts, ends)
    longest = lane.longest if came is None else max(lane.longest, came)
    return LaneIndex(events=events, starts=starts, ends=ends, longest=longest, open_ended=lane.open_ended)


def _deleted(array: npt.NDArray[Any], position: int, later: int | None = None) -> npt.NDArray[Any]:
    """A copy of ``array`` without its entry at ``position``; with ``later``, its values above
    ``later`` one less (event indices after a deleted event), in the same pass as the copy."""
    out = np.empty(array.size - 1, dtype=array.dtype)
    for part, into in ((array[:position], out[:position]), (array[position + 1 :], out[position:])):
        if later is None:
            into[...] = part
        else:
            np.subtract(part, part > later, out=into, casting="unsafe")
    return out


def _shifted(lane: LaneIndex, after: int, step: int) -> LaneIndex:
    """The lane with the events after index ``after`` renumbered by ``step`` (1 or -1)."""
    # Two passes (compare, then add the flags), not three with a temporary of ints.
    renumber = np.add if step == 1 else np.subtract
    events = renumber(lane.events, lane.events > after, dtype=lane.events.dtype)
    return LaneIndex(events, lane.starts, lane.ends, lane.longest, lane.open_ended)


def _order_position(index: TimelineIndex, event: int, start: float) -> int:
    """Where ``event`` (whose start was ``start``) sits in the index's date order: its rank if
    known, else found among the events of that start (a binary search and a short scan)."""
    if index.known_rank is not None:
        return int(index.known_rank[event])
    low = int(np.searchsorted(index.starts_in_order, start, side="left"))
    high = int(np.searchsorted(index.starts_in_order, start, side="right"))
    return low + int(np.flatnonzero(index.order[low:high] == event)[0])
