"""Density bars: log-scaled heights, every non-empty bin visible, shares linear, lone events spread."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.view.density import bar_heights, bins_near, share_heights, spread


def test_the_fullest_bin_reaches_the_top_and_any_event_shows() -> None:
    heights = bar_heights(np.array([0.0, 1.0, 10_000.0, 3.0]), 40)
    assert heights.tolist()[0] == 0
    assert heights[2] == 40
    assert 0 < heights[1] < heights[3] < 40


def test_the_scale_is_logarithmic_so_a_cluster_does_not_flatten_the_rest() -> None:
    heights = bar_heights(np.array([10.0, 10_000.0]), 100)
    assert heights[0] > 100 * 10 / 10_000 * 10  # far above its linear share (0.1 px)
    assert heights[0] == np.ceil(np.log1p(10) / np.log1p(10_000) * 100)


def test_no_events_or_no_room_draws_nothing() -> None:
    assert bar_heights(np.zeros(3), 10).tolist() == [0, 0, 0]
    assert bar_heights(np.array([5.0]), 0).tolist() == [0]


def test_the_matching_share_of_a_bar_is_linear() -> None:
    heights = np.array([100, 100, 0], dtype=np.int32)
    assert share_heights(heights, np.array([6.0, 0.0, 0.0]), np.array([100.0, 50.0, 0.0])).tolist() == [
        6,
        0,
        0,
    ]


def test_a_lone_bar_spreads_to_its_neighbours_without_raising_them_above_itself() -> None:
    heights = np.array([0, 0, 5, 0, 0, 9, 1], dtype=np.int32)
    assert spread(heights, 1).tolist() == [0, 5, 5, 5, 9, 9, 9]
    assert spread(heights, 0).tolist() == heights.tolist()


def test_a_click_takes_the_bars_within_reach_of_the_pointer() -> None:
    # 50 bins of 2 px over [0, 100): bin i is [2i, 2i + 2) in time, drawn at x = 2i.
    assert bins_near(10.0, 0.0, 100.0, 50, 2.0, 3.0) == (6.0, 14.0)  # bins 3 to 6
    assert bins_near(0.5, 0.0, 100.0, 50, 2.0, 3.0) == (0.0, 4.0)  # none before the first
    assert bins_near(99.0, 0.0, 100.0, 50, 2.0, 3.0) == (96.0, 100.0)  # none after the last
    assert bins_near(500.0, 0.0, 100.0, 50, 2.0, 3.0) == (98.0, 100.0)  # past the end: the last


@given(
    st.floats(0.0, 999.0),
    st.integers(1, 500),
    st.floats(0.5, 4.0),
    st.floats(0.0, 6.0),
)
def test_the_bars_near_a_click_hold_the_bar_under_it_on_the_histograms_edges(
    x: float, bins: int, bin_px: float, reach: float
) -> None:
    low, high = 1_000.0, 1_000.0 + bins * 60.0
    a, b = bins_near(x, low, high, bins, bin_px, reach)
    width = (high - low) / bins
    under = min(int(x // bin_px), bins - 1)
    assert a <= low + under * width and low + (under + 1) * width <= b
    assert low <= a < b <= high
    # The span is whole bins of density_counts: its ends are edges.
    assert (a - low) / width == pytest.approx(round((a - low) / width))
    assert (b - low) / width == pytest.approx(round((b - low) / width))
