"""Pictures in the detail panel: how long the first and the next picture take, and what the GUI thread feels.

Run: ``python benchmarks/bench_images.py [--runs 7] [--write]``. Each picture is asked of a real
``ImageLoader`` (as the detail panel asks: read on the worker thread, decoded in the decoder
child, made a QImage on this, the GUI, thread) while a 5 ms timer ticks on the GUI thread. The
first picture starts a decoder child (it is ended before each such run); the next finds it
waiting. Latency is from the request to the ``loaded`` signal; stall is the longest gap between
ticks. For comparison: the same picture decoded on this thread (as before, when the GUI thread
decoded), and the QImage copy that the GUI thread does now.

A spawned child re-runs the app's main script before it starts (multiprocessing's rule); this
script imports the command line module at its top, as the installed ``timeline-app`` script
does, so that its children pay what the app's pay. ``--bare`` leaves that out (what
``python -m timeline_app`` pays, whose main module a child does not re-run).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if "--bare" not in sys.argv:  # (see the docstring: what the installed script imports)
    import timeline_app.app.cli  # noqa: F401

from bench_report import percentile, write_section

TICK_MS = 5
SECTION = "bench_images"
TIMEOUT_S = 120.0


def _pictures(folder: Path) -> dict[str, Path]:
    """The pictures measured, written into ``folder``: a small PNG, a photo-sized JPEG, the biggest PNG."""
    import numpy as np
    from PySide6.QtGui import QImage

    from tests.pictures import solid_png

    small = QImage(400, 300, QImage.Format.Format_RGB32)
    small.fill(0x3366AA)
    small.save(str(folder / "small.png"))
    # A photograph's size and texture: a gradient with noise (24 megapixels, a few MB of JPEG).
    height, width = 4000, 6000
    rng = np.random.default_rng(1)
    ramp = np.linspace(40, 215, width, dtype=np.float32)[None, :, None]
    rgb = np.clip(ramp + rng.normal(0, 12, (height, width, 3)), 0, 255).astype(np.uint8)
    pixels = np.concatenate([rgb[..., ::-1], np.full((height, width, 1), 255, np.uint8)], axis=2)
    photo = QImage(pixels.tobytes(), width, height, width * 4, QImage.Format.Format_RGB32)
    photo.save(str(folder / "photo.jpg"), None, 90)  # (JPEG, from the name)
    (folder / "huge.png").write_bytes(solid_png(7000, 7000))
    return {
        "PNG 400 × 300": folder / "small.png",
        "JPEG 6000 × 4000 (24 Mpx)": folder / "photo.jpg",
        "PNG 7000 × 7000 (49 Mpx)": folder / "huge.png",
    }


Gap = tuple[float, float, float]  # ms: wall, GUI thread CPU, process CPU


def _load_once(loader: object, folder: Path, name: str, key: str) -> tuple[float, Gap]:
    """Ask ``loader`` for ``folder/name``; seconds to the picture and the worst gap between ticks."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from timeline_app.render.image_loader import ImageLoader

    assert isinstance(loader, ImageLoader)
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed(), time.thread_time(), time.process_time()]
    gaps: list[Gap] = [(0.0, 0.0, 0.0)]

    def tick() -> None:
        now = [clock.elapsed(), time.thread_time(), time.process_time()]
        gaps.append((now[0] - last[0], (now[1] - last[1]) * 1000, (now[2] - last[2]) * 1000))
        last[:] = now

    done: list[float] = []
    loop = QEventLoop()

    def finished(_key: str, _result: object) -> None:
        done.append(time.perf_counter())
        loop.quit()

    loader.loaded.connect(finished)
    loader.failed.connect(finished)
    ticker = QTimer()
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(tick)
    ticker.start()
    QTimer.singleShot(int(TIMEOUT_S * 1000), loop.quit)
    began = time.perf_counter()
    loader.load_local(key, folder, name)
    loop.exec()
    ticker.stop()
    tick()
    loader.loaded.disconnect(finished)
    loader.failed.disconnect(finished)
    if not done:
        raise SystemExit(f"{name}: no answer within {TIMEOUT_S:.0f} s")
    return done[0] - began, max(gaps)


