"""The loader's valid path: files round-trip into an immutable Timeline; any bytes load or fail cleanly."""

from __future__ import annotations

import gc
import json
import operator
import string
from dataclasses import FrozenInstanceError
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from timeline_app.core.dates import MAX_ABS_YEAR
from timeline_app.core.model import Amount, Link, Metric, Source, Status
from timeline_app.core.string_column import StringColumn
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.loader import load_timeline, parse_compact, parse_timeline

from .conftest import EVENTS_JSON

VALID = Path(__file__).resolve().parent / "valid"
RAW = json.loads(EVENTS_JSON.read_text(encoding="utf-8"))
RAW_EVENTS: list[dict[str, Any]] = RAW["events"]
DETAIL_MODELS: dict[str, type[Amount | Metric | Source | Link]] = {
    "amounts": Amount,
    "metrics": Metric,
    "sources": Source,
    "links": Link,
}
PLAIN_DETAILS = ("actors", "tags")
MILLION = 1_000_000


def _seconds(year: int, month: int = 1, day: int = 1) -> float:
    return datetime(year, month, day, tzinfo=UTC).timestamp()


@pytest.fixture
def timeline() -> Timeline:
    """A fresh load per test, so that a test that manages to mutate it spoils nothing else."""
    return load_timeline(EVENTS_JSON)


# ---------------------------------------------------------------------------
# events.json round-trips


def test_events_json_loads_fifteen_events(timeline: Timeline) -> None:
    assert len(timeline.events) == 15
    assert len(list(timeline.events)) == 15


def test_header_round_trips(timeline: Timeline) -> None:
    assert timeline.title == RAW["title"] == "Foreign automakers turn to Chinese EV platforms"
    assert timeline.header.description == RAW["description"]
    assert timeline.header.schema_url == "resources/timeline.schema.json"
    assert timeline.source is not None
    assert (timeline.source.publisher, timeline.source.published) == ("CnEVPost", "2024-04")
    (rate,) = timeline.exchange_rates
    assert (rate.from_currency, rate.to_currency, rate.rate) == ("USD", "GBP", 0.8012)
    assert [lane.model_dump(exclude_none=True) for lane in timeline.lanes] == RAW["lanes"]
    assert timeline.events.lane_ids == tuple(lane["id"] for lane in RAW["lanes"])
    lane = timeline.lane_by_id("vw-xpeng")
    assert lane is not None
    assert (lane.label, lane.color) == ("Volkswagen and Xpeng", "#00838f")


def test_event_columns_round_trip_in_file_order(timeline: Timeline) -> None:
    events = timeline.events
    assert events.ids == tuple(raw["id"] for raw in RAW_EVENTS)
    assert events.titles == tuple(raw["title"] for raw in RAW_EVENTS)
    assert events.dates == tuple(raw["date"] for raw in RAW_EVENTS)
    assert events.summaries == tuple(raw["summary"] for raw in RAW_EVENTS)
    assert [event.status for event in events] == [Status(raw["status"]) for raw in RAW_EVENTS]
    assert [event.lane for event in events] == [raw["lane"] for raw in RAW_EVENTS]
    for index, raw in enumerate(RAW_EVENTS):
        assert events.index_of(raw["id"]) == index
        event = events.by_id(raw["id"])
        assert event is not None
        assert event.index == index
        assert event.date.text == raw["date"]
        assert events.start[index] == event.date.start
        assert events.end[index] == event.date.end


def test_event_details_round_trip(timeline: Timeline) -> None:
    for event, raw in zip(timeline.events, RAW_EVENTS, strict=True):
        for key, model in DETAIL_MODELS.items():
            items = getattr(event, key)
            assert all(isinstance(item, model) for item in items)
            dumped = [item.model_dump(exclude_unset=True, by_alias=True) for item in items]
            assert dumped == raw.get(key, []), f"{event.id}.{key}"
        for key in PLAIN_DETAILS:
            assert getattr(event, key) == tuple(raw.get(key, ())), f"{event.id}.{key}"


def test_details_sit_on_the_right_events(timeline: Timeline) -> None:
    events = {event.id: event for event in timeline.events}
    assert events["jlr-investment-plan"].amounts == (
        Amount(
            value=15e9, currency="GBP", what="investment over the next five years, primarily factory upgrades"
        ),
    )
    (stake,) = events["vw-xpeng-stake"].amounts
    assert (stake.value, stake.currency, stake.approximate, stake.stake_percent) == (7e8, "USD", True, 4.99)
    assert events["chery-jlr-denial"].links == (
        Link(type="denies", target="jlr-chery-report"),
        Link(type="follows", target="yin-two-european-brands"),
    )
    growth = events["jlr-china-sales-growth"]
    assert [(metric.value, metric.date) for metric in growth.metrics] == [(26100, "2010"), (146000, "2017")]
    assert growth.links == ()
    assert [source.outlet for source in events["jlr-chery-report"].sources] == ["36kr", "36kr"]
    assert {source.via for source in events["jlr-chery-report"].sources} == {"CnEVPost"}
    assert events["jlr-rebrand"].amounts == ()
    assert events["jlr-rebrand"].actors[:2] == ("Jaguar Land Rover", "Range Rover")


