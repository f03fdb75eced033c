"""Pack a lane's visible events into rows so that no markers or labels overlap.

Pure geometry in pixels: the canvas measures labels, this module decides where
each event goes, how much of its label fits, and which events find no room. A label goes
right of its marker, or left of it when the right edge would cut it and the row has room.
Labels lose space before markers do: when a marker only fits by covering the
previous label in its row, that label is shortened (and dropped when too short
to read); the selected event's label is never shortened.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# Gap kept between neighbouring things in a row, and the shortest label worth showing.
ITEM_GAP_PX = 6.0
LABEL_PAD_PX = 4.0
MIN_LABEL_PX = 28.0
# A label cut by the right edge wraps onto a second line when it then fits with this much
# to spare for word breaks: its room times WRAP_FILL covers its width.
WRAP_FILL = 1.7


@dataclass(frozen=True, slots=True)
class LayoutItem:
    """An event to place: its drawn extent and the width its full label would take."""

    event: int
    x0: float
    x1: float
    label_width: float
    selected: bool = False


@dataclass(slots=True)
class PlacedEvent:
    """Where an event went: its row, its extent, and the room its label got (0 = no label)."""

    event: int
    row: int
    x0: float
    x1: float
    label_x: float
    label_room: float
    label_inside: bool = False  # drawn over the bar (a bar running off the right edge)
    lines: int = 1  # 2: the label wraps onto the row below (its room there is kept free)

    @property
    def label_end(self) -> float:
        return self.label_x + self.label_room


@dataclass(frozen=True, slots=True)
class LanePacking:
    """The outcome of packing one lane."""

    placed: tuple[PlacedEvent, ...]
    hidden: tuple[LayoutItem, ...]  # found no row; the canvas shows them as overflow ticks


@dataclass(slots=True)
class _Row:
    locked_until: float = float("-inf")  # a label from the row above wraps into this one up to here
    marker_end: float = float("-inf")
    label_end: float = float("-inf")
    last: PlacedEvent | None = None
    last_selected: bool = False


def pack_lane(items: Sequence[LayoutItem], rows: int, width: float) -> LanePacking:
    """Place ``items`` (sorted by x0) into at most ``rows`` rows of a canvas ``width`` px wide."""
    lanes = [_Row() for _ in range(max(rows, 0))]
    placed: list[PlacedEvent] = []
    hidden: list[LayoutItem] = []
    for item in items:
        row_number = _free_row(lanes, item, width) if lanes else None
        if row_number is None:
            row_number = _row_with_room_for_marker(lanes, item.x0)
            if row_number is None:
                hidden.append(item)
                continue
            _shorten_last_label(lanes[row_number], item.x0)
        row = lanes[row_number]
        label_x, room, inside = _label_place(item, width, _row_end(row))
        event = PlacedEvent(item.event, row_number, item.x0, item.x1, label_x, room, inside)
        below = lanes[row_number + 1] if row_number + 1 < len(lanes) else None
        if _wraps(item, event, below):
            assert below is not None
            event.lines = 2
            below.locked_until = max(below.locked_until, event.label_end)
        placed.append(event)
        row.marker_end = max(item.x1, item.x0)
        row.label_end = event.label_end if room > 0 else row.marker_end
        row.last = event
        row.last_selected = item.selected
    return LanePacking(tuple(placed), tuple(hidden))


def _wraps(item: LayoutItem, event: PlacedEvent, below: _Row | None) -> bool:
    """Whether a label the right edge cuts can take a second line, on the row below, instead."""
    cut = 0 < event.label_room < item.label_width and not event.label_inside
    return (
        cut
        and below is not None
        and event.label_room * WRAP_FILL >= item.label_width
        and _row_end(below) + ITEM_GAP_PX <= event.label_x
    )


def _label_place(item: LayoutItem, width: float, row_end: float) -> tuple[float, float, bool]:
    """Where the label goes: right of the marker; if the right edge cuts it there, left of the
    marker when the row has room there (after ``row_end``); else inside a bar that runs off the
    right edge; else right of the marker, shortened."""
    label_x = max(item.x1, item.x0, 0.0) + LABEL_PAD_PX
    room = min(item.label_width, width - label_x)
    if room >= item.label_width:
        return label_x, room, False
    left_x = item.x0 - LABEL_PAD_PX - item.label_width
    if left_x >= max(row_end + ITEM_GAP_PX, 0.0) and item.x0 <= width:
        return left_x, item.label_width, False
    if room >= min(MIN_LABEL_PX, item.label_width):
        return label_x, room, False
    inside_x = max(item.x0, 0.0) + LABEL_PAD_PX
    inside_room = min(item.label_width, min(item.x1, width) - LABEL_PAD_PX - inside_x)
    if inside_room >= min(MIN_LABEL_PX, item.label_width):
        return inside_x, inside_room, True
    return label_x, 0.0, False


def _free_row(rows: Sequence[_Row], item: LayoutItem, width: float) -> int | None:
    """The first row whose marker and label both end before the item, preferring one where its
    label shows whole (on either side of its marker) to one where the right edge cuts it."""
    free = [number for number, row in enumerate(rows) if _row_end(row) + ITEM_GAP_PX <= item.x0]
    for number in free:
        _x, room, _inside = _label_place(item, width, _row_end(rows[number]))
        if room >= item.label_width:
            return number
    return free[0] if free else None


def _row_end(row: _Row) -> float:
    return max(row.marker_end, row.label_end, row.locked_until)


def _row_with_room_for_marker(rows: Sequence[_Row], x0: float) -> int | None:
    """A row where the marker fits if the previous label (not a selected one) is shortened."""
    best: int | None = None
    best_room = -math.inf  # a marker just a gap behind the last leaves its label no room at all
    for number, row in enumerate(rows):
        blocked = max(row.marker_end, row.locked_until) + ITEM_GAP_PX > x0
        if row.last_selected or blocked or row.last is None:
            continue
        room = x0 - ITEM_GAP_PX - row.last.label_x
        if room > best_room:  # the row where the shortened label keeps the most text
            best, best_room = number, room
    return best


def _shorten_last_label(row: _Row, x0: float) -> None:
    last = row.last
    if last is None or last.label_x < last.x0:  # a label left of its marker is out of the way
        return
    room = x0 - ITEM_GAP_PX - last.label_x
    last.label_room = room if room >= MIN_LABEL_PX else 0.0
    row.label_end = last.label_end if last.label_room > 0 else row.marker_end
    last.lines = 1  # shortened to fit before the next marker: one line (the row below stays held)


def allocate_rows(needed: Sequence[int], available: int) -> list[int]:
    """Share ``available`` rows among lanes: each gets at least one, and the rest go, one at a
    time, to the lane that is furthest short of what it needs (so a crowded lane grows before
    a lane with room to spare)."""
    given = [1] * len(needed)
    spare = available - len(needed)
    while spare > 0:
        shortfalls = [want - have for want, have in zip(needed, given, strict=True)]
        neediest = max(range(len(needed)), key=shortfalls.__getitem__, default=None)
        if neediest is None or shortfalls[neediest] <= 0:
            break
        given[neediest] += 1
        spare -= 1
    return given
