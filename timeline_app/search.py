"""Find events by text and filter them by status, lane, actor and tag, as masks over a million events."""

from __future__ import annotations

import bisect
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain, islice, repeat
from typing import Any

import numpy as np
import numpy.typing as npt

from timeline_app.event_table import NO_LANE, STATUS_CODES, STATUS_ORDER, EventTable
from timeline_app.model import Status

BoolArray = npt.NDArray[np.bool_]
IndexArray = npt.NDArray[np.int64]

# Ends every searchable field in the haystack; queries are stripped of it, so no match crosses fields.
SEPARATOR = "\x00"
# Remembered query results: enough for backspacing through a typed word and its neighbours.
CACHE_SIZE = 16
# A scan checks its density every this many matching events...
DENSE_PROBE_HITS = 2048
# ...and, when more than this share of the events seen so far match, tests each remaining event in
# one C-level pass instead. Measured at 1M events: the Python iteration per match costs 0.6-1.4 µs
# on top of the scan, a bounded find per event 0.25-0.35 µs; they break even near 20 %.
DENSE_FRACTION = 0.2
# A match is looked for among the next this many event offsets before bisecting all the rest:
# bisecting a million-int list from afar costs cache misses on every probe.
NEAR_EVENTS = 32
# Text of the filter bar for an empty filter, and the name of events that are in no lane.
NO_FILTER_TEXT = "No filter"
NO_LANE_TEXT = "no lane"
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

    @property
    def is_empty(self) -> bool:
        return not (self.statuses or self.lanes or self.actors or self.tags)

    def describe(self, lane_labels: Mapping[str, str] | None = None) -> str:
        """One line for the filter bar, e.g. "Status: disputed, reported · Lane: JLR and Chery".

        Lanes are named by ``lane_labels`` (lane id → label) where given, else by id. Within a
        kind, names are in alphabetical order so the text does not depend on click order.
        """
        labels = lane_labels or {}
        kinds = (
            ("Status", [status.value for status in self.statuses]),
            ("Lane", [NO_LANE_TEXT if lane is None else labels.get(lane, lane) for lane in self.lanes]),
            ("Actor", list(self.actors)),
            ("Tag", list(self.tags)),
        )
        parts = [
            f"{kind}: {', '.join(sorted(names, key=lambda name: (name.casefold(), name)))}"
            for kind, names in kinds
            if names
        ]
        return DESCRIBE_SEPARATOR.join(parts) or NO_FILTER_TEXT


@dataclass(frozen=True, slots=True)
class _Text:
    """All searchable text in one folded string; event ``i`` is ``haystack[offsets[i]:offsets[i + 1]]``."""

    haystack: str
    offsets: IndexArray  # n + 1 segment starts, for vectorised gathers
    # The same as Python ints plus NEAR_EVENTS copies of the end: bisect on a list is several times
    # faster than a numpy scalar call, and the padding spares the scan a bounds check.
    offset_list: list[int]
    near: int  # NEAR_EVENTS when built


@dataclass(frozen=True, slots=True)
class _Postings:
    """Sorted event indices by actor and by tag, from the sparse details."""

    actors: dict[str, IndexArray]
    tags: dict[str, IndexArray]


@dataclass(frozen=True, slots=True)
class _Result:
    """A remembered query: its decisive words and its read-only mask."""

    words: tuple[str, ...]
    mask: BoolArray
    count: int


