"""Keys written twice in one object are reported with both places; files without any load as before."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.model import CORE_EVENT_KEYS, TimelineDocument
from timeline_app.io import duplicate_keys
from timeline_app.io.duplicate_keys import has_duplicate_keys, parse_noting_duplicates
from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.loader import parse_timeline

from .conftest import EVENTS_JSON

RAW: dict[str, Any] = json.loads(EVENTS_JSON.read_text(encoding="utf-8"))
SENTINEL = "__duplicate_here__"


def _jackson(value: Any) -> str:
    """Pretty-printed with a space before each colon, as Jackson's default printer writes."""
    return json.dumps(value, indent=2, ensure_ascii=False).replace('": ', '" : ')


# The ways files are written: compact, indented, spaced keys, ASCII-escaped.
STYLES: dict[str, Callable[[Any], str]] = {
    "compact": lambda value: json.dumps(value, separators=(",", ":"), ensure_ascii=False),
    "indented": lambda value: json.dumps(value, indent=2, ensure_ascii=False),
    "jackson": _jackson,
    "ascii": lambda value: json.dumps(value, ensure_ascii=True),
}


def _may_have_duplicates(body: bytes, document: TimelineDocument) -> bool:
    """has_duplicate_keys given the event key count and rich events, as the loader gives them."""
    detailed = [i for i, record in enumerate(document.events) if record.keys() - CORE_EVENT_KEYS]
    return has_duplicate_keys(body, document, sum(map(len, document.events)), detailed)


def _with_awkward_text(document: dict[str, Any]) -> dict[str, Any]:
    """A copy whose text holds colons, quotes before colons and a backslash before a quote."""
    document = json.loads(json.dumps(document))
    event = document["events"][0]
    event["summary"] = 'at 10:30 he said "deal": done, see https://example.com/a:b \\"'
    event["title"] = 'The "key": a quoted key-like phrase'
    return document


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("awkward", [False, True], ids=["plain-text", "text-with-colons-and-quotes"])
def test_a_file_without_duplicate_keys_passes_the_cheap_count(style: str, awkward: bool) -> None:
    raw = _with_awkward_text(RAW) if awkward else RAW
    body = STYLES[style](raw).encode()
    document = TimelineDocument.model_validate_json(body)
    assert not _may_have_duplicates(body, document)
    assert parse_noting_duplicates(body.decode())[1] == []
    assert parse_timeline(body, "events.json").events.ids == tuple(event["id"] for event in RAW["events"])


def test_a_string_starting_with_a_colon_is_looked_into_and_loads() -> None:
    """The one known false alarm of the count: the exact search then finds nothing."""
    raw = json.loads(json.dumps(RAW))
    raw["events"][0]["summary"] = ":-)"
    body = json.dumps(raw, separators=(",", ":")).encode()
    document = TimelineDocument.model_validate_json(body)
    assert _may_have_duplicates(body, document)
    assert parse_timeline(body, "smiley.json").events.summaries[0] == ":-)"


def _paths(value: Any, path: tuple[int | str, ...] = ()) -> list[tuple[int | str, ...]]:
    """The path of every object in ``value``."""
    if isinstance(value, dict):
        return [path] + [p for key, child in value.items() for p in _paths(child, (*path, key))]
    if isinstance(value, list):
        return [p for i, child in enumerate(value) for p in _paths(child, (*path, i))]
    return []