def _stall(gaps: list[Gap]) -> str:
    """The worst gap, and in brackets the CPU time of the GUI thread and of the process during it:
    a gap with little of either is the machine running other work, not this app."""
    wall, gui, process = max(gaps)
    return f"{wall:.0f} ({gui:.0f} / {process:.0f})"


def _figures(values: list[float], scale: float = 1.0, digits: int = 2) -> str:
    return f"{statistics.median(values) * scale:.{digits}f} | {percentile(values, 95) * scale:.{digits}f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--bare", action="store_true", help="children do not import the command line")
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication

    from timeline_app.render import image_loader
    from timeline_app.render.image_decoding import MAX_DECODED_WIDTH, decode_image, read_local_bytes

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept for the run)
    folder = Path(tempfile.mkdtemp(prefix="bench-images-"))
    pictures = _pictures(folder)
    loader = image_loader.ImageLoader()
    decoder = image_loader._DECODING.decoder
    rows = [
        "| picture | file | first picture (child started) median s | p95 s "
        "| worst stall ms (GUI / process CPU ms) | next picture median s | p95 s "
        "| worst stall ms (GUI / process CPU ms) | decoded on the GUI thread (before) median s "
        "| QImage copy on the GUI thread median ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, path in pictures.items():
        first, first_stalls, warm, warm_stalls, here, copies = [], [], [], [], [], []
        for run in range(args.runs):
            decoder.stop()
            seconds, stall = _load_once(loader, folder, path.name, f"{label} cold {run}")
            first.append(seconds)
            first_stalls.append(stall)
            seconds, stall = _load_once(loader, folder, path.name, f"{label} warm {run}")
            warm.append(seconds)
            warm_stalls.append(stall)
            began = time.perf_counter()
            decode_image(read_local_bytes(folder, path.name), MAX_DECODED_WIDTH)
            here.append(time.perf_counter() - began)
            pixels = decoder.decode(path.read_bytes(), MAX_DECODED_WIDTH)  # (the worker is idle)
            began = time.perf_counter()
            pixels.to_image()
            copies.append(time.perf_counter() - began)
        size = path.stat().st_size
        rows.append(
            f"| {label} | {size / 1e6:.2f} MB | {_figures(first)} | {_stall(first_stalls)} "
            f"| {_figures(warm)} | {_stall(warm_stalls)} | {statistics.median(here):.2f} "
            f"| {statistics.median(copies) * 1000:.1f} |"
        )
        print(rows[-1], flush=True)
    decoder.stop()
    main_module = "none (`--bare`)" if args.bare else "the command line, as the installed script's"
    body = (
        f"A picture asked of the detail panel's loader: read on its worker thread, decoded in the "
        f"decoder child, scaled to at most {MAX_DECODED_WIDTH} pixels wide, made a QImage on the "
        f"GUI thread. {args.runs} runs of each; the first picture starts the child (ended before "
        f"each run), the next finds it waiting. Stall = the longest gap between ticks of a "
        f"{TICK_MS} ms timer on the GUI thread meanwhile; in brackets, the CPU time of the GUI "
        f"thread and of the whole process in that gap (a gap with little of either is the shared "
        f"machine running other work). Main module re-run by the child: "
        f"{main_module}.\n"
        f"Command: `python benchmarks/bench_images.py --write{' --bare' if args.bare else ''}`.\n\n"
        + "\n".join(rows)
    )
    print(body)
    if args.write:
        title = "Pictures in the detail panel (`benchmarks/bench_images.py`)"
        if args.bare:
            title = "Pictures in the detail panel, children re-running no main module (`--bare`)"
        write_section(SECTION + ("_bare" if args.bare else ""), title, body)


if __name__ == "__main__":
    main()
