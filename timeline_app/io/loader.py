"""Read a timeline file into an immutable Timeline, or fail with every problem and its place."""

from __future__ import annotations

import difflib
import gc
import json
import re
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from itertools import chain, repeat
from operator import is_not, itemgetter
from pathlib import Path
from typing import Any, TypeVar, cast, overload

import msgspec
import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails, from_json

from timeline_app.core.dates import DateError, EdtfDate, parse_edtf
from timeline_app.core.event_table import NO_LANE, STATUS_CODES, EventTable, IdIndex
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Number, Phrase, PhraseError
from timeline_app.core.model import (
    CORE_EVENT_KEYS,
    DETAIL_EVENT_KEYS,
    ID_CHARACTERS,
    ID_FIRST_CHARACTERS,
    ID_MAX_LENGTH,
    ID_PATTERN,
    Amount,
    EventRecord,
    ExchangeRate,
    Lane,
    Link,
    Metric,
    Source,
    SourceInfo,
    TimelineDocument,
    TimelineHeader,
)
from timeline_app.core.quoting import MAX_QUOTED_CHARS, quoted, visible
from timeline_app.core.string_column import CHUNK, StringColumn, cut, untracked
from timeline_app.core.timeline import Timeline
from timeline_app.io.core_events import CoreColumns, core_columns, core_decoder
from timeline_app.io.duplicate_keys import (
    DuplicateKey,
    has_duplicate_keys,
    may_repeat_keys,
    parse_noting_duplicates,
)
from timeline_app.io.errors import LOADER, Problem, Progress, TimelineLoadError, no_progress
from timeline_app.io.files import read_file
from timeline_app.io.json_split import EventSpans, event_spans

_JSON_POSITION = re.compile(
    r"^(?:Invalid JSON: )?(?P<what>.*?) at line (?P<line>\d+) column (?P<column>\d+)$"
)
_ID = re.compile(ID_PATTERN)
# id, title, date and status: the keys every event has.
REQUIRED_EVENT_KEY_COUNT = 4
# Which bytes an id may hold (or a newline, which joins ids in ``ids_are_valid``), and which it
# may start with: the characters of ID_PATTERN.
_NEWLINE = ord("\n")
_ID_BYTE_OR_NEWLINE = np.array(
    [re.fullmatch(f"[{ID_CHARACTERS}\n]", chr(byte)) is not None for byte in range(256)], dtype=bool
)
_ID_FIRST_BYTE = np.array(
    [re.fullmatch(f"[{ID_FIRST_CHARACTERS}]", chr(byte)) is not None for byte in range(256)], dtype=bool
)
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")  # checked first: FF FE also starts UTF-16's
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"
# Which of the first four bytes are NUL: 00 00 00 xx, xx 00 00 00, 00 xx 00 xx, xx 00 xx 00.
_WIDE_ENCODINGS_BY_NULS: dict[tuple[bool, ...], str] = {
    (True, True, True, False): "UTF-32",
    (False, True, True, True): "UTF-32",
    (True, False, True, False): "UTF-16",
    (False, True, False, True): "UTF-16",
}
# The JSON parser's terse messages, said the way a person editing the file needs them.
_SYNTAX_HINTS = {
    "EOF while parsing an object": QT_TRANSLATE_NOOP(
        "Loader", "the file ends too early: a closing } is missing"
    ),
    "EOF while parsing a list": QT_TRANSLATE_NOOP(
        "Loader", "the file ends too early: a closing ] is missing"
    ),
    "EOF while parsing a string": QT_TRANSLATE_NOOP(
        "Loader", 'the file ends inside a string: a closing " is missing'
    ),
    "EOF while parsing a value": QT_TRANSLATE_NOOP("Loader", "the file ends too early: a value is missing"),
}
_SYNTAX_HINTS_BY_CHARACTER = {
    b"'": QT_TRANSLATE_NOOP("Loader", "keys and strings need double quotes (\"), not single quotes (')"),
    b"/": QT_TRANSLATE_NOOP("Loader", "comments are not allowed in JSON"),
}
# pydantic's messages for the errors files commonly have, in our words (a template per message,
# %1 the value found): its English kept, lower-cased, so that --check says what it always said.
_PYDANTIC_WORDS = {
    "Input should be a valid string": QT_TRANSLATE_NOOP("Loader", "input should be a valid string, got %1"),
    "Input should be a valid array": QT_TRANSLATE_NOOP("Loader", "input should be a valid array, got %1"),
    "Input should be a valid list": QT_TRANSLATE_NOOP("Loader", "input should be a valid list, got %1"),
    "Input should be a valid tuple": QT_TRANSLATE_NOOP("Loader", "input should be a valid tuple, got %1"),
    "Input should be an object": QT_TRANSLATE_NOOP("Loader", "input should be an object, got %1"),
    "Input should be a valid dictionary": QT_TRANSLATE_NOOP(
        "Loader", "input should be a valid dictionary, got %1"
    ),
    "Input should be a valid number": QT_TRANSLATE_NOOP("Loader", "input should be a valid number, got %1"),
    "Input should be a valid number, unable to parse string as a number": QT_TRANSLATE_NOOP(
        "Loader", "input should be a valid number, unable to parse string as a number, got %1"
    ),
    "Input should be a finite number": QT_TRANSLATE_NOOP("Loader", "input should be a finite number, got %1"),
    "Input should be a valid integer": QT_TRANSLATE_NOOP("Loader", "input should be a valid integer, got %1"),
    "Input should be a valid integer, got a number with a fractional part": QT_TRANSLATE_NOOP(
        "Loader", "input should be a valid integer, got a number with a fractional part, got %1"
    ),
    "Input should be a valid integer, unable to parse string as an integer": QT_TRANSLATE_NOOP(
        "Loader", "input should be a valid integer, unable to parse string as an integer, got %1"
    ),
    "Input should be a valid boolean": QT_TRANSLATE_NOOP("Loader", "input should be a valid boolean, got %1"),
    "Input should be a valid boolean, unable to interpret input": QT_TRANSLATE_NOOP(
        "Loader", "input should be a valid boolean, unable to interpret input, got %1"
    ),
}
# pydantic's messages that name a limit from the schema (its ``ctx``), by error type: the
# template (%1 the limit, %2 the value found) and the context key of the limit.
_PYDANTIC_LIMITS = {
    "greater_than": (QT_TRANSLATE_NOOP("Loader", "input should be greater than %1, got %2"), "gt"),
    "greater_than_equal": (
        QT_TRANSLATE_NOOP("Loader", "input should be greater than or equal to %1, got %2"),
        "ge",
    ),
    "less_than": (QT_TRANSLATE_NOOP("Loader", "input should be less than %1, got %2"), "lt"),
    "less_than_equal": (
        QT_TRANSLATE_NOOP("Loader", "input should be less than or equal to %1, got %2"),
        "le",
    ),
    "string_too_short": (
        QT_TRANSLATE_NOOP("Loader", "string should have at least %1 characters, got %2"),
        "min_length",
    ),
    "string_too_long": (
        QT_TRANSLATE_NOOP("Loader", "string should have at most %1 characters, got %2"),
        "max_length",
    ),
    "literal_error": (QT_TRANSLATE_NOOP("Loader", "input should be %1, got %2"), "expected"),
    "model_type": (
        QT_TRANSLATE_NOOP("Loader", "input should be a valid dictionary or instance of %1, got %2"),
        "class_name",
    ),
}
# The same for a limit of one ("at least 1 character"), where English says it in the singular.
_PYDANTIC_SINGULAR = {
    "string_too_short": QT_TRANSLATE_NOOP("Loader", "string should have at least %1 character, got %2"),
    "string_too_long": QT_TRANSLATE_NOOP("Loader", "string should have at most %1 character, got %2"),
}
_LAST_CHOICE = " or "  # pydantic lists a literal's choices as 'a', 'b' or 'c'
MISSING_FIELD = QT_TRANSLATE_NOOP("Loader", "this required field is missing")
ALREADY_USED = QT_TRANSLATE_NOOP("Loader", "%1 is already used by %2")
NOT_JSON = QT_TRANSLATE_NOOP("Loader", "not valid JSON: %1")
NOT_AN_ID = QT_TRANSLATE_NOOP("Loader", "%1 is not a valid id (letters, digits and _ . : - only)")
# jiter's words for a \uXXXX escape that is half of a UTF-16 surrogate pair: after a leading
# half with no partner it reports the next character; for a trailing half with no leading one
# (or a leading half followed by an escape that is not a trailing half), that escape's last digit.
_UNPAIRED_LEADING_HALF = "unexpected end of hex escape"
_UNPAIRED_ESCAPE = "lone leading surrogate in hex escape"
_LEADING_HALF = re.compile(rb"\\u[dD][89abAB][0-9a-fA-F]{2}")
_TRAILING_HALF = re.compile(rb"\\u[dD][c-fC-F][0-9a-fA-F]{2}")
_ESCAPE_LENGTH = len(b"\\uXXXX")


