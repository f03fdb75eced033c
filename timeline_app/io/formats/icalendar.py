"""iCalendar (.ics): events as all-day or timed VEVENTs, written directly and read with the icalendar package.

Each event becomes one VEVENT covering what its date covers: a day is that day, a month the
whole month, a year the whole year, an interval its whole span (all-day DATE values, end
exclusive); dates with a time of day become DATE-TIME values in UTC. iCalendar cannot hold
years before 1 or after 9999, nor open or unknown ends: such events are skipped, and their
ids are returned. SUMMARY is the title; DESCRIPTION the summary, status and sources for
people; CATEGORIES the tags and then the status; STATUS is CONFIRMED for confirmed events and
TENTATIVE otherwise; URL the first source's web address; UID ``<id>@timeline-app``. What a
calendar has no property for travels in X- properties (X-TIMELINE-EDTF, -STATUS, -LANE,
-DETAILS for rich text, actors, amounts, metrics, sources and links, and on the calendar
-HEADER for the title, lanes, eras and the rest of the header), so reading our own file back
gives the same timeline for the events it contains.

Other calendars read as: title from X-WR-CALNAME or NAME, events confirmed (TENTATIVE ones
planned), tags from CATEGORIES, the summary from DESCRIPTION, a source from URL. Recurring
events appear once, at their first occurrence; floating times are read as UTC.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from icalendar import Calendar, Component, vUnknown
from icalendar.parser import unescape_backslash

from timeline_app import __version__
from timeline_app.core.calendar import SECONDS_PER_DAY, civil_from_days, civil_from_seconds, days_in_month
from timeline_app.core.dates import EdtfDate
from timeline_app.core.i18n import QT_TRANSLATE_NOOP
from timeline_app.core.model import STATUS_MEANINGS, Status
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import Problem, TimelineLoadError
from timeline_app.io.loader import NOT_JSON
from timeline_app.io.writing import write_file

from .native import (
    RICH_FIELDS,
    UNTITLED_EVENT,
    DocumentPath,
    MalformedError,
    event_records,
    source_text,
    timeline_from_document,
    title_from_source,
    usable_id,
)

UID_SUFFIX: Final = "@timeline-app"
PRODUCT_ID: Final = f"-//timeline-app//timeline-app {__version__}//EN"
ICALENDAR_VERSION: Final = "2.0"
X_EDTF: Final = "X-TIMELINE-EDTF"
X_STATUS: Final = "X-TIMELINE-STATUS"
X_LANE: Final = "X-TIMELINE-LANE"
X_DETAILS: Final = "X-TIMELINE-DETAILS"
X_HEADER: Final = "X-TIMELINE-HEADER"
# Rich fields that travel in X-TIMELINE-DETAILS; tags are CATEGORIES.
DETAIL_FIELDS: Final = tuple(name for name in RICH_FIELDS if name != "tags")
# Our statuses as iCalendar's: anything not confirmed shows as tentative in calendar apps.
ICALENDAR_STATUS: Final = {
    status.value: "CONFIRMED" if status is Status.CONFIRMED else "TENTATIVE" for status in Status
}
STATUS_OF_ICALENDAR: Final = {"TENTATIVE": Status.PLANNED.value}
DEFAULT_STATUS: Final = Status.CONFIRMED.value
GENERATED_ID_PREFIX: Final = "ics-"
WEB_OUTLET: Final = "Web"
RECORD_ORDER: Final = ("id", "title", "date", "status", "lane", "summary", *RICH_FIELDS)
HEADER_FIELDS: Final = frozenset({"title", "description", "source", "exchange_rates", "lanes", "eras"})
# datetime's range, which is iCalendar's: four-digit years from 1.
FIRST_YEAR: Final = dt.MINYEAR
LAST_YEAR: Final = dt.MAXYEAR
MAX_UTC_OFFSET: Final = dt.timedelta(hours=14)
ONE_DAY: Final = dt.timedelta(days=1)
# X- properties are text by default (RFC 5545 3.8.8.2), but the icalendar package unescapes
# only values it is told are text.
_TEXT: Final = {"VALUE": "TEXT"}

Moment = dt.date | dt.datetime  # a datetime is also a date: check for datetime first
FOLD_OCTETS: Final = 75  # a content line's longest, CRLF not counted (RFC 5545 3.1)

_NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Loader", "must be a JSON object")


@dataclass(frozen=True, slots=True)
class IcsExport:
    """An exported calendar and the ids of the events it could not hold."""

    data: bytes
    skipped: tuple[str, ...]


# ---------------------------------------------------------------------------------------------
# Export


def timeline_to_icalendar(timeline: Timeline, *, stamp: dt.datetime | None = None) -> IcsExport:
    """The timeline as an iCalendar file; ``stamp`` (DTSTAMP) defaults to now.

    Written as text here rather than through the icalendar package, whose per-property objects
    and folding took 38 s for 100k events; the package reads what is written (the tests check
    that it reads back every value, and the round trip through ``read_icalendar``).
    """
    events = timeline.events
    # Files repeat dates a lot: work out each distinct date's calendar span once.
    spans = [calendar_span(date) for date in events.date_values]
    codes = events.date_code.tolist()
    exported = {event_id for event_id, code in zip(events.ids, codes, strict=True) if spans[code] is not None}
    header = timeline.header.model_dump(
        mode="json", by_alias=True, exclude_defaults=True, include=set(HEADER_FIELDS)
    )
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{_escaped(PRODUCT_ID)}",
        f"VERSION:{ICALENDAR_VERSION}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escaped(timeline.title)}",
    ]
    if timeline.header.description:
        lines.append(f"X-WR-CALDESC:{_escaped(timeline.header.description)}")
    lines.append(f"{X_HEADER};VALUE=TEXT:{_escaped(_json_text(header))}")
    writer = _VeventWriter(stamp or dt.datetime.now(dt.UTC).replace(microsecond=0), exported)
    skipped = []
    for record, code in zip(event_records(events), codes, strict=True):
        span = spans[code]
        if span is None:
            skipped.append(record["id"])
            continue
        writer.vevent(lines, record, code, span)
    lines.append("END:VCALENDAR")
    return IcsExport("".join(map(_folded, lines)).encode(), tuple(skipped))


def write_icalendar(
    timeline: Timeline, path: str | Path, *, stamp: dt.datetime | None = None
) -> tuple[str, ...]:
    """Write the timeline as an iCalendar file; return the ids of the events it could not hold."""
    export = timeline_to_icalendar(timeline, stamp=stamp)
    write_file(path, export.data)
    return export.skipped


def calendar_span(date: EdtfDate) -> tuple[Moment, Moment | None] | None:
    """DTSTART and DTEND (None: an instant) of a date, or None when iCalendar cannot hold it."""
    lower, upper = date.lower, date.upper
    if lower is None or upper is None:
        return None  # open or unknown ends have no place in a calendar
    if lower.time is not None and upper.time is not None:
        # Times are instants: an interval of them runs from one to the other.
        start = _utc(lower.start)
        end = _utc(upper.start) if date.is_interval else None
        if start is None or (date.is_interval and end is None):
            return None
        return start, end
    first = _day(math.floor(lower.start / SECONDS_PER_DAY))
    after = _day(math.ceil(upper.end / SECONDS_PER_DAY))
    if first is None or after is None:
        return None
    return first, after


def _day(days: int) -> dt.date | None:
    year, month, day = civil_from_days(days)
    return dt.date(year, month, day) if FIRST_YEAR <= year <= LAST_YEAR else None


def _utc(seconds: float) -> dt.datetime | None:
    time = civil_from_seconds(seconds)
    if not FIRST_YEAR <= time.year <= LAST_YEAR:
        return None
    return dt.datetime(
        time.year, time.month, time.day, time.hour, time.minute, int(time.second), tzinfo=dt.UTC
    )


class _VeventWriter:
    """Writes VEVENTs as content lines, sharing the values many events have in common."""

    def __init__(self, stamp: dt.datetime, exported: set[str]) -> None:
        self.stamp = f"DTSTAMP:{_moment_text(stamp)}"
        self.exported = exported  # ids of the events the calendar holds
        self._spans: dict[int, list[str]] = {}
        self._texts: dict[str, str] = {}

    def vevent(
        self, lines: list[str], record: Mapping[str, Any], code: int, span: tuple[Moment, Moment | None]
    ) -> None:
        """Add one event's VEVENT to ``lines``; ``code`` identifies its date (EventTable.date_code)."""
        status = record["status"]
        sources = record.get("sources", ())
        title = record["title"]
        summary = record.get("summary", "")
        description = description_text(summary, status, sources)
        tags = record.get("tags")
        lines += (
            "BEGIN:VEVENT",
            f"UID:{_escaped(record['id'] + UID_SUFFIX)}",
            self.stamp,
            f"SUMMARY:{_escaped(title)}",
            *self._span(code, span),
            f"DESCRIPTION:{_escaped(description)}",
            "CATEGORIES:" + ",".join(_escaped(tag) for tag in [*(tags or ()), status]),
            f"STATUS:{ICALENDAR_STATUS[status]}",
        )
        url = next((source["url"] for source in sources if source.get("url")), None)
        if url is not None:
            lines.append(f"URL:{url}")
        lines.append(self._text(X_EDTF, record["date"]))
        lines.append(self._text(X_STATUS, status))
        if "lane" in record:
            lines.append(self._text(X_LANE, record["lane"]))
        details = self._details(record)
        # Texts the icalendar package would change travel exactly, beside the ones it keeps.
        if changed_by_icalendar(title):
            details["title"] = title
        if changed_by_icalendar(description):
            details["summary"] = summary
        if tags and any(map(changed_by_icalendar, tags)):
            details["tags"] = tags
        if details:
            lines.append(f"{X_DETAILS};VALUE=TEXT:{_escaped(_json_text(details))}")
        lines.append("END:VEVENT")

    def _span(self, code: int, span: tuple[Moment, Moment | None]) -> list[str]:
        values = self._spans.get(code)
        if values is None:
            start, end = span
            values = [_moment_line("DTSTART", start)]
            if end is not None:
                values.append(_moment_line("DTEND", end))
            self._spans[code] = values
        return values

    def _text(self, name: str, value: str) -> str:
        """An X- property's line, shared by the events with the same value."""
        key = f"{name}:{value}"
        line = self._texts.get(key)
        if line is None:
            line = self._texts[key] = f"{name};VALUE=TEXT:{_escaped(value)}"
        return line

    def _details(self, record: Mapping[str, Any]) -> dict[str, Any]:
        details = {name: record[name] for name in DETAIL_FIELDS if name in record}
        if "links" in details:
            # A link to an event the calendar cannot hold would dangle.
            links = [link for link in details["links"] if link["target"] in self.exported]
            if links:
                details["links"] = links
            else:
                del details["links"]
        return details


