"""Which documents hold a token containing a word: the distinct tokens of folded text, built with numpy."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

BoolArray = npt.NDArray[np.bool_]
IndexArray = npt.NDArray[np.int64]
Int32Array = npt.NDArray[np.int32]
UInt8Array = npt.NDArray[np.uint8]
UInt64Array = npt.NDArray[np.uint64]
# The UTF-8 text of consecutive documents, and each document's length in bytes. Every document's text
# ends with a delimiter, so no token runs from one document into the next.
Chunk = tuple[bytes, IndexArray]

# Bytes up to this value end a token: ASCII whitespace, the other control characters, the field
# separator. A word without them occurs in a text exactly when it occurs inside one of its tokens.
DELIMITER_MAX = 0x20
# The most frequent tokens are kept as bits per document rather than as document lists: a word in
# most documents ("a", "e") is then answered with a few passes over the bits, not a scatter per
# document. A token needs to be in this share of the documents to take a bit.
HEAVY_TOKENS = 128
HEAVY_MIN_SHARE = 1 / 64
# Hash seeds tried in turn while two different tokens share a hash (if all do, callers scan the text).
SEEDS = (0x243F6A8885A308D3, 0x13198A2E03707344, 0xA4093822299F31D0)
# Characters whose presence in each token is kept as a bit, so that a one-character word (the first
# keystroke) marks its tokens with one pass over the tokens rather than a scan of the vocabulary.
CHARACTERS = b"abcdefghijklmnopqrstuvwxyz0123456789-.,'():;/&+#@%$!?\"_*=~[]<>|^"
# A scan whose matches exceed this share of the tokens marks them with one reduceat over the
# vocabulary instead of a binary search per match.
DENSE_POSITIONS = 1 / 4
# Likewise, light tokens holding more than this share of all light postings are gathered with one
# pass over the postings rather than by ranges.
DENSE_POSTINGS = 1 / 4

_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)
_LENGTH_MIX = np.uint64(0x9E3779B97F4A7C15)
_ALL_BITS = np.uint64(0xFFFFFFFFFFFFFFFF)
_CHARACTER_BITS = np.zeros(256, dtype=np.uint64)
_CHARACTER_BITS[np.frombuffer(CHARACTERS, dtype=np.uint8)] = np.left_shift(
    np.uint64(1), np.arange(len(CHARACTERS), dtype=np.uint64)
)
# Tokens whose characters are gathered at a time: bounds the 8 bytes per vocabulary byte it takes.
_CHARACTER_STEP = 1 << 18
_LOW_32 = np.int64(0xFFFFFFFF)


class HashCollisionError(Exception):
    """Two different tokens got the same hash; the build is retried with another seed."""


class BuildCancelledError(Exception):
    """The caller asked the build to stop (its timeline was replaced)."""


@dataclass(frozen=True, slots=True)
class WordIndex:
    """Every distinct token once, and for each token the documents that hold it."""

    count: int  # documents
    vocabulary: UInt8Array  # the distinct tokens, each followed by a zero byte
    token_starts: IndexArray  # where each token starts in the vocabulary, plus its end
    longest: int  # bytes in the longest token
    byte_counts: IndexArray  # occurrences of each byte value in the vocabulary: rare bytes anchor scans
    token_characters: UInt64Array  # per token, a bit for each of CHARACTERS it holds
    light_starts: IndexArray  # per token, its range in light_documents (empty for heavy tokens)
    light_documents: Int32Array  # sorted documents of each light token
    heavy_bit: IndexArray  # per token, its bit in heavy_bits, or -1
    heavy_bits: UInt64Array  # (words, count): bit k of words[k // 64] set where heavy token k occurs
    # After edits: per document now, the document it was when built, or -1 for one made since
    # (None: as built). An edit keeps the index (a gather per word, the few new documents
    # searched by whoever holds their text) instead of rebuilding it, seconds of processor time
    # at a million events competing with the window.
    kept: IndexArray | None = None

    @property
    def nbytes(self) -> int:
        arrays = (self.vocabulary, self.token_starts, self.token_characters, self.heavy_bit, self.heavy_bits)
        return sum(a.nbytes for a in (*arrays, self.light_starts, self.light_documents))

    def containing(self, word: bytes) -> BoolArray:
        """Documents with a token that contains ``word`` (non-empty UTF-8, no byte ≤ DELIMITER_MAX)."""
        marked = self.tokens_containing(word)
        tokens = np.flatnonzero(marked)
        mask = self._heavy_documents(tokens)
        mask[self._light_documents(marked, tokens)] = True
        if self.kept is None:
            return mask
        # A document made since the build (-1 in kept) gathers the False put after the others (an
        # index built over no documents has no other to gather, and mask[-1] would raise).
        return np.append(mask, False)[self.kept]

    @property
    def unknown(self) -> IndexArray:
        """The documents made since the build, whose text the index does not hold."""
        return np.flatnonzero(self.kept < 0) if self.kept is not None else np.empty(0, dtype=np.intp)

    def spliced(self, start: int, stop: int, added: int) -> WordIndex:
        """This index once documents ``start`` to ``stop`` (as now numbered) are replaced by
        ``added`` new ones, whose text it does not hold."""
        kept = np.arange(self.count) if self.kept is None else self.kept
        return replace(self, kept=np.concatenate((kept[:start], np.full(added, -1), kept[stop:])))

    def tokens_containing(self, word: bytes) -> BoolArray:
        """Which tokens contain ``word``: a bit test for one character, else a scan of the vocabulary."""
        count = len(self.token_starts) - 1
        if not (count and 0 < len(word) <= self.longest):
            return np.zeros(count, dtype=np.bool_)
        bit = _CHARACTER_BITS[word[0]]
        if len(word) == 1 and bit:
            marked: BoolArray = (self.token_characters & bit) != 0
            return marked
        starts = self._match_starts(word)
        if len(starts) > DENSE_POSITIONS * count:
            hits = np.zeros(len(self.vocabulary), dtype=np.bool_)
            hits[starts] = True
            return np.logical_or.reduceat(hits, self.token_starts[:-1])
        tokens = np.zeros(count, dtype=np.bool_)
        tokens[np.searchsorted(self.token_starts, starts, side="right") - 1] = True
        return tokens

    def _match_starts(self, word: bytes) -> IndexArray:
        """Where ``word`` occurs in the vocabulary (in no order): a window of it around its rarest
        byte is found in one pass, then each other byte narrows the candidates down."""
        size, vocabulary = len(word), self.vocabulary
        width = 4 if size >= 4 else 2 if size >= 2 else 1
        rarest = min(range(size), key=lambda k: (self.byte_counts[word[k]], k))
        anchor = min(rarest, size - width)
        starts = _window_positions(vocabulary, word[anchor : anchor + width]) - anchor
        starts = starts[(starts >= 0) & (starts <= len(vocabulary) - size)]
        rest = [k for k in range(size) if not anchor <= k < anchor + width]
        for k in sorted(rest, key=lambda k: self.byte_counts[word[k]]):
            starts = starts[vocabulary[starts + k] == word[k]]
        return starts

    def _heavy_documents(self, tokens: IndexArray) -> BoolArray:
        """Documents holding any of the heavy ones among ``tokens``: one pass per word of bits."""
        mask = np.zeros(self.count, dtype=np.bool_)
        bits = self.heavy_bit[tokens]
        bits = bits[bits >= 0]
        if not len(bits):
            return mask
        wanted = np.zeros(len(self.heavy_bits), dtype=np.uint64)
        np.bitwise_or.at(wanted, bits >> 6, np.left_shift(np.uint64(1), (bits & 63).astype(np.uint64)))
        for word in np.flatnonzero(wanted):
            mask |= (self.heavy_bits[word] & wanted[word]) != 0
        return mask

    def _light_documents(self, marked: BoolArray, tokens: IndexArray) -> Int32Array:
        """The documents of the marked light tokens, concatenated (with repeats across tokens)."""
        starts = self.light_starts[tokens]
        lengths = self.light_starts[tokens + 1] - starts
        if lengths.sum() > DENSE_POSTINGS * len(self.light_documents):
            # One pass over every posting beats building index ranges for most of them.
            return self.light_documents[np.repeat(marked, np.diff(self.light_starts))]
        return self.light_documents[_ranges(starts, lengths)]


# ---------------------------------------------------------------------------
# Building


@dataclass(frozen=True, slots=True)
class _ChunkTokens:
    """One chunk's distinct tokens (sorted hashes, bytes) and its distinct (token, document) pairs."""

    keys: UInt64Array
    lengths: IndexArray
    text: UInt8Array  # the distinct tokens' bytes, back to back
    tokens: Int32Array  # local token of each pair, ascending
    documents: Int32Array


