"""Imported HTML is shown as rich text safely; eras are shaded periods behind the lanes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from timeline_app.app.main_window import MainWindow
from timeline_app.core.detail_html import event_html
from timeline_app.core.rich_text import MAX_NESTING, sanitize_html, web_address
from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.formats.timelinejs import timeline_to_timelinejs
from timeline_app.io.loader import parse_timeline
from timeline_app.viewmodel.view_model import TimelineViewModel

from .conftest import show

HOSTILE = (
    '<p onclick="steal()">Launch <b>day</b><script>alert(1)</script>'
    '<a href="javascript:evil()">bad</a> <a href="https://example.org/x">source</a>'
    '<img src="https://tracker.example/pixel.png" alt="photo"><style>p{color:red}</style>'
    "<iframe src='https://example.org'>frame</iframe></p><i>unclosed"
)


def test_formatting_and_safe_links_survive_scripts_and_loads_do_not() -> None:
    clean = sanitize_html(HOSTILE)
    assert "<b>day</b>" in clean and '<a href="https://example.org/x">source</a>' in clean
    for banned in ("script", "alert", "onclick", "javascript", "<img", "style", "iframe", "frame</"):
        assert banned not in clean
    assert '<a href="https://tracker.example/pixel.png">[photo]</a>' in clean  # a link, never loaded
    assert clean.endswith("<i>unclosed</i>")


TAGS = st.sampled_from(["p", "b", "a", "script", "img", "style", "div", "iframe", "i", "li", "svg"])
ATTRS = st.sampled_from(
    ["", ' href="javascript:x()"', ' onload="x()"', ' src="http://e/x"', ' href="https://ok"']
)


@given(st.lists(st.tuples(TAGS, ATTRS, st.text(max_size=8), st.booleans()), max_size=20))
def test_nothing_executable_ever_survives(parts: list[tuple[str, str, str, bool]]) -> None:
    source = "".join(f"<{t}{a}>{text}" + (f"</{t}>" if close else "") for t, a, text, close in parts)
    clean = sanitize_html(source).lower()
    assert "<script" not in clean and "<img" not in clean and "<iframe" not in clean and "<svg" not in clean
    assert "javascript:" not in clean and "onload" not in clean and "<style" not in clean


def _document(**extra: object) -> bytes:
    event = {"id": "a", "title": "Launch", "date": "2019-03", "status": "confirmed", "html": HOSTILE}
    return json.dumps({"title": "Rich", "events": [event], **extra}).encode()


def test_the_detail_panel_shows_sanitised_rich_text(qtbot: QtBot, isolated_settings: Path) -> None:
    eras = [{"title": "Boom years", "date": "2015/2020", "color": "#d55e00"}]
    model = TimelineViewModel(parse_timeline(_document(eras=eras)))
    window = show(qtbot, MainWindow(model, None), 1200, 800)
    model.select(0)
    shown = window.detail_panel.toHtml()
    assert "day" in window.detail_panel.toPlainText()
    assert "alert" not in shown and "javascript" not in shown
    window.canvas.grab()  # paints through paintEvent, whatever the offscreen expose state
    assert [title for _box, title in window.canvas.frame.eras] == ["Boom years"]


def test_an_era_with_a_bad_date_is_reported_with_its_place() -> None:
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(_document(eras=[{"title": "Nope", "date": "2020-13"}]))
    assert str(caught.value.problems[0]).startswith("eras[0].date: '2020-13' is not a valid date")


def _text_of(html: str) -> str:
    return re.sub(r"<[^>]*>", "", html)


def test_deep_nesting_is_capped_and_keeps_all_its_text() -> None:
    depth = 40_000
    clean = sanitize_html("<b>" * depth + "deep" + "</b>" * depth + " after")
    assert clean.count("<b>") == clean.count("</b>") == MAX_NESTING
    assert _text_of(clean) == "deep after"


def test_closing_tags_of_capped_nesting_do_not_close_the_kept_ones_early() -> None:
    source = "<i>" + "<b>" * (MAX_NESTING + 5) + "x" + "</b>" * (MAX_NESTING + 5) + "still italic</i>"
    assert sanitize_html(source).endswith("</b>still italic</i>")


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("before <embed src='x.swf'> after", "before  after"),  # embed is empty: nothing to swallow
        ("kept <object data='x'>fallback and the rest", "kept fallback and the rest"),
        ("kept <script>closed()</script> end", "kept  end"),
        ("<p>one <svg><circle/>label</svg> two</p>", "one  two"),
    ],
)
def test_an_element_left_open_never_swallows_the_text_after_it(source: str, text: str) -> None:
    assert _text_of(sanitize_html(source)) == text


def test_the_detail_panel_shows_deeply_nested_text(qtbot: QtBot, isolated_settings: Path) -> None:
    nested = "<b>" * 40_000 + "buried" + "</b>" * 40_000
    event = {"id": "a", "title": "Deep", "date": "2019-03", "status": "confirmed", "html": nested}
    model = TimelineViewModel(parse_timeline(json.dumps({"title": "t", "events": [event]}).encode()))
    window = show(qtbot, MainWindow(model, None), 1200, 800)
    model.select(0)
    assert "buried" in window.detail_panel.toPlainText()


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a", "https://example.org/a"),
        (" http://example.org ", "http://example.org"),
        ("articles/2024/jlr.html", "articles/2024/jlr.html"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        ("data:text/html;base64,PHNjcmlwdD4=", None),
        ("file:///etc/passwd", None),
        ("", None),
    ],
)
def test_only_web_addresses_leave_the_app_as_links(url: str, kept: str | None) -> None:
    assert web_address(url) == kept


def test_exports_and_the_panel_link_only_web_addresses() -> None:
    sources = [
        {"outlet": "Evil", "url": "javascript:alert(1)"},
        {"outlet": "Local", "url": "file:///etc/passwd"},
        {"outlet": "CnEVPost", "url": "https://cnevpost.com/x"},
    ]
    event = {"id": "a", "title": "A", "date": "2024", "status": "confirmed", "sources": sources}
    timeline = parse_timeline(json.dumps({"title": "t", "events": [event]}).encode())
    (slide,) = timeline_to_timelinejs(timeline)["events"]
    assert slide["media"]["url"] == "https://cnevpost.com/x"
    panel = event_html(timeline, timeline.events[0])
    for html in (slide["text"]["text"], panel):
        assert "javascript:" not in html and "file:" not in html
        assert 'href="https://cnevpost.com/x"' in html
