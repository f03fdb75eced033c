"""Tests for timeline_app.core.dates: examples, error messages, wording, and agreement with edtf."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import math
import re
import subprocess
import sys
import unicodedata
import warnings
from collections.abc import Callable
from typing import Any, Final, NamedTuple

import pytest
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

with warnings.catch_warnings():
    # pyparsing, under edtf, may warn about its own grammar while edtf builds it.
    warnings.simplefilter("ignore")
    import edtf
    from edtf import appsettings as edtf_settings

from timeline_app.core import dates
from timeline_app.core.dates import (
    MAX_ABS_YEAR,
    DateError,
    DatePoint,
    EdtfDate,
    Precision,
    TimeOfDay,
    format_date,
    format_point,
    format_year,
    parse_edtf,
)

INF = math.inf
DAY: Final = 86_400
DAYS_PER_400_YEARS: Final = 146_097  # the Gregorian calendar repeats every 400 years
EPOCH: Final = dt.date(1970, 1, 1)


# ---------------------------------------------------------------------------------------------
# Independent reference arithmetic (datetime, shifted into its 1..9999 range by whole 400-year
# cycles), so the tests do not lean on timeline_app.core.calendar.
# ---------------------------------------------------------------------------------------------


def days(year: int, month: int = 1, day: int = 1) -> int:
    cycles = 0 if 1 <= year <= 9999 else (year - 2000) // 400
    return (dt.date(year - cycles * 400, month, day) - EPOCH).days + cycles * DAYS_PER_400_YEARS


def utc(year: int, month: int = 1, day: int = 1, hour: int = 0, minute: int = 0, second: int = 0) -> float:
    return float(days(year, month, day) * DAY + hour * 3600 + minute * 60 + second)


def parse_fresh(text: str) -> EdtfDate:
    """parse_edtf without its cache, so the parser really runs."""
    return parse_edtf.__wrapped__(text)


# ---------------------------------------------------------------------------------------------
# Examples: bounds, canonical text, precision, qualifiers
# ---------------------------------------------------------------------------------------------


class Case(NamedTuple):
    text: str
    canonical: str
    start: float
    end: float
    precision: Precision


SINGLE_CASES: Final = [
    Case("2023", "2023", utc(2023), utc(2024), Precision.YEAR),
    Case("2023-04", "2023-04", utc(2023, 4), utc(2023, 5), Precision.MONTH),
    Case("2023-12", "2023-12", utc(2023, 12), utc(2024), Precision.MONTH),
    Case("2024-02", "2024-02", utc(2024, 2), utc(2024, 3), Precision.MONTH),
    Case("2023-04-26", "2023-04-26", utc(2023, 4, 26), utc(2023, 4, 27), Precision.DAY),
    Case("2024-02-29", "2024-02-29", utc(2024, 2, 29), utc(2024, 3, 1), Precision.DAY),
    Case("2000-02-29", "2000-02-29", utc(2000, 2, 29), utc(2000, 3, 1), Precision.DAY),
    Case("1969-12-31", "1969-12-31", -DAY, 0.0, Precision.DAY),
    Case("0001-01-01", "0001-01-01", utc(1), utc(1, 1, 2), Precision.DAY),
    Case("9999-12-31", "9999-12-31", utc(9999, 12, 31), utc(10000), Precision.DAY),
    Case(
        "2023-04-26T10:20:30Z",
        "2023-04-26T10:20:30Z",
        utc(2023, 4, 26, 10, 20, 30),
        utc(2023, 4, 26, 10, 20, 31),
        Precision.SECOND,
    ),
    Case(
        "2023-04-26T10:20:30",
        "2023-04-26T10:20:30",
        utc(2023, 4, 26, 10, 20, 30),
        utc(2023, 4, 26, 10, 20, 31),
        Precision.SECOND,
    ),
    Case(
        "2023-04-26T10:20:30+02:00",
        "2023-04-26T10:20:30+02:00",
        utc(2023, 4, 26, 8, 20, 30),
        utc(2023, 4, 26, 8, 20, 31),
        Precision.SECOND,
    ),
    Case(
        "2023-04-26T01:20:30+05:30",
        "2023-04-26T01:20:30+05:30",
        utc(2023, 4, 25, 19, 50, 30),
        utc(2023, 4, 25, 19, 50, 31),
        Precision.SECOND,
    ),
    Case(
        "2023-04-26T10:20:30-05",
        "2023-04-26T10:20:30-05",
        utc(2023, 4, 26, 15, 20, 30),
        utc(2023, 4, 26, 15, 20, 31),
        Precision.SECOND,
    ),
    Case(
        "2023-04-26T10:20:30+00:00",
        "2023-04-26T10:20:30+00:00",
        utc(2023, 4, 26, 10, 20, 30),
        utc(2023, 4, 26, 10, 20, 31),
        Precision.SECOND,
    ),
    Case(
        "2023-04-26T23:59:59+14:00",  # the last valid hour, minute and second, the furthest zone
        "2023-04-26T23:59:59+14:00",
        utc(2023, 4, 26, 9, 59, 59),
        utc(2023, 4, 26, 10, 0, 0),
        Precision.SECOND,
    ),
    Case(
        "2023-04-26T10:20:30-00:59",
        "2023-04-26T10:20:30-00:59",
        utc(2023, 4, 26, 11, 19, 30),
        utc(2023, 4, 26, 11, 19, 31),
        Precision.SECOND,
    ),
    Case(
        "2023-04-26T10:20",
        "2023-04-26T10:20",
        utc(2023, 4, 26, 10, 20),
        utc(2023, 4, 26, 10, 21),
        Precision.MINUTE,
    ),
    Case(
        "2023-04-26T24:00:00Z",
        "2023-04-26T24:00:00Z",
        utc(2023, 4, 27),
        utc(2023, 4, 27, 0, 0, 1),
        Precision.SECOND,
    ),
    Case("-0499", "-0499", utc(-499), utc(-498), Precision.YEAR),
    Case("0000", "0000", utc(0), utc(1), Precision.YEAR),
    Case("-0004-02-29", "-0004-02-29", utc(-4, 2, 29), utc(-4, 3, 1), Precision.DAY),
    Case("Y170000002", "Y170000002", utc(170_000_002), utc(170_000_003), Precision.YEAR),
    Case("Y-13800000000", "Y-13800000000", utc(-13_800_000_000), utc(-13_799_999_999), Precision.YEAR),
    Case("Y10000", "Y10000", utc(10_000), utc(10_001), Precision.YEAR),
    Case("Y20000000000", "Y20000000000", utc(20 * 10**9), utc(20 * 10**9 + 1), Precision.YEAR),
    Case("Y-20000000000", "Y-20000000000", utc(-20 * 10**9), utc(-20 * 10**9 + 1), Precision.YEAR),
    Case("2024-H1", "2024-40", utc(2024), utc(2024, 7), Precision.SUBYEAR),
    Case("2024-h2", "2024-41", utc(2024, 7), utc(2025), Precision.SUBYEAR),
    Case("2024-Q1", "2024-33", utc(2024), utc(2024, 4), Precision.SUBYEAR),
    Case("2024-q2", "2024-34", utc(2024, 4), utc(2024, 7), Precision.SUBYEAR),
    Case("2024-Q3", "2024-35", utc(2024, 7), utc(2024, 10), Precision.SUBYEAR),
    Case("2024-Q4~", "2024-36~", utc(2024, 10), utc(2025), Precision.SUBYEAR),
    Case("201X", "201X", utc(2010), utc(2020), Precision.DECADE),
    Case("19XX", "19XX", utc(1900), utc(2000), Precision.CENTURY),
    Case("1XXX", "1XXX", utc(1000), utc(2000), Precision.MILLENNIUM),
    Case("-201X", "-201X", utc(-2019), utc(-2009), Precision.DECADE),
    Case("2004-XX", "2004-XX", utc(2004), utc(2005), Precision.YEAR),
    Case("2004-XX-XX", "2004-XX-XX", utc(2004), utc(2005), Precision.YEAR),
    Case("2004-02-XX", "2004-02-XX", utc(2004, 2), utc(2004, 3), Precision.MONTH),
    Case(" 2023-04 ", "2023-04", utc(2023, 4), utc(2023, 5), Precision.MONTH),
    # Level 0 and 1 forms the parser used to miss.
    Case(
        "2016-05-02T16:54:59.042",
        "2016-05-02T16:54:59.042",
        utc(2016, 5, 2, 16, 54, 59) + 0.042,
        utc(2016, 5, 2, 16, 54, 59) + 0.043,
        Precision.SECOND,
    ),
    Case(
        "2016-05-02T16:54:59.5Z",
        "2016-05-02T16:54:59.5Z",
        utc(2016, 5, 2, 16, 54, 59) + 0.5,
        utc(2016, 5, 2, 16, 54, 59) + 0.6,
        Precision.SECOND,
    ),
    Case(
        "2016-05-02T16:54:59+0230",
        "2016-05-02T16:54:59+0230",
        utc(2016, 5, 2, 14, 24, 59),
        utc(2016, 5, 2, 14, 25),
        Precision.SECOND,
    ),
    Case(
        "2016-05-02T16:54:59-1400",
        "2016-05-02T16:54:59-1400",
        utc(2016, 5, 3, 6, 54, 59),
        utc(2016, 5, 3, 6, 55),
        Precision.SECOND,
    ),
    Case("XXXX", "XXXX", utc(0), utc(10_000), Precision.MILLENNIUM),
    Case("XXXX-XX", "XXXX-XX", utc(0), utc(10_000), Precision.MILLENNIUM),
    Case("19", "19", utc(1900), utc(2000), Precision.CENTURY),
    Case("00", "00", utc(0), utc(100), Precision.CENTURY),
    Case("-04", "-04", utc(-499), utc(-399), Precision.CENTURY),
    Case("193", "193", utc(1930), utc(1940), Precision.DECADE),
    Case("-193", "-193", utc(-1939), utc(-1929), Precision.DECADE),
    # Level 2: X anywhere spans the earliest to the latest date it can be.
    Case("156X-12-25", "156X-12-25", utc(1560, 12, 25), utc(1569, 12, 26), Precision.DECADE),
    Case("15XX-12-25", "15XX-12-25", utc(1500, 12, 25), utc(1599, 12, 26), Precision.CENTURY),
    Case("1XXX-12", "1XXX-12", utc(1000, 12), utc(2000), Precision.MILLENNIUM),
    Case("XXXX-12-XX", "XXXX-12-XX", utc(0, 12), utc(10_000), Precision.MILLENNIUM),
    Case("1XXX-XX", "1XXX-XX", utc(1000), utc(2000), Precision.MILLENNIUM),
    Case("1984-1X", "1984-1X", utc(1984, 10), utc(1985), Precision.YEAR),
    Case("15XX-01-3X", "15XX-01-3X", utc(1500, 1, 30), utc(1599, 2), Precision.CENTURY),
    Case("1560-XX-25", "1560-XX-25", utc(1560, 1, 25), utc(1560, 12, 26), Precision.YEAR),
    Case("2004-X2-3X", "2004-X2-3X", utc(2004, 12, 30), utc(2005), Precision.MONTH),
    Case("2004-06-1X", "2004-06-1X", utc(2004, 6, 10), utc(2004, 6, 20), Precision.MONTH),
    Case("XXX0-02-29", "XXX0-02-29", utc(0, 2, 29), utc(9980, 3, 1), Precision.MILLENNIUM),
    Case("1XX3", "1XX3", utc(1003), utc(1994), Precision.MILLENNIUM),
    Case("-1X5X", "-1X5X", utc(-1959), utc(-1049), Precision.MILLENNIUM),
    Case("20XX-41", "20XX-41", utc(2000, 7), utc(2100), Precision.CENTURY),
    Case("2004-06-XX/2004-07-03", "2004-06-XX/2004-07-03", utc(2004, 6), utc(2004, 7, 4), Precision.MONTH),
    # Exponential years and significant digits.
    Case("Y17E7", "Y17E7", utc(170_000_000), utc(170_000_001), Precision.YEAR),
    Case("Y-17E7", "Y-17E7", utc(-170_000_000), utc(-169_999_999), Precision.YEAR),
    Case("1950S2", "1950S2", utc(1900), utc(2000), Precision.CENTURY),
    Case("1953S3", "1953S3", utc(1950), utc(1960), Precision.DECADE),
    Case("1953S4", "1953S4", utc(1953), utc(1954), Precision.YEAR),
    Case("1953S5", "1953S5", utc(1953), utc(1954), Precision.YEAR),
    Case("-1950S2", "-1950S2", utc(-1999), utc(-1899), Precision.CENTURY),
    Case("Y171010000S3", "Y171010000S3", utc(171_000_000), utc(172_000_000), Precision.MILLENNIUM),
    Case("Y17101E4S3", "Y17101E4S3", utc(171_000_000), utc(172_000_000), Precision.MILLENNIUM),
    Case("Y3388E2S3", "Y3388E2S3", utc(338_000), utc(339_000), Precision.MILLENNIUM),
    Case("Y-17101E3S3", "Y-17101E3S3", utc(-17_199_999), utc(-17_099_999), Precision.MILLENNIUM),
    # Qualifiers inside a date leave its span alone.
    Case("2004?-06-11", "2004?-06-11", utc(2004, 6, 11), utc(2004, 6, 12), Precision.DAY),
    Case("?2004-06-~11", "?2004-06-~11", utc(2004, 6, 11), utc(2004, 6, 12), Precision.DAY),
    Case("2004-%06", "2004-%06", utc(2004, 6), utc(2004, 7), Precision.MONTH),
    Case("2001-?09~-09", "2001-?09~-09", utc(2001, 9, 9), utc(2001, 9, 10), Precision.DAY),
    Case("1800/1X01", "1800/1X01", utc(1800), utc(1902), Precision.MILLENNIUM),
    # Sets span their members.
    Case("[1667,1668,1670..1672]", "[1667,1668,1670..1672]", utc(1667), utc(1673), Precision.YEAR),
    Case("[1667, 1760-12]", "[1667,1760-12]", utc(1667), utc(1761), Precision.YEAR),
    Case("{1960, 1961-12}", "{1960,1961-12}", utc(1960), utc(1962), Precision.YEAR),
    Case("[..1760-12-03]", "[..1760-12-03]", -INF, utc(1760, 12, 4), Precision.DAY),
    Case("[1760-01, 1760-02, 1760-12..]", "[1760-01,1760-02,1760-12..]", utc(1760), INF, Precision.MONTH),
    Case("{..1984}", "{..1984}", -INF, utc(1985), Precision.YEAR),
    Case("[1984]", "[1984]", utc(1984), utc(1985), Precision.YEAR),
    Case("[1670-02..1670-04, 1669]", "[1670-02..1670-04,1669]", utc(1669), utc(1670, 5), Precision.YEAR),
]

# Sub-year codes and the months they span, as the edtf package reads them (checked below).
SUBYEAR_MONTHS: Final = {
    **dict.fromkeys((21, 25, 31), (3, 5)),
    **dict.fromkeys((22, 26, 32), (6, 8)),
    **dict.fromkeys((23, 27, 29), (9, 11)),
    **dict.fromkeys((24, 28, 30), (12, 12)),
    33: (1, 3),
    34: (4, 6),
    35: (7, 9),
    36: (10, 12),
    37: (1, 4),
    38: (5, 8),
    39: (9, 12),
    40: (1, 6),
    41: (7, 12),
}


@pytest.mark.parametrize("case", SINGLE_CASES, ids=lambda case: case.text)
def test_single_date_bounds(case: Case) -> None:
    date = parse_fresh(case.text)
    assert (date.text, date.start, date.end, date.precision) == (
        case.canonical,
        case.start,
        case.end,
        case.precision,
    )
    if date.members or date.is_interval:
        return
    assert date.lower is date.upper
    assert date.lower is not None
    assert (date.lower.start, date.lower.end) == (case.start, case.end)
    assert not (date.is_interval or date.open_start or date.open_end)
    assert not (date.unknown_start or date.unknown_end)


def test_subyear_table_matches_edtf() -> None:
    reference = {code: tuple(months) for code, months in edtf_settings.SEASON_L2_MONTHS_RANGE.items()}
    assert reference == SUBYEAR_MONTHS
    assert {code: (g.first_month, g.last_month) for code, g in dates.SUBYEARS.items()} == SUBYEAR_MONTHS


@pytest.mark.parametrize("code", sorted(SUBYEAR_MONTHS))
@pytest.mark.parametrize("year", [2024, 2023, 0, -499])
def test_subyear_bounds(code: int, year: int) -> None:
    first, last = SUBYEAR_MONTHS[code]
    text = f"{year:05}-{code}" if year < 0 else f"{year:04}-{code}"
    date = parse_fresh(text)
    end = utc(year + 1) if last == 12 else utc(year, last + 1)
    assert (date.start, date.end, date.precision) == (utc(year, first), end, Precision.SUBYEAR)
    assert date.lower is not None
    assert date.lower.subyear == code


@pytest.mark.parametrize(
    ("text", "approximate", "uncertain"),
    [
        ("2030~", True, False),
        ("2024-04?", False, True),
        ("2024%", True, True),
        ("2024-04-26~", True, False),
        ("201X?", False, True),
        ("2004-XX~", True, False),
        ("2004-XX-XX?", False, True),
        ("2024-41%", True, True),
        ("Y-13800000000~", True, False),
        ("2023-04-26T10:20:30Z?", False, True),
        ("2024", False, False),
    ],
)
def test_qualifiers(text: str, approximate: bool, uncertain: bool) -> None:
    date = parse_fresh(text)
    plain = parse_fresh(text.rstrip("~?%"))
    assert (date.approximate, date.uncertain) == (approximate, uncertain)
    assert (date.start, date.end, date.precision) == (plain.start, plain.end, plain.precision)
    assert date.text == text


@pytest.mark.parametrize(
    ("text", "canonical", "approximate", "uncertain"),
    [("2024-H2?", "2024-41?", False, True), ("2024-q1~", "2024-33~", True, False)],
)
def test_qualifiers_on_subyear_aliases(text: str, canonical: str, approximate: bool, uncertain: bool) -> None:
    date = parse_fresh(text)
    assert (date.text, date.approximate, date.uncertain) == (canonical, approximate, uncertain)


class IntervalCase(NamedTuple):
    text: str
    start: float
    end: float
    precision: Precision
    flags: str  # which of open_start, open_end, unknown_start, unknown_end are set, by initials


INTERVAL_CASES: Final = [
    IntervalCase("2010/2017", utc(2010), utc(2018), Precision.YEAR, ""),
    IntervalCase("2023-04/2028", utc(2023, 4), utc(2029), Precision.YEAR, ""),
    IntervalCase("2023-04-26/2023-05", utc(2023, 4, 26), utc(2023, 6), Precision.MONTH, ""),
    IntervalCase("2023/2023", utc(2023), utc(2024), Precision.YEAR, ""),
    IntervalCase("2023/2023-04", utc(2023), utc(2023, 5), Precision.YEAR, ""),
    IntervalCase("2026/..", utc(2026), INF, Precision.YEAR, "oe"),
    IntervalCase("../2030", -INF, utc(2031), Precision.YEAR, "os"),
    IntervalCase("2026/", utc(2026), INF, Precision.YEAR, "ue"),
    IntervalCase("/2030", -INF, utc(2031), Precision.YEAR, "us"),
    IntervalCase("2023~/2025?", utc(2023), utc(2026), Precision.YEAR, ""),
    IntervalCase("Y-66000000/Y-23000000", utc(-66_000_000), utc(-22_999_999), Precision.YEAR, ""),
    IntervalCase("2024-33/2024-H2", utc(2024), utc(2025), Precision.SUBYEAR, ""),
    IntervalCase(
        "2023-04-26T10:00:00Z/2023-04-26T12:30:00+01:00",
        utc(2023, 4, 26, 10),
        utc(2023, 4, 26, 11, 30, 1),
        Precision.SECOND,
        "",
    ),
    IntervalCase("201X/2020", utc(2010), utc(2021), Precision.DECADE, ""),
    IntervalCase("2010 / 2017", utc(2010), utc(2018), Precision.YEAR, ""),
]


@pytest.mark.parametrize("case", INTERVAL_CASES, ids=lambda case: case.text)
def test_interval_bounds(case: IntervalCase) -> None:
    date = parse_fresh(case.text)
    assert date.is_interval
    assert (date.start, date.end, date.precision) == (case.start, case.end, case.precision)
    flags = {"os": date.open_start, "oe": date.open_end, "us": date.unknown_start, "ue": date.unknown_end}
    assert {name for name, value in flags.items() if value} == ({case.flags} - {""})
    assert (date.lower is None) == ("s" in case.flags)
    assert (date.upper is None) == ("e" in case.flags)


def test_interval_qualifiers_belong_to_their_end() -> None:
    date = parse_fresh("2023~/2025?")
    assert date.lower is not None
    assert date.upper is not None
    assert (date.lower.approximate, date.lower.uncertain) == (True, False)
    assert (date.upper.approximate, date.upper.uncertain) == (False, True)
    assert (date.approximate, date.uncertain) == (True, True)


def test_canonical_interval_text_normalises_aliases_and_spaces() -> None:
    assert parse_fresh(" 2024-H1 / 2024-q4~ ").text == "2024-40/2024-36~"


def test_point_components() -> None:
    date = parse_fresh("2023-04-26T10:20:30+02:00")
    assert date.lower == DatePoint(
        start=utc(2023, 4, 26, 8, 20, 30),
        end=utc(2023, 4, 26, 8, 20, 31),
        precision=Precision.SECOND,
        approximate=False,
        uncertain=False,
        year=2023,
        month=4,
        day=26,
        subyear=None,
        time=TimeOfDay(hour=10, minute=20, second=30, utc_offset=120),
    )
    with_seconds = parse_fresh("2023-04-26T10:20:00").lower
    assert with_seconds is not None
    assert parse_fresh("2023-04-26T10:20").lower == dataclasses.replace(
        with_seconds,
        end=utc(2023, 4, 26, 10, 21),
        precision=Precision.MINUTE,
        time=TimeOfDay(10, 20, None, None),
    )


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("2023-04-26T10:20:30Z", 0),
        ("2023-04-26T10:20:30+00:00", 0),
        ("2023-04-26T10:20:30+00", 0),
        ("2023-04-26T10:20:30+0000", 0),
        ("2023-04-26T10:20:30-0530", -330),
        ("2023-04-26T10:20:30+05:30", 330),
        ("2023-04-26T10:20:30-05", -300),
        ("2023-04-26T10:20:30", None),
    ],
)
def test_a_written_zone_is_an_offset_and_no_zone_is_none(text: str, offset: int | None) -> None:
    point = parse_fresh(text).lower
    assert point is not None
    assert point.time == TimeOfDay(10, 20, 30, offset)


# ---------------------------------------------------------------------------------------------
# The fast paths and the cheap constructors must be invisible
# ---------------------------------------------------------------------------------------------


@given(st.integers(0, 9999), st.integers(1, 12), st.integers(1, 31))
def test_fast_paths_match_general_parser(year: int, month: int, day: int) -> None:
    # Leap years repeat every 400 years, and datetime's calendar module has no year 0.
    day = min(day, calendar.monthrange(2000 + year % 400, month)[1])
    text = f"{year:04}-{month:02}-{day:02}"
    assert parse_fresh(text) == dates._parse_general(text)
    assert parse_fresh(text).start == utc(year, month, day)
    assert parse_fresh(text[:7]) == dates._parse_general(text[:7])
    assert parse_fresh(text[:4]) == dates._parse_general(text[:4])
    assert parse_fresh(text[:4]).end == utc(year + 1)


def _outcome(parse: Callable[[str], EdtfDate], text: str) -> EdtfDate | str:
    """The date parsed, or the message of its DateError."""
    try:
        return parse(text)
    except DateError as error:
        return str(error)


# The ends the interval fast path takes: YYYY, YYYY-MM or YYYY-MM-DD, with months and days out
# of range too (the general parser must then be the one to say what is wrong).
_PLAIN_ENDS = st.builds(
    lambda year, parts: "-".join([f"{year:04}", *(f"{part:02}" for part in parts)]),
    st.integers(0, 9999),
    st.lists(st.integers(0, 40), max_size=2),
)


@given(_PLAIN_ENDS, _PLAIN_ENDS)
def test_the_interval_fast_path_matches_the_general_parser(first: str, last: str) -> None:
    text = f"{first}/{last}"
    assert _outcome(parse_fresh, text) == _outcome(dates._parse_general, text)


@pytest.mark.parametrize("year", [0, 1900, 2000, 2023, 2024, 9999])
def test_a_year_the_fast_path_has_not_seen_gets_its_bounds_and_its_table_entry(
    year: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The year table fills as years are parsed: start from an empty one, as a fresh process does.
    table: dict[str, tuple[int, float, bool]] = {}
    monkeypatch.setattr(dates, "_FAST_YEARS", table)
    day, month = parse_fresh(f"{year:04}-03-01"), parse_fresh(f"{year:04}-02")
    assert (day.start, day.end) == (utc(year, 3, 1), utc(year, 3, 2))  # after any 29 February
    assert (month.start, month.end) == (utc(year, 2, 1), utc(year, 3, 1))
    assert table == {f"{year:04}": (year, utc(year), calendar.isleap(2000 + year % 400))}


def test_fast_path_objects_are_real_frozen_dataclasses() -> None:
    date = parse_fresh("2023-04-26")
    assert type(date) is EdtfDate
    assert type(date.lower) is DatePoint
    assert date == dataclasses.replace(date)
    assert hash(date) == hash(dataclasses.replace(date))
    with pytest.raises(dataclasses.FrozenInstanceError):
        date.text = "2024"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        date.lower.start = 0.0  # type: ignore[misc]
    assert repr(date).startswith("EdtfDate(text='2023-04-26', lower=DatePoint(start=")


def test_parse_is_cached() -> None:
    assert parse_edtf("1789-07-14") is parse_edtf("1789-07-14")


def test_module_is_pure() -> None:
    code = (
        "import sys, timeline_app.core.dates as d; d.parse_edtf('2023-04~/2024-41'); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'datetime'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------

EXPECTED_FORMS: Final = "expected forms like 2023, 2023-04, 2023-04-26, 2024-41, 2010/2017"

ERROR_CASES: Final = [
    ("2023-02-30", "'2023-02-30' is not a valid date: February 2023 has 28 days"),
    ("2023-02-29", "'2023-02-29' is not a valid date: February 2023 has 28 days"),
    ("1900-02-29", "'1900-02-29' is not a valid date: February 1900 has 28 days"),
    ("2023-04-31", "'2023-04-31' is not a valid date: April 2023 has 30 days"),
    ("-0499-04-31", "'-0499-04-31' is not a valid date: April 500 BCE has 30 days"),
    ("2023-04-00", "'2023-04-00' is not a valid date: day 0 does not exist"),
    ("2023-13", "'2023-13' is not a valid date: month 13 does not exist"),
    ("2023-00", "'2023-00' is not a valid date: month 0 does not exist"),
    ("2023-42", "'2023-42' is not a valid date: month 42 does not exist"),
    ("2023-13-01", "'2023-13-01' is not a valid date: month 13 does not exist"),
    ("2024-H3", "'2024-H3' is not a valid date: H3 does not exist (use H1, H2 or Q1 to Q4)"),
    ("2024-Q0", "'2024-Q0' is not a valid date: Q0 does not exist (use H1, H2 or Q1 to Q4)"),
    ("2020/2010", "'2020/2010': the interval ends before it starts (2010 begins before 2020)"),
    (
        "2023-04-26/2023-04",
        "'2023-04-26/2023-04': the interval ends before it starts (2023-04 begins before 2023-04-26)",
    ),
    ("", "'' is empty"),
    ("   ", "'   ' is empty"),
    ("next week", f"'next week' is not an EDTF date ({EXPECTED_FORMS})"),
    ("soon 2024", f"'soon 2024' is not an EDTF date ({EXPECTED_FORMS})"),
    ("2023-04-26a", "'2023-04-26a' is not an EDTF date: 'a' (character 11) has no place in a date"),
    (" 2023_04", "' 2023_04' is not an EDTF date: '_' (character 6) has no place in a date"),
    ("2023-0x", "'2023-0x' is not an EDTF date: 'x' (character 7) has no place in a date; write 'X'"),
    ("156u-12-25", "'156u-12-25' is not an EDTF date: 'u' (character 4) has no place in a date; write 'X'"),
    (
        "2023-04-26t10:00z",
        "'2023-04-26t10:00z' is not an EDTF date: 't' (character 11) has no place in a date; write 'T'",
    ),
    ("y-17e7", "'y-17e7' is not an EDTF date: 'y' (character 1) has no place in a date; write 'Y'"),
    ("2023-4", f"'2023-4' is not an EDTF date ({EXPECTED_FORMS})"),
    ("20231", f"'20231' is not an EDTF date ({EXPECTED_FORMS})"),
    ("2024-21-05", f"'2024-21-05' is not an EDTF date ({EXPECTED_FORMS})"),
    ("2024-H1-05", f"'2024-H1-05' is not an EDTF date ({EXPECTED_FORMS})"),
    ("2020/2021/2022", f"'2020/2021/2022' is not an EDTF date ({EXPECTED_FORMS})"),
    ("2010\u20132017", "'2010\u20132017' is not an EDTF date: write intervals with '/', as in 2010/2017"),
    ("../..", "'../..' is not a valid interval: at least one end must be a date"),
    ("/", "'/' is not a valid interval: at least one end must be a date"),
    ("-0000", "'-0000' is not a valid date: there is no year -0000 (write 0000 for 1 BCE)"),
    ("Y1234", "'Y1234' is not a valid date: a Y year needs more than 4 digits (write 1234 instead)"),
    ("Y-123", "'Y-123' is not a valid date: a Y year needs more than 4 digits (write -0123 instead)"),
    ("Y012345", "'Y012345' is not a valid date: a Y year must not start with 0"),
    (
        "Y20000000001",
        "'Y20000000001' is not a valid date: years beyond ±20,000,000,000 are not supported",
    ),
    (
        "Y-1000000000000",
        "'Y-1000000000000' is not a valid date: years beyond ±20,000,000,000 are not supported",
    ),
    ("2030?~", "'2030?~' has more than one qualifier: use % for uncertain and approximate"),
    ("2023-04-26T25:00:00", "'2023-04-26T25:00:00' is not a valid date: hour 25 does not exist"),
    (
        "2023-04-26T24:00:01",
        "'2023-04-26T24:00:01' is not a valid date: hour 24 is only allowed as 24:00:00, the end of the day",
    ),
    ("2023-04-26T10:60", "'2023-04-26T10:60' is not a valid date: minute 60 does not exist"),
    (
        "2023-04-26T10:20:60",
        "'2023-04-26T10:20:60' is not a valid date: "
        "second 60 does not exist (leap seconds are not supported)",
    ),
    (
        "2023-04-26T10:20:30+14:30",
        "'2023-04-26T10:20:30+14:30' is not a valid date: "
        "time zone offset +14:30 is out of range (at most ±14:00)",
    ),
    (
        "2023-04-26T10:20:30+02:60",
        "'2023-04-26T10:20:30+02:60' is not a valid date: minute 60 of the time zone offset does not exist",
    ),
    ("2023-04-XXT10:20", "'2023-04-XXT10:20' is not a valid date: a time needs a complete date"),
    ("2023-04-26T10:20:30,5Z", f"'2023-04-26T10:20:30,5Z' is not an EDTF date ({EXPECTED_FORMS})"),
    (
        "2023-04-26T24:00:00.1",
        "'2023-04-26T24:00:00.1' is not a valid date: "
        "hour 24 is only allowed as 24:00:00, the end of the day",
    ),
    (
        "2023-04-26T10:20:30-00",
        "'2023-04-26T10:20:30-00' is not a valid date: "
        "time zone offset -00 does not exist (write Z or +00:00 for UTC)",
    ),
    (
        "2023-04-26T10:20:30-00:00",
        "'2023-04-26T10:20:30-00:00' is not a valid date: "
        "time zone offset -00:00 does not exist (write Z or +00:00 for UTC)",
    ),
    (
        "2023-04-26T10:20:30-0000",
        "'2023-04-26T10:20:30-0000' is not a valid date: "
        "time zone offset -0000 does not exist (write Z or +00:00 for UTC)",
    ),
    ("-00", "'-00' is not a valid date: there is no year -00 (write 00 for the years from 0 on)"),
    ("-000", "'-000' is not a valid date: there is no year -000 (write 000 for the years from 0 on)"),
    ("2004-2X", "'2004-2X' is not a valid date: no month matches 2X"),
    ("2004-04-4X", "'2004-04-4X' is not a valid date: no day matches 4X"),
    ("2004-04-00", "'2004-04-00' is not a valid date: day 0 does not exist"),
    ("2004-XX-00", "'2004-XX-00' is not a valid date: day 0 does not exist"),
    ("201X-13", "'201X-13' is not a valid date: month 13 does not exist"),
    ("15XX-02-3X", "'15XX-02-3X' is not a valid date: February has no day 30 or 31"),
    ("19X1-02-29", "'19X1-02-29' is not a valid date: no year matching 19X1 has a 29 February"),
    (
        "2004?-06-11T10:00",
        "'2004?-06-11T10:00' is not a valid date: a date-time takes one qualifier, after the whole of it",
    ),
    ("2004-~-06", f"'2004-~-06' is not an EDTF date ({EXPECTED_FORMS})"),
    ("1950S0", "'1950S0' is not a valid date: S0 leaves no significant digit (write S1 or more)"),
    ("Y17E07", "'Y17E07' is not a valid date: the exponent after E must not start with 0"),
    ("Y017E7", "'Y017E7' is not a valid date: a Y year must not start with 0"),
    ("Y3E10", "'Y3E10' is not a valid date: years beyond ±20,000,000,000 are not supported"),
    (
        "Y1E99999999999",
        "'Y1E99999999999' is not a valid date: years beyond ±20,000,000,000 are not supported",
    ),
    ("Y17E7-12", f"'Y17E7-12' is not an EDTF date ({EXPECTED_FORMS})"),
    ("[1999}", "'[1999}' is not a valid set: it opens with '[', so it must end with ']'"),
    ("{1999", "'{1999' is not a valid set: it opens with '{', so it must end with '}'"),
    ("[]", "'[]' is an empty set: list at least one date"),
    ("{ }", "'{ }' is an empty set: list at least one date"),
    ("[1667,,1668]", "'[1667,,1668]' is not a valid set: member 2 is empty"),
    (
        "[1667,..1668]",
        "'[1667,..1668]': only the first member can start with '..' (its date or an earlier one)",
    ),
    ("[1667..,1668]", "'[1667..,1668]': only the last member can end with '..' (its date or a later one)"),
    ("[1672..1670]", "'[1672..1670]': the interval ends before it starts (1670 begins before 1672)"),
    ("1950/1X01", "'1950/1X01': the interval ends before it starts (1X01 begins before 1950)"),
    ("[1667,1668-13]", "'[1667,1668-13]' is not a valid date: month 13 does not exist"),
    ("[..]", f"'[..]' is not an EDTF date ({EXPECTED_FORMS})"),
    ("2020/2023-13", "'2020/2023-13' is not a valid date: month 13 does not exist"),
    # A character no EDTF date has is named, with the one it looks like (an en dash is not named).
    (
        "2023\u201004",
        "'2023\u201004' is not an EDTF date: it holds '\u2010' (U+2010 HYPHEN), not part of a date; "
        "type '-' instead",
    ),
    (
        "\u20132023\u2212",
        "'\u20132023\u2212' is not an EDTF date: it holds '\u2212' (U+2212 MINUS SIGN), not part of a date; "
        "type '-' instead",
    ),
    (
        "2023\u200b-04",
        "'2023\\u200b-04' is not an EDTF date: it holds '\\u200b' (U+200B ZERO WIDTH SPACE), "
        "not part of a date",
    ),
    ("2023\t-04", "'2023\\t-04' is not an EDTF date: it holds '\\t' (U+0009), not part of a date"),
    ("2023\ue000", "'2023\\ue000' is not an EDTF date: it holds '\\ue000' (U+E000), not part of a date"),
]


@pytest.mark.parametrize(("text", "message"), ERROR_CASES, ids=[case[0] for case in ERROR_CASES])
def test_error_messages(text: str, message: str) -> None:
    with pytest.raises(DateError) as raised:
        parse_fresh(text)
    assert str(raised.value) == message
    assert isinstance(raised.value, ValueError)


def test_error_messages_cut_long_text_short() -> None:
    text = "2023-04-26 was the day the " + "long " * 50 + "story began"
    with pytest.raises(DateError) as raised:
        parse_fresh(text)
    assert (
        str(raised.value) == f"{text[:60]!r}… ({len(text)} characters) is not an EDTF date: "
        "'w' (character 12) has no place in a date"
    )


@pytest.mark.parametrize(
    ("lookalike", "meant"),
    [
        ("\u2010", "-"),  # hyphen
        ("\u2011", "-"),  # non-breaking hyphen
        ("\u2012", "-"),  # figure dash
        ("\u2212", "-"),  # minus sign
        ("\ufe63", "-"),  # small hyphen-minus
        ("\uff0d", "-"),  # fullwidth hyphen-minus
        ("\u2044", "/"),  # fraction slash
        ("\u2215", "/"),  # division slash
        ("\uff0f", "/"),  # fullwidth solidus
        ("\u2236", ":"),  # ratio
        ("\uff1a", ":"),  # fullwidth colon
    ],
)
def test_a_lookalike_character_is_named_with_the_one_to_type(lookalike: str, meant: str) -> None:
    with pytest.raises(DateError) as raised:
        parse_fresh(f"2023{lookalike}04")
    code = f"U+{ord(lookalike):04X} {unicodedata.name(lookalike)}"
    assert str(raised.value).endswith(f"({code}), not part of a date; type {meant!r} instead")


def test_thousands_of_digits_are_a_date_error() -> None:
    # int() itself refuses more than 4300 digits with a plain ValueError.
    with pytest.raises(DateError, match="years beyond"):
        parse_fresh("Y" + "9" * 5000)


# ---------------------------------------------------------------------------------------------
# Wording for people
# ---------------------------------------------------------------------------------------------

WORDING_CASES: Final = [
    ("2023", "2023"),
    ("2023-04", "April 2023"),
    ("2023-10-26", "26 October 2023"),
    ("2023-10-26T10:20:30Z", "26 October 2023, 10:20:30 UTC"),
    ("2023-10-26T10:20:30", "26 October 2023, 10:20:30 UTC"),
    ("2023-10-26T10:20:30+02:00", "26 October 2023, 10:20:30 UTC+02:00"),
    ("2023-10-26T10:20:30-03:30", "26 October 2023, 10:20:30 UTC-03:30"),
    ("2023-10-26T10:20:30+00:01", "26 October 2023, 10:20:30 UTC+00:01"),
    ("2023-10-26T10:20", "26 October 2023, 10:20 UTC"),
    ("2024-41", "second half of 2024"),
    ("2024-H1", "first half of 2024"),
    ("2024-33", "first quarter of 2024"),
    ("2024-Q4", "fourth quarter of 2024"),
    ("2024-21", "spring 2024"),
    ("2024-22", "summer 2024"),
    ("2024-23", "autumn 2024"),
    ("2024-24", "winter 2024"),
    ("2024-26", "summer 2024 (northern hemisphere)"),
    ("2024-30", "summer 2024 (southern hemisphere)"),
    ("2024-37", "January to April 2024"),
    ("2010/2017", "2010 \u2013 2017"),
    ("2023-04/2028", "April 2023 \u2013 2028"),
    ("2030~", "about 2030"),
    ("2024-04?", "April 2024 (uncertain)"),
    ("2024%", "about 2024 (uncertain)"),
    ("2026/..", "from 2026 onwards"),
    ("../2030", "until 2030"),
    ("2026/", "2026 \u2013 unknown"),
    ("/2030", "unknown \u2013 2030"),
    ("2023~/2025?", "about 2023 \u2013 2025 (uncertain)"),
    ("Y-13800000000", "13.8 billion years ago"),
    ("Y-13800000000~", "about 13.8 billion years ago"),
    ("Y-66000000", "66 million years ago"),
    ("Y170000002", "year 170,000,002"),
    ("-0499", "500 BCE"),
    ("-0499-03", "March 500 BCE"),
    ("0000", "1 BCE"),
    ("201X", "the 2010s"),
    ("19XX", "the 20th century"),
    ("20XX", "the 21st century"),
    ("10XX", "the 11th century"),
    ("11XX", "the 12th century"),
    ("12XX", "the 13th century"),
    ("00XX", "1 BCE \u2013 99"),
    ("1XXX", "the 2nd millennium"),
    ("-201X", "2020 BCE \u2013 2011 BCE"),
    ("2004-XX", "2004"),
    ("2004-04-XX", "April 2004"),
    # Level 2 and the level 0/1 forms added with it.
    ("156X-12-25", "some year in the 1560s, 25 December"),
    ("15XX-12-25", "some year in the 16th century, 25 December"),
    ("1XXX-12", "some year in the 2nd millennium, December"),
    ("XXXX-12-XX", "an unknown year, some day in December"),
    ("XXXX", "an unknown year"),
    ("-XXXX", "an unknown year BCE"),
    ("XXXX-XX-23", "an unknown year, the 23rd of some month"),
    ("1XX3", "a year matching 1XX3"),
    ("-1X5X", "a year matching -1X5X"),
    ("1984-1X", "October, November or December 1984"),
    ("1560-X2", "February or December 1560"),
    ("2004-XX-25", "the 25th of some month in 2004"),
    ("2004-1X-25", "the 25th of October, November or December in 2004"),
    ("2004-06-1X", "10\u201319 June 2004"),
    ("2004-X2-X1", "day 1, 11, 21 or 31 of February or December in 2004"),
    ("2004-0X-XX", "some day in January, February, March, April, May, June, July, August or September 2004"),
    ("15XX-01-3X", "some year in the 16th century, 30 or 31 January"),
    ("20XX-41", "some year in the 21st century, second half of that year"),
    ("193", "the 1930s"),
    ("19", "the 20th century"),
    ("19~", "about the 20th century"),
    ("Y17E7", "year 170,000,000"),
    ("Y-17E7", "170 million years ago"),
    ("1950S2", "a year between 1900 and 1999, estimated 1950"),
    ("-1950S2", "a year between 2000 BCE and 1901 BCE, estimated 1951 BCE"),
    ("Y3388E2S3", "a year between year 338,000 and year 338,999, estimated year 338,800"),
    ("2004?-06-11", "11 June 2004 (year uncertain)"),
    ("2004-06~-11", "11 June 2004 (year and month approximate)"),
    ("?2004-06-~11", "11 June 2004 (year uncertain, day approximate)"),
    ("2001-?09~-09", "9 September 2001 (year approximate, month uncertain and approximate)"),
    ("2004-%06-11", "11 June 2004 (month uncertain and approximate)"),
    ("2004?-06-11~", "11 June 2004 (year uncertain and approximate, month and day approximate)"),
    ("2001-~21", "spring 2001 (part of the year approximate)"),
    ("[1667,1668,1670..1672]", "one of 1667, 1668, 1670\u20131672"),
    ("{1960, 1961-12}", "all of 1960, December 1961"),
    ("[1760-12..]", "December 1760 or later"),
    ("[..1760-12-03]", "3 December 1760 or earlier"),
    ("{..1984}", "all of 1984 and earlier"),
    ("[1760-01, 1760-02, 1760-12..]", "one of January 1760, February 1760, December 1760 or later"),
    ("[1670-02..1670-04, 1669]", "one of February 1670 \u2013 April 1670, 1669"),
    ("2016-05-02T16:54:59.042", "2 May 2016, 16:54:59.042 UTC"),
    ("2016-05-02T16:54:59-0230", "2 May 2016, 16:54:59 UTC-02:30"),
]


@pytest.mark.parametrize(("text", "words"), WORDING_CASES, ids=[case[0] for case in WORDING_CASES])
def test_format_date(text: str, words: str) -> None:
    assert format_date(parse_fresh(text)) == words


@pytest.mark.parametrize(
    ("year", "words"),
    [
        (2024, "2024"),
        (1, "1"),
        (9999, "9999"),
        (10_000, "year 10,000"),
        (170_000_002, "year 170,000,002"),
        (0, "1 BCE"),
        (-499, "500 BCE"),
        (-9998, "9999 BCE"),
        (-9999, "10,000 BCE"),
        (-10_000, "10 thousand years ago"),
        (-12_345, "12.3 thousand years ago"),
        (-12_350, "12.4 thousand years ago"),
        (-999_999, "1 million years ago"),
        (-66_040_000, "66 million years ago"),
        (-13_800_000_000, "13.8 billion years ago"),
        (-4_567_000_000, "4.57 billion years ago"),
        (-1_000_000_000_000, "1,000 billion years ago"),
        # Rounding half up stays exact integer arithmetic where floats would round the count.
        (-1_234_999_999_999_999_999, "1,230,000,000 billion years ago"),
        (-1_235_000_000_000_000_000, "1,240,000,000 billion years ago"),
    ],
)
def test_format_year(year: int, words: str) -> None:
    assert format_year(year) == words


def test_an_interval_without_either_end_reads_unknown() -> None:
    # parse_edtf never makes one, but EdtfDate allows it and the wording must not fail.
    nothing = EdtfDate(
        text="/",
        lower=None,
        upper=None,
        is_interval=True,
        open_start=False,
        open_end=False,
        unknown_start=True,
        unknown_end=True,
        start=-INF,
        end=INF,
        precision=Precision.YEAR,
        approximate=False,
        uncertain=False,
    )
    assert format_date(nothing) == "unknown"


def test_format_point_of_interval_ends() -> None:
    date = parse_fresh("2023-04/2028~")
    assert date.lower is not None
    assert date.upper is not None
    assert (format_point(date.lower), format_point(date.upper)) == ("April 2023", "about 2028")


# ---------------------------------------------------------------------------------------------
# Generated strings of every supported form, valid and not
# ---------------------------------------------------------------------------------------------


def _with_trailing_x(sign: str, year: str, count: int) -> str:
    return sign + year[: 4 - count] + "X" * count


def _with_unspecified_digits(year: str, positions: set[int]) -> str:
    return "".join("X" if i in positions else c for i, c in enumerate(year))


four_digits = st.integers(0, 9999).map("{:04}".format)
# st.one_of picks its branches evenly: repeating a branch makes it more likely.
years: st.SearchStrategy[str] = st.one_of(
    four_digits,
    four_digits,
    four_digits,
    four_digits.map("-{}".format),
    # X for the last digits (level 1), or anywhere (level 2, which we reject)
    st.builds(_with_trailing_x, st.sampled_from(["", "-"]), four_digits, st.integers(1, 4)),
    st.builds(_with_unspecified_digits, four_digits, st.sets(st.integers(0, 3), min_size=1)),
)
two_digits = st.integers(0, 99).map("{:02}".format)
months = st.one_of(
    st.integers(1, 12).map("{:02}".format),
    st.integers(1, 12).map("{:02}".format),
    st.integers(21, 41).map("{:02}".format),
    st.integers(0, 45).map("{:02}".format),
    st.sampled_from(["XX", "1X", "X2", "H1", "H2", "h1", "Q1", "q2", "Q3", "Q4", "Q5", "H0"]),
)
days_of_month = st.one_of(
    st.integers(1, 28).map("{:02}".format),
    st.integers(1, 28).map("{:02}".format),
    st.integers(29, 31).map("{:02}".format),
    two_digits,
    st.sampled_from(["XX", "3X"]),
)
zones = st.sampled_from(
    ["", "Z", "+02:00", "-05", "+05:30", "+14:00", "-14", "+00:00", "-00", "+15:00", "+01:61", "z"]
)
times = st.builds(
    lambda h, m, s, zone: f"T{h}:{m}{s}{zone}",
    st.one_of(st.integers(0, 23).map("{:02}".format), st.sampled_from(["24", "25"])),
    st.one_of(st.integers(0, 59).map("{:02}".format), st.just("60")),
    st.one_of(st.just(""), st.integers(0, 60).map(":{:02}".format)),
    zones,
)
qualifiers = st.sampled_from(["", "", "", "", "~", "?", "%", "~", "?", "%", "?~"])


@st.composite
def single_dates(draw: st.DrawFn) -> str:
    """A single date of any supported shape, usually valid, sometimes subtly not."""
    if draw(st.integers(0, 5)) == 0:
        sign = draw(st.sampled_from(["", "-"]))
        digits = draw(st.one_of(st.integers(10_000, MAX_ABS_YEAR).map(str), st.integers(0, 10**14).map(str)))
        return f"Y{sign}{digits}{draw(qualifiers)}"
    text = draw(years)
    # A year with X takes no month (level 2): keep such strings to a fair share.
    if ("X" not in text or draw(st.integers(0, 4)) == 0) and draw(st.booleans()):
        text += "-" + draw(months)
        if draw(st.booleans()):
            text += "-" + draw(days_of_month)
            if draw(st.booleans()):
                text += draw(times)
    qualifier = draw(qualifiers)
    # Now and then the qualifier in front: level-2 partial qualification, which we reject.
    return qualifier + text if draw(st.integers(0, 9)) == 0 else text + qualifier


interval_ends = st.one_of(single_dates(), single_dates(), st.sampled_from(["", ".."]))
intervals = st.builds(
    lambda lower, upper, space: f"{lower}{space}/{space}{upper}",
    interval_ends,
    interval_ends,
    st.sampled_from(["", "", " "]),
)
simple_dates = st.one_of(
    st.integers(1900, 2100).map(str),
    st.builds("{}-{:02}".format, st.integers(1900, 2100), st.integers(1, 12)),
    st.builds("{}-{:02}-{:02}".format, st.integers(1900, 2100), st.integers(1, 12), st.integers(1, 28)),
)
# Both ends valid, in either order, to exercise the order check.
simple_intervals = st.builds("{}/{}".format, simple_dates, simple_dates)
candidates: st.SearchStrategy[str] = st.one_of(
    simple_intervals,
    single_dates(),
    single_dates(),
    intervals,
    intervals,
    st.text(alphabet="0123456789-/X~?%.YTZ:+", max_size=14),
)


# Level 2: X digits anywhere, qualifiers inside a date, sets, exponents and significant digits.
x_years = st.text(alphabet="0123456789X", min_size=4, max_size=4)
x_months = st.sampled_from(["XX", "0X", "1X", "X1", "X2", "X5", "01", "02", "06", "11", "12", "2X", "13"])
x_days = st.sampled_from(["XX", "0X", "1X", "2X", "3X", "X1", "X9", "01", "15", "28", "29", "30", "31", "00"])


@st.composite
def unspecified_dates(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(["", "", "-"])) + draw(x_years)
    if draw(st.integers(0, 3)):
        text += "-" + draw(x_months)
        if draw(st.booleans()):
            text += "-" + draw(x_days)
    return text + draw(qualifiers)


inner_qualifiers = st.sampled_from(["", "", "", "~", "?", "%"])


@st.composite
def qualified_dates(draw: st.DrawFn) -> str:
    """Qualifiers left or right of the year and month and left of the day."""
    year = draw(st.integers(0, 9999))
    text = f"{draw(inner_qualifiers)}{year:04}{draw(inner_qualifiers)}"
    text += f"-{draw(inner_qualifiers)}{draw(st.integers(1, 12)):02}"
    if draw(st.booleans()):
        text += f"{draw(inner_qualifiers)}-{draw(inner_qualifiers)}{draw(st.integers(1, 28)):02}"
    return text + draw(qualifiers)


set_members = st.one_of(
    simple_dates,
    simple_dates.map("{}~".format),
    st.builds("{}..{}".format, st.integers(1900, 1950), st.integers(1950, 2000)),
    st.builds(
        "{}-{:02}..{}-{:02}".format,
        st.integers(1900, 1950),
        st.integers(1, 12),
        st.integers(1951, 2000),
        st.integers(1, 12),
    ),
    unspecified_dates(),
)


@st.composite
def sets(draw: st.DrawFn) -> str:
    members = draw(st.lists(set_members, min_size=1, max_size=4))
    if draw(st.integers(0, 3)) == 0:
        members[0] = ".." + members[0]
    if draw(st.integers(0, 3)) == 0:
        members[-1] += ".."
    opener, closer = draw(st.sampled_from([("[", "]"), ("{", "}")]))
    return opener + draw(st.sampled_from([",", ", "])).join(members) + closer


exponential_years = st.builds(
    "Y{}{}E{}{}".format,
    st.sampled_from(["", "-"]),
    st.integers(1, 99_999),
    st.integers(1, 8),
    st.one_of(st.just(""), st.integers(1, 6).map("S{}".format)),
)
significant_years = st.builds(
    "{}{:04}S{}".format, st.sampled_from(["", "-"]), st.integers(1, 9999), st.integers(1, 4)
)
level2_candidates: st.SearchStrategy[str] = st.one_of(
    unspecified_dates(),
    unspecified_dates(),
    qualified_dates(),
    sets(),
    exponential_years,
    significant_years,
    st.builds("{}/{}".format, unspecified_dates(), unspecified_dates()),
    st.builds("{}/{}".format, qualified_dates(), qualified_dates()),
)

# ---------------------------------------------------------------------------------------------
# The reference: the edtf package, plus our documented differences from it
# ---------------------------------------------------------------------------------------------
#
# Forms we accept although edtf rejects them (each reduced below to a form edtf does accept):
#   * the aliases H1, H2, Q1-Q4 (any case) for the codes 40, 41, 33-36;
#   * times with minutes only (T10:20) and the UTC offsets +00, +00:00 and ±14, which ISO 8601
#     allows (edtf only takes Z for UTC and insists on +14:00);
#   * a qualifier after any single date: seasons, codes 25-41, long years, date-times;
#   * any single date at either end of an interval (edtf takes only some forms there, and
#     fails with AttributeError on e.g. 2004-XX/2005).
# Level-2 forms we accept although edtf rejects them (no reduction: checked only not to crash):
#   * X digits and qualifiers inside one date (?156X-12-25, 2004-XX-~25);
#   * negative years with X (-1X5X: edtf's level-2 grammar has no sign there);
#   * X in the month after a year without X (1984-1X: edtf's grammar misses it);
#   * X digits or qualifiers together with a sub-year code (20XX-41, 2001?-21);
#   * a qualifier right of the month with any other inside the date, or on both sides of the
#     year (edtf takes 2004?-06-~11 but not ~2004-06~-11);
#   * sets whose members edtf does not take (it fails with TypeError on [..1984]), decades and
#     centuries (193, 19), offsets without a colon, fractions of a second.
# Forms edtf accepts and we reject:
#   * 29 February of common years (edtf's grammar allows 02-29 in every year), and days that no
#     month matching an X pattern has (edtf's grammar takes 156X-02-31);
#   * intervals that end before they start (edtf does not check) and ../.. (no date at all);
#   * years beyond ±MAX_ABS_YEAR, where a year is no longer a usable span of float seconds.
# Bounds: for negative years with XX month or day, edtf's lower_strict()/upper_strict() swap
# the month and day too (-2004-XX gives 1 December to 31 January), so _strict_date() is used.
# Where edtf cannot work out the bounds of a level-2 X date it accepts (it fails on most with
# ValueError), the date is only checked to parse. Significant digits widen the year for us to
# what edtf calls the fuzzy bounds (1950S2: 1900-1999); for negative years those are off
# (Y-1E1S1 gives -100 to -1, where the one significant digit of -10 means -19 to -10).
# Unknown interval ends are +-inf for us, where edtf invents ten years: ends are compared one
# by one. Date-times: edtf only gives the
# day, so the instant is worked out here.

QUALIFIER_CHARS: Final = "~?%"
ALIAS_CODES: Final = {"H1": "40", "H2": "41", "Q1": "33", "Q2": "34", "Q3": "35", "Q4": "36"}
ALIAS_RE: Final = re.compile(r"(-?\d{4})-([HhQq]\d)")
LEAP_DAY_RE: Final = re.compile(r"(-?\d{4})-02-29")
# A day an X pattern allows in no month it matches, as edtf's grammar lets through: 02-3X, 02-31.
IMPOSSIBLE_X_DAY_RE: Final = re.compile(r"-?[\dX]{4}[~?%]?-[~?%]?(02-[~?%]?3[\dX]|(0[469]|11)-[~?%]?31)")
TIME_RE: Final = re.compile(r"T(\d\d):(\d\d)(:\d\d)?(Z|[+-]\d\d(:\d\d)?)?$")
ZONE_RE: Final = re.compile(r"(?<=:\d\d)([+-])(\d\d)(:\d\d)?$")
# Our level-2 extensions (see above), recognised in a string edtf rejects.
EXTENSION_RES: Final = {
    "X month after a plain year": re.compile(r"[~?%]?-?\d{4}[~?%]?-[~?%]?[\dX]*X.*"),
    "sub-year code with X or qualifiers inside": re.compile(
        r"(?=.*[X~?%].*-)[~?%]?-?[\dX]{4}[~?%]?-[~?%]?(2[1-9]|3\d|4[01]|[HhQq]\d)[~?%]?$"
    ),
    "set": re.compile(r"[\[{].*"),
    "decade or century": re.compile(r"-?\d{2,3}[~?%]?"),
    "negative year with X": re.compile(r"[~?%]?-[\dX]*X.*"),
}
UNCHECKED: Final = "unchecked"
NEGATIVE_X_MEMBER_RE: Final = re.compile(r"(?:^|[\[{,.])[~?%]?-[\dX]*X")


class Bounds(NamedTuple):
    start: float
    end: float


def edtf_parse(text: str) -> Any:
    """The edtf package's reading of text, or None where it rejects it (or trips over it)."""
    try:
        return edtf.parse_edtf(text)
    except Exception:  # edtf also fails with AttributeError on some inputs
        return None


