"""Temporal expressions of news English resolved to EDTF at the text's precision (pure, no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.article.cues import ClauseCues, read_cues
from timeline_app.article.moment import Moment, earliest_not_before, latest_before_month, latest_not_after
from timeline_app.article.temporal import MONTHS, Context, find_expressions
from timeline_app.core.dates import parse_edtf

APRIL_2024 = Moment(2024, 4)
WEDNESDAY = Moment(2024, 4, 17)  # 17 April 2024 was a Wednesday


def dates(sentence: str, published: Moment = APRIL_2024, **context: object) -> list[str]:
    """What the pipeline finds: the sentence's tense read as the draft reads it."""
    cues = read_cues(sentence)
    settings: dict[str, object] = {"future": cues.planned, "past": cues.past, **context}
    reader = ClauseCues(sentence, cues)
    return [e.edtf for e in find_expressions(sentence, Context(published, **settings), clause=reader)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Absolute dates, at the precision written.
        ("On July 26, 2023, Volkswagen announced a deal.", ["2023-07-26"]),
        ("The plant opened on 14 April 2023.", ["2023-04-14"]),
        ("It was filed on 2016-05-02.", ["2016-05-02"]),
        ("Sales peaked in March 2021.", ["2021-03"]),
        ("From 2010-2017, sales grew.", ["2010/2017"]),
        ("Between 2010 and 2017 sales grew.", ["2010/2017"]),
        ("Sales grew from 2010 to 2017.", ["2010/2017"]),
        ("It ran 1998-99.", ["1998/1999"]),
        ("The first model comes as early as the second half of 2024.", ["2024-41"]),
        ("Results for the first half of 2023 were weak.", ["2023-40"]),
        ("Deliveries start in the third quarter of 2025.", ["2025-35"]),
        ("Deliveries start in Q1 2025.", ["2025-33"]),
        ("The launch slipped to the summer of 2022.", ["2022-22"]),
        ("The company was founded in 1998.", ["1998"]),
        ("It aims to be purely electric by 2030.", ["2030"]),
        ("The league has grown since 2015.", ["2015/.."]),
        ("Born in the 1990s, she...", ["199X"]),
        ("The canal was dug in the 19th century.", ["18XX"]),
        # Relative to the publication date.
        ("Last April, the company announced a new name.", ["2023-04"]),
        ("Leapmotor announced last October 26 that it had a partner.", ["2023-10-26"]),
        ("The chairman said on April 14 that talks went well.", ["2024-04-14"]),
        ("The outlet said today that the deal is close.", ["2024-04"]),
        ("Volkswagen will invest more, it announced on April 11.", ["2024-04-11"]),
        ("Prices rose in May.", ["2023-05"]),
        ("Prices will rise next year.", ["2025"]),
        ("Prices rose last year.", ["2023"]),
        ("Prices rose earlier this month.", ["2024-04"]),
        ("Prices rose last month.", ["2024-03"]),
        ("The firm was sold three years ago.", ["2021"]),
        ("It plans to invest over the next five years.", ["2024-04/2029~"]),
    ],
)
def test_each_form_resolves_at_the_texts_precision(sentence: str, expected: list[str]) -> None:
    assert dates(sentence) == expected
    for edtf in expected:
        parse_edtf(edtf)  # every answer is a date our loader reads


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister spoke today.", ["2024-04-17"]),
        ("The minister spoke yesterday.", ["2024-04-16"]),
        ("The minister said on Monday that ...", ["2024-04-15"]),
        ("The minister spoke on Wednesday.", ["2024-04-17"]),
        ("The minister will speak on Friday.", ["2024-04-19"]),
        ("The talks were held last week.", ["2024-04-08/2024-04-14"]),
    ],
)
def test_days_and_weekdays_resolve_against_a_days_publication(sentence: str, expected: list[str]) -> None:
    future = "will" in sentence
    assert dates(sentence, WEDNESDAY, future=future) == expected


def test_a_weekday_in_a_month_precise_article_stays_the_month() -> None:
    # The article says April 2024 and "on Wednesday": which Wednesday it cannot say.
    assert dates("The spokesman said on Wednesday that it was untrue.") == ["2024-04"]


