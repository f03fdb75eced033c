"""Our JSON writer's fast lines are the lines of the record writer, byte for byte."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.io.formats.native import document_bytes, native_bytes, timeline_to_document
from timeline_app.io.loader import parse_timeline

from .test_csv_lossless import documents

# Any text a file may hold: quotes, backslashes, controls, line separators, astral characters.
ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)


def _written_by_records(document: dict[str, Any]) -> bytes:
    return document_bytes(timeline_to_document(parse_timeline(json.dumps(document).encode())))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_every_field_is_written_as_the_record_writer_writes_it(document: dict[str, Any]) -> None:
    assert native_bytes(parse_timeline(json.dumps(document).encode())) == _written_by_records(document)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(ANY_TEXT.filter(bool), ANY_TEXT), max_size=6), st.booleans())
def test_any_title_and_summary_are_escaped_as_the_encoder_escapes_them(
    texts: list[tuple[str, str]], lane: bool
) -> None:
    events = [
        {"id": f"e{number}", "title": title, "date": "2024-04", "status": "reported", "summary": summary}
        | ({"lane": "x"} if lane and number % 2 else {})
        for number, (title, summary) in enumerate(texts)
    ]
    document = {"title": "t", "lanes": [{"id": "x", "label": "X"}], "events": events}
    written = native_bytes(parse_timeline(json.dumps(document).encode()))
    assert written == _written_by_records(document)
    assert json.loads(written)["events"] == [
        {key: value for key, value in event.items() if value != ""} for event in events
    ]
