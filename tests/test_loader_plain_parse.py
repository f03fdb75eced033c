"""The loader's plain parse of a chunk of events (JSON parsed, core fields checked as columns, only
rich events validated) gives what validating the chunk gives, and refuses whatever that refuses;
the id column's check is the id pattern's."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from timeline_app.core.event_table import NO_LANE
from timeline_app.core.model import ID_MAX_LENGTH, ID_PATTERN
from timeline_app.io import loader
from timeline_app.io.errors import TimelineLoadError, no_progress
from timeline_app.io.json_split import EventSpans

_MISSING = object()
# What a valid event's fields hold (lane and summary may be left out; rich fields are extra).
_VALID: dict[str, st.SearchStrategy[Any]] = {
    # (A title with '":' in it makes the loader count keys the slow way: not what is tested here.)
    "title": st.text(alphabet="ab \u00e9\n\\", min_size=1, max_size=5),
    "date": st.sampled_from(["2005", "2005-03", "2005-03-01", "2005-03/2006", "2030~", "156X"]),
    "status": st.sampled_from(["confirmed", "reported", "disputed", "planned"]),
    "lane": st.sampled_from([_MISSING, "l1", "l2"]),
    "summary": st.sampled_from([_MISSING, "", "some text", '\u00e9"\\']),
}
_RICH: st.SearchStrategy[dict[str, Any]] = st.sampled_from(
    [
        {},
        {"actors": ["Nio"]},
        {"tags": ["x", "y"]},
        {"html": "<b>x</b>"},
        {"links": [{"type": "follows", "target": "ev-0"}]},
        {"amounts": [{"value": 1e9, "currency": "USD"}]},
        {"draft": True},
    ]
)
# What validation refuses, by field: other JSON types, null, text the field cannot hold; a
# required field missing; an item that is not an object.
_WRONG: list[tuple[str, Any]] = [
    *(("id", value) for value in ["", "a b", "-a", "ev-0", 7, None, ["a"]]),
    *(("title", value) for value in ["", 3, None, True, {"t": 1}]),
    *(("date", value) for value in ["", "2005-13", "April", 2005, None]),
    *(("status", value) for value in ["Confirmed", 1, None]),
    *(("lane", value) for value in ["nope", None, 5]),
    *(("summary", value) for value in [None, 0.5, ["s"]]),
    ("links", [{"type": "bogus", "target": "ev-0"}]),
    ("actors", "Nio"),
    ("unknown", 1),
    *(("missing", key) for key in ["id", "title", "date", "status"]),
    *(("not an object", value) for value in [1, "event", None, [], [{"id": "a"}]]),
]


@st.composite
def _events(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Valid events, some with rich fields."""
    events = []
    for number in range(draw(st.integers(0, 9))):
        fields = draw(st.fixed_dictionaries(_VALID))
        given = {key: value for key, value in fields.items() if value is not _MISSING}
        rich: dict[str, Any] = dict(draw(_RICH))
        if number == 0:
            rich.pop("links", None)  # (it links to the first event)
        events.append({"id": f"ev-{number}"} | given | rich)
    return events


def _spoil(events: list[Any], at: int, wrong: tuple[str, Any]) -> None:
    how, value = wrong
    if how == "missing":
        del events[at][value]
    elif how == "not an object":
        events[at] = value
    else:
        events[at][how] = value


def _validated_whole(sink: Any, body: bytes, spans: EventSpans, first: int, chunk: bytes) -> bool:
    """The way every chunk was read before: validated whole by pydantic."""
    try:
        records = loader._EVENT_LIST.validate_json(chunk)
    except ValidationError:
        return False
    sink.add(records)
    return True


def _columns(parsed: loader.ParsedTimeline | None) -> Any:
    if parsed is None:
        return None
    return (
        parsed.header,
        parsed.ids.strings(),
        parsed.titles.strings(),
        parsed.summaries.strings(),
        parsed.status.tolist(),
        parsed.lane.tolist(),
        [parsed.date_values[code] for code in parsed.date_code.tolist()],
        parsed.lane_ids,
        parsed.details,
    )


