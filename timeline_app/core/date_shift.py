"""EDTF text for an instant at a precision, and dates moved by whole units of their own precision.

Dragging a month event moves it by whole months and a year event by years: the date keeps
what it says (its precision, its qualifiers, an interval's open end) and only its place on
the calendar changes. A date whose text this module cannot write back exactly (a form it
does not know) is not moved at all rather than rewritten.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Literal

from timeline_app.core.calendar import (
    SECONDS_PER_DAY,
    SECONDS_PER_MINUTE,
    SECONDS_PER_YEAR,
    add_months,
    civil_from_seconds,
    days_from_civil,
    days_in_month,
)
from timeline_app.core.dates import DateError, DatePoint, EdtfDate, Precision, TimeOfDay, parse_edtf

End = Literal["both", "start", "end"]
# Mean month, to turn a drag distance into a number of months.
SECONDS_PER_MONTH = SECONDS_PER_YEAR / 12
# The precisions a drag can move by, and the length of one step in seconds.
_STEP_SECONDS: dict[Precision, float] = {
    Precision.SECOND: 1.0,
    Precision.MINUTE: float(SECONDS_PER_MINUTE),
    Precision.DAY: float(SECONDS_PER_DAY),
    Precision.MONTH: SECONDS_PER_MONTH,
    Precision.SUBYEAR: SECONDS_PER_YEAR,  # a season or quarter moves by years, keeping its code
    Precision.YEAR: SECONDS_PER_YEAR,
}
_EDTF_PRECISIONS = (Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.MINUTE, Precision.SECOND)


def edtf_at(t: float, precision: Precision) -> str:
    """The EDTF date of instant ``t`` (seconds, UTC) written to ``precision`` (coarser than a
    year is written as a year; a season as its month)."""
    civil = civil_from_seconds(t)
    if precision >= Precision.SUBYEAR:
        return _year_text(civil.year)
    if precision == Precision.MONTH:
        return f"{_year_text(civil.year)}-{civil.month:02d}"
    day = f"{_year_text(civil.year)}-{civil.month:02d}-{civil.day:02d}"
    if precision == Precision.DAY:
        return day
    if precision == Precision.MINUTE:
        return f"{day}T{civil.hour:02d}:{civil.minute:02d}"
    return f"{day}T{civil.hour:02d}:{civil.minute:02d}:{int(civil.second):02d}"


def shifted(date: EdtfDate, seconds: float, end: End = "both") -> EdtfDate | None:
    """``date`` moved by about ``seconds`` in whole units of each end's own precision (one
    end only, for a resize; an open or unknown end stays as it is), or None when it does not
    move: less than half a unit, a form this module does not write, an interval whose start
    would pass its end, a year beyond EDTF's four digits."""
    if not math.isfinite(seconds):
        return None
    if not date.is_interval:
        if date.lower is None or end != "both":
            return None
        text = _moved_point_text(date.lower, seconds, date.text)
        return None if text == date.text else _parsed(text)
    ends = date.text.split("/", 1)
    for number, (point, which) in enumerate(((date.lower, "start"), (date.upper, "end"))):
        if end not in ("both", which):
            continue
        if point is None:
            if end != "both":
                return None
            continue
        moved = _moved_point_text(point, seconds, ends[number])
        if moved is None:
            return None
        ends[number] = moved
    text = "/".join(ends)
    moved_date = None if text == date.text else _parsed(text)
    if moved_date is None or moved_date.start > moved_date.end:
        return None
    return moved_date


def _parsed(text: str | None) -> EdtfDate | None:
    if not text:
        return None
    try:
        return parse_edtf(text)
    except DateError:
        return None


def _moved_point_text(point: DatePoint, seconds: float, written: str) -> str | None:
    """The text of ``point`` moved by about ``seconds`` in whole units of its precision; None
    unless its text as the file has it (``written``) is what this module would write for it.
    Less than half a unit leaves it as written."""
    step = _STEP_SECONDS.get(point.precision)
    if step is None or point_text(point) != written:
        return None
    steps = round(seconds / step)
    if steps == 0:
        return written
    moved = _moved(point, steps)
    return None if moved is None else point_text(moved)


def _moved(point: DatePoint, steps: int) -> DatePoint | None:
    precision = point.precision
    year, month, day, time = point.year, point.month, point.day, point.time
    if precision in (Precision.YEAR, Precision.SUBYEAR):
        year += steps
    elif precision == Precision.MONTH and month is not None:
        year, month = add_months(year, month, steps)
    elif precision == Precision.DAY and month is not None and day is not None:
        year, month, day = _days_later(year, month, day, steps)
    elif month is not None and day is not None and time is not None:
        unit = SECONDS_PER_MINUTE if precision == Precision.MINUTE else 1
        seconds = time.hour * 3600 + time.minute * 60 + (time.second or 0) + steps * unit
        days, seconds = divmod(seconds, SECONDS_PER_DAY)
        year, month, day = _days_later(year, month, day, days)
        hour, rest = divmod(seconds, 3600)
        minute, second = divmod(rest, 60)
        time = TimeOfDay(hour, minute, None if time.second is None else second, time.utc_offset)
    else:
        return None
    if not -9999 <= year <= 9999:
        return None
    return replace(point, year=year, month=month, day=day, time=time)


def _days_later(year: int, month: int, day: int, days: int) -> tuple[int, int, int]:
    civil = civil_from_seconds((days_from_civil(year, month, day) + days) * SECONDS_PER_DAY)
    return civil.year, civil.month, civil.day


def point_text(point: DatePoint) -> str | None:
    """The EDTF text of one date, qualifiers last; None for forms written otherwise
    (unspecified digits, years beyond four digits)."""
    if point.precision not in (*_EDTF_PRECISIONS, Precision.SUBYEAR) or not -9999 <= point.year <= 9999:
        return None
    text = _year_text(point.year)
    if point.precision == Precision.SUBYEAR:
        if point.subyear is None:
            return None
        text += f"-{point.subyear:02d}"
    elif point.month is not None:
        if not 1 <= point.month <= 12:
            return None
        text += f"-{point.month:02d}"
        if point.day is not None:
            if not 1 <= point.day <= days_in_month(point.year, point.month):
                return None
            text += f"-{point.day:02d}"
            if point.time is not None:
                text += _time_text(point.time)
    qualifier = {(True, True): "%", (True, False): "~", (False, True): "?"}.get(
        (point.approximate, point.uncertain), ""
    )
    return text + qualifier


def _time_text(time: TimeOfDay) -> str:
    text = f"T{time.hour:02d}:{time.minute:02d}"
    if time.second is not None:
        text += f":{time.second:02d}"
    if time.utc_offset is None:
        return text
    if time.utc_offset == 0:
        return text + "Z"
    sign = "+" if time.utc_offset > 0 else "-"
    hours, minutes = divmod(abs(time.utc_offset), 60)
    return f"{text}{sign}{hours:02d}:{minutes:02d}"


def _year_text(year: int) -> str:
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"
