"""`timeline-app --check` against a bare `json.load` of the same file, both as whole processes (issue 14).

Each round runs the two one after the other, so that the machine's load at that moment weighs
on both; the ratio is taken per round. Prints median and p95 of wall and CPU time and the
ratios, and with --write puts the table into docs/benchmarks.md.

As installed (pip compiles the modules), the app's modules are read as bytecode, which the
warm-up run writes to a scratch ``PYTHONPYCACHEPREFIX`` whatever ``PYTHONDONTWRITEBYTECODE``
says (a checkout run with it set compiles them at every start, ~50 ms here), as
``bench_startup.py`` does; ``--no-bytecode-cache`` runs them as the environment says.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DOC_PATH = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- bench_check:start -->", "<!-- bench_check:end -->"
TARGET_RATIO = 4.0


def child_environment(scratch: str, bytecode_cache: bool) -> dict[str, str]:
    """The children's environment: bytecode cached (as installed) or as the environment says."""
    env = dict(os.environ)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
    return env


def timed(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system of the child) seconds of one whole process."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - start
    after = os.times()
    return wall, (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(path: Path, rounds: int, bytecode_cache: bool = True) -> dict[str, list[float]]:
    check = [sys.executable, "-m", "timeline_app", "--check", str(path)]
    bare = [sys.executable, "-c", f"import json; json.load(open({str(path)!r}, encoding='utf-8'))"]
    results: dict[str, list[float]] = {key: [] for key in ("check", "check_cpu", "bare", "bare_cpu")}
    with tempfile.TemporaryDirectory(prefix="bench-check-") as scratch:
        env = child_environment(scratch, bytecode_cache)
        for command in (check, bare):
            timed(command, env)  # warm the file cache and write the bytecode
        for _ in range(rounds):
            for name, command in (("check", check), ("bare", bare)):
                wall, cpu = timed(command, env)
                results[name].append(wall)
                results[f"{name}_cpu"].append(cpu)
    return results


def table(path: Path, results: dict[str, list[float]], bytecode_cache: bool = True) -> str:
    rounds = len(results["check"])
    ratios = [c / b for c, b in zip(results["check"], results["bare"], strict=True)]
    cpu_ratios = [c / b for c, b in zip(results["check_cpu"], results["bare_cpu"], strict=True)]
    modules = "bytecode cached, as installed" if bytecode_cache else "modules compiled at each start"
    lines = [
        f"`{path.name}`, {rounds} rounds, each `python -m timeline_app --check FILE` then "
        f"`python -c 'import json; json.load(...)'`, both whole processes ({modules}):",
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
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="run the children as the environment says (with PYTHONDONTWRITEBYTECODE, compiling every start)",
    )
    args = parser.parse_args(argv)
    if not args.file.exists():
        subprocess.run([sys.executable, str(HERE / "synthetic.py"), str(args.file), "100000"], check=True)
    cached = not args.no_bytecode_cache
    section = table(args.file, measure(args.file, args.rounds, cached), cached)
    print(section)
    if args.write:
        write(section)


if __name__ == "__main__":
    main()