def _field_names(model: type[BaseModel]) -> frozenset[str]:
    return frozenset(field.alias or name for name, field in model.model_fields.items())


# Field names by the list or object that holds them, for "did you mean" hints.
_KNOWN_FIELDS: dict[str, frozenset[str]] = {
    "": _field_names(TimelineDocument),
    "source": _field_names(SourceInfo),
    "exchange_rates": _field_names(ExchangeRate),
    "lanes": _field_names(Lane),
    "events": CORE_EVENT_KEYS | DETAIL_EVENT_KEYS,
    "amounts": _field_names(Amount),
    "metrics": _field_names(Metric),
    "sources": _field_names(Source),
    "links": _field_names(Link),
}
# Fields of an event in the order files usually write them, to list problems in that order.
_EVENT_FIELD_RANK = {name: rank for rank, name in enumerate(EventRecord.__annotations__)}


def load_timeline(path: str | Path, progress: Progress = no_progress) -> Timeline:
    """Load and validate a timeline file; raise TimelineLoadError for any problem.

    ``progress`` is called with a short description before each stage; it may raise
    LoadCancelled to stop the load, which then propagates.
    """
    progress(QT_TRANSLATE_NOOP("Progress", "Reading the file"))
    return parse_timeline(read_file(path), str(path), progress)


def parse_timeline(data: bytes, source: str = "<timeline>", progress: Progress = no_progress) -> Timeline:
    """Validate the bytes of a timeline file; raise TimelineLoadError for any problem.

    Within ``columns_handed_over()`` the checked columns go to its ``ColumnHandover`` instead
    (compact, see ``parse_compact``), and what this returns is the timeline's header with no
    events: the loader child sends the columns and has no use for the strings.
    """
    handover = _HANDOVER.get(None)
    if handover is not None:
        handover.parsed = parse_compact(data, source, progress)
        return Timeline(header=handover.parsed.header, events=EventTable.empty())
    with garbage_collection_paused():
        return _parse(data, source, progress, compact=False).timeline()


@dataclass(slots=True)
class ColumnHandover:
    """Where ``parse_timeline`` puts the columns it checked, within ``columns_handed_over()``."""

    parsed: ParsedTimeline | None = None


_HANDOVER: ContextVar[ColumnHandover] = ContextVar("_HANDOVER")


@contextmanager
def columns_handed_over() -> Iterator[ColumnHandover]:
    """Make ``parse_timeline`` (whichever format reader calls it) hand its compact columns over.

    For the loader child, which sends columns: their strings cost more than twice the memory.
    """
    handover = ColumnHandover()
    token = _HANDOVER.set(handover)
    try:
        yield handover
    finally:
        _HANDOVER.reset(token)


def parse_compact(
    data: bytes, source: str = "<timeline>", progress: Progress = no_progress
) -> ParsedTimeline:
    """``parse_timeline``, its text columns kept as a joined string per piece (the loader child's
    form: it costs less than half the memory of the strings, and is what it sends)."""
    with garbage_collection_paused():
        return _parse(data, source, progress, compact=True)