def struct_days(value: Any) -> int:
    return days(value.tm_year, value.tm_mon, value.tm_mday)


def our_extension(text: str) -> str | None:
    """Which of our level-2 extensions ``text`` is written in, if any."""
    if "X" in text and any(q in text.rstrip(QUALIFIER_CHARS) for q in QUALIFIER_CHARS):
        return "X digits and a qualifier inside one date"
    if (point := dates._POINT_RE.fullmatch(text.rstrip(QUALIFIER_CHARS))) is not None:
        q_year, g_year, q_part, g_part, q_day = point.group("q_year", "g_year", "q_part", "g_part", "q_day")
        if (g_part and (q_year or g_year or q_part or q_day)) or (q_year and g_year):
            return "qualifiers edtf does not combine"
    return next((name for name, pattern in EXTENSION_RES.items() if pattern.fullmatch(text)), None)


def edtf_bounds(parsed: Any, text: str) -> tuple[Any, Any] | None:
    """edtf's earliest and latest day of a date it accepts, or None where it cannot say."""
    try:
        if "S" in text:
            return parsed.lower_fuzzy(), parsed.upper_fuzzy()
        if (
            isinstance(parsed, edtf.Unspecified)
            and str(parsed.year).startswith("-")
            and "X" not in parsed.year
        ):
            return parsed._strict_date("earliest"), parsed._strict_date("latest")
        low, high = parsed.lower_strict(), parsed.upper_strict()
        struct_days(low), struct_days(high)  # edtf may give days that do not exist (2004-02-30)
    except Exception:
        return None
    return low, high


