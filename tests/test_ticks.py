"""Specs for the time axis ticks: level choice, labels, alignment, bounds and speed."""

from __future__ import annotations

import ast
import itertools
import math
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.calendar import (
    SECONDS_PER_DAY,
    SECONDS_PER_HOUR,
    SECONDS_PER_MINUTE,
    SECONDS_PER_YEAR,
    civil_from_seconds,
    seconds_from_civil,
    year_start,
)
from timeline_app.view import ticks as ticks_module
from timeline_app.view.ticks import (
    LEVEL_NAMES,
    MAX_ABS_SECONDS,
    PRESENT_YEAR,
    AxisTicks,
    Tick,
    compute_ticks,
    default_text_width,
)

WIDTH = 1600.0
MIN_GAP = 12.0
# Float instants hold whole seconds exactly below 2**53 s (about 285 million years).
EXACT_SECONDS_YEARS = 2**53 / SECONDS_PER_YEAR
AGE_OF_UNIVERSE_YEARS = 1.38e10
LONGEST_SPAN_YEARS = 2e10
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def labels(row: tuple[Tick, ...]) -> list[str]:
    return [tick.label for tick in row]


def years_ago(years: float) -> float:
    return year_start(PRESENT_YEAR) - years * SECONDS_PER_YEAR


# -- The level table ----------------------------------------------------------------------


def test_levels_run_from_one_second_to_ten_billion_years() -> None:
    calendar_years = [f"{m * 10**e:,} years" for e in range(6) for m in (1, 2, 5)][1:]
    deep = [f"{m * 10**e} Myr" for e in range(3) for m in (1, 2, 5)] + ["1 Gyr", "2 Gyr", "5 Gyr", "10 Gyr"]
    expected = (
        *("second", "5 seconds", "15 seconds", "30 seconds"),
        *("minute", "5 minutes", "15 minutes", "30 minutes"),
        *("hour", "3 hours", "6 hours", "12 hours"),
        *("day", "week", "month", "quarter", "half-year", "year"),
        *calendar_years,
        *deep,
    )
    assert expected == LEVEL_NAMES


