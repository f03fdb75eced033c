"""Markwhen (.mw) files: dates and ranges, sections and groups as lanes, tags, places of problems.

Several inputs are the test strings of Markwhen's own parser (github.com/mark-when/parser,
tests/testStrings.ts and tests/main.test.ts, MIT licence), with what this app makes of them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.formats import MARKWHEN, detect_format, load_any
from timeline_app.io.formats.markwhen import read_markwhen
from timeline_app.io.formats.native import timeline_to_document

TODAY = dt.date(2025, 1, 1)

# tests/testStrings.ts: basic
BASIC = """
key: value

2025 - 2026: hello
2026 / 2027: darkness
March 2 2028: my old friend

"""
# tests/testStrings.ts: grievous277
GRIEVOUS = """
# generalGrievous section #generalGrievous

## t section #t

2023-05-01: this is an event in asia or something

2023-05-01: this is an event in the  uk timezone
#generalGrievous

# UK section

2023-05-01: this is an event in the UK timezone

#generalGrievous

2023-05-01: this"""
# tests/main.test.ts: "Before 5", with its relative event dated
GROUPS = """
group
July 11 2022: !monday Monday
endGroup
August 18 2022: another event
group
July 1 2022: event
endGroup
"""


def read(text: str, name: str = "t.mw") -> dict[str, Any]:
    return timeline_to_document(read_markwhen(text.encode(), name, TODAY))


def problems(text: str) -> list[str]:
    with pytest.raises(TimelineLoadError) as caught:
        read_markwhen(text.encode(), "bad.mw", TODAY)
    return [str(problem) for problem in caught.value.problems]


def dates(document: dict[str, Any]) -> list[str]:
    return [event["date"] for event in document["events"]]


def test_ranges_in_each_way_markwhen_writes_them() -> None:
    document = read(BASIC, "basic.mw")
    assert dates(document) == ["2025/2026", "2026/2027", "2028-03-02"]
    assert [event["title"] for event in document["events"]] == ["hello", "darkness", "my old friend"]
    assert [event["id"] for event in document["events"]] == ["line-4", "line-5", "line-6"]
    assert document["title"] == "basic"


def test_sections_nest_by_level_and_give_their_tags() -> None:
    document = read(GRIEVOUS)
    assert document["lanes"] == [
        {"id": "lane-1", "label": "generalGrievous section / t section"},
        {"id": "lane-2", "label": "UK section"},
    ]
    events = document["events"]
    assert [event.get("lane") for event in events] == ["lane-1", "lane-1", "lane-2", "lane-2"]
    assert events[0]["tags"] == ["generalGrievous", "t"]
    assert events[1]["title"] == "this is an event in the  uk timezone"
    assert events[2]["tags"] == ["generalGrievous"]  # from the line after it
    assert "tags" not in events[3]


def test_groups_end_with_end_group() -> None:
    document = read(GROUPS)
    # Two groups of one name are one lane.
    assert [event.get("lane") for event in document["events"]] == ["lane-1", None, "lane-1"]
    assert [lane["label"] for lane in document["lanes"]] == ["Group"]


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("2024", "2024"),
        ("2024-05", "2024-05"),
        ("2024-05-03", "2024-05-03"),
        ("2024-05-03 14:30", "2024-05-03T14:30"),
        ("2024-05-03T14:30:00Z", "2024-05-03T14:30:00Z"),
        ("5/3/2024", "2024-05-03"),
        ("5 March 2024", "2024-03-05"),
        ("Mar 5, 2024", "2024-03-05"),
        ("march 2024", "2024-03"),
        ("August 18 2022 10:30am", "2022-08-18T10:30"),
        ("Dec 7 1941 9pm", "1941-12-07T21:00"),
        ("now", "2025-01-01"),
        ("2019-01-01/now", "2019-01-01/.."),
        ("dec 2 1989 - now", "1989-12-02/.."),
        ("2020 to 2021-06", "2020/2021-06"),
    ],
)
def test_dates_become_edtf(when: str, expected: str) -> None:
    assert dates(read(f"{when}: event")) == [expected]


def test_a_header_sets_title_description_and_day_first_dates() -> None:
    text = "---\ntitle: My life\ndescription: From the start\ndateFormat: d/M/y\n---\n\n5/3/2024: moved\n"
    document = read(text)
    assert (document["title"], document["description"]) == ("My life", "From the start")
    assert dates(document) == ["2024-03-05"]


def test_lines_after_an_event_are_its_properties_then_its_summary() -> None:
    text = (
        "2024: Founded #company\nid: founding\ntimezone: +2\nIn a garage, with #people\n\nand little money\n"
    )
    (event,) = read(text)["events"]
    assert event == {
        "id": "founding", "title": "Founded", "date": "2024", "status": "confirmed",
        "summary": "In a garage, with\n\nand little money", "tags": ["company", "people"],
    }  # fmt: skip


def test_comments_tag_colours_and_urls_are_not_events() -> None:
    text = "#work: blue\n// a comment: 2024\n2024: see https://example.org/x: here\n#home: red\n"
    (event,) = read(text)["events"]
    assert event == {
        "id": "line-3",
        "title": "see https://example.org/x: here",
        "date": "2024",
        "status": "confirmed",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-13-01: bad month", "line 1, column 1: '2024-13-01' is not a valid date: month 13"),
        ("\n  after !monday 3 days: x", "line 2, column 3: 'after !monday 3 days': relative and recurring"),
        ("2022-08-07 every 12 months x30: x", "line 1, column 1: '2022-08-07 every 12 months x30': relative"),
        ("5 months: x", "line 1, column 1: '5 months': relative and recurring dates are not supported"),
        ("March 5: no year", "line 1, column 1: 'March 5' is not a date this app reads"),
        ("2024 / 2020: backwards", "line 1, column 1: '2024/2020': the interval ends before it starts"),
    ],
)  # fmt: skip
def test_a_date_that_cannot_be_placed_is_named_by_line_and_column(text: str, expected: str) -> None:
    found = problems(text)
    assert any(problem.startswith(expected) for problem in found), found


def test_every_problem_is_reported_at_once_in_line_order() -> None:
    assert [problem.split(":")[0] for problem in problems("5 months: a\n2024: fine\n2024-02-30: b\n")] == [
        "line 1, column 1",
        "line 3, column 1",
    ]


@given(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)), st.sampled_from(["iso", "slash", "words"]))
def test_a_day_written_any_way_is_that_day(day: dt.date, style: str) -> None:
    written = {
        "iso": day.isoformat(),
        "slash": f"{day.month}/{day.day}/{day.year:04}",
        "words": f"{day.strftime('%B')} {day.day} {day.year:04}",
    }[style]
    assert dates(read(f"{written}: event")) == [day.isoformat()]


def test_a_mw_file_loads_through_the_one_load_path(tmp_path: Path) -> None:
    path = tmp_path / "story.mw"
    path.write_text("title: Story\n\n# Act one\n2024-01: Begins\n")
    assert detect_format(path, path.read_bytes()) == MARKWHEN
    timeline = load_any(path)
    assert (timeline.title, [lane.label for lane in timeline.lanes]) == ("Story", ["Act one"])