def reference_point(text: str) -> Bounds | str | None:
    """Bounds of one date as edtf reads it (allowing for the differences above), UNCHECKED, or None."""
    body, qualifier = (text[:-1], text[-1]) if text and text[-1] in QUALIFIER_CHARS else (text, "")
    written = body

    # Our extensions, rewritten into forms that edtf accepts.
    if alias := ALIAS_RE.match(body):
        code = ALIAS_CODES.get(alias[2].upper())
        if code is None:
            return None
        body = f"{alias[1]}-{code}{body[alias.end() :]}"
    if zone := ZONE_RE.search(body):
        sign, hours, minutes = zone[1], zone[2], zone[3]
        if hours == "00" and minutes in (None, ":00"):
            if sign == "-":
                event("both reject: -00 and -00:00")
                return None
            body = body[: zone.start()] + "Z"
        elif hours == "14" and minutes is None:
            body += ":00"
    seconds_given = True
    if (time := TIME_RE.search(body)) and time[3] is None:
        seconds_given = False
        body = body[: time.end(2)] + ":00" + body[time.end(2) :]
    parsed = edtf_parse(body + qualifier)
    if parsed is None and qualifier:
        parsed = edtf_parse(body)
    if parsed is None:
        if extension := our_extension(text):
            event(f"we accept, edtf rejects: {extension}")
            return UNCHECKED
        return None

    # What edtf accepts and we reject on purpose.
    if qualifier and written[-1:] in tuple(QUALIFIER_CHARS):
        event("edtf takes one of two qualifiers, we reject both")
        return None
    leap_day = LEAP_DAY_RE.match(written.lstrip(QUALIFIER_CHARS))
    if leap_day and not calendar.isleap(int(leap_day[1])):
        event("edtf accepts, we reject: 29 February of a common year")
        return None
    if IMPOSSIBLE_X_DAY_RE.match(written):
        event("edtf accepts, we reject: a day no matching month has")
        return None

    if "S" in written and "-" in written:
        event("edtf accepts, its fuzzy bounds of negative significant digits are off")
        return UNCHECKED
    bounds = edtf_bounds(parsed, written)
    if bounds is None:
        event("edtf accepts, cannot give bounds")
        return UNCHECKED
    low, high = bounds
    if max(abs(low.tm_year), abs(high.tm_year)) > MAX_ABS_YEAR:
        event("edtf accepts, we reject: year too large")
        return None
    start, end = float(struct_days(low) * DAY), float((struct_days(high) + 1) * DAY)

    if time := TIME_RE.search(body):
        hour, minute, second = int(time[1]), int(time[2]), int(time[3][1:])
        offset = 0
        if time[4] not in (None, "Z"):
            offset = int(time[4][1:3]) * 60 + (int(time[4][4:6]) if time[5] else 0)
            offset = -offset if time[4][0] == "-" else offset
        start += hour * 3600 + minute * 60 + second - offset * 60
        end = start + (1 if seconds_given else 60)
    return Bounds(start, end)


