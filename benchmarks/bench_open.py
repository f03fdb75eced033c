"""Opening a file in the running app: time to the first painted frame, and how long the event loop stalls.

Run: ``python benchmarks/bench_open.py [--sizes 10000,100000] [--runs 3] [--write]``. The window
is open on events.json; the benchmark then opens a synthetic file through File ▸ Open's code
path (a background load) and measures, from the request to the first painted frame of the new
timeline, the wall time and the longest gap between ticks of a 5 ms timer on the GUI thread.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_report import machine_description, percentile, replace_section
from synthetic import write_synthetic

DATA_DIR = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parent.parent
SIZES = (10_000, 100_000, 1_000_000)
TICK_MS = 5
STALL_TARGET_MS = 100
SECTION = "bench_open"


def open_once(window: object, path: Path) -> tuple[float, float]:
    """Seconds from the open request to the first frame, and the longest event-loop stall in ms."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from timeline_app.main_window import MainWindow

    assert isinstance(window, MainWindow)
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(tick)
    loop = QEventLoop()
    painted: list[float] = []

    def on_loaded(_path: object) -> None:
        window.canvas.repaint()
        painted.append(time.perf_counter())
        loop.quit()

    window.files.path_changed.connect(on_loaded)
    ticker.start()
    began = time.perf_counter()
    window.files.open_path(path)
    loop.exec()
    ticker.stop()
    window.files.path_changed.disconnect(on_loaded)
    return painted[0] - began, max(gaps, default=0.0)


def _data_file(size: int, fmt: str) -> Path:
    """The synthetic file of ``size`` events in our JSON, or converted to TimelineJS JSON."""
    native = DATA_DIR / f"synthetic-{size}.json"
    if not native.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        write_synthetic(native, size)
    if fmt == "native":
        return native
    converted = DATA_DIR / f"synthetic-{size}.timelinejs.json"
    if not converted.exists():
        from timeline_app.formats.timelinejs import write_timelinejs
        from timeline_app.loader import load_timeline

        write_timelinejs(load_timeline(native), converted)
    return converted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--formats", default="native,timelinejs", help="native and/or timelinejs")
    args = parser.parse_args()
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from timeline_app.app import create_main_window

    # Opening files remembers each file's view: keep that out of the user's own settings.
    scratch = tempfile.mkdtemp(prefix="bench-open-settings-")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, scratch)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = create_main_window(ROOT / "events.json")
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    rows = [
        "| format | events | runs | open → first frame median s | p95 s | worst stall ms | target stall |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    cases = [(fmt, int(size)) for fmt in args.formats.split(",") for size in args.sizes.split(",")]
    for fmt, size in cases:
        path = _data_file(size, fmt)
        times, stalls = [], []
        for _ in range(args.runs):
            open_once(window, ROOT / "events.json")  # start each run from the small file
            seconds, stall = open_once(window, path)
            times.append(seconds)
            stalls.append(stall)
        rows.append(
            f"| {fmt} | {size:,} | {args.runs} | {statistics.median(times):.2f} "
            f"| {percentile(times, 95):.2f} | {max(stalls):.0f} | ≤ {STALL_TARGET_MS} ms |"
        )
        print(rows[-1], flush=True)
    body = "\n".join(
        [
            "Opening a file in the running window (background load, then the first frame).",
            f"Stall = the longest gap between ticks of a {TICK_MS} ms timer on the GUI thread while opening.",
            "Command: `python benchmarks/bench_open.py --write`.",
            "",
            *rows,
        ]
    )
    if args.write:
        replace_section(
            ROOT / "docs" / "benchmarks.md", SECTION, "Opening files", body, machine_description()
        )


if __name__ == "__main__":
    main()
