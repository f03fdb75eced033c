"""CSV and TSV: our own columns (read and write, keeping all) and the TimelineJS Sheets template (read).

Our columns: ``kind, id, title, date, status, lane, lane_label, summary, html, actors, tags,
sources, amounts, metrics, links, color, images``. Columns are found by name (any order, any case); ``id``,
``title``, ``date`` and ``status`` are required, unknown columns are ignored, and the delimiter
(comma, semicolon or tab) is told from the header row. Each row is one thing, said by ``kind``:

- empty (or ``event``): an event. ``actors`` and ``tags`` are separated by ``;``; ``sources`` are
  entries separated by `` | ``, each ``outlet (via relay): quote <url>`` with the via, quote and
  url parts optional; ``links`` are ``type target`` pairs separated by ``;`` (``denies jlr-2``);
  ``amounts``, ``metrics`` and ``images`` are JSON lists of our JSON's objects. A list that cannot be
  written the short way (an item with the separator in it) is written as a JSON list, which
  the reader also takes.
- ``timeline``: the title (``title``), description (``summary``), source (``sources``, a JSON
  object), exchange rates (``amounts``, a JSON list) and schema (``links``) of the timeline.
- ``lane``: a lane, in order: its id (``lane``), label (``lane_label``), ``color`` and
  description (``summary``). A lane that only events name is made from their ``lane`` and
  ``lane_label`` cells, after the lanes of lane rows.
- ``era``: an era's ``title``, ``date`` and ``color``.

So a timeline written as CSV reads back as it was, except that an empty description reads
back as none. A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
would run as a formula in a spreadsheet (CSV injection): it is written after a ``'``, which
spreadsheets show as text, and the reader takes one leading ``'`` off such a cell (a cell
that starts with ``'`` then one of them gets one ``'`` more). The file is UTF-8 with a byte
order mark, which spreadsheets need to read it as UTF-8; the reader also takes UTF-16 and
Windows-1252 files (``encodings``). A ``.tsv`` file is written with tabs.

Problems name the spreadsheet row (the header is row 1) and column:
``row 5, column "Year": 'abc' is not a year``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase, PhraseError
from timeline_app.core.model import LinkType
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import Problem, TimelineLoadError
from timeline_app.io.writing import write_file

from .encodings import UndecodableTextError, decode_text
from .native import (
    DocumentPath,
    MalformedError,
    event_records,
    source_text,
    timeline_from_document,
    title_from_source,
)
from .timelinejs import (
    GENERATED_ID_PREFIX,
    DateParts,
    Media,
    Slide,
    SlideCollector,
    date_parts,
    html_to_text,
)

COLUMNS: Final = (
    "kind", "id", "title", "date", "status", "lane", "lane_label", "summary", "html", "actors", "tags",
    "sources", "amounts", "metrics", "links", "color", "images",
)  # fmt: skip
REQUIRED_COLUMNS: Final = ("id", "title", "date", "status")
# A header with these is ours (and then needs all of REQUIRED_COLUMNS); else it is mapped.
OUR_COLUMNS: Final = frozenset({"id", "title", "date"})
EVENT_KIND: Final = "event"
TIMELINE_KIND: Final = "timeline"
LANE_KIND: Final = "lane"
ERA_KIND: Final = "era"
KINDS: Final = (EVENT_KIND, TIMELINE_KIND, LANE_KIND, ERA_KIND)
LIST_SEPARATOR: Final = ";"
LIST_JOINER: Final = "; "
SOURCE_SEPARATOR: Final = " | "
# Excel reads a CSV as UTF-8 only when it starts with a byte order mark.
UTF8_BOM: Final = "\ufeff"
# Delimiters a spreadsheet may have used; Excel in many European locales writes ";".
DELIMITERS: Final = (",", ";", "\t")
TSV_SUFFIX: Final = ".tsv"
HEADER_ROW: Final = 1
# A cell may be as long as a C long allows everywhere (the csv module's limit is 128 KB).
MAX_FIELD_CHARS: Final = 2**31 - 1
# What starts a formula in Excel, LibreOffice or Google Sheets (OWASP's list for CSV injection).
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK: Final = "'"
# A cell the writer marked: quote marks then a formula start; the reader takes one mark off.
_MARKED = re.compile(rf"'+[{re.escape(''.join(FORMULA_STARTS))}]")
_SOURCE = re.compile(
    r"(?P<outlet>.+?)(?: \(via (?P<via>.+?)\))?(?:: (?P<quote>.*?))?(?: <(?P<url>[^<>\s]+)>)?", re.DOTALL
)
LINK_TYPES: Final = frozenset(LinkType.__args__)  # type: ignore[attr-defined]
# Where a problem with a header field is, in the timeline row.
_HEADER_COLUMNS: Final = {
    "title": "title", "description": "summary", "source": "sources", "exchange_rates": "amounts",
    "$schema": "links",
}  # fmt: skip
_LANE_COLUMNS: Final = {"id": "lane", "label": "lane_label", "color": "color", "description": "summary"}


# ---------------------------------------------------------------------------------------------
# Our columns: writing


def timeline_to_csv(timeline: Timeline, delimiter: str = ",") -> str:
    """The timeline as the text of our CSV (header row first, no byte order mark)."""
    buffer = io.StringIO()
    # RFC 4180 line ends, as spreadsheets write.
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in csv_rows(timeline):
        writer.writerow([as_text_cell(cell) for cell in row])
    return buffer.getvalue()


def as_text_cell(cell: str) -> str:
    """The cell as a spreadsheet shows it as text: formula starts get a leading ``'``."""
    if cell.startswith(FORMULA_STARTS) or _MARKED.match(cell):
        return TEXT_MARK + cell
    return cell