def _parsed_both_ways(events: list[Any], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    document = {"title": "t", "lanes": [{"id": "l1", "label": "L1"}, {"id": "l2", "label": "L2"}]}
    body = json.dumps({**document, "events": events}).encode()
    plain = loader._parse_in_chunks(body, no_progress, "", compact=False)
    with monkeypatch.context() as patch:
        patch.setattr(loader, "_add_plainly_parsed", _validated_whole)
        validated = loader._parse_in_chunks(body, no_progress, "", compact=False)
    return _columns(plain), _columns(validated)


_HEALTH = [HealthCheck.function_scoped_fixture]


@settings(max_examples=200, deadline=None, suppress_health_check=_HEALTH)
@given(events=_events(), chunk=st.integers(1, 4))
def test_plain_parsing_gives_what_validation_gives(
    events: list[Any], chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "EVENT_CHUNK", chunk)  # several chunks, rich ones among them
    plain, validated = _parsed_both_ways(events, monkeypatch)
    assert plain == validated
    assert plain is not None


@pytest.mark.parametrize("wrong", _WRONG, ids=[f"{how}={value!r}" for how, value in _WRONG])
@settings(max_examples=15, deadline=None, suppress_health_check=_HEALTH)
@given(events=_events().filter(bool), at=st.integers(0, 8), chunk=st.integers(1, 4))
def test_plain_parsing_refuses_what_validation_refuses(
    wrong: tuple[str, Any], events: list[Any], at: int, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "EVENT_CHUNK", chunk)
    _spoil(events, at % len(events), wrong)
    plain, validated = _parsed_both_ways(events, monkeypatch)
    assert plain == validated


def test_a_rich_event_is_validated_and_a_wrong_core_field_refused() -> None:
    body = json.dumps(
        {
            "title": "t",
            "lanes": [{"id": "l1", "label": "L1"}],
            "events": [
                {"id": "a", "title": "A", "date": "2005", "status": "confirmed", "lane": "l1"},
                {"id": "b", "title": "B", "date": "2005-03/2006", "status": "planned", "actors": ["Nio"]},
            ],
        }
    ).encode()
    parsed = loader._parse_in_chunks(body, no_progress, "", compact=False)
    assert parsed is not None
    assert parsed.details == {1: {"actors": ("Nio",)}}
    assert parsed.lane.tolist() == [0, NO_LANE]
    refused = body.replace(b'"planned"', b"1")
    assert loader._parse_in_chunks(refused, no_progress, "", compact=False) is None


_ID_TEXT = st.text(alphabet=st.sampled_from("aZ09_.:-\n é\u0660"), max_size=6)


@example(["a\nb"])
@example(["a", ""])
@example(["", "a"])
@example(["a", "\u00e9"])
@settings(max_examples=300)
@given(st.lists(_ID_TEXT | st.sampled_from(["x" * ID_MAX_LENGTH, "x" * (ID_MAX_LENGTH + 1)]), max_size=6))
def test_the_id_column_check_is_the_id_pattern_per_id(ids: list[str]) -> None:
    each = all(re.fullmatch(ID_PATTERN, id_) and "\n" not in id_ and len(id_) <= ID_MAX_LENGTH for id_ in ids)
    assert loader.ids_are_valid(ids) == each


@pytest.mark.parametrize("after_last", [b",]", b", \n]"])
def test_a_trailing_comma_after_a_whole_chunk_of_events_is_refused(after_last: bytes) -> None:
    # The empty item after the comma would be a chunk alone, and "[]" reads as no events.
    events = (
        b'{"id": "e%d", "title": "T", "date": "2005", "status": "confirmed"}' % i
        for i in range(loader.EVENT_CHUNK)
    )
    body = b'{"title": "t", "events": [' + b", ".join(events) + after_last + b"}"
    with pytest.raises(TimelineLoadError) as refused:
        loader.parse_timeline(body)
    assert "not valid JSON: trailing comma" in str(refused.value)


@pytest.mark.parametrize("space", [b"\x0c", b"\x0b"])
def test_an_events_array_holding_a_form_feed_or_vertical_tab_is_refused(space: bytes) -> None:
    with pytest.raises(TimelineLoadError) as refused:
        loader.parse_timeline(b'{"title": "t", "events": [' + space + b"]}")
    assert "line 1, column 27: not valid JSON: expected value" in str(refused.value)