def build_word_index(
    chunks: Callable[[], Iterable[Chunk]], count: int, cancelled: Callable[[], bool] = lambda: False
) -> WordIndex | None:
    """Index ``count`` documents given in order by ``chunks()``; None if every seed collides.

    Tokens are told apart by a 64-bit hash of their bytes; every token is then compared with the
    one its hash stands for, and a collision restarts the build with another seed.
    """
    for seed in SEEDS:
        try:
            return _build(chunks(), count, np.uint64(seed), cancelled)
        except HashCollisionError:
            continue
    return None


def _build(chunks: Iterable[Chunk], count: int, seed: np.uint64, cancelled: Callable[[], bool]) -> WordIndex:
    parts = _tokenised(chunks, count, seed, cancelled)
    keys = _distinct(np.concatenate([p.keys for p in parts])) if parts else np.zeros(0, np.uint64)
    token_ids = [np.searchsorted(keys, p.keys).astype(np.int32) for p in parts]
    vocabulary, starts = _vocabulary(parts, token_ids, len(keys))
    # From here on only the (token, document) pairs matter: free the rest of each chunk.
    pairs = [(ids[p.tokens], p.documents) for p, ids in zip(parts, token_ids, strict=True)]
    del parts, token_ids
    totals = np.zeros(len(keys), dtype=np.int64)
    for tokens, _ in pairs:
        runs = np.flatnonzero(_run_starts(tokens))  # tokens ascend: one run per distinct token
        totals[tokens[runs]] += np.diff(np.append(runs, len(tokens)))
    heavy_bit = _heavy_bits(totals, count)
    light_starts, light_documents, heavy_bits = _postings(pairs, totals, heavy_bit, count)
    lengths = np.diff(starts) - 1
    return WordIndex(
        count=count,
        vocabulary=_read_only(vocabulary),
        token_starts=_read_only(starts),
        longest=int(lengths.max()) if len(lengths) else 0,
        byte_counts=_read_only(np.bincount(vocabulary, minlength=256).astype(np.int64)),
        token_characters=_read_only(_token_characters(vocabulary, starts)),
        light_starts=_read_only(light_starts),
        light_documents=_read_only(light_documents),
        heavy_bit=_read_only(heavy_bit),
        heavy_bits=_read_only(heavy_bits),
    )


