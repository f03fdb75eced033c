"""Fast EDTF date parsing (levels 0, 1 and 2) and wording for people."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from typing import Any, Final, NamedTuple

from timeline_app.core.calendar import (
    SECONDS_PER_DAY,
    SECONDS_PER_HOUR,
    SECONDS_PER_MINUTE,
    add_months,
    days_from_civil,
    days_in_month,
    is_leap_year,
    year_start,
)
from timeline_app.core.i18n import (
    ENGLISH_MONTH_NAMES,
    QT_TRANSLATE_NOOP,
    MonthName,
    Number,
    Phrase,
    PhraseError,
    Translatable,
    before_common_era,
    day_month_year,
    decimal_number,
    either,
    large_count,
    month_name,
    month_year,
    translate,
    translated,
    whole_number,
)
from timeline_app.core.quoting import quoted

__all__ = [
    "DateError",
    "DatePoint",
    "EdtfDate",
    "Precision",
    "TimeOfDay",
    "format_date",
    "format_point",
    "format_year",
    "parse_edtf",
]


class DateError(PhraseError):
    """A date string that is not a (supported) EDTF date; the message is meant for people: a
    template marked for the "Loader" context and its arguments (``phrase``), English by ``str``."""

    def __init__(self, message: str | Phrase, *args: str | int | Translatable) -> None:
        super().__init__(message if isinstance(message, Phrase) else Phrase("Loader", message, args))


@dataclass(frozen=True, slots=True)
class Year:
    """A year in a message: named for people (format_year) in the language it is shown in."""

    value: int

    def __str__(self) -> str:
        return format_year(self.value)

    def translated(self) -> str:
        """The year as the chosen language names it."""
        return format_year(self.value)


class Precision(IntEnum):
    """How finely a date is known, finest first: a larger value is coarser."""

    SECOND = 0
    MINUTE = 1
    DAY = 2
    MONTH = 3
    SUBYEAR = 4  # season, quarter, third or half of a year (codes 21-41)
    YEAR = 5
    DECADE = 6  # 201X
    CENTURY = 7  # 19XX
    MILLENNIUM = 8  # 1XXX


class TimeOfDay(NamedTuple):
    """Time of day of a date-time, as written (local to its offset)."""

    hour: int  # 0-24; 24 only as 24:00:00, the end of the day
    minute: int
    second: int | None  # None when only hours and minutes were given
    utc_offset: int | None  # minutes east of UTC; None when no zone was written (read as UTC)
    fraction: str = ""  # the digits after the seconds' decimal point, as written ("042")


@dataclass(frozen=True, slots=True)
class DatePoint:
    """One EDTF date (not an interval) and the half-open span of time ``[start, end)`` it covers."""

    start: float  # seconds since 1970-01-01T00:00:00 UTC
    end: float
    precision: Precision
    approximate: bool
    uncertain: bool
    # Components for formatting. ``year`` is the earliest year covered: 2010 for 201X, -2019 for -201X.
    year: int
    month: int | None
    day: int | None
    subyear: int | None  # 21-41 (aliases such as H2 or Q1 already turned into codes)
    time: TimeOfDay | None
    # Level 2. The date as written, without qualifiers, when X stands for digits elsewhere than
    # level 1 allows (156X-12-25, XXXX-12-XX): the span runs from its earliest to its latest date.
    unspecified: str | None = None
    # The year as written when significant digits widen it (1950 of 1950S2, which covers
    # 1900-1999); None otherwise.
    estimate: int | None = None
    # The last year covered when that is not ``year`` and not said by the precision: significant
    # digits (1999 of 1950S2) and X digits (1569 of 156X-12-25); None otherwise.
    last_year: int | None = None
    # Qualifiers written inside the date (2004?-06-~11): bits APPROXIMATE and UNCERTAIN of the
    # year, month (or sub-year) and day. None when a qualifier, if any, follows the whole date.
    part_qualifiers: tuple[int, int, int] | None = None


@dataclass(frozen=True, slots=True)
class EdtfDate:
    """What a ``date`` string means: a single date or an interval of two dates."""

    text: str  # canonical EDTF text: stripped, aliases normalised ("2024-H2" -> "2024-41")
    lower: DatePoint | None  # None for an open ("..") or unknown ("") start
    upper: DatePoint | None  # the same object as lower for a single date
    is_interval: bool
    open_start: bool
    open_end: bool
    unknown_start: bool
    unknown_end: bool
    start: float  # lower.start, or -inf without a lower
    end: float  # upper.end, or +inf without an upper
    precision: Precision  # the coarser of the two ends
    approximate: bool  # true if any end is
    uncertain: bool
    # A set: its members in written order (each a date, or a range such as 1670..1672); lower and
    # upper are then its earliest and latest dates. Empty for every other date.
    members: tuple[EdtfDate, ...] = ()
    all_members: bool = False  # {a,b}: all of the members happened; [a,b]: one of them


# Constructing a frozen dataclass calls object.__setattr__ once per field, which costs more
# than the whole of parsing (about 2 µs for EdtfDate on a modest machine), and files hold a
# million dates. So the parser fills a mutable twin with the very same slot layout and then
# relabels the object as the frozen class; the result is indistinguishable from one built by
# the public constructor (the tests check this).
def _mutable_twin(cls: type) -> Any:
    """A plain slotted dataclass with the fields, in order, of the frozen dataclass ``cls``."""
    fields = [(field.name, field.type) for field in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(f"_Mutable{cls.__name__}", fields, slots=True, eq=False)


_MutableDatePoint = _mutable_twin(DatePoint)
_MutableEdtfDate = _mutable_twin(EdtfDate)


def _new_point(
    start: float,
    end: float,
    precision: Precision,
    approximate: bool,
    uncertain: bool,
    year: int,
    month: int | None,
    day: int | None,
    subyear: int | None,
    time: TimeOfDay | None,
    *,
    unspecified: str | None = None,
    estimate: int | None = None,
    last_year: int | None = None,
    part_qualifiers: tuple[int, int, int] | None = None,
) -> DatePoint:
    point: DatePoint = _MutableDatePoint(
        start,
        end,
        precision,
        approximate,
        uncertain,
        year,
        month,
        day,
        subyear,
        time,
        unspecified,
        estimate,
        last_year,
        part_qualifiers,
    )
    point.__class__ = DatePoint
    return point


def _new_single(text: str, point: DatePoint) -> EdtfDate:
    date: EdtfDate = _MutableEdtfDate(
        text,
        point,
        point,
        False,
        False,
        False,
        False,
        False,
        point.start,
        point.end,
        point.precision,
        point.approximate,
        point.uncertain,
        (),
        False,
    )
    date.__class__ = EdtfDate
    return date


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------

MONTH_NAMES: Final = ENGLISH_MONTH_NAMES  # in messages about files; people read i18n.month_name


class SubYear(NamedTuple):
    """A level-2 sub-year grouping: the months it spans and how to say it."""

    first_month: int
    last_month: int
    wording: str  # "{year}" stands for the formatted year; marked for translation in context "Dates"


# Month ranges follow the edtf reference package (edtf.appsettings.SEASON_L2_MONTHS_RANGE),
# including its simplification that a winter is the December of its year only: a real winter
# runs into the next year, but the spec sorts winter after autumn of the same year.
SUBYEARS: Final[dict[int, SubYear]] = {
    21: SubYear(3, 5, QT_TRANSLATE_NOOP("Dates", "spring {year}")),
    22: SubYear(6, 8, QT_TRANSLATE_NOOP("Dates", "summer {year}")),
    23: SubYear(9, 11, QT_TRANSLATE_NOOP("Dates", "autumn {year}")),
    24: SubYear(12, 12, QT_TRANSLATE_NOOP("Dates", "winter {year}")),
    25: SubYear(3, 5, QT_TRANSLATE_NOOP("Dates", "spring {year} (northern hemisphere)")),
    26: SubYear(6, 8, QT_TRANSLATE_NOOP("Dates", "summer {year} (northern hemisphere)")),
    27: SubYear(9, 11, QT_TRANSLATE_NOOP("Dates", "autumn {year} (northern hemisphere)")),
    28: SubYear(12, 12, QT_TRANSLATE_NOOP("Dates", "winter {year} (northern hemisphere)")),
    29: SubYear(9, 11, QT_TRANSLATE_NOOP("Dates", "spring {year} (southern hemisphere)")),
    30: SubYear(12, 12, QT_TRANSLATE_NOOP("Dates", "summer {year} (southern hemisphere)")),
    31: SubYear(3, 5, QT_TRANSLATE_NOOP("Dates", "autumn {year} (southern hemisphere)")),
    32: SubYear(6, 8, QT_TRANSLATE_NOOP("Dates", "winter {year} (southern hemisphere)")),
    33: SubYear(1, 3, QT_TRANSLATE_NOOP("Dates", "first quarter of {year}")),
    34: SubYear(4, 6, QT_TRANSLATE_NOOP("Dates", "second quarter of {year}")),
    35: SubYear(7, 9, QT_TRANSLATE_NOOP("Dates", "third quarter of {year}")),
    36: SubYear(10, 12, QT_TRANSLATE_NOOP("Dates", "fourth quarter of {year}")),
    37: SubYear(1, 4, QT_TRANSLATE_NOOP("Dates", "January to April {year}")),
    38: SubYear(5, 8, QT_TRANSLATE_NOOP("Dates", "May to August {year}")),
    39: SubYear(9, 12, QT_TRANSLATE_NOOP("Dates", "September to December {year}")),
    40: SubYear(1, 6, QT_TRANSLATE_NOOP("Dates", "first half of {year}")),
    41: SubYear(7, 12, QT_TRANSLATE_NOOP("Dates", "second half of {year}")),
}

# Friendly spellings accepted in place of the numeric codes (upper-cased before lookup).
SUBYEAR_ALIASES: Final[dict[str, int]] = {
    "H1": 40,
    "H2": 41,
    "Q1": 33,
    "Q2": 34,
    "Q3": 35,
    "Q4": 36,
}

# Precision of a 4-digit year whose last 1, 2 or 3 digits are X.
_UNSPECIFIED_YEAR_PRECISION: Final = {1: Precision.DECADE, 2: Precision.CENTURY, 3: Precision.MILLENNIUM}

# EDTF asks for more than four digits after "Y"; shorter years are written plainly.
MIN_LONG_YEAR_DIGITS: Final = 5
# The furthest year a file may name either way: twenty billion years covers the Big Bang
# (13.8 billion years ago) with room to spare, and every date must be one the timeline can
# show: the viewport's widest span (viewport.MAX_SPAN_SECONDS) holds the whole ±MAX_ABS_YEAR.
MAX_ABS_YEAR: Final = 20 * 10**9
MAX_HOUR: Final = 23
END_OF_DAY_HOUR: Final = 24  # ISO 8601 allows 24:00:00 for the end of a day
MAX_MINUTE: Final = 59
MAX_SECOND: Final = 59  # no leap seconds: POSIX-style time, as everywhere else in the app
MAX_UTC_OFFSET_MINUTES: Final = 14 * 60  # UTC+14:00 (Line Islands) is the furthest zone
MAX_FRACTION_DIGITS: Final = 3  # fractions of a second are kept to the millisecond
MAX_YEAR_DIGITS: Final = len(str(MAX_ABS_YEAR))
MONTHS: Final = 12
MAX_DAY: Final = 31
LEAP_YEAR_EXAMPLE: Final = 2000

_QUALIFIERS: Final = {"~": (True, False), "?": (False, True), "%": (True, True)}


def _fast_year(digits: str) -> tuple[int, float, bool] | None:
    """The year table's entry for ``digits`` ("0000".."9999"), added on first use; None otherwise."""
    if len(digits) != FAST_YEAR_DIGITS or not (digits.isascii() and digits.isdigit()):
        return None
    year = int(digits)
    entry = _FAST_YEARS[digits] = (
        year,
        float(days_from_civil(year, 1, 1) * SECONDS_PER_DAY),
        is_leap_year(year),
    )
    return entry


