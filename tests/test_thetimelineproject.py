"""The Timeline Project's .timeline files: categories, eras, fuzzy and open events, containers; safe XML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.formats import THE_TIMELINE_PROJECT, detect_format, load_any
from timeline_app.io.formats.native import timeline_to_document
from timeline_app.io.formats.thetimelineproject import read_thetimelineproject

# Written the way the Timeline Project 2 writes its files (its own specs read and write these elements).
SAMPLE = Path(__file__).resolve().parent / "data" / "categories_eras_containers.timeline"


def read(text: str) -> dict[str, Any]:
    return timeline_to_document(read_thetimelineproject(text.encode(), "t.timeline"))


def problems(text: str) -> list[str]:
    with pytest.raises(TimelineLoadError) as caught:
        read_thetimelineproject(text.encode(), "bad.timeline")
    return [str(problem) for problem in caught.value.problems]


def one_event(*fields: str, categories: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<timeline>\n<version>2.4.0</version>\n'
        f"<categories>{categories}</categories>\n<events>\n<event>{''.join(fields)}</event>\n</events>\n</timeline>\n"
    )


def test_the_sample_reads_with_lanes_eras_and_every_kind_of_event() -> None:
    assert detect_format(SAMPLE, SAMPLE.read_bytes()) == THE_TIMELINE_PROJECT
    document = timeline_to_document(load_any(SAMPLE))
    assert document["lanes"] == [
        {"id": "Category-1", "label": "Category 1", "color": "#ff0000"},
        {"id": "Category-2", "label": "Category 2", "color": "#00ff00"},
    ]
    assert document["eras"] == [{"title": "Summer", "date": "2010-06-01/2010-08-31", "color": "#c8c8c8"}]
    fuzzy, open_ended, container, subevent, milestone = document["events"]
    assert fuzzy == {
        "id": "event-1", "title": "Event 1", "date": "2010-03-03~/2010-03-06~", "status": "confirmed",
        "lane": "Category-1", "summary": "The <b>first</b> event åäö.",
        "sources": [{"outlet": "https://example.org/first", "url": "https://example.org/first"}],
    }  # fmt: skip
    assert (open_ended["date"], open_ended["lane"]) == ("2012-07-04T13:20:00/..", "Category-2")
    assert (container["title"], container["date"]) == ("Project", "2013-01-01/2013-12-31")
    assert subevent["title"] == "Kick-off"
    assert subevent["links"] == [{"type": "part_of", "target": "event-3"}]
    assert subevent["date"] == "2013-02-01T00:00:00/2013-02-01T10:00:00"
    assert milestone["date"] == "2014-05-05T10:00:00"


@given(st.datetimes(), st.booleans())
def test_a_moment_is_kept_to_the_second_and_midnight_is_the_day(moment: Any, fuzzy: bool) -> None:
    day = f"{moment.year:04}-{moment.month:02}-{moment.day:02}"
    clock = f"{moment.hour:02}:{moment.minute:02}:{moment.second:02}"
    written = f"{day} {clock}"
    flag = f"<fuzzy>{fuzzy}</fuzzy>"
    document = read(one_event(f"<start>{written}</start><end>{written}</end><text>t</text>", flag))
    expected = (day if clock == "00:00:00" else f"{day}T{clock}") + ("~" if fuzzy else "")
    assert document["events"][0]["date"] == expected


def test_a_timeline_file_without_its_suffix_is_told_by_its_root_element(tmp_path: Path) -> None:
    assert detect_format("download", SAMPLE.read_bytes()) == THE_TIMELINE_PROJECT
    assert detect_format("download", b"<!-- saved -->\n<timeline></timeline>") == THE_TIMELINE_PROJECT
    assert detect_format("download", b"<timelines/>") != THE_TIMELINE_PROJECT
    assert detect_format("download", b'{"title": "<timeline>"}') != THE_TIMELINE_PROJECT


def test_two_categories_that_make_one_id_are_two_lanes() -> None:
    categories = (
        "<category><name>A B</name><color>1,2,3</color></category><category><name>A-B</name></category>"
    )
    text = one_event("<start>2010-01-01 00:00:00</start><end>2010-01-01 00:00:00</end><text>t</text>")
    lanes = read(text.replace("<categories></categories>", f"<categories>{categories}</categories>"))["lanes"]
    assert [(lane["id"], lane["label"]) for lane in lanes] == [("A-B", "A B"), ("A-B-2", "A-B")]


def test_other_time_types_are_refused_with_their_place() -> None:
    text = one_event("<start>10</start><end>20</end><text>t</text>").replace(
        "<version>2.4.0</version>", "<version>2.4.0</version>\n<timetype>numtime</timetype>"
    )
    assert problems(text) == [
        "line 4, column 1: the time type 'numtime' is not supported (only 'gregoriantime')"
    ]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (("<start>2010-01-01 00:00:00</start><text>t</text>",), "line 6, column 1: <event> has no <end>"),
        (("<start>2010-13-01 00:00:00</start><end>2010-12-01 00:00:00</end><text>t</text>",),
         "line 6, column 8: '2010-13-01/2010-12-01' is not a valid date"),
        (("<start>2011-01-01 00:00:00</start>", "<end>2010-01-01 00:00:00</end><text>t</text>"),
         "line 6, column 8: '2011-01-01/2010-01-01': the interval ends before it starts"),
        (("<start>2010-01-01 00:00:00</start><end>2010-01-01 00:00:00</end><text>  </text>",),
         "line 6, column 72: string should have at least 1 character"),
    ],
)  # fmt: skip
def test_a_broken_event_is_named_by_line_and_column(fields: tuple[str, ...], expected: str) -> None:
    found = problems(one_event(*fields))
    assert any(problem.startswith(expected) for problem in found), found


def test_entities_and_document_types_are_refused_before_any_expansion() -> None:
    laughs = (
        '<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>\n<timeline/>'
    )
    assert problems(laughs)[0].endswith(
        "a document type declaration (with its entities) is not allowed in a .timeline file"
    )
    external = '<?xml version="1.0"?>\n<!DOCTYPE timeline SYSTEM "http://example.org/x.dtd">\n<timeline/>'
    assert problems(external)[0].endswith(
        "a document type declaration (with its entities) is not allowed in a .timeline file"
    )
    assert problems('<?xml version="1.0"?>\n<timeline><events>&undeclared;</events></timeline>') == [
        "line 2, column 19: not XML: undefined entity"
    ]
