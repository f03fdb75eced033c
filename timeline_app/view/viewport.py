"""The visible stretch of time as an immutable value: zooming and panning return new viewports."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from timeline_app.core.calendar import SECONDS_PER_YEAR

# Closest zoom: a minute across the whole canvas.
MIN_SPAN_SECONDS = 60.0
# Widest zoom when the data gives no bound, the hard ceiling whatever the data, and how far
# from 1970 the view may go: 50 billion years holds the whole calendar a file may use
# (±dates.MAX_ABS_YEAR, 20 billion years) in one view with fit margins, far from float overflow.
MAX_SPAN_SECONDS = 50e9 * SECONDS_PER_YEAR
# Fit-all and the zoom-out limit leave this fraction of the data's span free on each side.
FIT_MARGIN = 0.05
ZOOM_OUT_SLACK = 0.5
# Floats lose precision far from 1970: never show fewer than this many float steps per pixel.
_MIN_FLOAT_STEPS_PER_PX = 4
DEFAULT_SPAN_SECONDS = 10 * SECONDS_PER_YEAR


@dataclass(frozen=True, slots=True)
class TimeBounds:
    """What the viewport may show: the data's range and how far out zoom may go."""

    low: float
    high: float

    @classmethod
    def around(cls, low: float, high: float) -> TimeBounds:
        """Bounds for data spanning [low, high], with room to zoom out a little beyond it.

        The data is clamped to ±MAX_SPAN_SECONDS before the slack is added (no date the loader
        accepts lies beyond), so that low stays below high whatever the data.
        """
        low = min(max(low, -MAX_SPAN_SECONDS), MAX_SPAN_SECONDS)
        high = min(max(high, low), MAX_SPAN_SECONDS)
        # At least a few float steps: far from 1970 a minute is less than one step.
        float_steps = _MIN_FLOAT_STEPS_PER_PX * math.ulp(max(abs(low), abs(high)))
        slack = max(max(high - low, MIN_SPAN_SECONDS) * ZOOM_OUT_SLACK, float_steps)
        return cls(max(low - slack, -MAX_SPAN_SECONDS), min(high + slack, MAX_SPAN_SECONDS))

    @property
    def span(self) -> float:
        return self.high - self.low


@dataclass(frozen=True, slots=True)
class Viewport:
    """Maps time to horizontal pixels: ``x = (t - t0) / seconds_per_px``."""

    t0: float
    seconds_per_px: float
    width: float

    @property
    def t1(self) -> float:
        """Time at the right edge."""
        return self.t0 + self.span

    @property
    def span(self) -> float:
        return self.seconds_per_px * self.width

    @property
    def center(self) -> float:
        return self.t0 + self.span / 2

    def x_at(self, t: float) -> float:
        """Pixel column of instant ``t`` (may lie outside [0, width])."""
        return (t - self.t0) / self.seconds_per_px

    def t_at(self, x: float) -> float:
        """Instant under pixel column ``x``."""
        return self.t0 + x * self.seconds_per_px

    @classmethod
    def showing(cls, low: float, high: float, width: float, margin: float = FIT_MARGIN) -> Viewport:
        """A viewport that shows [low, high] with ``margin`` of the span free on each side."""
        width = max(width, 1.0)
        span = max(high - low, MIN_SPAN_SECONDS) * (1 + 2 * margin)
        center = (low + high) / 2
        return cls(center - span / 2, span / width, width)

    def zoomed_at(self, x: float, factor: float, bounds: TimeBounds | None = None) -> Viewport:
        """Zoom in (factor > 1) or out (factor < 1) keeping the instant under ``x`` fixed."""
        anchor = self.t_at(x)
        seconds_per_px = self.seconds_per_px / factor
        zoomed = Viewport(anchor - x * seconds_per_px, seconds_per_px, self.width)
        return zoomed.clamped(bounds, anchor_x=x)

    def panned_by(self, dx: float, bounds: TimeBounds | None = None) -> Viewport:
        """Move the content ``dx`` pixels to the right (a drag to the right shows earlier time)."""
        return replace(self, t0=self.t0 - dx * self.seconds_per_px).clamped(bounds)

    def centered_on(self, t: float, bounds: TimeBounds | None = None) -> Viewport:
        """The same zoom with instant ``t`` in the middle."""
        return replace(self, t0=t - self.span / 2).clamped(bounds)

    def resized(self, width: float, bounds: TimeBounds | None = None) -> Viewport:
        """Keep the left edge and the scale when the canvas changes width."""
        return replace(self, width=max(width, 1.0)).clamped(bounds)

    def clamped(self, bounds: TimeBounds | None = None, anchor_x: float | None = None) -> Viewport:
        """Within zoom limits and, given bounds, over them; ``anchor_x`` stays put when zoom is limited."""
        width = max(self.width, 1.0)
        low_limit = self._min_span(width, bounds) / width
        high_span = bounds.span if bounds is not None else MAX_SPAN_SECONDS
        high_limit = max(min(high_span, MAX_SPAN_SECONDS) / width, low_limit)
        seconds_per_px = min(max(self.seconds_per_px, low_limit), high_limit)
        if not math.isfinite(self.t0) or not math.isfinite(self.seconds_per_px):
            return Viewport.showing(0.0, DEFAULT_SPAN_SECONDS, width)
        t0 = self.t0
        if seconds_per_px != self.seconds_per_px:
            anchor = width / 2 if anchor_x is None else anchor_x
            t0 = self.t_at(anchor) - anchor * seconds_per_px
        if bounds is not None:
            span = seconds_per_px * width
            t0 = min(max(t0, bounds.low), bounds.high - span)
        return Viewport(t0, seconds_per_px, width)

    def _min_span(self, width: float, bounds: TimeBounds | None) -> float:
        far = max(abs(self.t0), abs(self.t0 + self.seconds_per_px * width))
        if bounds is not None:
            # The view ends up over the bounds: the float steps there set the limit, not
            # those wherever the view starts (a view from 1e300 s would never come back).
            far = min(far, max(abs(bounds.low), abs(bounds.high)))
        float_step = math.ulp(far) if math.isfinite(far) else 0.0
        return max(MIN_SPAN_SECONDS, float_step * _MIN_FLOAT_STEPS_PER_PX * width)