def from_text_cell(cell: str) -> str:
    """The cell as it was before ``as_text_cell``."""
    return cell[1:] if _MARKED.match(cell) else cell


def csv_rows(timeline: Timeline) -> Iterator[list[str]]:
    """One row of cells per item (timeline, lanes, eras, events), in the order of COLUMNS."""
    header = timeline.header
    rows: list[dict[str, str]] = []
    timeline_row = {"kind": TIMELINE_KIND, "title": header.title, "summary": header.description or ""}
    if header.source is not None:
        timeline_row["sources"] = _json(header.source.model_dump(mode="json", exclude_defaults=True))
    if header.exchange_rates:
        rates = [
            rate.model_dump(mode="json", by_alias=True, exclude_defaults=True)
            for rate in header.exchange_rates
        ]
        timeline_row["amounts"] = _json(rates)
    if header.schema_url is not None:
        timeline_row["links"] = header.schema_url
    rows.append(timeline_row)
    for lane in header.lanes:
        row = {"kind": LANE_KIND, "lane": lane.id, "lane_label": lane.label, "color": lane.color or ""}
        rows.append(row | {"summary": lane.description or ""})
    rows += [
        {"kind": ERA_KIND, "title": era.title, "date": era.date, "color": era.color or ""}
        for era in header.eras
    ]
    yield from ([row.get(name, "") for name in COLUMNS] for row in rows)
    labels = {lane.id: lane.label for lane in timeline.lanes}
    for record in event_records(timeline.events):
        lane = record.get("lane", "")
        yield [
            "",
            record["id"],
            record["title"],
            record["date"],
            record["status"],
            lane,
            labels[lane] if lane else "",
            record.get("summary", ""),
            record.get("html", ""),
            encode_list(record.get("actors", ())),
            encode_list(record.get("tags", ())),
            encode_sources(record.get("sources", ())),
            _json(record["amounts"]) if "amounts" in record else "",
            _json(record["metrics"]) if "metrics" in record else "",
            encode_links(record.get("links", ())),
            "",
            _json(record["images"]) if "images" in record else "",
        ]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def write_csv(timeline: Timeline, path: str | Path) -> None:
    """Write the timeline as our CSV (tab-separated for a .tsv file)."""
    delimiter = "\t" if Path(path).suffix.lower() == TSV_SUFFIX else ","
    write_file(path, (UTF8_BOM + timeline_to_csv(timeline, delimiter)).encode())


