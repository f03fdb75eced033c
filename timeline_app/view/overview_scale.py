"""The overview strip's maths: its time scale, where the view box is, what a press grabs, where a drag goes.

Pure, so that the strip widget only turns mouse and wheel events into these calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from timeline_app.core.timeline import Timeline
from timeline_app.view.interaction import wheel_zoom_factor
from timeline_app.view.scene import fit_all
from timeline_app.view.viewport import TimeBounds, Viewport

# The view box is never drawn narrower than this, so a deep zoom still shows where it is.
MIN_BOX_PX = 6.0
# Grabbing a box edge: this many pixels either side of it. A narrow box keeps at least
# MIN_PAN_GRAB_PX in its middle for panning, so its edge zones shrink inside it.
EDGE_HIT_PX = 5.0
MIN_PAN_GRAB_PX = 4.0


class Grab(Enum):
    """What a press on the strip took hold of."""

    OUTSIDE = auto()
    BOX = auto()
    LEFT_EDGE = auto()
    RIGHT_EDGE = auto()


@dataclass(frozen=True, slots=True)
class StripScale:
    """The instants at the strip's left and right edges, over ``width`` pixels."""

    low: float
    high: float
    width: float

    @classmethod
    def covering(cls, data: tuple[float, float], view: Viewport, width: float) -> StripScale:
        """All the data, widened to the view when that reaches further."""
        return cls(min(data[0], view.t0), max(data[1], view.t1), max(width, 1.0))

    def t_at(self, x: float) -> float:
        return self.low + x * (self.high - self.low) / self.width

    def x_at(self, t: float) -> float:
        return (t - self.low) * self.width / (self.high - self.low)

    def seconds(self, pixels: float) -> float:
        """The time ``pixels`` strip pixels stand for."""
        return pixels * (self.high - self.low) / self.width

    def box(self, view: Viewport) -> tuple[float, float]:
        """Left and right of the view's box: at least MIN_BOX_PX wide, centred on the view."""
        left, right = self.x_at(view.t0), self.x_at(view.t1)
        if right - left < MIN_BOX_PX:
            middle = (left + right) / 2
            left, right = middle - MIN_BOX_PX / 2, middle + MIN_BOX_PX / 2
        return left, right


def data_extent(timeline: Timeline) -> tuple[float, float]:
    """The instants the strip spans when the view is inside the data: Fit All's range."""
    fit = fit_all(timeline, 1.0)
    return fit.t0, fit.t1


def grab_at(x: float, box: tuple[float, float]) -> Grab:
    """What a press at strip pixel ``x`` takes hold of."""
    left, right = box
    # Inside a narrow box the edge zones give way so that its middle can still be dragged.
    inner = min(EDGE_HIT_PX, max((right - left - MIN_PAN_GRAB_PX) / 2, 0.0))
    near_left = left - EDGE_HIT_PX <= x <= left + inner
    near_right = right - inner <= x <= right + EDGE_HIT_PX
    if near_left and near_right:
        return Grab.LEFT_EDGE if abs(x - left) < abs(x - right) else Grab.RIGHT_EDGE
    if near_left:
        return Grab.LEFT_EDGE
    if near_right:
        return Grab.RIGHT_EDGE
    return Grab.BOX if left < x < right else Grab.OUTSIDE


def dragged(grab: Grab, view: Viewport, seconds: float, bounds: TimeBounds) -> Viewport:
    """The view after dragging what ``grab`` took by ``seconds``: the box moves, an edge resizes it."""
    if grab is Grab.RIGHT_EDGE:
        # The left edge stays put: clamp the right one to the bounds first (else clamping
        # would shift the whole view) and anchor any zoom limit at the left edge.
        right = min(view.t1 + seconds, bounds.high)
        moved = Viewport(view.t0, max(right - view.t0, 0.0) / view.width, view.width)
        return moved.clamped(bounds, anchor_x=0.0)
    if grab is Grab.LEFT_EDGE:
        left = max(view.t0 + seconds, bounds.low)
        seconds_per_px = max(view.t1 - left, 0.0) / view.width
        moved = Viewport(view.t1 - seconds_per_px * view.width, seconds_per_px, view.width)
        return moved.clamped(bounds, anchor_x=view.width)
    return Viewport(view.t0 + seconds, view.seconds_per_px, view.width)


def wheel_panned(view: Viewport, scale: StripScale, pixels: float) -> Viewport:
    """The view moved by a sideways wheel turn of ``pixels`` strip pixels (right: earlier time)."""
    return Viewport(view.t0 - scale.seconds(pixels), view.seconds_per_px, view.width)


def wheel_zoomed(view: Viewport, scale: StripScale, x: float, angle: float, bounds: TimeBounds) -> Viewport:
    """The view zoomed by a wheel turned ``angle`` units over strip pixel ``x``, about that instant."""
    return view.zoomed_at(view.x_at(scale.t_at(x)), wheel_zoom_factor(angle), bounds)