class SearchIndex:
    """Built once per timeline; answers text queries and filters as boolean masks over events.

    The text index is built on the first query (under a second for a million events), the
    actor and tag postings on the first filter or menu. Masks returned are read-only.
    """

    __slots__ = ("_all", "_cache", "_events", "_postings", "_text")

    def __init__(self, events: EventTable) -> None:
        self._events = events
        self._text: _Text | None = None
        self._postings: _Postings | None = None
        self._cache: OrderedDict[tuple[str, ...], _Result] = OrderedDict()
        self._all = _read_only(np.ones(len(events), dtype=np.bool_))

    # -- text -----------------------------------------------------------------

    def matches(self, query: str) -> BoolArray:
        """Events containing every word of ``query`` in their title, summary, actors, sources or tags.

        Case- and accent-insensitive substring matching (see ``fold``); an empty query matches all.
        A query that refines a remembered one (one more letter, one more word) only re-checks
        that query's matches, so typing gets faster with every keystroke.
        """
        words = query_words(query)
        if not words:
            return self._all
        known = self._cache.get(words)
        if known is not None:
            self._cache.move_to_end(words)
            return known.mask
        text = self._text_index()
        base = self._narrowest_superset(words)
        if base is None:
            # Longer words are rarer and let str.find skip further: scan the longest, check the rest.
            first = max(words, key=len)
            candidates = _scan(text, first)
            to_check = [w for w in words if w != first]
            if to_check:
                self._remember((first,), candidates)
        else:
            candidates = np.flatnonzero(base.mask)
            to_check = [w for w in words if w not in base.words]
        for word in sorted(to_check, key=len, reverse=True):
            if not len(candidates):
                break
            candidates = _refine(text, candidates, word)
        return self._remember(words, candidates).mask

    def clear_cache(self) -> None:
        """Forget remembered query results (to free memory, or to time fresh searches)."""
        self._cache.clear()

    def _narrowest_superset(self, words: tuple[str, ...]) -> _Result | None:
        """The remembered result with fewest matches that is sure to contain every match of ``words``.

        If each word of an earlier query occurs inside some word of this one, whatever matches
        this query matched that one.
        """
        best: _Result | None = None
        for result in self._cache.values():
            if (best is None or result.count < best.count) and all(
                any(old in new for new in words) for old in result.words
            ):
                best = result
        return best

    def _remember(self, words: tuple[str, ...], indices: IndexArray) -> _Result:
        mask = np.zeros(len(self._events), dtype=np.bool_)
        mask[indices] = True
        result = _Result(words, _read_only(mask), len(indices))
        self._cache[words] = result
        self._cache.move_to_end(words)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return result

    def _text_index(self) -> _Text:
        if self._text is None:
            self._text = _build_text(self._events)
        return self._text

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


def _build_text(events: EventTable) -> _Text:
    """Fold and join every event's searchable fields: title, summary, then the rich fields."""
    count = len(events)
    extras = [""] * count
    for index, details in events.details.items():
        extras[index] = _detail_text(details)
    columns = (events.titles, events.summaries, extras)
    # The trailing empty field ends the last one with a separator without copying the whole text.
    raw = SEPARATOR.join(chain(chain.from_iterable(zip(*columns, strict=True)), ("",)))
    if raw.isascii():
        # The common case, and O(1) to detect: lower() is casefold for ASCII and keeps every length.
        haystack = raw.lower()
        del raw
        lengths = [np.fromiter(map(len, column), dtype=np.int64, count=count) for column in columns]
    else:
        # Folding may change lengths ("ß" → "ss", accents dropped): fold field by field.
        del raw
        folded = [[text.lower() if text.isascii() else fold(text) for text in column] for column in columns]
        haystack = SEPARATOR.join(chain(chain.from_iterable(zip(*folded, strict=True)), ("",)))
        lengths = [np.fromiter(map(len, column), dtype=np.int64, count=count) for column in folded]
    offsets = np.zeros(count + 1, dtype=np.int64)
    np.cumsum(sum(lengths) + len(columns), out=offsets[1:])  # each field ends with a separator
    return _Text(haystack, _read_only(offsets), offsets.tolist() + [len(haystack)] * NEAR_EVENTS, NEAR_EVENTS)


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


def _scan(text: _Text, word: str) -> IndexArray:
    """Indices of the events whose text contains ``word``, by searching the whole haystack.

    Each hit is mapped to its event and the search resumes at the next event, so the Python
    loop runs once per matching event, not per occurrence. When matches turn out to be dense,
    the remaining events are checked by one ``map`` of bounded finds, which runs in C.
    """
    find, offsets = text.haystack.find, text.offset_list
    count = len(text.offsets) - 1
    bisect_right = bisect.bisect_right
    hits: list[int] = []
    append = hits.append
    position, event = 0, 0
    while (position := find(word, position)) >= 0:
        near = event + text.near
        if position < offsets[near]:
            event = bisect_right(offsets, position, event, near) - 1
        else:
            event = bisect_right(offsets, position, near) - 1
        append(event)
        event += 1
        if not len(hits) % DENSE_PROBE_HITS and len(hits) > DENSE_FRACTION * event:
            starts, ends = islice(offsets, event, count), islice(offsets, event + 1, count + 1)
            found = np.fromiter(map(find, repeat(word), starts, ends), dtype=np.int64, count=count - event)
            return np.concatenate([np.array(hits, dtype=np.int64), np.flatnonzero(found >= 0) + event])
        position = offsets[event]
    return np.array(hits, dtype=np.int64)


def _refine(text: _Text, candidates: IndexArray, word: str) -> IndexArray:
    """The candidates whose text contains ``word``: one bounded find per candidate, looped in C."""
    starts = text.offsets[candidates].tolist()
    ends = text.offsets[candidates + 1].tolist()
    found = np.fromiter(
        map(text.haystack.find, repeat(word), starts, ends), dtype=np.int64, count=len(candidates)
    )
    return candidates[found >= 0]


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