def encode_list(items: Sequence[str]) -> str:
    """Items joined by "; ", or a JSON list when that would not read back the same."""
    if not items:
        return ""
    simple = LIST_JOINER.join(items)
    return simple if decode_list(simple) == list(items) else _json(list(items))


def encode_sources(sources: Sequence[Mapping[str, Any]]) -> str:
    """Sources as "outlet (via relay): quote <url>" entries, or a JSON list when that would not read back."""
    if not sources:
        return ""
    simple = SOURCE_SEPARATOR.join(map(source_text, sources))
    expected = [dict(source) for source in sources]
    return simple if decode_sources(simple) == expected else _json(expected)


def encode_links(links: Sequence[Mapping[str, Any]]) -> str:
    """Links as "type target; type target", or a JSON list when that would not read back."""
    if not links:
        return ""
    simple = LIST_JOINER.join(f"{link['type']} {link['target']}" for link in links)
    expected = [dict(link) for link in links]
    try:
        same = decode_links(simple) == expected
    except ValueError:
        same = False
    return simple if same else _json(expected)


# ---------------------------------------------------------------------------------------------
# Our columns: reading


def decode_list(cell: str) -> list[Any]:
    """A list cell: "a; b" or a JSON list (an empty cell is an empty list)."""
    text = cell.strip()
    as_json = _json_list(text)
    if as_json is not None:
        return as_json
    return [item.strip() for item in text.split(LIST_SEPARATOR) if item.strip()]


def decode_sources(cell: str) -> list[Any]:
    """A sources cell: "outlet (via relay): quote <url> | ..." or a JSON list."""
    text = cell.strip()
    as_json = _json_list(text)
    if as_json is not None:
        return as_json
    sources = []
    for written in text.split(SOURCE_SEPARATOR):
        entry = written.strip()
        match = _SOURCE.fullmatch(entry) if entry else None
        if match is not None:
            sources.append({name: value for name, value in match.groupdict().items() if value is not None})
    return sources


def decode_links(cell: str) -> list[Any]:
    """A links cell: "denies other-id; follows x" or a JSON list; ValueError for an item without a target."""
    text = cell.strip()
    as_json = _json_list(text)
    if as_json is not None:
        return as_json
    links = []
    for item in text.split(LIST_SEPARATOR):
        words = item.split()
        if not words:
            continue
        if len(words) != 2:
            message = QT_TRANSLATE_NOOP(
                "Loader", '%1 is not a link: write its type and the target\'s id, as "denies x"'
            )
            raise PhraseError(Phrase("Loader", message, (repr(item.strip()),)))
        links.append({"type": words[0], "target": words[1]})
    return links


def _json_list(text: str) -> list[Any] | None:
    """The cell as a JSON list, if it is one; a cell such as "[draft]; final" is not."""
    if not text.startswith("["):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, list) else None


def _json_cell(text: str, where: str, expected: type, what: str) -> Any:
    """A cell holding JSON of the ``expected`` type, or MalformedError naming its place."""
    try:
        value = json.loads(text)
    except ValueError as error:
        raise MalformedError(
            where,
            QT_TRANSLATE_NOOP("Loader", "not valid JSON (%1); write %2"),
            str(error),
            Phrase("Loader", what),
        ) from None
    if not isinstance(value, expected):
        raise MalformedError(where, QT_TRANSLATE_NOOP("Loader", "write %1"), Phrase("Loader", what))
    return value