def _tokenised(
    chunks: Iterable[Chunk], count: int, seed: np.uint64, cancelled: Callable[[], bool]
) -> list[_ChunkTokens]:
    parts = []
    first = 0
    for data, lengths in chunks:
        if cancelled():
            raise BuildCancelledError
        parts.append(_chunk_tokens(data, lengths, first, seed))
        first += len(lengths)
    if first != count:
        raise ValueError(f"chunks held {first} documents, expected {count}")
    return parts


def _chunk_tokens(data: bytes, lengths: IndexArray, first: int, seed: np.uint64) -> _ChunkTokens:
    """Tokenise, hash and deduplicate one chunk; raise HashCollisionError if two tokens share a hash."""
    size = len(data)
    padded = np.zeros(size + 16, dtype=np.uint8)  # room for an 8-byte read at any position
    padded[:size] = np.frombuffer(data, dtype=np.uint8)
    # Every position as the start of an unaligned little-endian uint64: one gather reads 8 bytes.
    words: UInt64Array = np.ndarray(shape=(size + 9,), dtype="<u8", buffer=padded, strides=(1,))
    starts, token_lengths, documents = _tokens(padded[:size], lengths)
    keys, heads = _hash(words, starts, token_lengths, seed)
    distinct = _distinct(keys)
    local = _ranks(distinct, keys)
    representative = np.empty(len(distinct), dtype=np.int64)
    representative[local] = np.arange(len(keys))
    _verify(words, starts, token_lengths, heads, representative[local])
    pair_tokens, pair_documents = _distinct_pairs(local, documents + first)
    rep_starts, rep_lengths = starts[representative], token_lengths[representative]
    text = padded[_ranges(rep_starts, rep_lengths)]
    return _ChunkTokens(distinct, rep_lengths, text, pair_tokens, pair_documents)


