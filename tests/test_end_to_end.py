"""The installed app in a real X11 window under Xvfb, driven as a person would: keys, a dialog, the screen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from .conftest import EVENTS_JSON

TOOLS = ("Xvfb", "xdotool", "import")
SCREEN = "1600x1000x24"
WAIT_S = 30.0
JLR_GREEN = QColor("#0b6e4f")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        any(shutil.which(tool) is None for tool in TOOLS),
        reason="needs Xvfb, xdotool and ImageMagick's import (.ci/run installs them)",
    ),
]


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh virtual X screen; its name, e.g. ':3'."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _app_command() -> list[str]:
    script = Path(sys.executable).with_name("timeline-app")
    return [str(script)] if script.exists() else [sys.executable, "-m", "timeline_app"]


def _x(display: str, *args: str) -> str:
    env = {**os.environ, "DISPLAY": display}
    return subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=30, check=False
    ).stdout


def _wait_for_window(display: str, title_part: str) -> str:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        found = _x(display, "search", "--name", title_part).split()
        if found:
            return found[0]
        time.sleep(0.3)
    raise AssertionError(f"no window named like {title_part!r} appeared")


def _screenshot(display: str, out: Path) -> QImage:
    env = {**os.environ, "DISPLAY": display}
    subprocess.run(["import", "-window", "root", str(out)], env=env, check=True, timeout=60)
    return QImage(str(out))


def _count_colour(image: QImage, colour: QColor, tolerance: int = 12) -> int:
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red()) <= tolerance
                and abs(pixel.green() - colour.green()) <= tolerance
                and abs(pixel.blue() - colour.blue()) <= tolerance
            ):
                count += 1
    return count


def test_a_person_opens_the_app_walks_events_and_opens_another_file(display: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    other = tmp_path / "other-story.json"
    only_event = {"id": "x", "title": "Only event", "date": "2020", "status": "reported"}
    other.write_text(json.dumps({"title": "Other story", "events": [only_event]}))
    events = tmp_path / "events.json"
    shutil.copy(EVENTS_JSON, events)
    env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM",)} | {
        "DISPLAY": display,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }
    app = subprocess.Popen([*_app_command(), "--appearance", "light", str(events)], env=env, cwd=tmp_path)
    try:
        window = _wait_for_window(display, "events.json")
        time.sleep(1.5)  # first paint
        first = _screenshot(display, tmp_path / "start.png")
        assert _count_colour(first, JLR_GREEN) > 20, "the JLR lane's green markers are on screen"
        _x(display, "mousemove", "--window", window, "700", "700", "click", "1")
        for _ in range(3):
            _x(display, "key", "Right")
            time.sleep(0.2)
        time.sleep(0.5)
        selected = _screenshot(display, tmp_path / "selected.png")
        assert selected != first, "selecting events changes what the screen shows"
        _x(display, "key", "ctrl+o")
        time.sleep(1.5)
        _x(display, "type", "--delay", "20", str(other))
        _x(display, "key", "Return")
        _wait_for_window(display, "other-story.json")
        time.sleep(1.0)
        after = _screenshot(display, tmp_path / "other.png")
        assert _count_colour(after, JLR_GREEN) < _count_colour(first, JLR_GREEN) / 4, (
            "the article's lanes are gone"
        )
    finally:
        app.terminate()
        app.wait(timeout=15)