class _OurRows:
    """The rows of our CSV gathered into a document, with the spreadsheet row of each item."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.header: dict[str, Any] = {}
        self.timeline_row: int | None = None
        self.declared: dict[str, dict[str, Any]] = {}  # lanes of lane rows, in order
        self.named: dict[str, dict[str, Any]] = {}  # lanes only events name, in order of first mention
        self.lane_rows: dict[str, int] = {}  # the row that gave each lane
        self.rows: dict[str, list[int]] = {"events": [], "lanes": [], "eras": []}
        self.events: list[dict[str, Any]] = []
        self.eras: list[dict[str, Any]] = []
        self.problems: list[Problem] = []

    def add(self, number: int, cell: Callable[[str], str]) -> None:
        """Take one row; a malformed one becomes a problem."""
        kind = cell("kind").strip().lower() or EVENT_KIND
        try:
            if kind == EVENT_KIND:
                self._event(number, cell)
            elif kind == TIMELINE_KIND:
                self._timeline(number, cell)
            elif kind == LANE_KIND:
                self._lane(number, cell)
            elif kind == ERA_KIND:
                era = {"title": cell("title"), "date": cell("date").strip()}
                if color := cell("color").strip():
                    era["color"] = color
                self.eras.append(era)
                self.rows["eras"].append(number)
            else:
                kinds = ", ".join(kind for kind in KINDS if kind != EVENT_KIND)
                message = QT_TRANSLATE_NOOP("Loader", "%1 is not a kind of row (%2, or empty for an event)")
                raise MalformedError(f'row {number}, column "kind"', message, repr(cell("kind")), kinds)
        except MalformedError as error:
            self.problems.append(error.problem)

    def _event(self, number: int, cell: Callable[[str], str]) -> None:
        def place(column: str) -> str:
            return f'row {number}, column "{column}"'

        record: dict[str, Any] = {
            "id": cell("id").strip(),
            "title": cell("title"),
            "date": cell("date").strip(),
            "status": cell("status").strip().lower(),
        }
        lane = cell("lane").strip()
        if lane:
            record["lane"] = lane
            label = cell("lane_label").strip()
            if lane not in self.named:
                self.named[lane] = {"id": lane, "label": label or lane}
                self.lane_rows.setdefault(lane, number)
            elif label and self.named[lane]["label"] == lane:
                self.named[lane]["label"] = label  # the first row that names the label gives it
        for name in ("summary", "html"):
            if text := cell(name):
                record[name] = text
        for name in ("actors", "tags"):
            if items := decode_list(cell(name)):
                record[name] = items
        for name, what in (
            ("amounts", QT_TRANSLATE_NOOP("Loader", "a JSON list of amounts")),
            ("metrics", QT_TRANSLATE_NOOP("Loader", "a JSON list of metrics")),
            ("images", QT_TRANSLATE_NOOP("Loader", "a JSON list of images")),
        ):
            if text := cell(name).strip():
                record[name] = _json_cell(text, place(name), list, what)
        if sources := decode_sources(cell("sources")):
            record["sources"] = sources
        try:
            links = decode_links(cell("links"))
        except PhraseError as error:
            raise MalformedError(place("links"), error.phrase) from None
        if links:
            record["links"] = links
        self.events.append(record)
        self.rows["events"].append(number)

    def _timeline(self, number: int, cell: Callable[[str], str]) -> None:
        if self.timeline_row is not None:
            message = QT_TRANSLATE_NOOP("Loader", "a second timeline row (the timeline is on row %1)")
            raise MalformedError(f'row {number}, column "kind"', message, self.timeline_row)
        self.timeline_row = number
        header: dict[str, Any] = {"title": cell("title")}
        if schema := cell("links").strip():
            header["$schema"] = schema
        if description := cell("summary"):
            header["description"] = description
        if text := cell("sources").strip():
            where = f'row {number}, column "sources"'
            what = QT_TRANSLATE_NOOP("Loader", 'the source as a JSON object ({"publisher": …})')
            header["source"] = _json_cell(text, where, dict, what)
        if text := cell("amounts").strip():
            where = f'row {number}, column "amounts"'
            what = QT_TRANSLATE_NOOP("Loader", "the exchange rates as a JSON list")
            header["exchange_rates"] = _json_cell(text, where, list, what)
        self.header = header

    def _lane(self, number: int, cell: Callable[[str], str]) -> None:
        lane_id = cell("lane").strip()
        if not lane_id:
            raise MalformedError(
                f'row {number}, column "lane"', QT_TRANSLATE_NOOP("Loader", "a lane row needs the lane's id")
            )
        if lane_id in self.declared:
            first = self.lane_rows[lane_id]
            message = QT_TRANSLATE_NOOP("Loader", "%1 is already the lane of row %2")
            raise MalformedError(f'row {number}, column "lane"', message, repr(lane_id), first)
        label = cell("lane_label")  # as written: our own exports keep a label's spaces
        lane: dict[str, Any] = {"id": lane_id, "label": label if label.strip() else lane_id}
        if color := cell("color").strip():
            lane["color"] = color
        if description := cell("summary"):
            lane["description"] = description
        self.declared[lane_id] = lane
        self.lane_rows[lane_id] = number

    def document(self) -> dict[str, Any]:
        """The gathered rows as our JSON document; lanes of lane rows first, in their order."""
        lanes = list(self.declared.values())
        lanes += [lane for lane_id, lane in self.named.items() if lane_id not in self.declared]
        self.rows["lanes"] = [self.lane_rows[lane["id"]] for lane in lanes]
        document: dict[str, Any] = {"title": title_from_source(self.source)} | self.header
        document["lanes"] = lanes
        if self.eras:
            document["eras"] = self.eras
        document["events"] = self.events
        return document

    def relocate(self, where: str) -> str:
        """A place in the document as a row and column of the sheet."""
        head = re.match(r"[$\w]+", where)
        if head is not None and head[0] in _HEADER_COLUMNS and self.timeline_row is not None:
            rest = where[head.end() :]
            detail = f" ({head[0]}{rest})" if rest else ""
            return f'row {self.timeline_row}, column "{_HEADER_COLUMNS[head[0]]}"{detail}'
        columns = {"lanes": _LANE_COLUMNS}
        return row_relocator(self.rows, columns)(where)


def read_csv(data: bytes, source: str) -> Timeline:
    """Read our CSV, or another CSV through the column mapping guessed from its header.

    Raises TimelineLoadError naming the row and column of every problem.
    """
    table = Table.parse(data, source, text_cells=True)
    if not {name.strip().lower() for name in table.header} >= OUR_COLUMNS:
        from .column_mapping import guess_mapping
        from .spreadsheets import read_sheet, sheet_of_table

        mapping = guess_mapping(table.header)
        if mapping.get("title") and (mapping.get("date") or mapping.get("year")):
            return read_sheet(sheet_of_table(table), source, mapping)
    table.require(REQUIRED_COLUMNS)
    return read_our_table(table, source)


def read_our_table(table: Table, source: str) -> Timeline:
    """Our CSV's rows (of a CSV file or a spreadsheet) as a timeline."""
    gathered = _OurRows(source)
    for number, cell in table.records():
        gathered.add(number, cell)
    problems = gathered.problems + table.problems
    if problems:
        raise TimelineLoadError(source, sorted(problems, key=lambda problem: _row_number(problem.where)))
    return timeline_from_document(gathered.document(), source, gathered.relocate)


