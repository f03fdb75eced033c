"""An immutable column of strings kept in chunks, so that a row dropped or inserted copies one chunk.

A tuple of a million strings is cheap to read but costly to change: dropping one row copies
the other 999,999 references and touches each string's count (~35 ms a column at a million
events, three text columns per edit). Here the strings sit in tuples of a few thousand: a
splice builds the chunk (or the few chunks) it touches again and shares every other with the
column it came from, so an edited table and the one before it hold the same chunks.
"""

from __future__ import annotations

import ctypes
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate, chain
from operator import index as as_index
from typing import SupportsIndex, cast, overload

# Columns are cut into chunks of CHUNK strings. A chunk holds at most twice that (a bigger one
# is cut), and a splice merges one that shrank under a quarter of it with its neighbour: chunks
# stay few (a read's bisect and an iteration's chain stay cheap) and small (a splice copies a
# few thousand references, a few hundred microseconds). Read when used, so tests can make it small.
CHUNK = 8192


def _gc_untrack() -> Callable[[object], None] | None:
    """CPython's ``PyObject_GC_UnTrack`` (a stable C API), or None where there is no such thing."""
    try:
        untrack = ctypes.pythonapi.PyObject_GC_UnTrack
    except AttributeError:  # not CPython
        return None
    untrack.argtypes = [ctypes.py_object]
    untrack.restype = None
    return cast("Callable[[object], None]", untrack)


_UNTRACK = _gc_untrack()


def cut(strings: Sequence[str], size: int | None = None) -> list[tuple[str, ...]]:
    """``strings`` as consecutive tuples of ``size`` (default CHUNK; the last perhaps shorter;
    none when empty)."""
    size = CHUNK if size is None else size
    if isinstance(strings, tuple) and 0 < len(strings) <= size:
        return [strings]
    return [tuple(strings[start : start + size]) for start in range(0, len(strings), size)]


