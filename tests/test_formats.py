"""File formats (our JSON and CSV, TimelineJS JSON and Sheets CSV, iCalendar): round trips and errors."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from timeline_app.core.calendar import seconds_from_civil
from timeline_app.core.dates import format_date, parse_edtf
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.formats import (
    CSV,
    FORMATS,
    ICS,
    NATIVE,
    TIMELINEJS,
    TIMELINEJS_CSV,
    detect_format,
    export_any,
    export_formats,
    load_any,
    timelinejs,
)
from timeline_app.io.formats.csv_formats import (
    TIMELINEJS_COLUMNS,
    read_csv,
    read_timelinejs_csv,
    timeline_to_csv,
)
from timeline_app.io.formats.icalendar import read_icalendar, timeline_to_icalendar
from timeline_app.io.formats.native import timeline_to_document
from timeline_app.io.formats.timelinejs import (
    html_to_text,
    read_timelinejs,
    strip_extra_fields,
    timeline_to_timelinejs,
)
from timeline_app.io.loader import load_timeline, parse_timeline

from .conftest import EVENTS_JSON

TIMELINE = load_timeline(EVENTS_JSON)
STAMP = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
# iCalendar holds years 1 to 9999; a DATE's end is exclusive, so a day of 9999 would end in 10000.
ICS_FIRST = seconds_from_civil(1)
ICS_LIMIT = seconds_from_civil(10_000)
PROPERTY_EXAMPLES = 40
# The icalendar package takes about a millisecond per event each way.
ICALENDAR_PROPERTY_EXAMPLES = 20
FILE_ORDER = (
    "id", "title", "date", "status", "lane", "summary", "html", "actors", "amounts", "metrics", "sources",
    "links", "tags",
)  # fmt: skip


def records(timeline: Timeline, fields: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    """The events as our file writes them, optionally only some fields."""
    events = timeline_to_document(timeline)["events"]
    if fields is None:
        return list(events)
    return [{key: value for key, value in event.items() if key in fields} for event in events]


def lane_labels(timeline: Timeline) -> dict[str, str]:
    return {lane.id: lane.label for lane in timeline.lanes}


def as_timelinejs(timeline: Timeline) -> Timeline:
    return read_timelinejs(json.dumps(timeline_to_timelinejs(timeline)).encode(), "t.json")


def as_csv(timeline: Timeline) -> Timeline:
    return read_csv(timeline_to_csv(timeline).encode(), "t.csv")


def as_icalendar(timeline: Timeline) -> tuple[Timeline, tuple[str, ...]]:
    export = timeline_to_icalendar(timeline, stamp=STAMP)
    return read_icalendar(export.data, "t.ics"), export.skipped


def vevents_by_uid(data: bytes) -> dict[str, Any]:
    """The VEVENTs of a calendar by UID (as Any: icalendar types each property as a union of 30)."""
    return {str(event["UID"]): event for event in Calendar.from_ical(data).walk("VEVENT")}


def problems_of(read: Callable[[bytes, str], Timeline], data: bytes) -> list[str]:
    with pytest.raises(TimelineLoadError) as caught:
        read(data, "bad")
    return [str(problem) for problem in caught.value.problems]


# ---------------------------------------------------------------------------------------------
# Round trips of events.json


def test_the_native_document_is_the_file_itself() -> None:
    assert timeline_to_document(TIMELINE) == json.loads(EVENTS_JSON.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [fmt.name for fmt in export_formats()])
def test_each_format_gives_events_json_back(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"events{FORMATS[name].suffixes[0]}"
    assert export_any(TIMELINE, path, name) == ()
    assert detect_format(path, path.read_bytes()) == name
    back = load_any(path)
    assert records(back) == records(TIMELINE)
    assert back.lanes == TIMELINE.lanes
    assert back.header.model_copy(update={"schema_url": None}) == TIMELINE.header.model_copy(
        update={"schema_url": None}
    )


def test_timelinejs_export_says_dates_the_way_timelinejs_reads_them() -> None:
    document = timeline_to_timelinejs(TIMELINE)
    slides = {slide["unique_id"]: slide for slide in document["events"]}
    second_half = slides["jaguar-exeed-first-model"]
    assert second_half["start_date"] == {"year": 2024, "month": 7}
    assert second_half["end_date"] == {"year": 2024, "month": 12}
    assert second_half["display_date"] == "second half of 2024"
    assert (second_half["edtf"], second_half["status"], second_half["group"]) == (
        "2024-41",
        "planned",
        "JLR and Chery",
    )
    plan = slides["jlr-investment-plan"]
    assert (plan["start_date"], plan["end_date"]) == ({"year": 2023, "month": 4}, {"year": 2028})
    assert plan["display_date"] == "April 2023 – about 2028"
    day = slides["vw-xpeng-stake"]
    assert day["start_date"] == {"year": 2023, "month": 7, "day": 26}
    assert "end_date" not in day and "display_date" not in day
    assert document["title"]["text"]["headline"] == TIMELINE.title
    assert day["text"]["text"].startswith("<p>Volkswagen announced")
    assert '<ul class="timeline-sources"><li>CnEVPost: On July 26, 2023' in day["text"]["text"]


@pytest.mark.parametrize(
    ("date", "start", "end"),
    [
        ("156X-12-25", {"year": 1560, "month": 12, "day": 25}, {"year": 1569}),
        ("1950S2", {"year": 1900}, {"year": 1999}),
        ("[1667,1668,1670..1672]", {"year": 1667}, {"year": 1672}),
        ("{1960,1961-12}", {"year": 1960}, {"year": 1961, "month": 12}),
        ("2004?-06-11", {"year": 2004, "month": 6, "day": 11}, None),
    ],
)
def test_timelinejs_export_of_level_2_dates_spans_them_and_says_them(
    date: str, start: dict[str, int], end: dict[str, int] | None
) -> None:
    # TimelineJS has no sets, X digits or significant digits: the span, and the words for people.
    fields = timelinejs._slide_dates(parse_edtf(date))
    assert (fields["start_date"], fields.get("end_date")) == (start, end)
    assert fields["display_date"] == format_date(parse_edtf(date))


def test_timelinejs_without_our_fields_keeps_what_timelinejs_itself_says() -> None:
    stripped = strip_extra_fields(timeline_to_timelinejs(TIMELINE))
    back = read_timelinejs(json.dumps(stripped).encode(), "other.json")
    assert [event.id for event in back.events] == list(TIMELINE.events.ids)
    assert [event.title for event in back.events] == list(TIMELINE.events.titles)
    assert {event.status.value for event in back.events} == {"confirmed"}  # TimelineJS has no status
    dates = dict(zip(back.events.ids, back.events.dates, strict=True))
    assert dates["jaguar-exeed-first-model"] == "2024-07/2024-12"  # the documented normalisation
    assert dates["jlr-investment-plan"] == "2023-04/2028"  # "about" lives only in display_date
    assert dates["chery-jlr-denial"] == "2024-04-14/2024-04-15"
    assert list(lane_labels(back).values()) == [
        "Jaguar Land Rover",
        "JLR and Chery",
        "Chery",
        "Volkswagen and Xpeng",
        "Volkswagen",
        "Stellantis and Leapmotor",
    ]  # fmt: skip  (groups in order of first appearance)
    # The summary comes back without the list of sources appended to the slide's text.
    original = TIMELINE.events.by_id("vw-xpeng-stake")
    assert original is not None
    summary = back.events.by_id("vw-xpeng-stake")
    assert summary is not None and summary.summary.startswith(original.summary)
    assert "On July 26, 2023, Volkswagen announced" in summary.summary  # the sources' text stays


def test_icalendar_export_spans_what_each_date_covers() -> None:
    export = timeline_to_icalendar(TIMELINE, stamp=STAMP)
    vevents = vevents_by_uid(export.data)
    spans = {uid: (event["DTSTART"].dt, event["DTEND"].dt) for uid, event in vevents.items()}
    date = dt.date
    assert spans["vw-xpeng-stake@timeline-app"] == (date(2023, 7, 26), date(2023, 7, 27))
    assert spans["jlr-rebrand@timeline-app"] == (date(2023, 4, 1), date(2023, 5, 1))
    assert spans["jlr-all-electric-2030@timeline-app"] == (date(2030, 1, 1), date(2031, 1, 1))
    assert spans["jaguar-exeed-first-model@timeline-app"] == (date(2024, 7, 1), date(2025, 1, 1))
    assert spans["jlr-china-sales-growth@timeline-app"] == (date(2010, 1, 1), date(2018, 1, 1))
    event = vevents["jlr-chery-report@timeline-app"]
    report = TIMELINE.events.by_id("jlr-chery-report")
    assert report is not None
    assert str(event["SUMMARY"]) == report.title
    assert [str(c) for c in event["CATEGORIES"].cats] == [*report.tags, "disputed"]
    assert str(event["STATUS"]) == "TENTATIVE"
    assert str(event["X-TIMELINE-EDTF"]) == "2024-04" and str(event["X-TIMELINE-LANE"]) == "jlr-chery"
    assert "Status: disputed (Reported, and denied by a party involved.)" in str(event["DESCRIPTION"])


def test_icalendar_skips_what_a_calendar_cannot_hold() -> None:
    document = {
        "title": "Deep time",
        "events": [
            {"id": "big-bang", "title": "Big Bang", "date": "Y-13800000000", "status": "confirmed"},
            {"id": "rome", "title": "Rome founded", "date": "-0752", "status": "reported"},
            {"id": "ongoing", "title": "Still going", "date": "2026/..", "status": "planned"},
            {"id": "until", "title": "Until then", "date": "../2030", "status": "planned"},
            {"id": "last-day", "title": "Last day", "date": "9999-12-31", "status": "planned"},
            {"id": "landing", "title": "Landing", "date": "1969-07-20T20:17:40Z", "status": "confirmed"},
            {"id": "talks", "title": "Talks", "date": "2024-04-14T10:00+02:00/2024-04-14T12:30+02:00",
             "status": "confirmed", "links": [{"type": "follows", "target": "rome"}]},
        ],
    }  # fmt: skip
    timeline = parse_timeline(json.dumps(document).encode())
    export = timeline_to_icalendar(timeline, stamp=STAMP)
    assert export.skipped == ("big-bang", "rome", "ongoing", "until", "last-day")
    events = vevents_by_uid(export.data)
    landing = events["landing@timeline-app"]
    assert landing["DTSTART"].dt == dt.datetime(1969, 7, 20, 20, 17, 40, tzinfo=dt.UTC)
    assert "DTEND" not in landing  # an instant
    talks = events["talks@timeline-app"]
    assert (talks["DTSTART"].dt, talks["DTEND"].dt) == (
        dt.datetime(2024, 4, 14, 8, tzinfo=dt.UTC),
        dt.datetime(2024, 4, 14, 10, 30, tzinfo=dt.UTC),
    )
    back = read_icalendar(export.data, "deep.ics")
    assert back.events.dates == ("1969-07-20T20:17:40Z", "2024-04-14T10:00+02:00/2024-04-14T12:30+02:00")
    assert back.events[1].links == ()  # its target was not exported


def test_texts_the_icalendar_package_would_change_still_come_back() -> None:
    # icalendar reads a backslash before "N" as a line break and turns carriage returns into them.
    document = {
        "title": "Paths",
        "events": [
            {
                "id": "windows",
                "title": "Saved to C:\\New folder",
                "date": "2024-04-14",
                "status": "confirmed",
                "summary": "First line\r\nsecond line",
                "sources": [{"outlet": "Log", "quote": "wrote D:\\Notes\\N.txt"}],
                "tags": ["a\\Nb"],
            }
        ],
    }
    timeline = parse_timeline(json.dumps(document).encode())
    back, skipped = as_icalendar(timeline)
    assert skipped == ()
    assert records(back) == records(timeline)


def test_csv_cells_fall_back_to_json_lists_only_when_needed() -> None:
    document = {
        "title": "Cells",
        "events": [
            {"id": "plain", "title": "Plain", "date": "2024", "status": "planned", "tags": ["a", "b"],
             "sources": [{"outlet": "Reuters", "via": "CnEVPost", "quote": "said so", "url": "https://r.example/x"}]},
            {"id": "awkward", "title": "Awkward", "date": "2024", "status": "planned", "tags": ["a; b", " c"],
             "sources": [{"outlet": "A: B", "quote": "x | y"}]},
        ],
    }  # fmt: skip
    timeline = parse_timeline(json.dumps(document).encode())
    text = timeline_to_csv(timeline)
    assert ",a; b,Reuters (via CnEVPost): said so <https://r.example/x>,,,,,\r\n" in text
    assert '"[""a; b"", "" c""]"' in text
    assert records(as_csv(timeline)) == records(timeline)


# ---------------------------------------------------------------------------------------------
# Files from other tools

TIMELINEJS_SAMPLE = {
    "title": {
        "media": {"url": "https://example.org/cover.jpg"},
        "text": {"headline": "A <em>very</em> short history", "text": "<p>From the Big Bang &amp; on.</p>"},
    },
    "scale": "cosmological",
    "events": [
        {
            "start_date": {"year": -13800000000, "display_date": "13.8 billion years ago"},
            "text": {"headline": "Big Bang", "text": "<p>Everything begins.</p>"},
            "group": "Cosmos",
            "display_date": "13.8 billion years ago",
        },
        {
            "start_date": {"year": "1969", "month": "7", "day": "20", "hour": "20", "minute": "17"},
            "end_date": {"year": "", "month": ""},
            "text": {
                "headline": "Apollo 11 lands",
                "text": "<p>The Eagle has landed.</p><script>alert('boo')</script><style>p{}</style>",
            },
            "media": {
                "url": "https://www.nasa.gov/apollo-11",
                "caption": "<i>Buzz Aldrin</i> on the Moon",
                "credit": "NASA",
            },
            "group": "Space",
            "unique_id": "apollo-11",
            "background": {"color": "#000"},
        },
        {
            "start_date": {"year": 1957, "month": 10, "day": 4},
            "end_date": {"year": 1958, "month": 1, "day": 4},
            "text": {"headline": "Sputnik 1 in orbit"},
            "group": "Space",
            "unique_id": "sputnik 1!",
        },
        {"start_date": {"year": -500}, "text": {"text": "No headline"}},
    ],
    "eras": [
        {
            "start_date": {"year": 1957},
            "end_date": {"year": 1975},
            "text": {"headline": "Space Race"},
        }
    ],
}


@pytest.mark.parametrize(
    "date",
    [
        "2000-03-01T00:01+05:30/2000-03",  # found by hypothesis: in UTC it starts in February
        "2000-03/2000-03-31T23:59-05:00",  # the upper end: in UTC it is on the 1st of April
        "2000-03-01T00:01:30+05:30",
        "2023-12-31T22:00-03:00",  # in UTC, 1 a.m. on New Year's Day
        "2023-12-31T22:00-03:00/2024-02",
        "2024-04-26T10:00/2024-04-26T24:00:00",  # 24:00:00 is the next day's 00:00:00
        "0001-01-01T00:00+01:00",  # into year 0 (1 BCE)
        "2024-04-26T10:20Z/2024-04-26T14:00+02:00",
    ],
)
def test_plain_timelinejs_keeps_the_instants_of_zoned_times(date: str) -> None:
    """TimelineJS dates have no zone: a time with an offset is written in UTC, the same instant."""
    document = {
        "title": "Zones",
        "eras": [{"title": "Era", "date": date}],
        "events": [{"id": "e", "title": "Event", "date": date, "status": "confirmed"}],
    }
    timeline = parse_timeline(json.dumps(document).encode())
    written = timeline_to_timelinejs(timeline)
    back = read_timelinejs(json.dumps(strip_extra_fields(written)).encode(), "plain.json")
    (event,) = back.events
    (era,) = back.header.eras
    original = parse_edtf(date)
    for read in (event.date, parse_edtf(era.date)):
        assert (read.start, read.end) == (original.start, original.end), (date, read.text)
    if any(point.time.utc_offset for point in (original.lower, original.upper) if point and point.time):
        # The clock as written, with its zone, is for people to read.
        assert written["events"][0]["display_date"] == format_date(original)
        assert written["eras"][0]["display_date"] == format_date(original)


@pytest.mark.parametrize(
    ("date", "read"),
    [("9999-12-31T23:00-05:00", "9999-12-31T23:00"), ("9999-12-31T24:00:00", "9999-12-31T23:59:59")],
)
def test_plain_timelinejs_says_a_time_past_9999_in_utc_as_near_as_9999_can(date: str, read: str) -> None:
    """Our TimelineJS reader has no month or day past year 9999: the clock is the nearest it can say."""
    events = [{"id": "e", "title": "Event", "date": date, "status": "confirmed"}]
    timeline = parse_timeline(json.dumps({"title": "Edge", "events": events}).encode())
    stripped = strip_extra_fields(timeline_to_timelinejs(timeline))
    assert read_timelinejs(json.dumps(stripped).encode(), "plain.json").events.dates == (read,)


def test_a_timelinejs_file_from_elsewhere() -> None:
    timeline = read_timelinejs(json.dumps(TIMELINEJS_SAMPLE).encode(), "history.json")
    assert timeline.title == "A very short history"
    assert timeline.header.description == "From the Big Bang & on."
    events = list(timeline.events)
    assert [event.id for event in events] == ["tljs-0", "apollo-11", "sputnik-1", "tljs-3"]
    assert [event.date.text for event in events] == [
        "Y-13800000000", "1969-07-20T20:17", "1957-10-04/1958-01-04", "-0500",
    ]  # fmt: skip
    assert events[3].title == "Untitled event"
    assert {event.status.value for event in events} == {"confirmed"}
    assert [(lane.id, lane.label) for lane in timeline.lanes] == [("cosmos", "Cosmos"), ("space", "Space")]
    apollo = events[1]
    assert apollo.summary == "The Eagle has landed."  # the script and the style are gone
    assert apollo.html == "<p>The Eagle has landed.</p>"
    assert [s.model_dump(exclude_none=True) for s in apollo.sources] == [
        {"outlet": "NASA", "quote": "Buzz Aldrin on the Moon", "url": "https://www.nasa.gov/apollo-11"}
    ]
    assert [(era.title, era.date) for era in timeline.header.eras] == [("Space Race", "1957/1975")]


def test_timelinejs_export_of_deep_time_uses_the_cosmological_scale() -> None:
    timeline = read_timelinejs(json.dumps(TIMELINEJS_SAMPLE).encode(), "history.json")
    document = timeline_to_timelinejs(timeline)
    assert document["scale"] == "cosmological"
    assert document["events"][0]["start_date"] == {"year": -13800000000}
    assert document["eras"] == [
        {"start_date": {"year": 1957}, "end_date": {"year": 1975}, "text": {"headline": "Space Race"},
         "edtf": "1957/1975"},
    ]  # fmt: skip
    assert records(read_timelinejs(json.dumps(document).encode(), "again.json")) == records(timeline)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("plain   text\n here", "plain text here"),
        ("<p>One</p><p>Two<br>lines</p>", "One\n\nTwo\nlines"),
        ("Fish &amp; chips &lt;3 &eacute;", "Fish & chips <3 é"),
        ("a<script>var s = '</p>';</script>b<style>.x{}</style>c", "abc"),
        ("<p>unclosed <b>bold", "unclosed bold"),
        ("<script>never closed", ""),
        ('<ul class="timeline-sources"><li>kept</li></ul>', "kept"),
    ],
)
def test_html_becomes_plain_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


SHEET_HEADER = ",".join(TIMELINEJS_COLUMNS)
SHEET = "\r\n".join(
    [
        SHEET_HEADER,
        ",,,,,,,,,The <b>Space</b> Age,Rockets &amp; people,,,,,title,,",
        '1969,7,20,8:17 PM,,,,,,Apollo 11,"<p>Landed, at last.</p>",https://nasa.gov/a11,NASA,Eagle,,,Space,',
        "1957,10,4,,1958,1,4,,,Sputnik 1,,,,,,,Space,#000",
        "-13800000000,,,,,,,,,Big Bang,,,,,,,Cosmos,",
        "1957,,,,1975,,,,,Space Race,,,,,,era,,",
        ",,,,,,,,,,,,,,,,,",
    ]
)


def test_a_timelinejs_google_sheet() -> None:
    timeline = read_timelinejs_csv(("\ufeff" + SHEET).encode(), "space.csv")
    assert (timeline.title, timeline.header.description) == ("The Space Age", "Rockets & people")
    events = list(timeline.events)
    assert [(e.id, e.title, e.date.text, e.lane) for e in events] == [
        ("tljs-3", "Apollo 11", "1969-07-20T20:17", "space"),
        ("tljs-4", "Sputnik 1", "1957-10-04/1958-01-04", "space"),
        ("tljs-5", "Big Bang", "Y-13800000000", "cosmos"),
    ]
    assert [(era.title, era.date) for era in timeline.header.eras] == [("Space Race", "1957/1975")]
    assert events[0].summary == "Landed, at last."
    assert events[0].sources[0].model_dump(exclude_none=True) == {
        "outlet": "NASA", "quote": "Eagle", "url": "https://nasa.gov/a11",
    }  # fmt: skip
    assert detect_format("space.csv", SHEET.encode()) == TIMELINEJS_CSV


# ---------------------------------------------------------------------------------------------
# Errors name their place


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"events": [{"start_date": {"year": "abc"}}]}', "events[0].start_date.year: 'abc' is not a year"),
        (b'{"events": [{"text": {}}]}', "events[0].start_date: this required field is missing"),
        (
            b'{"events": [{"start_date": {"year": 2024, "month": 13}}]}',
            "events[0].start_date.month: 13 is not a month (1 to 12)",
        ),
        (
            b'{"events": [{"start_date": {"year": 2023, "month": 2, "day": 29}}]}',
            "events[0].start_date.day: 29 is not a day of February 2023 (1 to 28)",
        ),
        (
            b'{"events": [{"start_date": {"year": 2024}, "text": "oops"}]}',
            'events[0].text: must be an object, got "oops"',
        ),
        (b'{"events": [{"start_date": {"year": true}}]}', "events[0].start_date.year: true is not a year"),
        (b'{"events": [3]}', "events[0]: must be an object with a start_date"),
        (b'{"events": {}}', "events: must be a list"),
        (b'{"title": {}}', "events: this required field is missing: TimelineJS lists its slides there"),
        (b"[1, 2]", ": must be a JSON object with an 'events' list"),
        (b'{"events": [}', "line 1, column 13: not valid JSON: Expecting value"),
        (
            b'{"events": [{"start_date": {"year": 2024}, "status": "maybe"}]}',
            "events[0].status: input should be 'confirmed', 'reported', 'disputed' or 'planned', got 'maybe'",
        ),
        (
            b'{"events": [], "eras": [{"start_date": {"year": 2020}, "end_date": {"year": 2010}}]}',
            "eras[0].date: '2020/2010': the interval ends before it starts (2010 begins before 2020)",
        ),
    ],
)
def test_malformed_timelinejs_says_where(data: bytes, expected: str) -> None:
    assert expected.removeprefix(": ") in problems_of(read_timelinejs, data)


def test_every_broken_slide_is_reported_at_once() -> None:
    data = b'{"events": [{"start_date": {"year": "x"}}, {"start_date": {"year": 1}}, {"start_date": 5}]}'
    assert [problem.split(":")[0] for problem in problems_of(read_timelinejs, data)] == [
        "events[0].start_date.year",
        "events[2].start_date",
    ]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("abc,,,,,,,,,Bad,,,,,,,,", "row 2, column \"Year\": 'abc' is not a year"),
        (
            "2020,2,30,,,,,,,Bad day,,,,,,,,",
            'row 2, column "Day": 30 is not a day of February 2020 (1 to 29)',
        ),
        ("2020,1,1,25:00,,,,,,Late,,,,,,,,", 'row 2, column "Time": 25 is not an hour (0 to 23)'),
        ("2020,1,1,noon,,,,,,Noon,,,,,,,,", "row 2, column \"Time\": 'noon' is not a time"),
        (",,,,,,,,,No year,,,,,,,,", 'row 2, column "Year": an event needs a year'),
        ("2020,,,,,3,,,,No end year,,,,,,,,", 'row 2, column "End Year": an end date needs a year'),
        ("2020,,,,,,,,,Odd,,,,,,slide,,", "row 2, column \"Type\": 'slide' is not a type"),
        ("2020,,,,2010,,,,,Backwards,,,,,,,,", "row 2, column \"Year\": '2020/2010': the interval ends"),
        ("2020,,,,,,,,,Wide,,,,,,,,,extra", "row 2: has cells beyond the 18 named columns"),
    ],
)
def test_malformed_sheet_rows_name_row_and_column(row: str, expected: str) -> None:
    problems = problems_of(read_timelinejs_csv, f"{SHEET_HEADER}\n{row}\n".encode())
    assert any(problem.startswith(expected) for problem in problems), problems


OUR_HEADER = "id,title,date,status"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("id,title,date\nx,X,2024\n", 'row 1: the column "status" is missing'),
        (f"{OUR_HEADER}\nx,X,2024,maybe\n", 'row 2, column "status": input should be'),
        (f"{OUR_HEADER}\nx,X,2024-13,confirmed\n", "row 2, column \"date\": '2024-13' is not a valid"),
        (f"{OUR_HEADER}\nx,X,2024,planned\nx,Y,2025,planned\n", "row 3, column \"id\": 'x' is already used"),
        (f"{OUR_HEADER},lane\nx,X,2024,planned,bad lane\n", "row 2, column \"lane\": 'bad lane' is not"),
        (f"{OUR_HEADER}\n", ""),  # no events is a valid, empty timeline
    ],
)  # fmt: skip
def test_malformed_csv_names_row_and_column(rows: str, expected: str) -> None:
    if not expected:
        assert len(read_csv(rows.encode(), "empty.csv").events) == 0
        return
    problems = problems_of(read_csv, rows.encode())
    assert any(problem.startswith(expected) for problem in problems), problems


CALENDAR = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"not a calendar", ": not an iCalendar file"),
        (b"BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n", ": not an iCalendar file: no VCALENDAR"),
        (CALENDAR % b"UID:x", "VEVENT[0].DTSTART: this required property is missing"),
        (CALENDAR % b"DTSTART:2024xx", "VEVENT[0].DTSTART:"),
    ],
)  # fmt: skip
def test_malformed_icalendar_says_where(data: bytes, expected: str) -> None:
    problems = problems_of(read_icalendar, data)
    assert any(
        problem.startswith(expected.removeprefix(": ")) or problem.startswith(expected)
        for problem in problems
    )


def test_a_calendar_from_another_program() -> None:
    data = b"\r\n".join(
        [
            b"BEGIN:VCALENDAR",
            b"VERSION:2.0",
            b"PRODID:-//Other//EN",
            b"X-WR-CALNAME:Launches",
            b"BEGIN:VEVENT",
            b"UID:abc@example.com",
            b"SUMMARY:Launch window",
            b"DTSTART;VALUE=DATE:20240401",
            b"DTEND;VALUE=DATE:20240701",
            b"CATEGORIES:space,rockets",
            b"STATUS:TENTATIVE",
            b"URL:https://example.com/launch",
            b"DESCRIPTION:First line\\nsecond line",
            b"END:VEVENT",
            b"BEGIN:VEVENT",
            b"UID:abc@example.com",
            b"SUMMARY:Briefing",
            b"DTSTART;TZID=Europe/Paris:20240414T100000",
            b"DURATION:PT90M",
            b"END:VEVENT",
            b"BEGIN:VEVENT",
            b"DTSTART;VALUE=DATE:20250101",
            b"DTEND;VALUE=DATE:20260101",
            b"END:VEVENT",
            b"END:VCALENDAR",
            b"",
        ]
    )
    timeline = read_icalendar(data, "launches.ics")
    assert timeline.title == "Launches"
    events = list(timeline.events)
    assert [(e.id, e.title, e.date.text, e.status.value) for e in events] == [
        ("abc-example.com", "Launch window", "2024-04/2024-06", "planned"),
        ("abc-example.com-2", "Briefing", "2024-04-14T10:00+02:00/2024-04-14T11:30+02:00", "confirmed"),
        ("ics-2", "Untitled event", "2025", "confirmed"),
    ]
    assert events[0].tags == ("space", "rockets") and events[0].summary == "First line\nsecond line"
    assert events[0].sources[0].model_dump(exclude_none=True) == {
        "outlet": "example.com", "url": "https://example.com/launch",
    }  # fmt: skip


# ---------------------------------------------------------------------------------------------
# The registry


def test_formats_are_detected_by_suffix_and_content() -> None:
    timelinejs = json.dumps(timeline_to_timelinejs(TIMELINE)).encode()
    native = EVENTS_JSON.read_bytes()
    assert detect_format("a.json", native) == NATIVE
    assert detect_format("a.json", timelinejs) == TIMELINEJS
    assert detect_format("a.JSON", b"not json at all") == NATIVE  # the loader explains what is wrong
    assert detect_format("a.csv", timeline_to_csv(TIMELINE).encode()) == CSV
    assert detect_format("a.ics", b"") == ICS
    assert detect_format("download", b"BEGIN:VCALENDAR\r\n") == ICS
    assert detect_format("download", SHEET.encode()) == TIMELINEJS_CSV
    assert detect_format("download", timelinejs) == TIMELINEJS


def test_every_format_has_a_dialog_filter() -> None:
    assert FORMATS[ICS].dialog_filter == "iCalendar (*.ics *.ical *.ifb *.icalendar)"
    assert [fmt.name for fmt in export_formats()] == [NATIVE, TIMELINEJS, CSV, ICS]


def test_load_any_and_export_any_refuse_clearly(tmp_path: Path) -> None:
    with pytest.raises(TimelineLoadError, match="no such file"):
        load_any(tmp_path / "missing.json")
    with pytest.raises(ValueError, match="cannot tell the format"):
        export_any(TIMELINE, tmp_path / "events.txt")
    with pytest.raises(ValueError, match="can be read but not written"):
        export_any(TIMELINE, tmp_path / "events.csv", TIMELINEJS_CSV)
    assert list(tmp_path.iterdir()) == []  # nothing half-written


def test_the_formats_import_no_qt() -> None:
    code = (
        "import sys, timeline_app.io.formats\n"
        "from timeline_app.io.formats import csv_formats, icalendar, native, timelinejs\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""


# ---------------------------------------------------------------------------------------------
# Generated timelines

_RTL_WORDS = ("שלום", "مرحبا", "עברית", "فارسی")
_WORDS = st.one_of(
    st.text(st.characters(categories=("L", "N", "P", "S")), min_size=1, max_size=8),
    st.sampled_from(_RTL_WORDS),
)
TEXT = st.lists(_WORDS, min_size=1, max_size=5).map(" ".join)
PARAGRAPHS = st.lists(TEXT, max_size=3).map("\n\n".join)
IDS = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.:\-]{0,11}", fullmatch=True)
URLS = st.sampled_from(["https://example.org/a?b=1,2", "http://news.example/x;y"])
CALENDAR_YEARS = st.integers(1, 9998)
HTML = st.sampled_from(["", "", "<p>Rich <b>text</b></p>", "<p>x</p><script>alert(1)</script>", "plain"])
COLORS = st.sampled_from([None, "#0b6e4f", "#abc"])  # iCalendar's range, without the day DTEND cannot follow


@st.composite
def _points(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["year", "month", "day", "subyear", "bce", "deep", "decade", "time"]))
    day = draw(st.dates(dt.date(1, 1, 1), dt.date(9998, 12, 31)))
    clock = f"{draw(st.integers(0, 23)):02}:{draw(st.integers(0, 59)):02}{draw(st.sampled_from(['', ':30']))}"
    clock = draw(st.sampled_from([clock, clock, clock, "24:00:00"]))  # 24:00:00: the end of the day
    text = {
        "year": f"{draw(CALENDAR_YEARS):04}",
        "month": f"{day.year:04}-{day.month:02}",
        "day": day.isoformat(),
        "subyear": f"{day.year:04}-{draw(st.integers(21, 41))}",
        "bce": f"-{draw(st.integers(1, 9999)):04}",
        "deep": f"Y{draw(st.sampled_from(['-', '']))}{draw(st.integers(10**4, 10**10))}",
        "decade": f"{day.year // 10:03}X",
        "time": f"{day.isoformat()}T{clock}{draw(st.sampled_from(['', 'Z', '+05:30', '-03:00']))}",
    }[kind]
    qualifier = draw(st.sampled_from(["", "", "", "~", "?", "%"])) if kind not in ("time", "decade") else ""
    return text + qualifier


@st.composite
def _dates(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["point", "point", "interval", "open"]))
    first = draw(_points())
    if kind == "point":
        return first
    if kind == "open":
        return draw(st.sampled_from([f"{first}/..", f"../{first}"]))
    second = draw(_points())
    low, high = sorted((first, second), key=lambda text: parse_edtf(text).start)
    return f"{low}/{high}"


@st.composite
def _timelines(draw: st.DrawFn) -> Timeline:
    lanes = draw(st.lists(st.tuples(IDS, TEXT), max_size=3, unique_by=lambda lane: lane[0]))
    ids = draw(st.lists(IDS, max_size=6, unique=True))
    events = []
    for event_id in ids:
        event: dict[str, Any] = {
            "id": event_id,
            "title": draw(TEXT),
            "date": draw(_dates()),
            "status": draw(st.sampled_from(["confirmed", "reported", "disputed", "planned"])),
        }
        in_lane: bool = draw(st.booleans())
        if lanes and in_lane:
            event["lane"] = draw(st.sampled_from(lanes))[0]
        if summary := draw(PARAGRAPHS):
            event["summary"] = summary
        if actors := draw(st.lists(TEXT, max_size=2)):
            event["actors"] = actors
        if tags := draw(st.lists(TEXT, max_size=2)):
            event["tags"] = tags
        if html := draw(HTML):
            event["html"] = html
        sources = draw(st.lists(_sources(), max_size=2))
        if sources:
            event["sources"] = sources
        others = [other for other in ids if other != event_id]
        linked: bool = draw(st.booleans())
        if others and linked:
            event["links"] = [{"type": "related", "target": draw(st.sampled_from(others))}]
        events.append(event)
    eras = [
        {"title": title, "date": date} | ({"color": color} if color else {})
        for title, date, color in draw(st.lists(st.tuples(TEXT, _dates(), COLORS), max_size=2))
    ]
    document = {
        "title": draw(TEXT),
        "description": draw(PARAGRAPHS),
        "lanes": [{"id": lane_id, "label": label} for lane_id, label in lanes],
        "eras": eras,
        "events": events,
    }
    return parse_timeline(json.dumps(document).encode())


@st.composite
def _sources(draw: st.DrawFn) -> dict[str, str]:
    source = {"outlet": draw(TEXT)}
    for name, values in (("quote", PARAGRAPHS), ("via", TEXT), ("url", URLS)):
        if draw(st.booleans()):
            source[name] = draw(values)
    return source


PROPERTY_SETTINGS = settings(
    max_examples=PROPERTY_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(_timelines())
def test_generated_timelines_survive_our_json(timeline: Timeline) -> None:
    document = timeline_to_document(timeline)
    assert timeline_to_document(parse_timeline(json.dumps(document).encode())) == document


@PROPERTY_SETTINGS
@given(_timelines())
def test_generated_timelines_survive_timelinejs(timeline: Timeline) -> None:
    back = as_timelinejs(timeline)
    assert records(back) == records(timeline)
    assert (back.lanes, back.header.eras) == (timeline.lanes, timeline.header.eras)
    assert (back.title, back.header.description) == (timeline.title, timeline.header.description or None)


def _one_era(date: str) -> Timeline:
    document = {"title": "t", "eras": [{"title": "Era", "date": date}], "events": []}
    return parse_timeline(json.dumps(document).encode())


@PROPERTY_SETTINGS
@given(_timelines())
@example(_one_era("2000-03-01T00:01+05:30/2000-03"))  # came back as 2000-03-01T00:01/2000-03, refused
def test_generated_timelines_keep_their_spans_through_plain_timelinejs(timeline: Timeline) -> None:
    stripped = strip_extra_fields(timeline_to_timelinejs(timeline))
    back = read_timelinejs(json.dumps(stripped).encode(), "plain.json")
    assert list(back.events.ids) == list(timeline.events.ids)
    pairs = [(before.date, after.date) for before, after in zip(timeline.events, back.events, strict=True)]
    eras = zip(timeline.header.eras, back.header.eras, strict=True)
    pairs += [(parse_edtf(before.date), parse_edtf(after.date)) for before, after in eras]
    for date, read in pairs:
        if date.lower is not None and date.upper is not None:
            # TimelineJS's fields carry the span (clock times in UTC); an open end has no field.
            assert (read.start, read.end) == (date.start, date.end), (date.text, read.text)


@settings(PROPERTY_SETTINGS, max_examples=ICALENDAR_PROPERTY_EXAMPLES)
@given(_timelines())
def test_generated_timelines_survive_icalendar(timeline: Timeline) -> None:
    back, skipped = as_icalendar(timeline)
    expected_skipped = [event.id for event in timeline.events if not _fits_a_calendar(event.date.text)]
    assert list(skipped) == expected_skipped
    kept = [record for record in records(timeline) if record["id"] not in skipped]
    for record in kept:
        links = [link for link in record.pop("links", ()) if link["target"] not in skipped]
        if links:
            record["links"] = links
    assert records(back) == [_in_file_order(record) for record in kept]
    assert (back.lanes, back.header.eras) == (timeline.lanes, timeline.header.eras)


def _fits_a_calendar(text: str) -> bool:
    date = parse_edtf(text)
    if date.lower is None or date.upper is None:
        return False
    return date.start >= ICS_FIRST and date.end <= ICS_LIMIT


def _in_file_order(record: Mapping[str, Any]) -> dict[str, Any]:
    return {key: record[key] for key in FILE_ORDER if key in record}


# ---------------------------------------------------------------------------------------------
# What TimelineJS slides carry that the app does not show: kept for the next export

TWEET = (
    '<blockquote class="twitter-tweet"><p>Launch!</p>'
    '<a href="https://twitter.com/nasa/status/1">March 2024</a></blockquote>'
    '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
)
TEMPLATE_SLIDES = {
    "events": [
        {
            "start_date": {"year": 2024, "month": 3},
            "text": {"headline": "Launch"},
            "media": {"url": TWEET, "credit": "NASA on <b>X</b>", "caption": "The post"},
            "background": {"url": "https://example.org/sky.jpg", "color": "#0a1b2c"},
            "unique_id": "launch",
        },
        {"start_date": {"year": 2024, "month": 4}, "background": {"color": "navy"}, "unique_id": "navy"},
    ]
}


@pytest.mark.parametrize("strip", [False, True], ids=["with our fields", "plain TimelineJS"])
def test_slide_backgrounds_and_embedded_media_survive_import_and_export(strip: bool) -> None:
    """Re-exporting TimelineJS's templates lost them (issue 14)."""
    timeline = read_timelinejs(json.dumps(TEMPLATE_SLIDES).encode(), "template.json")
    exported = timeline_to_timelinejs(timeline)
    if strip:
        exported = strip_extra_fields(exported)
    launch, navy = exported["events"]
    assert launch["background"] == {"url": "https://example.org/sky.jpg", "color": "#0a1b2c"}
    assert launch["media"] == {"url": TWEET, "credit": "NASA on <b>X</b>", "caption": "The post"}
    assert navy["background"] == {"color": "navy"}
    again = timeline_to_timelinejs(read_timelinejs(json.dumps(exported).encode(), "again.json"))
    assert [slide.get("background") for slide in again["events"]] == [
        launch["background"],
        navy["background"],
    ]
    assert again["events"][0]["media"] == launch["media"]


