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
} | {"a": 1, "an": 1, "a couple of": 2, "twelve": 12, "fifteen": 15, "twenty": 20}
# EDTF level 2 sub-year codes (docs/dates.md): seasons by northern-hemisphere months, then
# quarters 33-36 and halves 40-41.
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2})"
_NUMBER = r"(?P<count>\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
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
    first_month = (code - 21) * 3 + 3  # spring from March ... winter from December
    if published.month is not None:
        if relative == "next" and first_month > published.month:
            year -= 1
        if relative == "last" and first_month + 2 < published.month:
            year += 1
    return f"{year:04d}-{code}", Moment(year), "next" if relative == "next" else ""


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
    if modifier == "next" or (context.future and modifier != "last"):
        ahead = (target - day.weekday()) % 7 or (7 if modifier == "next" else 0)
        return (
            Moment.of(day + dt.timedelta(days=ahead)).edtf,
            Moment.of(day + dt.timedelta(days=ahead)),
            "next",
        )
    back = (day.weekday() - target) % 7 or (7 if modifier == "last" else 0)
    moment = Moment.of(day - dt.timedelta(days=back))
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
    if "earlier" in modifier:
        sunday = day
    elif "later" in modifier:
        monday = day
    return (
        f"{Moment.of(monday).edtf}/{Moment.of(sunday).edtf}",
        Moment.of(sunday),
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
    if unit == "year":
        moment = Moment(published.year - count)
    elif unit == "month" and published.month is not None:
        moment = Moment(published.year, published.month).plus_months(-count)
    elif unit == "day" and published.day is not None:
        moment = published.plus_days(-count)
    else:
        return None
    return moment.edtf, moment, ""


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
_ANAPHORIC: frozenset[Resolver] = frozenset({_hours_later, _same_time, _day_later, _years_later})

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
        (r"(?i:\b" + _NUMBER + r"\s+(?P<unit>years?|months?|days?)\s+ago\b)", _ago),
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
            r"(?i:\b(?:(?P<mod>last|next|on|this)\s+)?)(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
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
    rf"^\s*(?:[A-Z][A-Z .'-]+,\s+)?(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})"
    r"(?:,\s+(?P<year>\d{4}))?"
    r"\s*(?:\([^)]{1,40}\)\s*)?[-—–:]",
)
_EVE_OF = re.compile(r"\s*,?\s*on\s+the\s+eve\s+of\s+(?:the\s+)?(?P<what>[^,.;]+)")
_FORWARD_CUES = frozenset({"by", "next", "as early as", "as late as", "by the end of", "until", "till"})


def find_expressions(sentence: str, context: Context, start: int = 0) -> list[Expression]:
    """The temporal expressions of ``sentence`` (from character ``start`` on) in order, each
    resolved in ``context``; each one moves the story's time for those after it ("proposed in
    2017 by a minister who resigned two years later")."""
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
            context = replace(context, story=moment)
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
