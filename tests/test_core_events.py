"""msgspec's decode of a chunk of core events gives the strings pydantic-core's parser gives, and
takes nothing that the general way would need to look at (it hands such a chunk over)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic_core import from_json

from timeline_app.io import core_events, loader
from timeline_app.io.core_events import CoreColumns, core_columns, core_decoder
from timeline_app.io.errors import no_progress

_LANES = ("l1", "lane two")
_CORE = ("id", "title", "date", "status", "lane", "summary")
_MISSING = object()
# Field values: mostly what the fast way takes, and now and then what it must hand over.
_TEXT = st.text(max_size=8)  # any characters, lone surrogates too
_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "id": _TEXT | st.sampled_from([7, None]),
    "title": _TEXT | st.sampled_from([3.5, None, ["t"]]),
    "date": _TEXT | st.sampled_from(["2005-03", 2005, None]),
    "status": st.sampled_from(["confirmed", "reported", "disputed", "planned", "Confirmed", "", 1, None]),
    "lane": st.sampled_from([_MISSING, *_LANES, "nope", "", None, 5]),
    "summary": st.just(_MISSING) | _TEXT | st.sampled_from([None, 0]),
}
_EXTRA: st.SearchStrategy[tuple[str, Any] | None] = st.sampled_from(
    [None, ("tags", ["x"]), ("html", "<b>b</b>"), ("other", 1)]
)


@st.composite
def _chunks(draw: st.DrawFn) -> bytes:
    """A JSON array of events written as writers do (ASCII or not), lone surrogates as they come."""
    events = []
    for _ in range(draw(st.integers(0, 4))):
        event = {key: draw(values) for key, values in _VALUES.items()}
        if draw(st.integers(0, 9)) == 0:
            del event[draw(st.sampled_from(_CORE))]
        extra = draw(_EXTRA)
        if extra is not None:
            event[extra[0]] = extra[1]
        events.append({key: value for key, value in event.items() if value is not _MISSING})
    text = json.dumps(events, ensure_ascii=draw(st.booleans()))
    return text.encode("utf-8", "surrogatepass")  # (a lone surrogate: bytes no UTF-8 decoder takes)


def _expected(chunk: bytes) -> CoreColumns | None:
    """What the general way reads: the columns when pydantic-core parses the chunk and every event
    has the core fields only, each of its type; else None."""
    try:
        events = from_json(chunk, allow_inf_nan=False)
    except ValueError:
        return None
    for event in events:
        if not set(event) <= set(_CORE) or not {"id", "title", "date", "status"} <= set(event):
            return None
        if not all(isinstance(event[key], str) for key in ("id", "title", "date")):
            return None
        if event["status"] not in ("confirmed", "reported", "disputed", "planned"):
            return None
        if event.get("lane", "l1") not in _LANES or not isinstance(event.get("summary", ""), str):
            return None
    return CoreColumns(
        ids=[event["id"] for event in events],
        titles=[event["title"] for event in events],
        dates=[event["date"] for event in events],
        statuses=[event["status"] for event in events],
        lanes=[event.get("lane") for event in events],
        summaries=[event.get("summary", "") for event in events],
        key_count=sum(map(len, events)),
    )


@settings(max_examples=500, deadline=None)
@given(_chunks())
def test_the_core_decode_reads_what_the_general_parse_reads_or_hands_the_chunk_over(chunk: bytes) -> None:
    assert core_columns(core_decoder(_LANES), chunk) == _expected(chunk)


_VALID_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)  # (no lone surrogate)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {"id": _VALID_TEXT, "title": _VALID_TEXT, "date": _VALID_TEXT, "status": st.just("planned")},
            optional={"lane": st.sampled_from(_LANES), "summary": _VALID_TEXT},
        ),
        min_size=1,
        max_size=4,
    ),
    st.booleans(),
)
def test_core_events_are_read_as_the_general_parse_reads_them(
    events: list[dict[str, str]], ascii_only: bool
) -> None:
    chunk = json.dumps(events, ensure_ascii=ascii_only).encode()
    columns = core_columns(core_decoder(_LANES), chunk)
    assert columns is not None
    assert columns == _expected(chunk)


@pytest.mark.parametrize(
    "event",
    [
        '{"id": "a", "title": "A", "date": "2005", "status": "confirmed", "lane": null}',
        '{"id": "a", "title": "A", "date": "2005", "status": "confirmed", "summary": null}',
        '{"id": "a", "title": "A", "date": "2005", "status": "confirmed", "lane": "nope"}',
        '{"id": "a", "title": "A", "date": "2005", "status": "Confirmed"}',
        '{"id": "a", "title": "A", "date": "2005", "status": "confirmed", "tags": []}',
        '{"id": "a", "title": "A", "status": "confirmed"}',
        '{"id": "a", "title": 5, "date": "2005", "status": "confirmed"}',
        '{"id": "a", "title": "A", "date": "2005", "status": "confirmed", "summary": "\\ud800"}',
        '{"id": "a", "title": "A", "date": "2005", "status": "confirmed", "summary": NaN}',
        '["a"]',
        '{"id": "a", "title": "A", "date": "2005", "status": "confirmed", "x": '
        + "[" * 100_000
        + "]" * 100_000
        + "}",
    ],
)
def test_what_the_general_way_must_look_at_is_handed_over(event: str) -> None:
    assert core_columns(core_decoder(_LANES), f"[{event}]".encode()) is None


def test_a_timeline_without_lanes_takes_no_event_with_one() -> None:
    event = '{"id": "a", "title": "A", "date": "2005", "status": "confirmed"'
    assert core_columns(core_decoder(()), f"[{event}}}]".encode()) is not None
    assert core_columns(core_decoder(()), f'[{event}, "lane": "l1"}}]'.encode()) is None


def test_the_loader_reads_core_chunks_this_way_again_after_a_chunk_with_a_rich_event(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A chunk with a rich event is read the general way, and the chunk after it too (a decode that
    fails is wasted); the next chunk after one with none is tried this way again."""
    tried: list[bool] = []

    def noted(decoder: Any, chunk: bytes) -> CoreColumns | None:
        columns = core_columns(decoder, chunk)
        tried.append(columns is not None)
        return columns

    monkeypatch.setattr(loader, "core_columns", noted)
    monkeypatch.setattr(loader, "EVENT_CHUNK", 5)  # (one rich event in five: still read plainly)
    plain = {"title": "T", "date": "2005", "status": "confirmed", "lane": "l1"}
    events = [{"id": f"e{i}", **plain, **({"tags": ["x"]} if i in (5, 20) else {})} for i in range(30)]
    body = json.dumps({"title": "t", "lanes": [{"id": "l1", "label": "L"}], "events": events}).encode()
    parsed = loader._parse_in_chunks(body, no_progress, "", compact=False)
    assert parsed is not None
    assert sorted(parsed.details) == [5, 20]
    # Chunks: core (tried), rich (tried, failed), core (not tried), core (tried), rich (tried,
    # failed), core (not tried).
    assert tried == [True, False, True, False]


def test_decoders_are_kept_per_lanes() -> None:
    assert core_decoder(_LANES) is core_decoder(_LANES)
    assert core_decoder(_LANES) is not core_decoder(("l1",))
    assert core_events.core_decoder.cache_info().maxsize == core_events._KEPT_DECODERS
