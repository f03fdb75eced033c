"""Immutable column store of a timeline's events, with a per-event view built on demand.

A million events kept as Python objects cost about a kilobyte each; as columns
(tuples of the file's strings plus numpy arrays of times and codes) they cost a
fraction of that, and the canvas can binary-search and aggregate them directly.
The rarely present rich fields (actors, amounts, sources, ...) live in a sparse
mapping keyed by event index.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, TypedDict, Unpack, overload

import numpy as np
import numpy.typing as npt

from timeline_app.core.dates import EdtfDate
from timeline_app.core.model import (
    Amount,
    EventImage,
    Link,
    Metric,
    Origin,
    SlideBackground,
    SlideMedia,
    Source,
    Status,
)
from timeline_app.core.string_column import StringColumn

STATUS_ORDER: tuple[Status, ...] = tuple(Status)
STATUS_CODES: dict[str, int] = {status.value: code for code, status in enumerate(STATUS_ORDER)}
NO_LANE = -1
# Bits of the ``fuzzy`` column: which ends of the event's date are not sharp.
FUZZY_START = 1
FUZZY_END = 2

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int32]
CodeArray = npt.NDArray[np.int8]


@dataclass(frozen=True, slots=True)
class Event:
    """One event with everything the file says about it, its date parsed."""

    index: int
    id: str
    title: str
    date: EdtfDate
    status: Status
    lane: str | None
    summary: str = ""
    html: str = ""  # rich text for the detail panel, sanitised when shown
    actors: tuple[str, ...] = ()
    amounts: tuple[Amount, ...] = ()
    metrics: tuple[Metric, ...] = ()
    sources: tuple[Source, ...] = ()
    links: tuple[Link, ...] = ()
    tags: tuple[str, ...] = ()
    images: tuple[EventImage, ...] = ()  # pictures: files beside the timeline or web addresses
    background: SlideBackground | None = None  # a TimelineJS slide's, kept for exports
    media: SlideMedia | None = None  # a TimelineJS slide's embed code, kept for exports
    origin: Origin | None = None  # the sentence of the article it was drafted from
    draft: bool = False  # drafted from an article, not yet accepted


class IdIndex:
    """Finds an event by id: sorted hashes of the ids, searched with numpy.

    A dict of a million ids costs about 100 MB and, while it grows, holds the
    interpreter for a tenth of a second at a time (which would freeze the GUI when
    a big file finishes loading on a worker thread); this costs 16 bytes an id and is
    built in small steps.

    A splice (an edit) is noted and carried out when the index is first read: deleting an
    event needs no id looked up, and updating the arrays costs passes over all of them
    (~10 ms at a million events), which the window does after the edit is painted (``ready``).
    """

    __slots__ = ("_ids", "_order", "_pending", "_sorted")

    # The splices waiting on one index are carried out at the latest when this many pile up.
    MAX_PENDING = 64

    _pending: tuple[IdIndex, int, int, tuple[str, ...], int] | None  # base, start, stop, new ids, depth

    def __init__(self, ids: Sequence[str], step: int = 50_000) -> None:
        parts = [
            np.fromiter(
                map(hash, ids[start : start + step]), dtype=np.int64, count=len(ids[start : start + step])
            )
            for start in range(0, len(ids), step)
        ]
        self._set(ids, np.concatenate(parts) if parts else np.empty(0, dtype=np.int64))

    @classmethod
    def from_hashes(cls, ids: Sequence[str], hashes: npt.NDArray[np.int64]) -> IdIndex:
        """The index of ``ids`` whose ``hash()`` values (in this process) are already known."""
        index = cls.__new__(cls)
        index._set(ids, hashes)
        return index

    def for_ids(self, ids: Sequence[str]) -> IdIndex:
        """This index over ``ids``, which must hold the same strings in the same order (a
        tuple of the strings of the column it was built on, say)."""
        if self._pending is not None:
            return self._deferred(ids, 0, 0, ())
        index = IdIndex.__new__(IdIndex)
        index._ids, index._order, index._sorted, index._pending = ids, self._order, self._sorted, None
        return index

    def _set(self, ids: Sequence[str], hashes: npt.NDArray[np.int64]) -> None:
        self._ids = ids
        # Equal hashes stay in file order (a stable sort's): when no two are equal, as with the
        # ids of a valid file (barring a 64-bit collision), any sort gives that order, and
        # numpy's default one takes a sixth less time than its stable one.
        order = np.argsort(hashes)
        ordered = hashes[order]
        if ordered.size and bool((ordered[1:] == ordered[:-1]).any()):
            order = np.argsort(hashes, kind="stable")
            ordered = hashes[order]
        self._order, self._sorted = order, ordered
        self._pending = None

    def spliced(self, ids: Sequence[str], start: int, stop: int, new_ids: Sequence[str]) -> IdIndex:
        """This index (of the old ids) over ``ids``: the old ids with [start:stop] replaced by
        ``new_ids``. The arrays are those of an index built on ``ids``, made when first read in
        O(n) copies instead of a sort (hashing a million ids and sorting again took 0.7 s)."""
        if stop - start == len(new_ids) and all(
            self._ids[start + k] == new_id for k, new_id in enumerate(new_ids)
        ):
            return self.for_ids(ids)
        return self._deferred(ids, start, stop, tuple(new_ids))

    def _deferred(self, ids: Sequence[str], start: int, stop: int, new_ids: tuple[str, ...]) -> IdIndex:
        depth = 1 if self._pending is None else self._pending[4] + 1
        if depth > self.MAX_PENDING:
            self.ready()
            depth = 1
        index = IdIndex.__new__(IdIndex)
        index._ids, index._pending = ids, (self, start, stop, new_ids, depth)
        return index

    def ready(self) -> None:
        """Carry out the splices noted on this index, if any (the oldest first)."""
        chain: list[IdIndex] = []
        index: IdIndex = self
        while index._pending is not None:
            chain.append(index)
            index = index._pending[0]
        for index in reversed(chain):
            assert index._pending is not None
            base, start, stop, new_ids, _depth = index._pending
            index._order, index._sorted = base._splice_arrays(start, stop, new_ids)
            index._pending = None  # the base (and the ids it was over) may go

    def _splice_arrays(
        self, start: int, stop: int, new_ids: tuple[str, ...]
    ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.int64]]:
        """The arrays of this (ready) index with ids [start:stop] replaced by ``new_ids``."""
        order, hashes = self._order, self._sorted
        if stop == start and not new_ids:
            return order, hashes
        # Out go the positions of the old ids, then the later positions close up or open the gap.
        going = [self._position(start + k) for k in range(stop - start)]
        order, hashes = np.delete(order, going), np.delete(hashes, going)
        shift = len(new_ids) - (stop - start)
        if shift:  # np.delete gave a fresh copy: renumbered in place (a temporary of bools, not ints)
            later = order >= stop
            if shift == 1:
                np.add(order, later, out=order)
            elif shift == -1:
                np.subtract(order, later, out=order)
            else:
                np.add(order, np.multiply(later, shift, dtype=order.dtype), out=order)
        for k, new_id in enumerate(new_ids):
            key, event = hash(new_id), start + k
            low = int(np.searchsorted(hashes, key, side="left"))
            high = int(np.searchsorted(hashes, key, side="right"))
            # A stable sort puts equal hashes in file order.
            at = low + int(np.searchsorted(order[low:high], event))
            order, hashes = np.insert(order, at, event), np.insert(hashes, at, key)
        return order, hashes

    def _position(self, index: int) -> int:
        """Where event ``index`` sits in the sorted hashes."""
        key = hash(self._ids[index])
        low = int(np.searchsorted(self._sorted, key, side="left"))
        high = int(np.searchsorted(self._sorted, key, side="right"))
        return low + int(np.flatnonzero(self._order[low:high] == index)[0])

    @property
    def waiting(self) -> bool:
        """Whether splices are noted and not yet carried out."""
        return self._pending is not None

    def same_as(self, other: IdIndex) -> bool:
        """Whether both hold the same arrays (an index updated by ``spliced`` against a new one)."""
        self.ready()
        other.ready()
        return (
            tuple(self._ids) == tuple(other._ids)
            and np.array_equal(self._order, other._order)
            and np.array_equal(self._sorted, other._sorted)
            and self._order.dtype == other._order.dtype
        )

    def has_duplicates(self) -> bool:
        """Whether some id is given to more than one event."""
        self.ready()
        # Equal ids have equal hashes: only runs of equal hashes need their ids compared.
        hashes = self._sorted
        for position in np.flatnonzero(hashes[1:] == hashes[:-1]).tolist():
            low = int(np.searchsorted(hashes, hashes[position], side="left"))
            high = int(np.searchsorted(hashes, hashes[position], side="right"))
            run = [self._ids[index] for index in self._order[low:high].tolist()]
            if len(set(run)) < len(run):
                return True
        return False

    def get(self, event_id: str) -> int | None:
        """Position of the first event with this id, or None."""
        if self._pending is not None:
            self.ready()
        key = hash(event_id)
        low = int(np.searchsorted(self._sorted, key, side="left"))
        high = int(np.searchsorted(self._sorted, key, side="right"))
        for position in range(low, high):  # equal hashes: compare the ids themselves
            index = int(self._order[position])
            if self._ids[index] == event_id:
                return index
        return None


def fuzzy_ends(date: EdtfDate) -> int:
    """FUZZY_START and FUZZY_END bits for open, unknown, approximate or uncertain ends."""
    if date.members and not date.all_members:
        # One of a set ([1667,1670..1672]): where in its span it happened is not known.
        return FUZZY_START | FUZZY_END
    bits = 0
    if date.lower is None or date.lower.approximate or date.lower.uncertain:
        bits |= FUZZY_START
    if date.upper is None or date.upper.approximate or date.upper.uncertain:
        bits |= FUZZY_END
    return bits


def _strings(texts: Sequence[str]) -> StringColumn:
    return texts if isinstance(texts, StringColumn) else StringColumn(texts)


def _frozen(array: npt.NDArray[Any]) -> npt.NDArray[Any]:
    array.setflags(write=False)
    return array


class TableColumns(TypedDict):
    """Everything an EventTable holds, as EventTable.assembled takes it."""

    ids: StringColumn
    titles: StringColumn
    summaries: StringColumn
    status: CodeArray
    lane: IntArray
    date_code: IntArray
    date_values: tuple[EdtfDate, ...]
    start: FloatArray
    end: FloatArray
    precision: CodeArray
    fuzzy: npt.NDArray[np.uint8]
    lane_ids: tuple[str, ...]
    details: Mapping[int, Mapping[str, Any]]
    id_index: IdIndex


_PRIVATE_COLUMNS = frozenset({"details", "id_index"})


class EventTable(Sequence[Event]):
    """The events of one timeline in file order, as read-only columns."""

    __slots__ = (
        "__weakref__",
        "_details",
        "_id_index",
        "_splice",
        "date_code",
        "date_values",
        "end",
        "fuzzy",
        "ids",
        "lane",
        "lane_ids",
        "precision",
        "start",
        "status",
        "summaries",
        "titles",
    )

    # Text columns in chunks: an edit that inserts or drops a row copies one chunk of each.
    ids: StringColumn
    titles: StringColumn
    summaries: StringColumn
    status: CodeArray  # index into STATUS_ORDER
    lane: IntArray  # index into lane_ids, or NO_LANE
    date_code: IntArray  # index into date_values
    date_values: tuple[EdtfDate, ...]  # distinct dates
    start: FloatArray
    end: FloatArray
    precision: CodeArray  # Precision of the coarser end
    fuzzy: npt.NDArray[np.uint8]  # FUZZY_START | FUZZY_END bits
    lane_ids: tuple[str, ...]
    _details: Mapping[int, Mapping[str, Any]]
    _id_index: IdIndex
    # The table this one was spliced from (weakly: it may be let go), and the splice.
    _splice: tuple[weakref.ref[EventTable], int, int, int] | None

    def __init__(
        self,
        *,
        ids: Sequence[str],
        titles: Sequence[str],
        summaries: Sequence[str],
        status: CodeArray,
        lane: IntArray,
        date_code: IntArray,
        date_values: tuple[EdtfDate, ...],
        lane_ids: tuple[str, ...],
        details: dict[int, dict[str, Any]],
        id_index: IdIndex | None = None,
    ) -> None:
        """``id_index`` is an IdIndex of exactly ``ids``, if one was built already. Text columns
        that are not StringColumns already are cut into one (a copy of their references)."""
        ids, titles, summaries = _strings(ids), _strings(titles), _strings(summaries)
        # Dates are stored once per distinct text: big files repeat them a lot.
        starts = np.array([d.start for d in date_values], dtype=np.float64)
        ends = np.array([d.end for d in date_values], dtype=np.float64)
        precisions = np.array([int(d.precision) for d in date_values], dtype=np.int8)
        fuzziness = np.array([fuzzy_ends(d) for d in date_values], dtype=np.uint8)
        self._assign(
            ids=ids,
            titles=titles,
            summaries=summaries,
            status=status,
            lane=lane,
            date_code=date_code,
            date_values=date_values,
            start=starts[date_code],
            end=ends[date_code],
            precision=precisions[date_code],  # Precision of the coarser end
            fuzzy=fuzziness[date_code],  # FUZZY_START | FUZZY_END bits
            lane_ids=lane_ids,
            # Read-only views all the way down: the loader keeps no reference to these dicts.
            details=MappingProxyType({i: MappingProxyType(d) for i, d in details.items()}),
            # Over the column itself: one kept over the strings given would keep them alive too.
            id_index=IdIndex(ids) if id_index is None else id_index.for_ids(ids),
        )

    @classmethod
    def assembled(
        cls, spliced: tuple[EventTable, int, int, int] | None = None, **columns: Unpack[TableColumns]
    ) -> EventTable:
        """A table of columns that are already consistent (an edit splices them): nothing is
        recomputed, so the caller answers for ``start`` .. ``fuzzy`` matching ``date_code``,
        ``details`` being read-only views and ``id_index`` indexing ``ids``. The arrays are
        made read-only, and may be shared with another table. ``spliced`` (table, start, stop,
        added) says that these are that table's rows with [start:stop] replaced by ``added``
        rows, for ``splice_from``."""
        table = cls.__new__(cls)
        table._assign(**columns)
        if spliced is not None:
            before, start, stop, added = spliced
            object.__setattr__(table, "_splice", (weakref.ref(before), start, stop, added))
        return table

    def splice_from(self, before: EventTable) -> tuple[int, int, int] | None:
        """(start, stop, added) when this table is ``before`` with rows [start:stop] replaced by
        ``added`` rows in one splice; else None. Telling it from the columns took several passes
        over a million values per edit."""
        if self._splice is None or self._splice[0]() is not before:
            return None
        return self._splice[1:]

    def _assign(self, **columns: Unpack[TableColumns]) -> None:
        object.__setattr__(self, "_splice", None)
        for name, value in columns.items():
            stored = _frozen(value) if isinstance(value, np.ndarray) else value
            # details and id_index are kept private: the table hands them out read-only.
            object.__setattr__(self, f"_{name}" if name in _PRIVATE_COLUMNS else name, stored)

    @classmethod
    def empty(cls) -> EventTable:
        """A table of no events."""
        return cls(
            ids=(),
            titles=(),
            summaries=(),
            status=np.empty(0, dtype=np.int8),
            lane=np.empty(0, dtype=np.int32),
            date_code=np.empty(0, dtype=np.int32),
            date_values=(),
            lane_ids=(),
            details={},
        )

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"EventTable is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"EventTable is immutable: cannot delete {name!r}")

    @property
    def dates(self) -> tuple[str, ...]:
        """Each event's EDTF date text (canonical form)."""
        texts = [d.text for d in self.date_values]
        return tuple([texts[code] for code in self.date_code.tolist()])

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> Event: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Event]: ...
    def __getitem__(self, index: int | slice) -> Event | Sequence[Event]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._event(index)

    def __iter__(self) -> Iterator[Event]:
        return (self._event(i) for i in range(len(self)))

    @property
    def id_index(self) -> IdIndex:
        """The index that finds events by id (a table over the same ids can share it)."""
        return self._id_index

    def index_of(self, event_id: str) -> int | None:
        """Position of the event with this id, or None."""
        return self._id_index.get(event_id)

    def by_id(self, event_id: str) -> Event | None:
        """The event with this id, or None."""
        index = self._id_index.get(event_id)
        return None if index is None else self._event(index)

    @property
    def details(self) -> Mapping[int, Mapping[str, Any]]:
        """Rich fields by event index, only for events that have any."""
        return self._details

    def details_of(self, index: int) -> Mapping[str, Any]:
        """The rich fields (actors, amounts, ...) the file gives for one event."""
        return self._details.get(index, {})

    def is_draft(self, index: int) -> bool:
        """Whether event ``index`` was drafted from an article and is not yet accepted."""
        return bool(self.details_of(index).get("draft"))

    def _event(self, index: int) -> Event:
        lane_code = int(self.lane[index])
        return Event(
            index=index,
            id=self.ids[index],
            title=self.titles[index],
            date=self.date_values[int(self.date_code[index])],
            status=STATUS_ORDER[int(self.status[index])],
            lane=None if lane_code == NO_LANE else self.lane_ids[lane_code],
            summary=self.summaries[index],
            **self._details.get(index, {}),
        )
