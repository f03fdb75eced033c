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
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline_app.core.timeline import Timeline
from timeline_app.io.formats import slide_chunks
from timeline_app.io.formats import timelinejs as tjs


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


# What a slide's fields may hold: mostly what validation lets through, sometimes what it refuses
# (a number where text belongs, a null, a float or true as a year) or leaves out (keys it does not
# know, inside and outside the objects).
_TEXTS = st.sampled_from(["", " ", "Nio", "<b>bold</b> &amp; more", "<p>one</p>", "<p>a 'b'</p>", "é\n"])
_ODD: st.SearchStrategy[Any] = st.sampled_from([None, 5, 2.5, True, [], {}, ["x"]])
_DATE_VALUES = st.one_of(
    st.sampled_from([2024, "2024", 3, "3", " 12 ", "", None, 0, -44, "abc"]),
    st.sampled_from([2024.0, True, [1]]),  # refused by validation
)


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A field's value: mostly one of ``strategy``, seldom something validation refuses."""
    return st.one_of(strategy, strategy, strategy, _ODD)


@st.composite
def _date(draw: st.DrawFn) -> dict[str, Any]:
    fields = {"year": draw(_DATE_VALUES)}
    for name in ("month", "day", "hour", "minute", "second", "display"):
        if draw(st.integers(0, 3)) == 0:
            fields[name] = draw(_DATE_VALUES)
    return fields


@st.composite
def _slide(draw: st.DrawFn) -> dict[str, Any]:
    slide: dict[str, Any] = {"start_date": draw(st.one_of(_date(), _date(), _date(), _ODD))}
    optional: dict[str, st.SearchStrategy[Any]] = {
        "end_date": st.one_of(_date(), st.just({}), st.just({"year": ""})),
        "text": st.fixed_dictionaries({}, optional={"headline": _maybe(_TEXTS), "text": _maybe(_TEXTS)}),
        "media": st.fixed_dictionaries(
            {},
            optional={
                "url": st.sampled_from(
                    [
                        "https://example.com/a",
                        "https://x.org/p.jpg",
                        "<blockquote>e</blockquote>",
                        " ",
                        "ftp://f",
                    ]
                ),
                "credit": _TEXTS,
                "caption": _TEXTS,
                "zz": _ODD,
            },
        ),
        "group": st.sampled_from(["Lane 1", " Lane 1 ", "2024", ""]),
        "unique_id": st.sampled_from(["a", "b", "a b", "", "x:1"]),
        "edtf": st.sampled_from(["2024", "2024~", "", "2024-13"]),
        "status": st.sampled_from(["confirmed", "planned", "maybe"]),
        "lane": st.sampled_from(["lane-1", "nowhere"]),
        "summary": _TEXTS,
        "html": _TEXTS,
        "tags": st.sampled_from([["t"], [], None]),
        "actors": st.sampled_from([["A"], ""]),
        "background": st.sampled_from([{"color": "#123"}, {"url": "javascript:x"}, None, "#000"]),
        "display_date": st.sampled_from(["then", 5]),
        "autolink": st.just(True),
    }
    for name, strategy in optional.items():
        if draw(st.integers(0, 4)) == 0:
            value = draw(st.one_of(strategy, strategy, strategy, _ODD))
            slide[name] = value
    return slide


_DOCUMENT = st.lists(_slide(), min_size=1, max_size=9).map(
    lambda slides: {"lanes": [{"id": "lane-1", "label": "Lane 1"}], "events": slides}
)


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


def test_the_generated_slides_are_mostly_read() -> None:
    """(Else the test above compares nothing but refusals.)"""
    document = {"events": [{"start_date": {"year": "2024", "month": 3}, "text": {"headline": "h"}}] * 5}
    fast, slow = _read_both(json.dumps(document).encode())
    _same(fast, slow)


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
