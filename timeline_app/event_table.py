"""Immutable column store of a timeline's events, with a per-event view built on demand.

A million events kept as Python objects cost about a kilobyte each; as columns
(tuples of the file's strings plus numpy arrays of times and codes) they cost a
fraction of that, and the canvas can binary-search and aggregate them directly.
The rarely present rich fields (actors, amounts, sources, ...) live in a sparse
mapping keyed by event index.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from timeline_app.dates import EdtfDate, parse_edtf
from timeline_app.model import Amount, Link, Metric, Source, Status

STATUS_ORDER: tuple[Status, ...] = tuple(Status)
STATUS_CODES: dict[str, int] = {status.value: code for code, status in enumerate(STATUS_ORDER)}
NO_LANE = -1

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
    actors: tuple[str, ...] = ()
    amounts: tuple[Amount, ...] = ()
    metrics: tuple[Metric, ...] = ()
    sources: tuple[Source, ...] = ()
    links: tuple[Link, ...] = ()
    tags: tuple[str, ...] = ()


def _frozen(array: npt.NDArray[Any]) -> npt.NDArray[Any]:
    array.setflags(write=False)
    return array


class EventTable(Sequence[Event]):
    """The events of one timeline in file order, as read-only columns."""

    def __init__(
        self,
        *,
        ids: tuple[str, ...],
        titles: tuple[str, ...],
        dates: tuple[str, ...],
        summaries: tuple[str, ...],
        status: CodeArray,
        lane: IntArray,
        start: FloatArray,
        end: FloatArray,
        lane_ids: tuple[str, ...],
        details: dict[int, dict[str, Any]],
        id_index: dict[str, int],
    ) -> None:
        self.ids = ids
        self.titles = titles
        self.dates = dates
        self.summaries = summaries
        self.status = _frozen(status)
        self.lane = _frozen(lane)
        self.start = _frozen(start)
        self.end = _frozen(end)
        self.lane_ids = lane_ids
        # Read-only views: the loader hands over freshly built dicts and keeps no reference.
        self._details = MappingProxyType(details)
        self._id_index = MappingProxyType(id_index)

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

    def _event(self, index: int) -> Event:
        lane_code = int(self.lane[index])
        return Event(
            index=index,
            id=self.ids[index],
            title=self.titles[index],
            # Parsing is memoised, so rebuilding the view is cheap.
            date=parse_edtf(self.dates[index]),
            status=STATUS_ORDER[int(self.status[index])],
            lane=None if lane_code == NO_LANE else self.lane_ids[lane_code],
            summary=self.summaries[index],
            **self._details.get(index, {}),
        )