def row_relocator(
    rows: Mapping[str, Sequence[int]], columns: Mapping[str, Mapping[str, str]]
) -> Callable[[str], str]:
    """Places in our document as spreadsheet rows and columns.

    ``rows``: the row of each event, lane or era; ``columns``: column names of fields, by collection.
    """

    def relocate(where: str) -> str:
        path = DocumentPath.parse(where)
        if path is None or path.collection not in rows:
            return where
        place = f"row {rows[path.collection][path.index]}"
        if not path.field:
            return place
        column = columns.get(path.collection, {}).get(path.field, path.field)
        detail = f" ({path.field}{path.rest})" if path.rest else ""
        return f'{place}, column "{column}"{detail}'

    return relocate


@contextmanager
def _unlimited_fields() -> Iterator[None]:
    """The csv module's cell size limit (128 KB by default, and process-wide) lifted for a read."""
    previous = csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _csv_problem(text: str, rows: list[list[str]], line: int, error: csv.Error) -> Problem:
    """Where and why the CSV reader stopped, said as a person editing the sheet needs it."""
    row = HEADER_ROW + len(rows)  # the row being read: the one after the last complete one
    if "unexpected end of data" in str(error) or "EOF" in str(error):
        opened = _line_of_row_start(text, len(rows))
        return Problem(
            f"row {row}", QT_TRANSLATE_NOOP("Loader", 'a quote (") opened on line %1 is never closed'), opened
        )
    return Problem(f"row {row}, line {line}", QT_TRANSLATE_NOOP("Loader", "not valid CSV: %1"), str(error))


