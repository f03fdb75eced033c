"""Spreadsheets (.xlsx, .ods, and any CSV or TSV through a column mapping): rows of cells to a timeline.

A workbook is read with python-calamine (Rust, no formulas run: a formula cell gives the value
the program that saved it computed). Its first sheet with cells is read unless the mapping
names another; its first non-empty row is the header. A sheet with our CSV's columns (``id``,
``title``, ``date``) reads as our CSV, one with "Year" and "Headline" as the TimelineJS
template; any other is read through a ``ColumnMapping``, given or guessed. Mapped rows become
events: the date from a date cell, ISO text ("2024-03-01 14:30" too), EDTF, a year number or
the TimelineJS parts; the end likewise; an "approximate" flag adds ``~``; lanes from their
labels in order of first use; status ``confirmed`` when no column says otherwise; an event
without an id gets ``row-<number>``. Problems name the sheet, row and column:
``sheet "Events", row 5, column "Start Date": '2024-13' is not a valid date``.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from timeline_app.core.i18n import QT_TRANSLATE_NOOP
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import Problem, TimelineLoadError
from timeline_app.io.files import SNIFF_BYTES, read_file, read_head

from .column_mapping import END_PARTS, START_PARTS, ColumnMapping, MappingError, guess_mapping
from .csv_formats import (
    HEADER_ROW,
    LIST_SEPARATOR,
    Table,
    read_our_table,
    read_timelinejs_table,
    row_relocator,
    time_fields,
)
from .encodings import decode_text
from .native import MalformedError, timeline_from_document, title_from_source, usable_id
from .timelinejs import DateParts, date_parts

Cell = object  # str, float, int, bool, datetime.date, datetime.datetime, datetime.time, datetime.timedelta
OUR_COLUMNS: Final = frozenset({"id", "title", "date"})
TIMELINEJS_COLUMNS: Final = frozenset({"year", "headline"})
DEFAULT_STATUS: Final = "confirmed"
# Rows read to show a sheet before its mapping is chosen.
PREVIEW_ROWS: Final = 20
GENERATED_ID_PREFIX: Final = "row-"
TRUE_WORDS: Final = frozenset({"yes", "y", "true", "1", "x", "approximate", "approx", "~"})
_ROW = re.compile(r"row (\d+)")
_ISO_WITH_SPACE = re.compile(r"(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?)")
# The field whose column a problem with one of our fields belongs to.
_EVENT_FIELDS: Final = {
    "id": "id", "title": "title", "date": "date", "status": "status", "lane": "lane", "summary": "summary",
    "tags": "tags", "actors": "actors",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class SheetTable:
    """A sheet's header and rows (each with its spreadsheet row number); ``sheet`` is None for a CSV."""

    sheet: str | None
    header: list[str]
    rows: list[tuple[int, list[Cell]]]

    def place(self, where: str) -> str:
        """A place in the sheet, with the sheet's name first when there is one."""
        if self.sheet is None:
            return where
        return f'sheet "{self.sheet}", {where}' if where else f'sheet "{self.sheet}"'


def read_workbook(
    data: bytes, source: str, sheet: str | None = None, row_limit: int | None = None
) -> SheetTable:
    """The header and rows of a workbook's sheet (``sheet``, or the first with cells); at most
    ``row_limit`` rows of the sheet are read when given."""
    from python_calamine import CalamineError, CalamineWorkbook  # imported by the loads that need it

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except (CalamineError, ValueError, OSError) as error:
        detail = str(error) or type(error).__name__
        raise TimelineLoadError.single(
            source, QT_TRANSLATE_NOOP("Loader", "not a spreadsheet this app can read (%1)"), detail
        ) from None
    names = list(workbook.sheet_names)
    if sheet is not None and sheet not in names:
        listed = ", ".join(repr(name) for name in names)
        raise TimelineLoadError.single(
            source, QT_TRANSLATE_NOOP("Loader", "no sheet %1 (its sheets: %2)"), repr(sheet), listed
        )
    for name in [sheet] if sheet is not None else names:
        cells: list[list[Any]] = workbook.get_sheet_by_name(name).to_python(
            skip_empty_area=False, nrows=row_limit
        )
        numbered = [(number, row) for number, row in enumerate(cells, start=1) if any(map(_filled, row))]
        if numbered:
            (_, header), *rows = numbered
            return SheetTable(name, [cell_text(cell).strip() for cell in header], rows)
    raise TimelineLoadError.single(source, QT_TRANSLATE_NOOP("Loader", "the spreadsheet has no cells"))