def test_dates_keep_their_precision(timeline: Timeline) -> None:
    events = timeline.events
    rebrand = events.index_of("jlr-rebrand")  # 2023-04: the whole of April
    assert rebrand is not None
    assert (events.start[rebrand], events.end[rebrand]) == (_seconds(2023, 4), _seconds(2023, 5))
    growth = events.index_of("jlr-china-sales-growth")  # 2010/2017: both years in full
    assert growth is not None
    assert (events.start[growth], events.end[growth]) == (_seconds(2010), _seconds(2018))
    assert timeline.time_range() == (_seconds(2010), _seconds(2031))


def test_parse_timeline_reads_bytes() -> None:
    from_bytes = parse_timeline(EVENTS_JSON.read_bytes(), "events.json")
    from_file = load_timeline(EVENTS_JSON)
    assert from_bytes.header == from_file.header
    assert from_bytes.events.ids == from_file.events.ids
    assert np.array_equal(from_bytes.events.start, from_file.events.start)
    assert parse_timeline(b'{"title": "t", "events": []}').title == "t"


def test_the_text_columns_are_left_untracked_by_the_garbage_collector() -> None:
    """Else the first collection after a big load walks every string (0.09 s at a million events)."""
    events = load_timeline(EVENTS_JSON).events
    for column in (events.ids, events.titles, events.summaries):
        assert column.chunks
        assert not any(gc.is_tracked(chunk) for chunk in column.chunks)
    # Every import path's columns (here the loader child's compact ones, made into strings).
    parsed = parse_compact(EVENTS_JSON.read_bytes())
    assert not any(gc.is_tracked(chunk) for chunk in parsed.titles.strings().chunks)


def test_a_utf8_byte_order_mark_is_skipped() -> None:
    path = VALID / "01_utf8_bom.json"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    loaded = load_timeline(path)
    assert loaded.title == "Saved by Notepad with a byte order mark"
    assert loaded.events.ids == ("bom",)
    assert loaded.events.titles == ("Café opens",)


@pytest.mark.parametrize("path", sorted(VALID.iterdir()), ids=lambda path: path.name)
def test_every_valid_example_loads(path: Path) -> None:
    assert load_timeline(path).title


def test_a_million_character_title_loads(tmp_path: Path) -> None:
    title = "Ω" * MILLION
    event = {"id": "long", "title": "e" * MILLION, "date": "2024-41", "status": "planned"}
    path = tmp_path / "long.json"
    path.write_text(json.dumps({"title": title, "events": [event]}, ensure_ascii=False), encoding="utf-8")
    loaded = load_timeline(path)
    assert loaded.title == title
    assert len(loaded.events.titles[0]) == MILLION


# ---------------------------------------------------------------------------
# Immutability


@pytest.mark.parametrize("name", ["header", "events"])
def test_timeline_fields_cannot_be_reassigned(timeline: Timeline, name: str) -> None:
    with pytest.raises(FrozenInstanceError):
        setattr(timeline, name, None)


def test_timeline_properties_cannot_be_assigned(timeline: Timeline) -> None:
    name = "title"
    # A frozen slots dataclass on CPython 3.11 raises TypeError here (its __setattr__ calls
    # super() on the class it replaced); later versions raise AttributeError. Either refuses.
    with pytest.raises((AttributeError, TypeError)):
        setattr(timeline, name, "changed")
    assert timeline.title == RAW["title"]


@pytest.mark.parametrize(
    ("path", "name"),
    [("header", "title"), ("header", "lanes"), ("lane", "color"), ("rate", "rate"), ("source", "publisher")],
)
def test_header_models_are_frozen(timeline: Timeline, path: str, name: str) -> None:
    targets: dict[str, Any] = {
        "header": timeline.header,
        "lane": timeline.lanes[0],
        "rate": timeline.exchange_rates[0],
        "source": timeline.source,
    }
    with pytest.raises(ValidationError, match="frozen"):
        setattr(targets[path], name, "changed")


