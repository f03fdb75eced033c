"""TimelineJS slides parsed plainly (types checked as columns, only unusual slides validated) read
as validating every piece of slides reads them, and whatever the checks doubt goes to validation;
a media address's scheme told without urlsplit is urlsplit's."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any
from unittest import mock
from urllib.parse import urlsplit

import pytest
from hypothesis import example, find, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.formats import slide_chunks
from timeline_app.io.formats import timelinejs as tjs
from timeline_app.io.formats.slide_chunks import DATE_FIELDS, DATE_VALUE_TYPES
from timeline_app.io.json_split import event_spans


@contextmanager
def _validating_every_piece() -> Iterator[None]:
    """Every piece of slides validated whole by pydantic: the way before the plain parse."""

    def validated(body: bytes, spans: Any, first: int, stop: int) -> Any:
        return slide_chunks._validated(spans.chunk(body, first, stop))

    with mock.patch.object(slide_chunks, "_piece", validated):
        yield


@contextmanager
def _counting_validations() -> Iterator[list[bytes]]:
    """The pieces (and single slides) pydantic validates, as it validates them."""
    seen: list[bytes] = []
    validate = slide_chunks.SLIDES.validate_json

    def counted(data: bytes, *args: Any, **kwargs: Any) -> Any:
        seen.append(data)
        return validate(data, *args, **kwargs)

    with mock.patch.object(slide_chunks.SLIDES, "validate_json", counted):
        yield seen


def _same(fast: Timeline | None, slow: Timeline | None) -> None:
    assert fast is not None
    assert slow is not None
    assert fast.header == slow.header
    assert list(fast.events) == list(slow.events)
    assert [fast.events.details.get(i) for i in range(len(fast.events))] == [
        slow.events.details.get(i) for i in range(len(slow.events))
    ]


def _read_both(data: bytes, piece: int = slide_chunks.PIECE) -> tuple[Timeline | None, Timeline | None]:
    with mock.patch.object(slide_chunks, "PIECE", piece):
        fast = tjs._read_in_chunks(data, "t.json")
        with _validating_every_piece():
            slow = tjs._read_in_chunks(data, "t.json")
    return fast, slow


# What a slide's fields may hold: what validation lets through, and, in a spoiled slide (one in
# eight), what it refuses (a number where text belongs, a null, a float or true as a year); and
# keys it leaves out, inside and outside the objects.
_TEXTS = st.sampled_from(["", " ", "Nio", "<b>bold</b> &amp; more", "<p>one</p>", "<p>a 'b'</p>", "é\n"])
_ODD: st.SearchStrategy[Any] = st.sampled_from([None, 5, 2.5, True, [], {}, ["x"]])
_YEARS = st.sampled_from([2024, "2024", "-44", 0, " 12 "])
_FIELD_VALUES = st.sampled_from([1, "3", 12, None, "", "  "])
_SPOILED_DATE_VALUES = st.sampled_from([2024.0, True, [1], "abc", 13, 0, {}, 10**30])


@st.composite
def _date(draw: st.DrawFn) -> dict[str, Any]:
    fields = {"year": draw(_YEARS)}
    for name in ("month", "day", "hour", "minute", "second"):  # (each needs the one before)
        if draw(st.booleans()):
            break
        fields[name] = draw(_FIELD_VALUES)
        if fields[name] in (None, "", "  "):  # (a blank field and a finer one: no date)
            break
    if draw(st.integers(0, 5)) == 0:  # a name validation leaves out
        fields["display"] = draw(st.one_of(_FIELD_VALUES, _ODD))
    return fields


_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "end_date": st.one_of(_date(), st.just({}), st.just({"year": ""})),
    "text": st.fixed_dictionaries({}, optional={"headline": _TEXTS, "text": _TEXTS, "zz": _ODD}),
    "media": st.fixed_dictionaries(
        {},
        optional={
            "url": st.sampled_from(
                ["https://example.com/a", "https://x.org/p.jpg", "<blockquote>e</blockquote>", " ", "ftp://f"]
            ),
            "credit": _TEXTS,
            "caption": _TEXTS,
            "zz": _ODD,
        },
    ),
    "group": st.sampled_from(["Lane 1", " Lane 1 ", "Lane 2", "", "2024"]),
    "edtf": st.sampled_from(["2024", "2024~", "", "2024-05/2025"]),
    "status": st.sampled_from(["confirmed", "planned"]),
    "lane": st.just("lane-1"),
    "summary": _TEXTS,
    "html": _TEXTS,
    "tags": st.sampled_from([["t"], []]),
    "actors": st.just(["A"]),
    "background": st.sampled_from([{"color": "#123"}, {"url": "javascript:x"}, None, "#000"]),
    "display_date": st.sampled_from(["then", 5]),
    "autolink": st.just(True),
}
_BEYOND_COLUMNS = frozenset({"tags", "actors", "background", "display_date", "autolink"})
# What a spoiled slide has wrong (one thing): a field, or a field of one of its objects.
_SPOILERS: dict[str, st.SearchStrategy[Any]] = {
    **dict.fromkeys(_FIELDS, _ODD),
    "unique_id": st.sampled_from(["s0", 7, None]),  # a duplicate, a number, a null
    "edtf": st.sampled_from(["2024-13", 5, None]),
    "status": st.sampled_from(["maybe", None]),
    "lane": st.sampled_from(["nowhere", None]),
    "start_date": _ODD,
    "start_date.year": _SPOILED_DATE_VALUES,
    "start_date.month": _SPOILED_DATE_VALUES,
    "end_date.year": _SPOILED_DATE_VALUES,
    "text.headline": _ODD,
    "text.text": _ODD,
    "media.url": _ODD,
    "media.caption": _ODD,
}


@st.composite
def _slide(draw: st.DrawFn, index: int, spoiled: bool) -> dict[str, Any]:
    slide: dict[str, Any] = {"start_date": draw(_date())}
    for name, strategy in _FIELDS.items():
        # Keys beyond the columns' seldom: a slide with one is validated by pydantic alone.
        if draw(st.integers(0, 10 if name in _BEYOND_COLUMNS else 2)) == 0:
            slide[name] = draw(strategy)
    slide["unique_id"] = draw(st.sampled_from([f"s{index}", f"s{index}", "", "a b", f"x:{index}"]))
    if spoiled:  # one thing wrong
        where = draw(st.sampled_from(sorted(_SPOILERS)))
        name, _, inner = where.partition(".")
        value = draw(_SPOILERS[where])
        if inner:
            slide[name] = {**(slide.get(name) or {"year": 2024}), inner: value}
        else:
            slide[name] = value
    return slide


@st.composite
def _documents(draw: st.DrawFn, spoiled_one_in: int) -> dict[str, Any]:
    """Documents of 1 to 9 slides, one in ``spoiled_one_in`` of them with one slide spoiled (so
    that what the plain way makes of it is not hidden by another's refusal)."""
    count = draw(st.integers(1, 9))
    spoiled = draw(st.integers(0, count - 1)) if draw(st.integers(1, spoiled_one_in)) == 1 else -1
    slides = [draw(_slide(index, index == spoiled)) for index in range(count)]
    return {"lanes": [{"id": "lane-1", "label": "Lane 1"}], "events": slides}


_DOCUMENT = _documents(spoiled_one_in=3)


@settings(max_examples=400, deadline=None)
@given(_DOCUMENT, st.sampled_from([1, 2, 3, slide_chunks.PIECE]))
@example({"events": [{"start_date": {"year": 2024}, "group": "G"}]}, 1)
def test_slides_read_plainly_read_as_validated_slides_do(document: dict[str, Any], piece: int) -> None:
    """Whenever the plain way gives a timeline, validating every piece gives the same one; and
    where validation gives one, so does the plain way, or (a date's field that is a list, say)
    it leaves the file to the thorough way, which reads the same."""
    data = json.dumps(document).encode()
    fast, slow = _read_both(data, piece)
    if fast is None and slow is not None:  # what the fast way leaves to the thorough way
        fast = tjs.read_timelinejs(data, "t.json")
    if fast is not None or slow is not None:
        _same(fast, slow)


def _comparable(columns: slide_chunks.SlideColumns) -> dict[str, Any]:
    """The columns as the reader uses them: a date's and a media item's fields by the names
    validation knows, a detailed slide's fields of ours and background."""

    def known(fields: tuple[tuple[str, Any], ...] | None) -> tuple[tuple[str, Any], ...] | None:
        return None if fields is None else tuple(item for item in fields if item[0] in DATE_FIELDS)

    seen = {name: getattr(columns, name) for name in columns.__dataclass_fields__}
    seen["start_date"] = list(map(known, columns.start_date))
    seen["end_date"] = list(map(known, columns.end_date))
    media_fields = slide_chunks.MediaFields.__annotations__
    seen["media"] = [
        None if media is None else {name: media[name] for name in media_fields if name in media}
        for media in columns.media
    ]
    details = ("background", *tjs._RICH_EXTRA)
    seen["detail"] = {
        i: {name: slide[name] for name in details if name in slide} for i, slide in columns.detail.items()
    }
    return seen


def _date_types_wrong(columns: slide_chunks.SlideColumns) -> bool:
    """Whether a date field validation knows holds what it refuses (left to the reader's check)."""
    dates = [*columns.start_date, *(end for end in columns.end_date if end is not None)]
    return any(
        type(value) not in DATE_VALUE_TYPES
        for fields in dates
        for name, value in fields
        if name in DATE_FIELDS
    )


@settings(max_examples=400, deadline=None)
@given(_documents(spoiled_one_in=2), st.sampled_from([1, 3, slide_chunks.PIECE]))
def test_the_columns_read_plainly_are_the_validated_slides_columns(
    document: dict[str, Any], piece: int
) -> None:
    """Where validation takes the slides, the plain way gives the same columns; where it refuses
    them, so does the plain way (or, for a date's field, the reader's check of each date)."""
    body = json.dumps(document).encode()
    spans = event_spans(body)
    assert spans is not None
    with mock.patch.object(slide_chunks, "PIECE", piece):
        try:
            fast = slide_chunks.slide_columns(body, spans, 0, len(spans))
        except ValidationError:
            fast = None
        with _validating_every_piece():
            try:
                slow = slide_chunks.slide_columns(body, spans, 0, len(spans))
            except ValidationError:
                slow = None
    if slow is None and fast is not None:
        assert _date_types_wrong(fast)
    else:
        assert (fast is None) == (slow is None)
        if fast is not None and slow is not None:
            assert _comparable(fast) == _comparable(slow)


def test_the_generated_documents_are_read_too() -> None:
    """(Else the test above compares nothing but refusals.) Several slides, with media and a rich
    field of ours among them, read plainly."""

    def read_with_details(document: dict[str, Any]) -> bool:
        slides = document["events"]
        timeline = tjs._read_in_chunks(json.dumps(document).encode(), "t.json")
        return (
            timeline is not None
            and len(slides) >= 3
            and any("media" in slide for slide in slides)
            and any("tags" in slide for slide in slides)
        )

    find(_DOCUMENT, read_with_details, settings=settings(max_examples=5000, database=None))


_USUAL = {
    "start_date": {"year": "2024", "month": "3"},
    "text": {"headline": "Nio", "text": "<p>text</p>"},
    "media": {"url": "https://example.com/a", "credit": "Reuters"},
    "group": "Lane 1",
}


@pytest.mark.parametrize(
    ("spoiled", "handed_to"),
    [
        ({"display_date": "in spring"}, "validation alone"),  # a key the fast way has no column for
        ({"background": None}, "validation alone"),  # a rich field written as null
        ({"tags": ["t"], "actors": ["A"]}, "validation alone"),  # rich fields of ours
        ({"group": None}, "validation alone"),  # a column's key written as null (validation refuses it)
        ({"group": 2024}, "validation of the piece"),  # a number where text belongs
        ({"text": {"headline": None}}, "validation of the piece"),  # a null inside an object
        ({"media": {"url": None}}, "validation of the piece"),
        ({"media": {"url": "https://e.com", "credit": 5}}, "validation of the piece"),
        ({"end_date": "2024"}, "validation of the piece"),  # text where an object belongs
        ({"text": {"headline": "\ud83d"}}, "validation of the piece"),  # the plain parser refuses it
        # A date's fields are checked where each distinct date is worked out: what validation
        # refuses there (a float or true as a year) goes to the thorough way, which says where.
        ({"start_date": {"year": 2024.0}}, "the thorough way"),
        ({"start_date": {"year": True}}, "the thorough way"),
        ({"end_date": {"year": 2025, "month": [3]}}, "the thorough way"),
        ({"start_date": {"year": 2024, "x": [1]}}, "the thorough way"),  # (a name validation leaves out)
    ],
)
def test_a_slide_the_checks_doubt_goes_the_slow_way(spoiled: dict[str, Any], handed_to: str) -> None:
    slides = [dict(_USUAL, unique_id=f"s{i}") for i in range(8)]
    slides[5] = {**slides[5], **spoiled}
    data = json.dumps({"events": slides}).encode()
    with _counting_validations() as validated:
        fast = tjs._read_in_chunks(data, "t.json")
    with _validating_every_piece():
        slow = tjs._read_in_chunks(data, "t.json")
    if handed_to == "validation alone":  # the one slide from its own bytes, the others read plainly
        assert [json.loads(piece) for piece in validated] == [[json.loads(json.dumps(slides[5]))]]
    elif handed_to == "validation of the piece":
        assert [len(json.loads(piece)) for piece in validated] == [len(slides)]
    else:
        assert validated == []
        assert fast is None
        if slow is not None:  # the thorough way reads what validating the piece took
            fast = tjs.read_timelinejs(data, "t.json")
    if fast is not None or slow is not None:
        _same(fast, slow)


def _valid_json(data: bytes) -> bool:
    try:
        json.loads(data)
    except ValueError:
        return False
    return True


def test_nan_in_a_rich_field_is_left_to_validation() -> None:
    slides = [dict(_USUAL, unique_id=f"s{i}") for i in range(3)]
    data = json.dumps({"events": slides}).encode().replace(b'"Reuters"', b'"R"', 1)
    data = data.replace(b'"group": "Lane 1"', b'"group": "Lane 1", "amounts": [{"value": NaN}]', 1)
    assert math.isnan(json.loads(data)["events"][0]["amounts"][0]["value"])
    with _counting_validations() as validated:
        fast, slow = _read_both(data)
    assert len(validated) == 2  # the piece whole (the parser refuses NaN), then the slow read's
    assert (fast is None) == (slow is None)


def test_a_piece_of_mostly_unusual_slides_is_validated_whole() -> None:
    slides = [dict(_USUAL, unique_id=f"s{i}", display_date="x") for i in range(8)]
    with _counting_validations() as validated:
        fast, slow = _read_both(json.dumps({"events": slides}).encode())
    assert len(json.loads(validated[0])) == len(slides)
    _same(fast, slow)


def test_usual_slides_are_not_validated() -> None:
    slides = [dict(_USUAL, unique_id=f"s{i}") for i in range(8)]
    with _counting_validations() as validated:
        timeline = tjs._read_in_chunks(json.dumps({"events": slides}).encode(), "t.json")
    assert timeline is not None
    assert len(timeline.events) == len(slides)
    assert validated == []


# ---------------------------------------------------------------------------------------------
# A media address's scheme

_URL_PIECES = st.sampled_from(
    [
        *("http", "https", "HTTPS", "hTtp", "ftp", "javascript", ":", "://", "//", "/", "?", "#"),
        *("[", "]", "::1", "@", "user", "example.com", "ä", "\t", "\n", " ", "<", "%20", ".", "-", "8080"),
        *("\x00", "\x1f", "a", "1"),
    ]
)


def _urlsplit_scheme(url: str) -> bool | type[ValueError]:
    try:
        return "<" not in url and urlsplit(url).scheme in ("http", "https")
    except ValueError:
        return ValueError


@settings(max_examples=600, deadline=None)
@given(st.lists(_URL_PIECES, max_size=12).map("".join))
@example("https://[::1")  # a bracket never closed: urlsplit refuses it, and so must the fast way
@example("https://exa[mple.com/")
@example("https://exämple.com/")
def test_a_media_address_is_web_as_urlsplit_says(url: str) -> None:
    try:
        told: bool | type[ValueError] = tjs.web_scheme(url)
    except ValueError:
        told = ValueError
    assert told == _urlsplit_scheme(url)


def test_a_plain_web_address_is_not_split() -> None:
    with mock.patch.object(tjs, "urlsplit", side_effect=AssertionError("split")):
        assert tjs.web_scheme("https://example.com/news/ev-0000001?x=1#y")
        assert tjs.web_scheme("HTTP://a.b-c.org")


@pytest.mark.parametrize("url", ["https://[::1", "https://exämple.com/", "http:x", "ht\ttp://e.com"])
def test_an_address_the_fast_way_doubts_is_split(url: str) -> None:
    with mock.patch.object(tjs, "urlsplit", wraps=urlsplit) as split, suppress(ValueError):
        tjs.web_scheme(url)
    split.assert_called_once_with(url)


def test_a_trailing_comma_after_a_whole_piece_of_slides_is_refused() -> None:
    # The empty item after the comma would be a piece alone, and "[]" reads as no slides.
    slides = ",".join(json.dumps(dict(_USUAL, unique_id=f"s{i}")) for i in range(slide_chunks.PIECE))
    data = ('{"events": [' + slides + ",]}").encode()
    assert tjs._read_in_chunks(data, "t.json") is None
    with pytest.raises(TimelineLoadError) as refused:
        tjs.read_timelinejs(data, "t.json")
    assert "not valid JSON: Expecting value" in str(refused.value)
