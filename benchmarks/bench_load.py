"""Benchmark load_timeline (and a naive pydantic loader) on synthetic files, one fresh process per run."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import importlib.metadata
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from bench_report import DOC_PATH, markers, replace_block
from pydantic import BaseModel, ConfigDict

HERE = Path(__file__).resolve().parent
DATA_DIR = HERE / "data"
SECTION = "bench_load"
START_MARK, END_MARK = markers(SECTION)

DEFAULT_SIZES = (1_000, 100_000, 1_000_000)
DEFAULT_RUNS = 5
NAIVE_MIN_SIZE = 100_000  # the naive loader is measured for these sizes and up, for reference
NAIVE_BIG_SIZE = 1_000_000
NAIVE_BIG_MAX_RUNS = 3  # the naive 1M load takes long; fewer runs are enough to make the point
P95 = 0.95
MIB = 2**20
# Targets by event count: (seconds, peak MiB or None, CPU seconds or None); 1.5 GB read as
# 1.5 GiB. The CPU aim (issue 14) suffers less than wall time from other work on the machine.
TARGETS: dict[int, tuple[float, float | None, float | None]] = {
    100_000: (1.5, None, None),
    1_000_000: (6.0, 1536, 3.0),
}

Approach = Literal["loader", "naive"]
APPROACH_NAMES: dict[str, str] = {
    "loader": "`load_timeline`",
    "naive": "naive: `json.load` + a BaseModel per event",
}


class NaiveEvent(BaseModel):
    """One event as its own pydantic model instance: the approach the loader avoids."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: str
    date: str
    status: Literal["confirmed", "reported", "disputed", "planned"]
    lane: str | None = None
    summary: str = ""


@dataclass(frozen=True, slots=True)
class Run:
    """What one child process measured."""

    seconds: float  # wall time of the load alone, imports excluded
    cpu_seconds: float  # CPU time of the same: less sensitive to other load on a shared machine
    peak_mib: float  # ru_maxrss at the end: the process's peak RSS
    before_mib: float  # ru_maxrss just before the load: interpreter and imports
    hwm_mib: float | None  # VmHWM from /proc (not inherited across exec), as a cross-check
    code: str | None  # digest of the timeline_app sources the child ran, None for the naive loader


@dataclass(frozen=True, slots=True)
class Row:
    """All runs of one approach on one file size."""

    approach: Approach
    size: int
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
    def codes(self) -> set[str]:
        return {run.code for run in self.runs if run.code is not None}

    @property
    def peak_mib(self) -> float:
        return max(run.peak_mib for run in self.runs)

    @property
    def before_mib(self) -> float:
        return statistics.median(run.before_mib for run in self.runs)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Linear-interpolation percentile (fraction in 0..1)."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


# ---------------------------------------------------------------------------
# Child process: one load, measured


def _max_rss_mib() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / MIB if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


def _vm_hwm_mib() -> float | None:
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def _timeline_app_digest() -> str | None:
    """Short sha256 of the timeline_app modules this process imported: the code measured."""
    files = sorted(
        module.__file__
        for name, module in sys.modules.items()
        if (name == "timeline_app" or name.startswith("timeline_app.")) and module.__file__
    )
    if not files:
        return None
    digest = hashlib.sha256()
    for file in files:
        digest.update(Path(file).read_bytes())
    return digest.hexdigest()[:12]


def _load_with_loader(path: Path) -> int:
    from timeline_app.io.loader import load_timeline  # here: keeps the naive child lean

    return len(load_timeline(path).events)


def _load_naively(path: Path) -> int:
    with path.open("rb") as file:
        document = json.load(file)
    events = [NaiveEvent.model_validate(record) for record in document["events"]]
    return len(events)


def child(approach: Approach, path: Path) -> None:
    """Load ``path`` once and print a JSON line: seconds, peak and pre-load RSS."""
    load = _load_with_loader if approach == "loader" else _load_naively
    if approach == "loader":
        import timeline_app.io.loader  # noqa: F401 - import outside the timed region

    gc.collect()
    before = _max_rss_mib()
    started, cpu_started = time.perf_counter(), time.process_time()
    count = load(path)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    result = {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "peak_mib": _max_rss_mib(),
        "before_mib": before,
        "hwm_mib": _vm_hwm_mib(),
        "events": count,
        "code": _timeline_app_digest(),
    }
    print(json.dumps(result))


# ---------------------------------------------------------------------------
# Parent: data files, runs, report


def data_file(size: int) -> Path:
    """The synthetic file of ``size`` events, generated once (in a child process) and reused."""
    path = DATA_DIR / f"synthetic-{size}.json"
    if path.exists():
        return path
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".json.partial")
    print(f"generating {path.name} ...", file=sys.stderr, flush=True)
    # A separate process keeps this one small: a child's ru_maxrss starts at its parent's RSS.
    subprocess.run([sys.executable, str(HERE / "synthetic.py"), str(partial), str(size)], check=True)
    partial.replace(path)
    return path


