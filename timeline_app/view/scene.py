"""What one paint shows, made in one place for the canvas, image exports and printing alike."""

from __future__ import annotations

from dataclasses import dataclass, replace

from timeline_app.core.index import BoolArray, TimelineIndex
from timeline_app.core.metrics import MetricSeries, metric_series
from timeline_app.core.timeline import Timeline
from timeline_app.view.viewport import TimeBounds, Viewport

# A timeline with no dated events still gets an axis: a year around the epoch.
EMPTY_SPAN_SECONDS = 365 * 86_400.0


@dataclass(frozen=True, slots=True)
class Scene:
    """Everything a paint depends on: the timeline and its orderings, the view, what is picked."""

    timeline: Timeline
    index: TimelineIndex  # orderings of the events shown (the filter's, or all of them)
    viewport: Viewport
    metrics: tuple[MetricSeries, ...] = ()  # chart tracks under the lanes
    selected: int | None = None
    hovered: int | None = None
    now: float | None = None  # seconds since epoch; None means the clock's now
    matches: BoolArray | None = None  # search matches (others are dimmed); None = no search
    match_index: TimelineIndex | None = None  # orderings of the matches, for density
    message: str = ""  # said in the middle of the lanes, e.g. while a file loads
    collapsed: frozenset[int] = frozenset()  # index lanes folded to their density
    # None: the lanes share the height they have (an image, a page); else they take the rows they
    # need and are scrolled this far (the canvas).
    scroll_y: float | None = None
    all_links: bool = False  # every link between events in view, not only the selected event's

    @classmethod
    def whole(cls, timeline: Timeline, width: float) -> Scene:
        """All of a timeline at ``width`` pixels, as Fit All shows it, with every part it has."""
        return cls(
            timeline,
            TimelineIndex.build(timeline.events),
            fit_all(timeline, width),
            metrics=tuple(metric_series(timeline)),
        )

    def at_width(self, width: float) -> Scene:
        """The same time range drawn ``width`` pixels wide (an export of the view at another size)."""
        view = self.viewport
        return replace(self, viewport=Viewport(view.t0, view.span / max(width, 1.0), width))

    def fitted(self, width: float) -> Scene:
        """The same scene showing every event at ``width`` pixels, as Fit All does."""
        return replace(self, viewport=fit_all(self.timeline, width))

    def showing(self, low: float, high: float, width: float, margin: float) -> Scene:
        """The same scene over [low, high] (a printed page)."""
        return replace(self, viewport=Viewport.showing(low, high, width, margin))


def time_bounds(timeline: Timeline) -> TimeBounds:
    """How far a view of this timeline may pan and zoom."""
    data = timeline.time_range()
    if data is None:
        return TimeBounds.around(0.0, EMPTY_SPAN_SECONDS)
    return TimeBounds.around(*data)


def fit_all(timeline: Timeline, width: float) -> Viewport:
    """The view that shows every event (a margin either side), within the timeline's bounds."""
    bounds = time_bounds(timeline)
    low, high = timeline.time_range() or (bounds.low, bounds.high)
    return Viewport.showing(low, high, width).clamped(bounds)