def _tokens(text: UInt8Array, lengths: IndexArray) -> tuple[IndexArray, IndexArray, Int32Array]:
    """Start, length and document (counted from the chunk's first) of each token in ``text``."""
    ends = np.flatnonzero(text <= DELIMITER_MAX)
    starts = np.empty_like(ends)
    starts[:1] = 0
    starts[1:] = ends[:-1] + 1
    documents = _documents_of(ends, lengths)
    keep = ends > starts  # two delimiters in a row end no token
    return starts[keep], (ends - starts)[keep], documents[keep]


def _distinct_pairs(tokens: IndexArray, documents: Int32Array) -> tuple[Int32Array, Int32Array]:
    """The distinct (token, document) pairs, sorted by token then document."""
    pairs = np.sort((tokens << 32) | documents)
    pairs = pairs[_run_starts(pairs)]
    return (pairs >> 32).astype(np.int32), (pairs & _LOW_32).astype(np.int32)


def _documents_of(ends: IndexArray, lengths: IndexArray) -> Int32Array:
    """The document of the token ending at each delimiter: how many documents end before it."""
    last = np.cumsum(lengths) - 1  # each document's last byte, a delimiter
    at = np.searchsorted(ends, last)
    if len(last) and (at[-1] >= len(ends) or not np.array_equal(ends[at], last)):
        raise ValueError("every document's text must end with a delimiter")
    ended = np.bincount(at, minlength=len(ends))[: len(ends)].astype(np.int32)
    return np.cumsum(ended, dtype=np.int32) - ended


def _hash(
    words: UInt64Array, starts: IndexArray, lengths: IndexArray, seed: np.uint64
) -> tuple[UInt64Array, UInt64Array]:
    """A 64-bit hash of each token's bytes, and its first 8 bytes (zero-padded)."""
    heads = words[starts] & _tail_mask(lengths)
    keys = _mix(heads ^ (lengths.astype(np.uint64) * _LENGTH_MIX) ^ seed)
    longer, offset = np.flatnonzero(lengths > 8), 8
    while len(longer):
        keys[longer] = _mix(
            keys[longer] ^ (words[starts[longer] + offset] & _tail_mask(lengths[longer] - offset))
        )
        offset += 8
        longer = longer[lengths[longer] > offset]
    return keys, heads


def _verify(
    words: UInt64Array,
    starts: IndexArray,
    lengths: IndexArray,
    heads: UInt64Array,
    representative: IndexArray,
) -> None:
    """Check that every token has the bytes of the token standing for its hash."""
    if not (
        np.array_equal(lengths, lengths[representative]) and np.array_equal(heads, heads[representative])
    ):
        raise HashCollisionError
    longer, offset = np.flatnonzero(lengths > 8), 8
    while len(longer):
        tail = _tail_mask(lengths[longer] - offset)
        mine = words[starts[longer] + offset] & tail
        theirs = words[starts[representative[longer]] + offset] & tail
        if not np.array_equal(mine, theirs):
            raise HashCollisionError
        offset += 8
        longer = longer[lengths[longer] > offset]