def _offset_in_year(year: int, month: int, day: int) -> float:
    """Seconds from 1 January of ``year`` to the given day."""
    return float((days_from_civil(year, month, day) - days_from_civil(year, 1, 1)) * SECONDS_PER_DAY)


# The fast paths look the digits up instead of validating and converting them: one dictionary
# lookup checks, converts and does the calendar arithmetic, where str.isdigit(), int() and
# days_from_civil() would cost several times more. Where leap years matter the tables hold a
# pair indexed by "is it a leap year" (False/True). The year table gets a year's entry the first
# time the year is parsed: all 10,000 made at import cost ~10 ms of start-up (and 2 MB).
FAST_YEAR_DIGITS: Final = 4
_YEAR_EXAMPLES: Final = (2001, 2000)  # a common and a leap year
# "YYYY" -> (year, seconds at its 1 January, whether it is a leap year)
_FAST_YEARS: Final[dict[str, tuple[int, float, bool]]] = {}
# "MM-DD" -> (month, day, seconds into a (common, leap) year; None for 29 February of a common one)
_FAST_MONTH_DAYS: Final = {
    f"{month:02}-{day:02}": (
        month,
        day,
        tuple(
            _offset_in_year(y, month, day) if day <= days_in_month(y, month) else None for y in _YEAR_EXAMPLES
        ),
    )
    for month in range(1, 13)
    for day in range(1, 32)
    if day <= days_in_month(_YEAR_EXAMPLES[True], month)
}
# "MM" -> (month, (start, end) seconds into a (common, leap) year)
_FAST_MONTHS: Final = {
    f"{month:02}": (
        month,
        tuple(
            (
                _offset_in_year(y, month, 1),
                _offset_in_year(y, month, 1) + days_in_month(y, month) * SECONDS_PER_DAY,
            )
            for y in _YEAR_EXAMPLES
        ),
    )
    for month in range(1, 13)
}
_DAY: Final = Precision.DAY
_MONTH: Final = Precision.MONTH
_DAY_SECONDS: Final = float(SECONDS_PER_DAY)
_YEAR: Final = Precision.YEAR
_YEAR_SECONDS: Final = (365 * _DAY_SECONDS, 366 * _DAY_SECONDS)  # of a (common, leap) year

# A single date, loosely: the structure is checked here, the values (month 13, 30 February,
# a qualifier inside a date-time) are checked afterwards so that the error can say what is wrong.
# A qualifier left of a part qualifies that part alone; right of a part, it and the parts before
# it (level 2); the qualifier after the whole date is taken off before matching.
_POINT_RE: Final = re.compile(
    r"""
    (?P<q_year>[~?%]?)(?P<sign>-?)(?P<year>[0-9X]{4})(?P<g_year>[~?%]?)
    (?:-(?P<q_part>[~?%]?)(?P<part>[0-9X]{2}|[HhQq][0-9])(?P<g_part>[~?%]?)
       (?:-(?P<q_day>[~?%]?)(?P<day>[0-9X]{2})
          (?:T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})
             (?::(?P<second>[0-9]{2})(?:\.(?P<fraction>[0-9]+))?)?
             (?P<zone>Z|(?P<zsign>[+-])(?P<zhour>[0-9]{2})(?::?(?P<zminute>[0-9]{2}))?)?
          )?
       )?
    )?
    """,
    re.VERBOSE,
)
# Y followed by digits, an exponent (Y17E7: 17 times 10 to the 7th) and significant digits.
_LONG_YEAR_RE: Final = re.compile(r"Y(-?)([0-9]+)(?:E([0-9]+))?(?:S([0-9]+))?")
_UNSPECIFIED_YEAR_RE: Final = re.compile(r"[0-9]{1,3}X{1,3}")
# Two digits name a century (19: 1900-1999), three a decade (193: 1930-1939); level 2 (ISO 8601-1
# has the century).
_SHORT_YEAR_RE: Final = re.compile(r"(-?)([0-9]{2,3})")
_SIGNIFICANT_YEAR_RE: Final = re.compile(r"(-?)([0-9]{4})S([0-9]+)")
# Bits of DatePoint.part_qualifiers.
APPROXIMATE: Final = 1
UNCERTAIN: Final = 2
_QUALIFIER_BITS: Final = {"": 0, "~": APPROXIMATE, "?": UNCERTAIN, "%": APPROXIMATE | UNCERTAIN}
# Digits of an unknown year's span that make a decade, a century, a millennium.
_SPAN_PRECISIONS: Final = ((1, Precision.YEAR), (10, Precision.DECADE), (100, Precision.CENTURY))
_SET_CLOSERS: Final = {"[": "]", "{": "}"}
_RANGE: Final = ".."

