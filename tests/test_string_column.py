"""StringColumn reads like a tuple of its strings, and a splice changes only the chunks it touches."""

from __future__ import annotations

import gc
import pickle
import sys
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core import string_column
from timeline_app.core.string_column import StringColumn, cut, untracked

_TEXT = st.text(alphabet="abcé😀", max_size=3)


@pytest.fixture(autouse=True)
def _default_chunk() -> Iterator[None]:
    """Each test sets the chunk size it wants (with ``_chunked``); none leaks into the next."""
    chunk = string_column.CHUNK
    yield
    string_column.CHUNK = chunk


def _chunked(strings: list[str], chunk: int) -> StringColumn:
    string_column.CHUNK = chunk
    return StringColumn(strings)


def _assert_reads_as(column: StringColumn, expected: list[str]) -> None:
    """Every way of reading the column gives ``expected``, and its chunks keep their bounds."""
    assert len(column) == len(expected)
    assert list(column) == expected
    assert [column[i] for i in range(len(expected))] == expected
    assert [column[i - len(expected)] for i in range(len(expected))] == expected
    assert list(reversed(column)) == expected[::-1]
    assert column == tuple(expected)
    assert tuple(expected) == column
    for start in range(len(expected) + 1):
        for stop in range(start, len(expected) + 1):
            assert column[start:stop] == tuple(expected[start:stop]), (start, stop)
    assert all(0 < len(chunk) <= 2 * string_column.CHUNK for chunk in column.chunks)
    assert all(isinstance(chunk, tuple) for chunk in column.chunks)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_TEXT, max_size=30),
    st.sampled_from([1, 2, 3, 4, 8]),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3), st.lists(_TEXT, max_size=3)), max_size=8),
)
def test_splices_read_as_the_same_splices_of_a_list(
    strings: list[str], chunk: int, splices: list[tuple[int, int, list[str]]]
) -> None:
    column, expected = _chunked(strings, chunk), list(strings)
    _assert_reads_as(column, expected)
    for at, span, values in splices:
        start = min(at, len(expected))
        stop = min(start + span, len(expected))
        column = column.spliced(start, stop, values)
        expected[start:stop] = values
        _assert_reads_as(column, expected)


@pytest.mark.parametrize("row", [0, 1, 7, 8, 9, 15, 16, 23])
@pytest.mark.parametrize("kind", ["delete", "insert", "replace"])
def test_a_one_row_splice_at_and_around_chunk_edges(row: int, kind: str) -> None:
    strings = [f"s{i}" for i in range(24)]
    column = _chunked(strings, 8)
    assert [len(chunk) for chunk in column.chunks] == [8, 8, 8]
    expected = list(strings)
    if kind == "delete":
        column, expected[row : row + 1] = column.spliced(row, row + 1, []), []
    elif kind == "insert":
        column, expected[row:row] = column.spliced(row, row, ["new"]), ["new"]
    else:
        column, expected[row : row + 1] = column.spliced(row, row + 1, ["new"]), ["new"]
    _assert_reads_as(column, expected)


def test_a_splice_copies_one_chunk_and_shares_the_others() -> None:
    column = _chunked([f"s{i}" for i in range(100)], 10)
    before = column.chunks
    after = column.spliced(55, 56, []).chunks
    assert len(after) == len(before)
    changed = [k for k in range(len(before)) if after[k] is not before[k]]
    assert changed == [5]  # the chunk of rows 50..59, and no other
    assert after[5] == before[5][:5] + before[5][6:]
    inserted = column.spliced(0, 0, ["new"]).chunks
    assert [k for k in range(len(before)) if inserted[k] is not before[k]] == [0]


