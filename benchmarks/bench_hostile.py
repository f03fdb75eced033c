"""Benchmark loading the 200 MB hostile files (valid, truncated, last event bad): time and peak memory.

tests/test_hostile_files.py checks what these loads end in, that they do not hang and that
their memory stays within the figures measured here; how long they take is measured only
here, each load in a fresh interpreter, and written into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench_report import DOC_PATH, percentile, write_section
from synthetic import BIG_COPIES, BIG_EVENTS, BIG_VARIANTS, big_document, big_variant

SECTION = "bench_hostile"
DEFAULT_RUNS = 5
MIN_RUNS = 5  # fewer runs make a p95 meaningless
P95 = 95
MIB = 2**20
# A load that takes longer has hung (tests/test_hostile_files.py uses the same limit).
TIMEOUT_S = 180.0


def peak_rss_mib() -> float:
    """This process's own peak RSS: VmHWM, which (unlike ru_maxrss) exec does not inherit from the parent."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / MIB if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


@dataclass(frozen=True, slots=True)
class Run:
    """What one child process measured."""

    outcome: str  # loaded or refused
    seconds: float  # wall time of the load alone, imports excluded
    cpu_seconds: float
    peak_mib: float  # the child's peak RSS, interpreter and imports included


@dataclass(frozen=True, slots=True)
class Row:
    """Every run of one variant."""

    variant: str
    size_bytes: int
    runs: tuple[Run, ...]

    @property
    def median(self) -> float:
        return statistics.median(run.seconds for run in self.runs)

    @property
    def p95(self) -> float:
        return percentile([run.seconds for run in self.runs], P95)

    @property
    def cpu_median(self) -> float:
        return statistics.median(run.cpu_seconds for run in self.runs)

    @property
    def peak_median(self) -> float:
        return statistics.median(run.peak_mib for run in self.runs)

    @property
    def peak_max(self) -> float:
        return max(run.peak_mib for run in self.runs)

    @property
    def outcomes(self) -> str:
        return ", ".join(sorted({run.outcome for run in self.runs}))


def child(path: Path) -> None:
    """Load ``path`` once and print a JSON line: outcome, seconds, CPU seconds, peak RSS."""
    from timeline_app.io.errors import TimelineLoadError
    from timeline_app.io.loader import load_timeline

    gc.collect()
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        load_timeline(path)
        outcome = "loaded"
    except TimelineLoadError:
        outcome = "refused"
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    result = {"outcome": outcome, "seconds": seconds, "cpu_seconds": cpu_seconds, "peak_mib": peak_rss_mib()}
    print(json.dumps(result))


def run_once(path: Path) -> Run:
    """One load in a fresh interpreter."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(path)]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"the load of {path} failed:\n{completed.stderr}")
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    return Run(result["outcome"], result["seconds"], result["cpu_seconds"], result["peak_mib"])


def measure(variant: str, path: Path, runs: int) -> Row:
    """``runs`` fresh-process loads of one variant."""
    results = []
    for k in range(runs):
        run = run_once(path)
        results.append(run)
        print(
            f"  {variant:<14} run {k + 1}/{runs}: {run.outcome} in {run.seconds:.2f} s "
            f"(CPU {run.cpu_seconds:.2f} s), peak {run.peak_mib:.0f} MiB",
            file=sys.stderr,
            flush=True,
        )
    return Row(variant, path.stat().st_size, tuple(results))


def table(rows: Sequence[Row]) -> str:
    """The results as a Markdown table."""
    lines = [
        "| file | MiB | outcome | runs | median s | p95 s | median CPU s | peak MiB (median) "
        "| peak MiB (max) | peak ÷ file size (max) |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        size_mib = row.size_bytes / MIB
        lines.append(
            f"| {row.variant} | {size_mib:.0f} | {row.outcomes} | {len(row.runs)} | {row.median:.2f} "
            f"| {row.p95:.2f} | {row.cpu_median:.2f} | {row.peak_median:.0f} | {row.peak_max:.0f} "
            f"| {row.peak_max / size_mib:.2f} |"
        )
    return "\n".join(lines)


def body(rows: Sequence[Row], command: str) -> str:
    """The docs/benchmarks.md section's text under its title."""
    return "\n".join(
        [
            f"Wall time of `load_timeline` on a file of {BIG_COPIES} copies of the synthetic",
            f"{BIG_EVENTS:,}-event document (`benchmarks/synthetic.py` `big_document`), as is, cut",
            "1000 bytes short, and with its very last event's status wrong: the 200 MB cases of",
            "`tests/test_hostile_files.py`, which check what each load ends in and bound its peak",
            "memory by these figures (no time limit there but a timeout for hangs). Each run is a",
            "fresh interpreter, imports excluded from the times; peak is the child's own VmHWM",
            "(interpreter and imports included; `ru_maxrss` would carry over the parent's peak).",
            "",
            f"Measured {dt.date.today().isoformat()} with `{command}`.",
            "",
            table(rows),
        ]
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help=f"loads per file (>= {MIN_RUNS})")
    parser.add_argument(
        "--variants",
        default=",".join(BIG_VARIANTS),
        help=f"comma-separated files to load (default {','.join(BIG_VARIANTS)})",
    )
    parser.add_argument("--write", action="store_true", help=f"write the table into {DOC_PATH.name}")
    parser.add_argument("--child", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        child(Path(args.child))
        return
    if args.runs < MIN_RUNS:
        parser.error(f"--runs must be at least {MIN_RUNS}")
    variants = [name.strip() for name in args.variants.split(",") if name.strip()]
    unknown = [name for name in variants if name not in BIG_VARIANTS]
    if unknown:
        parser.error(f"unknown variants {', '.join(unknown)} (known: {', '.join(BIG_VARIANTS)})")

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench_hostile-") as folder:
        print("generating the big file ...", file=sys.stderr, flush=True)
        data = big_document()
        for variant in variants:
            path = Path(folder) / f"big-{variant}.json"
            path.write_bytes(big_variant(data, variant))
            rows.append(measure(variant, path, args.runs))
            path.unlink()
    print(table(rows))
    if args.write:
        command = "python benchmarks/bench_hostile.py " + " ".join(sys.argv[1:] if argv is None else argv)
        title = "Loading a 200 MB file (`benchmarks/bench_hostile.py`)"
        write_section(SECTION, title, body(rows, command.strip()))
        print(f"wrote the results into {DOC_PATH}", file=sys.stderr)


if __name__ == "__main__":
    main()
