"""benchmarks/bench_article.py with stand-in extractors: the report, the times, and a missing extractor."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from .article_cases import load_cases

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import bench_article

CASES = {case.path: case for case in load_cases()}


def gold_extractor(path: Path, *, published: str) -> dict[str, Any]:
    case = CASES[path]
    assert published == case.published  # the article's date is passed on
    return case.gold()


def empty_extractor(path: Path, *, published: str) -> dict[str, Any]:
    return {"title": "nothing", "events": []}


def test_a_perfect_stand_in_scores_every_article_fully_and_the_report_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "article_eval.md"
    assert bench_article.main(["--runs", "1", "--doc", str(doc)], extractor=gold_extractor) == 0
    printed = capsys.readouterr().out
    total = sum(len(case.gold()["events"]) for case in CASES.values())
    assert f"| **all {len(CASES)}** | | | {total} | {total} | {total}/{total} (100%)" in printed
    for path in CASES:
        assert f"| {path.name} |" in printed
    assert "### Invented dates\n\nNone." in printed
    assert printed in doc.read_text(encoding="utf-8")


def test_an_empty_stand_in_scores_nothing_and_misses_every_gold_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert bench_article.main(["--runs", "1", "--no-doc"], extractor=empty_extractor) == 0
    printed = capsys.readouterr().out
    assert f"| **all {len(CASES)}** |" in printed
    assert "(100%)" not in printed
    for case in CASES.values():
        first_gold = case.gold()["events"][0]
        assert f"{first_gold['id']} `{first_gold['date']}` (not drafted)" in printed


def test_a_missed_gold_event_shows_the_date_drafted_for_it(capsys: pytest.CaptureFixture[str]) -> None:
    def one_year_late(path: Path, *, published: str) -> dict[str, Any]:
        draft = CASES[path].gold()
        draft["events"][0]["date"] = str(int(draft["events"][0]["date"][:4]) + 1)
        return draft

    bench_article.main(["--runs", "1", "--no-doc"], extractor=one_year_late)
    printed = capsys.readouterr().out
    assert "- cnevpost-jlr-chery.txt: jlr-china-sales-growth `2010/2017` (drafted `2011`)" in printed


def test_an_invented_date_is_listed_with_its_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    (case,) = [c for c in CASES.values() if c.path.suffix == ".md"]
    sentence = case.gold()["events"][0]["sources"][0]["quote"]

    def inventing(path: Path, *, published: str) -> dict[str, Any]:
        event = {
            "id": "made-up",
            "title": "x",
            "date": "1066",
            "status": "confirmed",
            "sources": [{"outlet": "x", "quote": sentence}],
        }
        return {"title": "x", "events": [event] if path == case.path else []}

    bench_article.main(["--runs", "1", "--no-doc"], extractor=inventing)
    assert f"- {case.path.name}: `1066` (made-up) from: {sentence}" in capsys.readouterr().out


def test_the_time_is_the_median_of_the_runs() -> None:
    case = next(iter(CASES.values()))
    # Each run reads the clock twice: a start at 0, then its end: runs of 5, 1, 3, 2 and 9 seconds (mean 4).
    readings = iter([0.0, 5.0, 0.0, 1.0, 0.0, 3.0, 0.0, 2.0, 0.0, 9.0])
    result = bench_article.measure(case, gold_extractor, runs=5, clock=lambda: next(readings))
    assert result.median_seconds == 3.0
    assert result.scores.date_recall == 1.0


def test_a_missing_extractor_is_said_plainly_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bench_article, "ENTRY_MODULE", "timeline_app.no_such_extractor")
    doc = tmp_path / "article_eval.md"
    assert bench_article.main(["--doc", str(doc)]) == bench_article.MISSING_EXIT
    assert "timeline_app.no_such_extractor does not exist yet" in capsys.readouterr().err
    assert not doc.exists()


def test_a_module_without_the_entry_point_is_said_plainly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bench_article, "ENTRY_MODULE", "timeline_app.core")
    assert bench_article.main(["--no-doc"]) == bench_article.MISSING_EXIT
    assert "timeline_app.core has no draft_from_path" in capsys.readouterr().err