REVERSED: Final = "reversed"


def reference(text: str) -> Bounds | tuple[Bounds | None, Bounds | None] | str | None:
    """(lower, upper) bounds as edtf reads text, REVERSED, UNCHECKED, or None where we must reject it."""
    stripped = text.strip()
    if stripped[:1] in ("[", "{"):
        return reference_set(stripped)
    if "/" not in stripped:
        point = reference_point(stripped)
        return point if not isinstance(point, Bounds) else (point, point)
    parts = [part.strip() for part in stripped.split("/")]
    if len(parts) != 2:
        return None
    ends: list[Bounds | None] = []
    for part in parts:
        if part in ("", ".."):
            ends.append(None)
        elif not isinstance(point := reference_point(part), Bounds):
            return point
        else:
            ends.append(point)
    lower, upper = ends
    if lower is None and upper is None:
        event("edtf may accept, we reject: interval without a date")
        return None
    # An end with X digits need only be able to come after the start (1800/1X01).
    if (
        lower is not None
        and upper is not None
        and (upper.end <= lower.start if "X" in stripped else upper.start < lower.start)
    ):
        event("edtf may accept, we reject: reversed interval")
        return REVERSED
    return lower, upper


def reference_set(text: str) -> Bounds | str | None:
    """A set's span as edtf reads it: from its first day to the end of its last."""
    parsed = edtf_parse(text)
    if parsed is None:
        event("we may accept, edtf rejects: set")
        return UNCHECKED
    if NEGATIVE_X_MEMBER_RE.search(text):
        # A member such as -000X: our -201X reading spans -2019..-2010, edtf's starts at -2010.
        event("we read negative years with X differently: set")
        return UNCHECKED
    if IMPOSSIBLE_X_DAY_RE.search(text) or any(
        not calendar.isleap(int(leap[1])) for leap in LEAP_DAY_RE.finditer(text)
    ):
        return None
    try:
        low, high = parsed.lower_strict(), parsed.upper_strict()
    except Exception:
        return UNCHECKED
    start = -INF if low == -INF else float(struct_days(low) * DAY)
    end = INF if high == INF else float((struct_days(high) + 1) * DAY)
    return Bounds(start, end)


