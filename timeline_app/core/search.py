"""Find events by text and filter them by status, lane, actor and tag, as masks over a million events."""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain, repeat
from typing import Any

import numpy as np
import numpy.typing as npt

from timeline_app.core.calendar import civil_from_seconds
from timeline_app.core.dates import format_year
from timeline_app.core.event_table import NO_LANE, STATUS_CODES, STATUS_ORDER, EventTable
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, day_month_year, fill, translate, translated
from timeline_app.core.model import STATUS_LABELS, Status
from timeline_app.core.word_index import (
    DELIMITER_MAX,
    BuildCancelledError,
    Chunk,
    WordIndex,
    build_word_index,
)

BoolArray = npt.NDArray[np.bool_]
IndexArray = npt.NDArray[np.int64]

# Ends every searchable field in the haystack; queries are stripped of it, so no match crosses fields.
SEPARATOR = "\x00"
# Remembered results, of whole queries and of their words: enough for backspacing through a typed
# word and its neighbours.
CACHE_SIZE = 16
# Events edited since the word index was built, whose text each query then searches, at most:
# beyond, the index is built again.
UNKNOWN_LIMIT = 4096
# Events folded and tokenised at a time: bounds the memory of a build and how long it holds the
# interpreter lock at once (a str.join of 16k events takes about a millisecond).
CHUNK_EVENTS = 16_384
# Runs of token delimiters in a folded word: folding a spacing accent (U+00B4) gives a space.
_DELIMITERS = re.compile(rb"[\x00-%c]+" % DELIMITER_MAX)
# Text of the filter bar for an empty filter, and the name of events that are in no lane.
NO_FILTER_TEXT = QT_TRANSLATE_NOOP("Filter", "No filter")
NO_LANE_TEXT = QT_TRANSLATE_NOOP("Filter", "no lane")
DESCRIBE_SEPARATOR = " · "


def fold(text: str) -> str:
    """Text as searched: case-folded, compatibility forms unified, accents dropped ("Škoda" → "skoda")."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join([c for c in decomposed if not unicodedata.combining(c)]).casefold()


def query_words(query: str) -> tuple[str, ...]:
    """The folded words of a query that decide its matches: distinct, none inside another, sorted.

    A word that occurs inside another word of the same query is implied by it ("vol volks").
    """
    words = {fold(word).replace(SEPARATOR, "") for word in query.split()}
    words.discard("")
    return tuple(sorted(w for w in words if not any(w != other and w in other for other in words)))


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What the user filters by; empty sets mean 'no restriction'."""

    statuses: frozenset[Status] = frozenset()
    lanes: frozenset[str | None] = frozenset()  # lane ids; None = events without a lane
    actors: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    running_at: float | None = None  # only events that began before this instant and run past it
    starting_in: tuple[float, float] | None = None  # only events starting in [t0, t1)

    @property
    def is_empty(self) -> bool:
        kinds = self.statuses or self.lanes or self.actors or self.tags
        return not kinds and self.running_at is None and self.starting_in is None

    def describe(self, lane_labels: Mapping[str, str] | None = None) -> str:
        """One line for the filter bar, e.g. "Status: disputed, reported · Lane: JLR and Chery".

        Lanes are named by ``lane_labels`` (lane id → label) where given, else by id. Within a
        kind, names are in alphabetical order so the text does not depend on click order.
        """
        labels = lane_labels or {}
        no_lane = translated("Filter", NO_LANE_TEXT)
        kinds = (
            (translate("Filter", "Status"), [_status_word(status) for status in self.statuses]),
            (
                translate("Filter", "Lane"),
                [no_lane if lane is None else labels.get(lane, lane) for lane in self.lanes],
            ),
            (translate("Filter", "Actor"), list(self.actors)),
            (translate("Filter", "Tag"), list(self.tags)),
        )
        parts = [
            fill(
                translate("Filter", "%1: %2"),
                kind,
                ", ".join(sorted(names, key=lambda name: (name.casefold(), name))),
            )
            for kind, names in kinds
            if names
        ]
        if self.running_at is not None:
            parts.append(fill(translate("Filter", "Running on %1"), _day(self.running_at)))
        if self.starting_in is not None:
            t0, t1 = self.starting_in
            first, last = _day(t0), _day(max(t0, t1 - 1.0))  # the end is not in: its second before
            if first == last:
                parts.append(fill(translate("Filter", "Starting on %1"), first))
            else:
                parts.append(fill(translate("Filter", "Starting %1 to %2"), first, last))
        return DESCRIBE_SEPARATOR.join(parts) or translated("Filter", NO_FILTER_TEXT)