def _escaped(text: str) -> str:
    """A TEXT value as RFC 5545 3.3.11 writes it, the way the icalendar package does (its
    ``parser.string._escape_char``), so that it reads back the same."""
    return (
        text.replace("\\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _moment_text(moment: Moment) -> str:
    day = f"{moment.year:04d}{moment.month:02d}{moment.day:02d}"  # (strftime's %Y drops zeros)
    if isinstance(moment, dt.datetime):
        return f"{day}T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}Z"
    return day


def _moment_line(name: str, moment: Moment) -> str:
    if isinstance(moment, dt.datetime):
        return f"{name}:{_moment_text(moment)}"
    return f"{name};VALUE=DATE:{_moment_text(moment)}"


def _folded(line: str) -> str:
    """One content line ending in CRLF, folded before 75 octets (RFC 5545 3.1), never inside a
    UTF-8 sequence: the common short ASCII line costs one check."""
    if len(line) <= FOLD_OCTETS and line.isascii():
        return line + "\r\n"
    pieces: list[str] = []
    piece: list[str] = []
    size = 0
    limit = FOLD_OCTETS
    for character in line:
        width = len(character.encode())
        if size + width > limit:
            pieces.append("".join(piece))
            piece, size, limit = [], 0, FOLD_OCTETS - 1  # a continuation starts with a space
        piece.append(character)
        size += width
    pieces.append("".join(piece))
    return "\r\n ".join(pieces) + "\r\n"


def description_text(summary: str, status: str, sources: Sequence[Mapping[str, Any]]) -> str:
    """DESCRIPTION for people: the summary, then the status and the sources."""
    return "\n\n".join(part for part in (summary, _status_and_sources(status, sources)) if part)


def _status_and_sources(status: str, sources: Sequence[Mapping[str, Any]]) -> str:
    lines = [f"Status: {status} ({STATUS_MEANINGS[Status(status)]})"]
    if sources:
        lines.append("Sources:")
        lines += [f"- {source_text(source)}" for source in sources]
    return "\n".join(lines)


def changed_by_icalendar(text: str) -> bool:
    """Whether the icalendar package would write ``text`` differently from how it reads back.

    It takes a backslash before "N" for an escaped line break and turns carriage returns
    into line breaks (icalendar 7: ``parser.string._escape_char``).
    """
    return "\\N" in text or "\r" in text


def _json_text(value: object) -> str:
    """JSON for an X- property; its backslashes written as \\u005c, which icalendar leaves alone."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("\\\\", "\\u005c")


# ---------------------------------------------------------------------------------------------
# Import


def read_icalendar(data: bytes, source: str) -> Timeline:
    """Read an iCalendar file; raise TimelineLoadError listing every problem and its place."""
    try:
        calendar = Calendar.from_ical(data)
    except ValueError as error:
        raise TimelineLoadError(
            source, [Problem("", QT_TRANSLATE_NOOP("Loader", "not an iCalendar file: %1"), str(error))]
        ) from None
    if not isinstance(calendar, Component) or calendar.name != "VCALENDAR":
        raise TimelineLoadError(
            source, [Problem("", QT_TRANSLATE_NOOP("Loader", "not an iCalendar file: no VCALENDAR"))]
        )
    problems: list[Problem] = []
    document = _header(calendar, source, problems)
    header_lanes = document.get("lanes", [])
    # A header whose lanes are not a list is left for validation to report.
    lanes: list[Any] = list(header_lanes) if isinstance(header_lanes, list) else []
    lane_ids = {lane.get("id") for lane in lanes if isinstance(lane, Mapping)}
    records: list[dict[str, Any]] = []
    used_ids: set[str] = set()
    for index, component in enumerate(calendar.walk("VEVENT")):
        try:
            record = _record(component, f"VEVENT[{index}]", index, used_ids)
        except MalformedError as error:
            problems.append(error.problem)
            continue
        lane = record.get("lane")
        if lane is not None and lane not in lane_ids:
            lane_ids.add(lane)
            lanes.append({"id": lane, "label": lane})  # a lane the header does not describe
        records.append(record)
    if problems:
        raise TimelineLoadError(source, problems)
    document["lanes"] = lanes if isinstance(header_lanes, list) else header_lanes
    document["events"] = records
    return timeline_from_document(document, source, _relocate)


def _relocate(where: str) -> str:
    """Our events are the VEVENTs in file order."""
    path = DocumentPath.parse(where)
    if path is None or path.collection != "events":
        return where
    return f"VEVENT[{path.index}]" + (f".{path.field}{path.rest}" if path.field else path.rest)


def _header(calendar: Component, source: str, problems: list[Problem]) -> dict[str, Any]:
    text = _text(calendar, X_HEADER)
    if text:
        try:
            header = json.loads(text)
        except ValueError as error:
            problems.append(Problem(X_HEADER, NOT_JSON, str(error)))
        else:
            if isinstance(header, dict):
                return {key: value for key, value in header.items() if key in HEADER_FIELDS}
            problems.append(Problem(X_HEADER, _NOT_AN_OBJECT))
    document: dict[str, Any] = {
        "title": _text(calendar, "X-WR-CALNAME") or _text(calendar, "NAME") or title_from_source(source)
    }
    description = _text(calendar, "X-WR-CALDESC") or _text(calendar, "DESCRIPTION")
    if description:
        document["description"] = description
    return document


def _record(component: Component, place: str, index: int, used_ids: set[str]) -> dict[str, Any]:
    """One VEVENT as an event record."""
    errors = dict(component.errors)
    for name in ("DTSTART", "DTEND", "DURATION"):
        if name in errors:
            raise MalformedError(
                f"{place}.{name}", QT_TRANSLATE_NOOP("Loader", "%1"), str(errors[name])
            )  # the library's words
    uid = _text(component, "UID") or ""
    event_id = usable_id(uid.removesuffix(UID_SUFFIX), f"{GENERATED_ID_PREFIX}{index}")
    if event_id in used_ids:
        # Changed occurrences of a recurring event share its UID.
        number = 2
        while f"{event_id}-{number}" in used_ids:
            number += 1
        event_id = f"{event_id}-{number}"
    used_ids.add(event_id)
    our_status = _text(component, X_STATUS)
    status = our_status or STATUS_OF_ICALENDAR.get((_text(component, "STATUS") or "").upper(), DEFAULT_STATUS)
    record: dict[str, Any] = {
        "id": event_id,
        "title": _text(component, "SUMMARY") or UNTITLED_EVENT,
        "date": _text(component, X_EDTF) or _date_text(component, place),
        "status": status,
    }
    if lane := _text(component, X_LANE):
        record["lane"] = lane
    details = _details(component, place)
    if isinstance(details.get("title"), str):
        record["title"] = details["title"]
    summary = _text(component, "DESCRIPTION") or ""
    if isinstance(details.get("summary"), str):
        summary = details["summary"]
    elif our_status:
        # Written by us: the status and sources after the summary are ours to take off again.
        trailer = _status_and_sources(our_status, details.get("sources", ()))
        summary = summary.removesuffix(trailer).removesuffix("\n\n") if summary.endswith(trailer) else summary
    if summary:
        record["summary"] = summary
    record.update({name: details[name] for name in DETAIL_FIELDS if name in details and name != "sources"})
    if "sources" in details:
        record["sources"] = details["sources"]
    elif url := _text(component, "URL"):
        record["sources"] = [{"outlet": urlsplit(url).hostname or WEB_OUTLET, "url": url}]
    tags = details["tags"] if isinstance(details.get("tags"), list) else _categories(component)
    if our_status and "tags" not in details and tags and tags[-1] == our_status:
        tags.pop()  # the status we added after the tags
    if tags:
        record["tags"] = tags
    return {key: record[key] for key in RECORD_ORDER if key in record}


def _details(component: Component, place: str) -> dict[str, Any]:
    text = _text(component, X_DETAILS)
    if not text:
        return {}
    try:
        details = json.loads(text)
    except ValueError as error:
        raise MalformedError(f"{place}.{X_DETAILS}", NOT_JSON, str(error)) from None
    if not isinstance(details, dict):
        raise MalformedError(f"{place}.{X_DETAILS}", _NOT_AN_OBJECT)
    return details


def _text(component: Component, name: str) -> str | None:
    """A property's text, unescaped; None when absent."""
    value = component.get(name)
    if value is None:
        return None
    if isinstance(value, list):  # a property given more than once: the first counts
        value = value[0]
    if isinstance(value, vUnknown):
        # An X- property another program wrote without VALUE=TEXT arrives still escaped.
        text: str = unescape_backslash(str(value))
        return text
    return str(value)


def _categories(component: Component) -> list[str]:
    value = component.get("CATEGORIES")
    if value is None:
        return []
    groups = value if isinstance(value, list) else [value]
    return [str(category) for group in groups for category in group.cats if str(category)]


def _date_text(component: Component, place: str) -> str:
    """EDTF of DTSTART to DTEND (or DTSTART plus DURATION), at the precision the values have."""
    start = _moment(component, "DTSTART", place)
    if start is None:
        raise MalformedError(
            f"{place}.DTSTART", QT_TRANSLATE_NOOP("Loader", "this required property is missing")
        )
    end = _moment(component, "DTEND", place)
    if end is None and component.get("DURATION") is not None:
        duration = getattr(component["DURATION"], "dt", None)
        if isinstance(duration, dt.timedelta):
            end = start + duration
    if isinstance(start, dt.datetime):
        first = _datetime_text(start)
        last = _datetime_text(end) if isinstance(end, dt.datetime) and end != start else first
        return first if last == first else f"{first}/{last}"
    # All-day: DTEND is exclusive, and absent for a single day.
    after = end if end is not None and not isinstance(end, dt.datetime) and end > start else start + ONE_DAY
    return _days_text(start, after - ONE_DAY)


def _moment(component: Component, name: str, place: str) -> Moment | None:
    value = component.get(name)
    if value is None:
        return None
    moment = getattr(value, "dt", None)
    if not isinstance(moment, dt.date):
        raise MalformedError(
            f"{place}.{name}", QT_TRANSLATE_NOOP("Loader", "%1 is not a date or a date-time"), str(value)
        )
    return moment


def _days_text(first: dt.date, last: dt.date) -> str:
    """A run of whole days as EDTF, as coarse as it allows: 2024, 2024-04, 2024-04/2024-06, ..."""
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        start, end = f"{first.year:04}", f"{last.year:04}"
    elif first.day == 1 and last.day == days_in_month(last.year, last.month):
        start, end = f"{first.year:04}-{first.month:02}", f"{last.year:04}-{last.month:02}"
    else:
        start, end = first.isoformat(), last.isoformat()
    return start if start == end else f"{start}/{end}"


def _datetime_text(moment: dt.datetime) -> str:
    """EDTF of a date-time: local time with its UTC offset, or UTC; seconds only when not zero."""
    offset = moment.utcoffset()
    if offset is not None and (offset % dt.timedelta(minutes=1) or abs(offset) > MAX_UTC_OFFSET):
        # Offsets of historical zones (seconds, local mean time): say it in UTC instead.
        moment, offset = moment.astimezone(dt.UTC), dt.timedelta(0)
    text = f"{moment.year:04}-{moment.month:02}-{moment.day:02}T{moment.hour:02}:{moment.minute:02}"
    if moment.second:
        text += f":{moment.second:02}"
    if offset is None:
        return text  # floating time, read as UTC
    if not offset:
        return text + "Z"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes > 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{text}{sign}{hours:02}:{minutes:02}"
