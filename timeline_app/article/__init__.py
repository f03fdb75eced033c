"""From an article (plain text, Markdown, a saved web page) to a draft timeline in our file format."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from timeline_app.article.draft import Article, draft_document
from timeline_app.article.moment import Moment
from timeline_app.article.source_text import read_article
from timeline_app.core.i18n import QT_TRANSLATE_NOOP
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import (
    LoadCancelled,
    Problem,
    Progress,
    TimelineLoadError,
    no_progress,
    unexpected_error,
)
from timeline_app.io.loader import parse_timeline

__all__ = [
    "Article",
    "PublicationDateMissingError",
    "draft_document",
    "draft_from_path",
    "draft_timeline",
    "publication_date",
    "read_article",
]


def publication_date(text: str, source: str) -> Moment:
    """``text`` (YYYY, YYYY-MM or YYYY-MM-DD) as the date relative dates resolve against;
    TimelineLoadError naming ``source`` otherwise."""
    try:
        return Moment.parse(text)
    except ValueError as error:
        raise TimelineLoadError.single(
            source, QT_TRANSLATE_NOOP("Loader", "publication date: %1"), str(error)
        ) from None


NO_PUBLICATION_DATE = QT_TRANSLATE_NOOP(
    "Loader", "the article does not say when it was published: give the date (--published YYYY-MM-DD)"
)


class PublicationDateMissingError(TimelineLoadError):
    """The article does not say when it was published, and no date was given: the window asks."""


def draft_from_path(
    path: str | Path,
    published: str | None = None,
    publisher: str | None = None,
    progress: Progress = no_progress,
) -> dict[str, Any]:
    """The draft timeline of the article in ``path`` as our JSON document; ``published``
    (YYYY-MM-DD, or coarser) and ``publisher`` when the article does not say, or to override
    what it says. ``progress`` hears each stage and may cancel (LoadCancelled), as a load's."""
    path = Path(path)
    try:
        return _draft(path, published, publisher, progress)
    except (TimelineLoadError, LoadCancelled):
        raise
    except Exception as error:  # every failure becomes a message naming the file
        raise unexpected_error(str(path), error) from error


def _draft(path: Path, published: str | None, publisher: str | None, progress: Progress) -> dict[str, Any]:
    progress(QT_TRANSLATE_NOOP("Progress", "Reading the article"))
    article = read_article(path)
    if publisher:
        article = replace(article, publisher=publisher)
    date = published or article.published
    if not date:
        raise PublicationDateMissingError(str(path), [Problem("", NO_PUBLICATION_DATE)])
    moment = publication_date(date, str(path))
    return draft_document(replace(article, published=moment.edtf), moment, progress)


def draft_timeline(
    path: str | Path,
    published: str | None = None,
    publisher: str | None = None,
    progress: Progress = no_progress,
) -> Timeline:
    """The draft of ``draft_from_path`` read by the loader, as a file would be: what the app
    shows and saves has passed the same checks as any timeline."""
    document = draft_from_path(path, published, publisher, progress)
    progress(QT_TRANSLATE_NOOP("Progress", "Checking the draft"))
    return parse_timeline(json.dumps(document, ensure_ascii=False).encode(), source=str(path))