def _day(t: float) -> str:
    """'3 April 2024': the day of an instant, for the filter bar."""
    when = civil_from_seconds(t)
    return day_month_year(when.day, when.month, format_year(when.year))


def _status_word(status: Status) -> str:
    """'disputed': a status as the filter bar names it, in the user's language."""
    return translated("Status", STATUS_LABELS[status]).lower()


@dataclass(frozen=True, slots=True)
class _Postings:
    """Sorted event indices by actor and by tag, from the sparse details."""

    actors: dict[str, IndexArray]
    tags: dict[str, IndexArray]


class SearchIndex:
    """Built once per timeline; answers text queries and filters as boolean masks over events.

    The word index is built on the first query, or ahead of it on a background thread by
    ``prepare()`` (a few seconds for a million events); the actor and tag postings on the first
    filter or menu. Masks returned are read-only.
    """

    __slots__ = (
        "_all",
        "_build_lock",
        "_cache",
        "_cancel",
        "_events",
        "_indexed",
        "_postings",
        "_thread",
        "_words",
    )

    def __init__(self, events: EventTable) -> None:
        self._events = events
        self._words: WordIndex | None = None
        self._indexed = False  # _words is final (None only if every hash seed collided)
        self._build_lock = threading.Lock()
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._postings: _Postings | None = None
        self._cache: OrderedDict[tuple[str, ...], BoolArray] = OrderedDict()
        self._all = _read_only(np.ones(len(events), dtype=np.bool_))

    # -- text -----------------------------------------------------------------

    def matches(self, query: str) -> BoolArray:
        """Events containing every word of ``query`` in their title, summary, actors, sources or tags.

        Case- and accent-insensitive substring matching (see ``fold``); an empty query matches all.
        Each word's events are remembered, so typing another word or backspacing re-uses them.
        Waits for the word index if it is still being built.
        """
        words = query_words(query)
        if not words:
            return self._all
        known = self._recall(words)
        if known is not None:
            return known
        mask = self._word_matches(words[0])
        for word in words[1:]:
            mask = mask & self._word_matches(word)
        return self._remember(words, mask)

    def prepare(self) -> None:
        """Start building the word index on a background thread, unless it is built, building or cancelled.

        Most of the build is numpy work that releases the interpreter lock; the rest runs a chunk
        of events at a time, so the GUI thread keeps running meanwhile.
        """
        if self._indexed or self._thread is not None or self._cancel.is_set():
            return
        self._thread = threading.Thread(target=self._build_in_background, name="search-index", daemon=True)
        self._thread.start()

    @property
    def ready(self) -> bool:
        """Whether a query is answered without building the word index first."""
        return self._indexed

    @property
    def building(self) -> bool:
        """Whether a background build is under way (a query now would wait for it)."""
        return self._thread is not None and self._thread.is_alive() and not self._indexed

    def cancel(self) -> None:
        """Stop a background build at its next chunk (the timeline was replaced)."""
        self._cancel.set()

    def reused_for(self, events: EventTable) -> SearchIndex | None:
        """This index, built, over ``events`` when they hold the very same texts (an edit that
        moved, resized or re-laned events shares the title, summary and details columns) or the
        same events but for one splice (an event edited, added or deleted); else None. Rebuilding the
        word index takes seconds at a million events, 0.3 s at 100k on the GUI thread when a
        search is shown, for an edit that changed no searchable text."""
        mine = self._events
        if not self._indexed:
            return None
        index = SearchIndex(events)
        index._indexed = True
        if (
            events.titles is mine.titles
            and events.summaries is mine.summaries
            and events.details is mine.details
        ):
            index._words, index._postings = self._words, self._postings
            # Remembered text matches still hold; the filters read the new columns when asked.
            index._cache = OrderedDict(self._cache)
            return index
        splice = events.splice_from(mine)
        if self._words is None or splice is None:
            return None
        # Events deleted, replaced or added, the others as they were: theirs are looked up in the
        # index built, renumbered; the new ones' text is searched (the postings of actors and
        # tags are made again when first asked). Past a few thousand new ones, a rebuild.
        words = self._words.spliced(*splice)
        if len(words.unknown) > UNKNOWN_LIMIT:
            return None
        index._words = words
        return index

    @property
    def word_index(self) -> WordIndex | None:
        """The word index, built now if need be; None if no hash seed told the tokens apart."""
        with self._build_lock:
            if not self._indexed:
                self._build_word_index(lambda: False)
        return self._words

    def clear_cache(self) -> None:
        """Forget remembered query results (to free memory, or to time fresh searches)."""
        self._cache.clear()

    def _build_in_background(self) -> None:
        with self._build_lock:
            if not self._indexed:
                try:
                    self._build_word_index(self._cancel.is_set)
                except BuildCancelledError:
                    return  # a later query builds it if the timeline is still wanted

    def _build_word_index(self, cancelled: Callable[[], bool]) -> None:
        chunks = partial(_folded_chunks, self._events)
        self._words = build_word_index(chunks, len(self._events), cancelled)
        self._indexed = True

    def _word_matches(self, word: str) -> BoolArray:
        """Events whose text contains ``word`` (folded): through the word index where it can tell."""
        known = self._recall((word,))
        if known is not None:
            return known
        encoded = word.encode()
        index = self.word_index
        parts = [part for part in _DELIMITERS.split(encoded) if part]
        if index is not None and parts == [encoded]:
            mask = index.containing(encoded)
            unknown = index.unknown  # (events edited since the build)
            if len(unknown):
                mask |= _searched(self._events, unknown, encoded)
            return self._remember((word,), mask)
        # A word holding a delimiter (a folded spacing accent is a space) can span tokens: the
        # index only narrows its events down, and their text is searched.
        candidates = self._all.copy()
        if index is not None:
            for part in parts:
                candidates &= index.containing(part)
            candidates[index.unknown] = True
        return self._remember((word,), _searched(self._events, np.flatnonzero(candidates), encoded))

    def _recall(self, words: tuple[str, ...]) -> BoolArray | None:
        known = self._cache.get(words)
        if known is not None:
            self._cache.move_to_end(words)
        return known

    def _remember(self, words: tuple[str, ...], mask: BoolArray) -> BoolArray:
        mask = _read_only(mask)
        self._cache[words] = mask
        self._cache.move_to_end(words)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return mask

    # -- filters --------------------------------------------------------------

    def filtered(self, event_filter: EventFilter) -> BoolArray:
        """Events that pass the filter: AND across kinds, OR within a kind; all events if it is empty."""
        if event_filter.is_empty:
            return self._all
        events = self._events
        mask = np.ones(len(events), dtype=np.bool_)
        if event_filter.statuses:
            # A lookup table indexed by the int8 codes: one gather instead of a comparison per status.
            allowed = np.zeros(len(STATUS_ORDER), dtype=np.bool_)
            allowed[[STATUS_CODES[s.value] for s in event_filter.statuses]] = True
            mask &= allowed[events.status]
        if event_filter.lanes:
            codes = {lane_id: code for code, lane_id in enumerate(events.lane_ids)}
            # The last slot stands for NO_LANE (-1), which numpy indexing maps onto it.
            allowed = np.zeros(len(events.lane_ids) + 1, dtype=np.bool_)
            chosen = [NO_LANE if lane is None else codes.get(lane) for lane in event_filter.lanes]
            allowed[[code for code in chosen if code is not None]] = True
            mask &= allowed[events.lane]
        if event_filter.running_at is not None:
            mask &= (events.start < event_filter.running_at) & (events.end > event_filter.running_at)
        if event_filter.starting_in is not None:
            t0, t1 = event_filter.starting_in
            mask &= (events.start >= t0) & (events.start < t1)
        postings = self._postings_index()
        for wanted, by_name in ((event_filter.actors, postings.actors), (event_filter.tags, postings.tags)):
            if wanted:
                mask &= _union(len(events), (by_name[name] for name in wanted if name in by_name))
        return _read_only(mask)

    def actors(self) -> list[tuple[str, int]]:
        """Distinct actors with their number of events, most frequent first (ties alphabetical)."""
        return _by_frequency(self._postings_index().actors)

    def tags(self) -> list[tuple[str, int]]:
        """Distinct tags with their number of events, most frequent first (ties alphabetical)."""
        return _by_frequency(self._postings_index().tags)

    def _postings_index(self) -> _Postings:
        if self._postings is None:
            self._postings = _build_postings(self._events.details)
        return self._postings


