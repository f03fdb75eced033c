"""What one paint placed where (markers, labels, lanes, axis): for hit-testing, tooltips and tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline_app.core.metrics import MetricPoint, MetricSeries
from timeline_app.view.ticks import AxisTicks

# A chart point answers the pointer this far around its centre (twice its drawn radius).
METRIC_HIT_RADIUS = 8.0


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in canvas pixels."""

    x: float
    y: float
    width: float
    height: float

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height

    def intersects(self, other: Box) -> bool:
        return not (
            other.x >= self.x + self.width
            or other.x + other.width <= self.x
            or other.y >= self.y + self.height
            or other.y + other.height <= self.y
        )

    @property
    def center_x(self) -> float:
        return self.x + self.width / 2

    @property
    def center_y(self) -> float:
        return self.y + self.height / 2


@dataclass(frozen=True, slots=True)
class DrawnMetricPoint:
    """A drawn figure of a chart track, for tooltips: where it is and what it says."""

    x: float
    y: float
    series: MetricSeries
    point: MetricPoint

    def near(self, x: float, y: float, radius: float) -> bool:
        return abs(self.x - x) <= radius and abs(self.y - y) <= radius


@dataclass(frozen=True, slots=True)
class DrawnEvent:
    """An event as drawn: its marker, and its label if it got one."""

    event: int
    marker: Box
    label: Box | None
    text: str


@dataclass(frozen=True, slots=True)
class LaneBand:
    """A lane's horizontal band and what it showed."""

    label: str
    top: float
    height: float
    rows: int
    aggregated: bool  # the events starting in view drawn as a density histogram
    visible_count: int
    hidden_count: int
    starting_count: int = 0  # events starting inside the view
    carried_count: int = 0  # events that began before the view and run into it
    index_lane: int = 0
    collapsed: bool = False


@dataclass(frozen=True, slots=True)
class ListedEvents:
    """A place that stands for a lane's events it cannot draw one by one; a click lists them.

    The band of events running into the view from before (``t1`` None: they all run across
    ``t0``, the view's start), or the histogram of events starting in the view, [t0, t1), in
    ``bins`` equal bins drawn ``bin_px`` wide from the box's left: a click lists the events of
    the bars near it."""

    box: Box
    index_lane: int
    t0: float
    t1: float | None
    count: int
    bins: int = 0
    bin_px: float = 0.0


@dataclass(frozen=True, slots=True)
class AxisLabel:
    """A label drawn on the time axis."""

    box: Box
    text: str
    major: bool


@dataclass(slots=True)
class Frame:
    """What one paint placed where: for hit-testing, tooltips and tests."""

    events: list[DrawnEvent] = field(default_factory=list)
    lanes: list[LaneBand] = field(default_factory=list)
    axis_labels: list[AxisLabel] = field(default_factory=list)
    metric_points: list[DrawnMetricPoint] = field(default_factory=list)
    eras: list[tuple[Box, str]] = field(default_factory=list)  # shaded periods and their titles
    listed: list[ListedEvents] = field(default_factory=list)  # bands and histograms a click lists
    legend: list[str] = field(default_factory=list)  # the legend's entries that found room
    legend_samples: list[Box] = field(default_factory=list)  # the sample of each, in that order
    lanes_height: float = 0.0  # the lanes' height together (more than shown when they scroll)
    legend_rows: int = 1  # the legend's rows (Regions.of needs them to find the lanes again)
    headers: list[tuple[Box, int]] = field(default_factory=list)  # lane headers drawn, and their index lane
    links: list[str] = field(default_factory=list)  # the labels of the link arrows (and bundles) drawn
    ticks: AxisTicks | None = None

    def metric_point_at(self, x: float, y: float) -> DrawnMetricPoint | None:
        """The chart point under (x, y), if any."""
        return next((p for p in self.metric_points if p.near(x, y, METRIC_HIT_RADIUS)), None)

    def event_at(self, x: float, y: float) -> int | None:
        """The event whose marker or label is under (x, y), topmost first."""
        for drawn in reversed(self.events):
            if drawn.marker.contains(x, y) or (drawn.label is not None and drawn.label.contains(x, y)):
                return drawn.event
        return None

    def header_at(self, x: float, y: float) -> int | None:
        """The index lane whose header is under (x, y), the last drawn (a pinned one) first."""
        return next((lane for box, lane in reversed(self.headers) if box.contains(x, y)), None)

    def listed_at(self, x: float, y: float) -> ListedEvents | None:
        """The band or histogram of events under (x, y) that a click lists, if any."""
        return next((area for area in self.listed if area.box.contains(x, y)), None)

    def drawn(self, event: int) -> DrawnEvent | None:
        return next((d for d in self.events if d.event == event), None)
