"""The detail panel with nothing selected: what the timeline is, and the keys to get going."""

from __future__ import annotations

import json

from timeline_app.core.detail_html import EMPTY_STATE_HINTS, empty_state_html
from timeline_app.io.loader import load_timeline, parse_timeline

from .conftest import EVENTS_JSON

KEYS = {"next": "→", "zoom_in": "+", "zoom_out": "-", "fit": "F", "new_event": "Ins", "edit": "F2"}


def test_it_says_what_the_timeline_is_and_how_to_start() -> None:
    timeline = load_timeline(EVENTS_JSON)
    html = empty_state_html(timeline, KEYS)
    assert f"<h3>{timeline.title}</h3>" in html
    assert f"15 events in {len(timeline.lanes)} lanes; from CnEVPost. No event selected." in html
    assert html.count("<li>") == len(EMPTY_STATE_HINTS)
    assert "<b>Ins</b> adds an event" in html
    assert "<b>F2</b> edits" in html


def test_text_from_the_file_and_the_keys_are_only_text() -> None:
    document = {
        "title": "<img src=x>",
        "description": "<b>bold</b>",
        "events": [{"id": "a", "title": "A", "date": "2024", "status": "reported"}],
    }
    html = empty_state_html(parse_timeline(json.dumps(document).encode()), KEYS | {"fit": "<F>"})
    assert "<img" not in html
    assert "<b>bold</b>" not in html
    assert "&lt;F&gt;" in html
    assert "1 event. No event selected." in html
