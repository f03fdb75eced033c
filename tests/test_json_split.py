"""The scan that finds a file's events in its bytes: exact for valid JSON, None when unsure; msgspec's
spans, where it gives them, are the scan's."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.io import json_split
from timeline_app.io.json_split import EventSpans, event_spans, scanned_spans

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
        b'{"events": [1], "\\u0065vents": [2, 3]}',  # (msgspec keeps the last)
        b'{"events": [1, 2], "title": "t", "events": []}',
        b'{"events": [1, 2}',  # unbalanced
        b'{"events": [1, 2]',
        b'{"events": [1, 2]}}',
        b'{"events": ["a]}',  # a string never closed
        b"\x00\xff\xfe",
        b'{"events": [' + b"[" * 100_000 + b"]" * 100_000 + b"]",  # deeper than msgspec goes, not closed
    ],
)
def test_what_the_scan_cannot_tell_it_leaves_to_the_thorough_check(body: bytes) -> None:
    assert event_spans(body) is None


def test_an_escaped_key_is_still_the_events_key() -> None:
    assert _items(b'{"\\u0065vents": [{"id": 1}, 2]}') == [{"id": 1}, 2]


def test_an_empty_events_array_has_no_items() -> None:
    assert _items(b'{"title": "t", "events": [ \n ]}') == []


def _same(one: EventSpans | None, other: EventSpans | None) -> bool:
    if one is None or other is None:
        return one is other
    return (one.opening, one.closing, one.starts.tolist(), one.ends.tolist()) == (
        other.opening,
        other.closing,
        other.starts.tolist(),
        other.ends.tolist(),
    )


# What may stand between two items: a writer's usual separators, and odd ones.
_SEPARATORS = st.sampled_from([",", ", ", ",\n  ", ",\n\t", " ,", "\n,\n", " , "])


@settings(max_examples=200, deadline=None)
@given(
    header=st.dictionaries(TRICKY.filter(lambda key: key != "events"), VALUES, max_size=3),
    events=st.lists(VALUES, min_size=1, max_size=6),
    separators=st.lists(_SEPARATORS, min_size=1, max_size=6),
    even=st.booleans(),
    inside=st.sampled_from(["", " ", "\n  "]),
)
def test_msgspec_finds_the_items_the_scan_finds(
    header: dict[str, Any], events: list[Any], separators: list[str], even: bool, inside: str
) -> None:
    """Laid out evenly, the events' spans come from msgspec, and they are the scan's; unevenly, the
    scan's alone."""
    gaps = [separators[0] if even else separators[k % len(separators)] for k in range(len(events) - 1)]
    items = [json.dumps(event) for event in events]
    array = inside + "".join(item + gap for item, gap in zip(items, [*gaps, ""], strict=True)) + inside
    body = json.dumps(header)[:-1].encode() + (", " if header else "").encode()
    body += f'"events": [{array}]}}'.encode()
    fast = json_split._evenly_laid_out(body)
    assert _same(event_spans(body), scanned_spans(body))
    assert _items(body) == events
    if len(set(gaps)) <= 1:
        assert fast is not None
    assert fast is None or _same(fast, scanned_spans(body))


_NOISE = st.sampled_from(list(b' \t\n\r,[]{}":\\ae0\x0b\xff'))


@settings(max_examples=300, deadline=None)
@given(
    events=st.lists(VALUES, min_size=1, max_size=4),
    indent=st.sampled_from([None, 1, "\t"]),
    edits=st.lists(
        st.tuples(st.floats(0, 1), st.sampled_from(["insert", "delete", "replace"]), _NOISE), max_size=2
    ),
)
def test_a_spoiled_file_gets_the_scans_spans_or_none(
    events: list[Any], indent: Any, edits: list[tuple[float, str, int]]
) -> None:
    """Whatever msgspec makes of broken JSON, the spans are the scan's (or there are none, and the
    loader checks the file the thorough way)."""
    body = bytearray(json.dumps({"title": "t", "events": events, "x": [1]}, indent=indent).encode())
    for where, how, byte in edits:
        at = min(int(where * len(body)), len(body) - 1)
        if how == "insert":
            body.insert(at, byte)
        elif how == "delete":
            del body[at]
        else:
            body[at] = byte
    fast = json_split._evenly_laid_out(bytes(body))
    assert fast is None or _same(fast, scanned_spans(bytes(body)))


@pytest.mark.parametrize(
    "body",
    [
        # The second gap is three bytes longer than the first, and three bytes before the end of
        # the item after it stands a comma: the bytes after that item's misplaced end look right.
        b'{"events": [0,1,   [5,6],7]}',
        b'{"events": [0, 1,  2]}',
        b'{"events": [0 ,1, 2]}',
    ],
)
def test_items_laid_out_unevenly_are_left_to_the_scan(body: bytes) -> None:
    assert json_split._evenly_laid_out(body) is None
    assert _items(body) == json.loads(body)["events"]


def test_events_nested_deeper_than_msgspec_goes_are_scanned() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    assert _same(
        event_spans(b'{"events": [1, ' + deep + b"]}"), scanned_spans(b'{"events": [1, ' + deep + b"]}")
    )
    assert len(event_spans(b'{"events": [1, ' + deep + b"]}") or ()) == 2


@pytest.mark.parametrize(
    "body",
    [
        b'{"events": [1, 2,]}',  # a trailing comma: a chunk of its empty item alone reads as []
        b'{"events": [1, 2, \n ]}',
        b'{"events": [1,  ,2]}',
        b'{"events": [ ,1]}',
        b'{"events": [1,' + b" " * 200 + b"]}",  # (more whitespace than is skipped at every item at once)
    ],
)
def test_an_item_of_whitespace_alone_is_left_to_the_thorough_check(body: bytes) -> None:
    assert event_spans(body) is None
    assert scanned_spans(body) is None


@pytest.mark.parametrize("space", [b"\x0c", b"\x0b"])
def test_a_form_feed_or_vertical_tab_is_an_item_not_whitespace(space: bytes) -> None:
    # (which the parser refuses: the array is not taken for an empty one)
    spans = event_spans(b'{"events": [' + space + b"]}")
    assert spans is not None
    assert spans.chunk(b'{"events": [' + space + b"]}", 0, len(spans)) == b"[" + space + b"]"
