"""Row packing specs: no two markers or labels overlap, labels give way before markers."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from timeline_app.view.layout import (
    ITEM_GAP_PX,
    LABEL_PAD_PX,
    MIN_LABEL_PX,
    LayoutItem,
    PlacedEvent,
    allocate_rows,
    pack_lane,
)


def _footprint(placed: PlacedEvent) -> tuple[float, float]:
    """From the left of its marker or label to the right of either."""
    labelled = placed.label_room > 0
    start = min(placed.x0, placed.label_x) if labelled else placed.x0
    return start, max(placed.x1, placed.label_end if labelled else placed.x1)


def test_events_far_apart_share_the_first_row_with_full_labels() -> None:
    items = [LayoutItem(0, 0, 10, 50), LayoutItem(1, 200, 210, 50)]
    packing = pack_lane(items, rows=3, width=1000)
    assert [p.row for p in packing.placed] == [0, 0]
    assert [p.label_room for p in packing.placed] == [50, 50]


def test_an_overlapping_event_goes_to_the_next_row() -> None:
    items = [LayoutItem(0, 0, 10, 100), LayoutItem(1, 50, 60, 100)]
    packing = pack_lane(items, rows=3, width=1000)
    assert [p.row for p in packing.placed] == [0, 1]


def test_when_rows_run_out_the_previous_label_is_shortened() -> None:
    items = [LayoutItem(0, 0, 10, 300), LayoutItem(1, 120, 130, 100)]
    packing = pack_lane(items, rows=1, width=1000)
    first, second = packing.placed
    assert second.row == first.row == 0
    assert first.label_end + ITEM_GAP_PX <= second.x0
    assert first.label_room >= MIN_LABEL_PX


def test_a_label_too_short_to_read_is_dropped() -> None:
    items = [LayoutItem(0, 0, 10, 300), LayoutItem(1, 30, 40, 100)]
    packing = pack_lane(items, rows=1, width=1000)
    assert packing.placed[0].label_room == 0


def test_the_selected_label_is_never_shortened() -> None:
    items = [LayoutItem(0, 0, 10, 300, selected=True), LayoutItem(1, 120, 130, 100)]
    packing = pack_lane(items, rows=1, width=1000)
    assert packing.placed[0].label_room == 300
    assert [item.event for item in packing.hidden] == [1]


def test_labels_stop_at_the_right_edge() -> None:
    packing = pack_lane([LayoutItem(0, 900, 910, 300)], rows=1, width=1000)
    assert packing.placed[0].label_end <= 1000


def test_a_label_the_right_edge_would_cut_goes_left_of_its_marker() -> None:
    (placed,) = pack_lane([LayoutItem(0, 900, 910, 300)], rows=1, width=1000).placed
    assert (placed.label_x, placed.label_room) == (900 - LABEL_PAD_PX - 300, 300)
    assert placed.label_end < placed.x0


def test_a_label_goes_left_only_where_its_row_has_room() -> None:
    items = [LayoutItem(0, 500, 510, 200), LayoutItem(1, 900, 910, 300)]  # the first label ends at 714
    first, second = pack_lane(items, rows=1, width=1000).placed
    assert second.row == first.row == 0
    assert second.label_x > second.x0  # no room on the left: shortened on the right
    assert second.label_room == 1000 - second.label_x


@given(
    st.lists(
        st.tuples(st.floats(-50, 2000), st.floats(0, 400), st.floats(0, 400)),
        max_size=80,
    ),
    st.integers(0, 6),
)
def test_nothing_placed_in_a_row_overlaps(raw: list[tuple[float, float, float]], rows: int) -> None:
    items = sorted(
        (LayoutItem(i, x0, x0 + length, label) for i, (x0, length, label) in enumerate(raw)),
        key=lambda i: i.x0,
    )
    packing = pack_lane(items, rows, width=1600)
    assert len(packing.placed) + len(packing.hidden) == len(items)
    by_row: dict[int, list[tuple[float, float]]] = {}
    for placed in packing.placed:
        assert 0 <= placed.row < max(rows, 1)
        by_row.setdefault(placed.row, []).append(_footprint(placed))
    for spans in by_row.values():
        spans.sort()
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end + ITEM_GAP_PX <= start + 1e-9


def test_rows_go_where_they_are_needed_first() -> None:
    assert allocate_rows([3, 1, 2], available=6) == [3, 1, 2]
    assert allocate_rows([5, 1, 1], available=5) == [3, 1, 1]
    assert allocate_rows([4, 4], available=5) == [3, 2]


def test_every_lane_keeps_one_row_even_when_space_runs_out() -> None:
    assert allocate_rows([3, 3, 3], available=1) == [1, 1, 1]


@given(st.lists(st.integers(1, 10), min_size=1, max_size=12), st.integers(0, 80))
def test_rows_given_never_exceed_need_or_space(needed: list[int], available: int) -> None:
    given = allocate_rows(needed, available)
    assert all(1 <= have <= max(want, 1) for have, want in zip(given, needed, strict=True))
    assert sum(given) <= max(available, len(needed))
    if sum(needed) <= available:
        assert given == needed


def test_a_label_cut_by_the_edge_with_no_room_left_wraps_onto_a_free_row_below() -> None:
    # Two events around 500 take both rows up to about 720: no room left of a marker at 800.
    items = [LayoutItem(0, 500, 510, 200), LayoutItem(1, 505, 515, 200), LayoutItem(2, 800, 810, 300)]
    placed = pack_lane(items, rows=2, width=1000).placed
    wrapped = placed[2]
    assert (wrapped.row, wrapped.lines) == (0, 2)
    assert wrapped.label_x > wrapped.x0 and wrapped.label_room == 1000 - wrapped.label_x
    # The row below is held under the second line: a later event never lands under it.
    later = pack_lane([*items, LayoutItem(3, 900, 910, 20)], rows=2, width=1000).placed
    assert later[3].row == 0  # beside the wrapped label, whose room it takes...
    assert later[2].lines == 1  # ...so that label goes back to one line


def test_a_label_wraps_only_when_two_lines_hold_it_and_the_row_below_is_free() -> None:
    crowded = [LayoutItem(0, 500, 510, 200), LayoutItem(1, 505, 515, 200)]
    too_long = [*crowded, LayoutItem(2, 900, 910, 600)]
    assert pack_lane(too_long, rows=2, width=1000).placed[2].lines == 1
    no_row = [LayoutItem(0, 500, 510, 200), LayoutItem(1, 800, 810, 300)]
    assert pack_lane(no_row, rows=1, width=1000).placed[1].lines == 1
