"""The article's events.json: complete, faithful to the text, and honest about precision and status."""

from __future__ import annotations

import json

import pytest

from timeline_app.app.paths import bundled_timeline
from timeline_app.app.schema import schema_text
from timeline_app.core.dates import Precision
from timeline_app.core.model import Status
from timeline_app.io.loader import load_timeline

from .conftest import EVENTS_JSON, REPO_ROOT

SEED = REPO_ROOT.parent / "shared" / "seeds" / "000_5a2d234c3079ccec.txt"
TIMELINE = load_timeline(EVENTS_JSON)
EVENTS = {event.id: event for event in TIMELINE.events}

# (id, EDTF date, status, lane): each dated fact of the article, at the article's own precision.
EXPECTED = [
    ("jlr-china-sales-growth", "2010/2017", Status.REPORTED, "jlr"),
    ("jlr-china-sales-2023", "2023", Status.REPORTED, "jlr"),
    ("jlr-rebrand", "2023-04", Status.CONFIRMED, "jlr"),
    ("jlr-investment-plan", "2023-04/2028~", Status.PLANNED, "jlr"),
    ("jlr-all-electric-2030", "2030", Status.PLANNED, "jlr"),
    ("jlr-chery-report", "2024-04", Status.DISPUTED, "jlr-chery"),
    ("jaguar-exeed-first-model", "2024-41", Status.PLANNED, "jlr-chery"),
    ("yin-two-european-brands", "2024-04-14", Status.CONFIRMED, "chery"),
    ("exeed-et-smart-driving-challenge", "2024-04-15", Status.PLANNED, "chery"),
    ("chery-jlr-denial", "2024-04-14/2024-04-15", Status.CONFIRMED, "jlr-chery"),
    ("vw-xpeng-stake", "2023-07-26", Status.CONFIRMED, "vw-xpeng"),
    ("vw-hefei-investment", "2024-04-11", Status.CONFIRMED, "volkswagen"),
    ("vw-hefei-suv-production", "2026", Status.PLANNED, "volkswagen"),
    ("stellantis-leapmotor-stake", "2023-10-26", Status.CONFIRMED, "stellantis-leapmotor"),
    ("leapmotor-international-plan", "2023-10-26", Status.CONFIRMED, "stellantis-leapmotor"),
]


def test_every_dated_fact_is_there_with_its_precision_status_and_lane() -> None:
    assert sorted(EVENTS) == sorted(row[0] for row in EXPECTED)
    for event_id, date, status, lane in EXPECTED:
        event = EVENTS[event_id]
        assert (event.date.text, event.status, event.lane) == (date, status, lane), event_id


def test_month_precision_covers_the_whole_month_never_a_day() -> None:
    rebrand = EVENTS["jlr-rebrand"].date
    assert rebrand.precision == Precision.MONTH
    assert rebrand.end - rebrand.start == 30 * 86_400  # all of April 2023


def test_the_denial_denies_the_report_and_the_plan_is_part_of_it() -> None:
    denial = EVENTS["chery-jlr-denial"]
    assert ("denies", "jlr-chery-report") in {(link.type, link.target) for link in denial.links}
    plan = EVENTS["jaguar-exeed-first-model"]
    assert ("part_of", "jlr-chery-report") in {(link.type, link.target) for link in plan.links}
    assert {"Yicai"} == {source.outlet for source in denial.sources}


def test_amounts_keep_currency_stake_and_the_stated_exchange_rate() -> None:
    assert [(a.value, a.currency) for a in EVENTS["jlr-investment-plan"].amounts] == [(15e9, "GBP")]
    vw = EVENTS["vw-xpeng-stake"].amounts[0]
    assert (vw.value, vw.currency, vw.stake_percent, vw.approximate) == (700e6, "USD", 4.99, True)
    assert EVENTS["stellantis-leapmotor-stake"].amounts[0].stake_percent == 20
    assert EVENTS["vw-hefei-investment"].amounts[0].currency == "EUR"
    (rate,) = TIMELINE.exchange_rates
    assert (rate.from_currency, rate.to_currency, rate.rate) == ("USD", "GBP", 0.8012)


def test_sales_figures_are_metrics_with_their_years() -> None:
    growth = EVENTS["jlr-china-sales-growth"].metrics
    assert [(m.value, m.date) for m in growth] == [(26100, "2010"), (146000, "2017")]
    assert EVENTS["jlr-china-sales-2023"].metrics[0].value == 106400


@pytest.mark.skipif(not SEED.is_file(), reason="the seed article is not beside the checkout")
def test_every_quote_is_in_the_article_word_for_word() -> None:
    article = " ".join(SEED.read_text(encoding="utf-8").split())
    for event in TIMELINE.events:
        assert event.sources, event.id
        for source in event.sources:
            assert source.quote and " ".join(source.quote.split()) in article, (event.id, source.quote)


def test_events_json_names_the_committed_schema_and_the_schema_is_current() -> None:
    document = json.loads(EVENTS_JSON.read_text(encoding="utf-8"))
    schema_path = REPO_ROOT / document["$schema"]
    assert schema_path.is_file()
    assert schema_path.read_text(encoding="utf-8") == schema_text(), (
        "resources/timeline.schema.json is stale: run python -m timeline_app.app.schema"
    )


def test_the_bundled_copy_is_found() -> None:
    assert bundled_timeline().read_bytes() == EVENTS_JSON.read_bytes()
