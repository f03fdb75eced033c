"""Markwhen (.mw) text timelines: header, events with dates and ranges, sections and groups as lanes, tags.

What is read (markwhen.com's syntax, as its parser's tests use it):

- a header of ``key: value`` lines before the first event or section; ``title`` and
  ``description`` become ours, the rest (time zones, tag colours, views) is left out;
- an event line ``DATE: text`` or ``DATE / DATE: text`` (also ``DATE - DATE`` and ``DATE to
  DATE``), where a date is EDTF or ISO (``2024``, ``2024-05``, ``2024-05-03``, ``2024-05-03
  14:30``, ``2024-05-03T14:30:00Z``), a slash date (``5/3/2024``, month first unless the header
  says ``dateFormat: d/M/y``), a date in words (``March 2 2028``, ``5 March 2028``, ``March
  2028``), or ``now`` (today as a start, an open end as an end); the text's first line is the
  title, the lines after it until the next event are its summary (``key: value`` lines right
  after the event line are its properties: ``id`` is kept);
- ``# Section`` headings (nested by level) and ``group Name`` … ``endGroup`` / ``section Name``
  … ``endSection`` blocks: each becomes a lane, named by its path ("Work / Hiring");
- ``#tags`` in an event's text or its section's heading; ``// comments``.

Relative dates (``after !id 3 days``, ``5 months``), recurrence (``every …``) and dates
without a year are Markwhen features this app does not compute: such an event is reported
with its line and column rather than placed somewhere else. Problems name the line and column:
``line 7, column 1: '2024-13-01' is not a valid date: month 13 does not exist``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from timeline_app.core.i18n import QT_TRANSLATE_NOOP
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import Problem, TimelineLoadError

from .encodings import UndecodableTextError, decode_text
from .native import DocumentPath, MalformedError, timeline_from_document, title_from_source, usable_id

MONTHS: Final = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_TIME = r"(?P<{p}time>\d{{1,2}}(?::\d{{2}})?\s*[ap]m|\d{{1,2}}:\d{{2}})"
_ISO = re.compile(
    r"(?P<date>-?\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?P<zone>Z)?)?"
)
_SLASH = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{1,5})(?:,?\s+" + _TIME.format(p="") + ")?")
_WORDS_DAY_FIRST = re.compile(rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH}),?\s+(?P<year>\d{{1,5}})", re.I)
_WORDS_MONTH_FIRST = re.compile(
    rf"(?P<month>{_MONTH})\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<year>\d{{3,5}})"
    r"(?:,?\s+" + _TIME.format(p="") + ")?",
    re.I,
)
# A line that starts an event in Markwhen: a date-like beginning, then ":" (not "://").
# The date ends at the first ":" that is not a clock's (14:30) nor a URL's (https://).
_EVENT = re.compile(r"^(?P<indent>\s*)(?P<when>.*?)\s*:(?!\d|//)\s?(?P<text>.*)$")
_TAG_COLOUR = re.compile(r"^\s*#\w+:")
_DATE_LIKE = re.compile(rf"^\s*(?:\d|{_MONTH}\b|now\b|after\b|before\b|by\b)", re.I)
_SECTION = re.compile(r"^\s*(?P<hashes>#{1,6})\s+(?P<title>.*)$")
_GROUP = re.compile(r"^\s*(?P<kind>group|section)\b\s*(?P<title>.*)$", re.I)
_END_GROUP = re.compile(r"^\s*end(?:group|section)\s*$", re.I)
_COMMENT = re.compile(r"^\s*//")
_TAG = re.compile(r"(?:^|\s)#(?!\d+(?:\s|$))(\w+)")
_PROPERTY = re.compile(r"^\s*(?P<key>[A-Za-z][\w-]*):\s*(?P<value>.*)$")
# " - " and " to " first: slash dates (5/3/2024) have slashes of their own.
_RANGE_SEPARATORS = (re.compile(r"\s+-\s+"), re.compile(r"\s+to\s+", re.I), re.compile(r"\s*/\s*"))
_UNSUPPORTED = re.compile(r"\bevery\b|!\w|\b(?:after|before|by)\b|^\d+\s*[a-z]+$", re.I)
DAY_FIRST_FORMAT: Final = "d/M/y"
HALF_DAY_HOURS: Final = 12


@dataclass(slots=True)
class _Event:
    line: int  # 1-based
    column: int  # of the date, 1-based
    when: str
    text: str
    lane: str | None
    tags: list[str]
    properties: dict[str, str] = field(default_factory=dict)
    description: list[str] = field(default_factory=list)
    described: bool = False  # a line of description came: properties are over


def read_markwhen(data: bytes, source: str, today: dt.date | None = None) -> Timeline:
    """Read a Markwhen file; TimelineLoadError names the line and column of every problem."""
    try:
        text = decode_text(data).text
    except UndecodableTextError as error:
        raise TimelineLoadError(
            source,
            [Problem(f"line {error.line}", QT_TRANSLATE_NOOP("Loader", "not valid %1 text"), error.encoding)],
        ) from None
    today = today or dt.date.today()
    header: dict[str, str] = {}
    events: list[_Event] = []
    path: list[tuple[int, str, list[str]]] = []  # open sections and groups: (level, title, tags)
    problems: list[Problem] = []
    lane_order: list[str] = []
    in_header = True
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or _COMMENT.match(line):
            if events and events[-1].description:
                events[-1].description.append("")
            continue
        section = _SECTION.match(line)
        group = _GROUP.match(line)
        if _TAG_COLOUR.match(line):
            continue  # a tag's colour or time zone: not drawn here
        if _END_GROUP.match(line):
            if path and path[-1][0] == 0:  # groups end here; sections end at the next heading
                path.pop()
            continue
        if section is not None:
            level = len(section["hashes"])
            while path and path[-1][0] >= level:
                path.pop()
            title, tags = _without_tags(section["title"])
            path.append((level, title or "Untitled section", tags))
            in_header = False
            continue
        if group is not None and ":" not in line:
            title, tags = _without_tags(group["title"])
            path.append((0, title or group["kind"].capitalize(), tags))
            in_header = False
            continue
        event = _EVENT.match(line)
        if event is not None and _DATE_LIKE.match(event["when"]) and event["when"].strip():
            lane = " / ".join(title for _, title, _ in path) or None
            if lane is not None and lane not in lane_order:
                lane_order.append(lane)
            title, tags = _without_tags(event["text"])
            tags = [tag for _, _, group_tags in path for tag in group_tags] + tags
            column = len(event["indent"]) + 1
            events.append(_Event(number, column, event["when"], title, lane, tags))
            in_header = False
            continue
        if in_header:
            prop = _PROPERTY.match(line)
            if prop is not None and not line.startswith((" ", "\t")):
                header[prop["key"].lower()] = prop["value"].strip()
            continue  # tag colours, nested header values
        if events:
            last = events[-1]
            prop = _PROPERTY.match(line)
            if prop is not None and not last.described:
                last.properties[prop["key"].lower()] = prop["value"].strip()
            else:
                last.described = True
                body, tags = _without_tags(line.strip())
                last.tags += [tag for tag in tags if tag not in last.tags]
                if body:
                    last.description.append(body)
    day_first = header.get("dateformat", "").replace(" ", "") == DAY_FIRST_FORMAT
    records: list[dict[str, Any]] = []
    rows: list[_Event] = []
    for item in events:
        try:
            date = _date(item.when, day_first, today)
        except MalformedError as error:
            problems.append(error.problem.at(f"line {item.line}, column {item.column}"))
            continue
        record: dict[str, Any] = {
            "id": usable_id(item.properties.get("id"), f"line-{item.line}"),
            "title": item.text or "Untitled event",
            "date": date,
            "status": "confirmed",
        }
        if item.lane is not None:
            record["lane"] = _lane_id(item.lane, lane_order)
        if summary := "\n".join(item.description).strip():
            record["summary"] = summary
        if item.tags:
            record["tags"] = list(dict.fromkeys(item.tags))
        records.append(record)
        rows.append(item)
    document: dict[str, Any] = {"title": header.get("title") or title_from_source(source)}
    if description := header.get("description"):
        document["description"] = description
    used = [lane for lane in lane_order if any(event.lane == lane for event in rows)]
    document["lanes"] = [{"id": _lane_id(lane, lane_order), "label": lane} for lane in used]
    document["events"] = records
    relocate = _relocator(rows, [next(e for e in rows if e.lane == lane) for lane in used])
    try:
        timeline = timeline_from_document(document, source, relocate)
    except TimelineLoadError as error:
        problems += error.problems
    if problems:
        raise TimelineLoadError(source, sorted(problems, key=_line_of))
    return timeline


def _line_of(problem: Problem) -> int:
    match = re.match(r"line (\d+)", problem.where)
    return int(match[1]) if match else 0


def _lane_id(lane: str, order: list[str]) -> str:
    return f"lane-{order.index(lane) + 1}"


def _relocator(events: list[_Event], lanes: list[_Event]) -> Callable[[str], str]:
    def relocate(where: str) -> str:
        place = DocumentPath.parse(where)
        if place is None:
            return where
        event = (events if place.collection == "events" else lanes)[place.index]
        return f"line {event.line}, column {event.column}"

    return relocate


def _without_tags(text: str) -> tuple[str, list[str]]:
    return _TAG.sub("", text).strip(), _TAG.findall(text)


def _date(when: str, day_first: bool, today: dt.date) -> str:
    """A Markwhen date or range as EDTF; MalformedError for what cannot be placed."""
    text = when.strip()
    if _UNSUPPORTED.search(text):
        message = QT_TRANSLATE_NOOP(
            "Loader", "%1: relative and recurring dates are not supported; write the date"
        )
        raise MalformedError("", message, repr(text))
    try:
        return _point(text, day_first, today, end=False)
    except MalformedError as error:
        whole = error  # perhaps a range: the first way of cutting it in two that gives two dates
    for separator in _RANGE_SEPARATORS:
        for match in separator.finditer(text):
            try:
                start = _point(text[: match.start()], day_first, today, end=False)
                end = _point(text[match.end() :], day_first, today, end=True)
            except MalformedError:
                continue
            return f"{start}/{end}"
    raise whole


def _point(text: str, day_first: bool, today: dt.date, *, end: bool) -> str:
    text = text.strip()
    if text.lower() == "now":
        return ".." if end else today.isoformat()
    iso = _ISO.fullmatch(text)
    if iso is not None:
        if iso["time"] is None:
            return iso["date"]
        return f"{iso['date']}T{iso['time']}{iso['zone'] or ''}"
    slash = _SLASH.fullmatch(text)
    if slash is not None:
        month, day = (slash["b"], slash["a"]) if day_first else (slash["a"], slash["b"])
        return _edtf(int(slash["year"]), int(month), int(day), slash["time"], text)
    for pattern in (_WORDS_DAY_FIRST, _WORDS_MONTH_FIRST):
        words = pattern.fullmatch(text)
        if words is not None:
            month = next(i for i, name in enumerate(MONTHS, 1) if name.startswith(words["month"][:3].lower()))
            day = int(words["day"]) if words["day"] else None
            time = words.groupdict().get("time")
            return _edtf(int(words["year"]), month, day, time, text)
    message = QT_TRANSLATE_NOOP(
        "Loader", "%1 is not a date this app reads (write it as 2024-03-05 or March 5 2024)"
    )
    raise MalformedError("", message, repr(text))


def _edtf(year: int, month: int, day: int | None, time: str | None, text: str) -> str:
    """EDTF text of the parts; the loader checks that the day exists."""
    date = f"{year:04}-{month:02}" + (f"-{day:02}" if day is not None else "")
    if time is None:
        return date
    clock = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*([ap]m)?", time.strip(), re.I)
    if clock is None or day is None:
        raise MalformedError("", QT_TRANSLATE_NOOP("Loader", "%1: a time needs a day"), repr(text))
    hour = int(clock[1]) % HALF_DAY_HOURS if clock[3] else int(clock[1])
    if clock[3] and clock[3].lower() == "pm":
        hour += HALF_DAY_HOURS
    return f"{date}T{hour:02}:{clock[2] or '00'}"