# ---------------------------------------------------------------------------
# Building


def _folded_chunks(events: EventTable, indices: IndexArray | None = None) -> Iterator[Chunk]:
    """The folded UTF-8 text of the events (all, or ``indices``), CHUNK_EVENTS at a time.

    An event's text is its title, summary and rich fields, each ended by SEPARATOR; the chunk
    comes with each event's length in bytes.
    """
    count = len(events) if indices is None else len(indices)
    with_details = sorted(events.details) if indices is None else []
    size = CHUNK_EVENTS  # read once: the steps and the ends must agree (tests change it meanwhile)
    for begin in range(0, count, size):
        end = min(count, begin + size)
        if indices is None:
            chosen = [
                i - begin
                for i in with_details[bisect_left(with_details, begin) : bisect_left(with_details, end)]
            ]
            columns = _columns(events, range(begin, end), chosen)
        else:
            columns = _columns(events, indices[begin:end].tolist())
        yield _fold_columns(columns)


def _columns(
    events: EventTable, chosen: Sequence[int], with_details: Sequence[int] | None = None
) -> tuple[Sequence[str], ...]:
    """The searchable fields of the chosen events: titles, summaries, and the rich fields joined.

    ``with_details`` lists which of them (by place in ``chosen``) have rich fields, if known.
    """
    details = events.details
    if with_details is None:
        extras = [_detail_text(fields) if (fields := details.get(i)) else "" for i in chosen]
    else:
        extras = [""] * len(chosen)
        for place in with_details:
            extras[place] = _detail_text(details[chosen[place]])
    if isinstance(chosen, range):  # slicing the columns copies no strings one by one
        return events.titles[chosen.start : chosen.stop], events.summaries[chosen.start : chosen.stop], extras
    return [events.titles[i] for i in chosen], [events.summaries[i] for i in chosen], extras


