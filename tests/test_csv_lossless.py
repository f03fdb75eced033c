"""Our CSV keeps everything our JSON holds, neutralises formulas, and reads any common encoding and TSV."""

from __future__ import annotations

import codecs
import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.formats import CSV, detect_format, export_any, load_any
from timeline_app.io.formats.csv_formats import (
    FORMULA_STARTS,
    as_text_cell,
    from_text_cell,
    read_csv,
    timeline_to_csv,
)
from timeline_app.io.formats.encodings import decode_text
from timeline_app.io.formats.native import timeline_to_document
from timeline_app.io.loader import parse_timeline

from .test_formats import IDS, TEXT, URLS, _dates

EXAMPLES = 60
LINK_TYPES = ("denies", "confirms", "follows", "part_of", "causes", "responds_to", "supersedes", "related")
CURRENCIES = st.sampled_from(["USD", "GBP", "EUR", "CNY"])
COLOURS = st.sampled_from(["#0b6e4f", "#abc", "#FFFFFF"])
NUMBERS = st.floats(allow_nan=False, allow_infinity=False)
# Text a spreadsheet would run, or that looks like what the writer makes of such text.
PREFIXES = st.sampled_from(["", "", "", *FORMULA_STARTS, "'", "'=", "''+", "'-"])
CELLS = st.builds(lambda prefix, text: prefix + text, PREFIXES, TEXT)
# Not empty: a cell cannot tell an empty description from none (our JSON can).
LONG_CELLS = st.builds(
    lambda prefix, text: prefix + text, PREFIXES, st.lists(TEXT, min_size=1, max_size=3).map("\n\n".join)
)


