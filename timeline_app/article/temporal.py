"""Temporal expressions of news English found in a sentence and resolved to EDTF at the text's precision.

After HeidelTime's news rules: absolute dates stand alone; relative ones ("last April",
"on Wednesday", "next year") resolve against the publication date; anaphoric ones ("hours
later", "at the time", "the following year") against the time the story had reached. A
date is never finer than the words say: "last April" is a month, "by 2030" a year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Protocol

from timeline_app.article.moment import (
    Moment,
    earliest_not_before,
    latest_before_month,
    latest_not_after,
)

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), start=0
    )
} | {
    "a": 1,
    "an": 1,
    "a couple of": 2,
    "a few": 3,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a hundred": 100,
}
# EDTF level 2 sub-year codes (docs/dates.md): seasons by northern-hemisphere months, then
# quarters 33-36 and halves 40-41.
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))  # longest first, for regexes
_DAY = r"(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2})"
_NUMBER = r"(?P<count>\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
# A number after a year means it was not one ("1,500", "2023.5"), nor a unit after it ("2030 units").
_NOT_A_QUANTITY = (
    r"(?![,.]\d)(?!\s*(?:%|percent|per cent|units|vehicles|cars|people|employees|workers|jobs|"
    r"shares|tons|tonnes|km|miles|kilometres|kilometers|metres|meters|yuan|euros|dollars|pounds|"
    r"MW|GW|kWh|points|votes|seats|times|deaths|cases|fans|spectators)\b)"
)
_NOT_MONEY = r"(?<![$£€¥\d,.])(?<!US\$)"


@dataclass(frozen=True, slots=True)
class Expression:
    """One temporal expression: where it is in the sentence, its EDTF date and how it says it."""

    start: int
    end: int
    text: str
    edtf: str
    # "by", "as early as", "next", "since", ...: the words that make a date a target or a start.
    cue: str = ""
    # The expression points forward from its reference ("next year", "over the next five years").
    forward: bool = False
    # Resolved against the story's own time rather than the publication date ("hours later").
    anaphoric: bool = False
    # The expression's own last moment: what the story's time becomes after it.
    moment: Moment | None = None
    # "on the eve of X": the event X, a day later, that the sentence names in passing.
    eve_of: str = ""


@dataclass(frozen=True, slots=True)
class Context:
    """What resolves a relative expression: the publication date, the story's time so far, and
    whether the sentence speaks of the future."""

    published: Moment
    story: Moment | None = None
    future: bool = False
    # The sentence speaks of the past ("opened", "was"): a date without a year is the latest
    # such before publication. When it says neither, the nearest such date either way.
    past: bool = False
    # The sentence goes on with the story's last report ("The company also said ..."): a span
    # from now ("over the next five years") starts at the story's time, not at publication.
    continues: bool = False


Resolver = Callable[[re.Match[str], Context], "tuple[str, Moment | None, str] | None"]


def _month_day_year(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    moment = _checked(int(match["year"]), MONTHS[match["month"]], int(match["day"]))
    return (moment.edtf, moment, "") if moment else None


def _iso_day(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    moment = _checked(int(match["year"]), int(match["m"]), int(match["d"]))
    return (moment.edtf, moment, "") if moment else None


def _month_year(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    moment = Moment(int(match["year"]), MONTHS[match["month"]])
    return moment.edtf, moment, (match["mod"] or "").lower()


def _month_day(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    month, day, modifier = MONTHS[match["month"]], int(match["day"]), (match["mod"] or "").lower()
    if _checked(2000, month, day) is None:  # 2000 is a leap year: February 29 is a day
        return None
    return _resolve_month(month, day, modifier, context)


def _month_alone(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    return _resolve_month(MONTHS[match["month"]], None, (match["mod"] or "").lower(), context)


def _resolve_month(
    month: int, day: int | None, modifier: str, context: Context
) -> tuple[str, Moment | None, str] | None:
    published = context.published
    moment: Moment | None
    if modifier == "last":
        moment = latest_before_month(month, day, published)
    elif modifier == "next" or (context.future and modifier not in ("this", "since")):
        moment = earliest_not_before(month, day, published)
    elif modifier == "this":
        moment = (
            Moment(published.year, month, day)
            if day is None or _checked(published.year, month, day)
            else None
        )
    elif not context.past and modifier not in ("since", "until", "by"):
        before, after = latest_not_after(month, day, published), earliest_not_before(month, day, published)
        moment = min((before, after), key=lambda found: _distance(found, published))
    else:
        moment = latest_not_after(month, day, published)
    if moment is None:
        return None
    return moment.edtf, moment, modifier if modifier in ("by", "since", "next", "until") else ""


def _distance(moment: Moment, reference: Moment) -> int:
    """Days between the first days of two dates (a month counts from its first day)."""
    return abs((moment.first_day() - reference.first_day()).days)


def _year_range(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    first, second = int(match["y1"]), match["y2"]
    joined = re.search(r"\band\b", match.group(0), re.IGNORECASE) is not None
    if joined and (match["from"] or "").lower() != "between":
        return None  # "in 1961 and 1998": two years, not a span
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if not first < last <= first + 200:
        return None
    return f"{first:04d}/{last:04d}", Moment(last), ""


def _half_or_quarter(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    ordinal = ORDINALS[match["ord"].lower()]
    unit = match["unit"].lower()
    year = _year_of(match, context)
    if year is None or (unit == "half" and ordinal > 2):
        return None
    code = 39 + ordinal if unit == "half" else 32 + ordinal
    return f"{year:04d}-{code}", Moment(year), ""


def _short_half_or_quarter(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    letter, number = match["q"][0].upper(), int(match["q"][1])
    year = int(match["year"])
    code = 39 + number if letter == "H" else 32 + number
    return f"{year:04d}-{code}", Moment(year), ""


def _season(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    year = _year_of(match, context)
    if year is None:
        return None
    return f"{year:04d}-{SEASONS[match['season'].lower()]}", Moment(year), ""


def _relative_season(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    """ "Next spring": the season of the year after publication, or of this year while it is
    still to come ("next winter" in March); "last summer" the latest one that has ended."""
    relative, code = match["rel"].lower(), SEASONS[match["season"].lower()]
    published = context.published
    year = published.year + {"this": 0, "last": -1, "next": 1}[relative]
    first_month = _season_start(code)
    if published.month is not None:
        if relative == "next" and first_month > published.month:
            year -= 1
        if relative == "last" and first_month + 2 < published.month:
            year += 1
    return f"{year:04d}-{code}", Moment(year), "next" if relative == "next" else ""


def _season_start(code: int) -> int:
    """The first month of a season's code: spring (21) from March ... winter (24) from December."""
    return (code - 21) * 3 + 3


