"""The article scorer on small hand-made drafts: each rule of tests/article_eval.py, one test each."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .article_eval import NOT_FOUND, Scores, find_all, score, summarise

S1 = "Acme said on Tuesday it had agreed to buy Beta."
S2 = "The deal should close in the second half of 2025."
S3 = "Beta was founded in 1990 and listed in Zurich in 2001."
S4 = "Nothing else happened."
TEXT = " ".join((S1, S2, S3, S4))


def event(event_id: str, date: str, quote: str, status: str = "confirmed", **extra: Any) -> dict[str, Any]:
    return {
        "id": event_id,
        "title": event_id,
        "date": date,
        "status": status,
        "sources": [{"outlet": "x", "quote": quote}],
        **extra,
    }


GOLD = {
    "events": [
        event("deal", "2024-03-05", S1),
        event("close", "2025-41", S2, "planned"),
        event("founded", "1990", S3),
        event("listed", "2001", S3),
    ]
}


def draft(*events: dict[str, Any]) -> dict[str, Any]:
    return {"title": "draft", "events": list(events)}


def perfect_events() -> list[dict[str, Any]]:
    return [
        event("d1", "2024-03-05", S1),
        event("d2", "2025-41", S2, "planned"),
        event("d3", "1990", S3),
        event("d4", "2001", S3),
    ]


def rates(scores: Scores) -> tuple[float, float, float]:
    return scores.date_recall, scores.status_agreement, scores.date_precision


def test_a_perfect_draft_scores_one_everywhere_and_invents_nothing() -> None:
    scores = score(draft(*perfect_events()), GOLD, TEXT)
    assert (scores.gold_count, scores.draft_count) == (4, 4)
    assert rates(scores) == (1.0, 1.0, 1.0)
    assert scores.invented == ()
    assert {(p.gold_id, p.draft_id) for p in scores.pairs} == {
        ("deal", "d1"),
        ("close", "d2"),
        ("founded", "d3"),
        ("listed", "d4"),
    }


def test_one_wrong_date_costs_recall_and_precision_and_is_listed_as_invented() -> None:
    events = perfect_events()
    events[1]["date"] = "2025"  # coarser than the text states
    scores = score(draft(*events), GOLD, TEXT)
    assert rates(scores) == (0.75, 1.0, 0.75)
    assert scores.missed == ("close",)
    assert [(i.event_id, i.date, i.sentence) for i in scores.invented] == [("d2", "2025", S2)]
    wrong = [p for p in scores.pairs if not p.same_date]
    assert [(p.gold_id, p.draft_id, p.gold_date, p.draft_date) for p in wrong] == [
        ("close", "d2", "2025-41", "2025")
    ]


def test_an_invented_date_is_listed_with_its_sentence_and_lowers_precision_only() -> None:
    scores = score(draft(*perfect_events(), event("d5", "2019", S1)), GOLD, TEXT)
    assert scores.date_recall == 1.0
    assert scores.date_precision == 4 / 5
    assert [(i.event_id, i.date, i.sentence) for i in scores.invented] == [("d5", "2019", S1)]


def test_a_gold_date_from_another_sentence_is_still_invented() -> None:
    # 1990 is a gold date, but of S3: from S1 the text does not support it.
    scores = score(draft(event("d1", "1990", S1)), GOLD, TEXT)
    assert [(i.event_id, i.date) for i in scores.invented] == [("d1", "1990")]
    assert scores.dates_matched == 0


def test_two_events_from_one_sentence_are_matched_one_to_one_by_date() -> None:
    # Listed in the order that pairs them wrongly if taken first come, first served.
    scores = score(draft(event("a", "2001", S3), event("b", "1990", S3)), GOLD, TEXT)
    assert {(p.gold_id, p.draft_id) for p in scores.pairs} == {("founded", "b"), ("listed", "a")}
    assert scores.dates_matched == 2
    assert scores.invented == ()


def test_equal_dates_are_preferred_even_when_the_statuses_differ() -> None:
    scores = score(draft(event("a", "2001", S3, "reported"), event("b", "1990", S3, "reported")), GOLD, TEXT)
    assert {(p.gold_id, p.draft_id) for p in scores.pairs} == {("founded", "b"), ("listed", "a")}
    assert (scores.dates_matched, scores.statuses_matched) == (2, 0)


def test_one_draft_event_counts_for_one_gold_event_only() -> None:
    scores = score(draft(event("a", "1990", S3)), GOLD, TEXT)
    assert scores.dates_matched == 1
    assert scores.date_recall == 1 / 4
    assert set(scores.missed) == {"deal", "close", "listed"}


def test_a_quote_not_in_the_text_matches_nothing_and_its_date_is_invented() -> None:
    events = perfect_events()
    events[0]["sources"][0]["quote"] = "Acme said on Monday it had agreed to buy Beta."
    scores = score(draft(*events), GOLD, TEXT)
    assert scores.unlocated == ("d1",)
    assert [(i.event_id, i.date, i.sentence) for i in scores.invented] == [("d1", "2024-03-05", NOT_FOUND)]
    assert rates(scores) == (0.75, 1.0, 0.75)


def test_a_draft_without_quote_or_origin_is_unlocated() -> None:
    events = perfect_events()
    del events[3]["sources"]
    scores = score(draft(*events), GOLD, TEXT)
    assert scores.unlocated == ("d4",)
    assert scores.missed == ("listed",)


def test_the_origin_span_places_a_draft_event_before_its_quote_does() -> None:
    start = TEXT.index(S2)
    wrong_quote = event("d", "2025-41", S1, "planned", origin={"start": start, "end": start + len(S2)})
    scores = score(draft(wrong_quote), GOLD, TEXT)
    assert [(p.gold_id, p.draft_id) for p in scores.pairs] == [("close", "d")]
    assert scores.invented == ()


def test_an_origin_outside_the_text_falls_back_to_the_quote() -> None:
    beyond = event("d", "2025-41", S2, "planned", origin={"start": len(TEXT), "end": len(TEXT) + 10})
    scores = score(draft(beyond), GOLD, TEXT)
    assert [(p.gold_id, p.draft_id) for p in scores.pairs] == [("close", "d")]


def test_an_origin_counts_in_the_text_the_draft_carries_when_it_differs() -> None:
    # An extractor that joined paragraphs differently: its spans are in its own text.
    own_text = "\n\n".join((S3, S1, S2))
    start = own_text.index(S2)
    drafted = draft(event("d", "2025-41", S1, "planned", origin={"start": start, "end": start + len(S2)}))
    drafted["source"] = {"publisher": "x", "text": own_text}
    scores = score(drafted, GOLD, TEXT)
    assert [(p.gold_id, p.draft_id, p.same_date) for p in scores.pairs] == [("close", "d", True)]
    assert scores.invented == ()


def test_an_origin_overlapping_part_of_a_sentence_corresponds() -> None:
    start = TEXT.index("listed in Zurich")
    part = event("d", "2001", "", origin={"start": start, "end": start + 6})
    assert [p.gold_id for p in score(draft(part), GOLD, TEXT).pairs] == ["listed"]


def test_adjacent_sentences_do_not_overlap() -> None:
    # An origin of S1 and the space after it ends where S2 begins: it must not reach S2's gold.
    just_s1 = event("d", "2025-41", "", "planned", origin={"start": 0, "end": TEXT.index(S2)})
    scores = score(draft(just_s1), GOLD, TEXT)
    assert [(p.gold_id, p.same_date) for p in scores.pairs] == [("deal", False)]
    assert [i.date for i in scores.invented] == ["2025-41"]


def test_a_quote_with_other_whitespace_is_still_found() -> None:
    text = TEXT.replace("Beta was founded", "Beta was\n  founded")
    scores = score(
        draft(event("d", "1990", S3)),
        {"events": [event("founded", "1990", text[text.index("Beta was") :])]},
        text,
    )
    assert scores.unlocated == ()
    assert scores.dates_matched == 1
    assert find_all("a  b\nc", "a b c") == find_all("a  b\nc", "a\tb c") != []


def test_status_agreement_counts_among_equal_dates_only() -> None:
    events = perfect_events()
    events[1]["status"] = "confirmed"  # right date, wrong status
    events[2]["date"] = "1991"  # wrong date: its (right) status does not count
    events[2]["status"] = "confirmed"
    scores = score(draft(*events), GOLD, TEXT)
    assert (scores.dates_matched, scores.statuses_matched) == (3, 2)
    assert scores.status_agreement == 2 / 3


def test_equal_dates_pair_by_equal_status_when_they_can() -> None:
    gold = {"events": [event("report", "2024-04", S1, "disputed"), event("plan", "2024-04", S1, "planned")]}
    drafted = draft(event("p", "2024-04", S1, "planned"), event("r", "2024-04", S1, "disputed"))
    scores = score(drafted, gold, TEXT)
    assert {(p.gold_id, p.draft_id) for p in scores.pairs} == {("report", "r"), ("plan", "p")}
    assert scores.statuses_matched == 2


def test_dates_are_compared_as_edtf_so_aliases_are_equal() -> None:
    scores = score(draft(event("d", "2025-H2", S2, "planned")), GOLD, TEXT)
    assert scores.dates_matched == 1
    assert scores.invented == ()


def test_a_date_supported_in_its_sentence_is_not_invented_but_elsewhere_it_is() -> None:
    supported = [{"date": "2025-03-04", "quote": S1, "why": "the day of the statement"}]
    here = score(draft(event("d", "2025-03-04", S1)), GOLD, TEXT, supported)
    elsewhere = score(draft(event("d", "2025-03-04", S4)), GOLD, TEXT, supported)
    assert here.invented == ()
    assert [i.event_id for i in elsewhere.invented] == ["d"]
    assert here.dates_matched == 0  # supported, but no gold event: it does not count as recall


def test_a_plain_supported_date_holds_anywhere() -> None:
    assert score(draft(event("d", "1999", S4)), GOLD, TEXT, ["1999"]).invented == ()


def test_a_gold_quote_missing_from_the_text_is_an_error_naming_the_event() -> None:
    gold = {"events": [event("lost", "2020", "A sentence that is not there.")]}
    with pytest.raises(ValueError, match=r"'lost', sources\[0\]\.quote is not in the text"):
        score(draft(), gold, TEXT)


def test_a_supported_quote_missing_from_the_text_is_an_error_naming_its_place() -> None:
    with pytest.raises(ValueError, match=r"also_supported\[1\]\.quote"):
        score(draft(), GOLD, TEXT, ["2020", {"date": "2020", "quote": "Not in the text."}])


def test_an_empty_draft_has_no_recall_and_no_precision() -> None:
    scores = score(draft(), GOLD, TEXT)
    assert rates(scores) == (0.0, 0.0, 0.0)
    assert scores.missed == ("deal", "close", "founded", "listed")


def test_the_summary_adds_counts_before_taking_ratios() -> None:
    good = score(draft(*perfect_events()), GOLD, TEXT)  # 4 of 4
    poor = score(draft(event("d", "1990", S3), event("e", "1800", S4)), GOLD, TEXT)  # 1 of 4, 2 drafted
    total = summarise([good, poor])
    assert (total.articles, total.gold_count, total.draft_count, total.dates_matched, total.invented) == (
        2,
        8,
        6,
        5,
        1,
    )
    assert total.date_recall == 5 / 8
    assert total.date_precision == 5 / 6


SENTENCES = (S1, S2, S3, S4)
DATES = st.sampled_from(["2001", "2002", "2003"])
STATUSES = st.sampled_from(["confirmed", "reported"])
# Few values, so that sentences, dates and statuses collide. A gold event quotes one or two
# sentences; a draft event's origin spans one sentence or two neighbours: overlaps then chain.
GOLD_SPECS = st.lists(
    st.tuples(st.sets(st.integers(0, 3), min_size=1, max_size=2), DATES, STATUSES), min_size=1, max_size=5
)
DRAFT_SPECS = st.lists(st.tuples(st.integers(0, 3), st.integers(1, 2), DATES, STATUSES), max_size=5)


def sentences_of(first: int, count: int) -> set[int]:
    return set(range(first, min(first + count, len(SENTENCES))))


def best_by_brute_force(
    golds: list[tuple[set[int], str, str]], drafts: list[tuple[int, int, str, str]]
) -> tuple[int, int]:
    """The most equal-date pairs, then of those the most equal-status ones, over every one-to-one matching."""
    best = (0, 0)
    slots = list(range(len(drafts))) + [-1] * len(golds)  # -1: the gold event stays unmatched
    for chosen in set(itertools.permutations(slots, len(golds))):
        dates = statuses = 0
        for (g_sentences, g_date, g_status), d in zip(golds, chosen, strict=True):
            if d < 0:
                continue
            first, count, d_date, d_status = drafts[d]
            if g_sentences & sentences_of(first, count) and d_date == g_date:
                dates += 1
                statuses += d_status == g_status
        best = max(best, (dates, statuses))
    return best


@settings(max_examples=400, deadline=None)
@given(golds=GOLD_SPECS, drafts=DRAFT_SPECS)
def test_the_matching_is_the_best_one_to_one_matching(
    golds: list[tuple[set[int], str, str]], drafts: list[tuple[int, int, str, str]]
) -> None:
    gold = {
        "events": [
            {
                "id": f"g{i}",
                "date": date,
                "status": status,
                "sources": [{"outlet": "x", "quote": SENTENCES[s]} for s in sorted(which)],
            }
            for i, (which, date, status) in enumerate(golds)
        ]
    }
    drafted = []
    for i, (first, count, date, status) in enumerate(drafts):
        covered = sorted(sentences_of(first, count))
        start = TEXT.index(SENTENCES[covered[0]])
        end = TEXT.index(SENTENCES[covered[-1]]) + len(SENTENCES[covered[-1]])
        drafted.append(event(f"d{i}", date, "", status, origin={"start": start, "end": end}))
    scores = score(draft(*drafted), gold, TEXT)
    assert (scores.dates_matched, scores.statuses_matched) == best_by_brute_force(golds, drafts)
    assert (
        len({p.gold_id for p in scores.pairs}) == len({p.draft_id for p in scores.pairs}) == len(scores.pairs)
    )


def test_a_gold_event_of_two_sentences_leaves_the_other_sentence_to_its_neighbour() -> None:
    # "both" quotes S2 and S3, "only" quotes S3; drafts: one from S3, one from S2. Taking the
    # S3 draft for "both" would leave "only" without a pair: the best matching pairs all four.
    gold = {
        "events": [
            {
                "id": "both",
                "date": "2001",
                "status": "confirmed",
                "sources": [{"outlet": "x", "quote": S2}, {"outlet": "x", "quote": S3}],
            },
            event("only", "2001", S3),
        ]
    }
    scores = score(draft(event("from-s3", "2001", S3), event("from-s2", "2001", S2)), gold, TEXT)
    assert {(p.gold_id, p.draft_id) for p in scores.pairs} == {("both", "from-s2"), ("only", "from-s3")}