def _line_of_row_start(text: str, complete_rows: int) -> int:
    """The line where the row after ``complete_rows`` complete rows starts (1-based)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    with _unlimited_fields():
        for _ in range(complete_rows):
            next(reader)
    return reader.line_num + 1


class Table:
    """A CSV file's (or a sheet's) rows of text, with its columns found by name."""

    def __init__(
        self,
        source: str,
        header: list[str],
        rows: list[list[str]],
        *,
        numbers: Sequence[int] | None = None,
        text_cells: bool = False,
    ) -> None:
        self.source = source
        self.header = header
        # The spreadsheet row of each row (a sheet may have blank rows above its header).
        self.numbers = list(numbers) if numbers is not None else list(range(HEADER_ROW + 1, len(rows) + 2))
        self.header_row = self.numbers[0] - 1 if self.numbers else HEADER_ROW
        self.text_cells = text_cells  # cells may carry as_text_cell's mark, to be taken off
        # The first of two columns with the same name wins, as people read a sheet left to right.
        named = reversed(list(enumerate(header)))
        self.columns = {name.strip().lower(): position for position, name in named}
        self.width = len(header)
        self.rows = rows
        self.problems: list[Problem] = []  # of the rows records() skipped

    @classmethod
    def read(cls, data: bytes, source: str, required: Sequence[str], *, text_cells: bool = False) -> Table:
        """Parse the bytes; TimelineLoadError for bad text, bad CSV or missing required columns."""
        table = cls.parse(data, source, text_cells=text_cells)
        table.require(required)
        return table

    @classmethod
    def parse(cls, data: bytes, source: str, *, text_cells: bool = False) -> Table:
        """Parse the bytes; TimelineLoadError for bad text or bad CSV."""
        try:
            text = decode_text(data).text
        except UndecodableTextError as error:
            message = QT_TRANSLATE_NOOP("Loader", "not valid %1 text; save the spreadsheet as CSV UTF-8")
            raise TimelineLoadError(
                source, [Problem(f"line {error.line}", message, error.encoding)]
            ) from None
        if not text.strip():
            raise TimelineLoadError(source, [Problem("", QT_TRANSLATE_NOOP("Loader", "the file is empty"))])
        first_line = text.split("\n", 1)[0]
        delimiter = max(DELIMITERS, key=first_line.count)
        # strict: a quote never closed is an error at the end of the file, not the rest of the
        # file swallowed into one cell; no limit on a cell's size: our own exports write long ones.
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        rows: list[list[str]] = []
        try:
            with _unlimited_fields():
                for cells in reader:
                    rows.append(cells)
        except csv.Error as error:
            raise TimelineLoadError(source, [_csv_problem(text, rows, reader.line_num, error)]) from None
        return cls(source, rows[0], rows[1:], text_cells=text_cells)

    def require(self, required: Sequence[str]) -> None:
        """TimelineLoadError naming the header row when a required column is missing."""
        missing = [name for name in required if name.lower() not in self.columns]
        if missing:
            listed = ", ".join(f'"{name}"' for name in missing)
            if len(missing) == 1:
                message = QT_TRANSLATE_NOOP("Loader", "the column %1 is missing")
            else:
                message = QT_TRANSLATE_NOOP("Loader", "the columns %1 are missing")
            raise TimelineLoadError(self.source, [Problem(f"row {self.header_row}", message, listed)])

    def records(self) -> Iterator[tuple[int, Callable[[str], str]]]:
        """Each well-formed, non-blank row's number and its cells by column name ("" when absent)."""
        for number, row in zip(self.numbers, self.rows, strict=True):
            if not any(cell.strip() for cell in row):
                continue  # spreadsheets export blank rows at the end
            if any(cell.strip() for cell in row[self.width :]):
                message = QT_TRANSLATE_NOOP("Loader", "has cells beyond the %1 named columns")
                self.problems.append(Problem(f"row {number}", message, self.width))
                continue

            def cell(name: str, row: list[str] = row) -> str:
                position = self.columns.get(name.lower())
                text = row[position] if position is not None and position < len(row) else ""
                return from_text_cell(text) if self.text_cells else text

            yield number, cell


