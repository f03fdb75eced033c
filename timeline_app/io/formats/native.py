"""Our JSON file: a loaded Timeline back to the document the loader reads, plus helpers for importers."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from timeline_app.core.event_table import NO_LANE, STATUS_ORDER, EventTable
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase, Translatable
from timeline_app.core.model import DETAIL_EVENT_KEYS, ID_CHARACTERS, ID_MAX_LENGTH, ID_PATTERN, EventRecord
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import Problem, TimelineLoadError
from timeline_app.io.loader import parse_timeline
from timeline_app.io.writing import write_file

# Rich fields in the order files write them (the order of EventRecord), after the core ones.
RICH_FIELDS = tuple(name for name in EventRecord.__annotations__ if name in DETAIL_EVENT_KEYS)
# Files are written for people to read and diff, like events.json.
JSON_INDENT = 2
FIELD_INDENT = " " * JSON_INDENT
ITEM_INDENT = FIELD_INDENT * 2
# Lists written one item per line, as events.json writes them.
LINE_PER_ITEM = frozenset({"exchange_rates", "lanes", "eras", "events"})
# One encoder for every item: json.dumps with options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False)
DEFAULT_TITLE = "Imported timeline"
UNTITLED_EVENT = "Untitled event"
_ID = re.compile(ID_PATTERN)
_NOT_ID_CHARACTERS = re.compile(rf"[^{ID_CHARACTERS}]+")
_EVENT_REFERENCE = re.compile(r"events\[\d+\]")
_ITEM_PATH = re.compile(
    r"(?P<collection>events|lanes|eras)\[(?P<index>\d+)\](?:\.(?P<field>\w+))?(?P<rest>.*)", re.DOTALL
)

Relocate = Callable[[str], str]
"""Rewrites a place in our document ("events[3].date") as the imported file's own ("row 5, ...")."""


def timeline_to_document(timeline: Timeline) -> dict[str, Any]:
    """The timeline as our JSON file format: only the fields that are set, events in file order."""
    document = _header_document(timeline)
    document["events"] = list(event_records(timeline.events))
    return document


def _header_document(timeline: Timeline) -> dict[str, Any]:
    # The header was rebuilt from a full dump when loaded, so "set" means "not the default".
    return timeline.header.model_dump(mode="json", by_alias=True, exclude_defaults=True)


class EncodedItems(list[str]):
    """Items of a document's list already encoded as JSON text, one per line of the file."""


def native_bytes(timeline: Timeline) -> bytes:
    """Our JSON file of the timeline: ``document_bytes(timeline_to_document(timeline))``, byte for
    byte, with each plain event's line made from the columns (a third of the time at a million
    events: no record dict per event, no encoder per line)."""
    document = _header_document(timeline)
    document["events"] = EncodedItems(_event_lines(timeline.events))
    return document_bytes(document)


def _event_lines(events: EventTable) -> list[str]:
    """Each event as ``_ENCODER.encode`` writes its record: plain ones formatted from the columns
    (each distinct date, status and lane encoded once), the few with rich fields from their record."""
    quote = encode_basestring  # what a JSONEncoder(ensure_ascii=False) quotes strings with
    dates = [quote(value.text) for value in events.date_values]
    statuses = [quote(status.value) for status in STATUS_ORDER]
    lanes = [f', "lane": {quote(lane)}' for lane in events.lane_ids]
    lanes.append("")  # what NO_LANE (-1) reads
    summaries = (summary and f', "summary": {quote(summary)}' for summary in events.summaries)
    lines = [
        f'{{"id": {event_id}, "title": {title}, "date": {dates[date]}, "status": {statuses[status]}'
        f"{lanes[lane]}{summary}}}"
        for event_id, title, date, status, lane, summary in zip(
            map(quote, events.ids),
            map(quote, events.titles),
            events.date_code.tolist(),
            events.status.tolist(),
            events.lane.tolist(),
            summaries,
            strict=True,
        )
    ]
    for index in events.details:
        lines[index] = _ENCODER.encode(event_record(events, index))
    return lines


