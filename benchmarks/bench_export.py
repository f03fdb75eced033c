"""Benchmark exporting a synthetic timeline to each data format (wall and CPU time) for docs/benchmarks.md."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench_report import DOC_PATH, percentile, write_section
from synthetic import write_synthetic

from timeline_app.core.timeline import Timeline
from timeline_app.io.formats import FORMATS, export_any, export_formats
from timeline_app.io.loader import load_timeline

HERE = Path(__file__).resolve().parent
DATA_DIR = HERE / "data"
SECTION = "bench_export"
DEFAULT_SIZE = 100_000
DEFAULT_RUNS = 5
MIN_RUNS = 5  # fewer runs make a p95 meaningless
P95 = 95
MIB = 2**20
MICROSECONDS = 1e6


@dataclass(frozen=True, slots=True)
class Row:
    """Every run of one format."""

    name: str
    wall: tuple[float, ...]  # seconds per run
    cpu: tuple[float, ...]  # CPU seconds of the exporting thread per run
    size_bytes: int
    skipped: int  # events the format could not hold

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def p95(self) -> float:
        return percentile(self.wall, P95)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)


def data_file(size: int) -> Path:
    """The synthetic file of ``size`` events, generated once and reused (as bench_load does)."""
    path = DATA_DIR / f"synthetic-{size}.json"
    if not path.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".json.partial")
        print(f"generating {path.name} ...", file=sys.stderr, flush=True)
        write_synthetic(partial, size)
        partial.replace(path)
    return path


def measure(timeline: Timeline, name: str, folder: Path, runs: int) -> Row:
    """``runs`` exports of the timeline in one format, each timed on its own."""
    path = folder / f"export{FORMATS[name].suffixes[0]}"
    wall, cpu = [], []
    skipped: tuple[str, ...] = ()
    for run in range(runs):
        gc.collect()  # each run starts without the previous run's garbage
        started, cpu_started = time.perf_counter(), time.thread_time()
        skipped = export_any(timeline, path, name)
        wall.append(time.perf_counter() - started)
        cpu.append(time.thread_time() - cpu_started)
        print(
            f"  {name:<11} run {run + 1}/{runs}: {wall[-1]:.3f} s (CPU {cpu[-1]:.3f} s)",
            file=sys.stderr,
            flush=True,
        )
    return Row(name, tuple(wall), tuple(cpu), path.stat().st_size, len(skipped))


def table(rows: Sequence[Row], events: int) -> str:
    """The results as a Markdown table."""
    lines = [
        "| format | runs | median s | p95 s | median CPU s | µs per event (median) | file MiB | skipped |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        per_event = row.median / events * MICROSECONDS
        label = f"{FORMATS[row.name].label} (`{row.name}`)"
        lines.append(
            f"| {label} | {len(row.wall)} | {row.median:.3f} | {row.p95:.3f} | {row.cpu_median:.3f} "
            f"| {per_event:.1f} | {row.size_bytes / MIB:.1f} | {row.skipped:,} |"
        )
    return "\n".join(lines)


def body(rows: Sequence[Row], events: int, load_seconds: float, command: str) -> str:
    """The docs/benchmarks.md section's text under its title."""
    return "\n".join(
        [
            f"Wall time of `export_any(timeline, path, format)` on a synthetic timeline of {events:,} events",
            "(`benchmarks/synthetic.py`: days, months, years and month intervals over 20 years, 6 lanes, a",
            "one-line summary per event), loaded once; each run builds the whole file in memory and writes",
            "it to a temporary folder. CPU time is the exporting thread's (`time.thread_time()`), which",
            "suffers less from other work on a shared machine. The iCalendar export writes its content",
            "lines directly (through the `icalendar` package it took 38.3 s median, 44.3 s p95, on",
            "2026-11-25); the package reads the result back in the tests.",
            "",
            f"Measured {dt.date.today().isoformat()} with `{command}` (load before exporting: "
            f"{load_seconds:.2f} s).",
            "",
            table(rows, events),
        ]
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="events in the synthetic timeline")
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help=f"exports per format (>= {MIN_RUNS})")
    parser.add_argument(
        "--formats",
        default=",".join(fmt.name for fmt in export_formats()),
        help="comma-separated format names (default: every format that can be written)",
    )
    parser.add_argument("--write", action="store_true", help=f"write the table into {DOC_PATH.name}")
    args = parser.parse_args(argv)
    if args.runs < MIN_RUNS:
        parser.error(f"--runs must be at least {MIN_RUNS}")
    names = [name.strip() for name in args.formats.split(",") if name.strip()]
    writable = {fmt.name for fmt in export_formats()}
    unknown = [name for name in names if name not in writable]
    if unknown:
        parser.error(f"cannot export to {', '.join(unknown)} (known: {', '.join(sorted(writable))})")

    started = time.perf_counter()
    timeline = load_timeline(data_file(args.size))
    load_seconds = time.perf_counter() - started
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench_export-") as folder:
        for name in names:
            rows.append(measure(timeline, name, Path(folder), args.runs))
    print(table(rows, len(timeline.events)))
    if args.write:
        command = "python benchmarks/bench_export.py " + " ".join(sys.argv[1:] if argv is None else argv)
        text = body(rows, len(timeline.events), load_seconds, command.strip())
        title = "Exporting to each format (`benchmarks/bench_export.py`)"
        write_section(SECTION, title, text)
        print(f"wrote the results into {DOC_PATH}", file=sys.stderr)


if __name__ == "__main__":
    main()
