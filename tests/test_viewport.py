"""Viewport specs: zoom keeps the anchor, pan moves by pixels, limits hold at every scale."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.calendar import SECONDS_PER_YEAR, seconds_from_civil
from timeline_app.core.dates import MAX_ABS_YEAR, parse_edtf
from timeline_app.view.viewport import MAX_SPAN_SECONDS, MIN_SPAN_SECONDS, TimeBounds, Viewport

YEAR_2024 = seconds_from_civil(2024)
BOUNDS_2010s = TimeBounds.around(seconds_from_civil(2010), seconds_from_civil(2030))


def test_zoom_in_keeps_the_instant_under_the_cursor() -> None:
    view = Viewport(YEAR_2024, 86_400.0, 1000)
    anchor = view.t_at(300)
    zoomed = view.zoomed_at(300, 2.0)
    assert zoomed.seconds_per_px == 43_200.0
    assert math.isclose(zoomed.t_at(300), anchor, rel_tol=0, abs_tol=1e-3)


def test_zoom_in_by_10_percent_removes_a_tenth_on_each_side_when_centred() -> None:
    view = Viewport(0.0, 10.0, 1000)
    zoomed = view.zoomed_at(500, 1 / 0.8)
    assert math.isclose(zoomed.t0, 1000.0)
    assert math.isclose(zoomed.t1, 9000.0)


def test_pan_right_shows_earlier_time() -> None:
    view = Viewport(YEAR_2024, 60.0, 1000)
    assert view.panned_by(100).t0 == YEAR_2024 - 6000.0


def test_zoom_stops_at_a_minute_across_the_canvas() -> None:
    view = Viewport(YEAR_2024, 1.0, 1000).zoomed_at(500, 1e9, BOUNDS_2010s)
    assert math.isclose(view.span, MIN_SPAN_SECONDS)


def test_zoom_out_stops_a_little_beyond_the_data() -> None:
    view = Viewport(YEAR_2024, 1.0, 1000).zoomed_at(500, 1e-12, BOUNDS_2010s)
    assert math.isclose(view.span, BOUNDS_2010s.span)
    assert view.t0 >= BOUNDS_2010s.low and view.t1 <= BOUNDS_2010s.high + 1


def test_pan_cannot_leave_the_bounds() -> None:
    view = Viewport.showing(seconds_from_civil(2020), seconds_from_civil(2021), 1000)
    far_left = view.panned_by(1e12, BOUNDS_2010s)
    assert far_left.t0 == BOUNDS_2010s.low


def test_showing_fits_the_range_with_margins() -> None:
    low, high = seconds_from_civil(2010), seconds_from_civil(2030)
    view = Viewport.showing(low, high, 1600)
    assert view.t0 < low and view.t1 > high
    assert math.isclose(view.center, (low + high) / 2)


def test_deep_time_zoom_never_overflows_and_respects_float_precision() -> None:
    big_bang = -13.8e9 * SECONDS_PER_YEAR
    bounds = TimeBounds.around(big_bang, seconds_from_civil(2024))
    view = Viewport.showing(big_bang, big_bang + 1e6, 1000)
    for _ in range(200):
        view = view.zoomed_at(0, 10.0, bounds)
    assert math.isfinite(view.t0) and view.seconds_per_px > 0
    assert view.span >= math.ulp(big_bang) * 1000  # never below what floats can tell apart
    for _ in range(400):
        view = view.zoomed_at(0, 0.1, bounds)
    assert view.span <= MAX_SPAN_SECONDS


@given(
    t0=st.floats(-4.4e17, 4e11),
    seconds_per_px=st.floats(1e-3, 1e16),
    width=st.floats(1, 5000),
    x=st.floats(0, 5000),
    factor=st.floats(1e-6, 1e6),
    dx=st.floats(-1e5, 1e5),
)
def test_any_zoom_or_pan_gives_a_finite_viewport_within_limits(
    t0: float, seconds_per_px: float, width: float, x: float, factor: float, dx: float
) -> None:
    bounds = TimeBounds.around(-13.8e9 * SECONDS_PER_YEAR, seconds_from_civil(2100))
    view = Viewport(t0, seconds_per_px, width).clamped(bounds)
    for changed in (view.zoomed_at(x, factor, bounds), view.panned_by(dx, bounds)):
        assert math.isfinite(changed.t0) and math.isfinite(changed.seconds_per_px)
        assert changed.seconds_per_px > 0
        assert changed.span <= bounds.span * (1 + 1e-9)
        assert changed.t0 >= bounds.low - abs(bounds.low) * 1e-12


@pytest.mark.parametrize("year", [MAX_ABS_YEAR, -MAX_ABS_YEAR])
def test_the_furthest_year_a_file_may_name_fits_in_view(year: int) -> None:
    date = parse_edtf(f"Y{year}")
    bounds = TimeBounds.around(date.start, date.end)
    assert -MAX_SPAN_SECONDS <= bounds.low < date.start and date.end < bounds.high <= MAX_SPAN_SECONDS
    view = Viewport.showing(date.start, date.end, 1000).clamped(bounds)
    assert view.t0 <= date.start and date.end <= view.t1


def test_the_whole_calendar_a_file_may_use_fits_in_one_view() -> None:
    first, last = parse_edtf(f"Y-{MAX_ABS_YEAR}"), parse_edtf(f"Y{MAX_ABS_YEAR}")
    bounds = TimeBounds.around(first.start, last.end)
    view = Viewport.showing(first.start, last.end, 1000).clamped(bounds)
    assert view.t0 < first.start and last.end < view.t1


@pytest.mark.parametrize(
    ("low", "high"),
    [
        (1e12 * SECONDS_PER_YEAR, 1e12 * SECONDS_PER_YEAR),
        (-1e12 * SECONDS_PER_YEAR, -1e12 * SECONDS_PER_YEAR + 60),
        (-1e12 * SECONDS_PER_YEAR, 1e12 * SECONDS_PER_YEAR),
        (MAX_SPAN_SECONDS, MAX_SPAN_SECONDS),
    ],
    ids=["beyond-the-future-edge", "beyond-the-past-edge", "beyond-both", "at-the-edge"],
)
def test_bounds_of_data_beyond_the_edge_are_never_inverted(low: float, high: float) -> None:
    bounds = TimeBounds.around(low, high)
    assert -MAX_SPAN_SECONDS <= bounds.low < bounds.high <= MAX_SPAN_SECONDS


@given(
    low=st.floats(-MAX_SPAN_SECONDS, MAX_SPAN_SECONDS),
    length=st.floats(0, 2 * MAX_SPAN_SECONDS),
)
def test_bounds_contain_the_data_they_are_built_around(low: float, length: float) -> None:
    high = min(low + length, MAX_SPAN_SECONDS)
    bounds = TimeBounds.around(low, high)
    assert bounds.low <= low and high <= bounds.high
    assert bounds.low < bounds.high


def test_bounds_leave_half_the_data_span_free_on_each_side() -> None:
    low, high = seconds_from_civil(2010), seconds_from_civil(2030)
    half = (high - low) / 2
    assert TimeBounds.around(low, high) == TimeBounds(low - half, high + half)


def test_bounds_of_a_single_instant_leave_half_a_minute_each_side() -> None:
    assert TimeBounds.around(YEAR_2024, YEAR_2024) == TimeBounds(YEAR_2024 - 30, YEAR_2024 + 30)


def test_pixels_and_instants_convert_both_ways() -> None:
    view = Viewport(YEAR_2024, 60.0, 1000)
    assert view.x_at(YEAR_2024 + 600) == 10.0
    assert view.x_at(YEAR_2024 - 60) == -1.0
    assert view.t_at(10) == YEAR_2024 + 600
    assert view.x_at(view.t_at(123.5)) == 123.5


def test_showing_leaves_the_margin_of_the_span_on_each_side() -> None:
    low, high = seconds_from_civil(2010), seconds_from_civil(2030)
    view = Viewport.showing(low, high, 1600)
    assert math.isclose(view.t0, low - 0.05 * (high - low), rel_tol=1e-12)
    assert math.isclose(view.t1, high + 0.05 * (high - low), rel_tol=1e-12)
    exact = Viewport.showing(low, high, 1600, margin=0.0)
    assert math.isclose(exact.t0, low, rel_tol=1e-12) and math.isclose(exact.t1, high, rel_tol=1e-12)


@pytest.mark.parametrize("width", [1.0, 0.5, 0.0, -10.0])
def test_a_canvas_narrower_than_a_pixel_counts_as_one_pixel(width: float) -> None:
    assert Viewport.showing(0.0, 100.0, width).width == 1.0
    assert Viewport(YEAR_2024, 60.0, 1000).resized(width).width == 1.0
    assert Viewport(YEAR_2024, 60.0, width).clamped().width == 1.0


def test_a_one_pixel_canvas_still_shows_at_least_a_minute() -> None:
    assert Viewport(YEAR_2024, 1.0, 1.0).clamped().seconds_per_px == MIN_SPAN_SECONDS


def test_zoom_limited_at_a_minute_keeps_the_instant_under_the_cursor() -> None:
    view = Viewport(YEAR_2024, 1.0, 1000)
    anchor = view.t_at(100)
    zoomed = view.zoomed_at(100, 1e9, BOUNDS_2010s)
    assert math.isclose(zoomed.span, MIN_SPAN_SECONDS)
    assert math.isclose(zoomed.t_at(100), anchor, rel_tol=0, abs_tol=1e-3)


def test_clamping_a_view_zoomed_in_too_far_keeps_its_centre() -> None:
    view = Viewport(YEAR_2024, 1e-3, 1000)
    clamped = view.clamped()
    assert math.isclose(clamped.span, MIN_SPAN_SECONDS)
    assert math.isclose(clamped.center, view.center, rel_tol=0, abs_tol=1e-3)


def test_centering_keeps_the_zoom_and_puts_the_instant_in_the_middle() -> None:
    view = Viewport(YEAR_2024, 60.0, 1000)
    target = YEAR_2024 + 1e6
    centred = view.centered_on(target)
    assert (centred.center, centred.seconds_per_px, centred.width) == (target, 60.0, 1000)


def test_centering_stays_within_the_bounds() -> None:
    view = Viewport(YEAR_2024, 60.0, 1000)
    assert view.centered_on(seconds_from_civil(1900), BOUNDS_2010s).t0 == BOUNDS_2010s.low
    assert view.centered_on(seconds_from_civil(2100), BOUNDS_2010s).t1 == BOUNDS_2010s.high


def test_resizing_keeps_the_left_edge_and_the_scale() -> None:
    view = Viewport(YEAR_2024, 60.0, 1000)
    assert view.resized(1500) == Viewport(YEAR_2024, 60.0, 1500)


def test_widening_at_the_end_of_the_bounds_moves_the_view_back_inside() -> None:
    view = Viewport(BOUNDS_2010s.high - 60_000.0, 60.0, 1000)
    widened = view.resized(2000, BOUNDS_2010s)
    assert (widened.seconds_per_px, widened.width) == (60.0, 2000)
    assert widened.t1 == BOUNDS_2010s.high


@pytest.mark.parametrize(
    ("t0", "seconds_per_px"),
    [(math.nan, 10.0), (math.inf, 10.0), (-math.inf, 10.0), (0.0, math.nan), (0.0, math.inf)],
)
def test_a_non_finite_view_falls_back_to_ten_years_from_1970(t0: float, seconds_per_px: float) -> None:
    assert Viewport(t0, seconds_per_px, 800).clamped() == Viewport.showing(0.0, 10 * SECONDS_PER_YEAR, 800)


def test_far_from_1970_a_pixel_spans_at_least_four_float_steps_at_the_far_edge() -> None:
    # The right edge lies past 2**50 s, where float steps are twice those just left of it.
    view = Viewport(2.0**50 - 100, 0.6, 1000).clamped()
    assert view.seconds_per_px >= 4 * math.ulp(view.t1)
    assert view.seconds_per_px >= 4 * math.ulp(view.t0)


@pytest.mark.parametrize(
    ("t0", "seconds_per_px"),
    [(1e300, 1e297), (0.0, 1e27), (0.0, 1.7e305), (-1e30, 1.0)],
    ids=["far-and-wide", "wide", "span-overflows", "far-past"],
)
def test_a_view_from_far_beyond_the_bounds_comes_back_over_them(t0: float, seconds_per_px: float) -> None:
    # A remembered view from a damaged settings file, say: float steps out there are no
    # reason to show more than the bounds.
    view = Viewport(t0, seconds_per_px, 1000).clamped(BOUNDS_2010s)
    assert view.span <= BOUNDS_2010s.span
    assert BOUNDS_2010s.low <= view.t0 and view.t1 <= BOUNDS_2010s.high
