"""Property tests with generated timelines: broken ones are refused with placed problems, valid ones
survive every export format.

(a) Valid documents with every kind of field are generated, then broken at random: keys deleted,
values replaced by ones of the wrong type, huge, tiny or non-finite numbers, random text (control
characters, right-to-left, lone surrogates) in any field and random strings in date fields,
unknown keys added, list items repeated; then, sometimes, the JSON bytes themselves are cut,
spliced with junk, given a byte-order mark or re-encoded. ``parse_timeline`` must return a
Timeline or raise TimelineLoadError, never anything else, and every problem must say where: a
line and column inside the file, a field path that exists in the document, or (with an empty
place) a message about the whole file.

(b) Valid documents go through every export format (``export_any``) and back (``load_any``,
which detects the format): ids, titles, date texts and statuses come back, but for the events a
format reports as skipped.

The examples are the same on every run; ``FUZZ_EXAMPLES=5000 FUZZ_RANDOM=1`` runs more, and
different ones each time.
"""

from __future__ import annotations

import json
import math
import operator
import os
import re
import string
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.core.model import Status
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import MAX_REPORTED_PROBLEMS, Problem, TimelineLoadError
from timeline_app.io.formats import TIMELINEJS, export_any, export_formats, load_any
from timeline_app.io.loader import parse_timeline

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
ROUND_TRIP_EXAMPLES = max(EXAMPLES // 6, 25)
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not os.environ.get("FUZZ_RANDOM"),
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
ROUND_TRIP_SETTINGS = settings(FUZZ_SETTINGS, max_examples=ROUND_TRIP_EXAMPLES)

# ---------------------------------------------------------------------------------------------
# Valid documents

ID_START = string.ascii_letters + string.digits
IDS = st.builds(operator.add, st.sampled_from(ID_START), st.text(ID_START + "_.:-", max_size=12))
# Titles from all of Unicode but surrogates, and some that are awkward on purpose.
AWKWARD = (
    "\u202eevil override\u202c",
    "שלום עולם",
    "مرحبا \u200f بالعالم",
    "NUL\x00 ESC\x1b[0m BEL\x07",
    "tab\tand\nnewline\r\nand CR LF",
    "👨\u200d👩\u200d👧 𝄞",
    "e\u0301te\u0301",
    "  spaced  out  ",
    '<b>not bold</b> &amp; \\ "quoted"',
)
TEXT_ALPHABET = st.characters(exclude_categories=["Cs"])
TITLES = st.one_of(st.text(TEXT_ALPHABET, min_size=1, max_size=24), st.sampled_from(AWKWARD))
TEXTS = st.one_of(st.text(TEXT_ALPHABET, max_size=40), st.sampled_from(AWKWARD))
STATUSES = [status.value for status in Status]
CURRENCIES = st.text(string.ascii_uppercase, min_size=3, max_size=3)
FINITE = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15)
POSITIVE = st.floats(min_value=1e-6, max_value=1e6)
YEARS = st.integers(1, 9999)


def _day(year: int, month: int, day: int) -> str:
    return f"{year:04}-{month:02}-{min(day, 28):02}"


POINTS = st.one_of(
    YEARS.map(lambda year: f"{year:04}"),
    st.integers(-9999, 0).map(lambda year: f"-{-year:04}" if year else "0000"),
    st.tuples(YEARS, st.integers(1, 12)).map(lambda ym: f"{ym[0]:04}-{ym[1]:02}"),
    st.tuples(YEARS, st.integers(1, 12), st.integers(1, 31)).map(lambda ymd: _day(*ymd)),
    st.tuples(YEARS, st.integers(21, 41)).map(lambda ys: f"{ys[0]:04}-{ys[1]}"),
    st.tuples(YEARS, st.sampled_from(["Q1", "Q4", "H1", "H2"])).map(lambda ys: f"{ys[0]:04}-{ys[1]}"),
    st.tuples(YEARS, st.integers(1, 12), st.integers(1, 28), st.integers(0, 23), st.integers(0, 59)).map(
        lambda t: f"{_day(*t[:3])}T{t[3]:02}:{t[4]:02}:00Z"
    ),
    st.integers(10_000, 10**10).map(lambda year: f"Y{year}"),
    st.integers(10_000, 10**10).map(lambda year: f"Y-{year}"),
    st.integers(100, 999).map(lambda decade: f"{decade}X"),
)
QUALIFIED = st.one_of(POINTS, st.tuples(POINTS, st.sampled_from("~?%")).map("".join))