# A character no EDTF date (nor one of our aliases) has; dashes typed for "/" get their own message.
_STRAY_CHARACTER_RE: Final = re.compile(r"[^0-9X~?%.YESTZ:+\-/\[\]{}, HhQq\u2013\u2014]")
# Letters EDTF writes in capitals; "u" was the 2012 draft's unknown digit, now X.
_CAPITALS: Final = {"x": "X", "u": "X", "y": "Y", "e": "E", "s": "S", "t": "T", "z": "Z"}
# An interval of two plain dates, YYYY, YYYY-MM or YYYY-MM-DD each (big files hold many).
_FAST_INTERVAL: Final = re.compile(r"([0-9]{4}(?:-[0-9]{2}){0,2})/([0-9]{4}(?:-[0-9]{2}){0,2})")
_FAST_INTERVAL_LENGTH: Final = 21
_LEADING_CAPITALS: Final = "xuy"  # of those, the ones a date can start with (xxxx, y-17e7)

_NOT_EDTF: Final = QT_TRANSLATE_NOOP(
    "Loader", "%1 is not an EDTF date (expected forms like 2023, 2023-04, 2023-04-26, 2024-41, 2010/2017)"
)
_NO_MONTH: Final = QT_TRANSLATE_NOOP("Loader", "month %1 does not exist")
_TOO_FAR: Final = QT_TRANSLATE_NOOP("Loader", "years beyond ±%1 are not supported")
_DASHES: Final = ("\u2013", "\u2014")  # en and em dash, typed for intervals instead of "/"
# Characters that look like one an EDTF date has, and the one they look like.
_LOOKALIKES: Final = {
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2212": "-",  # minus sign
    "\ufe63": "-",  # small hyphen-minus
    "\uff0d": "-",  # fullwidth hyphen-minus
    "\u2044": "/",  # fraction slash
    "\u2215": "/",  # division slash
    "\uff0f": "/",  # fullwidth solidus
    "\u2236": ":",  # ratio
    "\uff1a": ":",  # fullwidth colon
}

# Error messages quote at most this much of a string.

# Enough for the distinct dates of large files; each entry costs roughly half a kilobyte.
PARSE_CACHE_SIZE: Final = 1 << 16


# ---------------------------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=PARSE_CACHE_SIZE)
def parse_edtf(text: str) -> EdtfDate:
    """Parse an EDTF date or interval; raise :class:`DateError` saying what is wrong.

    Accepted: EDTF levels 0, 1 and 2 (docs/dates.md lists the forms): qualifiers ``~ ? %``
    after a date or inside it (``2004?-06-~11``), X for any digits (``156X-12-25``), long,
    exponential and significant-digit years (``Y170000002``, ``Y-17E7``, ``1950S2``), decades
    and centuries (``193``, ``19``), sub-year codes 21-41, sets (``[1667,1670..1672]``,
    ``{..1984}``), open ``..`` and unknown empty interval ends, fractions of a second. On top of
    what the ``edtf`` reference package accepts: the aliases ``H1 H2 Q1-Q4``, times with minutes
    only, UTC offsets ``+00:00``, ``+0230`` and ``+14``, a qualifier after any single date and
    any single date at either end of an interval. Stricter than ``edtf``: 29 February of common
    years, intervals that end before they start, zero offsets written with '-' and years beyond
    ``MAX_ABS_YEAR``.

    Results are cached, which is safe because they are immutable.
    """
    # Fast paths for the overwhelmingly common YYYY-MM-DD, YYYY-MM and YYYY; anything unusual about
    # them (invalid values included) falls through to the general parser for a good message.
    # The objects are built inline, as in _new_point and _new_single, to save two calls.
    point: Any = None
    size = len(text)
    if size == 10 and text[4] == "-":
        fast_year = _FAST_YEARS.get(text[:4]) or _fast_year(text[:4])
        month_day = _FAST_MONTH_DAYS.get(text[5:])
        if fast_year is not None and month_day is not None:
            year, year_start_seconds, leap = fast_year
            month, day, offsets = month_day
            offset = offsets[leap]
            if offset is not None:  # None: 29 February of a common year
                start = year_start_seconds + offset
                end = start + _DAY_SECONDS
                point = _MutableDatePoint(
                    start, end, _DAY, False, False, year, month, day, None, None, None, None, None, None
                )
    elif size == 7 and text[4] == "-":
        fast_year = _FAST_YEARS.get(text[:4]) or _fast_year(text[:4])
        fast_month = _FAST_MONTHS.get(text[5:])
        if fast_year is not None and fast_month is not None:
            year, year_start_seconds, leap = fast_year
            month, spans = fast_month
            start_offset, end_offset = spans[leap]
            start = year_start_seconds + start_offset
            end = year_start_seconds + end_offset
            point = _MutableDatePoint(
                start, end, _MONTH, False, False, year, month, None, None, None, None, None, None, None
            )
    elif size == 4:
        fast_year = _FAST_YEARS.get(text) or _fast_year(text)
        if fast_year is not None:
            year, start, leap = fast_year
            end = start + _YEAR_SECONDS[leap]
            point = _MutableDatePoint(
                start, end, _YEAR, False, False, year, None, None, None, None, None, None, None, None
            )
    if point is None:
        if size <= _FAST_INTERVAL_LENGTH:
            ends = _FAST_INTERVAL.fullmatch(text)
            if ends is not None:
                interval = _fast_interval(text, ends[1], ends[2])
                if interval is not None:
                    return interval
        return _parse_general(text)
    point.__class__ = DatePoint
    date: EdtfDate = _MutableEdtfDate(
        text,
        point,
        point,
        False,
        False,
        False,
        False,
        False,
        start,
        end,
        point.precision,
        False,
        False,
        (),
        False,
    )
    date.__class__ = EdtfDate
    return date


def _fast_interval(text: str, first: str, last: str) -> EdtfDate | None:
    """An interval of two plain dates (``2005-03/2007-11``), its ends parsed (and cached) as
    single dates, which they are read as; None when one is not a date, for the general parser
    to say so of the interval (or when both are one: an interval's ends are two objects)."""
    if first == last:
        return None
    try:
        first_date, last_date = parse_edtf(first), parse_edtf(last)
    except DateError:
        return None
    lower, upper = first_date.lower, last_date.upper
    if lower is None or upper is None or upper.start < lower.start:  # (the latter: _range says so)
        return None
    # Built inline as the single dates are (what _range would make of them: no X digits, no
    # open or unknown end; in a third of the time).
    date: EdtfDate = _MutableEdtfDate(
        f"{first_date.text}/{last_date.text}",
        lower,
        upper,
        True,
        False,
        False,
        False,
        False,
        lower.start,
        upper.end,
        max(lower.precision, upper.precision),
        lower.approximate or upper.approximate,
        lower.uncertain or upper.uncertain,
        (),
        False,
    )
    date.__class__ = EdtfDate
    return date


def _parse_general(text: str) -> EdtfDate:
    shown = quoted(text)
    stripped = text.strip()
    if not stripped:
        raise DateError(QT_TRANSLATE_NOOP("Loader", "%1 is empty"), shown)
    # Words get the general message; a character that only looks right (or cannot be seen) is named.
    # (Checking the whole string first spares the search, the dearest step of a plain date.)
    if not (stripped.isascii() and stripped.isprintable()):
        odd = next((c for c in stripped if not (c.isascii() and c.isprintable()) and c not in _DASHES), None)
        if odd is not None:
            raise _foreign_character(shown, odd)
    # A stray character in what starts like a date is named; words ("April 2024") get the
    # general message with the forms expected.
    stray = _STRAY_CHARACTER_RE.search(stripped)
    if stray is not None and (stray.start() or stray.group() in _LEADING_CAPITALS):
        raise _stray_character(shown, stray.group(), stray.start() + 1 + text.index(stripped))
    if stripped[0] in _SET_CLOSERS:
        return _parse_set(shown, stripped)
    if "/" not in stripped:
        point, canonical = _parse_point(shown, stripped)
        return _new_single(canonical, point)

    ends = stripped.split("/")
    if len(ends) != 2:
        raise _not_edtf(shown)
    # Spaces around the slash are harmless (the edtf package skips them too).
    first, last = (end.strip() for end in ends)
    lower, lower_text = _parse_end(shown, first)
    upper, upper_text = _parse_end(shown, last)
    if lower is None and upper is None:
        raise DateError(
            QT_TRANSLATE_NOOP("Loader", "%1 is not a valid interval: at least one end must be a date"), shown
        )
    return _range(shown, f"{lower_text}/{upper_text}", lower, upper, first == "..", last == "..")