@contextmanager
def garbage_collection_paused() -> Iterator[None]:
    """Loading creates millions of objects and no cycles; the collector would rescan them all
    again and again as they are made, costing a tenth of the load time of a big file."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_Key = TypeVar("_Key", bound=Hashable)
# Events validated between two conversions to columns: the records of one chunk exist as dicts
# at a time, never those of the whole file. Also the size of the pieces the loader child sends.
# Small enough that a chunk's records stay in the processor's caches through the dozen passes
# that make them columns (a million events took 2.45 s of CPU in chunks of 50,000, 2.05 s in
# chunks of 8192), and the size of the table's chunks, which the pieces then are.
EVENT_CHUNK = CHUNK


class TextColumn(Sequence[str]):
    """A column of strings in pieces of at most EVENT_CHUNK: each piece a tuple of its strings,
    or, compact, one string of them all and the offsets where each starts and the last ends.

    A Python string costs 49 bytes or more besides its characters: six million events' ids,
    titles and summaries took 2.1 GB as strings and 0.9 GB as joined pieces.
    """

    __slots__ = ("_compact", "_joined", "_length", "_pieces", "_starts")

    def __init__(self, compact: bool) -> None:
        self._compact = compact
        self._pieces: list[tuple[str, ...]] = []
        self._joined: list[tuple[str, npt.NDArray[np.int64]]] = []
        self._starts: list[int] = []  # index of each piece's first string
        self._length = 0

    @classmethod
    def of(cls, strings: StringColumn) -> TextColumn:
        """A column of these strings, in their chunks (shared, not copied)."""
        column = cls(compact=False)
        for chunk in strings.chunks:
            column._add_piece(chunk)
        return column

    def append(self, strings: list[str]) -> None:
        """Add a piece of at most EVENT_CHUNK strings."""
        if self._compact:
            self._starts.append(self._length)
            self._length += len(strings)
            self._joined.append(joined_piece(strings))
        else:  # in the chunks the table keeps: the table takes them as they are
            for chunk in untracked(cut(strings)):
                self._add_piece(chunk)

    def _add_piece(self, strings: tuple[str, ...]) -> None:
        self._starts.append(self._length)
        self._length += len(strings)
        self._pieces.append(strings)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        piece = int(np.searchsorted(self._starts, index, side="right")) - 1
        at = index - self._starts[piece]
        if not self._compact:
            return self._pieces[piece][at]
        joined, offsets = self._joined[piece]
        return joined[int(offsets[at]) : int(offsets[at + 1])]

    def pieces(self, step: int = EVENT_CHUNK) -> Iterator[tuple[str, npt.NDArray[np.int64]]]:
        """The column as (joined strings, offsets) of at most ``step`` strings each, in order."""
        if self._compact:
            yield from self._joined
            return
        for piece in self._pieces:
            for start in range(0, len(piece), step):
                yield joined_piece(piece[start : start + step])

    def strings(self) -> StringColumn:
        """All the strings, in order, as a table keeps them (the pieces become its chunks)."""
        if not self._compact:
            return StringColumn.of_chunks(self._pieces)
        pieces = (split_piece(joined, offsets) for joined, offsets in self._joined)
        return StringColumn.of_chunks(chunk for piece in pieces for chunk in untracked(cut(piece)))


def joined_piece(strings: Sequence[str]) -> tuple[str, npt.NDArray[np.int64]]:
    """The strings as one string and the offsets where each starts (and, last, where the last ends)."""
    offsets = np.zeros(len(strings) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, strings), dtype=np.int64, count=len(strings)), out=offsets[1:])
    return "".join(strings), offsets


def split_piece(joined: str, offsets: npt.NDArray[np.int64]) -> list[str]:
    """The strings of a piece made by ``joined_piece``."""
    bounds = offsets.tolist()
    return [joined[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)]


@dataclass(frozen=True, slots=True)
class ParsedTimeline:
    """A checked timeline as columns, its text columns in pieces: a Timeline once ``timeline()``
    joins them (the loader child sends the pieces instead)."""

    header: TimelineHeader
    ids: TextColumn
    titles: TextColumn
    summaries: TextColumn
    status: npt.NDArray[np.int8]
    lane: npt.NDArray[np.int32]
    date_code: npt.NDArray[np.int32]
    date_values: tuple[EdtfDate, ...]
    lane_ids: tuple[str, ...]
    details: dict[int, dict[str, Any]]
    id_index: IdIndex | None = None  # of ``ids``, when built in this process

    @classmethod
    def of(cls, timeline: Timeline) -> ParsedTimeline:
        """A loaded timeline as columns (what other formats give the loader child)."""
        events = timeline.events
        return cls(
            header=timeline.header,
            ids=TextColumn.of(events.ids),
            titles=TextColumn.of(events.titles),
            summaries=TextColumn.of(events.summaries),
            status=events.status,
            lane=events.lane,
            date_code=events.date_code,
            date_values=events.date_values,
            lane_ids=events.lane_ids,
            details={index: dict(fields) for index, fields in events.details.items()},
        )

    def timeline(self) -> Timeline:
        """The Timeline of these columns."""
        ids = self.ids.strings()
        table = EventTable(
            ids=ids,
            titles=self.titles.strings(),
            summaries=self.summaries.strings(),
            status=self.status,
            lane=self.lane,
            date_code=self.date_code,
            date_values=self.date_values,
            lane_ids=self.lane_ids,
            details=self.details,
            id_index=None if self.id_index is None else self.id_index.for_ids(ids),
        )
        return Timeline(header=self.header, events=table)


class _EventSink:
    """Takes the validated event records a chunk at a time and keeps only their columns.

    Validating the whole file into records made a tree of JSON values, then a dict and six
    strings per event, all at once: 7 GB for six million events. Here the records of one
    chunk exist at a time: every EVENT_CHUNK of them become columns and are let go. Dates,
    statuses and lanes become codes at once (big files repeat them); ids, titles and
    summaries go to TextColumns. Whatever the whole-file checks would complain about is
    only noted (``sound``): the loader then checks the file the thorough way, which says
    where.
    """

    def __init__(self, compact: bool, decoder: msgspec.json.Decoder[list[Any]] | None = None) -> None:
        self.core_decoder = decoder  # of chunks of core events (``core_columns``), if they are tried
        self.try_core = True  # the chunk before had no rich event: this one may have none either
        self.taken = 0
        self.key_count = 0  # keys over all events (not those of nested objects)
        self.ids = TextColumn(compact)
        self.titles = TextColumn(compact)
        self.summaries = TextColumn(compact)
        self.hashes: list[npt.NDArray[np.int64]] = []  # of the ids
        self.status: list[npt.NDArray[np.int8]] = []
        self.lane: list[npt.NDArray[np.int32]] = []  # codes of lane_codes
        self.lane_codes: _Codes[str | None] = _Codes()  # each lane text (None: no lane), first seen first
        self.date: list[npt.NDArray[np.int32]] = []  # codes of date_codes
        self.date_codes: _Codes[str] = _Codes()  # each date text, first seen first
        self.detailed: dict[int, EventRecord] = {}  # events with rich fields (actors, amounts, ...)
        self.sound = True  # no id or title the whole-file checks would refuse

    def add(self, records: list[EventRecord]) -> None:
        """Turn a chunk of validated records into columns, in C-speed passes (the caller then lets
        them go)."""
        self.add_parsed(records, None)

    def add_parsed(
        self, records: list[Any], validate_rich: Callable[[list[int]], list[EventRecord] | None] | None
    ) -> bool:
        """Turn a chunk of records into columns; False if one is not a valid event record.

        With ``validate_rich``, ``records`` are the chunk's JSON as parsed, unvalidated: the
        types of the core fields are checked here a column at a time (statuses, dates and
        lanes as codes), and the records with any other key go to ``validate_rich`` (by their
        index in the chunk), which returns them validated, or None if one is not valid.
        """
        count = len(records)
        if not count:
            return True
        try:  # a missing key, or an item that is not an object, when unvalidated
            ids = list(map(itemgetter("id"), records))
            titles = list(map(itemgetter("title"), records))
            lanes = [record.get("lane") for record in records]
            summaries = [record.get("summary") for record in records]
            dates = list(map(itemgetter("date"), records))
            statuses = list(map(itemgetter("status"), records))
        except (KeyError, TypeError, AttributeError):
            return False
        # An event has rich fields when it has more keys than its core ones: counting keys
        # in numpy is much faster than asking each record about each rich field. (A core
        # field written as null counts as another key, so its record is validated.)
        summaries_missing = None in summaries
        summaries_given = _present(summaries, count) if summaries_missing else 1
        core = REQUIRED_EVENT_KEY_COUNT + _present(lanes, count) + summaries_given
        sizes = np.fromiter(map(len, records), dtype=np.int64, count=count)
        rich = np.flatnonzero(sizes > core).tolist()
        if validate_rich is not None:
            if not _all_strings(ids) or not _all_strings(titles) or not _strings_or_none(summaries):
                return False
            validated = validate_rich(rich) if rich else []
            if validated is None:
                return False
            records = validated
        else:
            records = [records[i] for i in rich]
        for i, record in zip(rich, records, strict=True):
            self.detailed[self.taken + i] = record
        self.key_count += int(sizes.sum())
        if summaries_missing:
            summaries = ["" if summary is None else summary for summary in summaries]
        try:  # a status none of the four (a code lookup), or a date or lane no text can be
            self.add_columns(ids, titles, dates, statuses, lanes, summaries)
        except (KeyError, TypeError):
            return False
        return True

    def add_core(self, columns: CoreColumns) -> None:
        """Take a chunk of events of core fields only, each of its type (``core_columns``)."""
        self.key_count += columns.key_count
        self.add_columns(
            columns.ids, columns.titles, columns.dates, columns.statuses, columns.lanes, columns.summaries
        )

    def add_columns(
        self,
        ids: list[str],
        titles: list[str],
        dates: list[str],
        statuses: list[str],
        lanes: list[str | None],
        summaries: list[str],
    ) -> None:
        """Take a chunk of events as columns (rich fields go to ``detailed`` first; no summary is
        an empty one)."""
        count = len(ids)
        if self.sound and ("" in titles or not ids_are_valid(ids)):
            self.sound = False
        self.hashes.append(np.fromiter(map(hash, ids), dtype=np.int64, count=count))
        self.status.append(np.fromiter(map(STATUS_CODES.__getitem__, statuses), dtype=np.int8, count=count))
        self.lane.append(_codes(lanes, self.lane_codes))
        self.date.append(_codes(dates, self.date_codes))
        self.ids.append(ids)
        self.titles.append(titles)
        self.summaries.append(summaries)
        self.taken += count


def _all_strings(values: Iterable[object]) -> bool:
    return set(map(type, values)) <= _STR


def _strings_or_none(values: Iterable[object]) -> bool:
    return set(map(type, values)) <= _STR_OR_NONE


_STR: frozenset[type] = frozenset({str})
_STR_OR_NONE: frozenset[type] = frozenset({str, type(None)})


class _Codes(dict[_Key, int]):
    """A code for each value, in the order first seen: one not seen before gets the next code
    when it is looked up (a column's codes in one pass over it, not two)."""

    def __missing__(self, value: _Key) -> int:
        code = self[value] = len(self)
        return code


def _codes(values: list[_Key], codes: _Codes[_Key]) -> npt.NDArray[np.int32]:
    """The code of each value in ``codes``, where values not seen before get the next ones."""
    return np.fromiter(map(codes.__getitem__, values), dtype=np.int32, count=len(values))


# The events of a file are validated a chunk at a time, from slices of its bytes.
_EVENT_LIST: TypeAdapter[list[EventRecord]] = TypeAdapter(list[EventRecord])


def _concatenated(parts: list[npt.NDArray[Any]], dtype: type[np.generic]) -> npt.NDArray[Any]:
    return np.concatenate(parts) if parts else np.empty(0, dtype=dtype)


def _parse(data: bytes, source: str, progress: Progress, *, compact: bool) -> ParsedTimeline:
    body = _without_bom(data, source)
    stage = QT_TRANSLATE_NOOP("Progress", "Checking the file against the format")
    progress(stage)
    parsed = _parse_in_chunks(body, progress, stage, compact=compact)
    if parsed is not None:
        return parsed
    # Something is wrong: check the file the thorough way, which says what and where.
    timeline = _parse_thoroughly(body, source, progress)
    return ParsedTimeline.of(timeline)  # (not reached when the checks agree: that one raises)


def _parse_in_chunks(body: bytes, progress: Progress, stage: str, *, compact: bool) -> ParsedTimeline | None:
    """The timeline of a file whose every check holds, validated a chunk of events at a time;
    None if some check does not hold (or the file's shape is not what the chunks need)."""
    spans = event_spans(body)
    if spans is None:
        return None
    try:
        # Straight from bytes: pydantic's parser checks UTF-8 itself, and a decoded
        # copy of a 200 MB file would cost as much memory again.
        document = TimelineDocument.model_validate_json(spans.header(body))
    except ValidationError:
        return None
    sink = _EventSink(compact, core_decoder(tuple(lane.id for lane in document.lanes)))
    parse_plainly = True
    for first in range(0, len(spans), EVENT_CHUNK):
        progress(stage)  # a chance to cancel
        stop = min(first + EVENT_CHUNK, len(spans))
        chunk = spans.chunk(body, first, stop)
        if parse_plainly:
            rich_before = len(sink.detailed)
            if not _add_plainly_parsed(sink, body, spans, first, chunk):
                return None
            # Where most events have rich fields, each would be parsed twice: validate the
            # following chunks whole (the result is the same).
            parse_plainly = (len(sink.detailed) - rich_before) * _RICH_SHARE_FOR_WHOLE < stop - first
            continue
        try:
            records = _EVENT_LIST.validate_json(chunk)
        except ValidationError:
            return None
        sink.add(records)
        del records
    progress(QT_TRANSLATE_NOOP("Progress", "Checking ids, lanes and links"))
    return _sound_columns(body, document, sink, progress)


def _detail_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """The rich fields of a record; an importer's record of rich fields alone (a slide's rich
    text, say: a million of them) is kept as it is."""
    if isinstance(record, dict) and record.keys() <= DETAIL_EVENT_KEYS:
        return record
    return {key: record[key] for key in record.keys() & DETAIL_EVENT_KEYS}


# A chunk whose events have rich fields more than once in this many has the next chunks
# validated whole rather than parsed plainly.
_RICH_SHARE_FOR_WHOLE = 4


def _add_plainly_parsed(sink: _EventSink, body: bytes, spans: EventSpans, first: int, chunk: bytes) -> bool:
    """Add a chunk of events parsed as plain JSON, its core fields' types checked as columns and
    only its events with rich fields validated by pydantic (from their own bytes); False if some
    event is not valid. The same records as validating the chunk, in two thirds of the time; a
    chunk of events with core fields only in half (``core_columns``), tried after a chunk that had
    no rich event.
    """
    if sink.core_decoder is not None and sink.try_core:
        columns = core_columns(sink.core_decoder, chunk)
        if columns is not None:
            sink.add_core(columns)
            return True
    rich_before = len(sink.detailed)
    try:
        records = from_json(chunk, allow_inf_nan=False)  # NaN and Infinity: the thorough path's
    except ValueError:
        return False

    def validate_rich(indices: list[int]) -> list[EventRecord] | None:
        items = b",".join(body[int(spans.starts[first + i]) : int(spans.ends[first + i])] for i in indices)
        try:
            return _EVENT_LIST.validate_json(b"[" + items + b"]")
        except ValidationError:
            return None

    if type(records) is not list or not sink.add_parsed(records, validate_rich):
        return False
    sink.try_core = len(sink.detailed) == rich_before
    return True


def _sound_columns(
    body: bytes | None, document: TimelineDocument, sink: _EventSink, progress: Progress
) -> ParsedTimeline | None:
    """The timeline of a validated file whose every check holds; None if one does not.

    ``body`` is the file's bytes, looked at for repeated keys; None for records an importer built.
    """
    # (Lanes that are not text are refused as no lane's id, below.)
    if not sink.sound or not _all_strings(sink.date_codes):
        return None
    ids = sink.ids
    id_index = IdIndex.from_hashes(ids, _concatenated(sink.hashes, np.int64))
    sink.hashes.clear()
    if id_index.has_duplicates():
        return None
    lane_ids = tuple(lane.id for lane in document.lanes)
    lane_positions: dict[str | None, int] = {lane_id: code for code, lane_id in enumerate(lane_ids)}
    if len(lane_positions) != len(lane_ids):
        return None
    lane_positions[None] = NO_LANE
    if not set(sink.lane_codes) <= set(lane_positions):
        return None
    for i, record in sink.detailed.items():
        for link in record.get("links", ()):
            if id_index.get(link.target) is None or link.target == ids[i]:
                return None
        for metric in record.get("metrics", ()):
            if metric.date is not None and _date_problems("", metric.date):
                return None
        if _origin_problem(i, record, document.source) is not None:
            return None
    if body is not None and may_repeat_keys(body, document, sink.key_count, sink.detailed.values()):
        return None
    progress(QT_TRANSLATE_NOOP("Progress", "Reading dates"))
    try:
        distinct_dates = tuple(map(parse_edtf, sink.date_codes))
    except DateError:
        return None
    published = document.source.published if document.source is not None else None
    if published is not None and _date_problems("source.published", published):
        return None
    if any(_date_problems("", era.date) for era in document.eras):
        return None
    header = TimelineHeader.model_validate(document.model_dump(exclude={"events"}, by_alias=True))
    progress(QT_TRANSLATE_NOOP("Progress", "Building the timeline"))
    lane_of_code = np.array([lane_positions[text] for text in sink.lane_codes], dtype=np.int32)
    lane = lane_of_code[_concatenated(sink.lane, np.int32)]
    sink.lane.clear()
    details = {i: _detail_fields(record) for i, record in sink.detailed.items()}
    return ParsedTimeline(
        header=header,
        ids=ids,
        titles=sink.titles,
        summaries=sink.summaries,
        status=_concatenated(sink.status, np.int8),
        lane=lane,
        date_code=_concatenated(sink.date, np.int32),
        date_values=distinct_dates,
        lane_ids=lane_ids,
        details=details,
        id_index=id_index,
    )


# An event whose only field besides the core ones is its rich text.
_TEXT_ONLY_KEYS = CORE_EVENT_KEYS | {"html"}


class RecordColumns:
    """Columns built from an importer's event records (our file's events) a chunk at a time.

    The fast way for a big imported file: the records of one chunk exist at a time, and
    nothing is written out as our JSON and parsed again. Every check of ``parse_timeline``
    holds when ``timeline`` returns a Timeline; when it returns None (or ``add`` False), some
    check does not, and the importer goes its thorough way, whose messages say what and where.
    Use it with the garbage collector paused (``garbage_collection_paused``).
    """

    def __init__(self) -> None:
        self._handover = _HANDOVER.get(None)  # the loader child's: its columns go there, compact
        self._sink = _EventSink(compact=self._handover is not None)

    def add(self, records: list[dict[str, Any]]) -> bool:
        """Take a chunk of records; False if one is not a valid event record."""
        rich = {i: record for i, record in enumerate(records) if not record.keys() <= CORE_EVENT_KEYS}
        return self.add_columns(
            list(map(itemgetter("id"), records)),
            list(map(itemgetter("title"), records)),
            list(map(itemgetter("date"), records)),
            list(map(itemgetter("status"), records)),
            [record.get("lane") for record in records],
            [record.get("summary") for record in records],
            rich,
        )

    def add_columns(
        self,
        ids: list[str],
        titles: list[str],
        dates: list[str],
        statuses: list[str],
        lanes: list[str | None],
        summaries: list[str | None],
        detailed: dict[int, dict[str, Any]],
    ) -> bool:
        """Take a chunk of events as columns, and the whole records of those (by their index in
        the chunk) with fields besides the core ones; False if some event is not a valid one."""
        # The core fields are checked whole-column by the sink (as the loader checks them
        # after validation); only records with rich fields need pydantic, and of those not
        # the ones whose only extra is ``html`` that is text already.
        try:
            if set(map(type, chain(ids, titles, dates, statuses))) - {str}:
                return False
            if set(map(type, chain(lanes, summaries))) - {str, type(None)}:
                return False
            checked = [i for i, record in detailed.items() if not record.keys() <= _TEXT_ONLY_KEYS]
            if checked:
                validated = _EVENT_LIST.validate_python([detailed[i] for i in checked])
                detailed.update(zip(checked, validated, strict=True))  # type: ignore[arg-type]
            html = (record["html"] for record in detailed.values() if "html" in record)
            if set(map(type, html)) - {str}:
                return False
            sink = self._sink
            for i, record in detailed.items():
                sink.detailed[sink.taken + i] = record  # type: ignore[assignment]
            texts = (
                ["" if summary is None else summary for summary in summaries]
                if None in summaries
                else summaries
            )
            sink.add_columns(ids, titles, dates, statuses, lanes, cast("list[str]", texts))
        except (ValidationError, KeyError, TypeError):  # a status that is none, say
            return False
        return True

    def timeline(
        self, header: Mapping[str, Any], source: str, progress: Progress = no_progress
    ) -> Timeline | None:
        """The timeline of ``header`` (our document without events) and the records added."""
        try:
            data = json.dumps({**header, "events": []}, ensure_ascii=False).encode()
            document = TimelineDocument.model_validate_json(data)
        except (ValidationError, UnicodeEncodeError, TypeError, ValueError):
            return None
        progress(QT_TRANSLATE_NOOP("Progress", "Checking ids, lanes and links"))
        parsed = _sound_columns(None, document, self._sink, progress)
        if parsed is None:
            return None
        if self._handover is not None:
            self._handover.parsed = parsed
            return Timeline(header=parsed.header, events=EventTable.empty())
        return parsed.timeline()


def _parse_thoroughly(body: bytes, source: str, progress: Progress) -> Timeline:
    """Validate the whole file into records and check them all: slower and bigger than
    _parse_in_chunks, but it places every problem (the path of a file that has some)."""
    try:
        document = TimelineDocument.model_validate_json(body)
    except ValidationError as error:
        raise TimelineLoadError(source, _validation_problems(body, error)) from None
    progress(QT_TRANSLATE_NOOP("Progress", "Checking ids, lanes and links"))
    records = document.events
    columns = _Columns.of(records)
    problems = _duplicate_key_problems(body, document, columns)
    if not _references_hold(document, columns):
        # Rare: walk every record again to say exactly which ones are wrong.
        lane_dicts = [lane.model_dump() for lane in document.lanes]
        problems += _reference_problems(lane_dicts, records, check_dates=False)
    progress(QT_TRANSLATE_NOOP("Progress", "Reading dates"))
    date_codes, distinct_dates = _parse_event_dates(columns.dates, problems)
    if document.source is not None and document.source.published is not None:
        problems += _date_problems("source.published", document.source.published)
    for i in columns.detailed:
        origin_problem = _origin_problem(i, records[i], document.source)
        problems += [origin_problem] if origin_problem is not None else []
    for number, era in enumerate(document.eras):
        problems += _date_problems(f"eras[{number}].date", era.date)
    if problems:
        raise TimelineLoadError(source, _in_file_order(problems))
    header = TimelineHeader.model_validate(document.model_dump(exclude={"events"}, by_alias=True))
    progress(QT_TRANSLATE_NOOP("Progress", "Building the timeline"))
    table = _build_table(document, columns, date_codes, distinct_dates)
    return Timeline(header=header, events=table)


@dataclass(frozen=True, slots=True)
class _Columns:
    """The fields every event has, pulled out of the validated records in C-speed passes."""

    ids: tuple[str, ...]
    id_index: IdIndex  # built once: checks ids are unique here, finds events by id later
    titles: list[str]
    dates: list[str]
    statuses: list[str]
    lanes: list[str | None]
    summaries: list[str | None]
    detailed: list[int]  # events with rich fields (actors, amounts, ...)
    key_count: int  # keys over all events (not those of nested objects)

    @classmethod
    def of(cls, records: list[EventRecord]) -> _Columns:
        lanes = [record.get("lane") for record in records]
        summaries = [record.get("summary") for record in records]
        # An event has rich fields when it has more keys than its core ones: counting keys
        # in numpy is much faster than asking each record about each rich field.
        count = len(records)
        core = REQUIRED_EVENT_KEY_COUNT + _present(lanes, count) + _present(summaries, count)
        sizes = np.fromiter(map(len, records), dtype=np.int64, count=count)
        ids = tuple(map(itemgetter("id"), records))
        return cls(
            ids=ids,
            id_index=IdIndex(ids),
            titles=list(map(itemgetter("title"), records)),
            dates=list(map(itemgetter("date"), records)),
            statuses=list(map(itemgetter("status"), records)),
            lanes=lanes,
            summaries=summaries,
            detailed=np.flatnonzero(sizes > core).tolist(),
            key_count=int(sizes.sum()),
        )


def _present(values: list[str | None], count: int) -> npt.NDArray[np.int64] | int:
    """1 where a value is given, 0 where it is None (1 for all when none is None: files often
    give every event the field)."""
    if None not in values:
        return 1
    return np.fromiter(map(is_not, values, repeat(None)), dtype=np.int64, count=count)


def _references_hold(document: TimelineDocument, columns: _Columns) -> bool:
    """Fast whole-file check of ids, titles, lanes, links and metric dates (no per-event messages)."""
    ids, id_index = columns.ids, columns.id_index
    if id_index.has_duplicates() or not ids_are_valid(ids) or "" in columns.titles:
        return False
    lane_ids = {lane.id for lane in document.lanes}
    if len(lane_ids) != len(document.lanes):
        return False
    used_lanes = set(columns.lanes)
    used_lanes.discard(None)
    if not used_lanes <= lane_ids:
        return False
    for i in columns.detailed:
        record = document.events[i]
        for link in record.get("links", ()):
            if id_index.get(link.target) is None or link.target == ids[i]:
                return False
        for metric in record.get("metrics", ()):
            if metric.date is not None and _date_problems("", metric.date):
                return False
    return True


def ids_are_valid(ids: Sequence[str]) -> bool:
    """Every id (a string each) matches the id pattern: all ids joined by newlines, looked at
    as bytes in numpy (a regex over them took 0.15 s at a million ids)."""
    if not ids:
        return True
    joined = "\n".join(ids)
    if joined.count("\n") != len(ids) - 1 or not joined.isascii():  # an id with a newline, or not ASCII
        return False
    data = np.frombuffer(joined.encode("ascii"), dtype=np.uint8)
    if not _ID_BYTE_OR_NEWLINE[data].all():
        return False
    newlines = np.flatnonzero(data == _NEWLINE)
    lengths = np.diff(newlines, prepend=-1, append=data.size) - 1  # (ASCII: a byte a character)
    if lengths.min() < 1 or lengths.max() > ID_MAX_LENGTH:
        return False
    return bool(_ID_FIRST_BYTE[data[0]] and _ID_FIRST_BYTE[data[newlines + 1]].all())


def _without_bom(data: bytes, source: str) -> bytes:
    """The JSON text's bytes: UTF-16 and -32 refused, a UTF-8 byte-order mark dropped, emptiness reported."""
    encoding = _wide_encoding(data)
    if encoding is not None:
        message = QT_TRANSLATE_NOOP("Loader", "the file is %1 encoded; save it as UTF-8")
        raise TimelineLoadError(source, [Problem("", message, encoding)])
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    if not data or data.isspace():
        raise TimelineLoadError(source, [Problem("", QT_TRANSLATE_NOOP("Loader", "the file is empty"))])
    return data


def _wide_encoding(data: bytes) -> str | None:
    """'UTF-16' or 'UTF-32' when the file is in one of them, with or without a byte-order mark."""
    if data.startswith(_UTF32_BOMS):
        return "UTF-32"
    if data.startswith(_UTF16_BOMS):
        return "UTF-16"
    # JSON text starts with two ASCII characters, so without a BOM the NUL bytes among the
    # first four tell the encoding (RFC 4627 section 3); UTF-8 JSON has no NUL bytes there.
    return _WIDE_ENCODINGS_BY_NULS.get(tuple(byte == 0 for byte in data[:4]))


def _validation_problems(body: bytes, error: ValidationError) -> list[Problem]:
    """Every problem of a file pydantic rejected, in file order."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as bad:
        line, column = _line_and_column(body, bad.start)
        message = QT_TRANSLATE_NOOP("Loader", "not valid UTF-8 text (byte 0x%1); save the file as UTF-8")
        return [Problem(f"line {line}, column {column}", message, f"{body[bad.start]:02x}")]
    problems = _schema_problems(error.errors(include_url=False), body)
    if not any(p.where.startswith("line ") for p in problems):
        # The JSON is well-formed: also report date, lane and link problems of the
        # fields that did validate, so the user sees every problem at once.
        raw, duplicates = parse_noting_duplicates(text)
        problems[:0] = map(_duplicate_key_problem, duplicates)  # first, as on the load path
        if isinstance(raw, dict):
            problems += _reference_problems(raw.get("lanes"), raw.get("events"))
    return _in_file_order(problems)


def _duplicate_key_problems(body: bytes, document: TimelineDocument, columns: _Columns) -> list[Problem]:
    """A problem for each key written twice in one object (the parsers keep the last silently)."""
    if not has_duplicate_keys(body, document, columns.key_count, columns.detailed):
        return []  # the counts say none: the usual case
    _, duplicates = parse_noting_duplicates(body.decode("utf-8"))
    return [_duplicate_key_problem(duplicate) for duplicate in duplicates]


def _duplicate_key_problem(duplicate: DuplicateKey) -> Problem:
    (line, column), (first_line, first_column) = duplicate.place, duplicate.first_place
    key = json.dumps(duplicate.key, ensure_ascii=False)
    where = f"line {line}, column {column}"
    if duplicate.path:
        message = QT_TRANSLATE_NOOP("Loader", "duplicate key %1 in %2 (the first is at line %3, column %4)")
        return Problem(where, message, key, _path(duplicate.path), first_line, first_column)
    message = QT_TRANSLATE_NOOP(
        "Loader", "duplicate key %1 at the top level (the first is at line %2, column %3)"
    )
    return Problem(where, message, key, first_line, first_column)


def _line_and_column(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and character (not byte) column of a byte offset."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


# ---------------------------------------------------------------------------
# Schema errors from pydantic, rewritten for people


def _schema_problems(errors: Iterable[ErrorDetails], body: bytes) -> list[Problem]:
    problems = []
    for error in errors:
        if error["type"] == "json_invalid":
            problems.append(_json_syntax_problem(error, body))
            continue
        loc = error["loc"]
        if error["type"] == "extra_forbidden":
            problems.append(Problem(_path(loc[:-1]), _unknown_field_message(loc)))
        else:
            problems.append(Problem(_path(loc), _describe(error)))
    return problems


def _json_syntax_problem(error: ErrorDetails, body: bytes) -> Problem:
    match = _JSON_POSITION.match(error["msg"])
    if match is None:
        return Problem("", NOT_JSON, error["msg"])
    line, byte_column = int(match["line"]), int(match["column"])
    offset = _line_offset(body, line) + max(byte_column - 1, 0)
    what: str | Phrase = match["what"]
    if what in (_UNPAIRED_LEADING_HALF, _UNPAIRED_ESCAPE):
        offset, what = _half_surrogate(body, offset, match["what"])
    _, column = _line_and_column(body, offset)
    found = body[offset : offset + 1]
    if found in _SYNTAX_HINTS_BY_CHARACTER and what in ("key must be a string", "expected value"):
        what = Phrase(LOADER, _SYNTAX_HINTS_BY_CHARACTER[found])
    elif isinstance(what, str) and what in _SYNTAX_HINTS:
        what = Phrase(LOADER, _SYNTAX_HINTS[what])  # else jiter's own English words
    return Problem(f"line {line}, column {column}", NOT_JSON, what)


def _half_surrogate(body: bytes, offset: int, what: str) -> tuple[int, str | Phrase]:
    """Where the unpaired surrogate escape jiter complains about starts, and what to say about it."""
    if what == _UNPAIRED_LEADING_HALF:
        # Right after the escape, or on the u of a following escape such as \n.
        starts = (offset - _ESCAPE_LENGTH, offset - _ESCAPE_LENGTH - 1)
        candidates = [(start, _LEADING_HALF) for start in starts]
    else:
        last = offset - _ESCAPE_LENGTH + 1  # the escape ending here: a trailing half, or after a leading one
        candidates = [(last, _TRAILING_HALF), (last - _ESCAPE_LENGTH, _LEADING_HALF)]
    for start, half in candidates:
        escape = body[start : start + _ESCAPE_LENGTH] if start >= 0 else b""
        if half.fullmatch(escape):
            shown = escape.decode("ascii")
            message = QT_TRANSLATE_NOOP(
                "Loader", "'%1' is half of a UTF-16 surrogate pair; the other half is missing"
            )
            return start, Phrase(LOADER, message, (shown,))
    return offset, what


def _line_offset(data: bytes, line: int) -> int:
    """Byte offset where 1-based ``line`` starts."""
    offset = 0
    for _ in range(line - 1):
        offset = data.index(b"\n", offset) + 1
    return offset


def _path(loc: Sequence[int | str]) -> str:
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif part.isidentifier():
            parts.append(f".{part}" if parts else part)
        else:
            parts.append(f"[{json.dumps(part)}]")
    return "".join(parts)


def _unknown_field_message(loc: Sequence[int | str]) -> Phrase:
    name = str(loc[-1])
    container = next((part for part in reversed(loc[:-1]) if isinstance(part, str)), "")
    close = difflib.get_close_matches(name, _KNOWN_FIELDS.get(container, ()), n=1)
    if close:
        message = QT_TRANSLATE_NOOP("Loader", "unknown field %1 (did you mean %2?)")
        return Phrase(LOADER, message, (quoted(name), quoted(close[0])))
    return Phrase(LOADER, QT_TRANSLATE_NOOP("Loader", "unknown field %1"), (quoted(name),))


def _describe(error: ErrorDetails) -> Phrase:
    kind, message = error["type"], error["msg"]
    found = _preview(error["input"])
    if kind == "missing":
        return Phrase(LOADER, MISSING_FIELD)
    if kind == "string_pattern_mismatch" and error["loc"][-1] == "color":
        return Phrase(
            LOADER, QT_TRANSLATE_NOOP("Loader", "%1 is not a colour; write it as #rrggbb"), (found,)
        )
    if kind == "string_pattern_mismatch" and error["loc"][-1] == "currency":
        message = QT_TRANSLATE_NOOP(
            "Loader", "%1 is not a currency code; use three capital letters such as USD"
        )
        return Phrase(LOADER, message, (found,))
    if kind == "string_pattern_mismatch":
        return Phrase(LOADER, NOT_AN_ID, (found,))
    if kind == "value_error":
        message = message.removeprefix("Value error, ")
        cause = (error.get("ctx") or {}).get("error")
        if isinstance(cause, PhraseError):  # our own validators say it in words that translate
            return Phrase(LOADER, QT_TRANSLATE_NOOP("Loader", "%1, got %2"), (cause.phrase, found))
    english = f"{message[:1].lower()}{message[1:]}, got {found}"
    ours = _pydantic_in_our_words(kind, message, error.get("ctx") or {}, found)
    if ours is not None and str(ours) == english:
        return ours
    # A message not worded here: pydantic's English, lower-cased, stands in.
    return Phrase(
        LOADER, QT_TRANSLATE_NOOP("Loader", "%1, got %2"), (f"{message[:1].lower()}{message[1:]}", found)
    )


def _pydantic_in_our_words(kind: str, message: str, ctx: Mapping[str, Any], found: str) -> Phrase | None:
    """pydantic's ``message`` as one of our templates, or None when it is not one we word."""
    if message in _PYDANTIC_WORDS:
        return Phrase(LOADER, _PYDANTIC_WORDS[message], (found,))
    if kind not in _PYDANTIC_LIMITS:
        return None
    template, key = _PYDANTIC_LIMITS[kind]
    limit = ctx.get(key)
    if limit is None:
        return None
    if limit == 1 and kind in _PYDANTIC_SINGULAR:
        template = _PYDANTIC_SINGULAR[kind]
    shown: str | Phrase = str(limit)
    if kind == "literal_error" and _LAST_CHOICE in str(limit):
        first, last = str(limit).rsplit(_LAST_CHOICE, 1)
        shown = Phrase(LOADER, QT_TRANSLATE_NOOP("Loader", "%1 or %2"), (first, last))
    return Phrase(LOADER, template, (shown, found))


def _preview(value: Any) -> str:
    if isinstance(value, str):
        return quoted(value)
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, float) else repr(value)
    return visible(text) if len(text) <= MAX_QUOTED_CHARS else f"{visible(text[: MAX_QUOTED_CHARS - 1])}…"