def _optional(draw: st.DrawFn, record: dict[str, Any], name: str, values: st.SearchStrategy[Any]) -> None:
    if draw(st.booleans()):
        record[name] = draw(values)


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A timeline document using every field our JSON has, with hostile text."""
    document: dict[str, Any] = {"title": draw(CELLS)}
    _optional(draw, document, "$schema", URLS)
    _optional(draw, document, "description", LONG_CELLS)
    if draw(st.booleans()):
        source = {"publisher": draw(CELLS)}
        _optional(draw, source, "published", _dates())
        _optional(draw, source, "title", CELLS)
        _optional(draw, source, "url", URLS)
        document["source"] = source
    rates = []
    for _ in range(draw(st.integers(0, 2))):
        rate = {
            "from": draw(CURRENCIES),
            "to": draw(CURRENCIES),
            "rate": draw(NUMBERS.filter(lambda x: x > 0)),
        }
        _optional(draw, rate, "note", CELLS)
        rates.append(rate)
    document["exchange_rates"] = rates
    lanes = []
    for lane_id in draw(st.lists(IDS, max_size=4, unique=True)):
        lane = {"id": lane_id, "label": draw(CELLS)}
        _optional(draw, lane, "color", COLOURS)
        _optional(draw, lane, "description", LONG_CELLS)
        lanes.append(lane)
    document["lanes"] = lanes
    eras = []
    for _ in range(draw(st.integers(0, 2))):
        era = {"title": draw(CELLS), "date": draw(_dates())}
        _optional(draw, era, "color", COLOURS)
        eras.append(era)
    document["eras"] = eras
    ids = draw(st.lists(IDS, max_size=5, unique=True))
    document["events"] = [draw(_events(event_id, ids, [lane["id"] for lane in lanes])) for event_id in ids]
    return document


@st.composite
def _events(draw: st.DrawFn, event_id: str, ids: list[str], lanes: list[str]) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": event_id,
        "title": draw(CELLS),
        "date": draw(_dates()),
        "status": draw(st.sampled_from(["confirmed", "reported", "disputed", "planned"])),
    }
    if lanes:
        _optional(draw, event, "lane", st.sampled_from(lanes))
    _optional(draw, event, "summary", LONG_CELLS)
    _optional(draw, event, "html", st.sampled_from(["<p>Rich <b>text</b></p>", "=1+1", "plain"]))
    _optional(draw, event, "actors", st.lists(CELLS, min_size=1, max_size=2))
    _optional(draw, event, "amounts", st.lists(_amounts(), min_size=1, max_size=2))
    _optional(draw, event, "metrics", st.lists(_metrics(), min_size=1, max_size=2))
    _optional(draw, event, "sources", st.lists(_sources(), min_size=1, max_size=2))
    others = [other for other in ids if other != event_id]
    if others:
        links = st.fixed_dictionaries(
            {"type": st.sampled_from(LINK_TYPES), "target": st.sampled_from(others)}
        )
        _optional(draw, event, "links", st.lists(links, min_size=1, max_size=2))
    _optional(draw, event, "tags", st.lists(CELLS, min_size=1, max_size=2))
    _optional(draw, event, "images", st.lists(_images(), min_size=1, max_size=2))
    return event


@st.composite
def _images(draw: st.DrawFn) -> dict[str, Any]:
    image = {"url": draw(st.one_of(URLS, st.sampled_from(["pics/a.png", "b c.jpg", "=x.png", "-y/z.gif"])))}
    for name in ("caption", "credit", "alt"):
        _optional(draw, image, name, CELLS)
    return image


@st.composite
def _amounts(draw: st.DrawFn) -> dict[str, Any]:
    amount = {"value": draw(NUMBERS), "currency": draw(CURRENCIES)}
    _optional(draw, amount, "what", CELLS)
    _optional(draw, amount, "approximate", st.booleans())
    _optional(draw, amount, "stake_percent", st.floats(0, 100))
    return amount


@st.composite
def _metrics(draw: st.DrawFn) -> dict[str, Any]:
    metric = {"name": draw(CELLS), "value": draw(NUMBERS)}
    _optional(draw, metric, "unit", CELLS)
    _optional(draw, metric, "date", _dates())
    return metric


@st.composite
def _sources(draw: st.DrawFn) -> dict[str, Any]:
    source = {"outlet": draw(CELLS)}
    _optional(draw, source, "quote", LONG_CELLS)
    _optional(draw, source, "via", CELLS)
    _optional(draw, source, "url", URLS)
    return source


def _timeline(document: dict[str, Any]) -> Timeline:
    return parse_timeline(json.dumps(document).encode())


def _cells(text: str, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_json_to_csv_to_json_is_equal(document: dict[str, Any]) -> None:
    timeline = _timeline(document)
    text = timeline_to_csv(timeline)
    back = read_csv(text.encode(), "back.csv")
    assert timeline_to_document(back) == timeline_to_document(timeline)
    # No cell a spreadsheet opens may start a formula.
    assert not [cell for row in _cells(text) for cell in row if cell.startswith(FORMULA_STARTS)]


@given(st.text())
def test_a_text_cell_reads_back_as_it_was_and_never_starts_a_formula(cell: str) -> None:
    written = as_text_cell(cell)
    assert not written.startswith(FORMULA_STARTS)
    assert from_text_cell(written) == cell


def test_formula_cells_get_a_quote_mark_that_reads_back_off(tmp_path: Path) -> None:
    document = {
        "title": '=HYPERLINK("http://evil.example")',
        "events": [
            {"id": "a", "title": "+1", "date": "-0500", "status": "confirmed", "summary": "@SUM(A1)"},
            {"id": "b", "title": "'=already marked", "date": "2024", "status": "confirmed", "tags": ["-x"]},
            {"id": "c", "title": "\tTab", "date": "2024", "status": "confirmed", "summary": "'plain quote"},
        ],
    }
    timeline = _timeline(document)
    path = tmp_path / "formulas.csv"
    export_any(timeline, path)
    rows = _cells(path.read_text(encoding="utf-8-sig"))
    assert rows[1][2] == '\'=HYPERLINK("http://evil.example")'
    assert (rows[2][2], rows[2][3], rows[2][7]) == ("'+1", "'-0500", "'@SUM(A1)")
    assert (rows[3][2], rows[3][10]) == ("''=already marked", "'-x")
    assert (rows[4][2], rows[4][7]) == ("'\tTab", "'plain quote")
    assert timeline_to_document(load_any(path)) == timeline_to_document(timeline)


def test_a_tsv_file_is_written_with_tabs_and_reads_back(tmp_path: Path) -> None:
    timeline = _timeline(
        {
            "title": "Tabs",
            "lanes": [{"id": "x", "label": "X, with a comma", "color": "#abc"}],
            "events": [{"id": "a", "title": "A; b, c", "date": "2024", "status": "planned", "lane": "x"}],
        }
    )
    path = tmp_path / "tabs.tsv"
    export_any(timeline, path)
    data = path.read_bytes()
    assert data.decode("utf-8-sig").splitlines()[0].split("\t")[:3] == ["kind", "id", "title"]
    assert detect_format(path, data) == CSV
    assert timeline_to_document(load_any(path)) == timeline_to_document(timeline)


def test_lanes_keep_their_order_colours_and_descriptions_even_without_events() -> None:
    text = (
        "kind,id,title,date,status,lane,lane_label,summary,color\n"
        "lane,,,,,b,Bee,The second letter,#222222\n"
        "lane,,,,,a,Ay,,#111\n"
        ",e1,E,2024,confirmed,c,Sea,,\n"
        ",e2,E,2024,confirmed,a,Not the label,,\n"
    )
    lanes = read_csv(text.encode(), "lanes.csv").lanes
    assert [(lane.id, lane.label, lane.color, lane.description) for lane in lanes] == [
        ("b", "Bee", "#222222", "The second letter"),
        ("a", "Ay", "#111", None),
        ("c", "Sea", None, None),  # named only by an event: after the lanes of lane rows
    ]


def test_a_csv_without_kind_column_reads_as_before() -> None:
    text = "id,title,date,status,lane,lane_label\nx,X,2024,confirmed,l,Lane L\n"
    timeline = read_csv(text.encode(), "Old export.csv")
    assert (timeline.title, [lane.label for lane in timeline.lanes]) == ("Old export", ["Lane L"])


HEADER = "kind,id,title,date,status,lane,lane_label,summary,amounts,metrics,links,sources,color"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("slide,x,X,2024,confirmed,,,,,,,,", "row 2, column \"kind\": 'slide' is not a kind of row"),
        (",x,X,2024,confirmed,,,,15 GBP,,,,", 'row 2, column "amounts": not valid JSON'),
        (',x,X,2024,confirmed,,,,"{""value"": 1}",,,,', 'row 2, column "amounts": write a JSON list'),
        (',x,X,2024,confirmed,,,,"[{""value"": 1}]",,,,', 'row 2, column "amounts" (amounts[0].currency): '),
        (',x,X,2024,confirmed,,,,,"[{""name"": """", ""value"": 1}]",,,',
         'row 2, column "metrics" (metrics[0].name)'),
        (",x,X,2024,confirmed,,,,,,denies,,", "row 2, column \"links\": 'denies' is not a link"),
        (",x,X,2024,confirmed,,,,,,refutes x,,", 'row 2, column "links" (links[0].type)'),
        (",x,X,2024,confirmed,,,,,,denies y,,",
         "row 2, column \"links\" (links[0].target): no event has id 'y'"),
        ("lane,,,,,,Label,,,,,,", 'row 2, column "lane": a lane row needs'),
        ("lane,,,,,l,Label,,,,,,red", 'row 2, column "color": '),
        ("era,,The war,1914/1912,,,,,,,,,", "row 2, column \"date\": '1914/1912'"),
        ("timeline,,,,,,,,,,,,", 'row 2, column "title": '),
        ('timeline,,T,,,,,,"[{""from"": ""USD"", ""to"": ""GBP"", ""rate"": -1}]",,,,',
         'row 2, column "amounts" (exchange_rates[0].rate): '),
        ("timeline,,T,,,,,,,,,{},", 'row 2, column "sources" (source.publisher): '),
        ("timeline,,T,,,,,,,,,[],", 'row 2, column "sources": write the source as a JSON object'),
    ],
)  # fmt: skip
def test_a_broken_row_is_named_by_row_and_column(row: str, expected: str) -> None:
    with pytest.raises(TimelineLoadError) as caught:
        read_csv(f"{HEADER}\n{row}\n".encode(), "bad.csv")
    problems = [str(problem) for problem in caught.value.problems]
    assert any(problem.startswith(expected) for problem in problems), problems


