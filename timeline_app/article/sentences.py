"""An article's text cut into sentences, each with its character span, by pysbd within paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its text and where it is in the article (``text[start:end]``)."""

    start: int
    end: int
    text: str
    paragraph: int


@cache
def _segmenter() -> Any:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order, trimmed of surrounding white space; a sentence never
    runs over a blank line (a headline, a caption and a paragraph stay apart)."""
    return list(_sentences(text))


def _sentences(text: str) -> Iterator[Sentence]:
    for number, (start, paragraph) in enumerate(_paragraphs(text)):
        for span in _segmenter().segment(paragraph):
            piece = span.sent
            lead = len(piece) - len(piece.lstrip())
            body = piece.strip()
            if body:
                begin = start + span.start + lead
                yield Sentence(begin, begin + len(body), body, number)


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[start : match.start()].strip():
            yield start, text[start : match.start()]
        start = match.end()
    if text[start:].strip():
        yield start, text[start:]