def test_a_future_sentence_takes_the_next_such_date() -> None:
    assert dates("The trial will open on March 3.", future=True) == ["2025-03-03"]
    assert dates("The trial opened on March 3.") == ["2024-03-03"]


def test_anaphoric_expressions_follow_the_storys_time() -> None:
    story = Moment(2024, 4, 14)
    assert dates("Hours later, a spokesman denied it.", story=story) == ["2024-04-14/2024-04-15"]
    assert dates("The announcement said at the time that ...", story=Moment(2023, 10, 26)) == ["2023-10-26"]
    assert dates("The following year it was sold.", story=Moment(2019)) == ["2020"]
    assert dates("A day later it was sold.", story=story) == ["2024-04-15"]
    # Without a story's time there is nothing to resolve them against: no date is invented.
    assert dates("Hours later, a spokesman denied it.") == []


def test_a_span_from_now_starts_at_the_storys_time_when_the_sentence_goes_on_with_it() -> None:
    sentence = "The company also said it would invest over the next five years."
    assert dates(sentence, story=Moment(2023, 4), continues=True) == ["2023-04/2028~"]
    assert dates(sentence, story=Moment(2023, 4)) == ["2024-04/2029~"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales reached 2030 units.",
        "It raised $2023 million.",
        "The score was 1,999 points.",
        "Version 3.2010 shipped.",
        "May I say something?",
        "She will march on.",
        "The 1st model is an SUV.",
    ],
)
def test_numbers_and_words_that_are_not_dates_are_left_alone(sentence: str) -> None:
    assert dates(sentence) == []


def test_the_eve_of_an_event_names_it_a_day_later() -> None:
    [expression] = find_expressions(
        "Yin said on April 14 on the eve of the Exeed ET's smart driving challenge.", Context(APRIL_2024)
    )
    assert expression.eve_of == "Exeed ET's smart driving challenge"
    assert dates("He said in April on the eve of the vote.") == ["2024-04"]
    assert find_expressions("He said in April on the eve of the vote.", Context(APRIL_2024))[0].eve_of == ""


def test_expressions_come_in_text_order_without_overlaps() -> None:
    found = find_expressions(
        "It said it would invest over the next five years, with the goal of being electric by 2030.",
        Context(APRIL_2024),
    )
    assert [expression.text for expression in found] == ["over the next five years", "by 2030"]
    assert found[0].forward and found[1].forward


days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


@given(days, st.integers(1, 12), st.integers(1, 31))
def test_latest_not_after_is_the_latest_such_day(published: dt.date, month: int, day: int) -> None:
    try:
        dt.date(2000, month, day)
    except ValueError:
        return
    moment = latest_not_after(month, day, Moment.of(published))
    found = moment.date
    assert found is not None and (found.month, found.day) == (month, day)
    assert found <= published
    # No later such day is also not after publication (a leap day may skip back four years).
    assert found.year >= published.year - (8 if (month, day) == (2, 29) else 1)


@given(days, st.integers(1, 12))
def test_last_month_name_is_before_the_publication_month_and_within_a_year(
    published: dt.date, month: int
) -> None:
    moment = latest_before_month(month, None, Moment(published.year, published.month))
    assert moment.month == month and moment.day is None  # a month stays a month
    months_back = (published.year - moment.year) * 12 + published.month - month
    assert 1 <= months_back <= 12


@given(days, st.integers(1, 12))
def test_earliest_not_before_is_not_before_publication(published: dt.date, month: int) -> None:
    moment = earliest_not_before(month, None, Moment(published.year, published.month))
    assert (moment.year, moment.month) >= (published.year, published.month)
    assert moment.year <= published.year + 1


@given(days)
def test_a_written_date_comes_back_as_itself(day: dt.date) -> None:
    name = next(
        name
        for name, number in MONTHS.items()
        if (number == day.month and len(name) > 3) or (name == "May" and number == day.month)
    )
    assert dates(f"It happened on {name} {day.day}, {day.year}.") == [day.isoformat()]


