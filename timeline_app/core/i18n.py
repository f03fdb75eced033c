"""Words and numbers for people in the user's language: a marker for tables, and a hook the GUI fills.

The pure layers stay free of Qt and speak English by default (files, the command line, tests).
The GUI installs its translator and locale here once (``use_wording``), so that the core's
text for people (dates in the detail panel, tick labels, the detail panel's headings) comes
out in the chosen language. ``translate`` and ``QT_TRANSLATE_NOOP`` are the names Qt's
``lupdate`` extracts from Python, so every string passed to them lands in the ``.ts`` files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

_PLACEHOLDER = re.compile(r"%([1-9])")
ENGLISH_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it (for tables)."""
    del context
    return text


def _english_number(value: int) -> str:
    return f"{value:,}"


def _english_decimal(value: float) -> str:
    return f"{value:,}"


ENGLISH_WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # Monday first
# Words for big amounts ("£15 billion"), largest first: (the scale, a template for the number).
ENGLISH_SCALES = ((1e12, "%1 trillion"), (1e9, "%1 billion"), (1e6, "%1 million"))


@dataclass(frozen=True, slots=True)
class Wording:
    """How text for people is written: a translator, month names and whole numbers."""

    translate: Callable[[str, str], str] = lambda _context, text: text
    month_names: tuple[str, ...] = ENGLISH_MONTH_NAMES
    short_month_names: tuple[str, ...] = tuple(name[:3] for name in ENGLISH_MONTH_NAMES)
    short_weekday_names: tuple[str, ...] = ENGLISH_WEEKDAY_ABBR
    number: Callable[[int], str] = _english_number  # whole numbers with the locale's grouping
    decimal: Callable[[float], str] = _english_decimal  # a fraction with the locale's point
    scales: tuple[tuple[float, str], ...] = ENGLISH_SCALES


ENGLISH = Wording()
_current = ENGLISH


def use_wording(wording: Wording) -> None:
    """From now on write for people as ``wording`` says (the GUI calls this once, at start)."""
    global _current  # noqa: PLW0603 (one process, one language: the hook is the point)
    _current = wording


def wording() -> Wording:
    """How text for people is written now (English unless the GUI chose otherwise)."""
    return _current


def translate(context: str, text: str) -> str:
    """``text`` (a literal, so that lupdate finds it) in the chosen language."""
    return _current.translate(context, text)


def translated(context: str, text: str) -> str:
    """``text``, marked elsewhere with QT_TRANSLATE_NOOP(``context``, ...), in the chosen language."""
    return _current.translate(context, text)


def month_name(month: int) -> str:
    """The name of ``month`` (1 to 12) in the chosen language."""
    return _current.month_names[month - 1]


def month_year(month: int, year: str, *, short: bool = False) -> str:
    """'April 2023' / 'Apr 2023' (``year`` already written for people), in the language's order."""
    names = _current.short_month_names if short else _current.month_names
    template = translate("Dates", "{month} {year}")
    return template.format(month=names[month - 1], month_number=month, year=year)


def day_month_year(
    day: int, month: int, year: str, *, short: bool = False, weekday: int | None = None
) -> str:
    """'26 April 2023', 'Wed 26 Apr 2023' (``weekday`` 0 is Monday), in the language's order."""
    names = _current.short_month_names if short else _current.month_names
    fields = {"day": day, "month": names[month - 1], "month_number": month, "year": year}
    if weekday is None:
        return translate("Dates", "{day} {month} {year}").format(**fields)
    weekday_name = _current.short_weekday_names[weekday]
    return translate("Dates", "{weekday} {day} {month} {year}").format(weekday=weekday_name, **fields)


def day_month(day: int, month: int) -> str:
    """'26 Apr': a day of a month with the month's short name, in the language's order."""
    template = translate("Dates", "{day} {month}")
    return template.format(day=day, month=_current.short_month_names[month - 1], month_number=month)


def before_common_era(year: str) -> str:
    """'500 BCE' for the year written ``year``."""
    return translate("Dates", "{year} BCE").format(year=year)


