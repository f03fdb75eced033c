"""Where a timeline file's ``events`` array and each of its items are, found in the raw bytes.

Validating a whole file in one call makes pydantic-core parse it into a tree of JSON values
(about 400 bytes per event) and then build every event's record, all at once: six million
events took 7 GB. Knowing where each event starts and ends, the loader validates the header
(with the events left out) and the events a chunk at a time, from slices of the same bytes.

The scan is exact for valid JSON: it tells strings from structure by their unescaped quotes,
counts nesting, and notes the commas that part the items of the arrays at the top level. On
anything it does not expect (a root that is not an object, no ``events`` key or two, an
``events`` that is not an array, unbalanced brackets, an item that is only whitespace) it gives
up, and the loader validates the file whole, which says what is wrong. Every byte still goes
through pydantic's parser.

msgspec finds the items first, in a third of the scan's time: it parses the document, keeping
each event as a view of its bytes, whose lengths and the bytes between them give the spans when
the events are laid out evenly (the same separator between every two, as writers do); the scan
runs when they are not, or msgspec cannot say.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass

import msgspec
import numpy as np
import numpy.typing as npt

# Bytes examined per numpy step: its masks and positions stay in the processor's caches.
BLOCK = 1 << 20
_QUOTE, _BACKSLASH = ord('"'), ord("\\")
_OPENERS, _CLOSERS = b"{[", b"}]"
# Colons are left out (a sixth of what a file's structure holds): a member's key is found from the
# { or comma before it instead.
_STRUCTURE = b"{}[],"
_DEPTH_CHANGE = np.zeros(256, dtype=np.int8)
_DEPTH_CHANGE[list(_OPENERS)] = 1
_DEPTH_CHANGE[list(_CLOSERS)] = -1
_COMMA, _OBJECT_OPENER = ord(","), ord("{")
_EVENTS_KEY = "events"
# Nesting of the items of a top-level array: inside the root object (1), inside the array (2).
_ITEM_DEPTH = 2
_JSON_WHITESPACE = b" \t\n\r"  # (bytes.strip() would also take \v and \f, which JSON refuses)
_IS_JSON_WHITESPACE = np.zeros(256, dtype=bool)
_IS_JSON_WHITESPACE[list(_JSON_WHITESPACE)] = True
# What may part two items of an array: one comma, and whitespace.
_SEPARATOR = re.compile(rb"[ \t\n\r]*,[ \t\n\r]*")


@dataclass(frozen=True, slots=True)
class EventSpans:
    """The ``events`` array of a document: where it is, and where each of its items is."""

    opening: int  # offset of its [
    closing: int  # offset of its ]
    starts: npt.NDArray[np.int64]  # offset where each item starts (after the comma before it)
    ends: npt.NDArray[np.int64]  # offset where each ends (its comma, or the closing bracket)

    def header(self, body: bytes) -> bytes:
        """The document with an empty events array."""
        return body[: self.opening] + b"[]" + body[self.closing + 1 :]

    def chunk(self, body: bytes, first: int, stop: int) -> bytes:
        """Items ``first`` to ``stop`` (excluded) as a JSON array: the file's bytes, commas included
        (copied once)."""
        return b"".join((b"[", memoryview(body)[int(self.starts[first]) : int(self.ends[stop - 1])], b"]"))

    def __len__(self) -> int:
        return len(self.starts)


def event_spans(body: bytes) -> EventSpans | None:
    """Where the events array of a JSON document and its items are, or None if the scan cannot tell."""
    spans = _evenly_laid_out(body)
    return spans if spans is not None else scanned_spans(body)


class _Document(msgspec.Struct):
    """A JSON object's ``events`` array (its other members skipped), each item left as its bytes
    (a ``Raw``: when decoding bytes, a view of them)."""

    events: list[msgspec.Raw]


_DOCUMENT = msgspec.json.Decoder(_Document)


def _evenly_laid_out(body: bytes) -> EventSpans | None:
    """The spans of the events as msgspec finds them, when every two are parted by the same bytes;
    None when they are not, there are none, or msgspec cannot say (the scan then tells)."""
    try:
        items = _DOCUMENT.decode(body).events
    except (msgspec.DecodeError, RecursionError):  # (deep nesting: the scan takes any depth)
        return None
    if not items:
        return None
    data = np.frombuffer(body, dtype=np.uint8)
    lengths = np.fromiter(map(len, items), dtype=np.int64, count=len(items))

    def offset(item: msgspec.Raw) -> int:
        return int(np.frombuffer(item, dtype=np.uint8).ctypes.data) - int(data.ctypes.data)

    first, last = offset(items[0]), offset(items[-1])
    if first < 0 or last + int(lengths[-1]) > len(body):
        return None  # not views of the body's bytes
    starts = np.array([first], dtype=np.int64)
    commas = np.empty(0, dtype=np.int64)
    if len(items) > 1:
        # Each item starts where the one before ends and the separator after it does: checked
        # for every item, each then is where msgspec found it (its separator is the whitespace,
        # the one comma and the whitespace after it, and then comes a value).
        separator = body[first + int(lengths[0]) : offset(items[1])]
        if _SEPARATOR.fullmatch(separator) is None:
            return None
        starts = first + np.concatenate(([0], np.cumsum(lengths[:-1] + len(separator))))
        if int(starts[-1]) != last or _IS_JSON_WHITESPACE[data[starts]].any():
            return None
        ends = starts[:-1] + lengths[:-1]
        for at, byte in enumerate(separator):
            if not np.array_equal(data[ends + at], np.full(len(ends), byte, dtype=np.uint8)):
                return None
        commas = ends + separator.index(b",")
    end = last + int(lengths[-1])
    opening = body.rfind(b"[", 0, first)
    closing = body.find(b"]", end)
    if opening < 0 or closing < 0 or body[opening + 1 : first].strip(_JSON_WHITESPACE):
        return None
    if body[end:closing].strip(_JSON_WHITESPACE):
        return None
    # The root has this one events array (msgspec keeps the last of two events keys): what is
    # left of the document scanned (a header is small).
    header = scanned_spans(body[:opening] + b"[]" + body[closing + 1 :])
    if header is None or (header.opening, header.closing, len(header)) != (opening, opening + 1, 0):
        return None
    bracket = np.empty(1, dtype=np.int64)
    return EventSpans(
        opening,
        closing,
        np.concatenate((np.full_like(bracket, opening + 1), commas + 1)),
        np.concatenate((commas, np.full_like(bracket, closing))),
    )


def scanned_spans(body: bytes) -> EventSpans | None:
    """``event_spans`` by a scan of the bytes (for any layout of the events)."""
    data = np.frombuffer(body, dtype=np.uint8)
    depth, in_string = 0, False
    separators: list[npt.NDArray[np.int64]] = []  # commas at item depth
    tops: list[tuple[int, int, int]] = []  # (offset, byte, depth before) of structure at depth <= 1
    top_quotes: list[int] = []  # unescaped quotes at depth 1: the keys (and texts) of the root
    scratch = _Scratch(min(BLOCK, len(data)))
    for start in range(0, len(data), BLOCK):
        block = data[start : start + BLOCK]
        positions = scratch.positions(block)
        kinds = block[positions]
        quote_bytes = kinds == _QUOTE
        is_quote = quote_bytes
        if scratch.has_backslash or (start and data[start - 1] == _BACKSLASH):
            is_quote = _unescaped(data, start, positions, quote_bytes)
        # A structural byte is in a string when an odd number of quotes precede it (a count
        # that wraps at 256 keeps its parity).
        quotes_before = np.cumsum(is_quote, dtype=np.uint8)
        outside = np.flatnonzero(~quote_bytes & ((quotes_before + np.uint8(in_string)) & 1 == 0))
        structure = positions[outside]
        kinds = kinds[outside]
        change = _DEPTH_CHANGE[kinds].astype(np.int64)
        depth_before = depth + np.cumsum(change) - change
        if depth_before.size and depth_before.min() < 0:
            return None
        item_commas = structure[(kinds == _COMMA) & (depth_before == _ITEM_DEPTH)]
        separators.append(item_commas.astype(np.int64) + start)
        # The root's own level: its keys, the starts and ends of its values.
        top = (depth_before <= 1) | ((change < 0) & (depth_before == _ITEM_DEPTH))
        if top.any():
            offsets = (structure[top] + start).tolist()
            tops += zip(offsets, kinds[top].tolist(), depth_before[top].tolist(), strict=True)
        depth_after = depth_before + change
        quote_count = int(np.count_nonzero(is_quote))
        if quote_count and (depth <= 1 or (depth_after.size and depth_after.min() <= 1)):
            quotes = positions[is_quote]
            # The depth at a quote is the depth after the structure before it.
            quote_depth = np.concatenate(([depth], depth_after))[np.searchsorted(structure, quotes)]
            top_quotes += (quotes[quote_depth == 1] + start).tolist()
        if change.size:
            depth = int(depth_before[-1] + change[-1])
        in_string = bool((in_string + quote_count) % 2)
    if depth != 0 or in_string:
        return None
    return _events_array(body, tops, top_quotes, separators)


class _Scratch:
    """Buffers reused from block to block (numpy's temporaries of a few megabytes cost more
    to allocate than to fill)."""

    def __init__(self, size: int) -> None:
        self.mask = np.empty(size, dtype=bool)
        self.other = np.empty(size, dtype=bool)
        self.has_backslash = False

    def positions(self, block: npt.NDArray[np.uint8]) -> npt.NDArray[np.intp]:
        """Offsets of the quotes and of the structural bytes ({}[],) in the block, in order,
        strings aside (one ``flatnonzero``: it costs more than the comparisons)."""
        size = len(block)
        mask, other = self.mask[:size], self.other[:size]
        np.equal(block, _BACKSLASH, out=mask)
        self.has_backslash = bool(mask.any())
        np.equal(block, _QUOTE, out=mask)
        for byte in _STRUCTURE:
            np.equal(block, byte, out=other)
            np.logical_or(mask, other, out=mask)
        return np.flatnonzero(mask)


def _unescaped(
    data: npt.NDArray[np.uint8],
    start: int,
    positions: npt.NDArray[np.intp],
    quote_bytes: npt.NDArray[np.bool_],
) -> npt.NDArray[np.bool_]:
    """Which of the block's ``positions`` (offsets within the block at ``start``) are quotes not
    escaped by an odd run of backslashes, given which are quote bytes."""
    at_quotes = np.flatnonzero(quote_bytes)
    absolute = positions[at_quotes] + start
    after_backslash = np.flatnonzero(data[np.maximum(absolute - 1, 0)] == _BACKSLASH)
    after_backslash = after_backslash[absolute[after_backslash] > 0]
    if not after_backslash.size:
        return quote_bytes
    is_quote = quote_bytes.copy()
    for k in after_backslash.tolist():  # rare outside hostile files
        at = int(absolute[k]) - 1
        run = 0
        while at >= 0 and data[at] == _BACKSLASH:
            run += 1
            at -= 1
        if run % 2:
            is_quote[at_quotes[k]] = False
    return is_quote


def _events_array(
    body: bytes,
    tops: list[tuple[int, int, int]],
    top_quotes: list[int],
    separators: list[npt.NDArray[np.int64]],
) -> EventSpans | None:
    """Find the root's ``events`` key among the top-level structure, and its array's items."""
    if not tops or tops[0][1] != ord("{") or tops[0][2] != 0:
        return None  # the root is not an object
    found: tuple[int, int] | None = None
    for number, (offset, kind, depth_before) in enumerate(tops):
        # Each member of the root starts after its { or a comma at its level: the first string
        # there is the member's key, and the next structure at that level follows its value's
        # start (the value's own bracket, when it is an array or an object).
        if not (depth_before == 0 and kind == _OBJECT_OPENER) and not (depth_before == 1 and kind == _COMMA):
            continue
        at = bisect.bisect_right(top_quotes, offset)
        following = tops[number + 1] if number + 1 < len(tops) else None
        if at + 1 >= len(top_quotes) or following is None:
            return None  # an object without members, or not JSON: the thorough path tells
        first, last = top_quotes[at], top_quotes[at + 1]
        if not last < following[0]:
            return None
        try:
            key = json.loads(body[first : last + 1])
        except ValueError:
            return None
        if key != _EVENTS_KEY:
            continue
        if found is not None:
            return None  # two events keys: the thorough path reports the duplicate
        if following[1] != ord("[") or following[2] != 1:
            return None  # not an array: the thorough path says so
        closer = next(
            (top for top in tops[number + 2 :] if top[2] == _ITEM_DEPTH and top[1] in _CLOSERS), None
        )
        if closer is None or closer[1] != ord("]"):
            return None
        found = (following[0], closer[0])
    if found is None:
        return None
    opening, closing = found
    commas = np.concatenate(separators) if separators else np.empty(0, dtype=np.int64)
    inside = commas[(commas > opening) & (commas < closing)]
    if not inside.size and not body[opening + 1 : closing].strip(_JSON_WHITESPACE):
        empty = np.empty(0, dtype=np.int64)
        return EventSpans(opening, closing, empty, empty)
    starts = np.concatenate(([opening + 1], inside + 1)).astype(np.int64)
    ends = np.concatenate((inside, [closing])).astype(np.int64)
    if _has_blank_item(body, starts, ends):
        return None  # a comma too many: the thorough path says where
    return EventSpans(opening, closing, starts, ends)


# Whitespace bytes skipped a step at a time at every item at once; an item with more before its
# value is looked at alone.
_LONGEST_LEAD = 64


def _has_blank_item(body: bytes, starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64]) -> bool:
    """Whether an item is nothing but whitespace (a comma before the closing bracket, or two in a
    row). A chunk of such an item alone reads as an empty array, so that a trailing comma after a
    multiple of the chunk's size of events would be taken where the thorough path refuses it."""
    data = np.frombuffer(body, dtype=np.uint8)
    at, stop = starts, ends
    for _ in range(_LONGEST_LEAD):
        if (at >= stop).any():
            return True
        leading = _IS_JSON_WHITESPACE[data[at]]
        if not leading.any():
            return False
        at, stop = at[leading] + 1, stop[leading]
    return any(not body[int(a) : int(b)].strip(_JSON_WHITESPACE) for a, b in zip(at, stop, strict=True))
