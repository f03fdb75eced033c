"""The overview strip's maths without a widget: scale, the view's box, what a press grabs, drags."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.view.overview_scale import (
    EDGE_HIT_PX,
    MIN_BOX_PX,
    Grab,
    StripScale,
    dragged,
    grab_at,
    wheel_panned,
    wheel_zoomed,
)
from timeline_app.view.viewport import TimeBounds, Viewport

BOUNDS = TimeBounds.around(0.0, 1000.0)


def test_the_strip_covers_the_data_and_widens_to_a_view_that_reaches_further() -> None:
    inside = Viewport(100.0, 1.0, 100)
    assert StripScale.covering((0.0, 1000.0), inside, 500) == StripScale(0.0, 1000.0, 500)
    beyond = Viewport(900.0, 2.0, 100)  # 900 to 1100
    assert StripScale.covering((0.0, 1000.0), beyond, 500) == StripScale(0.0, 1100.0, 500)


@given(st.floats(0, 500), st.floats(-1e6, 1e6))
def test_pixels_and_instants_convert_both_ways(x: float, low: float) -> None:
    scale = StripScale(low, low + 1000.0, 500)
    assert scale.x_at(scale.t_at(x)) == pytest.approx(x, abs=1e-6)


def test_a_tiny_view_still_gets_a_box_centred_on_it() -> None:
    scale = StripScale(0.0, 1000.0, 500)
    left, right = scale.box(Viewport(500.0, 0.001, 100))  # 0.1 s wide: far below a pixel
    assert right - left == MIN_BOX_PX
    assert (left + right) / 2 == pytest.approx(scale.x_at(500.05))


@pytest.mark.parametrize(
    ("x", "grab"),
    [
        (100 - EDGE_HIT_PX - 1, Grab.OUTSIDE),
        (100 - EDGE_HIT_PX, Grab.LEFT_EDGE),
        (100 + EDGE_HIT_PX, Grab.LEFT_EDGE),
        (150, Grab.BOX),
        (200 - EDGE_HIT_PX, Grab.RIGHT_EDGE),
        (200 + EDGE_HIT_PX, Grab.RIGHT_EDGE),
        (200 + EDGE_HIT_PX + 1, Grab.OUTSIDE),
    ],
)
def test_a_press_grabs_an_edge_near_it_the_box_inside_and_nothing_elsewhere(x: float, grab: Grab) -> None:
    assert grab_at(x, (100.0, 200.0)) is grab


def test_a_narrow_box_keeps_its_middle_for_panning() -> None:
    assert grab_at(103.0, (100.0, 106.0)) is Grab.BOX
    assert grab_at(100.5, (100.0, 106.0)) is Grab.LEFT_EDGE
    assert grab_at(105.5, (100.0, 106.0)) is Grab.RIGHT_EDGE


def test_dragging_the_box_moves_the_view_and_keeps_its_scale() -> None:
    view = Viewport(100.0, 2.0, 100)
    moved = dragged(Grab.BOX, view, 50.0, BOUNDS)
    assert (moved.t0, moved.seconds_per_px) == (150.0, 2.0)


def test_dragging_an_edge_moves_that_edge_only() -> None:
    view = Viewport(100.0, 2.0, 100)  # 100 to 300
    right = dragged(Grab.RIGHT_EDGE, view, 100.0, BOUNDS)
    assert (right.t0, right.t1) == pytest.approx((100.0, 400.0))
    left = dragged(Grab.LEFT_EDGE, view, -50.0, BOUNDS)
    assert (left.t0, left.t1) == pytest.approx((50.0, 300.0))


def test_an_edge_dragged_past_the_bounds_stops_there_without_moving_the_other() -> None:
    view = Viewport(100.0, 2.0, 100)
    right = dragged(Grab.RIGHT_EDGE, view, 1e9, BOUNDS)
    assert right.t0 == pytest.approx(100.0)
    assert right.t1 == pytest.approx(BOUNDS.high)


def test_the_wheel_zooms_about_the_instant_under_the_pointer_on_the_strip() -> None:
    view = Viewport(0.0, 10.0, 100)  # 0 to 1000
    scale = StripScale(0.0, 1000.0, 500)
    zoomed = wheel_zoomed(view, scale, 250.0, 120.0, BOUNDS)  # one notch in, over t = 500
    assert zoomed.span < view.span
    assert zoomed.x_at(500.0) == pytest.approx(view.x_at(500.0))


def test_a_sideways_wheel_pans_at_the_strips_scale() -> None:
    view = Viewport(100.0, 1.0, 100)
    scale = StripScale(0.0, 1000.0, 500)  # 2 s per strip pixel
    panned = wheel_panned(view, scale, 10.0)
    assert (panned.t0, panned.seconds_per_px) == (80.0, 1.0)