# ---------------------------------------------------------------------------
# Cross-field checks: dates, duplicate ids, lanes, links


def _reference_problems(lanes: Any, events: Any, *, check_dates: bool = True) -> list[Problem]:
    """Problems the schema cannot see; tolerant of raw, partly invalid JSON."""
    problems: list[Problem] = []
    lane_ids = _lane_ids(lanes, problems)
    if not isinstance(events, list):
        return problems
    records = [(i, e) for i, e in enumerate(events) if isinstance(e, Mapping)]
    first_index: dict[str, int] = {}
    for i, record in records:
        event_id = record.get("id")
        if not isinstance(event_id, str):
            continue
        if event_id in first_index:
            holder = f"events[{first_index[event_id]}]"
            problems.append(Problem(f"events[{i}].id", ALREADY_USED, quoted(event_id), holder))
        else:
            first_index[event_id] = i
    for i, record in records:
        problems += _record_problems(i, record, lane_ids, first_index, check_dates=check_dates)
    return problems


def _record_problems(
    i: int,
    record: Mapping[str, Any],
    lane_ids: Collection[str],
    ids: Mapping[str, int],
    *,
    check_dates: bool = True,
) -> list[Problem]:
    """What is wrong with ``record`` as events[i], beyond its schema, given the lanes and the ids."""
    problems = _id_and_title_problems(i, record)
    lane = record.get("lane")
    if isinstance(lane, str) and lane not in lane_ids:
        problems.append(Problem(f"events[{i}].lane", _unknown_lane_message(lane, lane_ids)))
    date = record.get("date")
    if check_dates and isinstance(date, str):
        problems += _date_problems(f"events[{i}].date", date)
    if DETAIL_EVENT_KEYS.isdisjoint(record):
        return problems  # the common case in big files: nothing more to check
    problems += _link_problems(i, record, ids)
    problems += _metric_date_problems(i, record)
    return problems


