"""Frame times of the timeline canvas over scripted zoom and pan steps, and time to the first frame.

Run: ``python benchmarks/bench_canvas.py [--sizes 1000,10000] [--write]``. Each size gets a
synthetic timeline of 6 lanes over 20 years; the canvas is 1600x1000 offscreen. A frame is
one view-model call (zoom or pan) plus a synchronous repaint.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_report import percentile, write_section
from synthetic import write_synthetic

DATA_DIR = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parent.parent
SIZES = (1_000, 10_000, 100_000, 1_000_000)
CANVAS_SIZE = (1600, 1000)
ZOOM_STEPS = 40
PAN_STEPS = 40
FIRST_FRAME_RUNS = 7
FRAME_TARGET_MS = 16.0
FIRST_FRAME_TARGET_S = 0.8
SECTION = "bench_canvas"

_FIRST_FRAME_SCRIPT = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from timeline_app.app import create_main_window
from timeline_app.widgets.canvas import TimelineCanvas
original = TimelineCanvas.paintEvent
def timed(self, event):
    original(self, event)
    print(time.time(), flush=True)
    os._exit(0)
TimelineCanvas.paintEvent = timed
app = QApplication(sys.argv[:1])
window = create_main_window(sys.argv[1])
window.resize(1600, 1000)
window.show()
app.exec()
"""


def frame_times(count: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds per frame over the scripted sequence for ``count`` events.

    CPU time (of this thread) is reported beside wall time because the machine is shared:
    wall time includes waiting for the other jobs, CPU time is what the frame itself cost.
    """
    from PySide6.QtWidgets import QApplication

    from timeline_app.io.loader import load_timeline
    from timeline_app.viewmodel.view_model import TimelineViewModel
    from timeline_app.widgets.canvas import TimelineCanvas

    path = DATA_DIR / f"synthetic-{count}.json"
    if not path.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        write_synthetic(path, count)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    model = TimelineViewModel(load_timeline(path))
    canvas = TimelineCanvas(model)
    canvas.resize(*CANVAS_SIZE)
    canvas.show()
    app.processEvents()
    canvas.repaint()  # warm caches: fonts, numpy paths
    steps = _script(CANVAS_SIZE[0])
    times, cpu_times = [], []
    for action, argument in steps:
        began, began_cpu = time.perf_counter(), time.thread_time()
        if action == "zoom":
            model.zoom_at(argument, 1.25)
        elif action == "unzoom":
            model.zoom_at(argument, 0.8)
        else:
            model.pan_by(argument)
        canvas.repaint()
        times.append((time.perf_counter() - began) * 1000)
        cpu_times.append((time.thread_time() - began_cpu) * 1000)
    canvas.close()
    canvas.deleteLater()
    app.processEvents()
    return times, cpu_times


def _script(width: int) -> list[tuple[str, float]]:
    """Zoom in towards several places, pan both ways, zoom back out: a user exploring."""
    anchors = [width * f for f in (0.5, 0.3, 0.7, 0.45)]
    steps: list[tuple[str, float]] = [("zoom", anchors[i % len(anchors)]) for i in range(ZOOM_STEPS)]
    steps += [("pan", 60.0 if i < PAN_STEPS // 2 else -90.0) for i in range(PAN_STEPS)]
    steps += [("unzoom", anchors[i % len(anchors)]) for i in range(ZOOM_STEPS)]
    return steps


def first_frame_seconds() -> list[float]:
    """Seconds from starting a Python process to the first painted canvas frame on events.json."""
    results = []
    for _ in range(FIRST_FRAME_RUNS):
        started = time.time()
        output = subprocess.run(
            [sys.executable, "-c", _FIRST_FRAME_SCRIPT, str(ROOT / "events.json")],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout
        results.append(float(output.strip().splitlines()[-1]) - started)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args()
    rows = [
        "| events | frames | median ms | p95 ms | max ms | CPU median ms | CPU p95 ms | target p95 |",
        "|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for size in (int(s) for s in args.sizes.split(",")):
        times, cpu = frame_times(size)
        rows.append(
            f"| {size:,} | {len(times)} | {statistics.median(times):.1f} | {percentile(times, 95):.1f} "
            f"| {max(times):.1f} | {statistics.median(cpu):.1f} | {percentile(cpu, 95):.1f} "
            f"| ≤ {FRAME_TARGET_MS:.0f} ms |"
        )
        print(rows[-1], flush=True)
    first = first_frame_seconds()
    first_line = (
        f"Process start to first painted frame on `events.json` ({len(first)} runs): "
        f"median {statistics.median(first):.2f} s, p95 {percentile(first, 95):.2f} s "
        f"(target ≤ {FIRST_FRAME_TARGET_S} s)."
    )
    print(first_line)
    body = "\n".join(
        [
            "Frame = one zoom or pan call plus a synchronous repaint of a 1600×1000 canvas (offscreen),",
            f"over {ZOOM_STEPS} zoom-in, {PAN_STEPS} pan and {ZOOM_STEPS} zoom-out steps; synthetic "
            "timelines of 6 lanes over 20 years.",
            "Command: `python benchmarks/bench_canvas.py --write`.",
            "",
            *rows,
            "",
            first_line,
        ]
    )
    if args.write:
        write_section(SECTION, "Canvas frames", body)


if __name__ == "__main__":
    main()