def sheet_of_table(table: Table) -> SheetTable:
    """A CSV's rows as a sheet without a name."""
    rows = [(number, list[Cell](row)) for number, row in enumerate(table.rows, start=HEADER_ROW + 1)]
    return SheetTable(None, [name.strip() for name in table.header], rows)


def _filled(cell: Cell) -> bool:
    return cell_text(cell).strip() != ""


def cell_text(cell: Cell) -> str:
    """A cell as text: numbers without a needless ".0", dates in ISO 8601."""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return _datetime_text(cell)
    if isinstance(cell, dt.date | dt.time):
        return cell.isoformat()
    return "" if cell is None else str(cell)


def _datetime_text(value: dt.datetime) -> str:
    # A date cell shown as a date comes as midnight: that is the day, not its first second.
    if value.time() == dt.time():
        return value.date().isoformat()
    return value.replace(tzinfo=None).isoformat(timespec="seconds" if value.microsecond == 0 else "auto")


def is_ours(header: Sequence[str]) -> bool:
    """Whether a header row is our CSV's."""
    return {name.strip().lower() for name in header} >= OUR_COLUMNS


def is_timelinejs(header: Sequence[str]) -> bool:
    """Whether a header row is the TimelineJS template's."""
    return {name.strip().lower() for name in header} >= TIMELINEJS_COLUMNS


def needs_mapping(header: Sequence[str]) -> bool:
    """Whether a sheet with this header is read through a column mapping (neither ours nor TimelineJS)."""
    return not (is_ours(header) or is_timelinejs(header))


def read_spreadsheet(data: bytes, source: str, mapping: ColumnMapping | None = None) -> Timeline:
    """Read an .xlsx or .ods workbook: ours, the TimelineJS template, or through ``mapping`` (or a guess)."""
    table = read_workbook(data, source, mapping.sheet if mapping is not None else None)
    return read_sheet(table, source, mapping)


def read_mapped(data: bytes, source: str, workbook: bool, mapping: ColumnMapping) -> Timeline:
    """Read a workbook (``workbook``) or a CSV file through ``mapping``."""
    table = (
        read_workbook(data, source, mapping.sheet) if workbook else sheet_of_table(Table.parse(data, source))
    )
    return read_sheet(table, source, mapping)


def sheet_to_map(path: str | Path) -> SheetTable | None:
    """The header and first rows of a spreadsheet or CSV file that is read through a column
    mapping (neither ours nor the TimelineJS template), for choosing the mapping; else None.

    Quick for any size: a CSV's first 64 KB, a workbook's first PREVIEW_ROWS rows. None too
    for a file that cannot be read: its load says why.
    """
    from . import CSV, SPREADSHEET, TIMELINEJS_CSV, detect_format

    source = str(path)
    try:
        head, _ = read_head(path)
        chosen = detect_format(path, head)
        if chosen == SPREADSHEET:
            table = read_workbook(read_file(path), source, row_limit=PREVIEW_ROWS)
        elif chosen in (CSV, TIMELINEJS_CSV):
            lines = decode_text(head, strict=False).text.splitlines()
            if len(head) == SNIFF_BYTES:
                del lines[-1:]  # cut in the middle
            whole = sheet_of_table(Table.parse("\n".join(lines).encode(), source))
            table = SheetTable(None, whole.header, whole.rows[:PREVIEW_ROWS])
        else:
            return None
    except (TimelineLoadError, OSError):
        return None
    return table if needs_mapping(table.header) else None