def check_against_edtf(text: str) -> None:
    expected = reference(text)
    if expected is None:
        event("rejected")
        with pytest.raises(DateError):
            parse_fresh(text)
        return
    if expected == REVERSED:
        with pytest.raises(DateError, match="interval ends before it starts"):
            parse_fresh(text)
        return
    if expected == UNCHECKED:
        parse_or_none(text)
        return
    event("accepted")
    date = parse_fresh(text)
    if isinstance(expected, Bounds):  # a set: its span
        assert (date.start, date.end) == expected
        return
    assert isinstance(expected, tuple)
    lower, upper = expected
    got_lower = None if date.lower is None else Bounds(date.lower.start, date.lower.end)
    got_upper = None if date.upper is None else Bounds(date.upper.start, date.upper.end)
    assert (got_lower, got_upper) == (lower, upper)


@settings(max_examples=400, deadline=None)
@given(candidates)
def test_agrees_with_edtf(text: str) -> None:
    check_against_edtf(text)


@settings(max_examples=400, deadline=None)
@given(level2_candidates)
@example("0000-02-X1")  # 01, 11 and 21 are days of February: a possible day, as edtf says
def test_agrees_with_edtf_on_level_2(text: str) -> None:
    check_against_edtf(text)


# ---------------------------------------------------------------------------------------------
# Properties of everything that parses
# ---------------------------------------------------------------------------------------------


