"""Start-up: what the first frame does not need stays unimported, and the collector waits for the window.

benchmarks/bench_startup.py measures the time; these keep its cuts from quietly coming back.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.app import cli

from .conftest import EVENTS_JSON

# Each is imported when its command first runs (File ▸ Export, Print, a rich-text event, a notice, ...).
NOT_AT_START_UP = (
    "icalendar",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
    "timeline_app.io.formats.csv_formats",
    "timeline_app.io.formats.icalendar",
    "timeline_app.io.formats.native",
    "timeline_app.io.formats.timelinejs",
    "timeline_app.render.export",
    "timeline_app.render.printing",
    "timeline_app.core.rich_text",
)


def test_a_window_on_events_json_imports_nothing_that_only_a_command_needs(tmp_path: Path) -> None:
    """The way run_gui starts: the window shows at once, the file loads in the background."""
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from timeline_app.app import cli\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from timeline_app.app.gui import open_window\n"
        "app = QApplication(sys.argv[:1])\n"
        "window = open_window(Path(sys.argv[1]))\n"
        "deadline = time.monotonic() + 60\n"
        "while not len(window.model.timeline.events) and time.monotonic() < deadline:\n"
        "    app.processEvents()\n"
        "window.canvas.repaint()\n"
        "assert window.canvas.frame.events, 'the timeline was not shown'\n"
        f"print(','.join(m for m in {NOT_AT_START_UP!r} if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", code, str(EVENTS_JSON)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
    )
    assert result.stdout.strip() == ""


def test_openblas_starts_no_threads_for_the_app(tmp_path: Path) -> None:
    """The app does no linear algebra: its package keeps numpy's OpenBLAS to one thread."""
    env = {key: value for key, value in os.environ.items() if key != "OPENBLAS_NUM_THREADS"}
    code = "import os, timeline_app.app.cli; print(os.environ['OPENBLAS_NUM_THREADS'])"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60, env=env
    )
    assert result.stdout.strip() == "1"
    env["OPENBLAS_NUM_THREADS"] = "4"  # the user's own choice stays
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60, env=env
    )
    assert result.stdout.strip() == "4"


def test_the_collector_is_paused_while_the_window_starts_and_on_again_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from timeline_app.app import gui

    seen: list[bool] = []

    def run_gui(*_args: object, **_kwargs: object) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(gui, "run_gui", run_gui)
    assert gc.isenabled()
    assert cli.main([str(EVENTS_JSON)]) == 0
    assert seen == [False]
    assert gc.isenabled()
