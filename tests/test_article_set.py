"""The article evaluation set: kinds and forms covered, valid gold timelines, quotes from the text."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from timeline_app.core.dates import parse_edtf
from timeline_app.io.loader import load_timeline

from .article_cases import ARTICLES_DIR, ArticleCase, load_cases
from .article_eval import find_all, score
from .conftest import REPO_ROOT

CASES = load_cases()
SEED = REPO_ROOT.parent / "shared" / "seeds" / "000_5a2d234c3079ccec.txt"
REQUIRED_KINDS = {"business", "politics", "science", "sport", "history"}
MIN_WORDS, MAX_WORDS = 400, 1500


def case_id(case: ArticleCase) -> str:
    return case.name


def test_the_set_has_six_articles_besides_the_seed_of_every_kind_asked_for() -> None:
    written = [case for case in CASES if "gold" not in case.meta]
    assert len(written) >= 6
    kinds = Counter(case.kind for case in written)
    assert set(kinds) >= REQUIRED_KINDS
    assert len(kinds) > len(REQUIRED_KINDS)  # and one more kind
    assert {case.path.suffix for case in CASES} >= {".txt", ".md", ".html"}


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_each_article_is_a_news_article_of_400_to_1500_words(case: ArticleCase) -> None:
    assert MIN_WORDS <= len(case.text().split()) <= MAX_WORDS


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_each_gold_is_a_valid_timeline_of_the_article(case: ArticleCase) -> None:
    timeline = load_timeline(case.gold_path)
    assert timeline.source is not None
    assert timeline.source.published == case.published
    assert len(timeline.events) >= 10


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_each_gold_event_quotes_the_text_and_is_told_apart_from_the_others(case: ArticleCase) -> None:
    # The gold as a draft: every event found in the text and paired with itself, nothing invented.
    gold = case.gold()
    scores = score(gold, gold, case.text(), case.also_supported)
    assert {(p.gold_id, p.draft_id) for p in scores.pairs} == {(e["id"], e["id"]) for e in gold["events"]}
    assert scores.invented == ()


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_each_supported_date_is_edtf_and_its_sentence_is_in_the_text(case: ArticleCase) -> None:
    assert case.meta["published"] == parse_edtf(case.meta["published"]).text
    for item in case.also_supported:
        parse_edtf(item["date"])
        assert find_all(case.text(), item["quote"]), item


def test_the_seed_is_copied_unchanged_and_events_json_is_its_gold() -> None:
    (seed,) = [case for case in CASES if "gold" in case.meta]
    assert seed.gold_path == REPO_ROOT / "events.json"
    if SEED.is_file():  # the shared seeds sit beside the checkout on the project's machines
        assert seed.path.read_bytes() == SEED.read_bytes()


def test_the_web_page_carries_its_date_and_its_text_is_what_trafilatura_extracts() -> None:
    (page,) = [case for case in CASES if case.path.suffix == ".html"]
    html = page.path.read_text(encoding="utf-8")
    published = re.search(r'<meta property="article:published_time" content="([^"]+)"', html)
    assert published is not None
    assert published.group(1).startswith(page.published)
    trafilatura = pytest.importorskip("trafilatura")
    assert trafilatura.extract(html).strip() == page.text().strip()


def test_the_markdown_article_keeps_its_markup_out_of_the_quoted_sentences() -> None:
    (markdown,) = [case for case in CASES if case.path.suffix == ".md"]
    for event in markdown.gold()["events"]:
        for source in event["sources"]:
            assert not re.search(r"[*_#\[\]`]", source["quote"]), event["id"]


def test_every_article_file_in_the_folder_belongs_to_a_case() -> None:
    known = {p.name for case in CASES for p in (case.path, case.text_path, case.gold_path)}
    known |= {case.name + ".meta.json" for case in CASES}
    on_disk = {p.name for p in ARTICLES_DIR.iterdir() if p.name != "README.md"}
    assert on_disk <= known


def test_the_readme_table_counts_what_the_files_hold() -> None:
    readme = (ARTICLES_DIR / "README.md").read_text(encoding="utf-8")
    rows = dict(
        re.findall(r"^\| `([^`]+)` \| [^|]+ \| [^|]+ \| (\d+ \| \d+ \| \d+) \|", readme, re.MULTILINE)
    )
    for case in CASES:
        counts = f"{len(case.text().split())} | {len(case.gold()['events'])} | {len(case.also_supported)}"
        assert rows.get(case.path.name) == counts, case.name
    total = sum(len(case.gold()["events"]) for case in CASES)
    supported = sum(len(case.also_supported) for case in CASES)
    assert f"Together: {total} gold events, {supported} supported dates." in readme