def read_sheet(table: SheetTable, source: str, mapping: ColumnMapping | None = None) -> Timeline:
    """A sheet's rows as a timeline; TimelineLoadError names the sheet, row and column of each problem."""
    try:
        if mapping is None and not needs_mapping(table.header):
            texts = [[cell_text(cell) for cell in row] for _, row in table.rows]
            numbers = [number for number, _ in table.rows]
            csv_table = Table(source, table.header, texts, numbers=numbers, text_cells=is_ours(table.header))
            if is_ours(table.header):
                return read_our_table(csv_table, source)
            return read_timelinejs_table(csv_table, source)
        return _read_mapped(table, source, mapping or guess_mapping(table.header))
    except TimelineLoadError as error:
        if table.sheet is None:
            raise
        problems = [problem.at(table.place(problem.where)) for problem in error.problems]
        raise TimelineLoadError(source, problems, error.total) from None


def _read_mapped(table: SheetTable, source: str, mapping: ColumnMapping) -> Timeline:
    try:
        mapping.check(table.header)
    except MappingError as error:
        raise TimelineLoadError(
            source,
            [
                Problem(
                    f"row {_header_row(table)}",
                    QT_TRANSLATE_NOOP("Loader", "column mapping: %1"),
                    error.phrase,
                )
            ],
        ) from None
    reader = _MappedRows(table.header, mapping)
    for number, row in table.rows:
        if any(map(_filled, row)):
            reader.add(number, row)
    document = {"title": title_from_source(source), "lanes": reader.lanes, "events": reader.events}
    columns = {
        "events": {name: mapping.get(field) or name for name, field in _EVENT_FIELDS.items()}
        | {"date": mapping.get("date") or mapping.get("year") or "date"},
        "lanes": {"id": mapping.get("lane") or "lane", "label": mapping.get("lane") or "lane"},
    }
    # The rows that could not be read are left out, so that the others are checked too and
    # every problem is reported at once, in the order of the rows.
    problems = reader.problems
    try:
        timeline = timeline_from_document(document, source, row_relocator(reader.rows, columns))
    except TimelineLoadError as error:
        problems = problems + list(error.problems)
    if problems:
        raise TimelineLoadError(source, sorted(problems, key=_row_of))
    return timeline


def _row_of(problem: Problem) -> int:
    match = _ROW.match(problem.where)
    return int(match[1]) if match else 0


def _header_row(table: SheetTable) -> int:
    return table.rows[0][0] - 1 if table.rows else HEADER_ROW


