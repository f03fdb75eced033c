"""Which column of someone else's spreadsheet holds which of our fields: the guess, the mapping, its file.

The guess knows the TimelineJS sheet template ("Year", "Month", "Day", "Headline", "Text",
"Group", "End Year", ...), Preceden's CSV ("Layer Name", "Event Name", "Event Start Date",
"Event Start Approximate", ...), Aeon Timeline's columns ("Title", "Start Date", "End Date",
"Tags", "Arc", "Participants", ...) and our own names; headers are compared without case,
spaces, underscores or hyphens. A date is one column (a date cell, ISO text or EDTF) or the
TimelineJS parts (year, month, day, time); the same for the end.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase, PhraseError, Translatable


@dataclass(frozen=True, slots=True)
class Field:
    """One of our fields a column can hold."""

    name: str
    label: str  # for the mapping dialog (marked for translation in context "ColumnMapping")
    aliases: tuple[str, ...]  # header names that mean it, normalised by ``header_word``


FIELDS: Final = (
    Field(
        "title",
        QT_TRANSLATE_NOOP("ColumnMapping", "Title"),
        ("title", "headline", "eventname", "name", "event", "label", "subject", "eventtitle"),
    ),
    Field(
        "date",
        QT_TRANSLATE_NOOP("ColumnMapping", "Date"),
        ("date", "startdate", "eventstartdate", "start", "begin", "begins", "from", "when"),
    ),
    Field(
        "end_date",
        QT_TRANSLATE_NOOP("ColumnMapping", "End date"),
        ("enddate", "eventenddate", "end", "ends", "until", "to", "finish"),
    ),
    Field(
        "summary",
        QT_TRANSLATE_NOOP("ColumnMapping", "Summary"),
        ("summary", "text", "description", "notes", "eventnotes", "details", "note"),
    ),
    Field("status", QT_TRANSLATE_NOOP("ColumnMapping", "Status"), ("status", "state", "confidence")),
    Field(
        "lane",
        QT_TRANSLATE_NOOP("ColumnMapping", "Lane"),
        ("lane", "group", "layername", "layer", "arc", "category", "track", "lanelabel"),
    ),
    Field("tags", QT_TRANSLATE_NOOP("ColumnMapping", "Tags"), ("tags", "tag", "keywords", "labels")),
    Field(
        "actors", QT_TRANSLATE_NOOP("ColumnMapping", "Actors"), ("actors", "participants", "people", "who")
    ),
    Field("id", QT_TRANSLATE_NOOP("ColumnMapping", "Id"), ("id", "eventid", "uniqueid", "uid", "key")),
    Field(
        "start_approximate",
        QT_TRANSLATE_NOOP("ColumnMapping", "Start is approximate"),
        ("eventstartapproximate", "startapproximate"),
    ),
    Field(
        "end_approximate",
        QT_TRANSLATE_NOOP("ColumnMapping", "End is approximate"),
        ("eventendapproximate", "endapproximate"),
    ),
    Field("year", QT_TRANSLATE_NOOP("ColumnMapping", "Year (date in parts)"), ("year", "startyear")),
    Field("month", QT_TRANSLATE_NOOP("ColumnMapping", "Month"), ("month", "startmonth")),
    Field("day", QT_TRANSLATE_NOOP("ColumnMapping", "Day"), ("day", "startday")),
    Field("time", QT_TRANSLATE_NOOP("ColumnMapping", "Time"), ("time", "starttime")),
    Field("end_year", QT_TRANSLATE_NOOP("ColumnMapping", "End year"), ("endyear",)),
    Field("end_month", QT_TRANSLATE_NOOP("ColumnMapping", "End month"), ("endmonth",)),
    Field("end_day", QT_TRANSLATE_NOOP("ColumnMapping", "End day"), ("endday",)),
    Field("end_time", QT_TRANSLATE_NOOP("ColumnMapping", "End time"), ("endtime",)),
)
FIELD_NAMES: Final = tuple(field.name for field in FIELDS)
# Fields whose columns together make one date.
START_PARTS: Final = ("year", "month", "day", "time")
END_PARTS: Final = ("end_year", "end_month", "end_day", "end_time")
_NOT_WORD = re.compile(r"[\s_\-.]+")


def header_word(header: str) -> str:
    """A header as the guess compares it: "Event Start-Date" → "eventstartdate"."""
    return _NOT_WORD.sub("", header).casefold()


class MappingError(PhraseError):
    """A mapping that does not fit its sheet, or a mapping file that is not one: a template marked
    in context "Loader" and its arguments (English by ``str``, translated where shown)."""

    def __init__(self, message: str | Phrase, *args: str | int | Translatable) -> None:
        super().__init__(message if isinstance(message, Phrase) else Phrase("Loader", message, args))


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Our fields and the header of the column that holds each; optionally the sheet to read."""

    columns: tuple[tuple[str, str], ...]  # (field name, column header), in FIELDS order
    sheet: str | None = None

    @classmethod
    def of(cls, columns: Mapping[str, str], sheet: str | None = None) -> ColumnMapping:
        """A mapping from field names to headers (empty headers dropped); MappingError for unknown fields."""
        unknown = sorted(set(columns) - set(FIELD_NAMES))
        if unknown:
            known = ", ".join(FIELD_NAMES)
            raise MappingError(
                QT_TRANSLATE_NOOP("Loader", "%1: not a field (the fields: %2)"),
                ", ".join(map(repr, unknown)),
                known,
            )
        ordered = tuple((name, columns[name]) for name in FIELD_NAMES if columns.get(name))
        return cls(ordered, sheet)

    def get(self, field: str) -> str | None:
        """The header of the column mapped to ``field``, or None."""
        return dict(self.columns).get(field)

    def as_dict(self) -> dict[str, Any]:
        """The mapping as its JSON file holds it."""
        document: dict[str, Any] = dict(self.columns)
        if self.sheet is not None:
            document["sheet"] = self.sheet
        return document

    def check(self, headers: Sequence[str]) -> None:
        """MappingError unless every mapped column is among ``headers`` and a title and a date are mapped."""
        missing = [header for _, header in self.columns if header not in headers]
        if missing:
            listed = ", ".join(repr(header) for header in missing)
            available = ", ".join(repr(header) for header in headers if header)
            raise MappingError(
                QT_TRANSLATE_NOOP("Loader", "no column %1 in the sheet (its columns: %2)"), listed, available
            )
        if self.get("title") is None:
            raise MappingError(QT_TRANSLATE_NOOP("Loader", "no column is mapped to the title"))
        if self.get("date") is None and self.get("year") is None:
            raise MappingError(QT_TRANSLATE_NOOP("Loader", "no column is mapped to the date or the year"))