@pytest.mark.parametrize(
    ("media", "background"),
    [
        ('<iframe src="javascript:alert(1)"></iframe>', {"url": "javascript:alert(1)"}),
        ('<img src="https://x.org/a.png" onerror="alert(1)">', {"url": "data:image/png;base64,AAAA"}),
        ("<script>alert(1)</script>", {"url": "file:///etc/passwd", "color": "red; background: url(x)"}),
        ('<a href="jav&#x61;script:alert(1)">x</a>', {"color": "expression(alert(1))"}),
        ('<object data="https://x.org/a.swf"></object>', {"url": " javascript:x"}),
    ],
)
def test_only_safe_embeds_and_backgrounds_are_kept(media: str, background: dict[str, str]) -> None:
    slides = {"events": [{"start_date": {"year": 2024}, "media": {"url": media}, "background": background}]}
    timeline = read_timelinejs(json.dumps(slides).encode(), "hostile.json")  # loads all the same
    (event,) = list(timeline.events)
    assert event.media is None and event.background is None
    (slide,) = timeline_to_timelinejs(timeline)["events"]
    assert "background" not in slide and media not in json.dumps(slide)


@settings(PROPERTY_SETTINGS, max_examples=ICALENDAR_PROPERTY_EXAMPLES)
@given(_timelines())
def test_icalendar_lines_are_folded_within_75_octets_and_read_back_as_written(timeline: Timeline) -> None:
    """The calendar is written as text, not through the icalendar package: the package (the
    oracle) must read each event's title, description and categories back as they were."""
    from icalendar import Calendar, vCategory

    from timeline_app.io.formats.icalendar import changed_by_icalendar, description_text

    data = timeline_to_icalendar(timeline, stamp=STAMP).data
    assert data.endswith(b"\r\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    vevents = [c for c in Calendar.from_ical(data).walk() if c.name == "VEVENT"]
    by_id = {str(vevent["UID"]).removesuffix("@timeline-app"): vevent for vevent in vevents}
    for record in records(timeline):
        vevent = by_id.get(record["id"])
        if vevent is None:
            continue  # a date no calendar can hold
        if not changed_by_icalendar(record["title"]):
            assert str(vevent["SUMMARY"]) == record["title"]
        description = description_text(record.get("summary", ""), record["status"], record.get("sources", ()))
        if not changed_by_icalendar(description):
            assert str(vevent["DESCRIPTION"]) == description
        tags = [*record.get("tags", ()), record["status"]]
        if not any(map(changed_by_icalendar, tags)):
            categories = vevent["CATEGORIES"]
            assert isinstance(categories, vCategory)
            assert [str(category) for category in categories.cats] == tags
