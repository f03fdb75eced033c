"""Big loads: `timeline-app --check FILE` on millions of events, its peak memory per process, its
time, and how it ends under an address-space limit (a whole process each run, as a person runs it).

Each run starts ``python -m timeline_app --check FILE`` and, every few milliseconds, reads
``/proc/PID/status`` of it and of every process it starts: VmHWM (the peak resident memory of
that process, which exec resets, unlike ``ru_maxrss``) and VmPeak (its peak address space, what
RLIMIT_AS limits). The process that parses a big file is the loader child (``load_file`` loads
files over 3 MB there); the parent rebuilds the columns it sends. CPU time is that of the whole
tree (user + system of the command and the children it waited for). A run that does not end
within ``--timeout`` seconds counts as a hang and its processes are killed; a process of the run
still alive after the command ended counts as an orphan (and is killed too).

    python benchmarks/bench_big.py --runs 3 --write          # measure every case, write the table
    python benchmarks/bench_big.py --cases native-2M --runs 1
    python benchmarks/bench_big.py --stages native-2M        # where the memory goes, stage by stage
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench_report import percentile, write_section
from synthetic import write_synthetic, write_timelinejs_synthetic

HERE = Path(__file__).resolve().parent
DATA_DIR = HERE / "data"
SECTION = "bench_big"
MB = 1e6
POLL_SECONDS = 0.01
DEFAULT_TIMEOUT = 900.0
# The limit the issue names: 6M events of our JSON must check within it, parent and child each.
AS_LIMIT = 4_000_000_000


@dataclass(frozen=True, slots=True)
class Case:
    """A file to check: its name in the tables and how to make it."""

    name: str
    label: str
    file_name: str
    make: Callable[[Path], object]
    limit: int | None = None  # RLIMIT_AS for the command and so for every process it starts


def _native(count: int) -> Callable[[Path], object]:
    return lambda path: write_synthetic(path, count)


def _timelinejs(count: int, style: str) -> Callable[[Path], object]:
    return lambda path: write_timelinejs_synthetic(path, count, style=style)


CASES: dict[str, Case] = {
    case.name: case
    for case in (
        Case("native-2M", "our JSON, 2M events", "synthetic-2000000.json", _native(2_000_000)),
        Case("native-6M", "our JSON, 6M events", "synthetic-6000000.json", _native(6_000_000)),
        Case(
            "native-6M-4GB",
            "our JSON, 6M events, RLIMIT_AS 4 GB",
            "synthetic-6000000.json",
            _native(6_000_000),
            AS_LIMIT,
        ),
        Case(
            "timelinejs-exported-1M",
            "TimelineJS, 1M slides as the app exports them",
            "timelinejs-exported-1000000.json",
            _timelinejs(1_000_000, "exported"),
        ),
        Case(
            "timelinejs-authored-1M",
            "TimelineJS, 1M slides as people write them",
            "timelinejs-authored-1000000.json",
            _timelinejs(1_000_000, "authored"),
        ),
    )
}


@dataclass(slots=True)
class Seen:
    """One process of a run as the poller saw it."""

    pid: int
    role: str  # "parent", "loader", "resource tracker", "other"
    hwm_kb: int = 0
    peak_kb: int = 0  # VmPeak: the largest address space it had


@dataclass(frozen=True, slots=True)
class Run:
    """What one ``--check`` run did."""

    outcome: str  # "ok", "refused", "hang", "signal N", "exit N"
    seconds: float
    cpu_seconds: float
    parent_mb: float  # VmHWM of the command's own process
    loader_mb: float  # the largest VmHWM of a loader child (0 when the load ran in the parent)
    parent_as_mb: float  # VmPeak, the address space RLIMIT_AS limits
    loader_as_mb: float
    orphans: int
    output: str  # the last line of its output: the summary or the message


def _status(pid: int) -> dict[str, str]:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    fields = {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return fields


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            found += [int(p) for p in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
        except OSError:
            continue
    return found


def _role(pid: int, root: int) -> str:
    if pid == root:
        return "parent"
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
    except OSError:
        return "other"
    if b"resource_tracker" in command:
        return "resource tracker"
    if b"spawn_main" in command or b"multiprocessing" in command:
        return "loader"
    return "other"


class Poller(threading.Thread):
    """Reads the memory of a process tree until told to stop."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.seen: dict[int, Seen] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.sample()
            time.sleep(POLL_SECONDS)

    def sample(self) -> None:
        pending = [self.root]
        while pending:
            pid = pending.pop()
            status = _status(pid)
            if not status:
                continue
            seen = self.seen.get(pid)
            if seen is None:
                seen = self.seen[pid] = Seen(pid, _role(pid, self.root))
            elif seen.role == "other":  # forked, perhaps not yet exec'd: look again
                seen.role = _role(pid, self.root)
            pending += _children(pid)
            if seen.role == "other":
                continue  # a fork's copy of its parent's figures until it execs
            seen.hwm_kb = max(seen.hwm_kb, int(status.get("VmHWM", "0 kB").split()[0]))
            seen.peak_kb = max(seen.peak_kb, int(status.get("VmPeak", "0 kB").split()[0]))


