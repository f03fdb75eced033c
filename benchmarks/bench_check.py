"""`timeline-app --check` against a bare `json.load` of the same file, both as whole processes (issue 14).

Each round runs the two one after the other, so that the machine's load at that moment weighs
on both; the ratio is taken per round. Prints median and p95 of wall and CPU time and the
ratios, and with --write puts the table into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DOC_PATH = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- bench_check:start -->", "<!-- bench_check:end -->"
TARGET_RATIO = 4.0


def timed(command: Sequence[str]) -> tuple[float, float]:
    """Wall and CPU (user + system of the child) seconds of one whole process."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = os.times()
    return wall, (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(path: Path, rounds: int) -> dict[str, list[float]]:
    check = [sys.executable, "-m", "timeline_app", "--check", str(path)]
    bare = [sys.executable, "-c", f"import json; json.load(open({str(path)!r}, encoding='utf-8'))"]
    results: dict[str, list[float]] = {key: [] for key in ("check", "check_cpu", "bare", "bare_cpu")}
    timed(check)  # warm the file cache and the interpreter's .pyc files
    for _ in range(rounds):
        for name, command in (("check", check), ("bare", bare)):
            wall, cpu = timed(command)
            results[name].append(wall)
            results[f"{name}_cpu"].append(cpu)
    return results


def table(path: Path, results: dict[str, list[float]]) -> str:
    rounds = len(results["check"])
    ratios = [c / b for c, b in zip(results["check"], results["bare"], strict=True)]
    cpu_ratios = [c / b for c, b in zip(results["check_cpu"], results["bare_cpu"], strict=True)]
    lines = [
        f"`{path.name}`, {rounds} rounds, each `python -m timeline_app --check FILE` then "
        "`python -c 'import json; json.load(...)'`, both whole processes:",
        "",
        "| | wall median (s) | wall p95 (s) | CPU median (s) | CPU p95 (s) |",
        "| --- | --: | --: | --: | --: |",
    ]
    for name, label in (("check", "`--check`"), ("bare", "bare `json.load`")):
        walls, cpus = results[name], results[f"{name}_cpu"]
        lines.append(
            f"| {label} | {statistics.median(walls):.3f} | {p95(walls):.3f} | "
            f"{statistics.median(cpus):.3f} | {p95(cpus):.3f} |"
        )
    met = "yes" if statistics.median(ratios) <= TARGET_RATIO else "no"
    lines += [
        "",
        f"Ratio per round: wall median {statistics.median(ratios):.2f}, p95 {p95(ratios):.2f}; "
        f"CPU median {statistics.median(cpu_ratios):.2f}, p95 {p95(cpu_ratios):.2f} "
        f"(target: at most {TARGET_RATIO:g}; met: {met}).",
    ]
    return "\n".join(lines)


def write(section: str) -> None:
    text = DOC_PATH.read_text(encoding="utf-8")
    block = (
        f"{START}\n## `--check` against a bare `json.load` (`benchmarks/bench_check.py`)\n\n{section}\n{END}"
    )
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    DOC_PATH.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path, nargs="?", default=HERE / "data" / "synthetic-100000.json")
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--write", action="store_true", help=f"write the table into {DOC_PATH.name}")
    args = parser.parse_args(argv)
    if not args.file.exists():
        subprocess.run([sys.executable, str(HERE / "synthetic.py"), str(args.file), "100000"], check=True)
    section = table(args.file, measure(args.file, args.rounds))
    print(section)
    if args.write:
        write(section)


if __name__ == "__main__":
    main()
