"""Score timeline_app.article's drafts against the hand-made gold of every article in tests/articles.

Runs ``draft_from_path(path, published=meta["published"])`` on each article five times, scores the
last draft with tests/article_eval.py and prints a Markdown report (date recall, status agreement,
date precision, invented dates, median time) to stdout and into docs/article_eval.md.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # run as a script: the tests package holds the scorer and the set
    sys.path.insert(0, str(REPO_ROOT))

from bench_report import machine_description  # noqa: E402

from tests.article_cases import ArticleCase, load_cases  # noqa: E402
from tests.article_eval import Scores, score, summarise  # noqa: E402

DOC_PATH = REPO_ROOT / "docs" / "article_eval.md"
ENTRY_MODULE, ENTRY_FUNCTION = "timeline_app.article", "draft_from_path"
RUNS = 5
MISSING_EXIT = 2

Extractor = Callable[..., dict[str, Any]]


class ExtractorMissingError(RuntimeError):
    """The extractor's entry point cannot be imported."""


@dataclass(frozen=True)
class ArticleResult:
    """One article's scores and how long its draft took."""

    case: ArticleCase
    scores: Scores
    median_seconds: float


def find_extractor() -> Extractor:
    """``timeline_app.article.draft_from_path``, or ExtractorMissingError saying what is missing."""
    try:
        module = importlib.import_module(ENTRY_MODULE)
    except ModuleNotFoundError as error:
        if error.name is not None and ENTRY_MODULE.startswith(error.name):
            raise ExtractorMissingError(f"{ENTRY_MODULE} does not exist yet: nothing to measure") from error
        raise
    function = getattr(module, ENTRY_FUNCTION, None)
    if not callable(function):
        raise ExtractorMissingError(f"{ENTRY_MODULE} has no {ENTRY_FUNCTION}(path, published=...)")
    extractor: Extractor = function
    return extractor


def measure(
    case: ArticleCase, extractor: Extractor, runs: int = RUNS, clock: Callable[[], float] = time.perf_counter
) -> ArticleResult:
    """Draft ``case`` ``runs`` times; score the last draft; keep the median time."""
    seconds = []
    draft: dict[str, Any] = {}
    for _ in range(runs):
        started = clock()
        draft = extractor(case.path, published=case.published)
        seconds.append(clock() - started)
    scores = score(draft, case.gold(), case.text(), case.also_supported)
    return ArticleResult(case, scores, statistics.median(seconds))


def _percent(value: float) -> str:
    return f"{100 * value:.0f}%"


def report(results: Sequence[ArticleResult], runs: int = RUNS) -> str:
    """The Markdown report: one row per article, a total row, then the invented dates and the misses."""
    lines = [
        "| article | kind | words | gold | draft | date recall | status agreement | date precision "
        f"| invented | median time (of {runs}) |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for result in results:
        s = result.scores
        lines.append(
            f"| {result.case.path.name} | {result.case.kind} | {len(result.case.text().split())} "
            f"| {s.gold_count} | {s.draft_count} "
            f"| {s.dates_matched}/{s.gold_count} ({_percent(s.date_recall)}) "
            f"| {s.statuses_matched}/{s.dates_matched} ({_percent(s.status_agreement)}) "
            f"| {s.dates_matched}/{s.draft_count} ({_percent(s.date_precision)}) "
            f"| {len(s.invented)} | {1000 * result.median_seconds:.0f} ms |"
        )
    total = summarise(result.scores for result in results)
    lines.append(
        f"| **all {total.articles}** | | | {total.gold_count} | {total.draft_count} "
        f"| {total.dates_matched}/{total.gold_count} ({_percent(total.date_recall)}) "
        f"| {total.statuses_matched}/{total.dates_matched} ({_percent(total.status_agreement)}) "
        f"| {total.dates_matched}/{total.draft_count} ({_percent(total.date_precision)}) "
        f"| {total.invented} | |"
    )
    lines += ["", "### Invented dates", ""]
    invented = [(r.case.path.name, i) for r in results for i in r.scores.invented]
    lines += [
        f"- {name}: `{i.date}` ({i.event_id}) from: {_one_line(i.sentence)}" for name, i in invented
    ] or ["None."]
    lines += ["", "### Gold events without a draft event of the same date", ""]
    for result in results:
        if result.scores.missed:
            lines.append(f"- {result.case.path.name}: " + ", ".join(_misses(result)))
    return "\n".join(lines) + "\n"


def _misses(result: ArticleResult) -> list[str]:
    """Each missed gold event as ``id `gold date` (drafted `date`)``, or ``(not drafted)``."""
    gold_dates = {str(event["id"]): str(event["date"]) for event in result.case.gold()["events"]}
    drafted = {pair.gold_id: pair.draft_date for pair in result.scores.pairs}
    return [
        f"{gold_id} `{gold_dates[gold_id]}` "
        + (f"(drafted `{drafted[gold_id]}`)" if gold_id in drafted else "(not drafted)")
        for gold_id in result.scores.missed
    ]


def _one_line(sentence: str) -> str:
    return " ".join(sentence.split())


def document(body: str, command: str) -> str:
    """docs/article_eval.md: what is measured, how, and the table."""
    return (
        "# Article extraction: evaluation\n\n"
        "How close `timeline_app.article`'s drafts come to the hand-made gold timelines of the articles in\n"
        "`tests/articles/` (see its README). A draft event corresponds to a gold event when their source\n"
        "sentences overlap; pairs are matched one to one, preferring equal dates. **Date recall**: gold\n"
        "events with a corresponding draft event of the same EDTF date. **Status agreement**: of those, the\n"
        "ones with the same status. **Date precision**: draft events whose date equals their gold event's,\n"
        "over all draft events. **Invented**: draft dates that no gold event of an overlapping sentence\n"
        "and no date the article's metadata lists as supported has.\n\n"
        f"Made by `{command}` (times: median of the runs; machine: {machine_description()}, shared "
        "with other sessions, so times are rough).\n\n" + body
    )


def main(argv: Sequence[str] | None = None, extractor: Extractor | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="drafts per article; the median time is kept")
    parser.add_argument("--articles", type=Path, default=None, help="folder of the evaluation set")
    parser.add_argument("--doc", type=Path, default=DOC_PATH, help="where to write the report")
    parser.add_argument("--no-doc", action="store_true", help="print only")
    arguments = parser.parse_args(argv)
    if extractor is None:
        try:
            extractor = find_extractor()
        except ExtractorMissingError as error:
            print(f"bench_article: {error}.", file=sys.stderr)
            return MISSING_EXIT
    cases = load_cases(arguments.articles) if arguments.articles else load_cases()
    results = [measure(case, extractor, arguments.runs) for case in cases]
    body = report(results, arguments.runs)
    print(body, end="")
    if not arguments.no_doc:
        arguments.doc.write_text(document(body, "python benchmarks/bench_article.py"), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