def parse_or_none(text: str) -> EdtfDate | None:
    try:
        return parse_fresh(text)
    except DateError:
        return None


@settings(max_examples=500, deadline=None)
@given(st.one_of(candidates, level2_candidates))
@example("000X-H1")  # an alias after an X year: formatted by its code
def test_properties_of_valid_dates(text: str) -> None:
    date = parse_or_none(text)
    if date is None:
        return
    members = date.members or (date,)
    points = [p for member in members for p in (member.lower, member.upper) if p is not None]
    assert points
    for point in points:
        assert point.start < point.end
        assert format_point(point)
    assert date.start < date.end
    if date.lower is not None and date.upper is not None:
        assert date.lower.start < date.upper.end if "X" in date.text else date.lower.start <= date.upper.start
    assert date.precision == max(p.precision for p in points)
    assert date.approximate == any(p.approximate for p in points)
    assert date.uncertain == any(p.uncertain for p in points)
    if date.members:  # a set spans its members
        assert not date.is_interval
        assert (date.start, date.end) == (
            min(m.start for m in date.members),
            max(m.end for m in date.members),
        )
        assert all(format_date(member) for member in date.members)
    else:
        assert (date.lower is date.upper) == (not date.is_interval)
    assert parse_fresh(date.text) == date
    assert format_date(date)
