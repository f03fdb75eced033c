"""An article file's own text and metadata: plain text as is, Markdown as text, HTML through trafilatura.

Nothing is fetched: trafilatura and htmldate read the page's own markup (its metadata, its
article body) and nothing else. The publication date comes from the page's metadata or a
dateline ("BEIJING, April 15 (Reuters) -", "April 15, 2024 —") when there is one.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from timeline_app.article.draft import Article
from timeline_app.article.temporal import DATELINE, MONTH_NAMES, MONTHS
from timeline_app.core.i18n import QT_TRANSLATE_NOOP
from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.files import read_file, read_head, size_text
from timeline_app.io.formats.encodings import UndecodableTextError, decode_text

ARTICLE_MAX_BYTES = 4_000_000  # a long saved web page; a news article's text is some 10 kB
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<meta|<body|<article|<!--)", re.IGNORECASE)
_PUBLISHED_LINE = re.compile(
    rf"^(?:published|posted|updated|date)\s*:?\s+(?:on\s+)?(?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|"
    rf"(?P<month>{MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}))",
    re.IGNORECASE | re.MULTILINE,
)


def read_article(path: Path) -> Article:
    """The article in ``path``: its text (what the draft's spans index into) and what its
    metadata says; TimelineLoadError for a file that cannot be read as text."""
    _head, size = read_head(path, 0)
    if size > ARTICLE_MAX_BYTES:
        # A book or a dump is no article: drafting it would take minutes (off the GUI thread, cancellable).
        message = QT_TRANSLATE_NOOP("Loader", "is %1, more than an article (%2 at most)")
        raise TimelineLoadError.single(str(path), message, size_text(size), size_text(ARTICLE_MAX_BYTES))
    data = read_file(path)
    if path.suffix.lower() in (".html", ".htm", ".xhtml") or _HTML_START.match(data[:512]):
        return _from_html(data, path)
    try:
        text = decode_text(data).text
    except UndecodableTextError as error:
        raise TimelineLoadError.single(
            str(path), QT_TRANSLATE_NOOP("Loader", "not valid %1 text"), error.encoding
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in (".md", ".markdown"):
        text, title = _from_markdown(text)
    else:
        title = ""
    return Article(text=text, title=title, published=_dateline(text), publisher=_publisher(text))


def _from_html(data: bytes, path: Path) -> Article:
    import trafilatura

    document = trafilatura.bare_extraction(
        data.decode("utf-8", errors="replace")
        if not data.startswith((b"\xff\xfe", b"\xfe\xff"))
        else decode_text(data).text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    fields: dict[str, Any] = (
        {} if document is None else document if isinstance(document, dict) else document.as_dict()
    )
    text = fields.get("text") or ""
    if not text.strip():
        raise TimelineLoadError.single(
            str(path), QT_TRANSLATE_NOOP("Loader", "no article text found in this web page")
        )
    text = text.replace("\r\n", "\n")
    # trafilatura puts one paragraph per line: blank lines keep them apart for the splitter.
    text = re.sub(r"\n(?!\n)", "\n\n", text)
    published = fields.get("date") or ""
    return Article(
        text=text,
        title=fields.get("title") or "",
        published=published if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", published) else _dateline(text),
        publisher=fields.get("sitename") or "",
        url=fields.get("url") or "",
    )


def _from_markdown(source: str) -> tuple[str, str]:
    """Markdown's text without its markup, paragraphs apart, and its first heading as the title."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(source)
    blocks: list[str] = []
    title = ""
    for number, token in enumerate(tokens):
        if token.type != "inline":
            continue
        line = "".join(
            child.content
            if child.type in ("text", "code_inline")
            else " "
            if child.type in ("softbreak", "hardbreak")
            else ""
            for child in token.children or ()
        ).strip()
        if not line:
            continue
        if not title and number > 0 and tokens[number - 1].type == "heading_open":
            title = line
        blocks.append(line)
    return "\n\n".join(blocks) + "\n", title


# "(Image credit: CnEVPost)", "Photo: Reuters": the outlet a plain-text copy of a page names.
_CREDIT = re.compile(
    r"^\(?(?:image|photo)\s+(?:credit|source)?\s*:\s*(?P<name>[^)\n]{2,40})\)?\s*$", re.I | re.M
)


def _publisher(text: str) -> str:
    """The publisher a dateline's agency ("(Reuters) -") or an image credit names, or ""."""
    head = text[:2000]
    dateline = DATELINE.match(head)
    if dateline and dateline["agency"]:
        return dateline["agency"].strip()
    credit = _CREDIT.search(head)
    return credit["name"].strip() if credit else ""


def _dateline(text: str) -> str:
    """The date a dateline or a "Published:" line at the top of the text gives, as EDTF, or ""."""
    head = text[:600]
    match = _PUBLISHED_LINE.search(head)
    if match:
        if match["iso"]:
            return match["iso"]
        return f"{int(match['year']):04d}-{MONTHS[match['month']]:02d}-{int(match['day']):02d}"
    match = DATELINE.match(head)
    if match and match["year"]:
        return f"{int(match['year']):04d}-{MONTHS[match['month']]:02d}-{int(match['day']):02d}"
    return ""