def test_numpy_columns_are_read_only(timeline: Timeline) -> None:
    # Every array column, including ones added after this test was written.
    events = timeline.events
    columns = {
        name: value
        for name in type(events).__slots__
        if isinstance(value := getattr(events, name), np.ndarray)
    }
    assert {"start", "end", "status", "lane"} <= columns.keys()
    for name, column in columns.items():
        before = column.copy()
        assert not column.flags.writeable, name
        with pytest.raises(ValueError, match="read-only"):
            column[0] = column[1]
        with pytest.raises(ValueError, match="read-only"):
            np.add(column, 1, out=column)
        assert np.array_equal(column, before), name


def test_string_columns_and_details_cannot_be_changed(timeline: Timeline) -> None:
    events = timeline.events
    for column in (events.ids, events.titles, events.summaries):
        assert isinstance(column, StringColumn)
        assert all(isinstance(chunk, tuple) for chunk in column.chunks)
        with pytest.raises(TypeError):
            column[0] = "changed"  # type: ignore[index]
        with pytest.raises(AttributeError):
            column._chunks = ()
    assert isinstance(events.dates, tuple)
    details: Any = events.details
    with pytest.raises(TypeError):
        details[0] = {}
    event = events[0]
    name = "title"
    with pytest.raises(FrozenInstanceError):
        setattr(event, name, "changed")
    assert isinstance(event.actors, tuple)


@pytest.mark.parametrize("name", ["ids", "start"])
def test_event_table_columns_cannot_be_replaced(timeline: Timeline, name: str) -> None:
    with pytest.raises(AttributeError):
        setattr(timeline.events, name, getattr(timeline.events, name)[:1])


def test_event_details_cannot_be_changed(timeline: Timeline) -> None:
    details: Any = timeline.events.details_of(0)
    with pytest.raises(TypeError):
        details["tags"] = ("changed",)


# ---------------------------------------------------------------------------
# Generated documents

STATUSES = [status.value for status in Status]
ID_START = string.ascii_letters + string.digits
# Built from alphabets rather than st.from_regex, which is several times slower to draw.
IDENTIFIERS = st.builds(operator.add, st.sampled_from(ID_START), st.text(ID_START + "_.:-", max_size=15))
# Right-to-left, bidirectional-control, combining, CJK and astral-plane titles next to random text.
SPECIAL_TITLES = (
    "جاكوار لاند روفر تغير اسمها",
    "שיתוף פלטפורמות עם צ'רי",
    "\u202bמעורב with English\u202c",
    "\u202eevil override",
    "奇瑞与捷豹路虎",
    "e\u0301te\u0301 🚗⚡",
    " ",
)
TITLES = st.one_of(st.text(min_size=1, max_size=30), st.sampled_from(SPECIAL_TITLES))
YEARS = st.integers(0, 9999)
YEAR_DATES = YEARS.map(lambda year: f"{year:04}")
POINT_DATES = st.one_of(
    YEAR_DATES,
    st.integers(1, 9999).map(lambda year: f"-{year:04}"),
    st.tuples(YEARS, st.integers(1, 12)).map(lambda ym: f"{ym[0]:04}-{ym[1]:02}"),
    st.dates(min_value=date(1, 1, 1)).map(date.isoformat),
    st.tuples(YEARS, st.integers(21, 41)).map(lambda ys: f"{ys[0]:04}-{ys[1]}"),
    st.integers(10_000, MAX_ABS_YEAR).map(lambda year: f"Y{year}"),
    st.integers(10_000, MAX_ABS_YEAR).map(lambda year: f"Y-{year}"),
)
EDTF_DATES = st.one_of(
    POINT_DATES,
    st.tuples(POINT_DATES, st.sampled_from("~?%")).map("".join),
    st.tuples(YEARS, YEARS).map(lambda pair: f"{min(pair):04}/{max(pair):04}"),
    st.tuples(YEARS, st.integers(1, 12), st.integers(1, 12)).map(
        lambda ymm: f"{ymm[0]:04}-{min(ymm[1:]):02}/{ymm[0]:04}-{max(ymm[1:]):02}"
    ),
    YEAR_DATES.map(lambda year: f"{year}/.."),
    YEAR_DATES.map(lambda year: f"../{year}"),
)
COLORS = st.builds(
    operator.add,
    st.just("#"),
    st.sampled_from([3, 6]).flatmap(lambda size: st.text(string.hexdigits, min_size=size, max_size=size)),
)


