"""The article evaluation set in tests/articles: each article's file, its text, gold timeline and metadata."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ARTICLES_DIR = Path(__file__).resolve().parent / "articles"
REPO_ROOT = Path(__file__).resolve().parent.parent
META_SUFFIX = ".meta.json"
GOLD_SUFFIX = ".gold.json"
# The forms an extractor is given. A saved web page's article text, as trafilatura extracts it
# (``trafilatura.extract(html)``), is kept beside it as ``<name>.html.txt``: the text its gold
# quotes and a draft's character spans refer to.
ARTICLE_SUFFIXES = (".txt", ".md", ".html")
WEB_PAGE_SUFFIX = ".html"
EXTRACTED_TEXT_SUFFIX = ".txt"


@dataclass(frozen=True)
class ArticleCase:
    """One article of the set, with where its text, gold and metadata are."""

    name: str
    path: Path  # the file an extractor reads
    text_path: Path  # the text gold quotes and draft spans refer to
    gold_path: Path
    meta: Mapping[str, Any]

    @property
    def published(self) -> str:
        return str(self.meta["published"])

    @property
    def kind(self) -> str:
        return str(self.meta["kind"])

    @property
    def also_supported(self) -> Sequence[Mapping[str, Any]]:
        return tuple(self.meta.get("also_supported", ()))

    def text(self) -> str:
        return self.text_path.read_text(encoding="utf-8")

    def gold(self) -> dict[str, Any]:
        document: dict[str, Any] = json.loads(self.gold_path.read_bytes())
        return document


def load_cases(directory: Path = ARTICLES_DIR) -> list[ArticleCase]:
    """Every article in ``directory`` that has a ``<name>.meta.json``, in name order."""
    cases = []
    for meta_path in sorted(directory.glob("*" + META_SUFFIX)):
        name = meta_path.name.removesuffix(META_SUFFIX)
        try:
            meta = json.loads(meta_path.read_bytes())
        except json.JSONDecodeError as error:
            raise ValueError(f"{meta_path}: line {error.lineno}: {error.msg}") from error
        cases.append(_case(directory, name, meta_path, meta))
    return cases


def _case(directory: Path, name: str, meta_path: Path, meta: Mapping[str, Any]) -> ArticleCase:
    articles = [directory / (name + suffix) for suffix in ARTICLE_SUFFIXES]
    found = [path for path in articles if path.exists()]
    if len(found) != 1:
        names = ", ".join(path.name for path in articles)
        raise ValueError(f"{meta_path}: expected exactly one of {names}, found {len(found)}")
    for key in ("published", "publisher", "kind", "origin"):
        if key not in meta:
            raise ValueError(f"{meta_path}: no {key!r}")
    path = found[0]
    text_path = path.with_name(path.name + EXTRACTED_TEXT_SUFFIX) if path.suffix == WEB_PAGE_SUFFIX else path
    gold_path = directory / (name + GOLD_SUFFIX)
    if "gold" in meta:  # the seed article's gold is the repository's events.json, not a copy
        gold_path = REPO_ROOT / str(meta["gold"])
    for needed in (text_path, gold_path):
        if not needed.exists():
            raise ValueError(f"{meta_path}: {needed.name} is missing")
    return ArticleCase(name, path, text_path, gold_path, meta)