def _range(
    shown: str, text: str, lower: DatePoint | None, upper: DatePoint | None, open_start: bool, open_end: bool
) -> EdtfDate:
    """An interval (or a set's range ``a..b``) from its ends; ``text`` is its canonical spelling."""
    lower_text, _, upper_text = text.replace(_RANGE, "/").partition("/")
    # An end with X digits (1800/1X01) need only be able to come after the start.
    if (
        lower is not None
        and upper is not None
        and (upper.end <= lower.start if "X" in text else upper.start < lower.start)
    ):
        message = QT_TRANSLATE_NOOP("Loader", "%1: the interval ends before it starts (%2 begins before %3)")
        raise DateError(message, shown, upper_text, lower_text)
    points = [p for p in (lower, upper) if p is not None]
    date: EdtfDate = _MutableEdtfDate(
        text,
        lower,
        upper,
        True,
        open_start,
        open_end,
        lower is None and not open_start,
        upper is None and not open_end,
        lower.start if lower is not None else float("-inf"),
        upper.end if upper is not None else float("inf"),
        max(p.precision for p in points),
        any(p.approximate for p in points),
        any(p.uncertain for p in points),
        (),
        False,
    )
    date.__class__ = EdtfDate
    return date


def _parse_end(shown: str, end: str) -> tuple[DatePoint | None, str]:
    """One end of an interval: ``..`` (open), empty (unknown) or a date."""
    if end in ("", _RANGE):
        return None, end
    return _parse_point(shown, end)


def _parse_set(shown: str, text: str) -> EdtfDate:
    """``[a,b,c..d]`` (one of the dates) or ``{a,b}`` (all of them); ``..a`` first or ``a..`` last
    stand for the dates before or after ``a``."""
    opener = text[0]
    closer = _SET_CLOSERS[opener]
    if text[-1] != closer:
        message = QT_TRANSLATE_NOOP(
            "Loader", "%1 is not a valid set: it opens with %2, so it must end with %3"
        )
        raise DateError(message, shown, repr(opener), repr(closer))
    items = [item.strip() for item in text[1:-1].split(",")]
    if items == [""]:
        raise DateError(QT_TRANSLATE_NOOP("Loader", "%1 is an empty set: list at least one date"), shown)
    members = []
    for position, item in enumerate(items):
        if not item:
            raise DateError(
                QT_TRANSLATE_NOOP("Loader", "%1 is not a valid set: member %2 is empty"), shown, position + 1
            )
        earlier, later = item.startswith(_RANGE), item.endswith(_RANGE) and len(item) > len(_RANGE)
        if earlier and position:
            message = QT_TRANSLATE_NOOP(
                "Loader", "%1: only the first member can start with '..' (its date or an earlier one)"
            )
            raise DateError(message, shown)
        if later and position < len(items) - 1:
            message = QT_TRANSLATE_NOOP(
                "Loader", "%1: only the last member can end with '..' (its date or a later one)"
            )
            raise DateError(message, shown)
        if earlier or later:
            point, canonical = _parse_point(shown, item.strip("."))
            if earlier:
                members.append(_range(shown, f"..{canonical}", None, point, True, False))
            else:
                members.append(_range(shown, f"{canonical}..", point, None, False, True))
        elif _RANGE in item:
            first, _, last = item.partition(_RANGE)
            low, low_text = _parse_point(shown, first.strip())
            high, high_text = _parse_point(shown, last.strip())
            members.append(_range(shown, f"{low_text}..{high_text}", low, high, False, False))
        else:
            point, canonical = _parse_point(shown, item)
            members.append(_new_single(canonical, point))
    lowers = [m.lower for m in members if m.lower is not None]
    uppers = [m.upper for m in members if m.upper is not None]
    lower = None if members[0].open_start else min(lowers, key=_start_of)
    upper = None if members[-1].open_end else max(uppers, key=_end_of)
    points = [p for m in members for p in (m.lower, m.upper) if p is not None]
    return EdtfDate(
        text=opener + ",".join(m.text for m in members) + closer,
        lower=lower,
        upper=upper,
        is_interval=False,
        open_start=members[0].open_start,
        open_end=members[-1].open_end,
        unknown_start=False,
        unknown_end=False,
        start=min(m.start for m in members),
        end=max(m.end for m in members),
        precision=max(p.precision for p in points),
        approximate=any(p.approximate for p in points),
        uncertain=any(p.uncertain for p in points),
        members=tuple(members),
        all_members=opener == "{",
    )


def _start_of(point: DatePoint) -> float:
    return point.start


def _end_of(point: DatePoint) -> float:
    return point.end


def _not_edtf(shown: str) -> DateError:
    if any(dash in shown for dash in _DASHES):
        return DateError(
            QT_TRANSLATE_NOOP("Loader", "%1 is not an EDTF date: write intervals with '/', as in 2010/2017"),
            shown,
        )
    return DateError(_NOT_EDTF, shown)


def _foreign_character(shown: str, character: str) -> DateError:
    """A date holding a character no EDTF date has, named: a lookalike of '-' a word processor typed,
    an invisible one."""
    name = unicodedata.name(character, "")
    code = f"U+{ord(character):04X}" + (f" {name}" if name else "")
    meant = _LOOKALIKES.get(character)
    if meant:
        message = QT_TRANSLATE_NOOP(
            "Loader", "%1 is not an EDTF date: it holds %2 (%3), not part of a date; type %4 instead"
        )
        return DateError(message, shown, repr(character), code, repr(meant))
    message = QT_TRANSLATE_NOOP("Loader", "%1 is not an EDTF date: it holds %2 (%3), not part of a date")
    return DateError(message, shown, repr(character), code)


def _stray_character(shown: str, character: str, position: int) -> DateError:
    """A date holding a character EDTF has no use for, named with its place and, if it is a
    lower-case letter EDTF writes in capitals, the one meant."""
    meant = _CAPITALS.get(character)
    if meant:
        message = QT_TRANSLATE_NOOP(
            "Loader", "%1 is not an EDTF date: %2 (character %3) has no place in a date; write %4"
        )
        return DateError(message, shown, repr(character), position, repr(meant))
    message = QT_TRANSLATE_NOOP("Loader", "%1 is not an EDTF date: %2 (character %3) has no place in a date")
    return DateError(message, shown, repr(character), position)


def _invalid(shown: str, reason: str, *args: str | int | Translatable) -> DateError:
    """``shown`` is no date, for a ``reason`` marked in the "Loader" context (with its arguments)."""
    return DateError(
        QT_TRANSLATE_NOOP("Loader", "%1 is not a valid date: %2"), shown, Phrase("Loader", reason, args)
    )


def _parse_point(shown: str, body: str) -> tuple[DatePoint, str]:
    """Parse one date of an EDTF string (``shown`` quotes it for messages) and its canonical spelling."""
    approximate = uncertain = False
    qualifier = ""
    if body and body[-1] in _QUALIFIERS:
        qualifier = body[-1]
        approximate, uncertain = _QUALIFIERS[qualifier]
        body = body[:-1]
        if body and body[-1] in _QUALIFIERS:
            message = QT_TRANSLATE_NOOP(
                "Loader", "%1 has more than one qualifier: use % for uncertain and approximate"
            )
            raise DateError(message, shown)
    if body.startswith("Y"):
        return _parse_long_year(shown, body, approximate, uncertain), body + qualifier

    match = _POINT_RE.fullmatch(body)
    if match is None:
        if short := _SHORT_YEAR_RE.fullmatch(body):
            return _short_year(shown, short, approximate, uncertain), body + qualifier
        if significant := _SIGNIFICANT_YEAR_RE.fullmatch(body):
            sign, digits, count = significant.groups()
            point = _significant_year(shown, sign, digits, int(sign + digits), count, approximate, uncertain)
            return point, body + qualifier
        raise _not_edtf(shown)
    point = _parse_calendar_date(shown, match, approximate, uncertain, qualifier, body)
    canonical = body
    if point.subyear is not None and match["part"][0] in "HhQq":
        canonical = f"{body[: match.start('part')]}{point.subyear}{body[match.end('part') :]}"
    return point, canonical + qualifier