def untracked(chunks: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``chunks``, tuples of strings and nothing else, no longer tracked by the cycle collector.

    A tuple is tracked when made; the collector untracks one that holds only untracked objects
    (such as strings) when a collection first finds it, after walking all its items twice. For
    the text columns of a big load that first collection walked millions of strings (0.09 s at a
    million events, three columns) with the interpreter held. A tuple of strings can never be
    part of a cycle, so it is untracked here, as the collector would, without the walk.
    """
    if _UNTRACK is not None:
        for chunk in chunks:
            _UNTRACK(chunk)
    return chunks


class StringColumn(Sequence[str]):
    """Strings in order, read like a tuple (index, slice, iterate, ``in``, ``==``) and changed only
    by ``spliced``, which gives a new column sharing the chunks it did not touch."""

    __slots__ = ("_chunks", "_starts")

    _chunks: tuple[tuple[str, ...], ...]
    _starts: list[int]  # where each chunk starts, then the length

    def __init__(self, strings: Iterable[str] = ()) -> None:
        """A column of these strings (cut into chunks of CHUNK)."""
        self._set(cut(strings if isinstance(strings, Sequence) else tuple(strings)))

    @classmethod
    def of_chunks(cls, chunks: Iterable[Sequence[str]]) -> StringColumn:
        """A column of the strings of ``chunks`` in order: each kept as it is when it is a tuple of
        at most twice CHUNK strings (no string reference is copied), else cut into CHUNKs."""
        kept: list[tuple[str, ...]] = []
        for chunk in chunks:
            if isinstance(chunk, tuple) and len(chunk) <= 2 * CHUNK:
                if chunk:
                    kept.append(chunk)
            else:
                kept += cut(chunk)
        column = cls.__new__(cls)
        column._set(kept)
        return column

    def _set(self, chunks: list[tuple[str, ...]]) -> None:
        object.__setattr__(self, "_chunks", tuple(chunks))
        object.__setattr__(self, "_starts", list(accumulate(map(len, chunks), initial=0)))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"StringColumn is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"StringColumn is immutable: cannot delete {name!r}")

    @property
    def chunks(self) -> tuple[tuple[str, ...], ...]:
        """The tuples the strings are kept in, in order (none empty)."""
        return self._chunks

    def __len__(self) -> int:
        return self._starts[-1]

    @overload
    def __getitem__(self, index: SupportsIndex) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[str, ...]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> str | tuple[str, ...]:
        starts = self._starts
        if type(index) is int and 0 <= index < starts[-1]:  # the common case, first
            chunk = bisect_right(starts, index) - 1
            return self._chunks[chunk][index - starts[chunk]]
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return tuple(self[i] for i in range(start, stop, step))
            return self._range(start, stop)
        if type(index) is not int:
            index = as_index(index)  # a numpy integer, say
        length = self._starts[-1]
        if index < 0:
            index += length
        if not 0 <= index < length:
            raise IndexError("StringColumn index out of range")
        chunk = bisect_right(self._starts, index) - 1
        return self._chunks[chunk][index - self._starts[chunk]]

    def _range(self, start: int, stop: int) -> tuple[str, ...]:
        """The strings [start:stop] as one tuple, 0 <= start, stop <= len."""
        if stop <= start:
            return ()
        starts = self._starts
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, stop - 1) - 1
        if first == last:
            return self._chunks[first][start - starts[first] : stop - starts[first]]
        parts = [self._chunks[first][start - starts[first] :]]
        parts += self._chunks[first + 1 : last]
        parts.append(self._chunks[last][: stop - starts[last]])
        return tuple(chain.from_iterable(parts))

    def __iter__(self) -> Iterator[str]:
        return chain.from_iterable(self._chunks)

    def __reversed__(self) -> Iterator[str]:
        return chain.from_iterable(map(reversed, reversed(self._chunks)))

    def __contains__(self, value: object) -> bool:
        return any(value in chunk for chunk in self._chunks)

    def count(self, value: object) -> int:
        return sum(chunk.count(value) for chunk in self._chunks)

    def __eq__(self, other: object) -> bool:
        """Equal to a column or a tuple of the same strings in the same order."""
        if isinstance(other, StringColumn):
            if self._chunks == other._chunks:
                return True
        elif not isinstance(other, tuple):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # equal to tuples, which hash otherwise

    def __repr__(self) -> str:
        shown = ", ".join(repr(text) for text in self._range(0, min(len(self), 3)))
        more = ", ..." if len(self) > 3 else ""
        return f"StringColumn([{shown}{more}], {len(self)} strings in {len(self._chunks)} chunks)"

    def __reduce__(self) -> tuple[object, ...]:
        return (StringColumn.of_chunks, (list(self._chunks),))

    def spliced(self, start: int, stop: int, values: Sequence[str]) -> StringColumn:
        """This column with [start:stop] replaced by ``values``: the chunks that hold start..stop are
        built again (with a neighbour when the result is small, cut when big), the rest shared."""
        length = len(self)
        if not 0 <= start <= stop <= length:
            raise IndexError(f"splice [{start}:{stop}] of a column of {length}")
        starts, chunks = self._starts, self._chunks
        if not chunks:
            return StringColumn.of_chunks([tuple(values)])
        # Chunks first..last hold the rows replaced (an insert at the very end goes into the last).
        first = min(bisect_right(starts, start), len(chunks)) - 1
        last = bisect_right(starts, stop - 1) - 1 if stop > start else first
        size = starts[last + 1] - starts[first] - (stop - start) + len(values)
        if size < CHUNK // 4 and len(chunks) > last - first + 1:
            # Merged with a neighbour: chunks do not wear down to crumbs.
            if last + 1 < len(chunks):
                last += 1
            else:
                first -= 1
        low, high = starts[first], starts[last + 1]
        region = self._range(low, start) + tuple(values) + self._range(stop, high)
        rebuilt = cut(region, CHUNK if len(region) > 2 * CHUNK else 2 * CHUNK)
        column = StringColumn.__new__(StringColumn)
        column._set([*chunks[:first], *rebuilt, *chunks[last + 1 :]])
        return column
