"""Scores a draft timeline made from an article against the hand-made gold timeline of that article.

A draft event corresponds to a gold event when their source sentences overlap in the article's text:
the draft's ``origin`` character span when it has one (in the text the draft carries as
``source.text``, if any, whose sentence is then found in the article's text), else wherever its
first source quote occurs; the gold's wherever any of its source quotes occurs. Pairs are matched
one to one, preferring pairs with the same date, then the same status (several events can come
from one sentence). Dates are compared as EDTF after normalisation (``2024-H2`` is ``2024-41``).
Pure: no Qt, no files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from timeline_app.core.dates import DateError, parse_edtf

# Why a draft event's date has no sentence to be checked against.
NOT_FOUND = "(its source sentence was not found in the text)"


@dataclass(frozen=True)
class Span:
    """Characters ``start`` (included) to ``end`` (excluded) of the article's text."""

    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Invented:
    """A draft date that no gold event of an overlapping sentence and no supported date has."""

    event_id: str
    date: str
    sentence: str  # the draft's sentence as the text has it, or NOT_FOUND


@dataclass(frozen=True)
class Pair:
    """A gold event and the draft event matched to it."""

    gold_id: str
    draft_id: str
    gold_date: str
    draft_date: str
    gold_status: str
    draft_status: str

    @property
    def same_date(self) -> bool:
        return self.gold_date == self.draft_date

    @property
    def same_status(self) -> bool:
        return self.gold_status == self.draft_status


@dataclass(frozen=True)
class Scores:
    """How a draft compares with the gold: counts, the matched pairs and the invented dates."""

    gold_count: int
    draft_count: int
    pairs: tuple[Pair, ...]
    invented: tuple[Invented, ...]
    unlocated: tuple[str, ...] = ()  # ids of draft events whose sentence is not in the text
    missed: tuple[str, ...] = field(default=())  # ids of gold events with no draft of the same date

    @property
    def dates_matched(self) -> int:
        """Gold events with a corresponding draft event of the same date."""
        return sum(pair.same_date for pair in self.pairs)

    @property
    def statuses_matched(self) -> int:
        """Of the gold events matched with the same date, those whose draft has the same status."""
        return sum(pair.same_date and pair.same_status for pair in self.pairs)

    @property
    def date_recall(self) -> float:
        return _ratio(self.dates_matched, self.gold_count)

    @property
    def status_agreement(self) -> float:
        return _ratio(self.statuses_matched, self.dates_matched)

    @property
    def date_precision(self) -> float:
        """Draft events whose date equals that of their corresponding gold event, over all draft events."""
        return _ratio(self.dates_matched, self.draft_count)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(frozen=True)
class Summary:
    """Scores added up over several articles (each count summed, then the ratios taken)."""

    articles: int
    gold_count: int
    draft_count: int
    dates_matched: int
    statuses_matched: int
    invented: int

    @property
    def date_recall(self) -> float:
        return _ratio(self.dates_matched, self.gold_count)

    @property
    def status_agreement(self) -> float:
        return _ratio(self.statuses_matched, self.dates_matched)

    @property
    def date_precision(self) -> float:
        return _ratio(self.dates_matched, self.draft_count)


def summarise(all_scores: Iterable[Scores]) -> Summary:
    """The sums of several articles' scores."""
    scores = list(all_scores)
    return Summary(
        articles=len(scores),
        gold_count=sum(s.gold_count for s in scores),
        draft_count=sum(s.draft_count for s in scores),
        dates_matched=sum(s.dates_matched for s in scores),
        statuses_matched=sum(s.statuses_matched for s in scores),
        invented=sum(len(s.invented) for s in scores),
    )


def normalise_date(text: str) -> str:
    """The canonical EDTF text of ``text`` (aliases resolved), or ``text`` stripped if it is no EDTF date."""
    try:
        return parse_edtf(text).text
    except DateError:
        return text.strip()


