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
NO_LANE_TITLE = "Other events"  # the lane of events that name none, beside named lanes
ONLY_LANE_TITLE = "Events"  # the same lane when the timeline names no lanes at all

TextWidth = Callable[[int], float]  # an event's full label width in pixels


@dataclass(slots=True)
class LanePlan:
    """What one lane shows this frame; ``rows`` is first the rows wanted, then the rows given."""

    label: str
    color: str | None  # the lane's colour from the file, if any
    number: int  # position among the drawn lanes (for default colours)
    index_lane: int  # the index's lane
    visible_count: int
    items: list[LayoutItem] | None = None  # None: drawn as a density histogram
    packing: LanePacking | None = None
    rows: int = 1
    top: float = 0.0
    height: float = 0.0

    @property
    def aggregated(self) -> bool:
        return self.items is None

    @property
    def rows_top(self) -> float:
        return self.top + LANE_HEADER_HEIGHT + LANE_PADDING

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
    """Per lane: density or detail, and for detail the rows its events need."""
    view = scene.viewport
    budget = max(DETAIL_BUDGET // scene.index.lane_count, MIN_DETAIL_PER_LANE)
    plans = []
    for number, (label, color, index_lane) in enumerate(lane_names(scene)):
        lane_index = scene.index.lanes[index_lane]
        first = int(np.searchsorted(lane_index.starts, view.t0 - lane_index.longest, side="left"))
        last = int(np.searchsorted(lane_index.starts, view.t1, side="left"))
        plan = LanePlan(label, color, number, index_lane, last - first)
        if plan.visible_count > budget:
            plan.rows = DENSITY_ROWS
        else:
            visible = scene.index.visible_in_lane(index_lane, view.t0, view.t1)
            plan.visible_count = int(visible.size)
            plan.items = layout_items(visible, scene, text_width)
            plan.packing = pack_lane(plan.items, MAX_ROWS_PER_LANE, view.width)
            plan.rows = 1 + max((p.row for p in plan.packing.placed), default=0)
        plans.append(plan)
    return plans


def place_lanes(plans: list[LanePlan], top: float, bottom: float) -> None:
    """Give each lane its top and height: rows where they are needed, spare height shared out."""
    chrome = LANE_HEADER_HEIGHT + 2 * LANE_PADDING
    available = int((bottom - top - chrome * len(plans)) // ROW_HEIGHT)
    given = allocate_rows([plan.rows for plan in plans], available)
    heights = [chrome + rows * ROW_HEIGHT for rows in given]
    extra = max(bottom - top - sum(heights), 0.0) / max(len(plans), 1)
    for plan, rows, band_height in zip(plans, given, heights, strict=True):
        plan.rows = rows
        plan.top = top
        plan.height = float(math.floor(band_height + extra))
        top += plan.height


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