def test_module_needs_neither_qt_nor_datetime() -> None:
    tree = ast.parse(Path(ticks_module.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {name for name in imported if name.startswith(("PySide6", "datetime"))}


# -- What each zoom shows ---------------------------------------------------------------------


def test_a_year_across_1600px_shows_months_under_the_year() -> None:
    axis = compute_ticks(seconds_from_civil(2024), seconds_from_civil(2025), WIDTH)
    assert (axis.minor_level, axis.major_level) == ("month", "year")
    assert labels(axis.minor) == [*MONTHS, "Jan"]
    assert labels(axis.major) == ["2024", "2025"]


def test_april_2024_across_1600px_shows_days_with_month_major() -> None:
    axis = compute_ticks(seconds_from_civil(2024, 4, 1), seconds_from_civil(2024, 5, 1), WIDTH)
    assert (axis.minor_level, axis.major_level) == ("day", "month")
    assert labels(axis.minor) == [str(day) for day in range(1, 31)] + ["1"]
    assert labels(axis.major) == ["April 2024", "May 2024"]


def test_a_day_shows_hours_under_the_weekday_and_date() -> None:
    axis = compute_ticks(seconds_from_civil(2024, 4, 14), seconds_from_civil(2024, 4, 15), WIDTH)
    assert (axis.minor_level, axis.major_level) == ("hour", "day")
    assert labels(axis.minor)[:3] == ["00:00", "01:00", "02:00"]
    assert labels(axis.major) == ["Sun 14 April 2024", "Mon 15 April 2024"]


def test_ten_seconds_shows_seconds() -> None:
    start = seconds_from_civil(2024, 4, 14, 10, 41, 0)
    axis = compute_ticks(start, start + 10, WIDTH)
    assert axis.minor_level == "second"
    assert labels(axis.minor) == [f"10:41:{second:02d}" for second in range(11)]
    # The day began off-screen: its tick precedes the range so its label can be pinned.
    assert axis.major == (Tick(seconds_from_civil(2024, 4, 14), "Sun 14 April 2024"),)


def test_a_hundred_days_shows_mondays() -> None:
    axis = compute_ticks(seconds_from_civil(2024, 4, 14), seconds_from_civil(2024, 7, 23), WIDTH)
    assert (axis.minor_level, axis.major_level) == ("week", "month")
    assert labels(axis.minor)[:3] == ["15 Apr", "22 Apr", "29 Apr"]
    assert labels(axis.major) == ["April 2024", "May 2024", "June 2024", "July 2024"]


def test_a_few_years_show_quarters_then_halves() -> None:
    axis = compute_ticks(seconds_from_civil(2020), seconds_from_civil(2025), WIDTH)
    assert (axis.minor_level, axis.major_level) == ("quarter", "year")
    assert labels(axis.minor)[:5] == ["Q1", "Q2", "Q3", "Q4", "Q1"]
    axis = compute_ticks(seconds_from_civil(1995), seconds_from_civil(2020), WIDTH)
    assert axis.minor_level == "half-year"
    assert labels(axis.minor)[:3] == ["H1", "H2", "H1"]


def test_bce_years_are_labelled_bce() -> None:
    # Astronomical year -599 is 600 BCE: there is no year zero in BCE/AD counting.
    axis = compute_ticks(year_start(-600), year_start(-400), WIDTH)
    assert (axis.minor_level, axis.major_level) == ("10 years", "100 years")
    assert labels(axis.minor)[:3] == ["600 BCE", "590 BCE", "580 BCE"]
    assert axis.minor[0].t == year_start(-599)
    assert "500 BCE" in labels(axis.major)


def test_the_era_turns_from_bce_to_ad_without_a_year_zero() -> None:
    axis = compute_ticks(year_start(-300), year_start(300), WIDTH)
    assert axis.minor_level == "50 years"
    assert labels(axis.minor) == [
        *("300 BCE", "250 BCE", "200 BCE", "150 BCE", "100 BCE", "50 BCE"),
        *("1", "50", "100", "150", "200", "250", "300"),
    ]


def test_two_year_steps_go_from_2_bce_to_ad_2() -> None:
    # AD 1 would crowd AD 2 (and 1 BCE would crowd 2 BCE): the era tick waits for 5-year steps.
    axis = compute_ticks(year_start(-20), year_start(20), WIDTH)
    assert axis.minor_level == "2 years"
    assert labels(axis.minor) == [
        *(f"{n} BCE" for n in range(20, 0, -2)),
        *(str(n) for n in range(2, 21, 2)),
    ]


def test_five_year_steps_include_ad_1() -> None:
    axis = compute_ticks(year_start(-20), year_start(20), 1000.0)
    assert axis.minor_level == "5 years"
    assert labels(axis.minor) == ["20 BCE", "15 BCE", "10 BCE", "5 BCE", "1", "5", "10", "15", "20"]


def test_ten_thousand_years_and_more_get_separators() -> None:
    axis = compute_ticks(year_start(-20_000), year_start(2000), WIDTH)
    assert "10,000 BCE" in labels(axis.minor)
    assert "1000 BCE" not in labels(axis.minor)  # no comma in four-digit years


def test_13_8_billion_years_shows_gya_ticks() -> None:
    axis = compute_ticks(years_ago(AGE_OF_UNIVERSE_YEARS), years_ago(0), WIDTH)
    assert (axis.minor_level, axis.major_level) == ("1 Gyr", "10 Gyr")
    assert labels(axis.minor) == [f"{n} Gya" for n in range(13, 0, -1)] + ["present"]
    assert labels(axis.major) == ["20 Gya", "10 Gya", "present"]


def test_gya_labels_carry_one_decimal_when_zoomed_in() -> None:
    axis = compute_ticks(years_ago(14.5e9), years_ago(12.5e9), WIDTH)
    assert axis.minor_level == "100 Myr"
    assert {"13.8 Gya", "13 Gya"} <= set(labels(axis.minor))


def test_grids_finer_than_100_myr_stay_in_mya_past_a_billion_years() -> None:
    axis = compute_ticks(years_ago(1.505e9), years_ago(1.495e9), WIDTH)
    assert axis.minor_level == "1 Myr"
    assert labels(axis.minor)[:3] == ["1,505 Mya", "1,504 Mya", "1,503 Mya"]
    assert labels(axis.major) == ["1,510 Mya", "1,500 Mya"]


def test_dinosaurs_end_at_66_mya() -> None:
    axis = compute_ticks(years_ago(70e6), years_ago(60e6), WIDTH)
    assert axis.minor_level == "1 Myr"
    assert "66 Mya" in labels(axis.minor)


def test_the_far_future_counts_years_from_now() -> None:
    axis = compute_ticks(years_ago(1e10), years_ago(-1e10), WIDTH)
    assert {"5 Gya", "present", "in 5 Gyr"} <= set(labels(axis.minor))


def test_months_deep_in_time_are_found_by_arithmetic() -> None:
    start = year_start(-13_000_000_000)
    axis = compute_ticks(start, start + 365 * SECONDS_PER_DAY, WIDTH)
    assert axis.minor_level == "month"
    assert labels(axis.minor)[:12] == MONTHS
    assert labels(axis.major) == ["13,000,000,001 BCE"]


def test_major_row_leads_with_the_period_already_under_way() -> None:
    axis = compute_ticks(seconds_from_civil(2024, 4, 10), seconds_from_civil(2024, 5, 10), WIDTH)
    assert axis.major[0] == Tick(seconds_from_civil(2024, 4, 1), "April 2024")
    assert axis.major[1].t == seconds_from_civil(2024, 5, 1)


def test_no_leading_major_tick_when_one_sits_on_the_left_edge() -> None:
    axis = compute_ticks(seconds_from_civil(2024, 4, 1), seconds_from_civil(2024, 4, 20), WIDTH)
    assert axis.major[0].t == seconds_from_civil(2024, 4, 1)


def test_long_day_labels_shorten_before_they_overlap() -> None:
    # 12-hour minor ticks leave too little room for "Sun 14 April 2024" per day.
    axis = compute_ticks(seconds_from_civil(2024, 4, 1), seconds_from_civil(2024, 4, 16), WIDTH)
    assert (axis.minor_level, axis.major_level) == ("12 hours", "day")
    assert "14 Apr 2024" in labels(axis.major)


def test_medium_day_labels_come_before_short_ones() -> None:
    axis = compute_ticks(seconds_from_civil(2024, 4, 1), seconds_from_civil(2024, 4, 14), WIDTH)
    assert (axis.minor_level, axis.major_level) == ("12 hours", "day")
    assert labels(axis.major)[:2] == ["Mon 1 Apr 2024", "Tue 2 Apr 2024"]


def test_month_labels_shorten_to_abbreviations_in_a_wide_font() -> None:
    def wide(text: str) -> float:
        return len(text) * 25.0

    axis = compute_ticks(seconds_from_civil(2024), seconds_from_civil(2024, 7), WIDTH, major_text_width=wide)
    assert (axis.minor_level, axis.major_level) == ("week", "month")
    assert labels(axis.major) == [
        "Jan 2024",
        "Feb 2024",
        "Mar 2024",
        "Apr 2024",
        "May 2024",
        "Jun 2024",
        "Jul 2024",
    ]


def test_a_narrow_axis_labels_every_nth_tick_of_the_coarsest_level() -> None:
    axis = compute_ticks(years_ago(1e10), years_ago(-1e10), 40.0)
    assert axis.minor_level.startswith("10 Gyr x")
    assert 1 <= len(axis.minor) <= 2
    assert axis.major == ()
    assert axis.major_level == ""


def test_the_coarsest_level_has_no_row_above_it() -> None:
    axis = compute_ticks(-MAX_ABS_SECONDS, MAX_ABS_SECONDS, 2000.0)
    assert (axis.minor_level, axis.major_level, axis.major) == ("10 Gyr", "", ())


def test_the_coarsest_level_thins_to_every_2nd_5th_10th_and_20th_tick() -> None:
    names = [
        compute_ticks(-MAX_ABS_SECONDS, MAX_ABS_SECONDS, width).minor_level
        for width in (2000, 1000, 600, 300, 150)
    ]
    assert names == ["10 Gyr", "10 Gyr x2", "10 Gyr x5", "10 Gyr x10", "10 Gyr x20"]


def test_however_wide_the_major_labels_the_major_row_keeps_one() -> None:
    def nothing(_: str) -> float:
        return 0.0

    def too_wide(_: str) -> float:
        return 10 * WIDTH

    # 100 decades under 1000 two-year ticks: only every 100th decade or more leaves room.
    t_start = year_start(0)
    axis = compute_ticks(
        t_start, year_start(2000), WIDTH, text_width=nothing, min_gap_px=0.0, major_text_width=too_wide
    )
    assert (axis.minor_level, axis.major_level) == ("2 years", "20 years")
    assert labels(tuple(tick for tick in axis.major if tick.t >= t_start)) == ["1"]


def test_mondays_are_ticked_whatever_the_hour_the_view_starts() -> None:
    axis = compute_ticks(seconds_from_civil(2024, 4, 14, 12), seconds_from_civil(2024, 7, 23), WIDTH)
    assert axis.minor_level == "week"
    assert labels(axis.minor)[:3] == ["15 Apr", "22 Apr", "29 Apr"]


@pytest.mark.parametrize("month", range(1, 13))
def test_months_fit_a_year_whichever_month_it_starts_in(month: int) -> None:
    # 13 ticks with a wide gap: close to the most the row may hold.
    axis = compute_ticks(
        seconds_from_civil(2023, month), seconds_from_civil(2024, month), 800.0, min_gap_px=40.0
    )
    assert axis.minor_level == "month"
    assert len(axis.minor) == 13


# -- Invariants over any range -----------------------------------------------------------------

log_span_seconds = st.floats(0.0, math.log10(LONGEST_SPAN_YEARS * SECONDS_PER_YEAR))
centre_years = st.floats(-AGE_OF_UNIVERSE_YEARS, 1e4)
widths = st.floats(200.0, 4000.0)


def axis_for(
    log_span: float,
    centre: float,
    width: float,
    text_width: Callable[[str], float] = default_text_width,
    min_gap: float = MIN_GAP,
) -> tuple[float, float, AxisTicks]:
    span = 10**log_span
    middle = centre * SECONDS_PER_YEAR
    t_start, t_end = middle - span / 2, middle + span / 2
    return t_start, t_end, compute_ticks(t_start, t_end, width, text_width, min_gap)


def assert_row_fits(
    row: tuple[Tick, ...],
    t_start: float,
    t_end: float,
    *,
    width: float,
    min_gap: float,
    text_width: Callable[[str], float] = default_text_width,
    max_count: float | None = None,
) -> None:
    assert all(math.isfinite(tick.t) for tick in row)
    assert all(a.t < b.t for a, b in itertools.pairwise(row)), "sorted, no duplicates"
    assert all(t_start <= tick.t <= t_end for tick in row)
    assert len(row) <= (width / min_gap + 1 if max_count is None else max_count)
    if len(row) < 2:
        return
    scale = width / (t_end - t_start)
    for a, b in itertools.pairwise(row):
        gap = (b.t - a.t) * scale - max(text_width(a.label), text_width(b.label))
        assert gap >= min_gap - 1e-9, (a, b, gap)


@settings(max_examples=300, deadline=None)
@given(log_span_seconds, centre_years, widths)
def test_labels_never_overlap(log_span: float, centre: float, width: float) -> None:
    t_start, t_end, axis = axis_for(log_span, centre, width)
    assert_row_fits(axis.minor, t_start, t_end, width=width, min_gap=MIN_GAP)
    major = axis.major
    if major and major[0].t < t_start:  # the period under way at the left edge
        assert math.isfinite(major[0].t)
        major = major[1:]
    assert_row_fits(major, t_start, t_end, width=width, min_gap=MIN_GAP)
    if t_end > t_start and axis.minor:
        assert axis.minor_level in LEVEL_NAMES


@settings(max_examples=100, deadline=None)
@given(log_span_seconds, centre_years, widths, st.floats(0.0, 40.0), st.floats(3.0, 12.0))
def test_labels_never_overlap_whatever_the_font_and_gap(
    log_span: float, centre: float, width: float, min_gap: float, char_width: float
) -> None:
    def text_width(text: str) -> float:
        return len(text) * char_width

    t_start, t_end, axis = axis_for(log_span, centre, width, text_width, min_gap)
    max_count = width / max(min_gap, 1.0) + 1  # ticks closer than a pixel are never returned
    assert_row_fits(
        axis.minor, t_start, t_end, width=width, min_gap=min_gap, text_width=text_width, max_count=max_count
    )
    major = axis.major[1:] if axis.major and axis.major[0].t < t_start else axis.major
    assert_row_fits(
        major, t_start, t_end, width=width, min_gap=min_gap, text_width=text_width, max_count=max_count
    )


def test_zooming_out_moves_through_every_level_in_order() -> None:
    centre = seconds_from_civil(1234, 5, 6, 7, 8, 9) + 0.5
    seen: list[str] = []
    for width in (WIDTH, 200.0):
        previous = 0
        span = 1.0
        while span < LONGEST_SPAN_YEARS * SECONDS_PER_YEAR:
            level = compute_ticks(centre - span / 2, centre + span / 2, width).minor_level
            assert LEVEL_NAMES.index(level) >= previous, f"{level} after {LEVEL_NAMES[previous]}"
            previous = LEVEL_NAMES.index(level)
            seen.append(level)
            span *= 1.1
    assert set(seen) == set(LEVEL_NAMES)


# -- Alignment -----------------------------------------------------------------------------------

FIXED_STEPS = {
    "second": 1,
    "5 seconds": 5,
    "15 seconds": 15,
    "30 seconds": 30,
    "minute": SECONDS_PER_MINUTE,
    "5 minutes": 5 * SECONDS_PER_MINUTE,
    "15 minutes": 15 * SECONDS_PER_MINUTE,
    "30 minutes": 30 * SECONDS_PER_MINUTE,
    "hour": SECONDS_PER_HOUR,
    "3 hours": 3 * SECONDS_PER_HOUR,
    "6 hours": 6 * SECONDS_PER_HOUR,
    "12 hours": 12 * SECONDS_PER_HOUR,
    "day": SECONDS_PER_DAY,
}
MONTH_STEPS = {"month": 1, "quarter": 3, "half-year": 6}
MONDAY = seconds_from_civil(2024, 4, 15)
DEEP_LEVEL = re.compile(r"(\d+) ([MG])yr")
YEAR_LEVEL = re.compile(r"([\d,]+) years")


def assert_aligned(level: str, tick: Tick) -> None:
    t = tick.t
    if level in FIXED_STEPS:
        assert t % FIXED_STEPS[level] == 0
        return
    if level == "week":
        assert (t - MONDAY) % (7 * SECONDS_PER_DAY) == 0
        return
    civil = civil_from_seconds(t)
    if level in MONTH_STEPS:
        assert (civil.day, civil.hour, civil.minute, civil.second) == (1, 0, 0, 0)
        assert (civil.month - 1) % MONTH_STEPS[level] == 0
        return
    if deep := DEEP_LEVEL.fullmatch(level):
        step = int(deep[1]) * (10**6 if deep[2] == "M" else 10**9)
        before_present = (year_start(PRESENT_YEAR) - t) / SECONDS_PER_YEAR
        assert round(before_present) % step == 0
        # Mean years drift from calendar years by a day or so; floats by a minute.
        assert abs(before_present - round(before_present)) < 0.01
        return
    step = 1 if level == "year" else int(YEAR_LEVEL.fullmatch(level)[1].replace(",", ""))  # type: ignore[index]
    assert (civil.month, civil.day, civil.hour, civil.minute, civil.second) == (1, 1, 0, 0, 0)
    if civil.year >= 1:
        assert civil.year % step == 0 or (civil.year == 1 and step >= 5)
    else:
        assert (1 - civil.year) % step == 0  # BCE number, e.g. 10 BCE for decades


@settings(max_examples=300, deadline=None)
@given(log_span_seconds, st.floats(-EXACT_SECONDS_YEARS / 2, 1e4), widths)
def test_ticks_are_aligned(log_span: float, centre: float, width: float) -> None:
    _, _, axis = axis_for(log_span, centre, width)
    for tick in axis.minor:
        assert_aligned(axis.minor_level, tick)
    for tick in axis.major:
        assert_aligned(axis.major_level, tick)


def test_deep_ticks_are_aligned_on_years_before_present() -> None:
    axis = compute_ticks(years_ago(AGE_OF_UNIVERSE_YEARS), years_ago(0), WIDTH)
    for tick in axis.minor:
        assert_aligned(axis.minor_level, tick)
    for tick in axis.major:
        assert_aligned(axis.major_level, tick)


# -- Degenerate input and bounds ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("t_start", "t_end", "width"),
    [
        (0.0, 0.0, WIDTH),
        (10.0, 0.0, WIDTH),
        (0.0, 10.0, 0.0),
        (0.0, 10.0, -5.0),
        (math.nan, 10.0, WIDTH),
        (0.0, math.inf, WIDTH),
        (-1e308, 1e308, WIDTH),  # the span overflows
        (0.0, 10.0, math.nan),
        (2 * MAX_ABS_SECONDS, 3 * MAX_ABS_SECONDS, WIDTH),
    ],
)
def test_degenerate_input_gives_no_ticks(t_start: float, t_end: float, width: float) -> None:
    assert compute_ticks(t_start, t_end, width) == AxisTicks((), (), "", "")


@pytest.mark.parametrize("width", [1.0, 13.0, WIDTH, 1e6])
def test_absurd_ranges_stay_bounded(width: float) -> None:
    t_start, t_end = -1e300, 1e300
    axis = compute_ticks(t_start, t_end, width)
    assert len(axis.minor) <= width / MIN_GAP + 2
    assert all(-MAX_ABS_SECONDS <= tick.t <= MAX_ABS_SECONDS for tick in axis.minor)


def test_zero_gap_and_zero_width_labels_still_bound_the_count() -> None:
    axis = compute_ticks(0.0, 1e12, 100.0, text_width=lambda _: 0.0, min_gap_px=0.0)
    assert 0 < len(axis.minor) <= 100 + 2
    assert len(axis.major) <= 100 + 2


def test_labels_exactly_their_width_plus_the_gap_apart_fit() -> None:
    # "HH:MM:SS" is 56 px wide: 68 px per second is just enough with the default 12 px gap.
    axis = compute_ticks(0.0, 10.0, 680.0)
    assert axis.minor_level == "second"
    assert len(axis.minor) == 11
    assert compute_ticks(0.0, 10.0, 680.0, min_gap_px=12.5).minor_level == "5 seconds"


def test_a_row_holds_exactly_one_tick_per_pixel_and_one_more() -> None:
    def nothing(_: str) -> float:
        return 0.0

    # 100 px hold 101 ticks a pixel apart (both ends included), even if they are not quite a
    # pixel apart; 102 do not fit, whatever min_gap_px says.
    for t_end, gap in ((100.0, 1.0), (100.5, 0.0)):
        axis = compute_ticks(0.0, t_end, 100.0, text_width=nothing, min_gap_px=gap)
        assert (axis.minor_level, len(axis.minor)) == ("second", 101)
    assert compute_ticks(0.0, 101.0, 100.0, text_width=nothing, min_gap_px=0.0).minor_level == "5 seconds"


def test_a_one_pixel_axis_still_gets_a_tick() -> None:
    axis = compute_ticks(0.0, 10.0, 1.0)
    assert labels(axis.minor) == ["00:00:00"]


def test_major_labels_can_be_measured_in_their_own_font() -> None:
    def bold(text: str) -> float:
        return len(text) * 20.0

    t_start, t_end = seconds_from_civil(2024, 4, 1), seconds_from_civil(2024, 4, 16)
    axis = compute_ticks(t_start, t_end, WIDTH, major_text_width=bold)
    assert axis.major_level == "day"
    in_range = tuple(tick for tick in axis.major if tick.t >= t_start)
    assert_row_fits(in_range, t_start, t_end, width=WIDTH, min_gap=MIN_GAP, text_width=bold)
    assert len(in_range) < len(compute_ticks(t_start, t_end, WIDTH).major)


def test_an_integer_text_width_like_qfontmetrics_works() -> None:
    axis = compute_ticks(seconds_from_civil(2024), seconds_from_civil(2025), WIDTH, text_width=len)
    assert axis.minor_level == "week"