def find_all(text: str, quote: str) -> list[Span]:
    """Every place ``quote`` occurs in ``text``; if none, every place it occurs with other whitespace."""
    quote = quote.strip()
    if not quote:
        return []
    spans = [Span(m.start(), m.start() + len(quote)) for m in re.finditer(re.escape(quote), text)]
    if spans:
        return spans
    # An extractor may join lines or collapse runs of spaces: any whitespace matches any whitespace.
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    return [Span(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _first_quote(event: Mapping[str, Any]) -> str | None:
    sources = event.get("sources") or ()
    if sources and isinstance(sources[0], Mapping):
        quote = sources[0].get("quote")
        return quote if isinstance(quote, str) else None
    return None


def draft_spans(event: Mapping[str, Any], text: str, draft_text: str | None = None) -> list[Span]:
    """Where a draft event's sentence is in ``text``: its ``origin`` span if valid, else its first
    quote's places. The span counts in ``draft_text``, the text the draft was made from, when the
    draft carries one (a web page's text as its extractor saw it): the sentence there is then
    looked up in ``text``."""
    origin = event.get("origin")
    spanned = text if draft_text is None else draft_text
    if isinstance(origin, Mapping):
        start, end = origin.get("start"), origin.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(spanned):
            if spanned == text:
                return [Span(start, end)]
            found = find_all(text, spanned[start:end])
            if found:
                return found
    quote = _first_quote(event)
    return find_all(text, quote) if quote else []


def _draft_text(draft: Mapping[str, Any]) -> str | None:
    """The article text a draft says it was made from (``source.text``), if it carries one."""
    source = draft.get("source")
    text = source.get("text") if isinstance(source, Mapping) else None
    return text if isinstance(text, str) else None


def gold_spans(event: Mapping[str, Any], text: str) -> list[Span]:
    """Where a gold event's sentences are: every place of every one of its source quotes."""
    spans: list[Span] = []
    for number, source in enumerate(event.get("sources") or ()):
        quote = source.get("quote") if isinstance(source, Mapping) else None
        if not quote:
            continue
        found = find_all(text, quote)
        if not found:
            raise ValueError(
                f"gold event {event.get('id')!r}, sources[{number}].quote is not in the text: {quote!r}"
            )
        spans.extend(found)
    if not spans:
        raise ValueError(f"gold event {event.get('id')!r} has no source quote to place it in the text")
    return spans


def _supported_spans(
    also_supported: Iterable[str | Mapping[str, Any]], text: str
) -> tuple[set[str], list[tuple[str, list[Span]]]]:
    """Dates supported anywhere (plain strings) and dates supported in a sentence ({date, quote})."""
    anywhere: set[str] = set()
    placed: list[tuple[str, list[Span]]] = []
    for number, item in enumerate(also_supported):
        if isinstance(item, str):
            anywhere.add(normalise_date(item))
            continue
        date, quote = item.get("date"), item.get("quote")
        if not isinstance(date, str):
            raise ValueError(f"also_supported[{number}] has no date")
        if not quote:
            anywhere.add(normalise_date(date))
            continue
        found = find_all(text, quote)
        if not found:
            raise ValueError(f"also_supported[{number}].quote is not in the text: {quote!r}")
        placed.append((normalise_date(date), found))
    return anywhere, placed


def _overlap(first: Sequence[Span], second: Sequence[Span]) -> bool:
    return any(a.overlaps(b) for a in first for b in second)


def score(
    draft: Mapping[str, Any],
    gold: Mapping[str, Any],
    text: str,
    also_supported: Iterable[str | Mapping[str, Any]] = (),
) -> Scores:
    """Compare ``draft``'s events with ``gold``'s over the article ``text`` (see the module's docstring)."""
    gold_events = list(gold.get("events") or ())
    draft_events = list(draft.get("events") or ())
    gold_places = [gold_spans(event, text) for event in gold_events]
    gold_dates = [normalise_date(str(event.get("date", ""))) for event in gold_events]
    draft_text = _draft_text(draft)
    draft_places = [draft_spans(event, text, draft_text) for event in draft_events]
    draft_dates = [normalise_date(str(event.get("date", ""))) for event in draft_events]
    anywhere, placed = _supported_spans(also_supported, text)

    overlapping = [
        [g for g, places in enumerate(gold_places) if _overlap(draft_places[d], places)]
        for d in range(len(draft_events))
    ]
    weights = _pair_weights(gold_events, gold_dates, draft_events, draft_dates, overlapping)
    assignment = _best_assignment(weights, len(gold_events), len(draft_events))
    pairs = tuple(
        Pair(
            gold_id=str(gold_events[g].get("id")),
            draft_id=str(draft_events[d].get("id")),
            gold_date=gold_dates[g],
            draft_date=draft_dates[d],
            gold_status=str(gold_events[g].get("status")),
            draft_status=str(draft_events[d].get("status")),
        )
        for g, d in assignment
    )
    matched_gold = {pair.gold_id for pair in pairs if pair.same_date}
    invented: list[Invented] = []
    for d, event in enumerate(draft_events):
        date = draft_dates[d]
        if date in anywhere or any(gold_dates[g] == date for g in overlapping[d]):
            continue
        if any(supported == date and _overlap(draft_places[d], spans) for supported, spans in placed):
            continue
        places = draft_places[d]
        sentence = text[places[0].start : places[0].end] if places else NOT_FOUND
        invented.append(Invented(str(event.get("id")), date, sentence))
    return Scores(
        gold_count=len(gold_events),
        draft_count=len(draft_events),
        pairs=pairs,
        invented=tuple(invented),
        unlocated=tuple(str(e.get("id")) for e, p in zip(draft_events, draft_places, strict=True) if not p),
        missed=tuple(str(e.get("id")) for e in gold_events if str(e.get("id")) not in matched_gold),
    )


def _pair_weights(
    gold_events: Sequence[Mapping[str, Any]],
    gold_dates: Sequence[str],
    draft_events: Sequence[Mapping[str, Any]],
    draft_dates: Sequence[str],
    overlapping: Sequence[Sequence[int]],
) -> dict[tuple[int, int], int]:
    """A weight per overlapping (gold, draft) pair, so that the heaviest matching has the most pairs
    of equal dates, then of those the most of equal status, then the most pairs."""
    size = max(len(gold_events), len(draft_events)) + 1
    same_status_weight = size
    same_date_weight = size * size
    weights: dict[tuple[int, int], int] = {}
    for d, golds in enumerate(overlapping):
        for g in golds:
            weight = 1
            if gold_dates[g] == draft_dates[d]:
                weight += same_date_weight
                if gold_events[g].get("status") == draft_events[d].get("status"):
                    weight += same_status_weight
            weights[(g, d)] = weight
    return weights


def _best_assignment(
    weights: Mapping[tuple[int, int], int], golds: int, drafts: int
) -> list[tuple[int, int]]:
    """The (gold, draft) pairs of a heaviest one-to-one matching (the Hungarian method on costs)."""
    n = max(golds, drafts)
    if not weights or n == 0:
        return []
    heaviest = max(weights.values())
    # Square cost matrix, rows are gold events; a pair that does not overlap costs as much as no pair.
    cost = [[heaviest - weights.get((g, d), 0) for d in range(n)] for g in range(n)]
    infinity = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    row_of = [0] * (n + 1)  # row_of[column] = row matched to it, 1-based; 0 for none
    way = [0] * (n + 1)
    for row in range(1, n + 1):
        row_of[0] = row
        column = 0
        least = [infinity] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[column] = True
            current_row, delta, next_column = row_of[column], infinity, 0
            for j in range(1, n + 1):
                if used[j]:
                    continue
                reduced = cost[current_row - 1][j - 1] - u[current_row] - v[j]
                if reduced < least[j]:
                    least[j], way[j] = reduced, column
                if least[j] < delta:
                    delta, next_column = least[j], j
            for j in range(n + 1):
                if used[j]:
                    u[row_of[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            column = next_column
            if row_of[column] == 0:
                break
        while column:
            previous = way[column]
            row_of[column] = row_of[previous]
            column = previous
    return sorted(
        (row_of[j] - 1, j - 1) for j in range(1, n + 1) if row_of[j] and (row_of[j] - 1, j - 1) in weights
    )
