"""Start-up: process start to the first canvas frame showing events.json, against a bare PySide6 window.

Run: ``python benchmarks/bench_startup.py [--runs 17] [--file events.json] [--floor] [--write]``.

Each round starts fresh processes one after the other (the order reverses from round to round,
so a slow spell of the shared machine falls on all of them alike):

- the baseline, ``python -c`` importing PySide6, creating a QApplication and showing a QWidget
  whose ``paintEvent`` paints its background; it reports the end of its first ``paintEvent``;
- the app, ``python -c`` running ``timeline_app.app.cli:main`` (what the ``timeline-app`` command
  runs) on the file, with ``TimelineCanvas.paintEvent`` wrapped as its module is imported; it
  reports the end of the first canvas paint whose frame holds drawn events (an empty first
  frame, painted before a background load finishes, does not count);
- with ``--floor``, the libraries the app cannot start without and nothing of its own beyond its
  pydantic models (see ``_FLOOR_SCRIPT``): how low the app's ratio could go with them.

Process start is ``time.time()`` taken in this (parent) process right before spawning the child;
the child prints ``time.time()`` at the end of the paint and leaves at once (``os._exit``). Both
clocks are the same system wall clock, and the span includes what a user waits for: the fork and
exec, the interpreter's own start-up and the imports. (The child's start time in
``/proc/self/stat`` was the alternative, but it counts in clock ticks, 10 ms, too coarse here.)
The child also prints its CPU time then (``time.process_time()``, all its threads), which the
other work on a shared machine disturbs less. The ratio is taken per round (app / baseline),
then its median and p95 over the rounds. The children get an empty settings folder
(``XDG_CONFIG_HOME``), so the user's settings neither change nor skew the figures, and the
offscreen platform unless ``QT_QPA_PLATFORM`` says otherwise. One round is run first and
discarded (a cold file cache).

Installed, the app's modules come with their bytecode (pip and PyInstaller compile them), but a
checkout run with ``PYTHONDONTWRITEBYTECODE`` set compiles them at every start (~90 ms here). So
the children write and read bytecode in a scratch ``PYTHONPYCACHEPREFIX`` folder (the discarded
warm-up round fills it), unless ``--no-bytecode-cache`` says to run them as the environment says.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_report import percentile, write_section

ROOT = Path(__file__).resolve().parent.parent
RUNS = 17
RATIO_TARGET = 2.5
TIMEOUT_S = 120
SECTION = "bench_startup"

_BASELINE_SCRIPT = """
import os, sys, time
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    def paintEvent(self, event):
        with QPainter(self) as painter:
            painter.fillRect(self.rect(), self.palette().window())
        print(time.time(), time.process_time(), flush=True)
        os._exit(0)

app = QApplication(sys.argv[:1])
window = Window()
window.resize(1400, 860)
window.show()
app.exec()
"""

# The canvas class is wrapped as its module is imported, not by importing it first: importing it
# here would import PySide6 before the app's own non-Qt modules, and PySide6's import hook then
# inspects every module imported after it (a cost that depends on the order).
_APP_SCRIPT = """
import os, sys, time
from importlib.machinery import PathFinder

class CanvasHook:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name != "timeline_app.widgets.canvas":
            return None
        spec = PathFinder.find_spec(name, path, target)
        execute = spec.loader.exec_module

        def exec_module(module):
            execute(module)
            painted = module.TimelineCanvas.paintEvent

            def paintEvent(self, event):
                painted(self, event)
                if self.frame.events:  # the first frame that shows the timeline, not an empty one
                    print(time.time(), time.process_time(), flush=True)
                    os._exit(0)

            module.TimelineCanvas.paintEvent = paintEvent

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, CanvasHook)
from timeline_app.app.cli import main

sys.argv = ["timeline-app", *sys.argv[1:]]
sys.exit(main())
"""


# With --floor: what the app cannot start without, and nothing of its own beyond its pydantic
# models: numpy, pydantic with the models, PySide6, the enums of Qt's namespace (every widget
# names some), the Fusion style, and the bare window above. Its ratio is how low the app's can go
# while it validates with pydantic and keeps its columns in numpy.
_FLOOR_SCRIPT = """
import os, sys, time
import timeline_app.app  # one OpenBLAS thread, as for the app
import numpy
import timeline_app.core.model
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    def paintEvent(self, event):
        with QPainter(self) as painter:
            painter.fillRect(self.rect(), self.palette().window())
        print(time.time(), time.process_time(), flush=True)
        os._exit(0)

app = QApplication(sys.argv[:1])
app.setStyle("Fusion")
window = Window()
window.resize(1400, 860)
window.show()
app.exec()
"""


@dataclass(frozen=True, slots=True)
class Launch:
    """One child: seconds from spawning it to the end of its first paint, and its CPU seconds then."""

    seconds: float
    cpu_seconds: float


def launch(script: str, args: Sequence[str], env: dict[str, str]) -> Launch:
    """Run ``script`` in a fresh interpreter and time it to the paint it reports."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=TIMEOUT_S,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    if not lines:
        raise RuntimeError(f"the child painted nothing (exit {done.returncode}):\n{done.stderr}")
    painted, cpu = (float(word) for word in lines[-1].split())
    return Launch(painted - started, cpu)