def _part_qualifiers(shown: str, match: re.Match[str], qualifier: str) -> tuple[int, int, int] | None:
    """Bits of the qualifiers written inside a date, by part; None when there are none."""
    q_year, g_year, q_part, g_part, q_day = match.group("q_year", "g_year", "q_part", "g_part", "q_day")
    if not (q_year or g_year or q_part or g_part or q_day):
        return None
    if match["hour"] is not None:
        raise _invalid(
            shown, QT_TRANSLATE_NOOP("Loader", "a date-time takes one qualifier, after the whole of it")
        )
    bits = _QUALIFIER_BITS
    whole = bits[qualifier]
    year = bits[q_year] | bits[g_year] | bits[g_part or ""] | whole
    part = bits[q_part or ""] | bits[g_part or ""] | whole
    day = bits[q_day or ""] | whole
    return year, part, day


def _parse_calendar_date(
    shown: str, match: re.Match[str], approximate: bool, uncertain: bool, qualifier: str, body: str
) -> DatePoint:
    """Check and convert the parts of a date that matched _POINT_RE (``body``, without its qualifier)."""
    sign, year_text, part, day_text = match.group("sign", "year", "part", "day")
    parts = None
    # Plain dates skip the qualifier groups: looking them up costs more than the check.
    if "~" in body or "?" in body or "%" in body:
        parts = _part_qualifiers(shown, match, qualifier)
        if parts is not None:
            approximate = any(bits & APPROXIMATE for bits in parts)
            uncertain = any(bits & UNCERTAIN for bits in parts)
    if sign and year_text == "0000":
        raise _invalid(shown, QT_TRANSLATE_NOOP("Loader", "there is no year -0000 (write 0000 for 1 BCE)"))
    if "X" in body:
        if match["hour"] is not None:
            raise _invalid(shown, QT_TRANSLATE_NOOP("Loader", "a time needs a complete date"))
        # The level-1 forms keep their plain shape: 201X, 2004-XX, 2004-XX-XX, 2004-04-XX.
        if parts is None and part is None and _UNSPECIFIED_YEAR_RE.fullmatch(year_text):
            return _unspecified_year(sign, year_text, approximate, uncertain)
        if parts is None and "X" not in year_text and part == "XX" and day_text in (None, "XX"):
            year = int(sign + year_text)
            return _years(year, year, Precision.YEAR, approximate, uncertain)
        if parts is not None or "X" in f"{year_text}{part}" or day_text != "XX":
            return _unspecified_date(shown, match, approximate, uncertain, parts)
    year = int(sign + year_text)
    if part is None:
        return _years(year, year, Precision.YEAR, approximate, uncertain, parts)

    code = _subyear_code(shown, part, day_text)
    if code is not None:
        return _subyear(year, code, approximate, uncertain, parts)
    month = int(part)
    if not 1 <= month <= MONTHS:
        raise _invalid(shown, _NO_MONTH, month)

    if day_text is None or day_text == "XX":
        next_year, next_month = add_months(year, month, 1)
        start, end = _seconds(year, month, 1), _seconds(next_year, next_month, 1)
        return _new_point(
            start,
            end,
            Precision.MONTH,
            approximate,
            uncertain,
            year,
            month,
            None,
            None,
            None,
            part_qualifiers=parts,
        )
    day = int(day_text)
    length = days_in_month(year, month)
    if day == 0:
        raise _invalid(shown, QT_TRANSLATE_NOOP("Loader", "day 0 does not exist"))
    if day > length:
        raise _invalid(
            shown, QT_TRANSLATE_NOOP("Loader", "%1 %2 has %3 days"), MonthName(month), Year(year), length
        )
    midnight = _seconds(year, month, day)
    if match["hour"] is None:
        end = midnight + _DAY_SECONDS
        return _new_point(
            midnight,
            end,
            Precision.DAY,
            approximate,
            uncertain,
            year,
            month,
            day,
            None,
            None,
            part_qualifiers=parts,
        )
    return _time_point(
        shown,
        match,
        midnight=midnight,
        approximate=approximate,
        uncertain=uncertain,
        year=year,
        month=month,
        day=day,
    )


def _subyear_code(shown: str, part: str, day_text: str | None) -> int | None:
    """The sub-year code a date's second part names (aliases such as H2 included), or None for a month."""
    if part[0] in "HhQq":
        code = SUBYEAR_ALIASES.get(part.upper())
        if code is None:
            raise _invalid(
                shown, QT_TRANSLATE_NOOP("Loader", "%1 does not exist (use H1, H2 or Q1 to Q4)"), part
            )
    elif "X" in part or int(part) not in SUBYEARS:
        return None
    else:
        code = int(part)
    if day_text is not None:
        raise _not_edtf(shown)
    return code


def _years(
    first: int,
    last: int,
    precision: Precision,
    approximate: bool,
    uncertain: bool,
    parts: tuple[int, int, int] | None = None,
) -> DatePoint:
    """The whole years ``first`` to ``last``."""
    start, end = year_start(first), year_start(last + 1)
    return _new_point(
        start, end, precision, approximate, uncertain, first, None, None, None, None, part_qualifiers=parts
    )


def _seconds(year: int, month: int, day: int) -> float:
    return float(days_from_civil(year, month, day) * SECONDS_PER_DAY)


def _time_point(
    shown: str,
    match: re.Match[str],
    *,
    midnight: float,
    approximate: bool,
    uncertain: bool,
    year: int,
    month: int,
    day: int,
) -> DatePoint:
    hour, minute = int(match["hour"]), int(match["minute"])
    second = None if match["second"] is None else int(match["second"])
    fraction = match["fraction"] or ""
    if hour == END_OF_DAY_HOUR:
        if minute or second or fraction.strip("0"):
            raise _invalid(
                shown, QT_TRANSLATE_NOOP("Loader", "hour 24 is only allowed as 24:00:00, the end of the day")
            )
    elif hour > MAX_HOUR:
        raise _invalid(shown, QT_TRANSLATE_NOOP("Loader", "hour %1 does not exist"), hour)
    if minute > MAX_MINUTE:
        raise _invalid(shown, QT_TRANSLATE_NOOP("Loader", "minute %1 does not exist"), minute)
    if second is not None and second > MAX_SECOND:
        raise _invalid(
            shown,
            QT_TRANSLATE_NOOP("Loader", "second %1 does not exist (leap seconds are not supported)"),
            second,
        )

    offset: int | None = None
    if match["zone"] == "Z":
        offset = 0
    elif match["zone"] is not None:
        zone_minutes = 0 if match["zminute"] is None else int(match["zminute"])
        if zone_minutes > MAX_MINUTE:
            raise _invalid(
                shown,
                QT_TRANSLATE_NOOP("Loader", "minute %1 of the time zone offset does not exist"),
                zone_minutes,
            )
        offset = int(match["zhour"]) * 60 + zone_minutes
        if offset > MAX_UTC_OFFSET_MINUTES:
            message = QT_TRANSLATE_NOOP("Loader", "time zone offset %1 is out of range (at most ±14:00)")
            raise _invalid(shown, message, match["zone"])
        if match["zsign"] == "-":
            if not offset:
                # ISO 8601 writes a zero offset with '+'; RFC 3339 gives -00:00 another meaning.
                message = QT_TRANSLATE_NOOP(
                    "Loader", "time zone offset %1 does not exist (write Z or +00:00 for UTC)"
                )
                raise _invalid(shown, message, match["zone"])
            offset = -offset

    local = midnight + hour * SECONDS_PER_HOUR + minute * SECONDS_PER_MINUTE + (second or 0)
    if fraction:
        local += float(f"0.{fraction}")
    start = local - (offset or 0) * SECONDS_PER_MINUTE
    if second is None:
        precision, length = Precision.MINUTE, float(SECONDS_PER_MINUTE)
    else:
        # A fraction narrows the second, to milliseconds at most: a float holds them at year 9999.
        precision, length = Precision.SECOND, 10.0 ** -min(len(fraction), MAX_FRACTION_DIGITS)
    return _new_point(
        start,
        start + length,
        precision,
        approximate,
        uncertain,
        year,
        month,
        day,
        None,
        TimeOfDay(hour, minute, second, offset, fraction),
    )