def test_a_chunk_grown_past_twice_the_size_is_cut_and_one_worn_small_is_merged() -> None:
    column = _chunked([f"s{i}" for i in range(24)], 8)
    grown = column.spliced(8, 8, [f"n{i}" for i in range(9)])
    assert [len(chunk) for chunk in grown.chunks] == [8, 8, 8, 1, 8]  # 17 rows in the second: cut
    worn = column
    for _ in range(6):  # the middle chunk down to two rows, a quarter of 8: kept
        worn = worn.spliced(8, 9, [])
    assert [len(chunk) for chunk in worn.chunks] == [8, 2, 8]
    worn = worn.spliced(8, 9, [])  # one row, under a quarter: merged with the next chunk
    assert [len(chunk) for chunk in worn.chunks] == [8, 9]
    assert list(worn) == [f"s{i}" for i in [*range(8), *range(15, 24)]]


def test_an_empty_column_takes_rows_and_gives_them_all_back() -> None:
    column = _chunked([], 4)
    assert len(column) == 0 and column.chunks == () and list(column) == [] and column == ()
    column = column.spliced(0, 0, ["a", "b"])
    _assert_reads_as(column, ["a", "b"])
    emptied = column.spliced(0, 2, [])
    _assert_reads_as(emptied, [])


@pytest.mark.parametrize("index", [3, -4, 100])
def test_reading_past_either_end_is_an_index_error(index: int) -> None:
    with pytest.raises(IndexError):
        _chunked(["a", "b", "c"], 2)[index]


@pytest.mark.parametrize(("start", "stop"), [(-1, 0), (2, 1), (0, 4), (4, 4)])
def test_a_splice_outside_the_column_is_refused(start: int, stop: int) -> None:
    with pytest.raises(IndexError, match="splice"):
        _chunked(["a", "b", "c"], 2).spliced(start, stop, ["x"])


def test_membership_count_equality_and_a_numpy_index() -> None:
    import numpy as np

    column = _chunked(["a", "b", "a", "c", "a"], 2)
    assert "c" in column and "z" not in column
    assert column.count("a") == 3
    assert column[np.int64(3)] == "c"
    assert column[::2] == ("a", "a", "a")
    assert column == _chunked(["a", "b", "a", "c", "a"], 3)  # other chunks, same strings
    assert column != ("a", "b", "a", "c")
    assert column != ("a", "b", "a", "c", "b")
    assert column != ["a", "b", "a", "c", "a"]  # as a tuple is not equal to a list


def test_chunks_given_are_kept_unless_too_big() -> None:
    small, big = ("a", "b"), tuple(f"s{i}" for i in range(9))
    string_column.CHUNK = 4
    column = StringColumn.of_chunks([small, (), big, ["c"]])
    assert column.chunks[0] is small  # no reference copied
    assert [len(chunk) for chunk in column.chunks] == [2, 4, 4, 1, 1]
    assert list(column) == [*small, *big, "c"]


def test_a_column_survives_pickling_and_cannot_be_changed() -> None:
    column = _chunked([f"s{i}" for i in range(10)], 3)
    copy = pickle.loads(pickle.dumps(column))
    _assert_reads_as(copy, list(column))
    with pytest.raises(TypeError):
        column[0] = "x"  # type: ignore[index]
    with pytest.raises(AttributeError):
        column._chunks = ()
    with pytest.raises(TypeError):
        hash(column)


def test_cut_gives_tuples_of_the_size_and_keeps_a_small_tuple() -> None:
    assert cut(["a", "b", "c"], 2) == [("a", "b"), ("c",)]
    assert cut([], 2) == []
    small = ("a", "b")
    assert cut(small, 2)[0] is small


def test_untracked_chunks_are_left_alone_by_the_collector_and_freed_by_their_count() -> None:
    strings = [f"text {number}" for number in range(10)]
    chunks = cut(strings, 4)
    assert all(gc.is_tracked(chunk) for chunk in chunks)  # as made
    assert untracked(chunks) is chunks
    assert not any(gc.is_tracked(chunk) for chunk in chunks)
    assert [text for chunk in chunks for text in chunk] == strings
    counts = [sys.getrefcount(text) for text in strings]
    del chunks  # freed by reference counting, and the strings with them
    assert [sys.getrefcount(text) for text in strings] == [count - 1 for count in counts]
