"""The Timeline Project's .timeline XML: categories as lanes, fuzzy as approximate, ends-today as open.

The file (version 1 and later, Gregorian time) holds ``categories`` (name, "r,g,b" colour,
parent), ``eras`` and ``events``: start and end as "YYYY-MM-DD HH:MM:SS", text, fuzzy,
ends_today, milestone, category, description and hyperlink. Times of midnight at both ends
are whole days; ``fuzzy`` makes both ends approximate (``~``); ``ends_today`` leaves the end
open (``..``); a milestone is its start; a container ("[1]Name") is an event its subevents
("(1)Text") link to as ``part_of``. The hyperlink is the event's source. Other time types
(numeric, fantasy calendars) are refused.

XML is parsed by the standard library's expat with every document type declaration refused:
a .timeline file has none, and one is how entity expansion ("billion laughs") and external
entities get in. Problems name the line and column of the element:
``line 12, column 6: '2023-02-30 00:00:00' is not a date of this calendar``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final
from xml.parsers import expat

from timeline_app.core.i18n import QT_TRANSLATE_NOOP
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import Problem, TimelineLoadError

from .native import DocumentPath, MalformedError, timeline_from_document, title_from_source, usable_id

GREGORIAN: Final = "gregoriantime"
_TIME = re.compile(r"(-?\d{1,})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})")
_COLOUR = re.compile(r"(\d{1,3}),(\d{1,3}),(\d{1,3})")
_CONTAINER = re.compile(r"\[(\d*)\](.*)", re.DOTALL)
_SUBEVENT = re.compile(r"\((\d*)\)(.*)", re.DOTALL)
MAX_COLOUR: Final = 255
MIDNIGHT: Final = ("0", "00", "00")


@dataclass(frozen=True, slots=True)
class _Place:
    line: int
    column: int  # 1-based, as editors count

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}"


class _DoctypeError(ValueError):
    """A document type declaration, which a .timeline file never has."""


def parse_xml(data: bytes, source: str) -> tuple[ET.Element, Callable[[ET.Element], _Place]]:
    """The root element and the place of each element; TimelineLoadError for XML that is not
    well-formed or that declares a document type (entities).

    expat straight into an ElementTree builder: ElementTree's own parser keeps no positions.
    """
    builder = ET.TreeBuilder()
    places: dict[int, _Place] = {}  # id(element) -> place; the tree keeps its elements alive
    parser = expat.ParserCreate()

    def start(tag: str, attributes: dict[str, str]) -> None:
        element = builder.start(tag, attributes)
        places[id(element)] = _Place(parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)

    def refuse(*_: object) -> None:
        raise _DoctypeError

    parser.StartElementHandler = start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(data, True)
        root = builder.close()
    except _DoctypeError:
        place = _Place(parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)
        message = QT_TRANSLATE_NOOP(
            "Loader", "a document type declaration (with its entities) is not allowed in a .timeline file"
        )
        raise TimelineLoadError(source, [Problem(str(place), message)]) from None
    except expat.ExpatError as error:
        where = f"line {error.lineno}, column {error.offset + 1}"
        message = QT_TRANSLATE_NOOP("Loader", "not XML: %1")
        raise TimelineLoadError(
            source, [Problem(where, message, expat.errors.messages[error.code])]
        ) from None
    return root, lambda element: places.get(id(element), _Place(1, 1))


def read_thetimelineproject(data: bytes, source: str) -> Timeline:
    """Read a .timeline file; TimelineLoadError names the line and column of every problem."""
    root, place_of = parse_xml(data, source)
    if root.tag != "timeline":
        message = QT_TRANSLATE_NOOP("Loader", "<%1> is not a <timeline>")
        raise TimelineLoadError(source, [Problem(str(place_of(root)), message, root.tag)])
    reader = _Reader(place_of)
    timetype = root.find("timetype")
    if timetype is not None and (timetype.text or "").strip() != GREGORIAN:
        message = QT_TRANSLATE_NOOP("Loader", "the time type %1 is not supported (only %2)")
        raise TimelineLoadError(
            source, [Problem(str(place_of(timetype)), message, repr(timetype.text), repr(GREGORIAN))]
        )
    for category in root.iterfind("categories/category"):
        reader.category(category)
    for era in root.iterfind("eras/era"):
        reader.era(era)
    for event in root.iterfind("events/event"):
        reader.event(event)
    reader.link_subevents()
    document: dict[str, Any] = {"title": title_from_source(source), "lanes": reader.lanes}
    if reader.eras:
        document["eras"] = reader.eras
    document["events"] = reader.events
    problems = list(reader.problems)
    try:
        timeline = timeline_from_document(document, source, reader.relocate)
    except TimelineLoadError as error:
        problems += error.problems
    if problems:
        raise TimelineLoadError(source, sorted(problems, key=_line_of))
    return timeline


def _line_of(problem: Problem) -> tuple[int, int]:
    match = re.match(r"line (\d+), column (\d+)", problem.where)
    return (int(match[1]), int(match[2])) if match else (0, 0)


class _Reader:
    """The elements of a .timeline file gathered into our document, each item's place kept."""

    def __init__(self, place_of: Callable[[ET.Element], _Place]) -> None:
        self.place_of = place_of
        self.lanes: list[dict[str, str]] = []
        self.lane_ids: dict[str, str] = {}  # category name -> lane id
        self.eras: list[dict[str, str]] = []
        self.events: list[dict[str, Any]] = []
        self.places: dict[str, list[dict[str, _Place]]] = {"lanes": [], "eras": [], "events": []}
        self.containers: dict[str, str] = {}  # container number -> event id
        self.subevents: list[tuple[dict[str, Any], str]] = []  # (record, container number)
        self.problems: list[Problem] = []
        self.event_count = 0

    def _text(self, element: ET.Element, name: str, *, required: bool = False) -> str:
        child = element.find(name)
        if child is None:
            if required:
                raise MalformedError(
                    str(self.place_of(element)),
                    QT_TRANSLATE_NOOP("Loader", "<%1> has no <%2>"),
                    element.tag,
                    name,
                )
            return ""
        return child.text or ""

    def _places(self, element: ET.Element, fields: dict[str, str]) -> dict[str, _Place]:
        places = {"": self.place_of(element)}
        for field, name in fields.items():
            child = element.find(name)
            places[field] = self.place_of(child) if child is not None else places[""]
        return places

    def category(self, element: ET.Element) -> None:
        try:
            name = self._text(element, "name", required=True).strip()
            if not name or name in self.lane_ids:
                return  # the Timeline Project keeps the first of two categories of one name
            base = lane_id = usable_id(name, f"category-{len(self.lanes) + 1}")
            suffix = 2
            while lane_id in self.lane_ids.values():  # "A B" and "A-B" are two categories
                lane_id, suffix = f"{base}-{suffix}", suffix + 1
            lane = {"id": lane_id, "label": name}
            colour = self._colour(element)
            if colour:
                lane["color"] = colour
        except MalformedError as error:
            self.problems.append(error.problem)
            return
        self.lane_ids[name] = lane_id
        self.lanes.append(lane)
        self.places["lanes"].append(self._places(element, {"id": "name", "label": "name", "color": "color"}))

    def era(self, element: ET.Element) -> None:
        try:
            start = _time(self._text(element, "start", required=True), self._where(element, "start"))
            end = _time(self._text(element, "end", required=True), self._where(element, "end"))
            era = {
                "title": self._text(element, "name", required=True),
                "date": _span(start, end, element, self),
            }
            if colour := self._colour(element):
                era["color"] = colour
        except MalformedError as error:
            self.problems.append(error.problem)
            return
        self.eras.append(era)
        self.places["eras"].append(
            self._places(element, {"title": "name", "date": "start", "color": "color"})
        )

    def event(self, element: ET.Element) -> None:
        self.event_count += 1
        number = self.event_count
        try:
            start = _time(self._text(element, "start", required=True), self._where(element, "start"))
            end = _time(self._text(element, "end", required=True), self._where(element, "end"))
            text = self._text(element, "text", required=True)
            if _flag(self._text(element, "milestone")):
                end = start
            date = _span(start, end, element, self)
        except MalformedError as error:
            self.problems.append(error.problem)
            return
        record: dict[str, Any] = {
            "id": f"event-{number}",
            "title": text.strip(),
            "date": date,
            "status": "confirmed",
        }
        container = _CONTAINER.fullmatch(text)
        subevent = _SUBEVENT.fullmatch(text)
        if container is not None:
            record["title"] = container[2].strip()
            self.containers.setdefault(container[1], record["id"])
        elif subevent is not None:
            record["title"] = subevent[2].strip()
            self.subevents.append((record, subevent[1]))
        elif text[:2] in (" (", " ["):
            record["title"] = text[1:].strip()  # the space the Timeline Project adds to tell them apart
        category = self._text(element, "category").strip()
        if category:
            record["lane"] = self.lane_ids.get(category, category)  # an unknown one: the loader says so
        if description := self._text(element, "description").strip():
            record["summary"] = description
        if hyperlink := self._text(element, "hyperlink").strip():
            record["sources"] = [{"outlet": hyperlink, "url": hyperlink}]
        self.events.append(record)
        fields = {
            "title": "text",
            "date": "start",
            "lane": "category",
            "summary": "description",
            "sources": "hyperlink",
        }
        self.places["events"].append(self._places(element, fields))

    def link_subevents(self) -> None:
        for record, number in self.subevents:
            container = self.containers.get(number)
            if container is not None:
                record["links"] = [{"type": "part_of", "target": container}]

    def _where(self, element: ET.Element, name: str) -> str:
        child = element.find(name)
        return str(self.place_of(child if child is not None else element))

    def _colour(self, element: ET.Element) -> str | None:
        text = self._text(element, "color").strip()
        if not text:
            return None
        match = _COLOUR.fullmatch(text)
        if match is None or any(int(part) > MAX_COLOUR for part in match.groups()):
            message = QT_TRANSLATE_NOOP("Loader", "%1 is not a colour (r,g,b from 0 to 255)")
            raise MalformedError(self._where(element, "color"), message, repr(text))
        return "#" + "".join(f"{int(part):02x}" for part in match.groups())

    def relocate(self, where: str) -> str:
        path = DocumentPath.parse(where)
        if path is None or path.collection not in self.places:
            return where
        places = self.places[path.collection][path.index]
        return str(places.get(path.field, places[""]))


