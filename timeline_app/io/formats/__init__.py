"""The registry of timeline file formats: readers and writers by name, format detection, load and export.

Each format's module is imported when it first reads or writes: the command line and the
window's start-up only name the formats, and the iCalendar library alone costs ~25 ms to import.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Final

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import Progress, TimelineLoadError, no_progress
from timeline_app.io.files import SNIFF_BYTES, read_file, read_head
from timeline_app.io.loader import parse_timeline
from timeline_app.io.writing import check_target

from .column_mapping import ColumnMapping
from .encodings import decode_text

Reader = Callable[[bytes, str], Timeline]
# A writer returns the ids of the events the format could not hold (None: it holds them all).
Writer = Callable[[Timeline, Path], Sequence[str] | None]


def _reader(module: str, name: str) -> Reader:
    """The reader ``name`` of this package's ``module``, imported at its first call."""

    def read(data: bytes, source: str) -> Timeline:
        function: Reader = getattr(import_module(f"{__name__}.{module}"), name)
        return function(data, source)

    read.__name__ = read.__qualname__ = name
    return read


def _writer(module: str, name: str) -> Writer:
    """The writer ``name`` of this package's ``module``, imported at its first call."""

    def write(timeline: Timeline, path: Path) -> Sequence[str] | None:
        function: Writer = getattr(import_module(f"{__name__}.{module}"), name)
        return function(timeline, path)

    write.__name__ = write.__qualname__ = name
    return write


@dataclass(frozen=True, slots=True)
class Format:
    """One file format: its name, how file dialogs call it, its suffixes, its reader and writer."""

    name: str
    label: str  # for file dialogs and messages (marked for translation in context "Formats")
    suffixes: tuple[str, ...]  # the first is the one exports get
    read: Reader
    write: Writer | None  # None: import only

    @property
    def dialog_filter(self) -> str:
        """A Qt file dialog filter: "iCalendar (*.ics *.ical)"."""
        return self.filter_named(self.label)

    def filter_named(self, label: str) -> str:
        """A Qt file dialog filter under ``label`` (this format's label in the user's language)."""
        return f"{label} ({' '.join(f'*{suffix}' for suffix in self.suffixes)})"


NATIVE: Final = "native"
TIMELINEJS: Final = "timelinejs"
CSV: Final = "csv"
TIMELINEJS_CSV: Final = "timelinejs-csv"
ICS: Final = "ics"
SPREADSHEET: Final = "spreadsheet"
MARKWHEN: Final = "markwhen"
THE_TIMELINE_PROJECT: Final = "thetimelineproject"

FORMATS: Final[dict[str, Format]] = {
    NATIVE: Format(
        NATIVE,
        QT_TRANSLATE_NOOP("Formats", "Timeline JSON"),
        (".json",),
        parse_timeline,
        _writer("native", "write_native"),
    ),
    TIMELINEJS: Format(
        TIMELINEJS,
        QT_TRANSLATE_NOOP("Formats", "TimelineJS JSON"),
        (".json",),
        _reader("timelinejs", "read_timelinejs"),
        _writer("timelinejs", "write_timelinejs"),
    ),
    CSV: Format(
        CSV,
        QT_TRANSLATE_NOOP("Formats", "CSV spreadsheet"),
        (".csv", ".tsv"),
        _reader("csv_formats", "read_csv"),
        _writer("csv_formats", "write_csv"),
    ),
    TIMELINEJS_CSV: Format(
        TIMELINEJS_CSV,
        QT_TRANSLATE_NOOP("Formats", "TimelineJS Google Sheets CSV"),
        (".csv", ".tsv"),
        _reader("csv_formats", "read_timelinejs_csv"),
        None,
    ),
    ICS: Format(
        ICS,
        QT_TRANSLATE_NOOP("Formats", "iCalendar"),
        (".ics", ".ical", ".ifb", ".icalendar"),
        _reader("icalendar", "read_icalendar"),
        _writer("icalendar", "write_icalendar"),
    ),
    SPREADSHEET: Format(
        SPREADSHEET,
        QT_TRANSLATE_NOOP("Formats", "Spreadsheet"),
        (".xlsx", ".ods", ".xlsm", ".xlsb", ".xls"),
        _reader("spreadsheets", "read_spreadsheet"),
        None,
    ),
    MARKWHEN: Format(
        MARKWHEN,
        QT_TRANSLATE_NOOP("Formats", "Markwhen"),
        (".mw",),
        _reader("markwhen", "read_markwhen"),
        None,
    ),
    THE_TIMELINE_PROJECT: Format(
        THE_TIMELINE_PROJECT,
        QT_TRANSLATE_NOOP("Formats", "The Timeline Project"),
        (".timeline",),
        _reader("thetimelineproject", "read_thetimelineproject"),
        None,
    ),
}
# Formats read as rows of cells, which a column mapping can read.
TABULAR: Final = frozenset({CSV, TIMELINEJS_CSV, SPREADSHEET})
# The format a suffix means when the content does not say otherwise.
DEFAULT_FOR_SUFFIX: Final = (
    {".json": NATIVE}
    | dict.fromkeys(FORMATS[CSV].suffixes, CSV)
    | dict.fromkeys(FORMATS[ICS].suffixes, ICS)
    | dict.fromkeys(FORMATS[SPREADSHEET].suffixes, SPREADSHEET)
    | {".mw": MARKWHEN, ".timeline": THE_TIMELINE_PROJECT}
)
# A zip archive (.xlsx, .ods) or an OLE compound file (.xls) without a known suffix.
_WORKBOOK_MARKS: Final = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
_TIMELINEJS_MARK: Final = b'"start_date"'
_CALENDAR_MARK: Final = b"BEGIN:VCALENDAR"
_SHEET_COLUMNS: Final = frozenset({"year", "headline"})
# The root element of a .timeline file, after the XML declaration and comments.
_TIMELINE_ROOT: Final = re.compile(rb"^(?:<\?xml[^>]*\?>|<!--.*?-->|\s)*<timeline[\s>]", re.DOTALL)