def _vocabulary(
    parts: list[_ChunkTokens], token_ids: list[Int32Array], size: int
) -> tuple[UInt8Array, IndexArray]:
    """The distinct tokens' bytes, each followed by a zero byte, and where each starts.

    A token in several chunks is copied from the first; the others must have the same bytes.
    """
    lengths = np.full(size, -1, dtype=np.int64)
    for part, ids in zip(reversed(parts), reversed(token_ids), strict=True):
        lengths[ids] = part.lengths  # the first chunk writes last, and wins
    starts = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(lengths + 1, out=starts[1:])
    vocabulary = np.zeros(int(starts[-1]), dtype=np.uint8)
    filled = np.zeros(size, dtype=np.bool_)
    for part, ids in zip(parts, token_ids, strict=True):
        if not np.array_equal(lengths[ids], part.lengths):
            raise HashCollisionError
        places = _ranges(starts[ids], part.lengths)
        seen = np.repeat(filled[ids], part.lengths)
        if not np.array_equal(vocabulary[places[seen]], part.text[seen]):
            raise HashCollisionError
        vocabulary[places[~seen]] = part.text[~seen]
        filled[ids] = True
    return vocabulary, starts


def _token_characters(vocabulary: UInt8Array, starts: IndexArray) -> UInt64Array:
    """The bits of CHARACTERS that each token holds."""
    characters = np.zeros(len(starts) - 1, dtype=np.uint64)
    for first in range(0, len(characters), _CHARACTER_STEP):
        last = min(len(characters), first + _CHARACTER_STEP)
        bits = _CHARACTER_BITS[vocabulary[starts[first] : starts[last]]]
        characters[first:last] = np.bitwise_or.reduceat(bits, starts[first:last] - starts[first])
    return characters


def _heavy_bits(totals: IndexArray, count: int) -> IndexArray:
    """Bit of each token among the heavy ones (the most frequent, if frequent enough), else -1."""
    bit = np.full(len(totals), -1, dtype=np.int64)
    frequent = np.flatnonzero(totals >= max(1.0, HEAVY_MIN_SHARE * count))
    heavy = frequent[np.argsort(-totals[frequent], kind="stable")[:HEAVY_TOKENS]]
    bit[np.sort(heavy)] = np.arange(len(heavy))
    return bit


