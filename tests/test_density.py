"""Density bars: log-scaled heights, every non-empty bin visible, shares linear, lone events spread."""

from __future__ import annotations

import numpy as np

from timeline_app.view.density import bar_heights, share_heights, spread


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