def run_once(approach: Approach, path: Path, size: int) -> Run:
    """One load in a fresh interpreter."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", approach, str(path)]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"{approach} run on {path} failed:\n{completed.stderr}")
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    if result["events"] != size:
        raise RuntimeError(f"{approach} loaded {result['events']} events from {path}, expected {size}")
    return Run(
        result["seconds"],
        result["cpu_seconds"],
        result["peak_mib"],
        result["before_mib"],
        result["hwm_mib"],
        result["code"],
    )


def measure(approach: Approach, size: int, runs: int) -> Row:
    """``runs`` fresh-process loads of the ``size``-event file."""
    path = data_file(size)
    results = []
    for k in range(runs):
        run = run_once(approach, path, size)
        results.append(run)
        print(
            f"  {approach} {size:>9,} run {k + 1}/{runs}: {run.seconds:.3f} s (CPU {run.cpu_seconds:.3f} s),"
            f" peak {run.peak_mib:.0f} MiB"
            f" (VmHWM {run.hwm_mib or 0:.0f} MiB)",
            file=sys.stderr,
            flush=True,
        )
    return Row(approach, size, tuple(results))


def _target(row: Row) -> tuple[str, str]:
    if row.approach != "loader" or row.size not in TARGETS:
        return "", ""
    seconds, mib, cpu = TARGETS[row.size]
    text = f"median < {seconds:g} s" + (f", < {mib / 1024:g} GiB" if mib is not None else "")
    met = row.median < seconds and (mib is None or row.peak_mib < mib)
    if cpu is None:
        return text, "yes" if met else "**no**"
    cpu_met = row.cpu_median <= cpu
    verdicts = f"{'yes' if met else '**no**'}; {'yes' if cpu_met else '**no**'}"
    return f"{text}; median CPU ≤ {cpu:g} s", verdicts


def table(rows: Sequence[Row]) -> str:
    """The results as a Markdown table."""
    lines = [
        "| approach | events | runs | median s | p95 s | median CPU s | peak MiB | before load MiB "
        "| target | met |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for row in rows:
        target, met = _target(row)
        lines.append(
            f"| {APPROACH_NAMES[row.approach]} | {row.size:,} | {len(row.runs)} | {row.median:.3f} "
            f"| {row.p95:.3f} | {row.cpu_median:.3f} | {row.peak_mib:.0f} | {row.before_mib:.0f} "
            f"| {target} | {met} |"
        )
    return "\n".join(lines)


def _version(*distributions: str) -> str:
    for name in distributions:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return "not installed"


def _first_field(path: str, key: str) -> str | None:
    try:
        text = Path(path).read_text()
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(key):
            return line.split(":", 1)[1].strip()
    return None


def machine() -> str:
    """One line describing the machine and the versions that matter."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cpu = _first_field("/proc/cpuinfo", "model name") or platform.processor() or platform.machine()
    mem = _first_field("/proc/meminfo", "MemTotal")
    ram = f"{int(mem.split()[0]) / 2**20:.1f} GiB RAM" if mem else "RAM unknown"
    return (
        f"{cpus} cores (nproc) of {cpu}, {ram}, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, numpy {_version('numpy')}, pydantic {_version('pydantic')} "
        f"(pydantic-core {_version('pydantic-core')}), PySide6 {_version('PySide6-Essentials', 'PySide6')}"
    )


def code_note(rows: Sequence[Row]) -> str:
    """Which timeline_app code was measured, and a warning if it changed during the run."""
    codes = sorted(set().union(*(row.codes for row in rows)))
    if not codes:
        return ""
    if len(codes) == 1:
        return f"timeline_app sources: `{codes[0]}` (sha256 prefix of the modules loaded)."
    listed = ", ".join(f"`{code}`" for code in codes)
    return f"**Warning: timeline_app changed during the run** ({listed}): the figures mix versions."


def section(rows: Sequence[Row], command: str) -> str:
    """The docs/benchmarks.md section for these results, markers included."""
    return "\n".join(
        [
            START_MARK,
            "## Loading a file (`benchmarks/bench_load.py`)",
            "",
            "Wall time of one load of a synthetic file (`benchmarks/synthetic.py`: days, months, years",
            "and month intervals over 20 years, 6 lanes, a one-line summary per event), imports excluded,",
            "each run in a fresh interpreter; CPU time is shown too, as it suffers less from other work",
            "on a shared machine. Peak is the largest `ru_maxrss` over the runs, so it",
            "includes the interpreter and imports (the 'before load' column, median over runs). The naive",
            "loader (`json.load`, then one pydantic `BaseModel` per event, no date parsing and no columns)",
            "is shown for reference.",
            "",
            f"Measured {dt.date.today().isoformat()} with `{command}` on {machine()}. {code_note(rows)}",
            "",
            table(rows),
            END_MARK,
        ]
    )


def write_section(text: str, path: Path = DOC_PATH) -> None:
    """Replace the bench_load section of ``path``, keeping the rest; create the file if missing."""
    replace_block(path, SECTION, text)


def _sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(part.replace("_", "")) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of counts: {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"sizes must be positive counts: {text!r}")
    return sizes


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=DEFAULT_SIZES,
        help="comma-separated event counts (default 1000,100000,1000000)",
    )
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="fresh-process runs per size")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive reference loader")
    parser.add_argument("--write", action="store_true", help=f"write the table into {DOC_PATH.name}")
    parser.add_argument("--child", nargs=2, metavar=("APPROACH", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child is not None:
        approach, path = args.child
        if approach not in APPROACH_NAMES:
            parser.error(f"unknown approach {approach!r}")
        child("loader" if approach == "loader" else "naive", Path(path))
        return
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    rows = []
    for size in args.sizes:
        rows.append(measure("loader", size, args.runs))
        if not args.no_naive and size >= NAIVE_MIN_SIZE:
            runs = min(args.runs, NAIVE_BIG_MAX_RUNS) if size >= NAIVE_BIG_SIZE else args.runs
            rows.append(measure("naive", size, runs))
    print(table(rows))
    if len(set().union(*(row.codes for row in rows))) > 1:
        print("warning: timeline_app changed during the run; the figures mix versions", file=sys.stderr)
    if args.write:
        command = "python benchmarks/bench_load.py " + " ".join(sys.argv[1:] if argv is None else argv)
        write_section(section(rows, command.strip()))
        print(f"wrote the results into {DOC_PATH}", file=sys.stderr)


if __name__ == "__main__":
    main()