def test_a_second_timeline_row_and_a_second_lane_row_are_refused() -> None:
    text = f"{HEADER}\ntimeline,,T,,,,,,,,,,\nlane,,,,,l,L,,,,,,\ntimeline,,U,,,,,,,,,,\nlane,,,,,l,M,,,,,,\n"
    with pytest.raises(TimelineLoadError) as caught:
        read_csv(text.encode(), "bad.csv")
    assert [str(problem) for problem in caught.value.problems] == [
        'row 4, column "kind": a second timeline row (the timeline is on row 2)',
        "row 5, column \"lane\": 'l' is already the lane of row 3",
    ]


# ---------------------------------------------------------------------------------------------
# Encodings

SAMPLE = "id,title,date,status\nx,Café “quoted” – 5 €,2024,confirmed\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode(), "UTF-8"),
        (codecs.BOM_UTF8 * 2 + SAMPLE.encode(), "UTF-8"),
        (SAMPLE.encode("utf-16"), "UTF-16"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "UTF-16"),
        (SAMPLE.encode("utf-16-le"), "UTF-16"),  # no mark: told from the zero bytes
        (SAMPLE.encode("utf-16-be"), "UTF-16"),
        (SAMPLE.encode("utf-32"), "UTF-32"),
        (SAMPLE.encode("cp1252"), "Windows-1252"),
    ],
)
def test_csv_text_is_read_in_the_encoding_it_was_saved_in(data: bytes, encoding: str) -> None:
    assert decode_text(data) == type(decode_text(data))(SAMPLE, encoding)
    assert read_csv(data, "x.csv").events[0].title == "Café “quoted” – 5 €"