def _limited(limit: int | None) -> Callable[[], None] | None:
    if limit is None:
        return None

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def _alive(pid: int) -> bool:
    status = _status(pid)
    return bool(status) and not status.get("State", "").startswith("Z")


def check_once(path: Path, limit: int | None = None, timeout: float = DEFAULT_TIMEOUT) -> Run:
    """One ``python -m timeline_app --check path`` in a fresh process, measured."""
    command = [sys.executable, "-m", "timeline_app", "--check", str(path)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        preexec_fn=_limited(limit),  # noqa: PLW1509 (no threads of ours touch the child before exec)
        start_new_session=True,  # a process group of its own, to kill what a hang leaves
    )
    poller = Poller(process.pid)
    poller.start()
    output: list[bytes] = []
    reader = threading.Thread(target=lambda: output.append(process.stdout.read() if process.stdout else b""))
    reader.start()
    hung = False
    deadline = started + timeout
    usage = None
    status = 0
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            hung = True
            os.killpg(process.pid, signal.SIGKILL)
            _, status, usage = os.wait4(process.pid, 0)
            break
        time.sleep(POLL_SECONDS)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    poller.done.set()
    poller.join()
    time.sleep(0.5)  # a child left behind would still be there now
    orphans = [seen.pid for seen in poller.seen.values() if seen.pid != process.pid and _alive(seen.pid)]
    for pid in orphans:
        os.kill(pid, signal.SIGKILL)
    reader.join(timeout=5)
    code = process.returncode
    text = b"".join(output).decode(errors="replace").strip()
    if hung:
        outcome = "hang"
    elif code == 0:
        outcome = "ok"
    elif code == 2:
        outcome = "refused"
    elif code < 0:
        outcome = f"signal {signal.Signals(-code).name}"
    else:
        outcome = f"exit {code}"
    loaders = [seen for seen in poller.seen.values() if seen.role == "loader"]
    parent = poller.seen.get(process.pid, Seen(process.pid, "parent"))
    assert usage is not None
    return Run(
        outcome=outcome,
        seconds=seconds,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        parent_mb=parent.hwm_kb * 1024 / MB,
        loader_mb=max((seen.hwm_kb for seen in loaders), default=0) * 1024 / MB,
        parent_as_mb=parent.peak_kb * 1024 / MB,
        loader_as_mb=max((seen.peak_kb for seen in loaders), default=0) * 1024 / MB,
        orphans=len(orphans),
        output=text.splitlines()[-1] if text else "",
    )


def data_file(case: Case) -> Path:
    """The case's file, made once (in this process: the generators write a chunk at a time)."""
    path = DATA_DIR / case.file_name
    if not path.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        print(f"generating {path.name} ...", file=sys.stderr, flush=True)
        case.make(partial)
        partial.replace(path)
    return path


@dataclass(slots=True)
class Row:
    case: Case
    runs: list[Run] = field(default_factory=list)


def _cell(values: Sequence[float], digits: int = 1) -> str:
    """'median (p95)' over runs, or the single value."""
    if len(values) == 1:
        return f"{values[0]:,.{digits}f}"
    return f"{statistics.median(values):,.{digits}f} ({percentile(values, 95):,.{digits}f})"


