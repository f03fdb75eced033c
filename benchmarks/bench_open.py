"""Opening a file in the running app: time to the first painted frame, and how long the event loop stalls.

Run: ``python benchmarks/bench_open.py [--sizes 10000,100000] [--runs 3] [--write]``. The window
is open on events.json; the benchmark then opens a synthetic file through File ▸ Open's code
path (a background load) and measures, from the request to the first painted frame of the new
timeline, the wall time and the longest gap between ticks of a 5 ms timer on the GUI thread.
It goes on ticking until the search index, built on a background thread once the timeline is
shown, is ready: the window must stay responsive then too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_report import percentile, write_section
from synthetic import write_synthetic

DATA_DIR = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parent.parent
SIZES = (10_000, 100_000, 1_000_000)
TICK_MS = 5
STALL_TARGET_MS = 100
# How long to keep ticking after replacing a big timeline with a small one: its release is spread
# over the next few hundred milliseconds (see timeline_app/release.py).
REPLACE_SETTLE_SECONDS = 1.0
SECTION = "bench_open"


@dataclass(frozen=True, slots=True)
class Opening:
    """One open: seconds to the first frame and to a ready search index, worst stalls in ms."""

    seconds: float
    stall_ms: float  # until the first frame
    indexed_seconds: float
    stall_after_ms: float  # from the first frame until the search index is ready


def open_once(window: object, path: Path, settle_seconds: float = 0.0) -> Opening:
    """Open ``path`` and measure it (see ``Opening``), ticking on ``settle_seconds`` after it."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from timeline_app.app.main_window import MainWindow

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
    window.files.path_changed.disconnect(on_loaded)
    gaps_before, gaps[:] = list(gaps), []
    while not window.model.search_index.ready:
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    indexed = time.perf_counter()
    while time.perf_counter() < indexed + settle_seconds:
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    ticker.stop()
    return Opening(
        seconds=painted[0] - began,
        stall_ms=max(gaps_before, default=0.0),
        indexed_seconds=indexed - began,
        stall_after_ms=max(gaps, default=0.0),
    )


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
        from timeline_app.io.formats.timelinejs import write_timelinejs
        from timeline_app.io.loader import load_timeline

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
        "| format | events | runs | open → first frame median s | p95 s | worst stall ms "
        "| open → search ready median s | worst stall after first frame ms "
        "| worst stall replacing it ms | target stall |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    small = ROOT / "events.json"
    open_once(window, small)  # a first open imports the format readers: keep it out of the figures
    cases = [(fmt, int(size)) for fmt in args.formats.split(",") for size in args.sizes.split(",")]
    for fmt, size in cases:
        path = _data_file(size, fmt)
        openings, replacements = [], []
        for _ in range(args.runs):
            openings.append(open_once(window, path))
            # Back to the small file: the big timeline is let go, which must not freeze either.
            replacements.append(open_once(window, small, settle_seconds=REPLACE_SETTLE_SECONDS))
        times = [opening.seconds for opening in openings]
        rows.append(
            f"| {fmt} | {size:,} | {args.runs} | {statistics.median(times):.2f} "
            f"| {percentile(times, 95):.2f} | {max(o.stall_ms for o in openings):.0f} "
            f"| {statistics.median(o.indexed_seconds for o in openings):.2f} "
            f"| {max(o.stall_after_ms for o in openings):.0f} "
            f"| {max(max(r.stall_ms, r.stall_after_ms) for r in replacements):.0f} | ≤ {STALL_TARGET_MS} ms |"
        )
        print(rows[-1], flush=True)
    body = "\n".join(
        [
            "Opening a file in the running window (background load, then the first frame).",
            f"Stall = the longest gap between ticks of a {TICK_MS} ms timer on the GUI thread while opening,",
            "then from the first frame until the search index (built in the background) is ready,",
            f"and while events.json replaces it again (ticking {REPLACE_SETTLE_SECONDS:.0f} s more,",
            "as the big timeline is released).",
            "Command: `python benchmarks/bench_open.py --write`.",
            "",
            *rows,
        ]
    )
    if args.write:
        write_section(SECTION, "Opening files", body)


if __name__ == "__main__":
    main()
