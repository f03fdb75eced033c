"""TimelineJS read the fast way (a chunk of slides, a column at a time) gives what the thorough way gives."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.rich_text import sanitize_html
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.files import SNIFF_BYTES
from timeline_app.io.formats import TIMELINEJS, detect_format
from timeline_app.io.formats import timelinejs as tjs
from timeline_app.io.loader import load_timeline

from .conftest import EVENTS_JSON
from .test_formats import TIMELINEJS_SAMPLE

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import timelinejs_slides

EXPORTED = tjs.timeline_to_timelinejs(load_timeline(EVENTS_JSON))


def _thoroughly(data: bytes, monkeypatch: pytest.MonkeyPatch) -> Timeline | TimelineLoadError:
    """What the thorough way (the whole file parsed, our document checked) makes of the file."""
    with monkeypatch.context() as patch:
        patch.setattr(tjs, "_read_in_chunks", lambda body, source: None)
        try:
            return tjs.read_timelinejs(data, "t.json")
        except TimelineLoadError as error:
            return error


def _same(fast: Timeline, thorough: Timeline | TimelineLoadError) -> None:
    assert isinstance(thorough, Timeline), thorough
    assert fast.header == thorough.header
    assert list(fast.events) == list(thorough.events)
    assert [fast.events.details.get(i) for i in range(len(fast.events))] == [
        thorough.events.details.get(i) for i in range(len(thorough.events))
    ]


def _synthetic(style: str, count: int = 600) -> dict[str, Any]:
    document: dict[str, Any] = {"title": {"text": {"headline": "Synthetic", "text": "<p>made</p>"}}}
    if style == "exported":
        document["lanes"] = [{"id": f"lane-{k}", "label": f"Lane {k}"} for k in range(6)]
    document["events"] = list(timelinejs_slides(count, style))
    return document


def _mixed() -> dict[str, Any]:
    """Slides we wrote and slides from elsewhere in one file, with every kind of field."""
    document = copy.deepcopy(EXPORTED)
    others = copy.deepcopy(TIMELINEJS_SAMPLE["events"])
    document["events"] = [*document["events"][:5], *others, *document["events"][5:]]
    document["eras"] = TIMELINEJS_SAMPLE["eras"]
    return document


DOCUMENTS = {
    "from elsewhere": TIMELINEJS_SAMPLE,
    "exported by the app": EXPORTED,
    "exported, our fields stripped": tjs.strip_extra_fields(EXPORTED),
    "synthetic as people write it": _synthetic("authored"),
    "synthetic as the app exports it": _synthetic("exported"),
    "ours and others mixed": _mixed(),
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_fast_way_reads_a_file_as_the_thorough_way_does(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.dumps(DOCUMENTS[name]).encode()
    fast = tjs._read_in_chunks(data, "t.json")
    assert fast is not None, "the fast way gave up on a file it is for"
    _same(fast, _thoroughly(data, monkeypatch))


@pytest.mark.parametrize(
    "slide",
    [
        {"start_date": {"year": 2024}, "unique_id": "a", "text": {"headline": "<b>bold</b> &amp; more"}},
        {"start_date": {"year": 2024}, "unique_id": "a b c", "group": " Spaced  group "},
        {"start_date": {"year": 2024}, "text": {"headline": "   "}, "status": "planned"},
        {"start_date": {"year": 2024}, "text": {"text": "line\none<br/>two<br />three</br>"}},
        {"start_date": {"year": 2024}, "text": {"text": "<p>a</p>\n<p>b &lt; c</p><!-- note -->"}},
        {"start_date": {"year": 2024}, "media": {"url": "<blockquote>embedded</blockquote>"}},
        {"start_date": {"year": 2024}, "media": {"url": "  ", "caption": "no address"}},
        {"start_date": {"year": 2024, "month": 2}, "end_date": {"year": 2024, "month": 2}},
        {"start_date": {"year": 2024}, "end_date": {"year": "", "month": ""}},
        {"start_date": {"year": 2024}, "edtf": "", "lane": "lane-1"},
        {"start_date": {"year": 2024}, "edtf": "2024~", "tags": ["t"], "actors": ["A"]},
        {"start_date": {"year": 2024}, "edtf": "2024", "html": "<p>rich</p>", "summary": "rich"},
        {"start_date": {"year": 2024}, "background": {"url": "https://x.org/a.jpg", "color": "#123"}},
        {"start_date": {"year": 2024}, "background": {"url": "javascript:alert(1)", "color": "red;x"}},
        {"start_date": {"year": 2024}, "background": "#000"},
        {
            "start_date": {"year": 2024},
            "media": {"url": '<iframe src="https://v.org/1"></iframe>', "credit": "V"},
        },
        {"start_date": {"year": 2024}, "media": {"url": '<img src="x" onerror="alert(1)">'}},
    ],
)
def test_the_fast_way_reads_each_kind_of_slide_as_the_thorough_way_does(
    slide: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    document = {"lanes": [{"id": "lane-1", "label": "One"}], "events": [slide, {"start_date": {"year": 1}}]}
    data = json.dumps(document).encode()
    fast = tjs._read_in_chunks(data, "t.json")
    assert fast is not None
    _same(fast, _thoroughly(data, monkeypatch))


@pytest.mark.parametrize(
    "data",
    [
        b'{"events": [{"start_date": {"year": "abc"}}]}',
        b'{"events": [{"start_date": {"year": 2024}, "text": "oops"}]}',
        b'{"events": [{"start_date": {"year": true}}]}',
        b'{"events": [{"start_date": {"year": 2024}, "unique_id": "a"},'
        b' {"start_date": {"year": 1}, "unique_id": "a"}]}',
        b'{"events": [{"start_date": {"year": 2024}, "status": "maybe"}]}',
        b'{"events": [{"start_date": {"year": 2024}, "lane": "nowhere"}]}',
        b'{"events": [{"start_date": {"year": 2024}, "edtf": "2024-13"}]}',
        b'{"events": [{"start_date": {"year": 2024}, "links": [{"type": "follows", "target": "x"}]}]}',
        b'{"events": [{"start_date": {"year": 2024}, "text": {"headline": "\\ud83d"}}]}',
        b'{"title": {"text": {"headline": 5}}, "events": [{"start_date": {"year": 2024}}]}',
    ],
)
def test_a_file_with_problems_is_left_to_the_thorough_way(data: bytes) -> None:
    """Which says what is wrong and where (tests/test_formats.py checks its messages)."""
    assert tjs._read_in_chunks(data, "t.json") is None


def test_a_big_file_is_read_without_parsing_it_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parsing a million slides whole (to detect the format, then to read them) took a minute."""
    data = json.dumps(_synthetic("authored", 3000)).encode()
    assert len(data) > SNIFF_BYTES

    loads = json.loads

    def small(text: str | bytes, **options: Any) -> Any:
        assert len(text) < SNIFF_BYTES, "the whole file was parsed"
        return loads(text, **options)

    def whole(data: bytes, source: str) -> None:
        raise AssertionError("the whole file was parsed")

    monkeypatch.setattr(tjs, "json_object", whole)
    monkeypatch.setattr(json, "loads", small)  # (the slides' chunks are pydantic's)
    assert detect_format("big.json", data) == TIMELINEJS
    assert len(tjs.read_timelinejs(data, "big.json").events) == 3000


