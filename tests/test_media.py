"""An event's images in the file: where they may be, the loader's words, and the formats that keep them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.media import ImageLocationError, is_remote, local_image_path, location_problem
from timeline_app.core.model import EventImage
from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.formats.csv_formats import read_timelinejs_csv
from timeline_app.io.formats.native import timeline_to_document
from timeline_app.io.formats.timelinejs import read_timelinejs, timeline_to_timelinejs
from timeline_app.io.loader import parse_timeline

IMAGE = {"url": "pics/plant.png", "caption": "The Hefei plant", "credit": "VW", "alt": "A factory hall"}


def _document(*images: dict[str, Any]) -> bytes:
    event = {
        "id": "e1",
        "title": "Plant opens",
        "date": "2024-04",
        "status": "confirmed",
        "images": list(images),
    }
    return json.dumps({"title": "T", "events": [event]}).encode()


@pytest.mark.parametrize(
    "url", ["pics/plant.png", "./a.jpg", "a b/c.png", "https://example.org/a.png", "http://x.org/p?id=3"]
)
def test_an_image_is_a_web_address_or_a_path_inside_the_timelines_folder(url: str) -> None:
    assert location_problem(url) is None


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("../secret.png", "must stay in the timeline's folder"),
        ("pics/../../x.png", "must stay in the timeline's folder"),
        ("/etc/passwd", "not an absolute path"),
        ("C:\\Users\\me\\a.png", "not an absolute path"),
        ("\\\\server\\share\\a.png", "not an absolute path"),
        ("file:///etc/passwd", "http(s) address or a path"),
        ("javascript:alert(1)", "http(s) address or a path"),
        ("https:///a.png", "must name a host"),
        ("  ", "must not be empty"),
    ],
)
def test_other_places_are_refused_with_their_reason(url: str, words: str) -> None:
    problem = location_problem(url)
    assert problem is not None and words in problem


def test_the_loader_places_a_refused_image_by_its_field_path() -> None:
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(_document(IMAGE, {"url": "../../home/me/.ssh/id_rsa"}))
    assert str(caught.value.problems[0]) == (
        "events[0].images[1].url: must stay in the timeline's folder (no '..'), "
        "got '../../home/me/.ssh/id_rsa'"
    )
    with pytest.raises(TimelineLoadError) as caught:
        parse_timeline(_document({"url": "a.png", "title": "x"}))
    assert str(caught.value.problems[0]) == "events[0].images[0]: unknown field 'title'"


def test_images_load_into_the_event_and_write_back_in_our_json() -> None:
    timeline = parse_timeline(_document(IMAGE, {"url": "https://example.org/b.jpg"}))
    event = timeline.events[0]
    assert event.images == (EventImage(**IMAGE), EventImage(url="https://example.org/b.jpg"))
    assert timeline_to_document(timeline)["events"][0]["images"] == [
        IMAGE,
        {"url": "https://example.org/b.jpg"},
    ]


def test_a_path_that_leaves_the_folder_through_a_link_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"x")
    folder = tmp_path / "timeline"
    (folder / "pics").mkdir(parents=True)
    (folder / "pics" / "ok.png").write_bytes(b"x")
    os.symlink(outside, folder / "pics" / "link.png")
    assert local_image_path(folder, "pics/ok.png") == (folder / "pics" / "ok.png").resolve()
    with pytest.raises(ImageLocationError, match="outside the timeline's folder"):
        local_image_path(folder, "pics/link.png")
    with pytest.raises(ImageLocationError, match="web address"):
        local_image_path(folder, "https://example.org/a.png")


@given(st.text())
def test_any_text_either_names_an_image_in_the_folder_or_says_why_not(url: str) -> None:
    problem = location_problem(url)
    if problem is None and not is_remote(url):
        root = Path("/srv/timeline")
        target = Path(os.path.normpath(root / url.strip().replace("\\", "/")))
        assert target == root or target.is_relative_to(root), url


# -- TimelineJS ------------------------------------------------------------------------------


def _slides(media: dict[str, str]) -> bytes:
    slide = {"start_date": {"year": 2024}, "text": {"headline": "Plant"}, "media": media}
    return json.dumps({"events": [slide]}).encode()


def test_a_timelinejs_picture_becomes_an_image_and_other_media_a_source() -> None:
    timeline = read_timelinejs(
        _slides(
            {"url": "https://example.org/plant.JPG?w=800", "caption": "<b>The</b> plant", "credit": "VW"}
        ),
        "tl.json",
    )
    event = timeline.events[0]
    assert event.images == (
        EventImage(url="https://example.org/plant.JPG?w=800", caption="The plant", credit="VW"),
    )
    assert event.sources == ()
    video = read_timelinejs(_slides({"url": "https://youtube.com/watch?v=1", "credit": "VW"}), "tl.json")
    assert video.events[0].images == () and video.events[0].sources[0].outlet == "VW"


def test_timelinejs_export_shows_the_first_image_and_reads_back_all() -> None:
    timeline = parse_timeline(_document(IMAGE, {"url": "https://example.org/b.jpg"}))
    slide = timeline_to_timelinejs(timeline)["events"][0]
    assert slide["media"] == IMAGE
    back = read_timelinejs(json.dumps(timeline_to_timelinejs(timeline)).encode(), "tl.json")
    assert back.events[0].images == timeline.events[0].images


def test_a_google_sheets_picture_becomes_an_image() -> None:
    header = (
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
        "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
    )
    row = "2024,4,,,,,,,,Plant,,https://example.org/p.png,VW,The plant,,,,"
    timeline = read_timelinejs_csv(f"{header}\n{row}\n".encode(), "sheet.csv")
    assert timeline.events[0].images == (
        EventImage(url="https://example.org/p.png", caption="The plant", credit="VW"),
    )