def _postings(
    pairs: list[tuple[Int32Array, Int32Array]], totals: IndexArray, heavy_bit: IndexArray, count: int
) -> tuple[IndexArray, Int32Array, UInt64Array]:
    """Light tokens' sorted documents (CSR by token) and heavy tokens' bits per document."""
    is_heavy = heavy_bit >= 0
    starts = np.zeros(len(totals) + 1, dtype=np.int64)
    np.cumsum(np.where(is_heavy, 0, totals), out=starts[1:])
    documents = np.empty(int(starts[-1]), dtype=np.int32)
    bits = np.zeros(((int(is_heavy.sum()) + 63) // 64, count), dtype=np.uint64)
    cursor = starts[:-1].copy()
    # Chunks come in document order, so each token's documents are appended in ascending order.
    for tokens, chunk_documents in pairs:
        heavy = is_heavy[tokens]
        _append_runs(documents, cursor, tokens[~heavy], chunk_documents[~heavy])
        _set_bits(bits, heavy_bit[tokens[heavy]], chunk_documents[heavy])
    return starts, documents, bits


def _append_runs(documents: Int32Array, cursor: IndexArray, tokens: Int32Array, values: Int32Array) -> None:
    """Append each run of equal ``tokens`` (ascending) to that token's range, advancing its cursor."""
    if not len(tokens):
        return
    runs = np.flatnonzero(_run_starts(tokens))
    run_lengths = np.diff(np.append(runs, len(tokens)))
    within = np.arange(len(tokens)) - np.repeat(runs, run_lengths)
    documents[cursor[tokens] + within] = values
    cursor[tokens[runs]] += run_lengths


def _set_bits(bits: UInt64Array, token_bits: IndexArray, documents: Int32Array) -> None:
    """Set each heavy token's bit for its documents; ``token_bits`` ascends (bits follow token order)."""
    if not len(token_bits):
        return
    runs = np.flatnonzero(_run_starts(token_bits))
    for begin, end in zip(runs, np.append(runs[1:], len(token_bits)), strict=True):
        bit = int(token_bits[begin])
        bits[bit >> 6, documents[begin:end]] |= np.uint64(1 << (bit & 63))


# ---------------------------------------------------------------------------
# Array helpers


def _mix(values: UInt64Array) -> UInt64Array:
    """splitmix64's finaliser, in place: every input bit reaches every output bit."""
    values ^= values >> np.uint64(30)
    values *= _MIX_1
    values ^= values >> np.uint64(27)
    values *= _MIX_2
    values ^= values >> np.uint64(31)
    return values


def _tail_mask(remaining: IndexArray) -> UInt64Array:
    """Masks keeping the low ``remaining`` bytes of a little-endian word (all 8 if more remain)."""
    missing = (8 - np.clip(remaining, 0, 8)).astype(np.uint64) * np.uint64(8)
    masks: UInt64Array = np.right_shift(_ALL_BITS, missing)
    return masks


def _run_starts(values: npt.NDArray[Any]) -> BoolArray:
    """Where a run of equal values starts, in a sorted array."""
    starts = np.ones(len(values), dtype=np.bool_)
    np.not_equal(values[1:], values[:-1], out=starts[1:])
    return starts


def _distinct(values: UInt64Array) -> UInt64Array:
    """Sorted distinct values (np.unique is far slower than a sort on numpy 2.4)."""
    ordered = np.sort(values)
    return ordered[_run_starts(ordered)]


def _ranks(distinct: UInt64Array, values: UInt64Array) -> IndexArray:
    """Position of each value in ``distinct`` (sorted, containing them all), through its top bits.

    The values are hashes, so their top bits spread evenly: a table of where each top-bit prefix
    starts lands within a step or two of the answer, where a binary search costs twenty misses.
    """
    if not len(values):
        return np.zeros(0, dtype=np.int64)
    bits = max(1, len(distinct).bit_length())
    shift = np.uint64(64 - bits)
    first = np.zeros((1 << bits) + 1, dtype=np.int64)
    np.cumsum(np.bincount((distinct >> shift).astype(np.int64), minlength=1 << bits), out=first[1:])
    ranks = first[(values >> shift).astype(np.int64)]
    behind = np.flatnonzero(distinct[ranks] != values)
    while len(behind):
        ranks[behind] += 1
        behind = behind[distinct[ranks[behind]] != values[behind]]
    return ranks


def _window_positions(vocabulary: UInt8Array, window: bytes) -> IndexArray:
    """Every position of a 1-, 2- or 4-byte ``window``: the vocabulary read as 2- or 4-byte
    integers from each offset, so one pass compares a whole window per element."""
    if len(window) == 1:
        return np.flatnonzero(vocabulary == window[0])
    width, value = len(window), int.from_bytes(window, "little")
    found = []
    for offset in range(width):
        lanes = np.frombuffer(
            vocabulary, dtype=f"<u{width}", count=(len(vocabulary) - offset) // width, offset=offset
        )
        found.append(np.flatnonzero(lanes == value) * width + offset)
    return np.concatenate(found)


def _ranges(starts: IndexArray, lengths: IndexArray) -> IndexArray:
    """The indices start, start+1, ... for each (start, length), concatenated."""
    total = int(lengths.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    offsets = np.cumsum(lengths) - lengths  # where each range begins in the output
    return np.repeat(starts - offsets, lengths) + np.arange(total)


def _read_only(array: npt.NDArray[Any]) -> npt.NDArray[Any]:
    array.setflags(write=False)
    return array
