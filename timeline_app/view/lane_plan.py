"""What each lane shows in one frame, and how tall it is: events in rows, or a density histogram.

Pure: the renderer measures label text and passes the measure in; this module decides, per
lane, whether its visible events are drawn one by one (packed into rows) or summarised, how
many rows each lane wants, and how the height is shared among the lanes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from timeline_app.core.index import IndexArray
from timeline_app.view.layout import LanePacking, LayoutItem, allocate_rows, pack_lane
from timeline_app.view.scene import Scene

LANE_HEADER_HEIGHT = 20.0
LANE_PADDING = 4.0
ROW_HEIGHT = 26.0
MARKER_HEIGHT = 14.0
POINT_MARKER_WIDTH = 12.0
MIN_BAR_PX = 8.0  # a span narrower than this is drawn as a point
OFFSCREEN_PX = 20.0  # open or off-screen ends are drawn this far past the edge
# Events drawn one by one per frame, shared among the lanes: each costs tens of
# microseconds of QPainter calls, and a frame has 16 ms. A lane with more visible
# events than its share is drawn as a density histogram (most of them could not
# get a row anyway); zooming in brings the individual events back.
DETAIL_BUDGET = 150
MIN_DETAIL_PER_LANE = 25
# A lane never asks for more rows than this, and a density histogram wants this many.
MAX_ROWS_PER_LANE = 8
DENSITY_ROWS = 3
# Up to this many events running into the view from before are drawn as bars; more are one band.
MAX_CARRIED_BARS = 3
COLLAPSED_ROWS = 1
# On the canvas the lanes may scroll: labels stay clear of the scroll bar beside them.
SCROLL_BAR_ROOM_PX = 18.0
NO_LANE_TITLE = "Other events"  # the lane of events that name none, beside named lanes
ONLY_LANE_TITLE = "Events"  # the same lane when the timeline names no lanes at all

TextWidth = Callable[[int], float]  # an event's full label width in pixels


@dataclass(slots=True)
class LanePlan:
    """What one lane shows this frame; ``rows`` is first the rows wanted, then the rows given.

    A lane shows two kinds of event: those that began before the view and run into it
    (``carried``), and those that start inside it. Carried events are drawn as bars from the
    left edge while there are few, else summed up in one band; events starting inside are
    drawn one by one while they fit the budget, else as a density histogram of their starts.
    Either way a lane with events in view never paints nothing.
    """

    label: str
    color: str | None  # the lane's colour from the file, if any
    number: int  # position among the drawn lanes (for default colours)
    index_lane: int  # the index's lane
    starting_count: int  # events starting inside the view
    carried_count: int  # events that began before the view and run into it
    carried_band: bool = False  # carried events summed up in one band row
    items: list[LayoutItem] | None = None  # None: events starting inside drawn as density
    packing: LanePacking | None = None  # the items in rows (with the carried bars when in detail)
    carried_packing: LanePacking | None = None  # carried bars above a density histogram
    collapsed: bool = False  # folded by the user: one row of density, no events
    rows: int = 1
    top: float = 0.0
    height: float = 0.0

    @property
    def aggregated(self) -> bool:
        return self.items is None

    @property
    def visible_count(self) -> int:
        return self.starting_count + self.carried_count

    @property
    def rows_top(self) -> float:
        return self.top + LANE_HEADER_HEIGHT + LANE_PADDING

    @property
    def content_top(self) -> float:
        """Where events (or the density) start: below the band of carried events, if any."""
        return self.rows_top + (ROW_HEIGHT if self.carried_band else 0.0)

    def rows_fitting(self) -> int:
        """Rows the band has room for (at least the rows it was given)."""
        return max(self.rows, int((self.height - LANE_HEADER_HEIGHT - 2 * LANE_PADDING) // ROW_HEIGHT))


def lane_names(scene: Scene) -> list[tuple[str, str | None, int]]:
    """Label, colour and index lane of each lane drawn: the file's, then the one without a name."""
    lanes = scene.timeline.lanes
    names = [(lane.label, lane.color, number) for number, lane in enumerate(lanes)]
    if scene.index.has_events_without_lane():
        names.append((NO_LANE_TITLE if names else ONLY_LANE_TITLE, None, scene.index.no_lane))
    return names


