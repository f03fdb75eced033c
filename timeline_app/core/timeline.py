"""The loaded, immutable timeline: the file's header plus its events as columns."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from timeline_app.core.event_table import EventTable
from timeline_app.core.i18n import QT_TRANSLATE_NOOP
from timeline_app.core.model import ExchangeRate, Lane, SourceInfo, TimelineHeader

UNTITLED = QT_TRANSLATE_NOOP("Timeline", "Untitled")  # a new timeline's title (shown translated)


@dataclass(frozen=True, slots=True)
class Timeline:
    """A validated timeline; nothing in it can change after loading."""

    header: TimelineHeader
    events: EventTable
    # Computed once where the timeline is built (off the GUI thread for big files): at a
    # million events it costs ~13 ms, and the window asks for it several times per load.
    _time_range: tuple[float, float] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_time_range", _finite_range(self.events))

    @classmethod
    def spliced(
        cls, before: Timeline, header: TimelineHeader, events: EventTable, start: int, stop: int, added: int
    ) -> Timeline:
        """``before`` with events[start:stop] replaced by ``added`` events (``events`` is the
        result): the time range follows from the old one and the rows that changed, unless the
        rows that went held one of its ends (then it is computed again, ~40 ms at a million)."""
        timeline = cls.__new__(cls)
        object.__setattr__(timeline, "header", header)
        object.__setattr__(timeline, "events", events)
        old, gone = before._time_range, _finite_values(before.events, start, stop)
        if old is not None and gone.size and not (old[0] < gone.min() and gone.max() < old[1]):
            time_range = _finite_range(events)
        else:
            came = _finite_values(events, start, start + added)
            values = came if old is None else np.concatenate((came, old))
            time_range = (float(values.min()), float(values.max())) if values.size else None
        object.__setattr__(timeline, "_time_range", time_range)
        return timeline

    @property
    def title(self) -> str:
        return self.header.title

    @property
    def lanes(self) -> tuple[Lane, ...]:
        return self.header.lanes

    @property
    def source(self) -> SourceInfo | None:
        return self.header.source

    @property
    def exchange_rates(self) -> tuple[ExchangeRate, ...]:
        return self.header.exchange_rates

    def lane_by_id(self, lane_id: str) -> Lane | None:
        """The lane with this id, or None."""
        return next((lane for lane in self.lanes if lane.id == lane_id), None)

    def time_range(self) -> tuple[float, float] | None:
        """Earliest start and latest end over the finite bounds of all events, or None if empty."""
        return self._time_range

    def earliest_index(self) -> int | None:
        """Index of the event that starts first (open starts count as earliest)."""
        return int(np.argmin(self.events.start)) if len(self.events) else None

    def latest_index(self) -> int | None:
        """Index of the event that ends last (open ends count as latest)."""
        return int(np.argmax(self.events.end)) if len(self.events) else None


def empty_timeline() -> Timeline:
    """A timeline of no events: what a window shows before its first file has loaded."""
    return Timeline(header=TimelineHeader(title=UNTITLED), events=EventTable.empty())


def _finite_range(events: EventTable) -> tuple[float, float] | None:
    starts, ends = events.start, events.end
    finite = np.concatenate((starts[np.isfinite(starts)], ends[np.isfinite(ends)]))
    if finite.size == 0:
        return None
    low, high = float(finite.min()), float(finite.max())
    return (low, high) if math.isfinite(low) else None


def _finite_values(events: EventTable, start: int, stop: int) -> npt.NDArray[np.float64]:
    """The finite starts and ends of events[start:stop]."""
    values = np.concatenate((events.start[start:stop], events.end[start:stop]))
    return values[np.isfinite(values)]