@cache
def _event_adapter() -> TypeAdapter[EventRecord]:
    # Built when first asked: editing needs it, start-up does not.
    return TypeAdapter(EventRecord)


def check_event(
    record: Mapping[str, Any], at: int, lane_ids: Collection[str], ids: Mapping[str, int]
) -> tuple[EventRecord | None, list[Problem]]:
    """``record`` validated as events[at] of a timeline with these lanes and these event ids
    (id → index, ``at`` included if it is there), and every problem in the loader's own words.

    The record is None when it does not fit the schema; it comes with the problems of its
    references (lane, links, dates, a taken id) when those are wrong."""
    try:
        validated = _event_adapter().validate_python(dict(record))
    except ValidationError as error:
        problems = []
        for detail in error.errors(include_url=False):
            loc = ("events", at, *detail["loc"])
            if detail["type"] == "extra_forbidden":
                problems.append(Problem(_path(loc[:-1]), _unknown_field_message(loc)))
            else:
                problems.append(Problem(_path(loc), _describe(detail)))
        return None, _in_file_order(problems)
    problems = []
    holder = ids.get(validated["id"])
    if holder is not None and holder != at:
        problems.append(
            Problem(f"events[{at}].id", ALREADY_USED, quoted(validated["id"]), f"events[{holder}]")
        )
    problems += _record_problems(at, record, lane_ids, ids)
    return validated, _in_file_order(problems)


