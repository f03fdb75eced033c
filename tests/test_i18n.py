"""The pure wording hook: English by default, another language's words, order and numbers when set."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core import i18n
from timeline_app.core.dates import format_date, parse_edtf
from timeline_app.core.detail_html import format_money, format_number
from timeline_app.core.i18n import ENGLISH, Wording, fill, use_wording
from timeline_app.view.ticks import compute_ticks

# A small stand-in for a translator: German words and order for a few of the core's templates.
GERMAN = {
    ("Dates", "{day} {month} {year}"): "{day}. {month} {year}",
    ("Dates", "{month} {year}"): "{month} {year}",
    ("Dates", "about {date}"): "etwa {date}",
    ("Dates", "second half of {year}"): "zweites Halbjahr {year}",
    ("Dates", "{year} BCE"): "{year} v. Chr.",
    ("Dates", "from {date} onwards"): "ab {date}",
}
CHINESE = {
    ("Dates", "{day} {month} {year}"): "{year}年{month_number}月{day}日",
    ("Dates", "{month} {year}"): "{year}年{month_number}月",
}
GERMAN_MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def _german_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def wording(words: dict[tuple[str, str], str], months: tuple[str, ...] = i18n.ENGLISH_MONTH_NAMES) -> Wording:
    return Wording(
        translate=lambda context, text: words.get((context, text), text),
        month_names=months,
        short_month_names=tuple(name[:3] for name in months),
        number=_german_number,
        scales=((1e9, "%1 Mrd."), (1e6, "%1 Mio.")),
    )


@pytest.fixture
def speak() -> Iterator[None]:
    """Tests that set a wording get English back afterwards."""
    yield
    use_wording(ENGLISH)


def test_the_core_speaks_english_unless_told_otherwise() -> None:
    assert i18n.wording() is ENGLISH
    assert format_date(parse_edtf("2023-04-26")) == "26 April 2023"
    assert format_money(15e9, "GBP") == "£15 billion"
    assert format_number(106400) == "106,400"


@pytest.mark.usefixtures("speak")
def test_dates_follow_the_chosen_words_order_and_month_names() -> None:
    use_wording(wording(GERMAN, GERMAN_MONTHS))
    assert format_date(parse_edtf("2023-04-26")) == "26. April 2023"
    assert format_date(parse_edtf("2024-03~")) == "etwa März 2024"
    assert format_date(parse_edtf("2024-41")) == "zweites Halbjahr 2024"
    assert format_date(parse_edtf("-0499")) == "500 v. Chr."
    assert format_date(parse_edtf("2026/..")) == "ab 2026"


@pytest.mark.usefixtures("speak")
def test_a_language_may_write_the_month_as_a_number_and_put_the_year_first() -> None:
    use_wording(wording(CHINESE))
    assert format_date(parse_edtf("2023-04-26")) == "2023年4月26日"
    assert format_date(parse_edtf("2023-04")) == "2023年4月"


@pytest.mark.usefixtures("speak")
def test_numbers_and_amounts_follow_the_chosen_grouping_and_scale_words() -> None:
    use_wording(wording(GERMAN))
    assert format_number(106400) == "106.400"
    assert format_money(15e9, "GBP") == "£15 Mrd."
    assert format_money(700e6, "USD") == "$700 Mio."


@pytest.mark.usefixtures("speak")
def test_tick_labels_use_the_chosen_month_names() -> None:
    start = 1_680_307_200.0  # 1 April 2023, and about 400 days across 1200 pixels

    def labels() -> set[str]:
        ticks = compute_ticks(start, start + 400 * 86_400.0, 1200)
        return {tick.label for tick in ticks.major + ticks.minor}

    english = labels()
    use_wording(wording(GERMAN, GERMAN_MONTHS))
    german = labels()
    assert any("Mar" in label for label in english)
    assert any("Mär" in label for label in german)
    assert not any("Mar" in label for label in german)


def test_fill_replaces_each_placeholder_once_in_one_pass() -> None:
    assert fill("%1 of %2 events", "3", "15") == "3 of 15 events"
    assert fill("%2 — %1", "a", "b") == "b — a"
    assert fill("%1 (%2)", "50%2", "x") == "50%2 (x)"  # a value's own %2 is not replaced
    assert fill("%1 and %3", "a") == "a and %3"


@given(st.lists(st.text(), min_size=1, max_size=4))
def test_fill_puts_every_value_in_as_it_is(values: list[str]) -> None:
    template = " | ".join(f"%{n}" for n in range(1, len(values) + 1))
    assert fill(template, *values) == " | ".join(values)


def test_the_marker_returns_its_text_unchanged() -> None:
    assert i18n.QT_TRANSLATE_NOOP("Status", "Confirmed") == "Confirmed"