def _interval(pair: tuple[int, int]) -> str:
    first, last = sorted(pair)
    return f"{first:04}/{last:04}"


DATES = st.one_of(
    QUALIFIED,
    st.tuples(YEARS, YEARS).map(_interval),
    YEARS.map(lambda year: f"{year:04}/.."),
    YEARS.map(lambda year: f"../{year:04}"),
    st.tuples(YEARS, st.integers(1, 6), st.integers(7, 12)).map(
        lambda t: f"{t[0]:04}-{t[1]:02}/{t[0]:04}-{t[2]:02}"
    ),
)
URLS = st.sampled_from(["https://example.com/a", "http://example.org/?q=1&x=2", "ftp://x", "not a url"])


def _maybe(draw: st.DrawFn, target: dict[str, Any], key: str, values: st.SearchStrategy[Any]) -> None:
    if draw(st.booleans()):
        target[key] = draw(values)


@st.composite
def documents(draw: st.DrawFn, min_events: int = 0, max_events: int = 6) -> dict[str, Any]:
    """A valid timeline document that uses every part of the format."""
    document: dict[str, Any] = {"title": draw(TITLES)}
    _maybe(draw, document, "description", TEXTS)
    if draw(st.booleans()):
        source: dict[str, Any] = {"publisher": draw(TITLES)}
        _maybe(draw, source, "published", DATES)
        _maybe(draw, source, "title", TEXTS)
        _maybe(draw, source, "url", URLS)
        document["source"] = source
    rates = []
    for _ in range(draw(st.integers(0, 2))):
        rate = {"from": draw(CURRENCIES), "to": draw(CURRENCIES), "rate": draw(POSITIVE)}
        _maybe(draw, rate, "note", TEXTS)
        rates.append(rate)
    if rates:
        document["exchange_rates"] = rates
    lane_ids = draw(st.lists(IDS, max_size=3, unique=True))
    lanes = []
    for lane_id in lane_ids:
        lane: dict[str, Any] = {"id": lane_id, "label": draw(TITLES)}
        _maybe(draw, lane, "color", st.sampled_from(["#0b6e4f", "#abc", "#FFFFFF"]))
        _maybe(draw, lane, "description", TEXTS)
        lanes.append(lane)
    with_lanes: bool = draw(st.booleans())
    if lanes or with_lanes:
        document["lanes"] = lanes
    ids = draw(st.lists(IDS, min_size=min_events, max_size=max_events, unique=True))
    document["events"] = [draw(_events(event_id, ids, lane_ids)) for event_id in ids]
    return document


@st.composite
def _events(draw: st.DrawFn, event_id: str, ids: list[str], lane_ids: list[str]) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": event_id,
        "title": draw(TITLES),
        "date": draw(DATES),
        "status": draw(st.sampled_from(STATUSES)),
    }
    if lane_ids:
        _maybe(draw, event, "lane", st.sampled_from(lane_ids))
    _maybe(draw, event, "summary", TEXTS)
    _maybe(draw, event, "actors", st.lists(TITLES, max_size=2))
    _maybe(draw, event, "tags", st.lists(TITLES, max_size=2))
    if draw(st.booleans()):
        amount: dict[str, Any] = {"value": draw(FINITE), "currency": draw(CURRENCIES)}
        _maybe(draw, amount, "what", TEXTS)
        _maybe(draw, amount, "approximate", st.booleans())
        _maybe(draw, amount, "stake_percent", st.floats(0, 100))
        event["amounts"] = [amount]
    if draw(st.booleans()):
        metric: dict[str, Any] = {"name": draw(TITLES), "value": draw(FINITE)}
        _maybe(draw, metric, "unit", TEXTS)
        _maybe(draw, metric, "date", DATES)
        event["metrics"] = [metric]
    if draw(st.booleans()):
        source: dict[str, Any] = {"outlet": draw(TITLES)}
        _maybe(draw, source, "quote", TEXTS)
        _maybe(draw, source, "via", TITLES)
        _maybe(draw, source, "url", URLS)
        event["sources"] = [source]
    others = [other for other in ids if other != event_id]
    with_link: bool = draw(st.booleans())
    if others and with_link:
        link_type = draw(st.sampled_from(["follows", "denies", "part_of", "related", "causes"]))
        event["links"] = [{"type": link_type, "target": draw(st.sampled_from(others))}]
    return event