def event_records(events: EventTable) -> Iterator[dict[str, Any]]:
    """Each event as the file writes it, built straight from the columns (no per-event view)."""
    statuses = [STATUS_ORDER[code].value for code in events.status.tolist()]
    lane_ids = events.lane_ids
    lanes = events.lane.tolist()
    details = events.details
    for index, (event_id, title, date, status, lane, summary) in enumerate(
        zip(events.ids, events.titles, events.dates, statuses, lanes, events.summaries, strict=True)
    ):
        yield _record(
            event_id,
            title,
            date,
            status,
            None if lane == NO_LANE else lane_ids[lane],
            summary,
            details.get(index),
        )


def event_record(events: EventTable, index: int) -> dict[str, Any]:
    """One event as the file writes it."""
    lane = int(events.lane[index])
    return _record(
        events.ids[index],
        events.titles[index],
        events.date_values[int(events.date_code[index])].text,
        STATUS_ORDER[int(events.status[index])].value,
        None if lane == NO_LANE else events.lane_ids[lane],
        events.summaries[index],
        events.details.get(index),
    )


def _record(
    event_id: str,
    title: str,
    date: str,
    status: str,
    lane: str | None,
    summary: str,
    rich: Mapping[str, Any] | None,
) -> dict[str, Any]:
    record: dict[str, Any] = {"id": event_id, "title": title, "date": date, "status": status}
    if lane is not None:
        record["lane"] = lane
    if summary:
        record["summary"] = summary
    if rich:
        record.update(rich_fields(rich))
    return record


def rich_fields(rich: Mapping[str, Any]) -> dict[str, Any]:
    """An event's rich fields (actors, amounts, ...) as JSON values, in file order."""
    return {name: _json_value(rich[name]) for name in RICH_FIELDS if rich.get(name)}


def _json_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_json_value(item) for item in value]
    if isinstance(value, BaseModel):
        # Nested models keep track of the fields the file gave: write exactly those back.
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return value


def document_bytes(document: Mapping[str, Any], item_lists: Collection[str] = LINE_PER_ITEM) -> bytes:
    """A document as UTF-8 JSON for people: the header indented, one line per item of ``item_lists``.

    One line per event keeps big files readable and diffs small, and is three times faster
    to write than ``json.dumps(indent=...)``, which runs in pure Python.
    """
    # Pieces joined once: each copy of a big file's text costs a tenth of a second.
    pieces = ["{\n"]
    for number, (key, value) in enumerate(document.items()):
        name = _ENCODER.encode(key)
        pieces.append(f",\n{FIELD_INDENT}{name}: " if number else f"{FIELD_INDENT}{name}: ")
        if key in item_lists and isinstance(value, list) and value:
            items = value if isinstance(value, EncodedItems) else map(_ENCODER.encode, value)
            pieces += ("[\n", ITEM_INDENT, f",\n{ITEM_INDENT}".join(items), f"\n{FIELD_INDENT}]")
        else:
            pieces.append(
                json.dumps(value, ensure_ascii=False, indent=JSON_INDENT).replace("\n", f"\n{FIELD_INDENT}")
            )
    pieces.append("\n}\n")
    return "".join(pieces).encode()


def write_native(timeline: Timeline, path: str | Path) -> None:
    """Write the timeline as our JSON file."""
    write_file(path, native_bytes(timeline))