def _parse_long_year(shown: str, body: str, approximate: bool, uncertain: bool) -> DatePoint:
    match = _LONG_YEAR_RE.fullmatch(body)
    if match is None:
        raise _not_edtf(shown)
    sign, digits, exponent, significant = match.groups()
    if digits[0] == "0":
        raise _invalid(shown, QT_TRANSLATE_NOOP("Loader", "a Y year must not start with 0"))
    if exponent is None:
        if len(digits) < MIN_LONG_YEAR_DIGITS:
            raise _invalid(
                shown,
                QT_TRANSLATE_NOOP("Loader", "a Y year needs more than 4 digits (write %1 instead)"),
                f"{sign}{digits:0>4}",
            )
        written = digits
    else:
        if exponent[0] == "0":
            raise _invalid(shown, QT_TRANSLATE_NOOP("Loader", "the exponent after E must not start with 0"))
        # Check the length first: int() and 10**n take long on thousands of digits.
        if len(exponent) > len(str(MAX_YEAR_DIGITS)) or len(digits) + int(exponent) > MAX_YEAR_DIGITS:
            raise _invalid(shown, _TOO_FAR, Number(MAX_ABS_YEAR))
        written = digits + "0" * int(exponent)
    if len(written) > MAX_YEAR_DIGITS or int(written) > MAX_ABS_YEAR:
        raise _invalid(shown, _TOO_FAR, Number(MAX_ABS_YEAR))
    year = int(sign + written)
    if significant is not None:
        return _significant_year(shown, sign, written, year, significant, approximate, uncertain)
    return _years(year, year, Precision.YEAR, approximate, uncertain)


def _significant_year(
    shown: str, sign: str, digits: str, year: int, count: str, approximate: bool, uncertain: bool
) -> DatePoint:
    """1950S2: some year from 1900 to 1999, estimated to be 1950 (the digits after the first two vary)."""
    significant = int(count)
    if not significant:
        raise _invalid(
            shown, QT_TRANSLATE_NOOP("Loader", "S0 leaves no significant digit (write S1 or more)")
        )
    # More significant digits than the year has make it exact, as the edtf package reads them.
    unit = 10 ** max(len(digits) - significant, 0)
    low = abs(year) // unit * unit
    first, last = (-(low + unit - 1), -low) if sign else (low, low + unit - 1)
    precision = next((p for size, p in _SPAN_PRECISIONS if unit <= size), Precision.MILLENNIUM)
    start, end = year_start(first), year_start(last + 1)
    return _new_point(
        start,
        end,
        precision,
        approximate,
        uncertain,
        first,
        None,
        None,
        None,
        None,
        estimate=year,
        last_year=last,
    )


def _short_year(shown: str, match: re.Match[str], approximate: bool, uncertain: bool) -> DatePoint:
    """19 is the century 1900-1999 and 193 the decade 1930-1939, read as 19XX and 193X."""
    sign, digits = match.groups()
    if sign and not digits.strip("0"):
        raise _invalid(
            shown,
            QT_TRANSLATE_NOOP("Loader", "there is no year -%1 (write %1 for the years from 0 on)"),
            digits,
        )
    return _unspecified_year(sign, digits.ljust(FAST_YEAR_DIGITS, "X"), approximate, uncertain)


def _unspecified_year(sign: str, year_text: str, approximate: bool, uncertain: bool) -> DatePoint:
    """201X is 2010-2019; -201X is -2019 to -2010 (as the edtf package reads it)."""
    low, high = int(year_text.replace("X", "0")), int(year_text.replace("X", "9"))
    first, last = (-high, -low) if sign else (low, high)
    return _years(first, last, _UNSPECIFIED_YEAR_PRECISION[year_text.count("X")], approximate, uncertain)


def _matching(pattern: str, *, descending: bool) -> Iterator[int]:
    """The numbers a run of digits and X can stand for (X is any digit), in order."""
    digits: list[tuple[int, ...]] = [tuple(range(10)) if c == "X" else (int(c),) for c in pattern]
    if descending:
        digits = [choices[::-1] for choices in digits]
    for combination in itertools.product(*digits):
        yield int("".join(map(str, combination)))


def _unspecified_date(
    shown: str, match: re.Match[str], approximate: bool, uncertain: bool, parts: tuple[int, int, int] | None
) -> DatePoint:
    """A date with X digits anywhere (level 2): it runs from the earliest date it can be to the latest."""
    sign, year_text, part, day_text = match.group("sign", "year", "part", "day")
    written = f"{sign}{year_text}" + (f"-{part}" if part else "") + (f"-{day_text}" if day_text else "")

    def years(latest: bool) -> Iterator[int]:
        # A negative year runs the other way; there is no year -0000.
        values = _matching(year_text, descending=latest != bool(sign))
        return (-value for value in values if value) if sign else values

    code = None if part is None else _subyear_code(shown, part, day_text)
    if part is None or code is not None:
        first, last = next(years(False), None), next(years(True), None)
        if first is None or last is None:
            raise _invalid(
                shown, QT_TRANSLATE_NOOP("Loader", "there is no year -0000 (write 0000 for 1 BCE)")
            )
        if code is None:
            point = _years(first, last, _span_precision(first, last), approximate, uncertain, parts)
        else:
            grouping = SUBYEARS[code]
            end_year, end_month = add_months(last, grouping.last_month, 1)
            start, end = _seconds(first, grouping.first_month, 1), _seconds(end_year, end_month, 1)
            precision = max(_span_precision(first, last), Precision.SUBYEAR)
            point = _new_point(
                start,
                end,
                precision,
                approximate,
                uncertain,
                first,
                None,
                None,
                code,
                None,
                part_qualifiers=parts,
            )
        # Kept as the code, as the date's text is: 000X-H1 is 000X-40.
        canonical = written if code is None else f"{sign}{year_text}-{code}"
        return dataclasses.replace(point, unspecified=canonical, last_year=last)

    months = [m for m in _matching(part, descending=False) if 1 <= m <= MONTHS]
    if not months:
        if "X" in part:
            raise _invalid(shown, QT_TRANSLATE_NOOP("Loader", "no month matches %1"), part)
        raise _invalid(shown, _NO_MONTH, int(part))
    days = (
        None if day_text is None else [d for d in _matching(day_text, descending=False) if 1 <= d <= MAX_DAY]
    )
    if days == []:
        if "X" in str(day_text):
            raise _invalid(shown, QT_TRANSLATE_NOOP("Loader", "no day matches %1"), str(day_text))
        raise _invalid(shown, QT_TRANSLATE_NOOP("Loader", "day 0 does not exist"))

    def dates(latest: bool) -> Iterator[tuple[int, int, int]]:
        for year in years(latest):
            for month in reversed(months) if latest else months:
                if days is None:
                    yield year, month, days_in_month(year, month) if latest else 1
                    continue
                for day in reversed(days) if latest else days:
                    if day <= days_in_month(year, month):
                        yield year, month, day

    earliest, latest = next(dates(False), None), next(dates(True), None)
    if earliest is None or latest is None:
        reason, args = _no_date_reason(months, days or [], year_text)
        raise _invalid(shown, reason, *args)
    if earliest[0] != latest[0]:
        precision = _span_precision(earliest[0], latest[0])
    elif earliest[1] != latest[1]:
        precision = Precision.YEAR
    elif earliest[2] != latest[2]:
        precision = Precision.MONTH
    else:
        precision = Precision.DAY
    return _new_point(
        _seconds(*earliest),
        _seconds(*latest) + _DAY_SECONDS,
        precision,
        approximate,
        uncertain,
        earliest[0],
        None if "X" in part else months[0],
        None if day_text is None or "X" in day_text else int(day_text),
        None,
        None,
        unspecified=written if "X" in written else None,
        last_year=latest[0] if "X" in written else None,
        part_qualifiers=parts,
    )


def _no_date_reason(
    months: list[int], days: list[int], year_text: str
) -> tuple[str, tuple[str | Translatable, ...]]:
    """Why no calendar date fits a pattern whose months and days each exist (30 February, 1X-31):
    a reason marked in the "Loader" context, and its argument."""
    if any(day <= days_in_month(LEAP_YEAR_EXAMPLE, month) for month in months for day in days):
        return QT_TRANSLATE_NOOP("Loader", "no year matching %1 has a 29 February"), (year_text,)
    month_words = either([MonthName(m) for m in months])
    return QT_TRANSLATE_NOOP("Loader", "%1 has no day %2"), (month_words, either([str(day) for day in days]))


