"""The one object views talk to: the timeline, the viewport and the selection, with change signals."""

from __future__ import annotations

import time

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, QTimer, Signal

from timeline_app.core.index import TimelineIndex, restrict
from timeline_app.core.metrics import MetricSeries, metric_series
from timeline_app.core.search import EventFilter, SearchIndex
from timeline_app.core.timeline import Timeline
from timeline_app.view.interaction import ZOOM_STEP
from timeline_app.view.scene import Scene, fit_all, time_bounds
from timeline_app.view.viewport import TimeBounds, Viewport
from timeline_app.viewmodel.release import TimelineReleaser

BoolArray = npt.NDArray[np.bool_]

# Zooming to one event shows it at this share of the width, with as much again either side;
# an event's extent covers at least its precision (a day event a day), so its context does too.
FOCUS_FRACTION = 1 / 3
# The search's word index is built on a background thread when a timeline arrives. Up to this many
# events a query arriving before it is ready waits for it (at most the build, 0.3 s at 100k events);
# above, the search shows as pending and applies when the index is ready, so the window never freezes.
WAIT_FOR_INDEX_EVENTS = 200_000
# How often a pending search checks whether the index is ready.
INDEX_POLL_MS = 50
# A query that has not changed for this long has settled: its first match is then selected.
QUERY_SETTLE_MS = 400
# The build starts this long after a timeline arrives, so that the window shows the timeline
# first: a build running alongside competes for the interpreter and stretched the GUI thread's
# first paint of a million events from ~40 ms to over 100 ms. A query sooner starts it at once.
INDEX_START_DELAY_MS = 300