def _id_and_title_problems(i: int, record: Mapping[str, Any]) -> list[Problem]:
    """The constraints the schema states for ids and titles, checked per record."""
    problems = []
    event_id, title = record.get("id"), record.get("title")
    if isinstance(event_id, str):
        if len(event_id) > ID_MAX_LENGTH:
            template, _ = _PYDANTIC_LIMITS["string_too_long"]
            problems.append(Problem(f"events[{i}].id", template, ID_MAX_LENGTH, _preview(event_id)))
        elif _ID.fullmatch(event_id) is None:
            problems.append(Problem(f"events[{i}].id", NOT_AN_ID, _preview(event_id)))
    if title == "":
        problems.append(Problem(f"events[{i}].title", _PYDANTIC_SINGULAR["string_too_short"], 1, "''"))
    return problems


def _lane_ids(lanes: Any, problems: list[Problem]) -> dict[str, int]:
    lane_ids: dict[str, int] = {}
    for i, lane in enumerate(lanes if isinstance(lanes, list) else ()):
        lane_id = lane.get("id") if isinstance(lane, Mapping) else None
        if not isinstance(lane_id, str):
            continue
        if lane_id in lane_ids:
            problems.append(
                Problem(f"lanes[{i}].id", ALREADY_USED, quoted(lane_id), f"lanes[{lane_ids[lane_id]}]")
            )
        else:
            lane_ids[lane_id] = i
    return lane_ids