def _span_precision(first: int, last: int) -> Precision:
    """The precision of a date known to lie somewhere in the years ``first`` to ``last``."""
    width = last - first + 1
    return next((p for size, p in _SPAN_PRECISIONS if width <= size), Precision.MILLENNIUM)


def _subyear(
    year: int, code: int, approximate: bool, uncertain: bool, parts: tuple[int, int, int] | None = None
) -> DatePoint:
    grouping = SUBYEARS[code]
    end_year, end_month = add_months(year, grouping.last_month, 1)
    return _new_point(
        _seconds(year, grouping.first_month, 1),
        _seconds(end_year, end_month, 1),
        Precision.SUBYEAR,
        approximate,
        uncertain,
        year,
        None,
        None,
        code,
        None,
        part_qualifiers=parts,
    )


# ---------------------------------------------------------------------------------------------
# Formatting for people
# ---------------------------------------------------------------------------------------------

INTERVAL_DASH: Final = " \u2013 "  # spaced en dash
# Years before this are counted back ("66 million years ago") rather than named as BCE years.
FIRST_BCE_YEAR: Final = -9999
LAST_PLAIN_YEAR: Final = 9999
# Counts of years ago by their size, each a template that may write the count in the English unit
# ({count} millions) or in the language's own words for big numbers ({years}: "6,600万").
_YEARS_AGO: Final = (
    (10**9, QT_TRANSLATE_NOOP("Dates", "{count} billion years ago")),
    (10**6, QT_TRANSLATE_NOOP("Dates", "{count} million years ago")),
    (10**3, QT_TRANSLATE_NOOP("Dates", "{count} thousand years ago")),
)
SIGNIFICANT_DIGITS: Final = 3
_SPAN_YEARS: Final = {Precision.DECADE: 10, Precision.CENTURY: 100, Precision.MILLENNIUM: 1000}
# "the 20th century": {ordinal} is English's "20th", {number} the bare number a language may use.
_SPAN_NOUNS: Final = {
    Precision.CENTURY: QT_TRANSLATE_NOOP("Dates", "the {ordinal} century"),
    Precision.MILLENNIUM: QT_TRANSLATE_NOOP("Dates", "the {ordinal} millennium"),
}


def format_year(year: int) -> str:
    """Name an astronomical year for people: "2024", "500 BCE", "year 170,000,002", "66 million years ago".

    Years before -9999 are given as a count of years ago with three significant digits. The
    count is simply ``-year``, the years before year 0, not before 1950 ("BP") or today: a
    fixed reading that does not change with the clock. The offset of about two thousand years
    vanishes in the rounding from about a million years ago on; between ten thousand and a
    million years ago it shows (Y-12000 reads "12 thousand years ago", some 14 thousand years
    before today), which is accepted for these rough numbers.
    """
    if year < FIRST_BCE_YEAR:
        return _years_ago(-year)
    if year <= 0:
        bce = 1 - year  # year 0 is 1 BCE
        return before_common_era(whole_number(bce) if bce > LAST_PLAIN_YEAR else str(bce))
    if year <= LAST_PLAIN_YEAR:
        return str(year)
    return translate("Dates", "year {year}").format(year=whole_number(year))