def test_bytes_windows_1252_leaves_undefined_read_as_latin_1() -> None:
    data = "\x81Ä".encode("latin-1")
    assert decode_text(data) == type(decode_text(data))("\x81Ä", "Latin-1")


@given(st.text().map(lambda text: text.lstrip("\ufeff")))
@example("\x000")  # UTF-16's mark, then NUL: UTF-32's mark, but six bytes are no UTF-32
@example("\x00\U00010000")  # a character outside the BMP is two UTF-16 units: eight bytes
def test_any_text_with_a_byte_order_mark_reads_back(text: str) -> None:
    # UTF-16 for a lone NUL is UTF-32's mark itself: a text that starts with NUL and whose
    # UTF-16 (mark included) is a whole number of fours reads as UTF-32, as binary data would.
    units = len(text.encode("utf-16-le")) // 2
    assume(not (text.startswith("\x00") and units % 2))
    for codec in ("utf-8-sig", "utf-16", "utf-32"):
        assert decode_text(text.encode(codec)).text == text


def test_utf16_cut_in_the_middle_of_a_character_names_its_line() -> None:
    data = SAMPLE.encode("utf-16")[:-1]
    with pytest.raises(TimelineLoadError) as caught:
        read_csv(data, "cut.csv")
    assert [str(problem) for problem in caught.value.problems] == [
        "line 2: not valid UTF-16 text; save the spreadsheet as CSV UTF-8"
    ]


def test_a_timelinejs_sheet_in_utf16_is_still_told_apart() -> None:
    sheet = "Year,Month,Day,Headline\n2024,1,2,New year\n"
    assert detect_format("sheet.csv", sheet.encode("utf-16")) == "timelinejs-csv"