# ---------------------------------------------------------------------------------------------
# Breaking them

HUGE_AND_TINY = st.sampled_from(
    [1e308, -1e308, 1.7976931348623157e308, 5e-324, -5e-324, 0.0, -0.0, 2**63, -(2**64), 10**30, 10**300]
)
NON_FINITE = st.sampled_from([math.nan, math.inf, -math.inf])
HOSTILE_TEXT = st.one_of(
    st.text(max_size=20),
    st.text(st.characters(codec="utf-8"), max_size=10),
    st.sampled_from(["", " ", "\x00", "\ud800", "\udfff\ud800", "\u202e", "\ufeff", "x" * 5000, "null"]),
)
DATEISH = st.one_of(
    st.text("0123456789-/.~?%XYQH T:Z+u", max_size=24),
    st.sampled_from(["2023-13", "2023-02-30", "Y1000000000001", "Y100000000000000", "2020/2010", "/"]),
    st.text(max_size=12),
)
DEEP = st.integers(1, 400).map(lambda depth: json.loads("[" * depth + "]" * depth))
WRONG_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    HUGE_AND_TINY,
    NON_FINITE,
    FINITE,
    HOSTILE_TEXT,
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
    DEEP,
)

UNKNOWN_KEYS = st.one_of(st.text(max_size=8), st.sampled_from(["titel", "colour", "$schema", "a.b", "[0]"]))
Location = tuple[Any, Any]  # (the dict or list, the key or index in it)


def _locations(node: Any) -> list[Location]:
    """Every (container, key) pair in a JSON document, depth first."""
    found: list[Location] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((node, key))
            found += _locations(value)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.append((node, index))
            found += _locations(value)
    return found


def _containers(node: Any) -> list[Any]:
    found: list[Any] = []
    if isinstance(node, dict | list):
        found.append(node)
        for value in node.values() if isinstance(node, dict) else node:
            found += _containers(value)
    return found


@st.composite
def _mutate(draw: st.DrawFn, document: dict[str, Any]) -> str:
    """Break the document in place, once; return what was done."""
    kind = draw(st.sampled_from(["delete", "replace", "replace", "date", "number", "add key", "repeat"]))
    locations = _locations(document)
    if kind == "delete":
        dict_keys = [(node, key) for node, key in locations if isinstance(node, dict)]
        node, key = draw(st.sampled_from(dict_keys or [(document, "title")]))
        node.pop(key, None)
    elif kind == "replace" and locations:
        node, key = draw(st.sampled_from(locations))
        node[key] = draw(WRONG_VALUES)
    elif kind == "date":
        date_keys = [(node, key) for node, key in locations if key in ("date", "published")]
        if date_keys:
            node, key = draw(st.sampled_from(date_keys))
            node[key] = draw(DATEISH)
    elif kind == "number":
        numbers = [(n, k) for n, k in locations if type(n[k]) in (int, float)]
        if numbers:
            node, key = draw(st.sampled_from(numbers))
            node[key] = draw(st.one_of(HUGE_AND_TINY, NON_FINITE))
    elif kind == "add key":
        dicts = [node for node in _containers(document) if isinstance(node, dict)]
        node = draw(st.sampled_from(dicts))
        node[draw(UNKNOWN_KEYS)] = draw(WRONG_VALUES)
    elif kind == "repeat":
        lists = [node for node in _containers(document) if isinstance(node, list) and node]
        if lists:
            items = draw(st.sampled_from(lists))
            items.append(json.loads(json.dumps(draw(st.sampled_from(items)))))
    return kind


def _bytes(document: Any, ascii_only: bool) -> bytes:
    """JSON bytes, indented (ASCII with escapes) or on one line (raw UTF-8)."""
    text = json.dumps(document, ensure_ascii=ascii_only, indent=2 if ascii_only else None)
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate becomes invalid UTF-8


