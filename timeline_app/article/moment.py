"""A calendar date at the precision a text states it (a year, a month or a day), with its arithmetic."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_EDTF = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, order=True, slots=True)
class Moment:
    """A year, a month of a year or a day: what "April 2024" or "last October 26" says, no finer."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> Moment:
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a publication date); ValueError otherwise."""
        match = _EDTF.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: {text!r}")
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None
        moment = cls(year, month, day)
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"no month {month} in {text!r}")
        if day is not None and month is not None:
            try:
                dt.date(year, month, day)
            except ValueError:
                raise ValueError(f"no such day: {text!r}") from None
        return moment

    @classmethod
    def of(cls, day: dt.date) -> Moment:
        return cls(day.year, day.month, day.day)

    @property
    def edtf(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def date(self) -> dt.date | None:
        """The day, when this is one."""
        return dt.date(self.year, self.month, self.day) if self.month and self.day else None

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def plus_days(self, days: int) -> Moment:
        """A day ``days`` later; a month or year stays itself (it cannot say which day)."""
        day = self.date
        return Moment.of(day + dt.timedelta(days=days)) if day else self

    def plus_months(self, months: int) -> Moment:
        """The month ``months`` later, at month precision (a year moves by whole years only)."""
        if self.month is None:
            return Moment(self.year + months // 12) if months % 12 == 0 else self
        index = self.year * 12 + self.month - 1 + months
        return Moment(index // 12, index % 12 + 1)


def latest_not_after(month: int, day: int | None, reference: Moment) -> Moment:
    """The latest ``month`` (and ``day``) not after ``reference``: "on April 14" in an April 2024
    article. A reference month without a day counts as the whole month."""
    year = reference.year
    if reference.month is not None and (month, day or 0) > (reference.month, reference.day or 99):
        year -= 1
    return _valid(year, month, day, step=-1)


def earliest_not_before(month: int, day: int | None, reference: Moment) -> Moment:
    """The earliest ``month`` (and ``day``) not before ``reference``: "on May 3" when the text
    says it is still to come."""
    year = reference.year
    if reference.month is not None and (month, day or 99) < (reference.month, reference.day or 0):
        year += 1
    return _valid(year, month, day, step=1)


def latest_before_month(month: int, day: int | None, reference: Moment) -> Moment:
    """ "Last April" (or "last October 26"): the latest such date in a month before the
    reference's, so that "last April" in April 2024 is April 2023."""
    year = reference.year
    if reference.month is None or month >= reference.month:
        year -= 1
    return _valid(year, month, day, step=-1)


def _valid(year: int, month: int, day: int | None, step: int) -> Moment:
    """February 29 moves to the nearest leap year in the direction asked."""
    if day is None:
        return Moment(year, month)
    while day > calendar.monthrange(year, month)[1]:
        year += step
    return Moment(year, month, day)