class TimelineViewModel(QObject):
    """Holds what is shown; views call its methods and redraw on its signals."""

    timeline_changed = Signal()  # a new timeline (and index) replaced the old one, or an edited one
    timeline_replaced = Signal()  # another timeline (not an edit of this one): edits of the old are void
    viewport_changed = Signal(object)  # payload: the new Viewport
    selection_changed = Signal(object)  # payload: selected event index, or None
    filter_changed = Signal()  # the search query or the filter changed what is shown or matched
    loading_changed = Signal(object)  # payload: what is being loaded ("Opening events.json…"), or None
    display_changed = Signal()  # how events show changed: lanes folded or unfolded, all links shown or not

    def __init__(self, timeline: Timeline, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._full_index = TimelineIndex.build(timeline.events)
        self._search = SearchIndex(timeline.events)
        self._search_pending = False  # a query waits for the word index
        self._releaser = TimelineReleaser(self)
        self._index_start = QTimer(self)
        self._index_start.setSingleShot(True)
        self._index_start.setInterval(INDEX_START_DELAY_MS)
        self._index_start.timeout.connect(self._start_search_index)
        self._index_start.start()
        self._loading: str | None = None
        self._collapsed: frozenset[int] = frozenset()  # index lanes shown folded
        self._all_links = False  # every link in view drawn, not only the selected event's
        self._query_settle = QTimer(self)
        self._query_settle.setSingleShot(True)
        self._query_settle.setInterval(QUERY_SETTLE_MS)
        self._query_settle.timeout.connect(self._select_first_match)
        self._index_poll = QTimer(self)
        self._index_poll.setInterval(INDEX_POLL_MS)
        self._index_poll.timeout.connect(self._check_index)
        self._metrics = tuple(metric_series(timeline))
        self._bounds = time_bounds(timeline)
        self._viewport = Viewport.showing(self._bounds.low, self._bounds.high, 800)
        self._selected: int | None = None
        self._fitted = False  # the view shows everything and should keep doing so on resize
        self._query = ""
        self._filter = EventFilter()
        self._shown_mask: BoolArray | None = None  # None: no filter, every event shown
        self._match_mask: BoolArray | None = None  # None: no search
        self._index = self._full_index
        self._match_index: TimelineIndex | None = None
        self.fit_all()

    # -- state ---------------------------------------------------------------

    @property
    def timeline(self) -> Timeline:
        return self._timeline

    @property
    def index(self) -> TimelineIndex:
        """Orderings over the events the filter shows (all of them when there is no filter)."""
        return self._index

    @property
    def full_index(self) -> TimelineIndex:
        """Orderings over every event, whatever the filter."""
        return self._full_index

    @property
    def match_index(self) -> TimelineIndex | None:
        """Orderings over the shown events that match the search, or None with no search."""
        return self._match_index

    @property
    def search_index(self) -> SearchIndex:
        return self._search

    @property
    def query(self) -> str:
        return self._query

    @property
    def event_filter(self) -> EventFilter:
        return self._filter

    @property
    def shown_mask(self) -> BoolArray | None:
        """Which events the filter lets through, or None when nothing is filtered out."""
        return self._shown_mask

    @property
    def match_mask(self) -> BoolArray | None:
        """Which shown events match the search, or None when there is no search."""
        return self._match_mask

    def is_shown(self, event: int) -> bool:
        return self._shown_mask is None or bool(self._shown_mask[event])

    @property
    def search_pending(self) -> bool:
        """A query waits for the search index of a big timeline; its matches come with filter_changed."""
        return self._search_pending

    @property
    def match_count(self) -> int:
        return 0 if self._match_index is None else int(self._match_index.order.size)

    @property
    def viewport(self) -> Viewport:
        return self._viewport

    @property
    def metrics(self) -> tuple[MetricSeries, ...]:
        """The figures events carry, as chart series (computed once per timeline)."""
        return self._metrics

    def scene(self, hovered: int | None = None, message: str = "", scroll_y: float | None = None) -> Scene:
        """What the window shows now, for painting: the canvas, an export of the view, a print."""
        return Scene(
            self._timeline,
            self._index,
            self._viewport,
            self._metrics,
            selected=self._selected,
            hovered=hovered,
            matches=self._match_mask,
            match_index=self._match_index,
            message=message,
            collapsed=self._collapsed,
            scroll_y=scroll_y,
            all_links=self._all_links,
        )

    @property
    def all_links(self) -> bool:
        return self._all_links

    def set_all_links(self, on: bool) -> None:
        """Draw every link in view (View > Show All Links), or only the selected event's."""
        if on != self._all_links:
            self._all_links = on
            self.display_changed.emit()

    @property
    def collapsed(self) -> frozenset[int]:
        """The index lanes shown folded to their density."""
        return self._collapsed

    def toggle_lane(self, index_lane: int) -> None:
        """Fold a lane to its density, or unfold it."""
        self._set_collapsed(self._collapsed ^ {index_lane})

    def collapse_all(self) -> None:
        self._set_collapsed(frozenset(range(self._full_index.lane_count)))

    def expand_all(self) -> None:
        self._set_collapsed(frozenset())

    def _set_collapsed(self, lanes: frozenset[int]) -> None:
        if lanes != self._collapsed:
            self._collapsed = lanes
            self.display_changed.emit()

    @property
    def bounds(self) -> TimeBounds:
        return self._bounds

    @property
    def selected(self) -> int | None:
        return self._selected

    @property
    def loading(self) -> str | None:
        """The name of the file being loaded to replace this timeline, or None."""
        return self._loading

    def set_loading(self, name: str | None) -> None:
        """A file is being loaded, or an article drafted (what is being done, in the window's
        language: "Opening events.json…"), or no longer (None); views may say so."""
        if name != self._loading:
            self._loading = name
            self.loading_changed.emit(name)

    def set_timeline(
        self,
        timeline: Timeline,
        index: TimelineIndex | None = None,
        metrics: tuple[MetricSeries, ...] | None = None,
    ) -> None:
        """Show another timeline (with its index and chart series, if already made); the
        selection survives when its event id still exists."""
        previous_id = None if self._selected is None else self._timeline.events.ids[self._selected]
        selected = None if previous_id is None else timeline.events.index_of(previous_id)
        self._replace(timeline, index, selected, metrics)
        self._collapsed = frozenset()
        self.timeline_replaced.emit()
        self._announce_timeline()

    def show_edited(self, timeline: Timeline, select: int | None) -> None:
        """An edited version of the shown timeline: the view, the folded lanes (when the lanes
        are the same) and the filter stay; ``select`` is selected."""
        same_lanes = timeline.events.lane_ids == self._timeline.events.lane_ids
        # One event moved, added or gone: the index is updated, not sorted again (0.1-0.3 s at 1M).
        index = TimelineIndex.after_edit(self._full_index, self._timeline.events, timeline.events)
        self._replace(timeline, index, select)
        if not same_lanes:
            self._collapsed = frozenset()
        self._announce_timeline()

    def _replace(
        self,
        timeline: Timeline,
        index: TimelineIndex | None,
        select: int | None,
        metrics: tuple[MetricSeries, ...] | None = None,
    ) -> None:
        self._releaser.retire(self._timeline)
        self._timeline = timeline
        self._full_index = index if index is not None else TimelineIndex.build(timeline.events)
        self._search.cancel()  # an unfinished build of the old timeline's index stops
        # An edit that changed no text (a move, say) keeps the built word index.
        self._search = self._search.reused_for(timeline.events) or SearchIndex(timeline.events)
        self._index_start.start()  # restarted: the build waits for this timeline's first frame
        self._metrics = metrics if metrics is not None else tuple(metric_series(timeline))
        self._bounds = time_bounds(timeline)
        self._selected = select

    def _announce_timeline(self) -> None:
        self._refilter(announce=False)
        # Everything is consistent with the new timeline before anyone hears of it.
        self.timeline_changed.emit()
        self.filter_changed.emit()
        self._set_viewport(self._viewport.clamped(self._bounds))
        self.selection_changed.emit(self._selected)

    # -- viewport ------------------------------------------------------------

    def set_width(self, width: float) -> None:
        """The canvas was resized: a fitted view stays fitted, any other keeps its scale."""
        if self._fitted:
            self._viewport = self._viewport.resized(width)
            self.fit_all()
        else:
            self._set_viewport(self._viewport.resized(width, self._bounds))

    def zoom_at(self, x: float, factor: float) -> None:
        """Zoom by ``factor`` (> 1 in) keeping the instant under pixel ``x`` in place."""
        self._set_viewport(self._viewport.zoomed_at(x, factor, self._bounds))

    def zoom_in(self) -> None:
        self.zoom_at(self._viewport.width / 2, ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_at(self._viewport.width / 2, 1 / ZOOM_STEP)

    def pan_by(self, dx: float) -> None:
        """Move the content ``dx`` pixels right."""
        self._set_viewport(self._viewport.panned_by(dx, self._bounds))

    def set_viewport(self, viewport: Viewport) -> None:
        """Show exactly this range (clamped to the limits)."""
        self._set_viewport(viewport.clamped(self._bounds))

    def fit_all(self) -> None:
        """Show every event."""
        self._set_viewport(fit_all(self._timeline, self._viewport.width))
        self._fitted = True

    def centre_on_today(self, now: float | None = None) -> bool:
        """Centre the view on ``now`` (default: the clock's) at the current zoom; False when the
        timeline's bounds stop the view short of it."""
        now = time.time() if now is None else now
        self._set_viewport(self._viewport.centered_on(now, self._bounds))
        return self._viewport.t0 <= now <= self._viewport.t1

    def zoom_to_selected(self) -> None:
        """Zoom so that the selected event fills a third of the width, centred, its context around it."""
        if self._selected is None:
            return
        start, end = self._finite_extent(self._selected)
        span = (end - start) / FOCUS_FRACTION
        center = (start + end) / 2
        self.set_viewport(Viewport.showing(center - span / 2, center + span / 2, self._viewport.width, 0.0))

    def bring_into_view(self, event: int) -> None:
        """Pan (without zooming) so that the event's start is visible."""
        start, end = self._finite_extent(event)
        view = self._viewport
        if view.t0 <= start <= view.t1:
            return
        target = (start + end) / 2 if end - start < view.span else start
        self._set_viewport(view.centered_on(target, self._bounds))

    # -- search and filter ---------------------------------------------------

    def set_query(self, query: str) -> None:
        """Search titles, summaries, actors, sources and tags; matches are highlighted."""
        if query != self._query:
            self._query = query
            self._refilter()
            self._query_settle.start()

    def set_filter(self, event_filter: EventFilter) -> None:
        """Show only the events the filter lets through, everywhere."""
        if event_filter != self._filter:
            self._filter = event_filter
            self._refilter()

    def show_running_into(self, index_lane: int, t0: float) -> None:
        """Filter to one lane's events that began before ``t0`` and run past it (their band was clicked)."""
        self.set_filter(EventFilter(lanes=frozenset({self._lane_id(index_lane)}), running_at=t0))

    def show_starting_in(self, index_lane: int, t0: float, t1: float) -> None:
        """Filter to one lane's events starting in [t0, t1) (their histogram was clicked)."""
        self.set_filter(EventFilter(lanes=frozenset({self._lane_id(index_lane)}), starting_in=(t0, t1)))

    def _lane_id(self, index_lane: int) -> str | None:
        """The lane id of an index lane (None: the lane of events that name none)."""
        lane_ids = self._timeline.events.lane_ids
        return lane_ids[index_lane] if index_lane < len(lane_ids) else None

    def clear_filter(self) -> None:
        self.set_filter(EventFilter())

    def select_match_step(self, step: int) -> None:
        """Select the next (or previous) search match in date order, wrapping around."""
        if self._match_index is None or self._match_index.order.size == 0:
            return
        target = self._match_index.neighbour(self._selected, step)
        if target is None:  # wrap around, like find-next in an editor
            target = self._match_index.neighbour(None, step)
        self._select_and_show(target)

    def _select_first_match(self) -> None:
        """The query settled: show its first match in date order, unless a match is selected already."""
        matches = self._match_mask
        if self._search_pending:
            self._query_settle.start()  # the matches come when the index is built
        elif matches is not None and (self._selected is None or not matches[self._selected]):
            self._select_and_show(self._match_index.neighbour(None, 1) if self._match_index else None)

    def _refilter(self, *, announce: bool = True) -> None:
        events = self._timeline.events
        shown = None if self._filter.is_empty else self._search.filtered(self._filter)
        self._shown_mask = shown
        self._index = self._full_index if shown is None else restrict(self._full_index, events, shown)
        query = self._query.strip()
        self._search_pending = bool(query) and self._must_wait_for_index()
        if self._search_pending:
            self._index_poll.start()
        if query and not self._search_pending:
            matches = self._search.matches(query)
            if shown is not None:
                matches = matches & shown
            self._match_mask = matches
            self._match_index = restrict(self._full_index, events, matches)
        else:
            self._match_mask = None
            self._match_index = None
        if announce:
            self.filter_changed.emit()
        if self._selected is not None and not self.is_shown(self._selected):
            self.select(None)  # a filtered-out event disappears from the selection too

    def _start_search_index(self) -> None:
        # What an edit left to do after its frame: the id index's splices (~10 ms at 1M).
        self._timeline.events.id_index.ready()
        self._search.prepare()

    def _must_wait_for_index(self) -> bool:
        search = self._search
        if search.ready or len(self._timeline.events) <= WAIT_FOR_INDEX_EVENTS:
            return False
        search.prepare()  # a query before the delayed start starts the build now
        return search.building

    def _check_index(self) -> None:
        """Apply a pending search once the index is built (or its build ended without one)."""
        if not self._search.building:
            self._index_poll.stop()
            if self._search_pending:
                self._refilter()

    # -- selection -----------------------------------------------------------

    def select(self, event: int | None) -> None:
        """Select an event by index, or clear the selection with None."""
        if event is not None and not 0 <= event < len(self._timeline.events):
            raise IndexError(event)
        if event == self._selected:
            return
        self._selected = event
        self.selection_changed.emit(event)

    def select_id(self, event_id: str) -> bool:
        """Select the event with this id and bring it into view; False if there is none."""
        event = self._timeline.events.index_of(event_id)
        if event is None:
            return False
        self.select(event)
        self.bring_into_view(event)
        return True

    def select_step(self, step: int) -> None:
        """Select the event ``step`` places later in date order (earlier if negative)."""
        self._select_and_show(self._index.neighbour(self._selected, step))

    def select_first(self) -> None:
        self._select_and_show(self._index.neighbour(None, 1))

    def select_last(self) -> None:
        self._select_and_show(self._index.neighbour(None, -1))

    # -- helpers -------------------------------------------------------------

    def _select_and_show(self, event: int | None) -> None:
        if event is not None:
            self.select(event)
            self.bring_into_view(event)

    def _finite_extent(self, event: int) -> tuple[float, float]:
        """The event's start and end, open ends replaced by the data bounds."""
        events = self._timeline.events
        start, end = float(events.start[event]), float(events.end[event])
        start = start if start > float("-inf") else self._bounds.low
        end = end if end < float("inf") else self._bounds.high
        return start, end

    def _set_viewport(self, viewport: Viewport) -> None:
        self._fitted = False  # fit_all sets it again right after
        if viewport != self._viewport:
            self._viewport = viewport
            self.viewport_changed.emit(viewport)