def _decade(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    digits = match["decade"]
    return f"{digits}X", Moment(int(digits) * 10 + 9), ""


def _century(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    number = int(match["n"])
    if not 1 <= number <= 21:
        return None
    return f"{number - 1:02d}XX", Moment((number - 1) * 100 + 99), ""


def _year(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    modifier = " ".join((match["mod"] or "").lower().split())
    year = int(match["year"])
    if not modifier and not 1900 <= year <= 2099:
        return None  # a bare four-digit number far from today is more likely a count
    if modifier == "since":
        return f"{year:04d}/..", Moment(year), "since"
    return f"{year:04d}", Moment(year), modifier


def _relative_day(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    word = match["word"].lower()
    published = context.published
    if published.day is None:
        return (published.edtf, published, "") if word in ("today", "tonight") or "this" in word else None
    shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    moment = published.plus_days(shift)
    return moment.edtf, moment, "next" if shift > 0 else ""


def _weekday(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    published, modifier = context.published, (match["mod"] or "").lower()
    day = published.date
    if day is None:
        # Only the month is known: the weekday is in it or next to it; say no more than the month.
        return (published.edtf, published, "") if published.month else None
    target = WEEKDAYS.index(match["weekday"].lower())
    if (
        modifier in ("next", "by", "until")
        or modifier.startswith("as")
        or (context.future and modifier != "last")
    ):
        ahead = (target - day.weekday()) % 7 or (7 if modifier == "next" else 0)
        return (
            Moment.of(day + dt.timedelta(days=ahead)).edtf,
            Moment.of(day + dt.timedelta(days=ahead)),
            "next",
        )
    back = (day.weekday() - target) % 7 or (7 if modifier == "last" else 0)
    moment = Moment.of(day - dt.timedelta(days=back))
    if modifier == "since" and moment != published:
        return f"{moment.edtf}/{published.edtf}", published, "since"  # "since Sunday": until now
    return moment.edtf, moment, ""


def _week(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    day = context.published.date
    if day is None:
        return None
    modifier = match["mod"].lower()
    monday = (
        day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks={"last": -1, "next": 1}.get(modifier, 0))
    )
    sunday = monday + dt.timedelta(days=6)
    if "earlier" in modifier or (modifier == "this" and not context.future):
        sunday = day  # what happened this week happened by today
    elif "later" in modifier or (modifier == "this" and context.future):
        monday = day
    return (
        f"{Moment.of(monday).edtf}/{Moment.of(sunday).edtf}",
        # What follows "last week" is told no finer than its month.
        Moment(monday.year, monday.month),
        "next" if modifier == "next" else "",
    )


def _month_or_year_relative(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    modifier, unit = match["mod"].lower().split(), match["unit"].lower()
    published = context.published
    shift = -1 if "last" in modifier or "previous" in modifier else 1 if "next" in modifier else 0
    if unit == "year":
        moment = Moment(published.year + shift)
    elif published.month is None:
        return None
    else:
        moment = Moment(published.year, published.month).plus_months(shift)
    cue = "next" if shift > 0 or "later" in modifier else ""
    return moment.edtf, moment, cue


def _ago(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    count, unit = _count(match["count"]), match["unit"].lower().rstrip("s")
    published = context.published
    if match["today"] and published.date is not None and unit == "year":
        # "Fifty years ago today": that very day.
        moment = _checked(published.year - count, published.month or 1, published.day or 1)
        return (moment.edtf, moment, "") if moment else None
    if unit == "year":
        moment = Moment(published.year - count)
    elif unit == "week" and published.day is not None:
        moment = published.plus_days(-7 * count)
    elif unit == "month" and published.month is not None:
        moment = Moment(published.year, published.month).plus_months(-count)
    elif unit == "day" and published.day is not None:
        moment = published.plus_days(-count)
    else:
        return None
    return moment.edtf, moment, ""


def _deep_past(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    """ "About 4 billion years ago": EDTF's exponential year, approximate when the text says so."""
    figure = float(match["figure"]) * (1e6 if match["scale"].lower() == "million" else 1e9)
    digits = f"{figure:.0e}".replace("e+", "E").replace("E0", "E")  # 4e+09 → 4E9
    approximate = "~" if match["approx"] else ""
    return f"Y-{digits}{approximate}", None, ""


def _later(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    """ "Two months later", "the following month", "two days later": on from the story's time."""
    story = context.story
    if story is None:
        return None
    unit = (match["unit"] or match.groupdict().get("unit2") or "").lower().rstrip("s")
    count = _count(match["count"]) if match.groupdict().get("count") else 1
    if unit == "year":
        moment = Moment(story.year + count)
    elif unit == "month" and story.month is not None:
        moment = Moment(story.year, story.month).plus_months(count)
    elif unit in ("day", "week") and story.day is not None:
        moment = story.plus_days(count * (7 if unit == "week" else 1))
    else:
        return None
    return moment.edtf, moment, ""


def _within(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    """ "Within 28 days" (of the story's time, else of publication): the span to the limit."""
    start = context.story or context.published
    count, unit = _count(match["count"]), match["unit"].lower().rstrip("s")
    if unit == "month":
        if start.month is None:
            return None
        end = Moment(start.year, start.month).plus_months(count)
        start = Moment(start.year, start.month)
    elif start.day is None:
        return None
    else:
        end = start.plus_days(count * (7 if unit == "week" else 1))
    return f"{start.edtf}/{end.edtf}", end, "next"


def _not_before(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    """ "No earlier than 2031": from then on, open-ended."""
    return f"{int(match['year']):04d}/..", Moment(int(match["year"])), "next"


def _season_alone(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    """ "In the autumn", "by the summer": the season of the publication year that the tense
    points to (the next one still to come, or the last one begun)."""
    published = context.published
    code = SEASONS[match["season"].lower()]
    first_month = _season_start(code)
    year = published.year
    if published.month is not None:
        if context.future and first_month + 2 < published.month:
            year += 1
        elif not context.future and first_month > published.month:
            year -= 1
    modifier = match["mod"].lower()
    return f"{year:04d}-{code}", Moment(year), "by" if modifier in ("by", "until") else ""


def _over_the_next(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    count, unit = _count(match["count"]), match["unit"].lower().rstrip("s")
    start = context.story if context.continues and context.story else context.published
    if unit == "year":
        end = Moment(start.year + count)
    elif unit == "month" and start.month is not None:
        end = Moment(start.year, start.month).plus_months(count)
    else:
        return None
    # The span is the text's round figure: its end is approximate.
    return f"{start.edtf}/{end.edtf}~", end, "next"


def _hours_later(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    story = context.story
    if story is None:
        return None
    if story.day is None:
        return story.edtf, story, ""
    return f"{story.edtf}/{story.plus_days(1).edtf}", story.plus_days(1), ""


def _same_time(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    story = context.story
    return (story.edtf, story, "") if story is not None else None


def _day_later(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    story = context.story
    if story is None or story.day is None:
        return None
    moment = story.plus_days(1)
    return moment.edtf, moment, ""


def _years_later(match: re.Match[str], context: Context) -> tuple[str, Moment | None, str] | None:
    story = context.story
    if story is None:
        return None
    count = _count(match["count"]) if match["count"] else 1
    moment = Moment(story.year + count)
    return moment.edtf, moment, ""


def _count(text: str) -> int:
    text = text.lower()
    return int(text) if text.isdigit() else NUMBER_WORDS[text]


def _year_of(match: re.Match[str], context: Context) -> int | None:
    if match["year"]:
        return int(match["year"])
    relative = (match["rel"] or "").lower()
    shift = {"this": 0, "last": -1, "next": 1}.get(relative)
    return None if shift is None else context.published.year + shift


def _checked(year: int, month: int, day: int) -> Moment | None:
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return Moment(year, month, day)


_YEAR_MODIFIER = (
    r"(?:(?P<mod>in|since|by|until|till|through|from|during|of|around|circa|as of|as early as|"
    r"as late as|early|late|mid|the end of|the start of|the beginning of|the middle of|fiscal|"
    r"in early|in late|in mid|by the end of|at the end of|at the start of)[- ]+)?"
)
_RELATIVE_YEAR = r"(?:(?P<year>1[0-9]{3}|20[0-9]{2})|(?P<rel>this|last|next)\s+year)"
_ANAPHORIC: frozenset[Resolver] = frozenset({_hours_later, _same_time, _day_later, _years_later, _later})

# Longest and most specific first: a match claims its characters, later rules take what is left.
RULES: tuple[tuple[re.Pattern[str], Resolver], ...] = tuple(
    (re.compile(pattern), resolver)
    for pattern, resolver in (
        (rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", _month_day_year),
        (rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", _month_day_year),
        (r"\b(?P<year>1[0-9]{3}|20[0-9]{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3][0-9])\b", _iso_day),
        (
            r"(?i:\b(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<unit>half|quarter)"
            rf"\s+(?:of\s+)?){_RELATIVE_YEAR}\b",
            _half_or_quarter,
        ),
        (r"\b(?P<q>[QH][1-4])\s+(?P<year>1[0-9]{3}|20[0-9]{2})\b", _short_half_or_quarter),
        (r"\b(?P<year>1[0-9]{3}|20[0-9]{2})\s+(?P<q>[QH][1-4])\b", _short_half_or_quarter),
        (
            rf"(?i:\b(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?){_RELATIVE_YEAR}\b",
            _season,
        ),
        (
            r"(?i:\b(?P<rel>this|last|next)\s+(?P<season>spring|summer|autumn|fall|winter)\b)",
            _relative_season,
        ),
        (
            rf"(?:(?i:\b(?P<mod>early|late|mid|in|since|by|until)[- ]+))?{_MONTH},?\s+(?:of\s+)?{_YEAR}\b",
            _month_year,
        ),
        (
            r"(?i:\b(?:(?P<from>from|between)\s+)?)(?P<y1>1[0-9]{3}|20[0-9]{2})\s*(?:-|–|—|(?i:to|and|through|until))\s*"
            r"(?P<y2>1[0-9]{3}|20[0-9]{2}|[0-9]{2})\b" + _NOT_A_QUANTITY,
            _year_range,
        ),
        (
            rf"(?:(?i:\b(?P<mod>last|this|next|on|since|until|by)\s+))?\b{_MONTH}\s+{_DAY}\b(?!,?\s*\d)",
            _month_day,
        ),
        (
            rf"(?:(?i:\b(?P<mod>last|this|next|on|since|until|by)\s+))?\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s*\d)",
            _month_day,
        ),
        (
            r"(?i:\b(?P<mod>last|this|next|in|since|until|by|during|early|late|mid|earlier in|later in)[- ]+)"
            rf"{_MONTH}\b(?!\s*\d)",
            _month_alone,
        ),
        (r"(?i:\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?)(?P<decade>1[0-9]{2}|20[0-9])0s\b", _decade),
        (r"(?i:\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century\b)", _century),
        (
            r"(?i:\b(?:(?:over|in|during|within)\s+the\s+(?:next|coming)\s+)"
            + _NUMBER
            + r"\s+(?P<unit>years?|months?)\b)",
            _over_the_next,
        ),
        (
            r"(?i:\b" + _NUMBER + r"\s+(?P<unit>years?|months?|weeks?|days?)\s+ago(?P<today>\s+today)?\b)",
            _ago,
        ),
        (
            r"(?i:\b(?P<approx>about|some|nearly|around|roughly|more\s+than|over)?\s*(?P<figure>\d+(?:\.\d+)?)\s+"
            r"(?P<scale>million|billion)\s+years\s+ago\b)",
            _deep_past,
        ),
        (r"(?i:\b" + _NUMBER + r"\s+(?P<unit>days?|weeks?|months?|years?)\s+later\b)", _later),
        (r"(?i:\b(?:the\s+following\s+(?P<unit>week|month)|a\s+(?P<unit2>week|month)\s+later)\b)", _later),
        (r"(?i:\bwithin\s+(?:the\s+next\s+)?" + _NUMBER + r"\s+(?P<unit>days?|weeks?|months?)\b)", _within),
        (
            r"(?i:\b(?:no\s+earlier\s+than|not\s+before|at\s+the\s+earliest\s+in)\s+(?P<year>1[0-9]{3}|20[0-9]{2})\b)",
            _not_before,
        ),
        (
            r"(?i:\b(?P<mod>in|during|this|by|over|until)\s+the\s+(?P<season>spring|summer|autumn|fall|winter)\b)(?!\s+of\b)",
            _season_alone,
        ),
        (r"(?i:\b(?:(?:a\s+few|several|some|two|three|\d{1,2})\s+)?hours\s+later\b)", _hours_later),
        (
            r"(?i:\b(?:at\s+the\s+time|on\s+the\s+same\s+day|the\s+same\s+day|later\s+that\s+day|that\s+day)\b)",
            _same_time,
        ),
        (r"(?i:\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later)\b)", _day_later),
        (
            r"(?i:\b(?:the\s+(?:following|next)\s+year|a\s+year\s+later|" + _NUMBER + r"\s+years\s+later)\b)",
            _years_later,
        ),
        (
            r"(?i:\b(?P<mod>last|this|next|earlier\s+this|later\s+this|the\s+previous|the\s+past)\s+(?P<unit>month|year)\b)",
            _month_or_year_relative,
        ),
        (r"(?i:\b(?P<mod>last|this|next|earlier\s+this|later\s+this)\s+week\b)", _week),
        (
            r"(?i:\b(?P<word>today|yesterday|tomorrow|tonight|this\s+morning|this\s+afternoon|this\s+evening)\b)",
            _relative_day,
        ),
        (
            r"(?i:\b(?:(?P<mod>last|next|on|this|since|as\s+early\s+as|by|until)\s+)?)(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
            # "The Sunday Courier" is a name; in "Sunday, March 9" the date says which Sunday.
            r"(?!\s+[A-Z])(?!,?\s+(?:" + MONTH_NAMES + r")\.?\s+\d)",
            _weekday,
        ),
        (
            r"(?i:\b"
            + _YEAR_MODIFIER
            + r")"
            + _NOT_MONEY
            + r"\b(?:FY)?"
            + _YEAR
            + r"\b(?!-\d)"
            + _NOT_A_QUANTITY,
            _year,
        ),
    )
)
# A wire dateline at the start of the text: "BEIJING, April 15 (Reuters) -" or "April 15, 2024 -".
DATELINE = re.compile(
    rf"^\s*(?:[A-Z][A-Z .'-]+,\s+)?(?P<month>{MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})"
    r"(?:,\s+(?P<year>\d{4}))?"
    r"\s*(?:\((?P<agency>[^)]{1,40})\)\s*)?[-—–:]",
)
_EVE_OF = re.compile(r"\s*,?\s*on\s+the\s+eve\s+of\s+(?:the\s+)?(?P<what>[^,.;]+)")
_FORWARD_CUES = frozenset({"by", "next", "as early as", "as late as", "by the end of", "until", "till"})


class ClauseReader(Protocol):
    """What the words around a date say, read by the claim cues."""

    def tense(self, at: int) -> tuple[bool, bool]:
        """(future, past) of the clause at character ``at``."""

    def anchored(self, start: int, end: int) -> bool:
        """Whether the date at [start, end) tells when something was said."""


def find_expressions(
    sentence: str, context: Context, start: int = 0, clause: ClauseReader | None = None
) -> list[Expression]:
    """The temporal expressions of ``sentence`` (from character ``start`` on) in order, each
    resolved in ``context``; each one moves the story's time for those after it ("proposed in
    2017 by a minister who resigned two years later"). ``clause`` reads each date's own clause
    (its tense, whether it dates a statement), when known better than the whole sentence's."""
    chosen: list[tuple[re.Match[str], Resolver]] = []
    for match, resolver in _matches(sentence):
        begin, end = match.span()
        if begin < start or any(begin < other.end() and other.start() < end for other, _ in chosen):
            continue
        # Whether it is a date at all; an anaphoric one is resolved below, once the story's
        # time at its place in the sentence is known.
        trial = (
            replace(context, story=context.story or context.published) if resolver in _ANAPHORIC else context
        )
        if resolver(match, trial) is not None and not _after_a_first(sentence, match):
            chosen.append((match, resolver))
    chosen.sort(key=lambda pair: pair[0].start())
    found: list[Expression] = []
    for match, resolver in chosen:
        if clause is not None:
            future, past = clause.tense(match.start())
            context = replace(context, future=future, past=past)
        resolved = resolver(match, context)
        if resolved is None:
            continue
        edtf, moment, cue = resolved
        expression = Expression(
            match.start(),
            match.end(),
            match.group(0),
            edtf,
            cue=cue,
            forward=cue in _FORWARD_CUES,
            anaphoric=resolver in _ANAPHORIC,
            moment=moment,
            eve_of=_eve_of(sentence, match.end(), moment),
        )
        found.append(expression)
        if not expression.forward and moment is not None:
            # A statement's date starts the spans from now told after it ("said last week it
            # would spend over the next two years").
            stated = clause is not None and clause.anchored(match.start(), match.end())
            context = replace(context, story=moment, continues=context.continues or stated)
    return found


def _after_a_first(sentence: str, match: re.Match[str]) -> bool:
    """ "Their first win since 2015": the date of an earlier, unnamed event, not a span."""
    if not match.group(0).lower().startswith("since"):
        return False
    clause = sentence[: match.start()].rsplit(",", maxsplit=1)[-1].lower()
    return (
        re.search(r"\b(?:first|last|highest|lowest|biggest|largest|best|worst|most|least)\b", clause)
        is not None
    )


def _matches(sentence: str) -> Iterator[tuple[re.Match[str], Resolver]]:
    for pattern, resolver in RULES:
        for match in pattern.finditer(sentence):
            yield match, resolver


def _eve_of(sentence: str, end: int, moment: Moment | None) -> str:
    """The event named by "on the eve of X" right after a day's date ("said on April 14 on the
    eve of the Exeed ET's smart driving challenge")."""
    if moment is None or moment.day is None:
        return ""
    match = _EVE_OF.match(sentence, end)
    return match["what"].strip() if match else ""
