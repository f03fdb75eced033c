"""timeline-app: links, FILE#ID and --view ranges: written, read back, and refused with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.calendar import seconds_from_civil
from timeline_app.core.launch_link import (
    LinkError,
    OpenRequest,
    is_link,
    link_for,
    parse_link,
    plain_link,
    split_fragment,
    view_range,
)

# Path parts: any text a file name may hold on Linux (no slash, no NUL), including spaces, %, ?, #.
_name = st.text(st.characters(exclude_characters="/\0", exclude_categories=["Cs"]), min_size=1).filter(
    lambda part: part not in (".", "..")
)
_value = st.text(st.characters(exclude_categories=["Cs"]), min_size=1)


def test_a_link_to_an_event_reads_as_a_file_uri_with_a_query() -> None:
    link = link_for(Path("/home/ann/my story.json"), select="jlr-rebrand")
    assert link == "timeline-app:///home/ann/my%20story.json?select=jlr-rebrand"
    assert parse_link(link) == OpenRequest(Path("/home/ann/my story.json"), "jlr-rebrand", None)


def test_a_link_to_a_range_percent_encodes_the_slash() -> None:
    link = link_for(Path("/tmp/a.json"), view="2023-01/2024-06")
    assert link == "timeline-app:///tmp/a.json?view=2023-01%2F2024-06"
    assert parse_link(link).view == "2023-01/2024-06"


@given(parts=st.lists(_name, min_size=1, max_size=4), select=st.none() | _value, view=st.none() | _value)
def test_every_path_id_and_range_survive_a_link(
    parts: list[str], select: str | None, view: str | None
) -> None:
    path = Path("/", *parts)
    link = link_for(path, select=select, view=view)
    assert is_link(link)
    assert link.isascii() and " " not in link  # safe to paste anywhere
    assert parse_link(link) == OpenRequest(path, select, view)


def test_a_fragment_selects_as_file_hash_id_does() -> None:
    assert parse_link("timeline-app:///tmp/a.json#vw-xpeng").select == "vw-xpeng"
    assert parse_link("TIMELINE-APP://localhost/tmp/a.json").path == Path("/tmp/a.json")


@pytest.mark.parametrize(
    ("link", "says"),
    [
        ("file:///tmp/a.json", "is not a timeline-app: link"),
        ("timeline-app://server/tmp/a.json", "names the machine 'server'"),
        ("timeline-app:relative.json", "names no absolute file path"),
        ("timeline-app:///tmp/a.json?zoom=3", "unknown parameter 'zoom'"),
        ("timeline-app:///tmp/a.json?select=a&select=b", "select is given twice"),
        ("timeline-app:///tmp/a.json?select=", "select is empty"),
        ("timeline-app:///tmp/a.json?select=a#b", "selects both 'a' and 'b'"),
    ],
)
def test_a_bad_link_says_what_is_wrong(link: str, says: str) -> None:
    with pytest.raises(LinkError, match=says.replace("?", r"\?")):
        parse_link(link)


def test_file_hash_id_splits_only_when_the_whole_text_names_no_file(tmp_path: Path) -> None:
    story = tmp_path / "story.json"
    story.write_text("{}")
    odd = tmp_path / "odd#name.json"
    odd.write_text("{}")
    assert split_fragment(f"{story}#jlr", Path.exists) == (story, "jlr")
    assert split_fragment(str(odd), Path.exists) == (odd, None)
    assert split_fragment(f"{tmp_path}/missing.json#jlr", Path.exists) == (
        tmp_path / "missing.json#jlr",
        None,
    )
    assert plain_link(story, "jlr") == f"{story}#jlr"


def test_a_view_covers_its_dates_whole() -> None:
    start, end = view_range("2023-01/2024-06")
    assert start == seconds_from_civil(2023, 1, 1)
    assert end == seconds_from_civil(2024, 7, 1)
    assert view_range("2024") == (seconds_from_civil(2024, 1, 1), seconds_from_civil(2025, 1, 1))
    assert view_range("2026/..")[1] == float("inf")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2023-13", "--view '2023-13': "),
        ("soon", "--view 'soon': "),
        ("../..", "at least one end must be a date"),
        ("[..1984,2000..]", "both ends are open"),
    ],
)
def test_a_bad_view_says_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(LinkError, match=says):
        view_range(text)
