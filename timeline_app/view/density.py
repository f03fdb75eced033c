"""Event density as bar heights: counts of sorted starts per bin, on a log scale so clusters don't flatten."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from timeline_app.core.index import FloatArray

HeightArray = npt.NDArray[np.int32]


def density_counts(sorted_starts: FloatArray, low: float, high: float, bins: int) -> FloatArray:
    """Events per bin of ``bins`` equal bins over [low, high): bin i holds starts in [edge i, edge i+1).

    ``sorted_starts`` must be sorted. Two binary searches per edge, so the cost depends on
    ``bins``, not on how many events there are.
    """
    if bins <= 0 or not high > low:
        return np.zeros(max(bins, 0), dtype=np.float64)
    edges = low + np.arange(bins + 1) * ((high - low) / bins)
    return np.diff(np.searchsorted(sorted_starts, edges, side="left")).astype(np.float64)


def bins_near(
    x: float, low: float, high: float, bins: int, bin_px: float, reach_px: float
) -> tuple[float, float]:
    """The time span [a, b) of the bins of ``density_counts(.., low, high, bins)``, drawn
    ``bin_px`` wide from x = 0, that lie within ``reach_px`` of ``x`` (a click on a bar)."""
    first = min(max(math.floor((x - reach_px) / bin_px), 0), bins - 1)
    last = min(max(math.floor((x + reach_px) / bin_px), first), bins - 1)
    width = (high - low) / bins
    return low + first * width, low + (last + 1) * width


def bar_heights(counts: FloatArray, rows: int) -> HeightArray:
    """Bar heights in whole pixels up to ``rows``: log scale, so that a cluster of 10,000
    does not flatten a scatter of tens; any non-empty bin gets at least one pixel."""
    peak = counts.max(initial=0)
    if peak <= 0 or rows <= 0:
        return np.zeros(counts.size, dtype=np.int32)
    return np.ceil(np.log1p(counts) / math.log1p(peak) * rows).astype(np.int32)


def share_heights(heights: HeightArray, part: FloatArray, whole: FloatArray) -> HeightArray:
    """The part of each bar that ``part`` is of ``whole``, linearly (6% of a bar's events is 6% of it)."""
    share = np.divide(part, whole, out=np.zeros_like(whole), where=whole > 0)
    return np.ceil(heights * share).astype(np.int32)


def spread(heights: HeightArray, pixels: int) -> HeightArray:
    """Each bar also raised ``pixels`` columns either side (a running maximum), so that a lone
    event one pixel wide can be seen; dense histograms stay almost as they were."""
    out = heights.copy()
    for shift in range(1, pixels + 1):
        np.maximum(out[shift:], heights[:-shift], out=out[shift:])
        np.maximum(out[:-shift], heights[shift:], out=out[:-shift])
    return out