@st.composite
def _corrupt_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    kind = draw(st.sampled_from(["cut", "junk", "flip", "bom", "utf-16", "none"]))
    # Somewhere at random, or just at a quote, colon, bracket or comma (where JSON breaks best).
    marks = [i for i, byte in enumerate(data) if byte in b'":[]{},'] or [0]
    offset = draw(st.one_of(st.integers(1, max(len(data) - 1, 1)), st.sampled_from(marks)))
    if kind == "cut":
        return data[:offset]
    if kind == "junk":
        return data[:offset] + draw(st.binary(min_size=1, max_size=8)) + data[offset:]
    if kind == "flip" and data:
        offset = min(offset, len(data) - 1)
        return data[:offset] + bytes([data[offset] ^ (1 << draw(st.integers(0, 7)))]) + data[offset + 1 :]
    if kind == "bom":
        return b"\xef\xbb\xbf" + data
    if kind == "utf-16":
        return data.decode("utf-8", "surrogatepass").encode("utf-16", "surrogatepass")
    return data


@st.composite
def broken_files(draw: st.DrawFn) -> tuple[bytes, Any]:
    """Bytes of a broken (or, by chance, still valid) timeline, and the document they encode
    (None when the bytes themselves were corrupted)."""
    document: Any = draw(documents())
    for _ in range(draw(st.integers(1, 3))):
        draw(_mutate(document))
    if draw(st.integers(0, 9)) == 0:
        document = draw(st.sampled_from([[], None, "text", 1, [document]]))
    data = _bytes(document, draw(st.booleans()))
    if draw(st.integers(0, 3)) == 0:
        corrupted = draw(_corrupt_bytes(data))
        return corrupted, document if corrupted == data else None
    return data, document


# ---------------------------------------------------------------------------------------------
# What a problem's place must be

LINE_AND_COLUMN = re.compile(r"line (\d+), column (\d+)")
WHOLE_FILE_MESSAGES = re.compile(
    r"the file is empty|the file is UTF-16 encoded; save it as UTF-8|input should be an object, got .+"
    r"|unknown field '.*'( \(did you mean '.+'\?\))?|not valid JSON: .+",
    re.DOTALL,
)
_TOKEN = re.compile(r'\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.\[\]]+)')


def _path_tokens(where: str) -> list[int | str]:
    """The keys and indexes of a place such as ``events[3].links[0].target`` or ``["$schema"]``."""
    tokens: list[int | str] = []
    position = 0
    while position < len(where):
        match = _TOKEN.match(where, position)
        assert match is not None and match.end() > position, f"cannot read the place {where!r}"
        index, quoted, name = match.groups()
        if index is not None:
            tokens.append(int(index))
        elif quoted is not None:
            tokens.append(json.loads(quoted))
        else:
            assert name.isidentifier(), f"{name!r} in {where!r} should have been quoted"
            assert match.group().startswith(".") == bool(tokens), f"misplaced dot in {where!r}"
            tokens.append(name)
        position = match.end()
    return tokens


def _exists(document: Any, tokens: list[int | str]) -> bool:
    """The place is in the document, or is a missing key of a dict that is."""
    node = document
    for depth, token in enumerate(tokens):
        last = depth == len(tokens) - 1
        if isinstance(token, int) and isinstance(node, list) and token < len(node):
            node = node[token]
        elif isinstance(token, str) and isinstance(node, dict) and (token in node or last):
            node = node.get(token)
        else:
            return False
    return True


def check_problem(problem: Problem, data: bytes, document: Any) -> None:
    assert isinstance(problem.where, str) and isinstance(problem.message, str)
    assert problem.message.strip(), problem
    assert "Traceback" not in problem.message
    if not problem.where:
        assert WHOLE_FILE_MESSAGES.fullmatch(problem.message), f"a problem with no place: {problem}"
        return
    if position := LINE_AND_COLUMN.fullmatch(problem.where):
        line, column = int(position[1]), int(position[2])
        assert 1 <= line <= data.count(b"\n") + 1, problem
        assert 1 <= column <= len(data) + 1, problem
        return
    tokens = _path_tokens(problem.where)
    if document is not None:
        assert _exists(document, tokens), f"{problem.where!r} is not a place in the document"