def _at(value: Any, path: tuple[int | str, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


def _spelled(path: tuple[int | str, ...]) -> str:
    """A path as problems spell it: events[0].amounts[1]."""
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")


def _place(text: str, line: int, column: int) -> int:
    return sum(len(row) + 1 for row in text.split("\n")[: line - 1]) + column - 1


@settings(max_examples=60, deadline=None)
@given(data=st.data(), style=st.sampled_from(sorted(STYLES)))
def test_a_key_written_twice_anywhere_is_reported_at_both_places(data: st.DataObject, style: str) -> None:
    raw = json.loads(json.dumps(RAW))
    path = data.draw(st.sampled_from(_paths(raw)), label="object")
    holder = _at(raw, path)
    key = data.draw(st.sampled_from(sorted(holder)), label="key")
    # Written again last, with the same value: only the repetition is wrong.
    holder[SENTINEL] = None
    text = STYLES[style](raw)
    sentinel = STYLES[style]({SENTINEL: None})[1:-1].strip()
    again = STYLES[style]({key: holder[key]})[1:-1].strip()
    text = text.replace(sentinel, again)
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(text.encode(), "dup.json")
    (problem,) = caught.value.problems
    where = f"in {_spelled(path)}" if path else "at the top level"
    assert (
        f"duplicate key {json.dumps(key, ensure_ascii=False)} {where} (the first is at line "
        in problem.message
    )
    spelled = json.dumps(key, ensure_ascii=style == "ascii")
    line, column = (int(part.split()[-1]) for part in problem.where.split(","))
    assert text[_place(text, line, column) :].startswith(spelled)
    first = problem.message.rsplit("(the first is at ", 1)[1].rstrip(")")
    first_line, first_column = (int(part.split()[-1]) for part in first.split(","))
    assert text[_place(text, first_line, first_column) :].startswith(spelled)
    assert (first_line, first_column) < (line, column)


def test_a_key_written_three_times_is_reported_twice_against_the_first() -> None:
    text = '{"title": "a",\n "title": "b",\n "title": "c", "events": []}'
    _, found = parse_noting_duplicates(text)
    assert [(d.key, d.path, d.place, d.first_place) for d in found] == [
        ("title", (), (2, 2), (1, 2)),
        ("title", (), (3, 2), (1, 2)),
    ]


def test_keys_equal_once_their_escapes_are_read_are_duplicates() -> None:
    text = '{"title": "a", "t\\u0069tle": "b", "events": []}'
    _, found = parse_noting_duplicates(text)
    assert [(d.key, d.place, d.first_place) for d in found] == [("title", (1, 16), (1, 2))]


def test_the_count_is_the_same_whatever_the_chunk_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """A key's quote and colon may fall on both sides of a chunk boundary."""
    body = STYLES["jackson"](_with_awkward_text(RAW)).encode()
    document = TimelineDocument.model_validate_json(body)
    duplicated = body.replace(b'"status" : ', b'"status" : "planned", "status" : ', 1)
    for chunk in (1, 2, 3, 7, 64):
        monkeypatch.setattr(duplicate_keys, "_CHUNK", chunk)
        assert not _may_have_duplicates(body, document)
        assert _may_have_duplicates(duplicated, document)


def test_duplicates_are_listed_first_when_the_file_has_other_problems() -> None:
    only_duplicate = b'{"title": "first", "title": "second", "events": []}'
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(only_duplicate.replace(b'"events": []', b'"events": 1'), "big.json")
    assert [str(problem) for problem in caught.value.problems] == [
        'line 1, column 20: duplicate key "title" at the top level (the first is at line 1, column 2)',
        "events: input should be a valid array, got 1",
    ]


_ONE_EVENT = '{"id":"x","title":"T","date":"2005","status":"confirmed"%s}'


@pytest.mark.parametrize("spacing", [" ", "\t", "  ", "\n", " \r\n ", " " * 100], ids=repr)
@pytest.mark.parametrize("where", ["top level", "event"])
def test_a_key_written_again_with_whitespace_before_its_colon_is_reported(spacing: str, where: str) -> None:
    """Written tight the first time: once the counts took the second for no key at all."""
    again = f'"title"{spacing}:"b"'
    if where == "top level":
        text = f'{{"title":"a",{again},"events":[{_ONE_EVENT % ""}]}}'
        said = 'duplicate key "title" at the top level'
    else:
        text = f'{{"title":"a","events":[{_ONE_EVENT % ("," + again)}]}}'
        said = 'duplicate key "title" in events[0]'
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(text.encode(), "dup.json")
    assert said in caught.value.problems[0].message


@pytest.mark.parametrize(
    "summary", ["Remarque : le prix", "ratio 3 :1", 'he said "yes" : done', "x" + " " * 100 + ": y"]
)
def test_text_with_whitespace_before_a_colon_loads(summary: str) -> None:
    raw = json.loads(json.dumps(RAW))
    raw["events"][0]["summary"] = summary
    for style in ("compact", "jackson"):
        body = STYLES[style](raw).encode()
        assert parse_timeline(body, "colons.json").events.summaries[0] == summary


def test_ordinary_text_with_a_space_before_a_colon_passes_the_cheap_count() -> None:
    """French puts a space before a colon: no quote before it, so nothing to look into."""
    raw = json.loads(json.dumps(RAW))
    raw["events"][0]["summary"] = "Remarque : le prix : 30 000 euros"
    body = STYLES["compact"](raw).encode()
    assert not _may_have_duplicates(body, TimelineDocument.model_validate_json(body))
