"""The scan that finds a file's events in its bytes: exact for valid JSON, None when unsure."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.io import json_split
from timeline_app.io.json_split import event_spans

# Text full of what the scan must not take for structure: quotes, backslashes, brackets.
TRICKY = st.text(alphabet=st.sampled_from('ab"\\{}[],: \n\u00e9\U0001f600'), max_size=12)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | TRICKY,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TRICKY, inner, max_size=3),
    max_leaves=8,
)


def _items(body: bytes) -> list[Any] | None:
    spans = event_spans(body)
    if spans is None:
        return None
    return [json.loads(body[int(s) : int(e)]) for s, e in zip(spans.starts, spans.ends, strict=True)]


@pytest.fixture(params=[3, 7, 1 << 20], ids=["block-3", "block-7", "block-1M"])
def block(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """Tiny blocks put every boundary in the middle of a string, an escape or a key (the same
    for every example: nothing to reset between them)."""
    monkeypatch.setattr(json_split, "BLOCK", request.param)
    return int(request.param)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=st.dictionaries(TRICKY.filter(lambda key: key != "events"), VALUES, max_size=3),
    events=st.lists(VALUES, max_size=6),
    indent=st.sampled_from([None, 1, "\t"]),
    ascii_only=st.booleans(),
)
def test_the_items_found_are_the_events(
    block: int, header: dict[str, Any], events: list[Any], indent: Any, ascii_only: bool
) -> None:
    document = {**header, "events": events}
    body = json.dumps(document, indent=indent, ensure_ascii=ascii_only).encode()
    assert _items(body) == events
    spans = event_spans(body)
    assert spans is not None
    assert json.loads(spans.header(body)) == {**header, "events": []}
    if events:
        assert json.loads(spans.chunk(body, 0, len(events))) == events


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b'"text"',
        b"[1, 2]",
        b'{"title": "t"}',  # no events
        b'{"events": {"a": 1}}',  # not an array
        b'{"events": "[1, 2]"}',
        b'{"events": [1], "events": [2]}',  # twice: the thorough path reports it
        b'{"events": [1, 2}',  # unbalanced
        b'{"events": [1, 2]',
        b'{"events": [1, 2]}}',
        b'{"events": ["a]}',  # a string never closed
        b"\x00\xff\xfe",
    ],
)
def test_what_the_scan_cannot_tell_it_leaves_to_the_thorough_check(body: bytes) -> None:
    assert event_spans(body) is None


def test_an_escaped_key_is_still_the_events_key() -> None:
    assert _items(b'{"\\u0065vents": [{"id": 1}, 2]}') == [{"id": 1}, 2]


def test_an_empty_events_array_has_no_items() -> None:
    assert _items(b'{"title": "t", "events": [ \n ]}') == []