def guess_mapping(headers: Iterable[str]) -> ColumnMapping:
    """Each field's column, guessed from the headers: the first header that is one of its names.

    No name belongs to two fields, so a header goes to one field at most.
    """
    words = [(header, header_word(header)) for header in headers if header.strip()]
    columns: dict[str, str] = {}
    for field in FIELDS:
        # Ranked by alias: "Headline" before "Name" when a sheet has both.
        for alias in field.aliases:
            match = next((header for header, word in words if word == alias), None)
            if match is not None:
                columns[field.name] = match
                break
    if "date" in columns and "year" in columns:
        del columns["year"]  # one date: a whole column wins over parts
    return ColumnMapping.of(columns)


def read_mapping_file(text: str) -> ColumnMapping:
    """A mapping file: a JSON object of field names to column headers, and "sheet" optionally."""
    try:
        raw = json.loads(text)
    except ValueError as error:
        raise MappingError(QT_TRANSLATE_NOOP("Loader", "not valid JSON: %1"), str(error)) from None
    if not isinstance(raw, dict) or not all(isinstance(value, str) for value in raw.values()):
        raise MappingError(
            QT_TRANSLATE_NOOP(
                "Loader", 'write a JSON object of fields and column headers, as {"date": "Start Date"}'
            )
        )
    sheet = raw.pop("sheet", None)
    return ColumnMapping.of(raw, sheet)


def header_key(headers: Iterable[str]) -> str:
    """A short key for a set of headers, under which the mapping chosen for them is remembered."""
    words = sorted({header_word(header) for header in headers if header.strip()})
    return hashlib.sha256(json.dumps(words).encode()).hexdigest()[:32]
