"""A chunk of TimelineJS slides as columns: parsed plainly, types checked a column at a time.

Validating a million slides against ``SlideFields`` took a quarter of a TimelineJS load. The
validation only checks types (the TypedDict has no other constraint) and leaves out keys it does
not know, so a chunk is parsed as plain JSON instead (pydantic-core's parser), each field a slide
may have is taken as a column, and the columns' types are checked in C-speed passes. A slide
whose keys are not all among those columns' (one of ours with actors or links, one with
TimelineJS's display_date, a field written as null) is validated from its own bytes; a piece
whose columns hold a type the fast way does not expect is validated whole, as before, so that
whatever is wrong is refused as validation refuses it. Either way the columns are those of the
validated slides (``tests/test_slide_chunks.py`` holds them to it), but for the types of date
fields, which the reader checks once per distinct date (DATE_VALUE_TYPES).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import chain, repeat
from operator import is_not
from typing import Annotated, Any, Final, NamedTuple, Required

import numpy as np
from pydantic import Field, StrictInt, StrictStr, TypeAdapter
from pydantic_core import from_json
from typing_extensions import TypedDict

from timeline_app.io.json_split import EventSpans

# Slides as the fast way reads them: anything else (a number where text is expected, a date
# field that is neither a whole number nor text, a slide without a start date) fails validation,
# and the file is read the thorough way, which says what is wrong or reads what is unusual.
_WholeOrText = Annotated[StrictInt | StrictStr | None, Field()]


class DateFields(TypedDict, total=False):
    year: _WholeOrText
    month: _WholeOrText
    day: _WholeOrText
    hour: _WholeOrText
    minute: _WholeOrText
    second: _WholeOrText


class TextFields(TypedDict, total=False):
    headline: StrictStr
    text: StrictStr


class MediaFields(TypedDict, total=False):
    url: StrictStr
    credit: StrictStr
    caption: StrictStr
    alt: StrictStr


class SlideFields(TypedDict, total=False):
    start_date: Required[DateFields]
    end_date: DateFields
    text: TextFields
    media: MediaFields
    group: StrictStr
    unique_id: StrictStr
    # Fields of ours (EXTRA_SLIDE_FIELDS): text ones checked here, the rest by our event model.
    edtf: StrictStr
    status: StrictStr
    lane: StrictStr
    summary: StrictStr
    html: StrictStr
    actors: Any
    amounts: Any
    metrics: Any
    sources: Any
    links: Any
    tags: Any
    images: Any
    background: Any  # (TimelineJS's own: kept_slide_fields keeps what it may)


SLIDES: TypeAdapter[list[SlideFields]] = TypeAdapter(list[SlideFields])

# The fields taken as columns: objects (of text, or of date fields) and text.
_OBJECT_KEYS: Final = ("start_date", "end_date", "text", "media")
_TEXT_KEYS: Final = ("group", "unique_id", "edtf", "status", "lane", "summary", "html")
_COLUMN_KEYS: Final = (*_OBJECT_KEYS, *_TEXT_KEYS)
# A slide with one of these has more than its column fields (or a media item to make a source of).
DETAIL_SLIDE_KEYS: Final = frozenset(
    {"actors", "amounts", "metrics", "sources", "links", "tags", "images", "media", "background"}
)
DATE_VALUE_TYPES: Final[frozenset[type]] = frozenset({int, str, type(None)})
_OBJECT_OR_NONE: Final[frozenset[type]] = frozenset({dict, type(None)})
_TEXT_OR_NONE: Final[frozenset[type]] = frozenset({str, type(None)})
_TEXT: Final[frozenset[type]] = frozenset({str})
_NO_FIELDS: Final[dict[str, Any]] = {}
DATE_FIELDS: Final = frozenset(DateFields.__annotations__)
_MEDIA_FIELDS: Final = tuple(MediaFields.__annotations__)
# Slides are parsed and taken apart this many at a time: each column is a pass over the
# slides' dicts, and the dicts of a few thousand slides stay in the processor's cache for all
# of them (a pass over 50,000 fetched them from memory again: 1.6 s against 0.4 s a million).
PIECE: Final = 2_048  # (a quarter of the loader's chunk)
# A piece with unusual slides more than once in this many is validated whole (each would
# otherwise be parsed twice).
_UNUSUAL_SHARE_FOR_WHOLE: Final = 4


@dataclass(frozen=True, slots=True)
class SlideColumns:
    """A chunk of slides as validation gives them, each field a column (None where absent)."""

    # A date's fields (name, value) in file order, their values' types not checked here: a file
    # repeats dates, and the reader checks each distinct one (DATE_VALUE_TYPES).
    start_date: list[tuple[tuple[str, Any], ...]]
    end_date: list[tuple[tuple[str, Any], ...] | None]
    headline: list[str]  # text.headline, "" where absent
    text: list[str]  # text.text, "" where absent
    media: list[dict[str, str] | None]
    group: list[str | None]
    unique_id: list[str | None]
    edtf: list[str | None]
    status: list[str | None]
    lane: list[str | None]
    summary: list[str | None]
    html: list[str | None]
    # The slides (by their index in the chunk) with a key of DETAIL_SLIDE_KEYS, whole.
    detail: dict[int, dict[str, Any]]

    def __len__(self) -> int:
        return len(self.start_date)


def slide_columns(body: bytes, spans: EventSpans, first: int, stop: int) -> SlideColumns:
    """The slides ``first`` to ``stop`` of the file as columns, as validating them gives them.

    Raises ValidationError when validation would refuse them (the caller reads the file the
    thorough way).
    """
    columns = SlideColumns([], [], [], [], [], [], [], [], [], [], [], [], {})
    for start in range(first, stop, PIECE):
        end = min(start + PIECE, stop)
        _add_piece(columns, _piece(body, spans, start, end), start - first)
    return columns


class _Piece(NamedTuple):
    """Slides as validation gives them, their fields as columns, and which have details."""

    slides: list[dict[str, Any]]
    columns: dict[str, list[Any]]  # SlideColumns' fields
    detail: list[int]  # the slides with a key of DETAIL_SLIDE_KEYS


def _piece(body: bytes, spans: EventSpans, first: int, stop: int) -> _Piece:
    """The slides ``first`` to ``stop`` as validation gives them, and their fields as columns."""
    chunk = spans.chunk(body, first, stop)
    try:
        # NaN and Infinity, lone surrogates: whatever the plain parser refuses, validation decides.
        slides = from_json(chunk, allow_inf_nan=False)
    except ValueError:
        return _validated(chunk)
    if type(slides) is not list or set(map(type, slides)) != {dict}:
        return _validated(chunk)
    fields: dict[str, list[Any]] = {key: list(map(dict.get, slides, repeat(key))) for key in _COLUMN_KEYS}
    count = len(slides)
    keys = np.fromiter(map(len, slides), dtype=np.int64, count=count)
    media = fields["media"]
    # Without a key beyond the columns', only a slide with media has details.
    detail = [i for i, item in enumerate(media) if item is not None] if None in media else [*range(count)]
    # Every key of every slide is one of the columns' and none is null: nothing to validate.
    if int(keys.sum()) != sum(count - column.count(None) for column in fields.values()):
        unusual = _unusual(fields, keys)
        if len(unusual) * _UNUSUAL_SHARE_FOR_WHOLE > count:
            return _validated(chunk)
        items = b",".join(body[int(spans.starts[first + i]) : int(spans.ends[first + i])] for i in unusual)
        for i, slide in zip(unusual, SLIDES.validate_json(b"[" + items + b"]"), strict=True):
            slides[i] = slide
            for key, column in fields.items():
                column[i] = slide.get(key)
        rich = [i for i in unusual if not slides[i].keys().isdisjoint(DETAIL_SLIDE_KEYS)]
        detail = sorted({*detail, *rich})
    columns = _columns(fields, check=True)
    if columns is None:
        return _validated(chunk)
    return _Piece(slides, columns, detail)


def _columns(fields: dict[str, list[Any]], *, check: bool) -> dict[str, list[Any]] | None:
    """SlideColumns' columns of a piece's fields; with ``check``, None if a field holds what
    validation refuses (a key validation leaves out may hold anything)."""
    starts = fields["start_date"]
    ends = fields["end_date"]
    texts = fields["text"]
    if check and (
        set(map(type, starts)) != {dict}
        or not set(map(type, ends)) <= _OBJECT_OR_NONE
        or not set(map(type, texts)) <= _OBJECT_OR_NONE
    ):
        return None
    start_fields = list(map(tuple, map(dict.items, starts)))
    if ends.count(None) == len(ends):
        end_fields: list[Any] = ends
    else:
        end_fields = [None if end is None else tuple(end.items()) for end in ends]
    if None in texts:
        texts = [_NO_FIELDS if text is None else text for text in texts]
    columns = {
        "start_date": start_fields,
        "end_date": end_fields,
        "headline": list(map(dict.get, texts, repeat("headline"), repeat(""))),
        "text": list(map(dict.get, texts, repeat("text"), repeat(""))),
    }
    columns.update((name, fields[name]) for name in ("media", *_TEXT_KEYS))
    if check and not _types_hold(columns):
        return None
    return columns


def _types_hold(columns: Mapping[str, list[Any]]) -> bool:
    """Whether the columns hold what validation lets through (None: the key is absent)."""
    if not set(map(type, chain(columns["headline"], columns["text"]))) <= _TEXT:
        return False
    media = columns["media"]
    if not set(map(type, media)) <= _OBJECT_OR_NONE:
        return False
    present = [item for item in media if item is not None] if None in media else media
    media_values = (item.get(name, "") for item in present for name in _MEDIA_FIELDS)
    if not set(map(type, media_values)) <= _TEXT:
        return False
    return all(set(map(type, columns[name])) <= _TEXT_OR_NONE for name in _TEXT_KEYS)


def _add_piece(columns: SlideColumns, piece: _Piece, offset: int) -> None:
    """Add the slides of a piece (its first is slide ``offset`` of the chunk) to ``columns``."""
    for name, column in piece.columns.items():
        getattr(columns, name).extend(column)
    columns.detail.update((offset + i, piece.slides[i]) for i in piece.detail)


def _unusual(columns: Mapping[str, list[Any]], keys: np.ndarray[Any, Any]) -> list[int]:
    """The slides with a key that is none of the columns', or a column's key written as null."""
    given = np.zeros(len(keys), dtype=np.int64)
    for column in columns.values():
        given += np.fromiter(map(is_not, column, repeat(None)), dtype=bool, count=len(keys))
    return np.flatnonzero(given != keys).tolist()


def _validated(chunk: bytes) -> _Piece:
    """A piece validated whole (the way before, for slides the fast way doubts), as columns."""
    slides: list[dict[str, Any]] = SLIDES.validate_json(chunk)  # type: ignore[assignment]
    detail = [i for i, slide in enumerate(slides) if not slide.keys().isdisjoint(DETAIL_SLIDE_KEYS)]
    fields = {key: list(map(dict.get, slides, repeat(key))) for key in _COLUMN_KEYS}
    columns = _columns(fields, check=False)
    assert columns is not None
    return _Piece(slides, columns, detail)