@st.composite
def documents(draw: st.DrawFn, min_events: int = 0) -> dict[str, Any]:
    """A small valid timeline document."""
    lanes: list[dict[str, Any]] = []
    for lane_id in draw(st.lists(IDENTIFIERS, max_size=3, unique=True)):
        lane: dict[str, Any] = {"id": lane_id, "label": draw(TITLES)}
        if draw(st.booleans()):
            lane["color"] = draw(COLORS)
        lanes.append(lane)
    ids = draw(st.lists(IDENTIFIERS, min_size=min_events, max_size=8, unique=True))
    events: list[dict[str, Any]] = []
    for event_id in ids:
        event: dict[str, Any] = {
            "id": event_id,
            "title": draw(TITLES),
            "date": draw(EDTF_DATES),
            "status": draw(st.sampled_from(STATUSES)),
        }
        if len(lanes) > 0 and draw(st.booleans()):
            event["lane"] = draw(st.sampled_from([lane["id"] for lane in lanes]))
        if draw(st.booleans()):
            event["summary"] = draw(st.text(max_size=30))
        if draw(st.booleans()):
            event["tags"] = draw(st.lists(TITLES, max_size=3))
        others = [other for other in ids if other != event_id]
        if len(others) > 0 and draw(st.booleans()):
            event["links"] = [{"type": "follows", "target": draw(st.sampled_from(others))}]
        events.append(event)
    return {"title": draw(TITLES), "lanes": lanes, "events": events}


def _encode(document: Any, *, ascii_only: bool = True) -> bytes:
    return json.dumps(document, ensure_ascii=ascii_only, indent=2).encode("utf-8")


@settings(max_examples=75, deadline=None)
@given(document=documents(), ascii_only=st.booleans())
def test_generated_valid_documents_load_unchanged(document: dict[str, Any], ascii_only: bool) -> None:
    loaded = parse_timeline(_encode(document, ascii_only=ascii_only), "generated.json")
    events = document["events"]
    assert loaded.title == document["title"]
    assert loaded.events.ids == tuple(event["id"] for event in events)
    assert loaded.events.titles == tuple(event["title"] for event in events)
    assert loaded.events.dates == tuple(event["date"] for event in events)
    assert [event.status for event in loaded.events] == [Status(event["status"]) for event in events]
    assert [event.lane for event in loaded.events] == [event.get("lane") for event in events]
    assert [lane.id for lane in loaded.lanes] == [lane["id"] for lane in document["lanes"]]


REQUIRED_TOP = ("title", "events")
REQUIRED_EVENT = ("id", "title", "date", "status")
TEXT_FIELDS_TOP = ("title",)
LIST_FIELDS_TOP = ("events", "lanes")
TEXT_FIELDS_EVENT = ("id", "title", "date", "status", "lane", "summary")
LIST_FIELDS_EVENT = ("actors", "tags", "links")
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False))
NOT_TEXT = st.one_of(
    SCALARS,
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
NOT_LIST = st.one_of(
    SCALARS, st.text(max_size=5), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)
)


@st.composite
def mutants(draw: st.DrawFn) -> tuple[bytes, bool]:
    """A valid document broken at random, and whether the break certainly makes it invalid."""
    document = draw(documents(min_events=1))
    event = draw(st.sampled_from(document["events"]))
    kind = draw(st.sampled_from(["delete", "wrong type", "junk", "truncate"]))
    if kind == "delete":
        target, key = draw(
            st.sampled_from(
                [(document, key) for key in REQUIRED_TOP] + [(event, key) for key in REQUIRED_EVENT]
            )
        )
        del target[key]
        return _encode(document), True
    if kind == "wrong type":
        target, key, wrong = draw(
            st.sampled_from(
                [(document, key, NOT_TEXT) for key in TEXT_FIELDS_TOP]
                + [(document, key, NOT_LIST) for key in LIST_FIELDS_TOP]
                + [(event, key, NOT_TEXT) for key in TEXT_FIELDS_EVENT]
                + [(event, key, NOT_LIST) for key in LIST_FIELDS_EVENT]
            )
        )
        target[key] = draw(wrong)
        return _encode(document), True
    data = _encode(document, ascii_only=draw(st.booleans()))
    offset = draw(st.integers(0, len(data) - 1))
    if kind == "junk":
        return data[:offset] + draw(st.binary(min_size=1, max_size=8)) + data[offset:], False
    return data[:offset], True  # the closing brace is always cut off


def _load_error(data: bytes, source: str) -> TimelineLoadError | None:
    """The loader's refusal of these bytes, or None if they load."""
    try:
        parse_timeline(data, source)
    except TimelineLoadError as error:
        return error
    return None


@settings(max_examples=175, deadline=None)
@given(mutant=mutants())
def test_mutated_documents_load_or_fail_with_problems(mutant: tuple[bytes, bool]) -> None:
    data, certainly_invalid = mutant
    error = _load_error(data, "mutant.json")  # any other exception fails the test
    if error is None:
        assert not certainly_invalid, "a certainly invalid document loaded"
        return
    assert error.problems
    assert all(str(problem) for problem in error.problems)
    assert error.report().startswith("mutant.json: ")