def detect_format(path: str | Path, data: bytes) -> str:
    """The name of the format of a file: by suffix, and for .json and .csv by content too.

    JSON whose top-level ``events`` list has items with a ``start_date`` is TimelineJS; a CSV
    with "Year" and "Headline" columns is the TimelineJS Google Sheets template. A file with
    another suffix is recognised by its content, and is read as our JSON otherwise.
    """
    suffix = Path(path).suffix.lower()
    if suffix in FORMATS[MARKWHEN].suffixes:
        return MARKWHEN
    if suffix in FORMATS[THE_TIMELINE_PROJECT].suffixes or (
        suffix not in DEFAULT_FOR_SUFFIX and _looks_like_timeline_xml(data)
    ):
        return THE_TIMELINE_PROJECT
    if suffix in FORMATS[SPREADSHEET].suffixes or (
        suffix not in DEFAULT_FOR_SUFFIX and data.startswith(_WORKBOOK_MARKS)
    ):
        return SPREADSHEET
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix in FORMATS[ICS].suffixes or (
        suffix not in DEFAULT_FOR_SUFFIX and head.startswith(_CALENDAR_MARK)
    ):
        return ICS
    if suffix in FORMATS[CSV].suffixes or (suffix not in DEFAULT_FOR_SUFFIX and _looks_like_sheet(head)):
        return TIMELINEJS_CSV if _looks_like_sheet(head) else CSV
    return TIMELINEJS if _looks_like_timelinejs(data) else NATIVE