@dataclass(frozen=True, slots=True)
class _Time:
    date: str  # YYYY-MM-DD
    clock: tuple[str, str, str]  # hour, minute, second as written

    def edtf(self, whole_day: bool) -> str:
        if whole_day:
            return self.date
        hour, minute, second = self.clock
        return f"{self.date}T{int(hour):02}:{minute}:{second}"


def _time(text: str, where: str) -> _Time:
    match = _TIME.fullmatch(text.strip())
    if match is None:
        raise MalformedError(
            where,
            QT_TRANSLATE_NOOP("Loader", "%1 is not a time (write it as 2024-03-05 14:30:00)"),
            repr(text.strip()),
        )
    year, month, day, hour, minute, second = match.groups()
    number = int(year)
    written_year = f"-{-number:04}" if number < 0 else f"{number:04}"
    return _Time(f"{written_year}-{int(month):02}-{int(day):02}", (hour, minute, second))


def _span(start: _Time, end: _Time, element: ET.Element, reader: _Reader) -> str:
    """The EDTF of a period: whole days when both ends are at midnight; fuzzy and ends_today applied."""
    whole_days = start.clock in (MIDNIGHT, ("00", "00", "00")) and end.clock in (MIDNIGHT, ("00", "00", "00"))
    mark = "~" if _flag(reader._text(element, "fuzzy")) else ""
    first = start.edtf(whole_days) + mark
    if _flag(reader._text(element, "ends_today")):
        return f"{first}/.."
    last = end.edtf(whole_days) + mark
    return first if last == first else f"{first}/{last}"


def _flag(text: str) -> bool:
    return text.strip() == "True"
