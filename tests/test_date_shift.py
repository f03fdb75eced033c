"""Date shifting specs: a drag moves a date by whole units of its own precision and keeps what it says."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.date_shift import SECONDS_PER_MONTH, edtf_at, point_text, shifted
from timeline_app.core.dates import Precision, parse_edtf

YEAR = 365.2425 * 86_400
DAY = 86_400.0


@pytest.mark.parametrize(
    ("text", "seconds", "end", "expected"),
    [
        ("2024-04", 3 * SECONDS_PER_MONTH, "both", "2024-07"),
        ("2024-11~", 3 * SECONDS_PER_MONTH, "both", "2025-02~"),
        ("2024?", -2 * YEAR, "both", "2022?"),
        ("2024%", YEAR, "both", "2025%"),
        ("2024-02-28", 2 * DAY, "both", "2024-03-01"),
        ("2023-02-28", 1 * DAY, "both", "2023-03-01"),
        ("2024-04-26T23:30", 45 * 60, "both", "2024-04-27T00:15"),
        ("2024-04-26T10:00:00+02:00", 3600, "both", "2024-04-26T11:00:00+02:00"),
        ("2024-04-26T10:00:00Z", -30, "both", "2024-04-26T09:59:30Z"),
        ("2024-21", YEAR, "both", "2025-21"),
        # Each end moves by its own unit: months for the start, years for the end.
        ("2023-04/2028~", 5 * YEAR, "both", "2028-04/2033~"),
        ("2023-04/2028~", 2 * SECONDS_PER_MONTH, "both", "2023-06/2028~"),
        ("2023-04/2028~", YEAR, "end", "2023-04/2029~"),
        ("2023-04/2028~", -SECONDS_PER_MONTH, "start", "2023-03/2028~"),
        ("2020/..", YEAR, "both", "2021/.."),
        ("../2020", -YEAR, "both", "../2019"),
        ("-0001", YEAR, "both", "0000"),
    ],
)
def test_a_date_moves_by_whole_units_of_its_precision(
    text: str, seconds: float, end: str, expected: str
) -> None:
    moved = shifted(parse_edtf(text), seconds, end)  # type: ignore[arg-type]
    assert moved is not None
    assert moved.text == expected


@pytest.mark.parametrize(
    ("text", "seconds", "end"),
    [
        ("2024-04", 0.4 * SECONDS_PER_MONTH, "both"),  # less than half a month
        ("201X", 10 * YEAR, "both"),  # a decade: not a form this moves
        ("2020/..", YEAR, "end"),  # an open end has nowhere to go
        ("2023/2024", 2 * YEAR, "start"),  # the start would pass the end
        ("2024", 1e300, "both"),  # beyond four-digit years
        ("2024", float("nan"), "both"),
        ("2024", YEAR, "start"),  # a single date has no ends to resize
        ("2004-06~-11", DAY, "both"),  # a qualifier inside the date: rewriting it would move it
        ("2020-06~-11/2024", YEAR, "both"),
    ],
)
def test_a_date_that_cannot_move_so_is_left_alone(text: str, seconds: float, end: str) -> None:
    assert shifted(parse_edtf(text), seconds, end) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("precision", "expected"),
    [
        (Precision.MILLENNIUM, "2024"),
        (Precision.YEAR, "2024"),
        (Precision.SUBYEAR, "2024"),
        (Precision.MONTH, "2024-04"),
        (Precision.DAY, "2024-04-26"),
        (Precision.MINUTE, "2024-04-26T11:13"),
        (Precision.SECOND, "2024-04-26T11:13:20"),
    ],
)
def test_an_instant_is_written_at_the_precision_asked(precision: Precision, expected: str) -> None:
    assert edtf_at(1_714_130_000.0, precision) == expected


def test_years_before_the_common_era_are_written_with_a_sign() -> None:
    assert edtf_at(-70_000_000_000.0, Precision.YEAR) == "-0249"


_POINTS = st.one_of(
    st.integers(-9999, 9999).map(lambda y: f"{y:05d}" if y < 0 else f"{y:04d}"),
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(0, 9999), st.integers(1, 12)),
    st.builds(
        lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}",
        st.integers(0, 9999),
        st.integers(1, 12),
        st.integers(1, 28),
    ),
)


@given(_POINTS, st.sampled_from(["", "~", "?", "%"]))
def test_the_text_of_a_point_is_what_the_parser_read(text: str, qualifier: str) -> None:
    date = parse_edtf(text + qualifier)
    assert date.lower is not None
    assert point_text(date.lower) == date.text


@given(_POINTS, st.integers(-500, 500))
def test_a_move_and_its_opposite_give_back_the_date(text: str, units: int) -> None:
    date = parse_edtf(text)
    step = {Precision.YEAR: YEAR, Precision.MONTH: SECONDS_PER_MONTH, Precision.DAY: DAY}[date.precision]
    moved = shifted(date, units * step)
    if moved is None:  # no move, or out of range
        return
    back = shifted(moved, -units * step)
    assert back is not None
    assert back.text == date.text
    assert (moved.start > date.start) == (units > 0)