def _looks_like_timeline_xml(data: bytes) -> bool:
    """XML whose root is <timeline>: The Timeline Project's file (ours is JSON)."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and _TIMELINE_ROOT.search(head) is not None


def _looks_like_timelinejs(data: bytes) -> bool:
    # Our files never have the key: only parse the file (which may be big) when it is there,
    # or when the file is small enough to be a TimelineJS document without events.
    if _TIMELINEJS_MARK not in data and len(data) >= SNIFF_BYTES:
        return False
    body = data.removeprefix(b"\xef\xbb\xbf")
    if _first_event_is_a_slide(body):
        return True  # (parsing a whole big file took seconds and gigabytes)
    try:
        raw = json.loads(body)
    except (ValueError, RecursionError):
        return False
    if not isinstance(raw, dict):
        return False
    events = raw.get("events")
    if isinstance(events, list) and any(isinstance(e, dict) and "start_date" in e for e in events):
        return True
    # A title slide is an object; our title is a string. An "events" that is not a list of
    # slides is then TimelineJS gone wrong, for its reader to say so, not ours.
    return isinstance(raw.get("title"), dict)


def _first_event_is_a_slide(body: bytes) -> bool:
    """Whether the first item of the top-level ``events`` list is an object with a ``start_date``,
    read from the file's first bytes (where the title slide and the first events are) without
    parsing the rest; False when they cannot tell."""
    head = body[:SNIFF_BYTES].decode("utf-8", errors="ignore")
    decoder = json.JSONDecoder()
    at = _after_space(head, 0)
    if not head.startswith("{", at):
        return False
    at += 1
    try:
        while True:
            key, at = decoder.raw_decode(head, _after_space(head, at))
            at = _after_space(head, at)
            if not head.startswith(":", at):
                return False
            at = _after_space(head, at + 1)
            if key == "events":
                if not head.startswith("[", at):
                    return False
                first, _ = decoder.raw_decode(head, _after_space(head, at + 1))
                return isinstance(first, dict) and "start_date" in first
            _, at = decoder.raw_decode(head, at)  # another key's value: skipped
            at = _after_space(head, at)
            if not head.startswith(",", at):
                return False
            at += 1
    except (ValueError, RecursionError):  # the head ends before the first event does, say
        return False


def _after_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\r\n":
        at += 1
    return at


def _looks_like_sheet(head: bytes) -> bool:
    first_line = decode_text(head, strict=False).text.split("\n", 1)[0]
    if first_line.startswith("{"):
        return False
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        header = next(csv.reader(io.StringIO(first_line), delimiter=delimiter), [])
    except csv.Error:
        return False
    return {name.strip().lower() for name in header} >= _SHEET_COLUMNS


def load_any(
    path: str | Path,
    format: str | None = None,
    progress: Progress = no_progress,
    mapping: ColumnMapping | None = None,
) -> Timeline:
    """Read a timeline file of any known format (detected unless given) in this process.

    ``mapping`` says which columns of a spreadsheet or CSV hold which fields (guessed if None,
    for a sheet that is neither our CSV nor the TimelineJS template).

    Raises TimelineLoadError listing the file's problems, or LoadCancelled from ``progress``.
    The app loads through ``load_process.load_file``, which also turns any other failure
    into a TimelineLoadError.
    """
    name = str(path)
    progress(QT_TRANSLATE_NOOP("Progress", "Reading the file"))
    data = read_file(path)
    chosen = format or detect_format(path, data)
    if chosen not in FORMATS:
        raise TimelineLoadError.single(name, QT_TRANSLATE_NOOP("Loader", "unknown format %1"), repr(chosen))
    label = Phrase("Formats", FORMATS[chosen].label)  # marked in context "Formats" where defined
    reading = Phrase("Progress", QT_TRANSLATE_NOOP("Progress", "Reading the %1 file"), (label,))
    if mapping is not None:
        if chosen not in TABULAR:
            message = QT_TRANSLATE_NOOP(
                "Loader", "a column mapping is for spreadsheets and CSV files, not %1"
            )
            raise TimelineLoadError.single(name, message, label)
        progress(reading)
        from .spreadsheets import read_mapped

        return read_mapped(data, name, chosen == SPREADSHEET, mapping)
    if chosen == NATIVE:
        return parse_timeline(data, name, progress)  # the one reader that reports its stages
    progress(reading)
    return FORMATS[chosen].read(data, name)


def probably_native(path: str | Path, head: bytes) -> bool:
    """Whether a file whose first bytes are ``head`` is most likely our own JSON (for choosing
    how to load it; ``load_any`` then detects the format from the whole file)."""
    return _TIMELINEJS_MARK not in head and detect_format(path, head) == NATIVE


def saves_in_place(path: str | Path) -> bool:
    """Whether File ▸ Save may write a timeline over ``path``: it holds our own JSON (by its
    first bytes), or it does not exist yet and has our suffix."""
    try:
        head, _size = read_head(path)
    except TimelineLoadError:
        return not Path(path).exists() and Path(path).suffix.lower() == ".json"
    return probably_native(path, head)


def export_any(
    timeline: Timeline, path: str | Path, format: str | None = None, protect: Iterable[str | Path] = ()
) -> tuple[str, ...]:
    """Write the timeline in a format (by name, or by the path's suffix); return the ids it skipped.

    The file is written whole or not at all, never over one of ``protect`` (the file the
    timeline was read from) nor over a device. Raises ValueError for an unknown or
    import-only format or an unknown suffix, WriteError when the file cannot be written.
    """
    path = Path(path)
    chosen = format or DEFAULT_FOR_SUFFIX.get(path.suffix.lower())
    if chosen is None:
        known = ", ".join(sorted(DEFAULT_FOR_SUFFIX))
        raise ValueError(f"cannot tell the format of {path.name!r} from its suffix (known: {known})")
    if chosen not in FORMATS:
        raise ValueError(f"unknown format {chosen!r} (known: {', '.join(FORMATS)})")
    write = FORMATS[chosen].write
    if write is None:
        raise ValueError(f"{FORMATS[chosen].label} can be read but not written")
    check_target(path, protect)
    return tuple(write(timeline, path) or ())


def export_formats() -> list[Format]:
    """The formats a timeline can be written in, our own first."""
    return [fmt for fmt in FORMATS.values() if fmt.write is not None]


__all__ = [
    "CSV",
    "FORMATS",
    "ICS",
    "MARKWHEN",
    "NATIVE",
    "SPREADSHEET",
    "TABULAR",
    "THE_TIMELINE_PROJECT",
    "TIMELINEJS",
    "TIMELINEJS_CSV",
    "ColumnMapping",
    "Format",
    "detect_format",
    "export_any",
    "export_formats",
    "load_any",
    "probably_native",
    "saves_in_place",
]
