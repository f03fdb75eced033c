"""Calendar arithmetic specs: the proleptic Gregorian calendar, checked against datetime."""

from __future__ import annotations

import calendar as stdlib_calendar
import datetime as dt
from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.calendar import (
    SECONDS_PER_DAY,
    CivilTime,
    add_months,
    civil_from_days,
    civil_from_seconds,
    day_of_year,
    days_from_civil,
    days_in_month,
    is_leap_year,
    seconds_from_civil,
    year_start,
)

EPOCH_ORDINAL: Final = dt.date(1970, 1, 1).toordinal()
DAYS_PER_400_YEARS: Final = 146_097  # the Gregorian calendar repeats every 400 years
MONTH_LENGTHS: Final = {1: 31, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


# -- Leap years and month lengths ----------------------------------------------------------------


@pytest.mark.parametrize("year", [2024, 2000, 1600, 400, 4, 0, -4, -400, -2000])
def test_a_leap_year_has_29_february(year: int) -> None:
    assert is_leap_year(year)
    assert days_in_month(year, 2) == 29


@pytest.mark.parametrize("year", [2023, 1900, 2100, 1700, 100, 1, -1, -100, -1900])
def test_a_common_year_has_28_february(year: int) -> None:
    assert not is_leap_year(year)
    assert days_in_month(year, 2) == 28


def test_a_leap_day_in_year_400_exists() -> None:
    # Divisible by 100 but also by 400: a leap year, unlike 100, 200 and 300.
    assert [is_leap_year(year) for year in (100, 200, 300, 400)] == [False, False, False, True]
    assert civil_from_days(days_from_civil(400, 2, 29)) == (400, 2, 29)


@pytest.mark.parametrize(("month", "length"), sorted(MONTH_LENGTHS.items()))
@pytest.mark.parametrize("year", [2023, 2024])
def test_every_month_but_february_has_the_same_length_every_year(year: int, month: int, length: int) -> None:
    assert days_in_month(year, month) == length


@given(st.integers(1, 9999))
def test_leap_years_agree_with_the_standard_library(year: int) -> None:
    assert is_leap_year(year) == stdlib_calendar.isleap(year)
    assert is_leap_year(year) == is_leap_year(year - 400) == is_leap_year(year + 400 * 10**6)


def test_day_of_year_counts_from_1_january() -> None:
    assert day_of_year(2023, 1, 1) == 1
    assert day_of_year(2023, 2, 28) == 59
    assert day_of_year(2023, 3, 1) == 60
    assert day_of_year(2024, 3, 1) == 61  # after a 29 February
    assert day_of_year(2024, 2, 29) == 60
    assert day_of_year(2023, 12, 31) == 365
    assert day_of_year(2024, 12, 31) == 366


@given(st.dates())
def test_day_of_year_agrees_with_datetime(date: dt.date) -> None:
    assert day_of_year(date.year, date.month, date.day) == date.timetuple().tm_yday


# -- Days since 1970 ---------------------------------------------------------------------------


def test_every_day_of_a_whole_400_year_cycle_converts_both_ways_as_datetime_does() -> None:
    # One whole cycle holds every case the algorithm distinguishes: each 4-year, 100-year and
    # 400-year boundary, and 29 February at the very end of the era (2000-02-29).
    first = dt.date(1601, 1, 1).toordinal()
    for ordinal in range(first, first + DAYS_PER_400_YEARS):
        date = dt.date.fromordinal(ordinal)
        days = ordinal - EPOCH_ORDINAL
        assert civil_from_days(days) == (date.year, date.month, date.day)
        assert days_from_civil(date.year, date.month, date.day) == days


@pytest.mark.parametrize(
    ("date", "days"),
    [
        ((1970, 1, 1), 0),
        ((1969, 12, 31), -1),
        ((2000, 2, 29), 11_016),
        ((2000, 3, 1), 11_017),
        ((0, 1, 1), -719_528),
        ((0, 2, 29), -719_469),  # year 0 (1 BCE) is a leap year
        ((-1, 12, 31), -719_529),
    ],
)
def test_days_from_civil_examples(date: tuple[int, int, int], days: int) -> None:
    assert days_from_civil(*date) == days
    assert civil_from_days(days) == date


@given(st.integers(-(10**15), 10**15))
def test_days_round_trip_for_any_year(days: int) -> None:
    year, month, day = civil_from_days(days)
    assert 1 <= month <= 12
    assert 1 <= day <= days_in_month(year, month)
    assert days_from_civil(year, month, day) == days


@given(st.integers(-(10**9), 10**9), st.integers(1, 12), st.integers(1, 28))
def test_the_calendar_repeats_every_400_years(year: int, month: int, day: int) -> None:
    assert days_from_civil(year + 400, month, day) - days_from_civil(year, month, day) == DAYS_PER_400_YEARS


# -- Seconds -------------------------------------------------------------------------------------


def test_seconds_from_civil_counts_every_field() -> None:
    assert seconds_from_civil(1970) == 0.0
    assert seconds_from_civil(1970, 1, 1, 0, 0, 30) == 30.0
    assert seconds_from_civil(1970, 1, 1, 0, 0, 0.25) == 0.25
    assert seconds_from_civil(1970, 1, 2, 3, 4, 5) == SECONDS_PER_DAY + 3 * 3600 + 4 * 60 + 5
    assert seconds_from_civil(1969, 12, 31, 23, 59, 59) == -1.0


def test_civil_from_seconds_breaks_an_instant_into_every_field() -> None:
    t = seconds_from_civil(2024, 4, 14, 10, 41, 7.5)
    assert civil_from_seconds(t) == CivilTime(2024, 4, 14, 10, 41, 7.5)
    assert civil_from_seconds(-0.5) == CivilTime(1969, 12, 31, 23, 59, 59.5)


@given(
    st.integers(-(10**6), 10**6),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(0, 59),
)
def test_seconds_round_trip(year: int, month: int, day: int, hour: int, minute: int, second: int) -> None:
    t = seconds_from_civil(year, month, day, hour, minute, second)
    assert civil_from_seconds(t) == CivilTime(year, month, day, hour, minute, second)


def test_year_start_is_midnight_of_1_january() -> None:
    assert year_start(1970) == 0.0
    assert year_start(1971) == 365 * SECONDS_PER_DAY
    assert year_start(-13_800_000_000) == seconds_from_civil(-13_800_000_000, 1, 1)


# -- Months ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        ((2024, 1), 0, (2024, 1)),
        ((2024, 1), 1, (2024, 2)),
        ((2024, 12), 1, (2025, 1)),
        ((2024, 1), -1, (2023, 12)),
        ((2024, 6), 18, (2025, 12)),
        ((0, 1), -1, (-1, 12)),
        ((-1, 12), 1, (0, 1)),
    ],
)
def test_add_months_carries_into_the_year(
    start: tuple[int, int], count: int, expected: tuple[int, int]
) -> None:
    assert add_months(*start, count) == expected