def _unknown_lane_message(lane: str, lane_ids: Collection[str]) -> Phrase:
    if not lane_ids:
        return Phrase(
            LOADER, QT_TRANSLATE_NOOP("Loader", "no lane %1: the file defines no lanes"), (quoted(lane),)
        )
    close = difflib.get_close_matches(lane, list(lane_ids), n=1)
    if close:
        message = QT_TRANSLATE_NOOP("Loader", "no lane has id %1 (did you mean %2?)")
        return Phrase(LOADER, message, (quoted(lane), quoted(close[0])))
    return Phrase(LOADER, QT_TRANSLATE_NOOP("Loader", "no lane has id %1"), (quoted(lane),))


def _date_problems(where: str, text: str) -> list[Problem]:
    try:
        parse_edtf(text)
    except DateError as error:
        return [Problem(where, error.phrase)]
    return []


def _link_problems(i: int, record: Mapping[str, Any], ids: Mapping[str, int]) -> list[Problem]:
    problems = []
    for k, link in enumerate(_items(record.get("links"))):
        target = link.get("target") if isinstance(link, Mapping) else getattr(link, "target", None)
        if not isinstance(target, str):
            continue
        where = f"events[{i}].links[{k}].target"
        if target not in ids:
            problems.append(Problem(where, QT_TRANSLATE_NOOP("Loader", "no event has id %1"), quoted(target)))
        elif ids[target] == i:
            problems.append(Problem(where, QT_TRANSLATE_NOOP("Loader", "an event cannot link to itself")))
    return problems


