"""The command line: --check summaries and errors, --export files, argument errors."""

from __future__ import annotations

import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timeline_app.app.cli import main

from .conftest import EVENTS_JSON

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(autouse=True)
def _widgets_application(qapp: object) -> None:
    """Exports would otherwise create a bare QGuiApplication that later widget tests cannot use."""


def test_check_prints_one_summary_line_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check", str(EVENTS_JSON)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert out.strip().endswith("15 events, from 2010 to 2030")


def test_check_of_a_broken_file_prints_problems_to_stderr_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"title": "t", "events": [{"id": "a", "title": "A", "date": "2023-02-30", "status": "confirmed"}]}'
    )
    assert main(["--check", str(broken)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "events[0].date: '2023-02-30' is not a valid date" in captured.err


def test_check_never_writes_to_the_file(tmp_path: Path) -> None:
    copy = tmp_path / "events.json"
    copy.write_bytes(EVENTS_JSON.read_bytes())
    before = copy.stat().st_mtime_ns, copy.read_bytes()
    main(["--check", str(copy)])
    assert (copy.stat().st_mtime_ns, copy.read_bytes()) == before


def test_check_runs_as_a_real_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app", "--check", str(EVENTS_JSON)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "15 events" in result.stdout


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_export_writes_a_valid_file(tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"timeline{suffix}"
    assert main(["--export", str(out), str(EVENTS_JSON), "--size", "1200x700"]) == 0
    data = out.read_bytes()
    if suffix == ".png":
        assert data.startswith(PNG_MAGIC)
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (2400, 1400)  # drawn at 2x for crispness
    elif suffix == ".svg":
        root = ET.fromstring(data)
        assert root.tag.endswith("svg")
        texts = "".join(root.itertext())
        assert "Jaguar Land Rover" in texts and "Volkswagen" in texts
    else:
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def test_export_to_an_unknown_format_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--export", str(tmp_path / "x.bmpx"), str(EVENTS_JSON)]) == 2
    assert "cannot tell the format of 'x.bmpx'" in capsys.readouterr().err


def test_a_bad_size_is_an_argument_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--export", "x.png", "--size", "big"])
    assert exit_info.value.code == 2
    assert "not a size like 1600x1000" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "extra"),
    [("out.json", []), ("out.json", ["--format", "timelinejs"]), ("out.csv", []), ("out.ics", [])],
)
def test_export_data_then_check_gives_back_the_timeline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, extra: list[str]
) -> None:
    out = tmp_path / name
    assert main(["--export", str(out), str(EVENTS_JSON), *extra]) == 0
    capsys.readouterr()
    assert main(["--check", str(out)]) == 0
    assert capsys.readouterr().out.strip().endswith("15 events, from 2010 to 2030")


def test_the_check_summary_says_an_open_end_plainly() -> None:
    import json

    from timeline_app.app.cli import summary_line
    from timeline_app.io.loader import parse_timeline

    events = [
        {"id": "a", "title": "A", "date": "../2010", "status": "reported"},
        {"id": "b", "title": "B", "date": "2024-03/..", "status": "reported"},
    ]
    timeline = parse_timeline(json.dumps({"title": "T", "events": events}).encode())
    assert summary_line("t.json", timeline) == (
        "t.json: 2 events, from no start (until 2010) to no end (from March 2024 onwards)"
    )


@pytest.mark.parametrize(
    ("appearance", "dark_ground"), [("light", False), ("dark", True), ("high-contrast-dark", True)]
)
def test_an_exported_image_takes_the_appearance_asked_for(
    tmp_path: Path, appearance: str, dark_ground: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "timeline.png"
    args = ["--export", str(out), str(EVENTS_JSON), "--size", "800x500", "--appearance", appearance]
    assert main(args) == 0
    image = QImage(str(out))
    ground = image.pixelColor(image.width() - 2, 2)  # the axis's background, right of its labels
    assert (ground.lightness() < 128) is dark_ground
    if appearance == "high-contrast-dark":
        assert ground.name() == "#000000"  # no translucency, no tint: black