def _fold_columns(columns: tuple[Sequence[str], ...]) -> Chunk:
    """Fold and join the fields of consecutive events; each event's length in bytes."""
    raw = SEPARATOR.join(chain(chain.from_iterable(zip(*columns, strict=True)), ("",)))
    if raw.isascii():
        # The common case, and O(1) to detect: lower() is casefold for ASCII and keeps every length.
        lengths = _lengths(columns, len)
        return raw.lower().encode(), lengths
    # Folding may change lengths ("ß" → "ss", accents dropped): fold field by field.
    del raw
    folded = [[text.lower() if text.isascii() else fold(text) for text in column] for column in columns]
    text = SEPARATOR.join(chain(chain.from_iterable(zip(*folded, strict=True)), ("",))).encode()
    return text, _lengths(folded, _utf8_length)


def _lengths(columns: Sequence[Sequence[str]], length: Callable[[str], int]) -> IndexArray:
    """Each event's length: its fields' lengths plus a separator each."""
    total = np.full(len(columns[0]), len(columns), dtype=np.int64)
    for column in columns:
        total += np.fromiter(map(length, column), dtype=np.int64, count=len(column))
    return total


def _utf8_length(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode())


def _detail_text(details: Mapping[str, Any]) -> str:
    """Actors, each source's outlet, quote and via, and tags, separated so no match spans two."""
    parts: list[str] = list(details.get("actors", ()))
    for source in details.get("sources", ()):
        parts += [source.outlet, source.quote or "", source.via or ""]
    parts += details.get("tags", ())
    return SEPARATOR.join(parts)


def _build_postings(details: Mapping[int, Mapping[str, Any]]) -> _Postings:
    actors: dict[str, list[int]] = {}
    tags: dict[str, list[int]] = {}
    for index in sorted(details):
        fields = details[index]
        # dict.fromkeys: an event naming an actor twice still counts once.
        for name in dict.fromkeys(fields.get("actors", ())):
            actors.setdefault(name, []).append(index)
        for name in dict.fromkeys(fields.get("tags", ())):
            tags.setdefault(name, []).append(index)
    return _Postings(_as_arrays(actors), _as_arrays(tags))


def _as_arrays(postings: dict[str, list[int]]) -> dict[str, IndexArray]:
    return {name: _read_only(np.array(indices, dtype=np.int64)) for name, indices in postings.items()}


# ---------------------------------------------------------------------------
# Querying


def _searched(events: EventTable, candidates: IndexArray, word: bytes) -> BoolArray:
    """Which candidates' folded text contains ``word``: one bounded find per event, looped in C."""
    mask = np.zeros(len(events), dtype=np.bool_)
    for begin, (text, lengths) in zip(
        range(0, len(candidates), CHUNK_EVENTS), _folded_chunks(events, candidates), strict=True
    ):
        ends = np.cumsum(lengths)
        starts = ends - lengths
        found = np.fromiter(
            map(text.find, repeat(word), starts.tolist(), ends.tolist()), dtype=np.int64, count=len(lengths)
        )
        mask[candidates[begin : begin + len(lengths)][found >= 0]] = True
    return mask


def _union(size: int, postings: Iterable[IndexArray]) -> BoolArray:
    mask = np.zeros(size, dtype=np.bool_)
    for indices in postings:
        mask[indices] = True
    return mask


def _by_frequency(postings: dict[str, IndexArray]) -> list[tuple[str, int]]:
    counts = [(name, len(indices)) for name, indices in postings.items()]
    return sorted(counts, key=lambda item: (-item[1], item[0].casefold(), item[0]))


def _read_only(array: npt.NDArray[Any]) -> npt.NDArray[Any]:
    array.setflags(write=False)
    return array
