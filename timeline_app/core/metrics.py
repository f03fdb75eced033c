"""Series of the figures events carry (sales, counts), grouped by metric name for chart tracks."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, repeat
from operator import contains

from timeline_app.core.dates import parse_edtf
from timeline_app.core.timeline import Timeline

# Events looked at per step while finding those with figures: a step holds the interpreter ~5 ms
# (the whole million in one call froze the window for 110 ms when run off the GUI thread).
SCAN_STEP = 50_000


@dataclass(frozen=True, slots=True)
class MetricPoint:
    """One figure: the period it covers, its value and the event that reports it."""

    start: float
    end: float
    value: float
    event: int
    date_text: str

    @property
    def middle(self) -> float:
        return (self.start + self.end) / 2


@dataclass(frozen=True, slots=True)
class MetricSeries:
    """All figures of one metric name, in time order."""

    name: str
    unit: str
    points: tuple[MetricPoint, ...]

    @property
    def low(self) -> float:
        return min(p.value for p in self.points)

    @property
    def high(self) -> float:
        return max(p.value for p in self.points)


def metric_series(timeline: Timeline) -> list[MetricSeries]:
    """Every metric name with its points, in order of first appearance in the file.

    A figure is dated by its own ``date`` when it has one (a figure for 2010 inside a
    2010-2017 event), else by its event's date; a figure whose date is a period spans it.
    Figures with open-ended dates have no place on a chart and are left out.
    """
    events = timeline.events
    grouped: dict[str, tuple[str, list[MetricPoint]]] = {}
    # Only the events with figures are sorted: sorting the items of all a million events' rich
    # fields (a TimelineJS file's rich text) made a million tuples on the GUI thread, and the
    # collections they set off froze the window for seconds.
    details = events.details
    keys, values = list(details.keys()), list(details.values())
    with_metrics: list[int] = []
    for start in range(0, len(keys), SCAN_STEP):  # a step at a time: each one C call holding the interpreter
        piece = slice(start, start + SCAN_STEP)
        with_metrics += compress(keys[piece], map(contains, values[piece], repeat("metrics")))
    with_metrics.sort()
    for index in with_metrics:
        for metric in details[index]["metrics"]:
            date = parse_edtf(metric.date) if metric.date else events[index].date
            if not (date.start > float("-inf") and date.end < float("inf")):
                continue
            point = MetricPoint(date.start, date.end, metric.value, index, date.text)
            grouped.setdefault(metric.name, (metric.unit, []))[1].append(point)
    return [
        MetricSeries(name, unit, tuple(sorted(points, key=lambda p: (p.start, p.end))))
        for name, (unit, points) in grouped.items()
    ]