# ---------------------------------------------------------------------------------------------
# The TimelineJS Google Sheets template

TIMELINEJS_COLUMNS: Final = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
    "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
    "Background",
)  # fmt: skip
TIMELINEJS_REQUIRED: Final = ("Year", "Headline")
TITLE_TYPE: Final = "title"
ERA_TYPE: Final = "era"
# The template's column for each field of a date, at the start and at the end.
_DATE_COLUMNS: Final = {
    "year": "Year", "month": "Month", "day": "Day", "hour": "Time", "minute": "Time", "second": "Time",
}  # fmt: skip
# The column to blame for a problem with one of our fields.
_FIELD_COLUMNS: Final = {
    "id": "Headline", "title": "Headline", "summary": "Text", "date": "Year", "lane": "Group",
    "sources": "Media", "status": "Type", "tags": "Type",
}  # fmt: skip
_TIME = re.compile(
    r"(?P<hour>[0-9]{1,2})(?::(?P<minute>[0-9]{2}))?(?::(?P<second>[0-9]{2}))?\s*(?P<half>[AaPp][Mm])?"
)
HOURS_PER_HALF_DAY: Final = 12


def read_timelinejs_csv(data: bytes, source: str) -> Timeline:
    """Read a TimelineJS Google Sheets template exported as CSV.

    The "title" row gives the title and description; "era" rows become the timeline's eras;
    other rows are events, confirmed (the template has no status), with ids ``tljs-<row
    number>``. Display Date, Media Thumbnail and Background are ignored.
    """
    return read_timelinejs_table(Table.read(data, source, TIMELINEJS_REQUIRED), source)