def test_moment_parses_only_plain_dates() -> None:
    assert Moment.parse("2024-04").edtf == "2024-04"
    for bad in ("2024-13", "2023-02-30", "April 2024", "2024-04-01T10:00"):
        with pytest.raises(ValueError, match=r"2024|2023"):
            Moment.parse(bad)


def test_a_sentence_in_neither_tense_takes_the_nearest_such_date() -> None:
    published = Moment(2025, 3, 14)
    assert dates("United face Chelsea on April 2.", published) == ["2025-04-02"]
    assert dates("United beat Chelsea on March 2.", published) == ["2025-03-02"]
    assert dates("United beat Chelsea on April 2.", published) == ["2024-04-02"]  # past: not ahead


def test_each_expression_moves_the_storys_time_for_the_next() -> None:
    sentence = "It was proposed in 2017 by a minister who resigned two years later."
    assert dates(sentence, Moment(2025, 3, 14)) == ["2017", "2019"]


def test_relative_seasons() -> None:
    march = Moment(2025, 3, 14)
    assert dates("A vote will be held next spring.", march) == ["2026-21"]
    assert dates("A vote will be held next winter.", march) == ["2025-24"]
    assert dates("A vote was held last summer.", march) == ["2024-22"]


def test_since_after_a_first_is_no_span() -> None:
    assert dates("It was their first win at the stadium since 2015.") == []
    assert dates("Sales have grown since 2015.") == ["2015/.."]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fifty years ago today, the dam gave way.", ["1974-04-17"]),
        ("Forecasters warned a week ago.", ["2024-04-10"]),
        ("Water arrived about 4 billion years ago.", ["Y-4E9~"]),
        ("The dam was built in 1961 and raised in 1998.", ["1961", "1998"]),
        ("Rovers won in 1961 and 1998.", ["1961", "1998"]),
        ("A service will be held on Sunday, March 9.", ["2025-03-09"]),
        ("The Sunday Courier reported last month that he would testify.", ["2024-03"]),
        ("Teams have handed out food since Monday.", ["2024-04-15/2024-04-17"]),
        ("The currency fell this week.", ["2024-04-15/2024-04-17"]),
        ("The launch is planned for no earlier than 2031.", ["2031/.."]),
        ("Rain could return as early as Friday.", ["2024-04-19"]),
    ],
)
def test_more_forms_of_news_english(sentence: str, expected: list[str]) -> None:
    assert dates(sentence, WEDNESDAY) == expected


def test_spans_and_steps_from_the_storys_time() -> None:
    june = Moment(2023, 6, 1)
    assert dates("He resigned two months later.", story=Moment(2023, 3)) == ["2023-05"]
    assert dates("He resigned the following month.", story=Moment(2023, 3)) == ["2023-04"]
    assert dates("The last survivor died two days later.", story=Moment(1975, 3, 3)) == ["1975-03-05"]
    assert dates("He may appeal within 28 days.", story=june) == ["2023-06-01/2023-06-29"]


def test_a_season_without_a_year_follows_the_tense() -> None:
    november = Moment(2024, 11, 8)
    assert dates("It aims to form a government by the summer.", november) == ["2025-22"]
    assert dates("The mapping was finished in the autumn.", november) == ["2024-23"]


def test_each_date_takes_the_tense_of_its_own_clause() -> None:
    published = Moment(2024, 5, 20)
    sentence = "The chairman said on Sunday that the club would appoint a manager before training on July 1."
    assert dates(sentence, published) == ["2024-05-19", "2024-07-01"]
    sentence = (
        "Holders will receive $38.50, a premium to the closing price on March 7, "
        "the day before talks became public."
    )
    assert dates(sentence, Moment(2025, 3, 12)) == ["2025-03-07"]
    sentence = "The stadium will be expanded by 2026 under plans the club announced in March."
    assert dates(sentence, published) == ["2026", "2024-03"]


def test_a_past_season_without_a_year_is_this_years_when_it_has_begun() -> None:
    assert dates("Work began in the spring.", Moment(2024, 11, 8)) == ["2024-21"]
    assert dates("Work will begin in the spring.", Moment(2024, 11, 8)) == ["2025-21"]