def _origin_problem(i: int, record: Mapping[str, Any], source: SourceInfo | None) -> Problem | None:
    """An origin span must lie inside the article's text that the file carries."""
    origin = record.get("origin")
    if origin is None:
        return None
    text = source.text if source is not None else None
    if text is None:
        message = QT_TRANSLATE_NOOP("Loader", "the timeline has no article text (source.text) to point into")
        return Problem(f"events[{i}].origin", message)
    if origin.end > len(text):
        message = QT_TRANSLATE_NOOP("Loader", "%1 is beyond the end of the article's text (%2 characters)")
        return Problem(f"events[{i}].origin.end", message, origin.end, Number(len(text)))
    return None


def _metric_date_problems(i: int, record: Mapping[str, Any]) -> list[Problem]:
    problems = []
    for k, metric in enumerate(_items(record.get("metrics"))):
        date = metric.get("date") if isinstance(metric, Mapping) else getattr(metric, "date", None)
        if isinstance(date, str):
            problems += _date_problems(f"events[{i}].metrics[{k}].date", date)
    return problems


def _items(value: Any) -> Sequence[Any]:
    return value if isinstance(value, list | tuple) else ()


_EVENT_PATH = re.compile(r"^events\[(\d+)\]")


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    """Sort problems by the event they concern, then by field; header problems first; stable otherwise."""

    def key(problem: Problem) -> tuple[int, int]:
        match = _EVENT_PATH.match(problem.where)
        if match is None:
            return (-1, 0)
        field = problem.where[match.end() :].lstrip(".").split(".")[0].split("[")[0]
        return (int(match[1]), _EVENT_FIELD_RANK.get(field, len(_EVENT_FIELD_RANK)))

    return sorted(problems, key=key)


# ---------------------------------------------------------------------------
# Columns


def _parse_event_dates(dates: list[str], problems: list[Problem]) -> tuple[list[int], list[EdtfDate]]:
    """Parse each distinct date text once: every event's date code, the distinct dates, bad ones noted."""
    distinct: list[EdtfDate] = []
    codes: dict[str, int] = {}
    for text in dict.fromkeys(dates):
        try:
            distinct.append(parse_edtf(text))
        except DateError:
            continue
        codes[text] = len(distinct) - 1
    if len(codes) < len(set(dates)):  # some are invalid: say which events have them
        for i, text in enumerate(dates):
            if text not in codes:
                problems += _date_problems(f"events[{i}].date", text)
        return [], distinct
    return list(map(codes.__getitem__, dates)), distinct


def _build_table(
    document: TimelineDocument, columns: _Columns, date_codes: list[int], distinct_dates: list[EdtfDate]
) -> EventTable:
    records = document.events
    count = len(records)
    lane_ids = tuple(lane.id for lane in document.lanes)
    lane_codes: dict[str | None, int] = {lane_id: code for code, lane_id in enumerate(lane_ids)}
    lane_codes[None] = NO_LANE
    details = {
        i: {key: records[i][key] for key in records[i].keys() & DETAIL_EVENT_KEYS}  # type: ignore[literal-required]
        for i in columns.detailed
    }
    return EventTable(
        ids=columns.ids,
        id_index=columns.id_index,
        titles=tuple(columns.titles),
        summaries=tuple(["" if summary is None else summary for summary in columns.summaries]),
        status=np.fromiter(map(STATUS_CODES.__getitem__, columns.statuses), dtype=np.int8, count=count),
        lane=np.fromiter(map(lane_codes.__getitem__, columns.lanes), dtype=np.int32, count=count),
        date_code=np.array(date_codes, dtype=np.int32),
        date_values=tuple(distinct_dates),
        lane_ids=lane_ids,
        details=details,
    )