def read_timelinejs_table(table: Table, source: str) -> Timeline:
    """The TimelineJS template's rows (of a CSV file or a spreadsheet) as a timeline."""
    table.require(TIMELINEJS_REQUIRED)
    problems: list[Problem] = []
    collector = SlideCollector()
    title = description = ""
    title_row: int | None = None
    lane_rows: dict[str, int] = {}
    for number, cell in table.records():
        kind = cell("Type").strip().lower()
        try:
            if kind == TITLE_TYPE:
                if title_row is not None:
                    message = QT_TRANSLATE_NOOP("Loader", "a second title row (the title is on row %1)")
                    raise MalformedError(f'row {number}, column "Type"', message, title_row)
                title_row = number
                title, description = html_to_text(cell("Headline")), html_to_text(cell("Text"))
                continue
            if kind not in ("", ERA_TYPE):
                message = QT_TRANSLATE_NOOP("Loader", "%1 is not a type (title, era, or empty for an event)")
                raise MalformedError(f'row {number}, column "Type"', message, repr(cell("Type")))
            slide = _sheet_slide(number, cell, era=kind == ERA_TYPE)
        except MalformedError as error:
            problems.append(error.problem)
            continue
        lanes_before = len(collector.lanes)
        collector.add(slide)
        if len(collector.lanes) > lanes_before:
            lane_rows[collector.lanes[-1]["id"]] = number
    problems += table.problems
    if problems:
        raise TimelineLoadError(source, sorted(problems, key=lambda problem: _row_number(problem.where)))
    document: dict[str, Any] = {"title": title or title_from_source(source)}
    if description:
        document["description"] = description
    document["lanes"] = collector.lanes
    if collector.eras:
        document["eras"] = collector.eras
    document["events"] = collector.records
    rows = {name: [_row_number(place) for place in places] for name, places in collector.places.items()}
    rows["lanes"] = list(lane_rows.values())
    columns = {"events": _FIELD_COLUMNS, "eras": _FIELD_COLUMNS, "lanes": {"id": "Group", "label": "Group"}}
    return timeline_from_document(document, source, row_relocator(rows, columns))


def _row_number(place: str) -> int:
    """5 for "row 5" and for 'row 5, column "Year"'."""
    return int(place.split(",", maxsplit=1)[0].removeprefix("row "))


def _sheet_slide(number: int, cell: Callable[[str], str], *, era: bool) -> Slide:
    """One event or era row of the template."""

    def place(column: str) -> str:
        return f'row {number}, column "{column}"'

    def date(prefix: str) -> DateParts:
        values: dict[str, object] = {
            "year": cell(f"{prefix}Year"),
            "month": cell(f"{prefix}Month"),
            "day": cell(f"{prefix}Day"),
        }
        values.update(time_fields(cell(f"{prefix}Time"), place(f"{prefix}Time")))
        return date_parts(values, lambda name: place(f"{prefix}{_DATE_COLUMNS[name]}"))

    if not cell("Year").strip():
        raise MalformedError(place("Year"), QT_TRANSLATE_NOOP("Loader", "an event needs a year"))
    has_end = any(cell(f"End {name}").strip() for name in ("Year", "Month", "Day", "Time"))
    if has_end and not cell("End Year").strip():
        raise MalformedError(place("End Year"), QT_TRANSLATE_NOOP("Loader", "an end date needs a year"))
    url = cell("Media").strip()
    return Slide(
        place=f"row {number}",
        fallback_id=f"{GENERATED_ID_PREFIX}{number}",
        start=date(""),
        end=date("End ") if has_end else None,
        headline=cell("Headline"),
        text=cell("Text"),
        media=Media(url, cell("Media Credit"), cell("Media Caption")) if url else None,
        group=cell("Group").strip(),
        era=era,
    )


def time_fields(text: str, where: str) -> dict[str, object]:
    """Hour, minute and second of a Time cell: "14:30", "14:30:15" or "2:30 PM"."""
    text = text.strip()
    if not text:
        return {}
    match = _TIME.fullmatch(text)
    if match is None:
        raise MalformedError(
            where, QT_TRANSLATE_NOOP("Loader", "%1 is not a time (write it as 14:30 or 2:30 PM)"), repr(text)
        )
    hour = int(match["hour"])
    if match["half"] is not None:
        if not 1 <= hour <= HOURS_PER_HALF_DAY:
            raise MalformedError(
                where,
                QT_TRANSLATE_NOOP("Loader", "%1 is not a time: hours go from 1 to 12 with AM and PM"),
                repr(text),
            )
        hour %= HOURS_PER_HALF_DAY
        if match["half"].lower() == "pm":
            hour += HOURS_PER_HALF_DAY
    return {"hour": hour, "minute": match["minute"] or 0, "second": match["second"]}
