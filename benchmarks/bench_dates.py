"""Benchmark timeline_app.core.dates.parse_edtf on 100k unique day, month, mixed and level-2 date strings."""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable, Sequence

from timeline_app.core.calendar import civil_from_days, days_from_civil
from timeline_app.core.dates import parse_edtf

DEFAULT_COUNT = 100_000
DEFAULT_REPEATS = 7
MIN_REPEATS = 5
FIRST_DAY = days_from_civil(1700, 1, 1)
MONTHS_PER_YEAR = 12
P95 = 0.95


def day_strings(count: int) -> list[str]:
    """Consecutive days from 1700-01-01: YYYY-MM-DD."""
    return ["{:04}-{:02}-{:02}".format(*civil_from_days(FIRST_DAY + i)) for i in range(count)]


def month_strings(count: int) -> list[str]:
    """Consecutive months from 0000-01 (100k months reach the year 8333): YYYY-MM."""
    return [f"{i // MONTHS_PER_YEAR:04}-{i % MONTHS_PER_YEAR + 1:02}" for i in range(count)]


# One template per supported form; {y} is a 4-digit year, {n} a number that makes the string unique.
MIXED_FORMS: tuple[Callable[[int], str], ...] = (
    lambda i: f"{i % 10_000:04}",
    lambda i: f"{i % 10_000:04}-{i % 12 + 1:02}",
    lambda i: f"{i % 10_000:04}-{i % 12 + 1:02}-{i % 28 + 1:02}",
    lambda i: f"{i % 10_000:04}-04-26T{i % 24:02}:{i % 60:02}:30Z",
    lambda i: f"{i % 10_000:04}-04-26T10:{i % 60:02}:{i % 60:02}+02:00",
    lambda i: f"-{1 + i % 9999:04}",
    lambda i: f"Y-{10_000 + i}",
    lambda i: f"{i % 10_000:04}-{21 + i % 21}",
    lambda i: f"{i % 10_000:04}-H{1 + i % 2}",
    lambda i: f"{i % 10_000:04}~",
    lambda i: f"{i % 10_000:04}-{i % 12 + 1:02}?",
    lambda i: f"{i % 1000:03}X",
    lambda i: f"{i % 10_000:04}-XX",
    lambda i: f"{i % 5000:04}/{5000 + i % 5000:04}",
    lambda i: f"{i % 10_000:04}-{i % 12 + 1:02}/..",
    lambda i: f"../{i % 10_000:04}~",
)


# The EDTF level-2 forms (and the level 0/1 forms added with them), one template each.
LEVEL2_FORMS: tuple[Callable[[int], str], ...] = (
    lambda i: f"{i % 1000:03}X-12-25",
    lambda i: f"{i % 100:02}XX-{i % 12 + 1:02}",
    lambda i: f"{i % 10_000:04}-1X-{i % 28 + 1:02}",
    lambda i: f"?{i % 10_000:04}-{i % 12 + 1:02}-~{i % 28 + 1:02}",
    lambda i: f"{i % 10_000:04}?-{i % 12 + 1:02}-11",
    lambda i: f"[{i % 5000:04},{5000 + i % 4999:04}..{5001 + i % 4999:04}]",
    lambda i: f"{{{i % 10_000:04},{i % 10_000:04}-12}}",
    lambda i: f"Y-{1 + i % 999}E7",
    lambda i: f"{i % 9000 + 1000:04}S2",
    lambda i: f"{i % 1000:03}",
    lambda i: f"{i % 10_000:04}-04-26T10:{i % 60:02}:{i % 60:02}.042+0230",
)


def level2_strings(count: int) -> list[str]:
    """A round-robin of the level-2 forms."""
    forms = len(LEVEL2_FORMS)
    return [LEVEL2_FORMS[i % forms](i // forms) for i in range(count)]


def mixed_strings(count: int) -> list[str]:
    """A round-robin of every supported form; mostly unique (a few short forms repeat)."""
    forms = len(MIXED_FORMS)
    return [MIXED_FORMS[i % forms](i // forms) for i in range(count)]


def time_parsing(
    strings: Sequence[str],
    repeats: int,
    *,
    collect_garbage: bool = True,
    clock: Callable[[], float] = time.perf_counter,
) -> list[float]:
    """Microseconds per call for each repeat, starting each from an empty cache.

    Without ``collect_garbage`` the cyclic garbage collector is paused while parsing, as a bulk
    loader may do: the cache keeps every result alive, so the collector otherwise traverses
    ever more objects and accounts for a large part of the time.
    """
    per_call = []
    for _ in range(repeats):
        parse_edtf.cache_clear()
        gc.collect()
        if not collect_garbage:
            gc.disable()
        try:
            started = clock()
            for text in strings:
                parse_edtf(text)
            per_call.append((clock() - started) / len(strings) * 1e6)
        finally:
            gc.enable()
    parse_edtf.cache_clear()
    return per_call


def percentile(values: Sequence[float], fraction: float) -> float:
    """Linear-interpolation percentile (fraction in 0..1)."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="strings per data set")
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS, help=f"at least {MIN_REPEATS}")
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="CPU time of this process, steadier than wall time on a busy machine",
    )
    parser.add_argument("--sets", help="comma-separated names of the sets to run (default: all)")
    args = parser.parse_args(argv)
    repeats = max(args.repeats, MIN_REPEATS)

    data_sets = {
        "YYYY-MM-DD": day_strings(args.count),
        "YYYY-MM": month_strings(args.count),
        "mixed": mixed_strings(args.count),
        "level 2": level2_strings(args.count),
    }
    if args.sets:
        data_sets = {name: data_sets[name] for name in args.sets.split(",")}
    clock = time.process_time if args.cpu else time.perf_counter
    print(
        f"parse_edtf, {args.count:,} strings per set, {repeats} repeats, cache cleared before each, "
        f"{'CPU' if args.cpu else 'wall'} time"
    )
    print(f"{'set':<12}{'unique':>9}{'gc':>5}{'median µs':>12}{'p95 µs':>10}{'min µs':>10}")
    for name, strings in data_sets.items():
        for collect_garbage in (True, False):
            per_call = time_parsing(strings, repeats, collect_garbage=collect_garbage, clock=clock)
            median, p95 = statistics.median(per_call), percentile(per_call, P95)
            print(
                f"{name:<12}{len(set(strings)):>9,}{'on' if collect_garbage else 'off':>5}"
                f"{median:>12.2f}{p95:>10.2f}{min(per_call):>10.2f}"
            )


if __name__ == "__main__":
    main()