def _parse(data: bytes) -> Timeline | TimelineLoadError:
    try:
        return parse_timeline(data, "fuzzed.json")
    except TimelineLoadError as error:
        return error


def check_refusal(data: bytes, document: Any) -> Timeline | None:
    """The timeline, or None after checking the refusal; any other exception fails the test."""
    result = _parse(data)
    if isinstance(result, Timeline):
        return result
    assert result.problems, "a refusal without problems"
    assert result.total >= len(result.problems)
    assert len(result.problems) <= MAX_REPORTED_PROBLEMS
    assert result.report().startswith("fuzzed.json: ")
    for problem in result.problems:
        check_problem(problem, data, document)
    return None


@FUZZ_SETTINGS
@given(broken_files())
def test_broken_files_are_refused_with_placed_problems_and_nothing_else(case: tuple[bytes, Any]) -> None:
    data, document = case
    timeline = check_refusal(data, document)  # any other exception fails the test
    if timeline is not None and isinstance(document, dict):
        assert list(timeline.events.ids) == [event["id"] for event in document["events"]]


@FUZZ_SETTINGS
@given(documents(), st.booleans())
def test_valid_documents_load_with_every_field(document: dict[str, Any], ascii_only: bool) -> None:
    timeline = parse_timeline(_bytes(document, ascii_only), "valid.json")
    events = document["events"]
    assert timeline.title == document["title"]
    assert list(timeline.events.ids) == [event["id"] for event in events]
    assert list(timeline.events.titles) == [event["title"] for event in events]
    assert [event.status.value for event in timeline.events] == [event["status"] for event in events]


# ---------------------------------------------------------------------------------------------
# Round trips through every export format

HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
UNTITLED = "Untitled event"


def _as_timelinejs_reads_it(title: str) -> str:
    """TimelineJS text is HTML: runs of HTML whitespace read back as one space (documented)."""
    return HTML_SPACE.sub(" ", title).strip(" ") or UNTITLED


TITLE_AS_READ: dict[str, Callable[[str], str]] = {TIMELINEJS: _as_timelinejs_reads_it}


Record = tuple[str, str, str, str]


def _records(timeline: Timeline, skipped: tuple[str, ...], title: Callable[[str], str]) -> list[Record]:
    return [
        (event.id, title(event.title), event.date.text, event.status.value)
        for event in timeline.events
        if event.id not in skipped
    ]


# Empty timelines included: an empty TimelineJS export opens again.
@ROUND_TRIP_SETTINGS
@given(documents(max_events=8))
def test_valid_timelines_survive_every_export_format(document: dict[str, Any]) -> None:
    timeline = parse_timeline(_bytes(document, ascii_only=False), "original.json")
    with tempfile.TemporaryDirectory() as folder:
        for fmt in export_formats():
            path = Path(folder) / f"exported-{fmt.name}{fmt.suffixes[0]}"
            skipped = export_any(timeline, path, fmt.name)
            assert set(skipped) <= set(timeline.events.ids)
            back = load_any(path)  # the format is detected, as File > Open does
            title = TITLE_AS_READ.get(fmt.name, str)
            expected = _records(timeline, skipped, title)
            assert _records(back, (), str) == expected, fmt.name


def test_carriage_returns_survive_icalendar(tmp_path: Path) -> None:
    events = [{"id": "a", "title": "line one\r\nline two", "date": "2024-04-26", "status": "confirmed"}]
    timeline = parse_timeline(json.dumps({"title": "CR", "events": events}).encode(), "cr.json")
    path = tmp_path / "cr.ics"
    assert export_any(timeline, path, "ics") == ()
    assert load_any(path).events.titles == ("line one\r\nline two",)


def test_an_empty_timeline_survives_timelinejs(tmp_path: Path) -> None:
    timeline = parse_timeline(b'{"title": "Nothing yet", "events": []}', "empty.json")
    path = tmp_path / "empty.json"
    export_any(timeline, path, TIMELINEJS)
    back = load_any(path)
    assert back.title == "Nothing yet"
    assert len(back.events) == 0
