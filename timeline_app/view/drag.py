"""Dragging an event on the canvas: which end the pointer took, and how far in time it moved."""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.core.calendar import SECONDS_PER_DAY, SECONDS_PER_YEAR
from timeline_app.core.date_shift import End
from timeline_app.core.dates import Precision
from timeline_app.view.frame import Box
from timeline_app.view.viewport import Viewport

# The pointer this close to an end of an interval's bar takes that end (a resize).
END_GRIP_PX = 5.0
# Bars narrower than this are moved whole: their ends are too close to grip apart.
MIN_RESIZABLE_PX = 4 * END_GRIP_PX


def grip(marker: Box, x: float) -> End:
    """What a press at ``x`` on an event's marker takes: its start, its end or all of it."""
    if marker.width < MIN_RESIZABLE_PX:
        return "both"
    if x - marker.x <= END_GRIP_PX:
        return "start"
    if marker.x + marker.width - x <= END_GRIP_PX:
        return "end"
    return "both"


@dataclass(frozen=True, slots=True)
class EventDrag:
    """An event taken by the pointer at ``press_x``, by ``end``."""

    event: int
    end: End
    press_x: float

    def seconds(self, x: float, viewport: Viewport) -> float:
        """How far in time the pointer has moved the event."""
        return (x - self.press_x) * viewport.seconds_per_px


# A new event gets the precision the view shows: years across decades, months across years,
# days across weeks, minutes closer in (spans in seconds, the view's whole width).
_VIEW_PRECISIONS: tuple[tuple[float, Precision], ...] = (
    (30 * SECONDS_PER_YEAR, Precision.YEAR),
    (2 * SECONDS_PER_YEAR, Precision.MONTH),
    (3 * SECONDS_PER_DAY, Precision.DAY),
)


def precision_for_view(viewport: Viewport) -> Precision:
    """The precision a date placed by pointing in this view can honestly have."""
    span = viewport.span
    return next((precision for least, precision in _VIEW_PRECISIONS if span >= least), Precision.MINUTE)
