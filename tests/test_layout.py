"""Row packing specs: no two markers or labels overlap, labels give way before markers."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.view.layout import (
    ITEM_GAP_PX,
    LABEL_PAD_PX,
    MIN_LABEL_PX,
    WRAP_FILL,
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
    assert (placed.label_x, placed.label_room, placed.label_inside) == (900 - LABEL_PAD_PX - 300, 300, False)
    assert placed.label_end < placed.x0


def test_a_label_goes_left_only_where_its_row_has_room() -> None:
    items = [LayoutItem(0, 500, 510, 200), LayoutItem(1, 900, 910, 300)]  # the first label ends at 714
    first, second = pack_lane(items, rows=1, width=1000).placed
    assert second.row == first.row == 0
    assert second.label_x > second.x0  # no room on the left: shortened on the right
    assert second.label_room == 1000 - second.label_x


def test_a_label_goes_left_in_a_lower_row_rather_than_be_cut_in_the_first() -> None:
    items = [LayoutItem(0, 500, 510, 200), LayoutItem(1, 900, 910, 300)]  # row 0 ends at 714
    _first, second = pack_lane(items, rows=2, width=1000).placed
    assert (second.row, second.label_x, second.label_room) == (1, 900 - LABEL_PAD_PX - 300, 300)


def test_a_label_goes_left_when_it_ends_a_pad_before_its_marker_and_starts_a_gap_after_the_row() -> None:
    # Row 0 ends with the first label at 714: a label of 300 left of a marker at 1024 starts at 720.
    items = [LayoutItem(0, 500, 510, 200), LayoutItem(1, 1024, 1034, 300)]
    _first, second = pack_lane(items, rows=1, width=1100).placed
    assert (second.label_x, second.label_room) == (714 + ITEM_GAP_PX, 300)
    # Exactly at the canvas's left edge, and for a marker exactly at its right edge.
    assert _place(LayoutItem(0, 104, 104, 100), width=150) == (0.0, 100, False)
    assert _place(LayoutItem(0, 1000, 1000, 100), width=1000) == (1000 - LABEL_PAD_PX - 100, 100, False)


def test_a_dropped_label_leaves_the_room_left_of_the_next_marker_free() -> None:
    # The next marker at 40 leaves the first label 20 px, too few: it is dropped, and the row
    # ends at the first marker (10), so the second label (20 px, cut on the right) fits left.
    items = [LayoutItem(0, 0, 10, 300), LayoutItem(1, 40, 50, 20)]
    first, second = pack_lane(items, rows=1, width=60).placed
    assert first.label_room == 0
    assert (second.label_x, second.label_room) == (10 + ITEM_GAP_PX, 20)


def test_a_shortened_label_keeps_the_next_label_from_going_left_over_it() -> None:
    items = [LayoutItem(0, 0, 10, 300), LayoutItem(1, 60, 70, 30)]
    first, second = pack_lane(items, rows=1, width=80).placed
    assert first.label_room == 60 - ITEM_GAP_PX - (10 + LABEL_PAD_PX)
    assert second.label_x > second.x0  # not left, where the first label still is


def test_even_a_one_pixel_label_keeps_its_room_in_the_row() -> None:
    items = [LayoutItem(0, 0, 10, 1), LayoutItem(1, 16, 26, 1)]  # a gap after the marker, not the label
    assert [p.row for p in pack_lane(items, rows=2, width=1000).placed] == [0, 1]


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


def test_a_label_wraps_when_its_room_times_the_fill_just_covers_it() -> None:
    crowded = [LayoutItem(0, 500, 510, 200), LayoutItem(1, 505, 515, 200)]  # rows end at 714 and 719
    # The label starts at 894 and has 100 px: 100 * WRAP_FILL = 170 (too wide to go left).
    just = pack_lane([*crowded, LayoutItem(2, 890, 890, 100 * WRAP_FILL)], rows=2, width=994).placed
    over = pack_lane([*crowded, LayoutItem(2, 890, 890, 100 * WRAP_FILL + 1)], rows=2, width=994).placed
    assert (just[2].label_room, just[2].lines) == (100, 2)
    assert over[2].lines == 1


@pytest.mark.parametrize(("below_label", "lines"), [(279, 2), (280, 1)])
def test_a_label_wraps_only_onto_a_row_below_that_ends_a_gap_before_it(
    below_label: float, lines: int
) -> None:
    # Row 1 ends at 119 + below_label; the wrapping label starts at 404: 398 leaves a gap, 399 not.
    items = [LayoutItem(0, 100, 110, 200), LayoutItem(1, 105, 115, below_label), LayoutItem(2, 400, 400, 300)]
    placed = pack_lane(items, rows=2, width=604).placed
    assert (placed[2].row, placed[2].label_x) == (0, 404)
    assert placed[2].lines == lines


def test_a_wrapped_label_holds_the_row_right_below_its_own() -> None:
    # A label too wide to go left of its marker (at 100), cut at 120 px of 200 by the edge: wraps.
    wrapped = LayoutItem(0, 100, 100, 200)
    later = LayoutItem(1, 150, 150, 10)  # under the wrapped label: neither row 0 nor row 1 is free
    placed = pack_lane([wrapped, later], rows=3, width=224).placed
    assert (placed[0].row, placed[0].lines) == (0, 2)
    assert placed[1].row == 2


def _place(item: LayoutItem, width: float = 1000) -> tuple[float, float, bool]:
    (placed,) = pack_lane([item], rows=1, width=width).placed
    return placed.label_x, placed.label_room, placed.label_inside


def test_with_no_rows_every_event_is_hidden() -> None:
    items = [LayoutItem(0, 0, 10, 50), LayoutItem(1, 200, 210, 50)]
    for rows in (0, -1):
        packing = pack_lane(items, rows=rows, width=1000)
        assert packing.placed == ()
        assert packing.hidden == tuple(items)


def test_placed_events_keep_their_event_and_extent() -> None:
    items = [LayoutItem(7, 0, 10, 50), LayoutItem(3, 20, 120, 50)]
    packing = pack_lane(items, rows=2, width=1000)
    assert [(p.event, p.x0, p.x1) for p in packing.placed] == [(7, 0, 10), (3, 20, 120)]


def test_a_label_starts_a_pad_right_of_its_marker() -> None:
    assert _place(LayoutItem(0, 0, 10, 50)) == (10 + LABEL_PAD_PX, 50, False)


def test_a_label_never_starts_left_of_the_canvas() -> None:
    assert _place(LayoutItem(0, -100, -50, 50)) == (LABEL_PAD_PX, 50, False)
    assert _place(LayoutItem(0, -20, 0.5, 50)) == (0.5 + LABEL_PAD_PX, 50, False)


def test_a_marker_drawn_leftwards_keeps_its_label_clear_of_it() -> None:
    # x1 before x0: the marker's right end is x0, for the label and for the row alike.
    packing = pack_lane([LayoutItem(0, 50, 40, 30), LayoutItem(1, 60, 70, 30)], rows=2, width=1000)
    first, second = packing.placed
    assert first.label_x == 50 + LABEL_PAD_PX
    assert second.row == 1


def test_a_label_with_just_the_shortest_readable_room_is_shown() -> None:
    item = LayoutItem(0, 58, 58, 100)  # too close to the left edge for the label to go left
    assert _place(item, width=58 + LABEL_PAD_PX + MIN_LABEL_PX) == (62, MIN_LABEL_PX, False)


def test_a_bar_running_off_the_right_edge_carries_its_label_inside() -> None:
    assert _place(LayoutItem(0, 100, 2000, 200)) == (100 + LABEL_PAD_PX, 200, True)
    assert _place(LayoutItem(0, -50, 2000, 200)) == (LABEL_PAD_PX, 200, True)
    # Inside, the label stops a pad short of the right edge (labels too wide to go left).
    assert _place(LayoutItem(0, 900, 2000, 1000)) == (904, 1000 - LABEL_PAD_PX - 904, True)
    assert _place(LayoutItem(0, 964, 2000, 1000)) == (968, MIN_LABEL_PX, True)


def test_without_room_inside_or_out_the_label_goes() -> None:
    # Labels too wide to go left of their markers.
    assert _place(LayoutItem(0, 990, 995, 1000)) == (995 + LABEL_PAD_PX, 0.0, False)
    assert _place(LayoutItem(0, 970, 2000, 1000)) == (2000 + LABEL_PAD_PX, 0.0, False)


def test_events_without_label_text_pack_a_gap_apart() -> None:
    items = [LayoutItem(0, 0, 10, 0), LayoutItem(1, 10 + ITEM_GAP_PX, 26, 0)]
    assert [p.row for p in pack_lane(items, rows=2, width=1000).placed] == [0, 0]


def test_an_event_a_gap_after_the_previous_label_shares_its_row() -> None:
    first = LayoutItem(0, 0, 10, 50)
    label_end = 10 + LABEL_PAD_PX + 50
    items = [first, LayoutItem(1, label_end + ITEM_GAP_PX, label_end + ITEM_GAP_PX + 10, 50)]
    assert [p.row for p in pack_lane(items, rows=2, width=1000).placed] == [0, 0]


def test_a_label_shortened_to_just_the_shortest_readable_room_stays() -> None:
    label_x = 10 + LABEL_PAD_PX
    x0 = label_x + MIN_LABEL_PX + ITEM_GAP_PX
    items = [LayoutItem(0, 0, 10, 300), LayoutItem(1, x0, x0 + 10, 50)]
    first, _ = pack_lane(items, rows=1, width=1000).placed
    assert first.label_room == MIN_LABEL_PX


def test_a_selected_label_in_one_row_leaves_the_shortening_to_another() -> None:
    items = [
        LayoutItem(0, 0, 10, 300, selected=True),
        LayoutItem(1, 20, 30, 300),
        LayoutItem(2, 100, 110, 50),
    ]
    packing = pack_lane(items, rows=2, width=1000)
    assert [(p.event, p.row) for p in packing.placed] == [(0, 0), (1, 1), (2, 1)]
    assert packing.placed[0].label_room == 300
    assert packing.placed[1].label_room == 100 - ITEM_GAP_PX - (30 + LABEL_PAD_PX)


def test_the_label_shortened_is_the_one_that_keeps_the_most_text() -> None:
    items = [LayoutItem(0, 0, 10, 300), LayoutItem(1, 50, 60, 300), LayoutItem(2, 200, 210, 50)]
    packing = pack_lane(items, rows=2, width=1000)
    assert [p.row for p in packing.placed] == [0, 1, 0]
    assert packing.placed[0].label_room == 200 - ITEM_GAP_PX - 14
    assert packing.placed[1].label_room == 300


def test_between_equally_good_rows_the_upper_one_gives_way() -> None:
    items = [LayoutItem(0, 0, 10, 300), LayoutItem(1, 0, 10, 300), LayoutItem(2, 200, 210, 50)]
    assert [p.row for p in pack_lane(items, rows=2, width=1000).placed] == [0, 1, 0]


def test_no_lanes_get_no_rows() -> None:
    assert allocate_rows([], available=5) == []


@given(st.floats(ITEM_GAP_PX, 60))
def test_a_marker_that_fits_after_the_previous_marker_is_never_hidden(gap: float) -> None:
    # However close behind the previous marker, as long as a gap is left: its label goes instead.
    items = [LayoutItem(0, 0, 10, 300), LayoutItem(1, 10 + gap, 20 + gap, 100)]
    packing = pack_lane(items, rows=1, width=1000)
    assert packing.hidden == ()
    first, second = packing.placed
    assert second.row == 0
    assert first.label_room == 0 or first.label_end + ITEM_GAP_PX <= second.x0


@pytest.mark.parametrize("x0", [50, 98, 100 + ITEM_GAP_PX - 0.5])
def test_a_marker_closer_than_a_gap_to_the_previous_one_finds_no_room(x0: float) -> None:
    items = [LayoutItem(0, 0, 100, 50), LayoutItem(1, x0, x0 + 10, 10)]
    packing = pack_lane(items, rows=1, width=1000)
    assert [item.event for item in packing.hidden] == [1]
