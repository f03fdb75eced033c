"""An article's text cut into sentences, each with its character span, by pysbd within paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from timeline_app.core.i18n import QT_TRANSLATE_NOOP
from timeline_app.io.errors import Progress, no_progress

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# pysbd's time grows with the square of a paragraph's length, and the later steps' with a
# sentence's: a paragraph of one endless sentence (a hostile file, a pasted table) took 7 s at
# 29 KB and minutes at 100 KB. So a paragraph goes to pysbd in pieces of at most MAX_PIECE
# characters, cut at a sentence's likely end where there is one near, and a sentence longer
# than any news sentence (MAX_SENTENCE) is cut into parts at a clause's end.
MAX_PIECE = 3_000
MAX_SENTENCE = 1_000
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
# A clause's end: not the comma of "April 3, 2024" or "1,200", which a cut would split.
_CLAUSE_END = re.compile(r"[;:]\s+|,\s+(?!\d)")
_SPACE = re.compile(r"\s+")
FINDING_SENTENCES = QT_TRANSLATE_NOOP("Progress", "Finding the article's sentences")
PROGRESS_PIECES = 20  # pieces between two calls of a Progress (some 50 kB of text)
PIECE_ENDS = (_SENTENCE_END, _CLAUSE_END, _SPACE)  # for pysbd's pieces, best first
PART_ENDS = (_CLAUSE_END, _SPACE)  # for a sentence's parts


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


def split_sentences(text: str, progress: Progress = no_progress) -> list[Sentence]:
    """The sentences of ``text`` in order, trimmed of surrounding white space; a sentence never
    runs over a blank line (a headline, a caption and a paragraph stay apart). ``progress``
    hears every PROGRESS_PIECES pieces given to pysbd (it may cancel: a long text takes a while)."""
    return list(_sentences(text, progress))


def _sentences(text: str, progress: Progress) -> Iterator[Sentence]:
    pieces = 0
    for number, (start, paragraph) in enumerate(_paragraphs(text)):
        for offset, piece in _pieces(paragraph, MAX_PIECE, PIECE_ENDS):
            pieces += 1
            if pieces % PROGRESS_PIECES == 0:
                progress(FINDING_SENTENCES)
            # pysbd places a sentence where its text first occurs, so one that repeats an
            # earlier one's text ("On 3 May 2021 . . ." gives ". . " at 14, inside the first)
            # would overlap it: each is looked for from where the one before ended.
            cursor = 0
            for span in _segmenter().segment(piece):
                for part_offset, part in _pieces(span.sent, MAX_SENTENCE, PART_ENDS):
                    lead = len(part) - len(part.lstrip())
                    body = part.strip()
                    if body:
                        found = piece.find(body, cursor)
                        at = found if found >= 0 else span.start + part_offset + lead
                        cursor = at + len(body)
                        yield Sentence(start + offset + at, start + offset + cursor, body, number)


def _pieces(text: str, limit: int, boundaries: tuple[re.Pattern[str], ...]) -> Iterator[tuple[int, str]]:
    """``text`` in pieces of at most ``limit`` characters, each with its offset: a piece ends
    after the last match in its second half of the first of ``boundaries`` that has one, else
    at the limit (a word longer than half the limit)."""
    start = 0
    while len(text) - start > limit:
        end = start + limit
        half = start + limit // 2
        cut = end
        for boundary in boundaries:
            ends = [match.end() for match in boundary.finditer(text, half, end)]
            if ends:
                cut = ends[-1]
                break
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[start : match.start()].strip():
            yield start, text[start : match.start()]
        start = match.end()
    if text[start:].strip():
        yield start, text[start:]
