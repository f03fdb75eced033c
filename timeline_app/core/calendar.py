"""Proleptic Gregorian calendar arithmetic on plain integers, valid for any year.

Time on the axis is float seconds from 1970-01-01T00:00:00 UTC. ``datetime`` only
covers years 1..9999, so conversions here use Howard Hinnant's civil-date
algorithms, which are exact for arbitrarily large (and negative) years because
Python integers do not overflow. Year numbering is astronomical: year 0 is
1 BCE, year -1 is 2 BCE (the same as EDTF and ISO 8601).
"""

from __future__ import annotations

from typing import NamedTuple

SECONDS_PER_MINUTE = 60
SECONDS_PER_HOUR = 3600
SECONDS_PER_DAY = 86_400
DAYS_PER_400_YEARS = 146_097
# Mean Gregorian year, used for deep-time spans where exact calendars do not matter.
SECONDS_PER_YEAR = DAYS_PER_400_YEARS * SECONDS_PER_DAY / 400

_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


class CivilTime(NamedTuple):
    """A broken-down instant: calendar date plus time of day (UTC)."""

    year: int
    month: int
    day: int
    hour: int = 0
    minute: int = 0
    second: float = 0.0


def is_leap_year(year: int) -> bool:
    """True when ``year`` (astronomical numbering) has a 29 February."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """Number of days in ``month`` (1-12) of ``year``."""
    if month == 2:
        return 29 if is_leap_year(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def day_of_year(year: int, month: int, day: int) -> int:
    """1-based ordinal day within the year."""
    leap = 1 if month > 2 and is_leap_year(year) else 0
    return _DAYS_BEFORE_MONTH[month - 1] + day + leap


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days from 1970-01-01 to the given date (negative before it)."""
    y = year - (1 if month <= 2 else 0)
    era = y // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * DAYS_PER_400_YEARS + doe - 719_468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """Inverse of :func:`days_from_civil`: (year, month, day)."""
    z = days + 719_468
    era = z // DAYS_PER_400_YEARS
    doe = z - era * DAYS_PER_400_YEARS
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146_096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (1 if month <= 2 else 0), month, day


def seconds_from_civil(
    year: int, month: int = 1, day: int = 1, hour: int = 0, minute: int = 0, second: float = 0
) -> float:
    """Seconds from the epoch to the given UTC civil time."""
    days = days_from_civil(year, month, day)
    return float(days * SECONDS_PER_DAY + hour * SECONDS_PER_HOUR + minute * SECONDS_PER_MINUTE) + second


def civil_from_seconds(t: float) -> CivilTime:
    """Break an instant into calendar date and time of day (UTC)."""
    days, rest = divmod(t, SECONDS_PER_DAY)
    year, month, day = civil_from_days(int(days))
    hour, rest = divmod(rest, SECONDS_PER_HOUR)
    minute, second = divmod(rest, SECONDS_PER_MINUTE)
    return CivilTime(year, month, day, int(hour), int(minute), second)


def year_start(year: int) -> float:
    """Seconds at 1 January 00:00 of ``year``."""
    return seconds_from_civil(year, 1, 1)


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    """(year, month) ``count`` months after the given one; count may be negative."""
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1
