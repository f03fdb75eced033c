"""Ticks and labels for the two-row time axis, from seconds to billions of years."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import Protocol

from timeline_app.core.calendar import (
    SECONDS_PER_DAY,
    SECONDS_PER_HOUR,
    SECONDS_PER_MINUTE,
    SECONDS_PER_YEAR,
    civil_from_days,
    civil_from_seconds,
    days_from_civil,
    seconds_from_civil,
    year_start,
)
from timeline_app.core.i18n import (
    before_common_era,
    day_month,
    day_month_year,
    decimal_number,
    large_count,
    month_year,
    translate,
    whole_number,
    wording,
)

__all__ = [
    "DEFAULT_CHAR_WIDTH_PX",
    "LEVEL_NAMES",
    "MAX_ABS_SECONDS",
    "PRESENT_YEAR",
    "AxisTicks",
    "Tick",
    "compute_ticks",
    "default_text_width",
]

# Rough advance of one character in the axis font; the Qt canvas passes real font metrics.
DEFAULT_CHAR_WIDTH_PX = 7.0

# "Present" of deep-time labels ("66 Mya"): 1950, the "present" of BP dates in
# radiocarbon dating and geology. Deep levels start at a million years, where the
# choice of present year is far below a pixel.
PRESENT_YEAR = 1950

# Nothing is ticked beyond a hundred billion years either way (seven times the age of
# the universe). It keeps every instant and every year number a modest float or int.
MAX_ABS_SECONDS = 1e11 * SECONDS_PER_YEAR

# Ticks closer than one pixel cannot be told apart, whatever min_gap_px says; this
# bounds the work when a caller passes min_gap_px=0.
_MIN_TICK_GAP_PX = 1.0

# A scan starts one grid step before the window; rounding can add one or two more.
_LEADING_SLACK = 8

# Thinning (keeping only every 2nd, 5th, 10th... tick) gives up after this many decades
# of strides; by then a stride of 10**20 steps spans far more than MAX_ABS_SECONDS.
_MAX_THINNING_DECADES = 20

# Four-digit years read best without a separator ("1500 BCE"), longer ones with it.
_GROUP_DIGITS_FROM = 10_000

# Below AD 1 the grid counts BCE years, so the era start (AD 1) is a tick of its own
# for steps of 5 years and more; with 1- and 2-year steps it would crowd AD 2.
_ERA_TICK_MIN_STEP = 5

_MILLION = 10**6
_BILLION = 10**9
_TENTH_OF_BILLION = 10**8  # Gya labels carry one decimal ("13.8 Gya")
_MONTHS_PER_YEAR = 12
_MONTHS_PER_QUARTER = 3
_MONTHS_PER_HALF = 6
_DAYS_PER_WEEK = 7
# The longest month, leap year: upper bounds on grid gaps for tick-count estimates.
_MAX_DAYS_PER_MONTH = 31
_MAX_DAYS_PER_YEAR = 366
# 1970-01-01 was a Thursday, so day 4 since the epoch is the first Monday.
_FIRST_MONDAY = days_from_civil(1970, 1, 5)
_WEEKDAY_OF_EPOCH = 3  # Monday = 0


def default_text_width(text: str) -> float:
    """Estimated pixel width of ``text``: a fixed advance per character."""
    return len(text) * DEFAULT_CHAR_WIDTH_PX


@dataclass(frozen=True, slots=True)
class Tick:
    """One tick of the axis."""

    t: float  # instant, seconds since epoch
    label: str  # may be "" for an unlabelled tick


@dataclass(frozen=True, slots=True)
class AxisTicks:
    """The two rows of the axis.

    ``minor`` holds fine ticks with short labels, all within the visible range.
    ``major`` holds the context row; its first tick may lie before the range start:
    it is the start of the period already under way at the left edge (included only
    when no major tick sits exactly on the left edge), so the canvas can pin its
    label there. ``major`` is empty above the coarsest level ("10 Gyr").
    """

    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]
    minor_level: str  # name of the level used, e.g. "month" ("10 Gyr x5": every 5th tick)
    major_level: str  # "" when there is no major row


_EMPTY = AxisTicks((), (), "", "")

# -- Grids: aligned tick instants, enumerated by integer index ---------------------------
#
# A grid numbers its ticks with consecutive integers so that any tick can be reached by
# arithmetic (no stepping across millions of months) and so that thinning to every n-th
# tick keeps the same ticks while panning. ``at`` also returns an exact integer key
# (whole seconds, month number or year) for the label: the float instant can be off by
# tens of seconds at billions of years, which would put a label in the wrong year.


class _Grid(Protocol):
    @property
    def max_gap(self) -> float:
        """Upper bound on the seconds between neighbouring ticks, for count estimates."""
        ...

    def first_index(self, t: float) -> int:
        """Index of the first tick at or after ``t``, give or take one."""
        ...

    def at(self, index: int) -> tuple[float, int] | None:
        """(instant, label key) of tick ``index``, or None where the grid has a hole."""
        ...


@dataclass(frozen=True, slots=True)
class _FixedGrid:
    """Every ``step`` seconds from ``offset``; the key is the instant in whole seconds."""

    step: int
    offset: int = 0

    @property
    def max_gap(self) -> float:
        return float(self.step)

    def first_index(self, t: float) -> int:
        return math.ceil((t - self.offset) / self.step)

    def at(self, index: int) -> tuple[float, int]:
        seconds = index * self.step + self.offset
        return float(seconds), seconds


@dataclass(frozen=True, slots=True)
class _MonthGrid:
    """The 1st of every ``months``-th month from January; the key is year * 12 + month - 1."""

    months: int

    @property
    def max_gap(self) -> float:
        return float(self.months * _MAX_DAYS_PER_MONTH * SECONDS_PER_DAY)

    def first_index(self, t: float) -> int:
        civil = civil_from_seconds(t)
        month_number = civil.year * _MONTHS_PER_YEAR + civil.month - 1
        return -(-month_number // self.months)

    def at(self, index: int) -> tuple[float, int]:
        month_number = index * self.months
        year, month0 = divmod(month_number, _MONTHS_PER_YEAR)
        return seconds_from_civil(year, month0 + 1), month_number


@dataclass(frozen=True, slots=True)
class _EraYearGrid:
    """1 January of years whose BCE or AD number is a multiple of ``years``.

    Historians count 100 BCE, 1, 100, so BCE ticks sit at astronomical year
    1 - k * years; AD 1 joins them for steps of 5 years and more. Index k > 0 is
    AD k * years, k < 0 is BCE -k * years, k = 0 is AD 1. The key is the year.
    """

    years: int

    @property
    def max_gap(self) -> float:
        # +1: with 1- and 2-year steps, 2 BCE to AD 2 is one year more than the step.
        return float((self.years + 1) * _MAX_DAYS_PER_YEAR * SECONDS_PER_DAY)

    def first_index(self, t: float) -> int:
        year = civil_from_seconds(t).year
        if year >= 1:
            return -(-year // self.years)
        return -(-(year - 1) // self.years)

    def at(self, index: int) -> tuple[float, int] | None:
        if index > 0:
            year = index * self.years
        elif index < 0:
            year = index * self.years + 1
        elif self.years >= _ERA_TICK_MIN_STEP:
            year = 1
        else:
            return None
        return year_start(year), year


@dataclass(frozen=True, slots=True)
class _DeepGrid:
    """1 January of PRESENT_YEAR + k * ``years``: round numbers of years before present."""

    years: int

    @property
    def max_gap(self) -> float:
        return float(self.years * _MAX_DAYS_PER_YEAR * SECONDS_PER_DAY)

    def first_index(self, t: float) -> int:
        return -((PRESENT_YEAR - civil_from_seconds(t).year) // self.years)

    def at(self, index: int) -> tuple[float, int]:
        year = PRESENT_YEAR + index * self.years
        return year_start(year), year


# -- Labels ------------------------------------------------------------------------------

_Format = Callable[[int], str]


def _group(number: int) -> str:
    return whole_number(number) if number >= _GROUP_DIGITS_FROM else str(number)


def _year_label(year: int) -> str:
    """'2024', '500 BCE' (astronomical -499), '10,000 BCE'."""
    if year >= 1:
        return _group(year)
    return before_common_era(_group(1 - year))


def _deep_label(year: int, step: int) -> str:
    """'66 Mya', '13.8 Gya', 'present', 'in 5 Gyr' for a year on a ``step``-year grid.

    A language may write the count in its own words for big numbers ({years}: "66 Mio.", "6,600万")
    rather than in the English unit ({count} millions or billions)."""
    before_present = PRESENT_YEAR - year
    if before_present == 0:
        return translate("Ticks", "present")
    magnitude = abs(before_present)
    # Gya only where the grid is coarse enough for one decimal to be exact; finer grids
    # stay in Mya throughout so a row never mixes "999 Mya" with "1.001 Gya".
    if step >= _TENTH_OF_BILLION and magnitude >= _BILLION:
        whole, tenth = divmod(magnitude // _TENTH_OF_BILLION, 10)
        count = decimal_number(whole + tenth / 10) if tenth else whole_number(whole)
        if before_present > 0:
            template = translate("Ticks", "{count} Gya")
        else:
            template = translate("Ticks", "in {count} Gyr")
    else:
        count = whole_number(magnitude // _MILLION)
        template = (
            translate("Ticks", "{count} Mya") if before_present > 0 else translate("Ticks", "in {count} Myr")
        )
    return template.format(count=count, years=large_count(magnitude))


def _clock_parts(seconds: int) -> tuple[int, int, int]:
    hour, rest = divmod(seconds % SECONDS_PER_DAY, SECONDS_PER_HOUR)
    minute, second = divmod(rest, SECONDS_PER_MINUTE)
    return hour, minute, second


def _hms(seconds: int) -> str:
    hour, minute, second = _clock_parts(seconds)
    return f"{hour:02d}:{minute:02d}:{second:02d}"


def _hm(seconds: int) -> str:
    hour, minute, _ = _clock_parts(seconds)
    return f"{hour:02d}:{minute:02d}"


def _date_parts(seconds: int) -> tuple[int, int, int, int]:
    """(year, month, day, weekday with Monday = 0) of an instant in whole seconds."""
    days = seconds // SECONDS_PER_DAY
    year, month, day = civil_from_days(days)
    return year, month, day, (days + _WEEKDAY_OF_EPOCH) % _DAYS_PER_WEEK


def _day_number(seconds: int) -> str:
    return str(_date_parts(seconds)[2])


def _day_month(seconds: int) -> str:
    _, month, day, _ = _date_parts(seconds)
    return day_month(day, month)


def _day_long(seconds: int) -> str:
    year, month, day, weekday = _date_parts(seconds)
    return day_month_year(day, month, _year_label(year), weekday=weekday)


def _day_medium(seconds: int) -> str:
    year, month, day, weekday = _date_parts(seconds)
    return day_month_year(day, month, _year_label(year), short=True, weekday=weekday)


def _day_short(seconds: int) -> str:
    year, month, day, _ = _date_parts(seconds)
    return day_month_year(day, month, _year_label(year), short=True)


def _month_abbr(month_number: int) -> str:
    return wording().short_month_names[month_number % _MONTHS_PER_YEAR]


def _month_long(month_number: int) -> str:
    year, month0 = divmod(month_number, _MONTHS_PER_YEAR)
    return month_year(month0 + 1, _year_label(year))


def _month_medium(month_number: int) -> str:
    year, month0 = divmod(month_number, _MONTHS_PER_YEAR)
    return month_year(month0 + 1, _year_label(year), short=True)


def _quarter(month_number: int) -> str:
    return f"Q{month_number % _MONTHS_PER_YEAR // _MONTHS_PER_QUARTER + 1}"


def _half(month_number: int) -> str:
    return f"H{month_number % _MONTHS_PER_YEAR // _MONTHS_PER_HALF + 1}"


def _with_year(period: _Format) -> _Format:
    def label(month_number: int) -> str:
        return f"{period(month_number)} {_year_label(month_number // _MONTHS_PER_YEAR)}"

    return label


# -- The level table ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Level:
    """One zoom level: how its ticks fall, how they read, and what row goes above."""

    name: str
    grid: _Grid
    minor_label: _Format
    major_labels: tuple[_Format, ...]  # for the context row, longest first
    context: str | None  # level of the major row above this one as minor


# A day label names the weekday and the year, so that an hour or a second is never
# shown without its date; shorter forms are tried when the long one does not fit.
_DAY_LABELS = (_day_long, _day_medium, _day_short)
_MONTH_LABELS = (_month_long, _month_medium)


def _clock_level(name: str, seconds: int, label: _Format) -> _Level:
    return _Level(name, _FixedGrid(seconds), label, (label,), "day")


def _year_level_name(years: int) -> str:
    if years >= _BILLION:
        return f"{years // _BILLION:,} Gyr"
    if years >= _MILLION:
        return f"{years // _MILLION:,} Myr"
    return "year" if years == 1 else f"{years:,} years"


_DEEP_LEVEL_MIN_YEARS = _MILLION  # from here on, years before present ("1 Mya")
_COARSEST_YEARS = 10**10
_YEAR_STEPS = (
    *(mantissa * 10**exponent for exponent in range(10) for mantissa in (1, 2, 5)),
    _COARSEST_YEARS,
)


def _year_context(years: int) -> str | None:
    # A tenfold coarser grid gives decades over years, centuries over decades and so
    # on, and its ticks are ticks of the finer grid (but where BCE years hand over to
    # years before 1950, a shift far below a pixel). Past the table, the coarsest level.
    if years * 10 in _YEAR_STEPS:
        return _year_level_name(years * 10)
    if years < _COARSEST_YEARS:
        return _year_level_name(_COARSEST_YEARS)
    return None


def _year_level(years: int) -> _Level:
    grid: _Grid
    label: _Format
    if years >= _DEEP_LEVEL_MIN_YEARS:
        grid, label = _DeepGrid(years), partial(_deep_label, step=years)
    else:
        grid, label = _EraYearGrid(years), _year_label
    return _Level(_year_level_name(years), grid, label, (label,), _year_context(years))


_MINUTE = SECONDS_PER_MINUTE
_HOUR = SECONDS_PER_HOUR

# Finest to coarsest. The steps of each unit divide the next unit, so that every level
# keeps its ticks on round clock times and dates.
_LEVELS: tuple[_Level, ...] = (
    _clock_level("second", 1, _hms),
    _clock_level("5 seconds", 5, _hms),
    _clock_level("15 seconds", 15, _hms),
    _clock_level("30 seconds", 30, _hms),
    _clock_level("minute", _MINUTE, _hm),
    _clock_level("5 minutes", 5 * _MINUTE, _hm),
    _clock_level("15 minutes", 15 * _MINUTE, _hm),
    _clock_level("30 minutes", 30 * _MINUTE, _hm),
    _clock_level("hour", _HOUR, _hm),
    _clock_level("3 hours", 3 * _HOUR, _hm),
    _clock_level("6 hours", 6 * _HOUR, _hm),
    _clock_level("12 hours", 12 * _HOUR, _hm),
    _Level("day", _FixedGrid(SECONDS_PER_DAY), _day_number, _DAY_LABELS, "month"),
    # ISO weeks start on Monday. The label names the month too ("15 Apr"): besides
    # telling weeks from days, its width keeps weeks from crowding a year-long view
    # that months label better.
    _Level(
        "week",
        _FixedGrid(_DAYS_PER_WEEK * SECONDS_PER_DAY, _FIRST_MONDAY * SECONDS_PER_DAY),
        _day_month,
        (_day_medium, _day_short),
        "month",
    ),
    _Level("month", _MonthGrid(1), _month_abbr, _MONTH_LABELS, "year"),
    _Level("quarter", _MonthGrid(_MONTHS_PER_QUARTER), _quarter, (_with_year(_quarter),), "year"),
    _Level("half-year", _MonthGrid(_MONTHS_PER_HALF), _half, (_with_year(_half),), "year"),
    *(_year_level(years) for years in _YEAR_STEPS),
)
_LEVELS_BY_NAME = {level.name: level for level in _LEVELS}

LEVEL_NAMES: tuple[str, ...] = tuple(level.name for level in _LEVELS)

# -- Fitting labels into the width -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Window:
    lo: float  # ticks are enumerated in [lo, hi]: the visible range clamped to MAX_ABS_SECONDS
    hi: float
    origin: float  # t_start, at x = 0
    px_per_second: float
    cap: int  # most ticks a row may hold inside [lo, hi]
    min_gap_px: float
    text_width: Callable[[str], float]


_Raw = tuple[float, int]  # (instant, label key)


def _scan(grid: _Grid, stride: int, window: _Window) -> tuple[_Raw | None, list[_Raw]] | None:
    """Every ``stride``-th tick of ``grid`` in the window, and the one just before it.

    Returns None, without enumerating them, when there would be more than
    ``window.cap`` ticks.
    """
    span = window.hi - window.lo
    if span / (grid.max_gap * stride) - 1 > window.cap:
        return None
    index = grid.first_index(window.lo) // stride * stride - stride
    before: _Raw | None = None
    ticks: list[_Raw] = []
    for _ in range(window.cap + _LEADING_SLACK):
        tick = grid.at(index)
        index += stride
        if tick is None:
            continue
        t = tick[0]
        if t > window.hi:
            break
        if t < window.lo:
            before = tick
        elif not ticks or t > ticks[-1][0]:  # at huge |t|, fine steps round together
            ticks.append(tick)
            if len(ticks) > window.cap:
                return None
    else:
        return None
    if before is None:
        before = _tick_before(grid, window.lo, stride)
    return before, ticks


def _tick_before(grid: _Grid, t: float, stride: int) -> _Raw | None:
    """The last ``stride``-th tick before ``t`` (a scan that started too late missed it)."""
    index = grid.first_index(t) // stride * stride
    for _ in range(_LEADING_SLACK):
        index -= stride
        tick = grid.at(index)
        if tick is not None and tick[0] < t:
            return tick
    return None


def _label(raw: list[_Raw], label: _Format, window: _Window) -> list[Tick] | None:
    """Labelled ticks, or None as soon as two neighbouring labels come too close.

    Neighbours must be ``max(w1, w2) + min_gap_px`` apart, so the labels clear each
    other whether the canvas centres them on their ticks or starts them there.
    """
    ticks: list[Tick] = []
    previous_x = previous_width = 0.0
    for t, key in raw:
        text = label(key)
        width = window.text_width(text)
        x = (t - window.origin) * window.px_per_second
        if ticks and x - previous_x < max(width, previous_width) + window.min_gap_px:
            return None
        ticks.append(Tick(t, text))
        previous_x, previous_width = x, width
    return ticks


def _strides(first: int = 1) -> Iterator[int]:
    """first, then the 1-2-5 sequence above it: 1, 2, 5, 10, 20, 50..."""
    yield first
    decade = 1
    for _ in range(_MAX_THINNING_DECADES):
        for mantissa in (1, 2, 5):
            if mantissa * decade > first:
                yield mantissa * decade
        decade *= 10


def _fit_minor(window: _Window) -> tuple[str, _Level | None, list[Tick]]:
    for level in _LEVELS:
        scanned = _scan(level.grid, 1, window)
        if scanned is not None and (ticks := _label(scanned[1], level.minor_label, window)) is not None:
            return level.name, level, ticks
    # Even the coarsest level crowds the width: keep only every n-th of its ticks.
    coarsest = _LEVELS[-1]
    for stride in _strides(2):
        scanned = _scan(coarsest.grid, stride, window)
        if scanned is not None and (ticks := _label(scanned[1], coarsest.minor_label, window)) is not None:
            return f"{coarsest.name} x{stride}", None, ticks
    return "", None, []


def _fit_major(level: _Level, window: _Window) -> list[Tick]:
    # Shorter label forms before thinning: a boundary without a label is less useful
    # than one with a shorter label.
    for stride in _strides():
        scanned = _scan(level.grid, stride, window)
        if scanned is None:
            continue
        before, raw = scanned
        for label in level.major_labels:
            ticks = _label(raw, label, window)
            if ticks is None:
                continue
            if before is not None and not (raw and raw[0][0] == window.lo):
                ticks.insert(0, Tick(before[0], label(before[1])))
            return ticks
    return []


def compute_ticks(
    t_start: float,
    t_end: float,
    width_px: float,
    text_width: Callable[[str], float] = default_text_width,
    min_gap_px: float = 12.0,
    *,
    major_text_width: Callable[[str], float] | None = None,
) -> AxisTicks:
    """Minor and major ticks for the range [t_start, t_end] drawn across ``width_px``.

    The minor row uses the finest level of the table whose labels, measured with
    ``text_width``, keep ``min_gap_px`` apart (``max(w1, w2) + min_gap_px`` between
    neighbouring ticks, so centred or left-aligned labels both clear). The major row
    uses that level's context level (day over hours, month over days, year over
    months, ten times the step over years), trying shorter label forms and then every
    2nd, 5th... tick until it fits. Ticks are sorted and, but for the major row's
    leading tick (see AxisTicks), lie within [t_start, t_end] and within
    +-MAX_ABS_SECONDS. Each row holds at most width_px / max(min_gap_px, 1) + 1 ticks
    inside the range. Degenerate input (non-finite, empty range, no width) gives no ticks.

    ``major_text_width`` measures major labels when they use another font (bold, say);
    it defaults to ``text_width``.
    """
    span = t_end - t_start
    if not (math.isfinite(span) and span > 0 and width_px > 0 and math.isfinite(width_px)):
        return _EMPTY
    if not math.isfinite(min_gap_px):
        return _EMPTY
    lo, hi = max(t_start, -MAX_ABS_SECONDS), min(t_end, MAX_ABS_SECONDS)
    if lo > hi:
        return _EMPTY
    window = _Window(
        lo=lo,
        hi=hi,
        origin=t_start,
        px_per_second=width_px / span,
        cap=int(width_px / max(min_gap_px, _MIN_TICK_GAP_PX)) + 1,
        min_gap_px=min_gap_px,
        text_width=text_width,
    )
    minor_name, minor_level, minor = _fit_minor(window)
    context = _LEVELS_BY_NAME[minor_level.context] if minor_level and minor_level.context else None
    major: list[Tick] = []
    if context is not None:
        major_window = replace(window, text_width=major_text_width or text_width)
        major = _fit_major(context, major_window)
    return AxisTicks(tuple(minor), tuple(major), minor_name, context.name if context else "")
