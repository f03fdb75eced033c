"""The window's worst stall while File ▸ Open loads a big file (2M and 6M events of our JSON, 1M
TimelineJS slides), and what the GUI thread was doing then.

Run: ``python benchmarks/bench_big_open.py [--cases native-2M,timelinejs-exported-1M] [--runs 2]``
(offscreen). The window is open on events.json; each run opens the big file through File ▸ Open's
code path (``FileController.open_path``: a worker thread, a loader child for big files), ticks a
5 ms timer on the GUI thread, and records the longest gap between ticks: until the first painted
frame of the new timeline, then until its search index is ready, then while events.json replaces
it (ticking one second more while the big timeline is let go). A watchdog thread notes the GUI
thread's innermost frames whenever a tick is more than 40 ms late, and a ``gc`` callback notes
collections on the GUI thread over 10 ms, so that each worst stall comes with a suspect. The
files are those of ``bench_big.py`` (made on first use). Figures are wall time on a shared
2-core machine: run several times.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import threading
import time
import traceback
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_big import CASES, DATA_DIR  # noqa: E402 (after the path is set)

ROOT = HERE.parent
TICK_MS = 5
LATE_MS = 40  # a tick this late makes the watchdog look at what the GUI thread is doing
WATCH_SECONDS = 0.005
GC_NOTE_MS = 10
SETTLE_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class Opening:
    """One open of a big file, and its replacement by events.json."""

    case: str
    first_frame_s: float
    stall_ms: float  # until the first frame
    stall_cpu_ms: tuple[float, float]  # the GUI thread's and the process's CPU time in that gap
    suspect: str  # what the GUI thread was doing in that stall
    search_ready_s: float
    stall_after_ms: float  # from the first frame until the search index is ready
    stall_after_cpu_ms: tuple[float, float]
    suspect_after: str
    stall_replacing_ms: float
    stall_replacing_cpu_ms: tuple[float, float]
    suspect_replacing: str
    parent_peak_mb: float  # this process's VmHWM after the run (cumulative over runs)


class StallWatch:
    """Ticks on the GUI thread; the longest gap of each phase, and a suspect for it."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self._main = threading.get_ident()
        self._last = time.perf_counter()
        self._worst = 0.0
        self._worst_cpu = (0.0, 0.0)
        self._clocks = (time.thread_time(), time.process_time())
        self._suspect = ""
        self._samples: list[str] = []  # what the watchdog saw during the current gap
        self._gc_started = 0.0
        self._lock = threading.Lock()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._running = True
        self._watchdog = threading.Thread(target=self._watch, name="stall watchdog", daemon=True)

    def start(self) -> None:
        gc.callbacks.append(self._on_gc)
        self._timer.start()
        self._watchdog.start()

    def stop(self) -> None:
        self._timer.stop()
        self._running = False
        gc.callbacks.remove(self._on_gc)

    def phase(self) -> tuple[float, tuple[float, float], str]:
        """The worst gap (ms) since the last call, the CPU time (ms) of the GUI thread and of the
        whole process in it, and its suspect; starts the next phase. A gap with little CPU of
        either was the machine running other work (a shared machine's noise)."""
        with self._lock:
            worst, cpu, suspect = self._worst * 1000, self._worst_cpu, self._suspect
            self._worst, self._worst_cpu, self._suspect = 0.0, (0.0, 0.0), ""
        return worst, cpu, suspect

    def _tick(self) -> None:
        now = time.perf_counter()
        clocks = (time.thread_time(), time.process_time())  # this is the GUI thread
        with self._lock:
            gap = now - self._last
            if gap > self._worst:
                self._worst = gap
                self._worst_cpu = tuple(  # type: ignore[assignment]
                    round((after - before) * 1000, 1)
                    for after, before in zip(clocks, self._clocks, strict=True)
                )
                self._suspect = " | ".join(dict.fromkeys(self._samples)) or "(not seen)"
            self._samples = []
            self._last = now
            self._clocks = clocks

    def _watch(self) -> None:
        while self._running:
            time.sleep(WATCH_SECONDS)
            if (time.perf_counter() - self._last) * 1000 < LATE_MS:
                continue
            frame = sys._current_frames().get(self._main)
            if frame is None:
                continue
            inner = traceback.extract_stack(frame)[-3:]
            where = " < ".join(f"{Path(f.filename).stem}.{f.name}:{f.lineno}" for f in reversed(inner))
            with self._lock:
                if len(self._samples) < 6:
                    self._samples.append(where)

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        if threading.get_ident() != self._main:
            return
        if phase == "start":
            self._gc_started = time.perf_counter()
            return
        took = (time.perf_counter() - self._gc_started) * 1000
        if took >= GC_NOTE_MS:
            with self._lock:
                self._samples.append(f"gc generation {info['generation']} ({took:.0f} ms)")


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def open_big(window: Any, case: str, path: Path, small: Path) -> Opening:
    """Open ``path`` in the window and measure; then put events.json back."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    painted: list[float] = []

    def on_loaded(_path: object) -> None:
        window.canvas.repaint()
        painted.append(time.perf_counter())
        loop.quit()

    def wait_until_shown(target: Path) -> None:
        window.files.path_changed.connect(on_loaded)
        window.files.open_path(target)
        loop.exec()
        window.files.path_changed.disconnect(on_loaded)

    watch = StallWatch()
    watch.start()
    began = time.perf_counter()
    wait_until_shown(path)
    stall, stall_cpu, suspect = watch.phase()
    while not window.model.search_index.ready:
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    ready = time.perf_counter()
    stall_after, stall_after_cpu, suspect_after = watch.phase()
    wait_until_shown(small)
    settle = time.perf_counter() + SETTLE_SECONDS
    while time.perf_counter() < settle or not window.model.search_index.ready:
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    stall_replacing, stall_replacing_cpu, suspect_replacing = watch.phase()
    watch.stop()
    return Opening(
        case=case,
        first_frame_s=painted[0] - began,
        stall_ms=stall,
        stall_cpu_ms=stall_cpu,
        suspect=suspect,
        search_ready_s=ready - began,
        stall_after_ms=stall_after,
        stall_after_cpu_ms=stall_after_cpu,
        suspect_after=suspect_after,
        stall_replacing_ms=stall_replacing,
        stall_replacing_cpu_ms=stall_replacing_cpu,
        suspect_replacing=suspect_replacing,
        parent_peak_mb=_peak_mb(),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", default="native-2M,native-6M,timelinejs-exported-1M")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--json", type=Path, help="also append each run as a JSON line to this file")
    args = parser.parse_args()
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from timeline_app.app import create_main_window

    # Opening files remembers each file's view: keep that out of the user's own settings.
    scratch = tempfile.mkdtemp(prefix="bench-big-open-settings-")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, scratch)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    small = ROOT / "events.json"
    window = create_main_window(small)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    for name in args.cases.split(","):
        case = CASES[name]
        path = DATA_DIR / case.file_name
        if not path.exists():
            DATA_DIR.mkdir(parents=True, exist_ok=True)
            print(f"making {path.name}", flush=True)
            case.make(path)
        runs = []
        for _ in range(args.runs):
            opening = open_big(window, name, path, small)
            runs.append(opening)
            print(json.dumps(asdict(opening)), flush=True)
            if args.json:
                with args.json.open("a") as out:
                    out.write(json.dumps(asdict(opening)) + "\n")
        print(
            f"{name}: first frame median {statistics.median(r.first_frame_s for r in runs):.1f} s, "
            "worst stall "
            f"{max(r.stall_ms for r in runs):.0f} / {max(r.stall_after_ms for r in runs):.0f} / "
            f"{max(r.stall_replacing_ms for r in runs):.0f} ms (opening / until search / replacing)",
            flush=True,
        )


if __name__ == "__main__":
    main()