def _years_ago(count: int) -> str:
    """10_000 -> "10 thousand years ago", 66_040_000 -> "66 million years ago", 13_800_000_000 ->
    "13.8 billion years ago": three significant digits."""
    unit = 10 ** max(len(str(count)) - SIGNIFICANT_DIGITS, 0)
    rounded = (count + unit // 2) // unit * unit  # half up, unlike round()
    for size, template in _YEARS_AGO:
        if rounded >= size:
            value = (Decimal(rounded) / size).normalize()
            number = (
                whole_number(int(value)) if value == value.to_integral() else decimal_number(float(value))
            )
            return translated("Dates", template).format(count=number, years=large_count(rounded))
    return translate("Dates", "{count} years ago").format(
        count=whole_number(rounded), years=large_count(rounded)
    )


_ORDINAL_SUFFIXES: Final = {1: "st", 2: "nd", 3: "rd"}


def _ordinal(number: int) -> str:
    """1 -> "1st", 2 -> "2nd", 11 -> "11th", 21 -> "21st"."""
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{_ORDINAL_SUFFIXES.get(number % 10, 'th')}"


def _format_span(point: DatePoint) -> str:
    """201X -> "the 2010s", 19XX -> "the 20th century", 1XXX -> "the 2nd millennium"."""
    return _span_words(point.year, point.precision)


def _span_words(first: int, precision: Precision) -> str:
    span = _SPAN_YEARS[precision]
    if first > 0:
        if precision == Precision.DECADE:
            return translate("Dates", "the {decade}s").format(decade=first)
        number = first // span + 1
        return translated("Dates", _SPAN_NOUNS[precision]).format(ordinal=_ordinal(number), number=number)
    # Spans touching or before year 0 do not line up with BCE centuries: give the years.
    return f"{format_year(first)}{INTERVAL_DASH}{format_year(first + span - 1)}"


def _format_time(time: TimeOfDay) -> str:
    clock = f"{time.hour:02}:{time.minute:02}"
    if time.second is not None:
        clock += f":{time.second:02}"
        if time.fraction:
            clock += f".{time.fraction}"
    if not time.utc_offset:
        return f"{clock} UTC"
    sign = "+" if time.utc_offset > 0 else "-"
    hours, minutes = divmod(abs(time.utc_offset), 60)
    return f"{clock} UTC{sign}{hours:02}:{minutes:02}"


def _or_list(words: list[str]) -> str:
    """["a"] -> "a", ["a", "b", "c"] -> "a, b or c"."""
    if len(words) == 1:
        return words[0]
    return translate("Dates", "{first} or {last}").format(first=", ".join(words[:-1]), last=words[-1])


def _number_words(values: list[int]) -> str:
    """Consecutive numbers as a range (10 to 19 with an en dash), others listed ("1, 11, 21 or 31")."""
    if len(values) > 2 and values[-1] - values[0] == len(values) - 1:
        return f"{values[0]}\u2013{values[-1]}"
    return _or_list([str(value) for value in values])


def _unspecified_year_words(sign: str, year_text: str) -> str:
    if year_text == "XXXX":
        return translate("Dates", "an unknown year BCE") if sign else translate("Dates", "an unknown year")
    if _UNSPECIFIED_YEAR_RE.fullmatch(year_text):
        point = _unspecified_year(sign, year_text, approximate=False, uncertain=False)
        return translate("Dates", "some year in {span}").format(span=_span_words(point.year, point.precision))
    return translate("Dates", "a year matching {pattern}").format(pattern=f"{sign}{year_text}")


def _format_unspecified(written: str) -> str:
    """156X-12-25 -> "some year in the 1560s, 25 December"; 2004-XX-25 -> "the 25th of some month in 2004"."""
    sign = "-" if written.startswith("-") else ""
    year_text, *rest = written.removeprefix("-").split("-")
    part, day = [*rest, None, None][:2]
    known_year = "X" not in year_text
    year_words = (
        format_year(int(sign + year_text)) if known_year else _unspecified_year_words(sign, year_text)
    )
    if part is None:
        return year_words
    if "X" not in part and int(part) in SUBYEARS:
        wording = translated("Dates", SUBYEARS[int(part)].wording)
        if known_year:
            return wording.format(year=year_words)
        return _then(year_words, wording.format(year=translate("Dates", "that year")))
    numbers = [m for m in _matching(part, descending=False) if 1 <= m <= MONTHS]
    month_words = _or_list([month_name(m) for m in numbers])
    fields: dict[str, object] = {"month": month_words, "months": month_words, "month_number": numbers[0]}
    case = _unspecified_case(part, day, len(numbers))
    if day not in (None, "XX"):
        days = [d for d in _matching(day, descending=False) if 1 <= d <= MAX_DAY]
        fields.update(days=_number_words(days), ordinal=_ordinal(days[0]), number=days[0])
    if case in ("a month", "months") and not known_year:
        return _then(year_words, str(fields["month"]))
    if case == "a month":
        return month_year(numbers[0], year_words)
    if not known_year:
        return _then(year_words, translated("Dates", _UNSPECIFIED_WITHOUT_YEAR[case]).format(**fields))
    return translated("Dates", _UNSPECIFIED_WITH_YEAR[case]).format(year=year_words, **fields)


def _unspecified_case(part: str, day: str | None, month_count: int) -> str:
    """Which words a date with unspecified digits takes (a key of _UNSPECIFIED_WITH_YEAR)."""
    if day is None:
        return "some month" if part == "XX" else "a month" if month_count == 1 else "months"
    if day == "XX":
        return "some day" if part == "XX" else "some day in months"
    if month_count == 1:
        return "days of a month"
    if part == "XX":
        return "the day of some month" if day.isdigit() else "days of some month"
    return "the day of months" if day.isdigit() else "days of months"


def _then(year_words: str, words: str) -> str:
    """An unknown year, then what is known within it: "some year in the 1560s, 25 December"."""
    return translate("Dates", "{year}, {rest}").format(year=year_words, rest=words)


# Dates with unspecified digits, by case: where the year goes ({year}), the month or months
# ({month}, or {month_number} when there is one), the days ({days}: "30 or 31", "10 to 19"), one
# day ({ordinal}: "25th", or {number}).
_UNSPECIFIED_WITH_YEAR: Final = {
    "some month": QT_TRANSLATE_NOOP("Dates", "some month in {year}"),
    "months": QT_TRANSLATE_NOOP("Dates", "{months} {year}"),
    "some day": QT_TRANSLATE_NOOP("Dates", "some day {year}"),
    "some day in months": QT_TRANSLATE_NOOP("Dates", "some day in {month} {year}"),
    "days of a month": QT_TRANSLATE_NOOP("Dates", "{days} {month} {year}"),
    "the day of some month": QT_TRANSLATE_NOOP("Dates", "the {ordinal} of some month in {year}"),
    "days of some month": QT_TRANSLATE_NOOP("Dates", "day {days} of some month in {year}"),
    "the day of months": QT_TRANSLATE_NOOP("Dates", "the {ordinal} of {month} in {year}"),
    "days of months": QT_TRANSLATE_NOOP("Dates", "day {days} of {month} in {year}"),
}
# The same when the year is unknown (it is said before them).
_UNSPECIFIED_WITHOUT_YEAR: Final = {
    "some month": QT_TRANSLATE_NOOP("Dates", "some month"),
    "some day": QT_TRANSLATE_NOOP("Dates", "some day"),
    "some day in months": QT_TRANSLATE_NOOP("Dates", "some day in {month}"),
    "days of a month": QT_TRANSLATE_NOOP("Dates", "{days} {month}"),
    "the day of some month": QT_TRANSLATE_NOOP("Dates", "the {ordinal} of some month"),
    "days of some month": QT_TRANSLATE_NOOP("Dates", "day {days} of some month"),
    "the day of months": QT_TRANSLATE_NOOP("Dates", "the {ordinal} of {month}"),
    "days of months": QT_TRANSLATE_NOOP("Dates", "day {days} of {month}"),
}


_QUALITY_WORDS: Final = {
    APPROXIMATE: QT_TRANSLATE_NOOP("Dates", "{parts} approximate"),
    UNCERTAIN: QT_TRANSLATE_NOOP("Dates", "{parts} uncertain"),
    APPROXIMATE | UNCERTAIN: QT_TRANSLATE_NOOP("Dates", "{parts} uncertain and approximate"),
}
_PART_NAMES: Final = (
    QT_TRANSLATE_NOOP("Dates", "year"),
    QT_TRANSLATE_NOOP("Dates", "month"),
    QT_TRANSLATE_NOOP("Dates", "day"),
)
_PART_OF_THE_YEAR: Final = QT_TRANSLATE_NOOP("Dates", "part of the year")


def _format_part_qualifiers(parts: tuple[int, int, int], subyear: int | None) -> str:
    """(2, 0, 1) -> "year uncertain, day approximate"; parts with the same qualifier go together."""
    names = list(_PART_NAMES)
    if subyear is not None:
        names[1] = _PART_OF_THE_YEAR
    groups: dict[int, list[str]] = {}
    for name, bits in zip(names, parts, strict=True):
        if bits:
            groups.setdefault(bits, []).append(translated("Dates", name))
    return ", ".join(
        translated("Dates", _QUALITY_WORDS[bits]).format(parts=_and_list(group))
        for bits, group in groups.items()
    )


def _and_list(words: list[str]) -> str:
    """["a"] -> "a", ["a", "b"] -> "a and b", ["a", "b", "c"] -> "a and b and c"."""
    joined = words[0]
    for word in words[1:]:
        joined = translate("Dates", "{first} and {last}").format(first=joined, last=word)
    return joined


def format_point(point: DatePoint) -> str:
    """One date for people, never more precise than it is: "April 2023", "about 2030"."""
    precision = point.precision
    year = format_year(point.year)
    if point.unspecified is not None:
        words = _format_unspecified(point.unspecified)
    elif point.estimate is not None:
        last = point.year if point.last_year is None else point.last_year
        template = translate("Dates", "a year between {first} and {last}, estimated {estimate}")
        words = template.format(first=year, last=format_year(last), estimate=format_year(point.estimate))
    elif precision in _SPAN_YEARS:
        words = _format_span(point)
    elif precision == Precision.YEAR:
        words = year
    elif point.subyear is not None:
        words = translated("Dates", SUBYEARS[point.subyear].wording).format(year=year)
    elif point.month is None:
        words = year
    elif point.day is None:
        words = month_year(point.month, year)
    else:
        words = day_month_year(point.day, point.month, year)
        if point.time is not None:
            words += f", {_format_time(point.time)}"
    if point.part_qualifiers is not None:
        qualifiers = _format_part_qualifiers(point.part_qualifiers, point.subyear)
        return translate("Dates", "{date} ({qualifiers})").format(date=words, qualifiers=qualifiers)
    if point.approximate:
        words = translate("Dates", "about {date}").format(date=words)
    if point.uncertain:
        words = translate("Dates", "{date} (uncertain)").format(date=words)
    return words


def _format_member(member: EdtfDate, all_members: bool) -> str:
    """One member of a set: a date, a range (1670 to 1672 with an en dash), or "1984 or earlier"."""
    lower, upper = member.lower, member.upper
    if lower is not None and upper is not None and member.is_interval:
        first, last = format_point(lower), format_point(upper)
        dash = INTERVAL_DASH if " " in first + last else "\u2013"
        return f"{first}{dash}{last}"
    if lower is None and upper is not None:
        if all_members:
            return translate("Dates", "{date} and earlier").format(date=format_point(upper))
        return translate("Dates", "{date} or earlier").format(date=format_point(upper))
    if lower is not None and upper is None:
        if all_members:
            return translate("Dates", "{date} and later").format(date=format_point(lower))
        return translate("Dates", "{date} or later").format(date=format_point(lower))
    assert lower is not None  # a single date
    return format_point(lower)


def _unknown() -> str:
    """The word for an end of an interval that is not known."""
    return translate("Dates", "unknown")


def format_date(date: EdtfDate) -> str:
    """A date or interval for people: ends joined by a spaced en dash, "from 2026 onwards", "until 2030".

    A set lists its members, ranges with an en dash: "one of 1667, 1668", "all of 1960, December 1961".
    """
    lower, upper = date.lower, date.upper
    if date.members:
        members = ", ".join(_format_member(member, date.all_members) for member in date.members)
        if len(date.members) == 1 and not date.all_members:
            return members
        if date.all_members:
            return translate("Dates", "all of {dates}").format(dates=members)
        return translate("Dates", "one of {dates}").format(dates=members)
    if not date.is_interval and lower is not None:
        return format_point(lower)
    if lower is None:
        if upper is None:  # not produced by parse_edtf, but the type allows it
            return _unknown()
        return (
            translate("Dates", "until {date}").format(date=format_point(upper))
            if date.open_start
            else f"{_unknown()}{INTERVAL_DASH}{format_point(upper)}"
        )
    if upper is None:
        return (
            translate("Dates", "from {date} onwards").format(date=format_point(lower))
            if date.open_end
            else f"{format_point(lower)}{INTERVAL_DASH}{_unknown()}"
        )
    return f"{format_point(lower)}{INTERVAL_DASH}{format_point(upper)}"