class _MappedRows:
    """Rows read through a mapping, gathered into our document's events and lanes."""

    def __init__(self, header: list[str], mapping: ColumnMapping) -> None:
        self.positions = {name: header.index(column) for name, column in mapping.columns}
        self.headers = dict(mapping.columns)
        self.events: list[dict[str, Any]] = []
        self.lanes: list[dict[str, str]] = []
        self.lane_ids: dict[str, str] = {}  # label -> id
        self.rows: dict[str, list[int]] = {"events": [], "lanes": []}
        self.problems: list[Problem] = []
        self.ids: set[str] = set()

    def add(self, number: int, row: list[Cell]) -> None:
        def cell(field: str) -> Cell:
            position = self.positions.get(field)
            return row[position] if position is not None and position < len(row) else ""

        def place(field: str) -> str:
            return f'row {number}, column "{self.headers.get(field, field)}"'

        try:
            record: dict[str, Any] = {
                "id": usable_id(cell_text(cell("id")).strip(), f"{GENERATED_ID_PREFIX}{number}"),
                "title": cell_text(cell("title")).strip(),
                "date": self._date(cell, place),
                "status": cell_text(cell("status")).strip().lower() or DEFAULT_STATUS,
            }
            if not record["title"]:
                raise MalformedError(place("title"), QT_TRANSLATE_NOOP("Loader", "an event needs a title"))
        except MalformedError as error:
            self.problems.append(error.problem)
            return
        label = cell_text(cell("lane")).strip()
        if label:
            record["lane"] = self._lane(label, number)
        if summary := cell_text(cell("summary")).strip():
            record["summary"] = summary
        for field in ("actors", "tags"):
            if items := _items(cell_text(cell(field))):
                record[field] = items
        self.events.append(record)
        self.rows["events"].append(number)

    def _date(self, cell: Callable[[str], Cell], place: Callable[[str], str]) -> str:
        start = self._point(cell, place, "date", START_PARTS, required=True)
        if _flag(cell("start_approximate")):
            start = _approximate(start)
        end = self._point(cell, place, "end_date", END_PARTS, required=False)
        if end and _flag(cell("end_approximate")):
            end = _approximate(end)
        return f"{start}/{end}" if end and end != start else start

    def _point(
        self,
        cell: Callable[[str], Cell],
        place: Callable[[str], str],
        whole: str,
        parts: tuple[str, ...],
        *,
        required: bool,
    ) -> str:
        if whole in self.positions:
            text = date_from_cell(cell(whole), place(whole))
            if text or not required:
                return text
            raise MalformedError(place(whole), QT_TRANSLATE_NOOP("Loader", "an event needs a date"))
        if parts[0] not in self.positions:
            return ""
        if not any(_filled(cell(part)) for part in parts):
            if required:
                raise MalformedError(place(parts[0]), QT_TRANSLATE_NOOP("Loader", "an event needs a year"))
            return ""
        year, month, day, time = parts
        named = zip(("year", "month", "day"), (year, month, day), strict=True)
        values: dict[str, object] = {
            name: cell_text(cell(field)) for name, field in named if field in self.positions
        }
        if time in self.positions:
            values.update(time_fields(cell_text(cell(time)), place(time)))
        names = {"year": year, "month": month, "day": day, "hour": time, "minute": time, "second": time}
        parts_value: DateParts = date_parts(values, lambda name: place(names[name]))
        return parts_value.edtf()

    def _lane(self, label: str, number: int) -> str:
        lane_id = self.lane_ids.get(label)
        if lane_id is None:
            base = usable_id(label, f"lane-{len(self.lanes) + 1}")
            lane_id, suffix = base, 2
            while lane_id in self.lane_ids.values():  # "A B" and "A-B" are two lanes
                lane_id, suffix = f"{base}-{suffix}", suffix + 1
            self.lane_ids[label] = lane_id
            self.lanes.append({"id": lane_id, "label": label})
            self.rows["lanes"].append(number)
        return lane_id


def date_from_cell(cell: Cell, where: str) -> str:
    """A date cell as EDTF text: a date or date-time cell, a year number, ISO text or EDTF."""
    if isinstance(cell, bool):
        raise MalformedError(where, QT_TRANSLATE_NOOP("Loader", "%1 is not a date"), cell_text(cell))
    if isinstance(cell, dt.datetime | dt.date):
        return cell_text(cell)
    if isinstance(cell, dt.time | dt.timedelta):
        raise MalformedError(
            where, QT_TRANSLATE_NOOP("Loader", "%1 is a time without a date"), repr(cell_text(cell))
        )
    if isinstance(cell, int | float):
        if not (math.isfinite(cell) and float(cell).is_integer()):
            raise MalformedError(
                where,
                QT_TRANSLATE_NOOP("Loader", "%1 is a number, not a date (a year is a whole number)"),
                str(cell),
            )
        return DateParts(int(cell)).edtf()
    text = cell_text(cell).strip()
    match = _ISO_WITH_SPACE.fullmatch(text)
    return f"{match[1]}T{match[2]}" if match else text


def _flag(cell: Cell) -> bool:
    return cell is True or cell_text(cell).strip().lower() in TRUE_WORDS


def _approximate(date: str) -> str:
    return date if date.endswith(("~", "?", "%")) else f"{date}~"


def _items(text: str) -> list[str]:
    """A list cell: items separated by ";", or by "," when there is no ";"."""
    separator = LIST_SEPARATOR if LIST_SEPARATOR in text else ","
    return [item.strip() for item in text.split(separator) if item.strip()]
