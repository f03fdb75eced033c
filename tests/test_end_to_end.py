"""The installed app in a real X11 window under Xvfb, driven as a person would: keys, a dialog, the screen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from . import polling
from .conftest import EVENTS_JSON

TOOLS = ("Xvfb", "xdotool", "import")
SCREEN = "1600x1000x24"
WAIT_S = 30.0  # for each step: a hang fails the test, a slow machine does not
POLL_S = 0.2
JLR_GREEN = QColor("#0b6e4f")
T = TypeVar("T")

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


def _poll(check: Callable[[], T | None], failure: str, timeout: float = WAIT_S) -> T:
    """``check()``'s first answer that is not None, asked until ``timeout`` seconds have passed."""
    return polling.poll(check, failure, timeout, POLL_S)


def _wait_for_window(display: str, title_part: str) -> str:
    def find() -> str | None:
        found = _x(display, "search", "--name", title_part).split()
        return found[0] if found else None

    return _poll(find, f"no window named like {title_part!r} appeared")


def _wait_for_focus(display: str, window: str) -> None:
    """Until ``window`` has the keyboard focus, so that typed keys go to it."""
    _poll(
        lambda: True if _x(display, "getwindowfocus").strip() == window else None,
        f"window {window} did not get the keyboard focus",
    )


def _screenshot(display: str, out: Path) -> QImage:
    env = {**os.environ, "DISPLAY": display}
    subprocess.run(["import", "-window", "root", str(out)], env=env, check=True, timeout=60)
    return QImage(str(out))


def _wait_for_screen(display: str, out: Path, shows: Callable[[QImage], bool], failure: str) -> QImage:
    """The first screenshot for which ``shows`` is true and that the next one repeats (painting is over)."""
    last: list[QImage] = []

    def look() -> QImage | None:
        image = _screenshot(display, out)
        settled = bool(last) and image == last[0] and shows(image)
        last[:] = [image]
        return image if settled else None

    return _poll(look, failure)


def _count_colour(image: QImage, colour: QColor, tolerance: int = 12) -> int:
    """Pixels within ``tolerance`` of ``colour`` on every channel, counting every second row and column."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(rgb.constBits(), np.uint8).reshape(rgb.height(), rgb.bytesPerLine())
    pixels = rows[::2, : rgb.width() * 3].reshape(-1, rgb.width(), 3)[:, ::2].astype(np.int16)
    target = np.array([colour.red(), colour.green(), colour.blue()], np.int16)
    return int(np.count_nonzero(np.all(np.abs(pixels - target) <= tolerance, axis=2)))


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
        first = _wait_for_screen(
            display,
            tmp_path / "start.png",
            lambda image: _count_colour(image, JLR_GREEN) > 20,
            "the JLR lane's green markers did not appear on screen",
        )
        _x(display, "mousemove", "--window", window, "700", "700", "click", "1")
        clicked = _wait_for_screen(
            display, tmp_path / "clicked.png", lambda _image: True, "the screen did not settle after a click"
        )
        for _ in range(3):
            _x(display, "key", "Right")
        _wait_for_screen(
            display,
            tmp_path / "selected.png",
            lambda image: image != clicked,
            "walking events with the Right key did not change what the screen shows",
        )
        _x(display, "key", "ctrl+o")
        dialog = _wait_for_window(display, "Open Timeline")
        _wait_for_focus(display, dialog)
        _x(display, "type", "--delay", "20", str(other))
        _x(display, "key", "Return")
        _wait_for_window(display, "other-story.json")
        green_at_start = _count_colour(first, JLR_GREEN)
        _wait_for_screen(
            display,
            tmp_path / "other.png",
            lambda image: _count_colour(image, JLR_GREEN) < green_at_start / 4,
            "the article's lanes did not go",
        )
    finally:
        app.terminate()
        app.wait(timeout=15)
