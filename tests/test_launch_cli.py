"""The command line's FILE, FILE#ID, timeline-app: links, --select and --view, read into one request."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline_app.app import cli
from timeline_app.core.launch_link import OpenRequest, link_for

from .conftest import EVENTS_JSON
from .test_single_instance import Session, poll


def request_for(*argv: str) -> OpenRequest:
    return cli.launch_request(cli.build_parser().parse_args(argv))


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.json"
    shutil.copyfile(EVENTS_JSON, path)
    return path


def test_file_select_and_view(story: Path) -> None:
    assert request_for(str(story), "--select", "jlr", "--view", "2023-01/2024-06") == OpenRequest(
        story, "jlr", "2023-01/2024-06"
    )


def test_a_relative_file_is_made_absolute_for_the_running_app(
    story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(story.parent)
    assert request_for("story.json").path == story


def test_file_hash_id_selects(story: Path) -> None:
    assert request_for(f"{story}#vw-xpeng-stake") == OpenRequest(story, "vw-xpeng-stake", None)


def test_a_file_uri_as_the_desktop_passes_it_for_exec_u(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert request_for(story.as_uri()) == OpenRequest(story)
    assert request_for("file://otherhost/tmp/x.json") == OpenRequest(None)
    assert "names the machine 'otherhost'" in capsys.readouterr().err


def test_a_link_opens_its_file_at_its_event_and_options_win_over_it(story: Path) -> None:
    link = link_for(story, select="jlr", view="2024")
    assert request_for(link) == OpenRequest(story, "jlr", "2024")
    assert request_for(link, "--select", "chery") == OpenRequest(story, "chery", "2024")


def test_a_bad_link_or_range_is_said_on_stderr_and_the_rest_opens(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert request_for(str(story), "--view", "2023-13", "--select", "jlr") == OpenRequest(story, "jlr", None)
    assert capsys.readouterr().err == (
        "timeline-app: --view '2023-13': '2023-13' is not a valid date: month 13 does not exist; "
        "opening without it\n"
    )
    assert request_for("timeline-app:///x.json?zoom=2") == OpenRequest(None)
    assert "unknown parameter 'zoom'" in capsys.readouterr().err


def test_check_and_export_take_file_as_before(story: Path, tmp_path: Path) -> None:
    assert cli.main(["--check", str(story)]) == cli.EXIT_OK
    assert cli.main(["--export", str(tmp_path / "out.csv"), str(story)]) == cli.EXIT_OK
    assert (tmp_path / "out.csv").is_file()


def test_the_app_started_at_an_unknown_id_says_so_on_stderr(tmp_path: Path) -> None:
    session = Session(tmp_path)
    try:
        story = session.story("story.json")
        process, err = session.start(str(story), "--select", "nope", "--new-instance")
        said = "timeline-app: --select: story.json has no event with the id 'nope'\n"
        poll(lambda: True if said in err.read_text() else None, "the app did not say the id is unknown")
        assert process.poll() is None  # the window stays, showing the file
    finally:
        session.close()