def whole_number(value: int) -> str:
    """A whole number with the chosen language's digit grouping: 12,345 / 12.345."""
    return _current.number(value)


def large_count(count: int) -> str:
    """A big count in the chosen language's words for big numbers, to three significant digits:
    66,040,000 is "66 Mio." in German, "6,600万" in Chinese ("66 million" in English); below the
    smallest of them, grouped digits."""
    for scale, template in _current.scales:
        if count >= scale:
            value = float(f"{count / scale:.3g}")
            return fill(template, whole_number(int(value)) if value.is_integer() else decimal_number(value))
    return whole_number(count)


def decimal_number(value: float) -> str:
    """A number with a fraction, grouped and pointed as the chosen language writes it."""
    return _current.decimal(value)


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2 … replaced by ``values`` in one pass, as Qt's QString.arg does
    (a value's own "%2" stays as it is); a placeholder without a value stays too."""

    def value(match: re.Match[str]) -> str:
        position = int(match.group(1))
        return str(values[position - 1]) if position <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


class Translatable(Protocol):
    """An argument of a Phrase written for people where shown: English by ``str``."""

    def translated(self) -> str:
        """The argument in the chosen language."""
        ...


@dataclass(frozen=True, slots=True)
class MonthName:
    """A month (1 to 12) in a Phrase, named in the language the phrase is shown in."""

    month: int

    def __str__(self) -> str:
        return ENGLISH_MONTH_NAMES[self.month - 1]

    def translated(self) -> str:
        """The month's name in the chosen language."""
        return month_name(self.month)


@dataclass(frozen=True, slots=True)
class Number:
    """A whole number in a Phrase: grouped the English way by ``str``, the chosen language's way
    by ``translated``."""

    value: int

    def __str__(self) -> str:
        return _english_number(self.value)

    def translated(self) -> str:
        """The number as the chosen language groups its digits."""
        return whole_number(self.value)


class Phrase(NamedTuple):  # (a tuple: made in bulk on error paths, a dataclass cost 1 µs more)
    """Text for people kept as a template marked with QT_TRANSLATE_NOOP(``context``, ...) and its
    %1, %2 … arguments, so that it can be made where nothing is translated (a loader child, the
    command line) and shown in the window's language: ``str`` gives English, ``translated`` the
    chosen language. Arguments that are Phrases or Numbers are written the same way; text
    arguments (quoted file content, a library's own words) are never translated."""

    context: str
    template: str
    args: tuple[str | int | Translatable, ...] = ()

    def __str__(self) -> str:
        return fill(self.template, *self.args)

    def translated(self) -> str:
        """The phrase in the chosen language (English unless the GUI chose otherwise)."""
        args = [arg if isinstance(arg, str | int) else arg.translated() for arg in self.args]
        return fill(_current.translate(self.context, self.template), *args)


class PhraseError(ValueError):
    """A ValueError whose words are a Phrase: ``str`` is English, ``phrase`` translates where shown
    (a pydantic validator's, say, which the loader words by it)."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__()
        self.phrase = phrase  # written out only when read: a file may hold a million bad dates

    def __str__(self) -> str:
        return str(self.phrase)

    def __reduce__(self) -> tuple[type[PhraseError], tuple[Phrase]]:
        return (type(self), (self.phrase,))


def in_a_row(texts: Sequence[str]) -> str:
    """Texts one after another in one line ("a; b; c"), joined as the user's language joins
    them (Chinese with a full-width semicolon)."""
    if not texts:
        return ""
    row = texts[0]
    for text in texts[1:]:
        row = fill(translate("Messages", "%1; %2"), row, text)
    return row


def either(choices: Sequence[str | Translatable]) -> str | Translatable:
    """ "a or b or c" as a Phrase whose "or" translates (one choice: itself)."""
    phrase = choices[0]
    for choice in choices[1:]:
        phrase = Phrase("Loader", QT_TRANSLATE_NOOP("Loader", "%1 or %2"), (phrase, choice))
    return phrase
