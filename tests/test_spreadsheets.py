"""Spreadsheets (.xlsx, .ods) and foreign CSVs: the column guess, mapped reading, places of problems."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.io import load_process
from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.formats import SPREADSHEET, detect_format, load_any
from timeline_app.io.formats.column_mapping import (
    FIELDS,
    ColumnMapping,
    MappingError,
    guess_mapping,
    header_key,
    read_mapping_file,
)
from timeline_app.io.formats.csv_formats import csv_rows, read_timelinejs_csv
from timeline_app.io.formats.native import timeline_to_document
from timeline_app.io.formats.spreadsheets import cell_text
from timeline_app.io.load_process import load_file
from timeline_app.io.loader import load_timeline

from .conftest import EVENTS_JSON

PRECEDEN = (
    "Layer Name", "Event ID", "Event Name", "Event Notes", "Event Start Date", "Event Start Approximate",
    "Event End Date", "Event End Approximate", "Milestone", "Event Symbol", "Event Color",
)  # fmt: skip
AEON = ("Title", "Start Date", "End Date", "Duration", "Tags", "Arc", "Participants", "Notes")
TIMELINEJS = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
    "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
    "Background",
)  # fmt: skip


def xlsx(rows: Sequence[Any], sheet: str = "Events", first: Sequence[str] = ()) -> bytes:
    """A workbook whose sheet ``sheet`` holds ``rows`` (after empty sheets named ``first``)."""
    workbook = openpyxl.Workbook()
    active = workbook.active
    assert active is not None
    for name in first:
        active.title = name
        active = workbook.create_sheet()
    active.title = sheet
    for row in rows:
        active.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def ods(rows: Sequence[Sequence[str | float]], sheet: str = "Sheet1") -> bytes:
    """The smallest OpenDocument spreadsheet holding ``rows`` (text and float cells)."""

    def cell(value: str | float) -> str:
        if isinstance(value, float):
            return f'<table:table-cell office:value-type="float" office:value="{value}"/>'
        text = f"<text:p>{escape(value)}</text:p>"
        return f'<table:table-cell office:value-type="string">{text}</table:table-cell>'

    body = "".join(f"<table:table-row>{''.join(map(cell, row))}</table:table-row>" for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{sheet}">{body}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def load_bytes(tmp_path: Path, name: str, data: bytes, mapping: ColumnMapping | None = None) -> Any:
    path = tmp_path / name
    path.write_bytes(data)
    return load_file(path, mapping=mapping)


def problems(tmp_path: Path, name: str, data: bytes, mapping: ColumnMapping | None = None) -> list[str]:
    with pytest.raises(TimelineLoadError) as caught:
        load_bytes(tmp_path, name, data, mapping)
    return [str(problem) for problem in caught.value.problems]


def events(timeline: Any) -> list[dict[str, Any]]:
    return list(timeline_to_document(timeline)["events"])


# ---------------------------------------------------------------------------------------------
# The guess


def test_the_guess_knows_preceden_aeon_timelinejs_and_our_names() -> None:
    assert dict(guess_mapping(PRECEDEN).columns) == {
        "title": "Event Name", "date": "Event Start Date", "end_date": "Event End Date",
        "summary": "Event Notes", "lane": "Layer Name", "id": "Event ID",
        "start_approximate": "Event Start Approximate", "end_approximate": "Event End Approximate",
    }  # fmt: skip
    assert dict(guess_mapping(AEON).columns) == {
        "title": "Title", "date": "Start Date", "end_date": "End Date", "summary": "Notes", "lane": "Arc",
        "tags": "Tags", "actors": "Participants",
    }  # fmt: skip
    assert dict(guess_mapping(TIMELINEJS).columns) == {
        "title": "Headline", "summary": "Text", "lane": "Group", "year": "Year", "month": "Month",
        "day": "Day", "time": "Time", "end_year": "End Year", "end_month": "End Month",
        "end_day": "End Day", "end_time": "End Time",
    }  # fmt: skip
    ours = ("id", "title", "date", "status", "lane", "lane_label", "summary", "tags", "actors")
    assert dict(guess_mapping(ours).columns) == {name: name for name in ours if name != "lane_label"}


def test_no_header_name_means_two_fields() -> None:
    aliases = [alias for field in FIELDS for alias in field.aliases]
    assert len(aliases) == len(set(aliases))


def test_a_whole_date_column_wins_over_a_year_column() -> None:
    mapping = guess_mapping(["Year", "Date", "Title"])
    assert (mapping.get("date"), mapping.get("year")) == ("Date", None)


def test_a_date_time_cell_at_midnight_is_its_day() -> None:
    assert cell_text(dt.datetime(2024, 1, 2)) == "2024-01-02"
    assert cell_text(dt.datetime(2024, 1, 2, 0, 0, 1)) == "2024-01-02T00:00:01"
    assert (cell_text(2024.0), cell_text(2.5), cell_text(True), cell_text(None)) == (
        "2024",
        "2.5",
        "true",
        "",
    )


def test_labels_that_make_the_same_id_make_two_lanes(tmp_path: Path) -> None:
    rows = [["Title", "Date", "Group"], ["a", 2001, "A B"], ["b", 2002, "A-B"], ["c", 2003, "A B"]]
    timeline = load_bytes(tmp_path, "lanes.xlsx", xlsx(rows))
    assert [(lane.id, lane.label) for lane in timeline.lanes] == [("A-B", "A B"), ("A-B-2", "A-B")]
    assert [event.lane for event in timeline.events] == ["A-B", "A-B-2", "A-B"]


def test_the_guess_ignores_case_spaces_and_punctuation_in_headers() -> None:
    mapping = guess_mapping(["  START-date ", "event_name", "Some other column"])
    assert (mapping.get("date"), mapping.get("title")) == ("  START-date ", "event_name")


HEADERS = st.lists(
    st.one_of(st.sampled_from([alias for field in FIELDS for alias in field.aliases]), st.text(max_size=8)),
    max_size=12,
)


@given(HEADERS)
def test_the_guess_maps_each_header_once_and_only_headers_that_are_there(headers: list[str]) -> None:
    mapped = [header for _, header in guess_mapping(headers).columns]
    assert len(mapped) == len(set(mapped))
    assert set(mapped) <= set(headers)


@given(HEADERS, st.randoms())
def test_a_header_set_has_one_key_whatever_the_order(headers: list[str], random: Any) -> None:
    shuffled = list(headers)
    random.shuffle(shuffled)
    assert header_key(shuffled) == header_key(headers)


def test_a_mapping_file_is_read_and_checked() -> None:
    mapping = read_mapping_file('{"date": "When", "title": "What", "sheet": "Second"}')
    assert (mapping.columns, mapping.sheet) == ((("title", "What"), ("date", "When")), "Second")
    assert read_mapping_file(json.dumps(mapping.as_dict())) == mapping
    for text, expected in [
        ("[]", "write a JSON object"),
        ('{"when": "x"}', "'when': not a field"),
        ("{", "not valid JSON"),
    ]:
        with pytest.raises(MappingError, match=expected):
            read_mapping_file(text)


# ---------------------------------------------------------------------------------------------
# Reading


PRECEDEN_ROWS: list[list[Any]] = [
    list(PRECEDEN),
    [
        "Work",
        "",
        "Joined",
        "First day",
        dt.date(2024, 1, 2),
        "no",
        dt.datetime(2024, 3, 1, 10, 30),
        "",
        "",
        "",
        "",
    ],
    ["Home", "h1", "Moved", "", 1999, "yes", None, None, "", "", ""],
    ["Work", "", "Left", "", "2025-06-30 17:05", "", "", "", "", "", ""],
    ["Work & play", "", "Party", "", "2025-07", "", "2025-08", "true", "", "", ""],
]
PRECEDEN_EVENTS = [
    {"id": "row-2", "title": "Joined", "date": "2024-01-02/2024-03-01T10:30:00", "status": "confirmed",
     "lane": "Work", "summary": "First day"},
    {"id": "h1", "title": "Moved", "date": "1999~", "status": "confirmed", "lane": "Home"},
    {"id": "row-4", "title": "Left", "date": "2025-06-30T17:05", "status": "confirmed", "lane": "Work"},
    {"id": "row-5", "title": "Party", "date": "2025-07/2025-08~", "status": "confirmed", "lane": "Work-play"},
]  # fmt: skip


def test_an_xlsx_reads_through_the_guessed_mapping_with_its_own_date_cells(tmp_path: Path) -> None:
    timeline = load_bytes(tmp_path, "preceden.xlsx", xlsx(PRECEDEN_ROWS))
    assert events(timeline) == PRECEDEN_EVENTS
    assert [(lane.id, lane.label) for lane in timeline.lanes] == [
        ("Work", "Work"), ("Home", "Home"), ("Work-play", "Work & play"),
    ]  # fmt: skip
    assert timeline.title == "preceden"


def test_an_ods_reads_like_an_xlsx(tmp_path: Path) -> None:
    rows: list[list[str | float]] = [["Title", "Start Date", "Tags"], ["Born", 1879.0, "physics; life"]]
    data = ods(rows)
    assert detect_format("sheet.ods", data) == SPREADSHEET
    assert detect_format("download", data) == SPREADSHEET  # a zip without a suffix
    timeline = load_bytes(tmp_path, "aeon.ods", data)
    assert events(timeline) == [
        {"id": "row-2", "title": "Born", "date": "1879", "status": "confirmed", "tags": ["physics", "life"]}
    ]


def test_a_sheet_with_our_columns_reads_as_our_csv(tmp_path: Path) -> None:
    timeline = load_timeline(EVENTS_JSON)
    from timeline_app.io.formats.csv_formats import COLUMNS

    back = load_bytes(tmp_path, "ours.xlsx", xlsx([COLUMNS, *csv_rows(timeline)]))
    assert timeline_to_document(back) == timeline_to_document(timeline)


def test_a_timelinejs_template_in_a_workbook_reads_as_its_csv(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        list(TIMELINEJS),
        ["", "", "", "", "", "", "", "", "", "A history", "From the start", "", "", "", "", "title", "", ""],
        [1969, 7, 20, "20:17", "", "", "", "", "", "Landing", "", "", "", "", "", "", "Moon", ""],
    ]
    text = "\n".join(",".join(str(cell) for cell in row) for row in rows)
    expected = read_timelinejs_csv(text.encode(), "tljs.xlsx")
    back = load_bytes(tmp_path, "tljs.xlsx", xlsx(rows))
    assert timeline_to_document(back) == timeline_to_document(expected)
    assert back.title == "A history"


def test_a_foreign_csv_or_tsv_reads_through_the_guess(tmp_path: Path) -> None:
    text = "Title\tStart Date\tEnd Date\tArc\nTreaty\t1648-10-24\t\tPeace\n"
    timeline = load_bytes(tmp_path, "aeon.tsv", text.encode("utf-16"))
    assert events(timeline) == [
        {"id": "row-2", "title": "Treaty", "date": "1648-10-24", "status": "confirmed", "lane": "Peace"}
    ]


def test_a_given_mapping_overrides_the_guess_and_picks_the_sheet(tmp_path: Path) -> None:
    rows = [["When", "What", "Who"], [2001, "Odyssey", "Kubrick"]]
    data = xlsx(rows, sheet="Second", first=["Empty"])
    mapping = ColumnMapping.of({"date": "When", "title": "Who", "lane": "What"}, sheet="Second")
    timeline = load_bytes(tmp_path, "films.xlsx", data, mapping)
    assert events(timeline) == [
        {"id": "row-2", "title": "Kubrick", "date": "2001", "status": "confirmed", "lane": "Odyssey"}
    ]


def test_a_mapping_crosses_into_the_child_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_process, "OTHER_FORMAT_SUBPROCESS_MIN_BYTES", 0)
    rows = [["When", "What", "Who"], [2001, "Odyssey", "Kubrick"]]
    mapping = ColumnMapping.of({"date": "When", "title": "Who"})
    timeline = load_bytes(tmp_path, "films.xlsx", xlsx(rows), mapping)
    assert list(timeline.events.titles) == ["Kubrick"]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (["Work", "", "X", "", "2024-13", "", "", "", "", "", ""],
         "sheet \"Events\", row 2, column \"Event Start Date\": '2024-13' is not a valid date"),
        (["Work", "", "", "", 2024, "", "", "", "", "", ""], 'sheet "Events", row 2, column "Event Name": '),
        (["Work", "", "X", "", None, "", "", "", "", "", ""],
         'sheet "Events", row 2, column "Event Start Date": an event needs a date'),
        (["Work", "", "X", "", 2024.5, "", "", "", "", "", ""],
         'sheet "Events", row 2, column "Event Start Date": 2024.5 is a number, not a date'),
        (["Work", "", "X", "", dt.time(10, 30), "", "", "", "", "", ""],
         "sheet \"Events\", row 2, column \"Event Start Date\": '10:30:00' is a time without a date"),
        (["Work", "", "X", "", 2024, "", 2020, "", "", "", ""],
         "sheet \"Events\", row 2, column \"Event Start Date\": '2024/2020'"),
        (["Work", "bad id!", "X", "", 2024, "", "", "", "", "", ""], None),  # made valid: "bad-id"
    ],
)  # fmt: skip
def test_a_broken_cell_is_named_by_sheet_row_and_column(
    tmp_path: Path, row: list[Any], expected: str | None
) -> None:
    data = xlsx([PRECEDEN, row])
    if expected is None:
        assert list(load_bytes(tmp_path, "ok.xlsx", data).events.ids) == ["bad-id"]
        return
    found = problems(tmp_path, "bad.xlsx", data)
    assert any(problem.startswith(expected) for problem in found), found


def test_timelinejs_parts_in_a_mapped_sheet_name_their_columns(tmp_path: Path) -> None:
    rows = [["Year", "Month", "Day", "Title"], [2023, 2, 30, "Leap"], [2023, 2, 28, "Fine"]]
    assert problems(tmp_path, "parts.xlsx", xlsx(rows)) == [
        'sheet "Events", row 2, column "Day": 30 is not a day of February 2023 (1 to 28)'
    ]


def test_a_mapping_that_does_not_fit_names_the_header_row(tmp_path: Path) -> None:
    data = xlsx([[], ["Title", "Start"], ["X", 2024]])
    mapping = ColumnMapping.of({"date": "Start Date", "title": "Title"})
    assert problems(tmp_path, "bad.xlsx", data, mapping) == [
        "sheet \"Events\", row 2: column mapping: no column 'Start Date' in the sheet "
        "(its columns: 'Title', 'Start')"
    ]
    assert problems(tmp_path, "bad.xlsx", data, ColumnMapping.of({"title": "Title"})) == [
        'sheet "Events", row 2: column mapping: no column is mapped to the date or the year'
    ]


def test_a_mapping_for_a_json_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TimelineLoadError, match="a column mapping is for spreadsheets and CSV files"):
        load_any(EVENTS_JSON, mapping=ColumnMapping.of({"title": "t", "date": "d"}))


def test_a_file_that_is_no_workbook_and_an_empty_one_say_so(tmp_path: Path) -> None:
    assert problems(tmp_path, "text.xlsx", b"just text")[0].startswith("not a spreadsheet this app can read")
    assert problems(tmp_path, "empty.xlsx", xlsx([])) == ["the spreadsheet has no cells"]


def test_check_and_export_take_a_mapping_file(tmp_path: Path) -> None:
    sheet = tmp_path / "films.xlsx"
    sheet.write_bytes(xlsx([["When", "What", "Who"], [2001, "Odyssey", "Kubrick"]]))
    mapping = tmp_path / "map.json"
    mapping.write_text('{"date": "When", "title": "Who"}')
    out = tmp_path / "films.json"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "timeline_app", *args]
        return subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)

    checked = run("--check", str(sheet), "--mapping", str(mapping))
    assert (checked.returncode, checked.stdout) == (0, f"{sheet}: 1 event, from 2001 to 2001\n")
    exported = run("--export", str(out), str(sheet), "--mapping", str(mapping))
    assert exported.returncode == 0
    assert [event["title"] for event in json.loads(out.read_text())["events"]] == ["Kubrick"]
    mapping.write_text('{"when": "When"}')
    refused = run("--check", str(sheet), "--mapping", str(mapping))
    assert refused.returncode == 2
    assert refused.stderr.startswith(f"timeline-app: --mapping {mapping}: 'when': not a field")