def table(rows: Sequence[Row]) -> str:
    lines = [
        "| file | MB | runs | outcome | wall s | CPU s | loader child peak MB | parent peak MB "
        "| child address space MB | parent address space MB | orphans |",
        "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        runs = row.runs
        outcomes = sorted({run.outcome for run in runs})
        size = (DATA_DIR / row.case.file_name).stat().st_size / MB
        lines.append(
            f"| {row.case.label} | {size:,.0f} | {len(runs)} | {', '.join(outcomes)} "
            f"| {_cell([r.seconds for r in runs])} | {_cell([r.cpu_seconds for r in runs])} "
            f"| {_cell([r.loader_mb for r in runs], 0)} | {_cell([r.parent_mb for r in runs], 0)} "
            f"| {_cell([r.loader_as_mb for r in runs], 0)} | {_cell([r.parent_as_mb for r in runs], 0)} "
            f"| {sum(r.orphans for r in runs)} |"
        )
    return "\n".join(lines)


def messages(rows: Sequence[Row]) -> str:
    """What each case said (its summary line or its message), once per distinct text."""
    lines = []
    for row in rows:
        for text in dict.fromkeys(run.output for run in row.runs):
            lines.append(f"- {row.case.label}: `{text}`")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Where the memory goes: one load in this process, VmRSS and VmHWM at each stage


def stages(path: Path) -> str:
    """Run ``load_any`` on ``path`` here (as the loader child does), noting memory at each stage."""
    from timeline_app.io.formats import load_any

    marks: list[tuple[str, float, float, float]] = []
    began = time.perf_counter()

    def note(stage: object) -> None:
        status = _status(os.getpid())
        rss = int(status["VmRSS"].split()[0]) * 1024 / MB
        hwm = int(status["VmHWM"].split()[0]) * 1024 / MB
        marks.append((str(stage), time.perf_counter() - began, rss, hwm))

    note("imports done")
    timeline = load_any(path, progress=note)
    note("timeline built")
    count = len(timeline.events)
    lines = [
        f"`load_any` of {path.name} ({count:,} events) in one process:",
        "",
        "| stage (as reported, memory at its start) | s | RSS MB | peak so far MB |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {stage} | {t:.1f} | {rss:,.0f} | {hwm:,.0f} |" for stage, t, rss, hwm in marks]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma-separated: {', '.join(CASES)}")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds before a run is a hang"
    )
    parser.add_argument("--write", action="store_true", help="write the table into docs/benchmarks.md")
    parser.add_argument("--title", default="Big loads", help="the section's title (with --write)")
    parser.add_argument("--section", default=SECTION, help="the section's marker name (with --write)")
    parser.add_argument("--stages", metavar="CASE", help="memory by stage of one in-process load of CASE")
    parser.add_argument("--json", type=Path, help="also append each run as a JSON line to this file")
    args = parser.parse_args(argv)
    if args.stages:
        print(stages(data_file(CASES[args.stages])))
        return
    rows = []
    for name in args.cases.split(","):
        case = CASES[name]
        path = data_file(case)
        row = Row(case)
        for k in range(args.runs):
            run = check_once(path, case.limit, args.timeout)
            row.runs.append(run)
            print(f"{name} run {k + 1}/{args.runs}: {run}", file=sys.stderr, flush=True)
            if args.json:
                with args.json.open("a") as file:
                    file.write(json.dumps({"case": name, **dataclasses.asdict(run)}) + "\n")
        rows.append(row)
    body = "\n\n".join([table(rows), "What each said:", messages(rows)])
    print(body)
    if args.write:
        command = "python benchmarks/bench_big.py " + " ".join(sys.argv[1:] if argv is None else argv)
        intro = (
            f"`timeline-app --check FILE` as a whole process (`{command.strip()}`); median (p95) over the "
            "runs. Peak MB is VmHWM (peak resident memory) of the loader child that parses the file "
            "and of the parent that rebuilds its columns; address space is VmPeak, what RLIMIT_AS "
            "limits. CPU s is the whole process tree's."
        )
        write_section(args.section, args.title, f"{intro}\n\n{body}")


if __name__ == "__main__":
    main()