# ---------------------------------------------------------------------------------------------
# Text of simple HTML without the parsers

_PIECES = st.sampled_from(
    [
        *("<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<li>", "</li>", "<ul>", "</ul>", "<pre>", "</pre>"),
        *("<div>", "</div>", "<span>", "</span>", "<h1>", "</h1>", "<h3>", "</h3>", "<sup>", "</sup>"),
        *("<br>", "<br/>", "<br />", "</br>", "<P>", "<a href='x'>", "</a>", "<script>", "</script>"),
        *("&amp;", "&", "<", ">", "'", '"', " ", "  ", "\n", "\t", "\r", "\f", "\x00", "\u00a0", "é"),
        *("word", "x", "two words", " padded "),
    ]
)


def _parsed_text(html: str) -> str:
    extractor = tjs._TextExtractor()
    extractor.feed(html)
    extractor.close()
    return extractor.text()


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_simple_html_reads_as_the_parsers_do(html: str) -> None:
    simple = tjs.simple_html(html)
    if simple is not None:
        assert simple == (_parsed_text(html), sanitize_html(html))
    assert tjs.html_to_text(html) == _parsed_text(html)


def test_plain_paragraphs_are_simple_html() -> None:
    """(Else the test above compares nothing.)"""
    assert tjs.simple_html("<p>a <b>b</b></p><br/>c") == ("a b\n\nc", "<p>a <b>b</b></p><br>c")
    assert tjs.simple_html("<b>" * 33) is None  # nested deeper than the sanitizer keeps


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=12).map("".join), max_size=8))
def test_texts_read_together_read_as_each_alone(texts: list[str]) -> None:
    paragraphs = [f"<p>{text}</p>" for text in texts]
    for htmls in (texts, paragraphs):
        summaries, rich = tjs._summaries_and_html(htmls)
        alone = [tjs._texts(html) for html in htmls]
        assert summaries == [texts.get("summary") for texts in alone]
        assert rich == [texts.get("html") for texts in alone]
        assert tjs._plain_texts(htmls) == [tjs.html_to_text(html) for html in htmls]