def timeline_from_document(
    document: Mapping[str, Any], source: str, relocate: Relocate | None = None
) -> Timeline:
    """Validate an importer's document exactly as a native file is validated.

    ``relocate`` rewrites the places of problems (``events[3].date``) in the imported file's
    own terms (``row 5, column "date"``), in messages too ("already used by events[2]").
    """
    try:
        data = json.dumps(document, ensure_ascii=False).encode()
    except UnicodeEncodeError:
        # Text with half of a UTF-16 pair (a lone \ud800 escape in the imported file) is no text.
        message = QT_TRANSLATE_NOOP("Loader", "holds half of a UTF-16 character pair (%1), not text")
        problems = [Problem(where, message, _escaped(half)) for where, half in _lone_surrogates(document)]
        if relocate is not None:
            problems = [_relocated(problem, relocate) for problem in problems]
        raise TimelineLoadError(source, problems) from None
    try:
        return parse_timeline(data, source)
    except TimelineLoadError as error:
        if relocate is None:
            raise
        problems = [_relocated(problem, relocate) for problem in error.problems]
        raise TimelineLoadError(source, problems) from None


def _lone_surrogates(value: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """The place of every string (or key) in a document that holds a lone surrogate, and the first one."""
    if isinstance(value, str):
        half = next((c for c in value if "\ud800" <= c <= "\udfff"), None)
        if half is not None:
            yield where, half
    elif isinstance(value, Mapping):
        for key, item in value.items():
            path = f"{where}.{key}" if where else str(key)
            yield from _lone_surrogates(key, path)
            yield from _lone_surrogates(item, path)
    elif isinstance(value, list | tuple):
        for number, item in enumerate(value):
            yield from _lone_surrogates(item, f"{where}[{number}]")


def _escaped(character: str) -> str:
    return f"\\u{ord(character):04x}"


def _relocated(problem: Problem, relocate: Relocate) -> Problem:
    where = relocate(problem.where) if problem.where else ""
    return Problem(where, _relocated_words(problem.words, relocate))


def _relocated_words(words: Phrase, relocate: Relocate) -> Phrase:
    """``words`` with the places its text arguments name ("events[2]") in the file's own terms."""
    args = tuple(
        _EVENT_REFERENCE.sub(lambda match: relocate(match[0]), arg)
        if isinstance(arg, str)
        else _relocated_words(arg, relocate)
        if isinstance(arg, Phrase)
        else arg
        for arg in words.args
    )
    return Phrase(words.context, words.template, args)


@dataclass(frozen=True, slots=True)
class DocumentPath:
    """A place in our document, taken apart: ``events[3].sources[0].outlet``."""

    collection: str  # "events", "lanes" or "eras"
    index: int  # 3
    field: str  # "sources", or "" for the whole item
    rest: str  # "[0].outlet"

    @classmethod
    def parse(cls, where: str) -> DocumentPath | None:
        """The parts of the place of an event, lane or era; None for other places."""
        match = _ITEM_PATH.fullmatch(where)
        if match is None:
            return None
        return cls(match["collection"], int(match["index"]), match["field"] or "", match["rest"])


class MalformedError(Exception):
    """An imported file does not have the shape its format asks for, at one place."""

    def __init__(self, where: str, message: str | Phrase, *args: str | int | Translatable) -> None:
        self.problem = Problem(where, message, *args)
        super().__init__(str(self.problem))


def title_from_source(source: str) -> str:
    """A title for a timeline whose file has none: the file's name without its suffix."""
    return Path(source).stem.strip() or DEFAULT_TITLE


def usable_id(value: str | None, fallback: str) -> str:
    """An imported identifier as an id of ours: kept when valid, else made valid, else the fallback."""
    if not value:
        return fallback
    if len(value) <= ID_MAX_LENGTH and _ID.fullmatch(value):
        return value
    cleaned = _NOT_ID_CHARACTERS.sub("-", value).strip("-").lstrip("_.:")[:ID_MAX_LENGTH]
    return cleaned or fallback


def source_text(source: Mapping[str, Any]) -> str:
    """A source in one line: "outlet (via relay): quote <url>", each part after the outlet optional."""
    text = str(source["outlet"])
    if source.get("via") is not None:
        text += f" (via {source['via']})"
    if source.get("quote") is not None:
        text += f": {source['quote']}"
    if source.get("url") is not None:
        text += f" <{source['url']}>"
    return text