def child_environment(scratch: str, bytecode_cache: bool) -> dict[str, str]:
    """The children's environment: empty settings, offscreen unless told, bytecode cached or not."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(Path(scratch) / "config")
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    if bytecode_cache:
        # As installed (pip and PyInstaller compile the modules): the warm-up pair writes the
        # bytecode of every module the children import here, whatever PYTHONDONTWRITEBYTECODE says.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
    return env


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of launch: its name in the tables, its script and arguments."""

    name: str
    script: str
    args: tuple[str, ...] = ()


def measure(runs: int, kinds: Sequence[Kind], bytecode_cache: bool = True) -> list[list[Launch]]:
    """``runs`` rounds of one launch of each kind (the first is the baseline), the order
    reversed every other round; the launches of each kind, in order."""
    results: list[list[Launch]] = [[] for _ in kinds]
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as scratch:
        env = child_environment(scratch, bytecode_cache)
        for kind in kinds:  # warm-up: file cache, font cache, bytecode cache
            launch(kind.script, kind.args, env)
        for run in range(runs):
            order = list(enumerate(kinds))
            for number, kind in order if run % 2 == 0 else reversed(order):
                results[number].append(launch(kind.script, kind.args, env))
            baseline = results[0][-1].seconds
            print(
                f"round {run + 1:2d}: "
                + ", ".join(
                    f"{kind.name} {launches[-1].seconds:.3f} s"
                    for kind, launches in zip(kinds, results, strict=True)
                )
                + "; ratio "
                + ", ".join(f"{launches[-1].seconds / baseline:.2f}" for launches in results[1:]),
                flush=True,
            )
    return results


def table(kinds: Sequence[Kind], results: Sequence[Sequence[Launch]]) -> list[str]:
    """The Markdown rows: each kind's wall and CPU time, then each one's per-round ratio to the first."""
    rows = [
        "| launch | runs | median s | p95 s | CPU median s | CPU p95 s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for kind, launches in zip(kinds, results, strict=True):
        wall = [launch.seconds for launch in launches]
        cpu = [launch.cpu_seconds for launch in launches]
        rows.append(
            f"| {kind.name} | {len(launches)} | {statistics.median(wall):.3f} | {percentile(wall, 95):.3f} "
            f"| {statistics.median(cpu):.3f} | {percentile(cpu, 95):.3f} |"
        )
    rows += [
        "",
        f"| ratio to the {kinds[0].name} (per round) | median | p95 | CPU median | CPU p95 | target | met |",
        "|---|---:|---:|---:|---:|---|---|",
    ]
    baselines = results[0]
    for number, (kind, launches) in enumerate(zip(kinds, results, strict=True)):
        if number == 0:
            continue
        ratios = [a.seconds / b.seconds for a, b in zip(launches, baselines, strict=True)]
        cpu_ratios = [a.cpu_seconds / b.cpu_seconds for a, b in zip(launches, baselines, strict=True)]
        median = statistics.median(ratios)
        target, met = (
            (f"median ≤ {RATIO_TARGET}", "yes" if median <= RATIO_TARGET else "no")
            if number == 1
            else ("", "")
        )
        rows.append(
            f"| {kind.name} | {median:.2f} | {percentile(ratios, 95):.2f} "
            f"| {statistics.median(cpu_ratios):.2f} | {percentile(cpu_ratios, 95):.2f} | {target} | {met} |"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=RUNS, help="rounds of launches")
    parser.add_argument("--file", type=Path, default=ROOT / "events.json")
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="as the environment says (with PYTHONDONTWRITEBYTECODE, every run compiles the app's modules)",
    )
    parser.add_argument(
        "--floor", action="store_true", help="also launch the libraries the app cannot start without"
    )
    args = parser.parse_args()
    kinds = [
        Kind("bare PySide6 window", _BASELINE_SCRIPT),
        Kind("app on events.json", _APP_SCRIPT, (str(args.file.resolve()),)),
    ]
    if args.floor:
        kinds.append(Kind("floor: the libraries alone", _FLOOR_SCRIPT))
    rows = table(kinds, measure(args.runs, kinds, not args.no_bytecode_cache))
    flags = [
        flag + " "
        for flag, given in (("--floor", args.floor), ("--no-bytecode-cache", args.no_bytecode_cache))
        if given
    ]
    print("\n".join(rows))
    body = "\n".join(
        [
            "Process start (the parent's clock, right before spawning) to the end of the first paint:",
            "of a bare PySide6 window (`python -c`: QApplication, a QWidget painting its background),",
            "and of the app's canvas showing the events of `events.json` (`timeline_app.app.cli:main`,",
            "as the `timeline-app` command; `TimelineCanvas.paintEvent` wrapped, the first frame that",
            "holds drawn events counts). The launches alternate, round by round; the ratio is per round.",
            "Offscreen platform, empty settings, bytecode cached as installed (unless the command says",
            "`--no-bytecode-cache`); CPU time is the child's, all threads, at that paint.",
            *(
                [
                    "The floor imports what the app cannot start without (numpy, pydantic with the app's",
                    "models, PySide6, the enums of Qt's namespace), sets the Fusion style and shows the",
                    "bare window: the app's own code and its window cost the difference.",
                ]
                if args.floor
                else []
            ),
            f"Command: `python benchmarks/bench_startup.py --runs {args.runs} {''.join(flags)}--write`.",
            "",
            *rows,
        ]
    )
    if args.write:
        write_section(SECTION, "Start-up", body)


if __name__ == "__main__":
    main()