def plan_lanes(scene: Scene, text_width: TextWidth) -> list[LanePlan]:
    """Per lane: what runs into the view and what starts in it, and the rows they need."""
    view = scene.viewport
    budget = max(DETAIL_BUDGET // scene.index.lane_count, MIN_DETAIL_PER_LANE)
    plans = []
    for number, (label, color, index_lane) in enumerate(lane_names(scene)):
        starting = scene.index.starting_in_lane(index_lane, view.t0, view.t1)
        carried = scene.index.running_into_lane(index_lane, view.t0)
        plan = LanePlan(label, color, number, index_lane, int(starting.size), int(carried.size))
        if index_lane in scene.collapsed:
            plan.collapsed, plan.rows = True, COLLAPSED_ROWS
            plans.append(plan)
            continue
        plan.carried_band = carried.size > MAX_CARRIED_BARS
        drawn_carried = carried[:0] if plan.carried_band else carried
        band_rows = 1 if plan.carried_band else 0
        if starting.size + drawn_carried.size > budget:
            plan.carried_packing = pack_lane(
                layout_items(drawn_carried, scene, text_width), MAX_CARRIED_BARS, label_width(scene)
            )
            plan.rows = band_rows + _rows_of(plan.carried_packing) + DENSITY_ROWS
        else:
            plan.items = layout_items(np.concatenate((drawn_carried, starting)), scene, text_width)
            plan.packing = pack_lane(plan.items, MAX_ROWS_PER_LANE, label_width(scene))
            plan.rows = band_rows + max(_rows_of(plan.packing), 1)
        plans.append(plan)
    return plans


def label_width(scene: Scene) -> float:
    """How far right labels may reach: the whole width, less the scroll bar's on a scrolling canvas."""
    return scene.viewport.width - (SCROLL_BAR_ROOM_PX if scene.scroll_y is not None else 0.0)


def _rows_of(packing: LanePacking) -> int:
    return 1 + max((p.row for p in packing.placed), default=-1)


def place_lanes(plans: list[LanePlan], top: float, bottom: float, scroll_y: float | None = None) -> float:
    """Give each lane its top and height, and return the height they take together.

    With ``scroll_y`` None the lanes share the height there is (an image, a page): rows where
    they are needed. Otherwise each lane gets the rows it wants, the lanes stacked from
    ``top - scroll_y`` (the canvas scrolls them). Spare height is shared out either way.
    """
    chrome = LANE_HEADER_HEIGHT + 2 * LANE_PADDING
    wanted = [plan.rows for plan in plans]
    if scroll_y is None:
        available = int((bottom - top - chrome * len(plans)) // ROW_HEIGHT)
        given = allocate_rows(wanted, available)
    else:
        given = wanted
    heights = [chrome + rows * ROW_HEIGHT for rows in given]
    extra = max(bottom - top - sum(heights), 0.0) / max(len(plans), 1)
    y = top - (scroll_y or 0.0)
    for plan, rows, band_height in zip(plans, given, heights, strict=True):
        plan.rows = rows
        plan.top = y
        plan.height = float(math.floor(band_height + extra))
        y += plan.height
    return y - (top - (scroll_y or 0.0))


def layout_items(visible: IndexArray, scene: Scene, text_width: TextWidth) -> list[LayoutItem]:
    """Pixel extents of the visible events, sorted by left edge; too-narrow spans become points."""
    events = scene.timeline.events
    view = scene.viewport
    x0 = np.clip(
        (events.start[visible] - view.t0) / view.seconds_per_px, -OFFSCREEN_PX, view.width + OFFSCREEN_PX
    )
    x1 = np.clip(
        (events.end[visible] - view.t0) / view.seconds_per_px, -OFFSCREEN_PX, view.width + OFFSCREEN_PX
    )
    narrow = x1 - x0 < MIN_BAR_PX
    middle = (x0 + x1) / 2
    x0 = np.where(narrow, middle - POINT_MARKER_WIDTH / 2, x0)
    x1 = np.where(narrow, middle + POINT_MARKER_WIDTH / 2, x1)
    order = np.argsort(x0, kind="stable")
    items = []
    for position in order.tolist():
        event = int(visible[position])
        items.append(
            LayoutItem(
                event, float(x0[position]), float(x1[position]), text_width(event), event == scene.selected
            )
        )
    return items
