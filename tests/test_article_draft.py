"""An article becomes a draft timeline: one event per dated fact, with status, sources and spans (no Qt)."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline_app.app.cli import main
from timeline_app.article import draft_from_path, draft_timeline, read_article
from timeline_app.article import sentences as sentences_module
from timeline_app.article.actors import canonical_names, find_mentions
from timeline_app.article.amounts import find_exchange_rates, find_money
from timeline_app.article.cues import outlet_named, read_cues, speech_anchored
from timeline_app.article.draft import Article, draft_document
from timeline_app.article.moment import Moment
from timeline_app.article.sentences import MAX_PIECE, MAX_SENTENCE, split_sentences
from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.loader import load_timeline, parse_timeline

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "articles" / "cnevpost-jlr-chery.txt"
GOLD = ROOT / "events.json"


def seed_draft() -> dict[str, Any]:
    return draft_from_path(SEED, published="2024-04")


def events_of(document: dict[str, Any]) -> list[dict[str, Any]]:
    events = document["events"]
    assert isinstance(events, list)
    return events


def test_the_seed_article_gives_the_hand_made_dates_and_statuses() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["events"]
    draft = events_of(seed_draft())
    pairs = {(event["date"], event["status"]) for event in draft}
    same_date = [event for event in gold if event["date"] in {d["date"] for d in draft}]
    same_status = [event for event in gold if (event["date"], event["status"]) in pairs]
    assert len(same_date) >= 13, sorted({e["date"] for e in gold} - {e["date"] for e in draft})
    assert len(same_status) >= 12, sorted({(e["date"], e["status"]) for e in gold} - pairs)
    # Zero invented dates: every date of the draft is one the careful reader found too.
    assert {event["date"] for event in draft} <= {event["date"] for event in gold}


def test_every_event_keeps_its_sentence_its_span_and_is_a_draft() -> None:
    document = seed_draft()
    source = document["source"]
    assert isinstance(source, dict)
    text = source["text"]
    assert text == SEED.read_text(encoding="utf-8")
    for event in events_of(document):
        origin = event["origin"]
        quote = event["sources"][0]["quote"]
        assert text[origin["start"] : origin["end"]] == quote
        assert event["draft"] is True
        assert event["title"] and len(event["title"]) <= 90


def test_the_denial_is_its_own_event_and_disputes_the_report() -> None:
    events = events_of(seed_draft())
    by_id = {event["id"]: event for event in events}
    [denial] = [event for event in events if event.get("links")]
    [link] = denial["links"]
    assert link["type"] == "denies"
    target = by_id[link["target"]]
    assert (target["date"], target["status"]) == ("2024-04", "disputed")
    assert "36kr" in target["sources"][0]["outlet"]
    assert denial["date"] == "2024-04-14/2024-04-15" and denial["status"] == "confirmed"
    assert denial["sources"][0]["outlet"] == "Yicai"
    # "The Jaguar Land Rover China team also denied it" joins the denial's sentence.
    assert "China team also denied it" in denial["sources"][0]["quote"]


def test_amounts_stakes_and_the_stated_rate_are_read() -> None:
    document = seed_draft()
    events = {event["date"]: event for event in events_of(document)}
    assert events["2023-07-26"]["amounts"] == [
        {"value": 700_000_000.0, "currency": "USD", "approximate": True, "stake_percent": 4.99}
    ]
    assert events["2024-04-11"]["amounts"] == [{"value": 2_500_000_000.0, "currency": "EUR"}]
    assert events["2023-04/2028~"]["amounts"] == [{"value": 15_000_000_000.0, "currency": "GBP"}]
    [rate] = document["exchange_rates"]
    assert (rate["from"], rate["to"], rate["rate"]) == ("USD", "GBP", 0.8012)


def test_actors_are_named_once_across_the_article_and_lanes_follow_them() -> None:
    document = seed_draft()
    events = {event["date"]: event for event in reversed(events_of(document))}  # the first of a date
    assert events["2023-04"]["actors"][0] == "Jaguar Land Rover"
    assert set(events["2023-10-26"]["actors"]) == {"Leapmotor", "Stellantis"}
    lanes = {lane["id"]: lane["label"] for lane in document["lanes"]}
    assert "Leapmotor & Stellantis" in lanes.values()
    assert events["2023-10-26"]["lane"] == next(key for key, label in lanes.items() if "Leapmotor" in label)


def test_the_draft_passes_the_loader_and_saves_as_our_json(tmp_path: Path) -> None:
    out = tmp_path / "draft.json"
    assert main(["--from-article", str(SEED), "--published", "2024-04", "--export", str(out)]) == 0
    timeline = load_timeline(out)
    assert len(timeline.events) == len(events_of(seed_draft()))
    first = timeline.events[0]
    assert first.draft and first.origin is not None
    assert timeline.header.source is not None and timeline.header.source.text is not None


def test_without_a_publication_date_the_command_says_how_to_give_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "draft.json"
    assert main(["--from-article", str(SEED), "--export", str(out)]) == 2
    assert "--published YYYY-MM-DD" in capsys.readouterr().err
    assert main(["--from-article", str(SEED), "--published", "2024-02-30", "--export", str(out)]) == 2
    assert "no such day" in capsys.readouterr().err
    assert not out.exists()


def test_the_article_is_never_written_over(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.json"
    article.write_text("On July 26, 2023, Volkswagen announced a deal.\n", encoding="utf-8")
    assert main(["--from-article", str(article), "--published", "2024-04", "--export", str(article)]) == 2
    assert article.read_text(encoding="utf-8").startswith("On July 26")


def test_a_web_page_gives_its_own_text_and_publication_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        """<!DOCTYPE html><html><head><title>Acme buys Widget Co | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-03-05T09:00:00Z">
<meta property="og:title" content="Acme buys Widget Co"></head>
<body><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
<article><h1>Acme buys Widget Co</h1>
<p>Acme Corp said on Monday that it had agreed to buy Widget Co for $2.5 billion, the largest deal in
its history, after months of talks that began last October.</p>
<p>The deal is expected to close in the second half of 2024, subject to approval by regulators in
several countries, the company said in a statement.</p>
<p>Widget Co was founded in 1998 and employs about 4,000 people in twelve countries.</p>
<img src="https://example.invalid/tracker.gif"></article>
<footer>Copyright Example News. Subscribe to our newsletter.</footer></body></html>""",
        encoding="utf-8",
    )
    article = read_article(page)
    assert article.published == "2024-03-05"
    assert "Subscribe" not in article.text and "Markets" not in article.text
    document = draft_from_path(page)
    dates = {event["date"]: event["status"] for event in events_of(document)}
    assert dates == {
        "2024-03-04": "confirmed",
        "2023-10": "confirmed",
        "2024-41": "planned",
        "1998": "confirmed",
    }


def test_markdown_is_read_as_its_text(tmp_path: Path) -> None:
    page = tmp_path / "story.md"
    page.write_text(
        "# Port strike ends\n\n**Published: 2023-09-14**\n\nDock workers *returned* to work on "
        "[Tuesday](https://example.invalid) after a strike that began in August.\n",
        encoding="utf-8",
    )
    article = read_article(page)
    assert article.title == "Port strike ends"
    assert "**" not in article.text and "](" not in article.text
    assert article.published == "2023-09-14"
    dates = [event["date"] for event in events_of(draft_from_path(page))]
    assert dates == ["2023-09-12", "2023-08"]


def test_an_unreadable_article_is_a_load_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text(
        "<html><head><title>Nothing</title></head><body><script>x()</script></body></html>", encoding="utf-8"
    )
    with pytest.raises(TimelineLoadError, match="no article text"):
        draft_timeline(empty, published="2024-01-01")
    with pytest.raises(TimelineLoadError, match=r"a directory|not a"):
        draft_timeline(tmp_path, published="2024-01-01")


def test_an_article_without_dates_is_an_empty_but_valid_draft(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("Nothing here says when anything happened. It is all opinion.\n", encoding="utf-8")
    timeline = draft_timeline(plain, published="2024-01-01")
    assert len(timeline.events) == 0


def test_sentences_keep_their_spans_and_stop_at_blank_lines() -> None:
    text = "Headline without a stop\n\nThe U.S. firm said on Monday it was done. Then it left.\n"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Headline without a stop",
        "The U.S. firm said on Monday it was done.",
        "Then it left.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 1, 1]


def test_an_endless_sentence_is_cut_at_clauses_and_pysbd_gets_bounded_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A paragraph of one sentence with no end: pysbd's time grows with the square of its input.
    segmenter = sentences_module._segmenter()
    given: list[int] = []
    segment = segmenter.segment

    def recording(text: str) -> Any:
        given.append(len(text))
        return segment(text)

    monkeypatch.setattr(segmenter, "segment", recording)
    clause = "On April 3, 2024, the company said it would open a plant, "
    text = "Title\n\n" + clause * 400 + "and that was all.\n\nA last paragraph. It ends here."
    sentences = split_sentences(text)
    assert given and max(given) <= MAX_PIECE and sum(given) >= len(text) - 20
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE
    assert all(text[s.start : s.end] == s.text for s in sentences)
    # Nothing is lost or repeated: the pieces cover every word of the text, in order.
    assert " ".join(s.text for s in sentences).split() == text.split()
    assert [s.text for s in sentences[-2:]] == ["A last paragraph.", "It ends here."]
    # Cuts fall after a clause's comma, never inside a word or a date: every date stays whole.
    assert all(s.text.endswith(",") for s in sentences[1:-3])
    assert sum(s.text.count("April 3, 2024") for s in sentences) == 400


@example(["On 3 May 2021", ".", ".", "."])  # pysbd put the second sentence inside the first
@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(["On 3 May 2021", "the firm said", ",", ".", " ", "\n", "\n\n", "xx" * 300]),
        max_size=40,
    )
)
def test_sentences_cover_the_text_in_order_whatever_its_shape(parts: list[str]) -> None:
    text = " ".join(parts)
    sentences = split_sentences(text)
    assert all(text[s.start : s.end] == s.text == s.text.strip() and s.text for s in sentences)
    assert all(a.end <= b.start for a, b in pairwise(sentences))
    assert " ".join(s.text for s in sentences).split() == text.split()
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The firm will reportedly cut 500 jobs in 2023, people familiar with the matter said.", "reported"),
        ("Acme announced on March 3, 2023 that it would cut 500 jobs.", "confirmed"),
        ("Acme plans to open a plant in 2031.", "planned"),
        ("The plant is scheduled to open in the first quarter of 2025.", "planned"),
        ("By 2023, sales had fallen to 100 units, according to the report.", "reported"),
        ("Chairman Jane Roe said on March 3 that talks went well.", "confirmed"),
        ("The company was founded in 1998.", "confirmed"),
    ],
)
def test_status_comes_from_the_sentences_own_words(sentence: str, status: str) -> None:
    [event] = events_of(draft_document(Article(sentence, publisher="Wire"), Moment(2024, 4, 17)))
    assert event["status"] == status


def test_cue_readers() -> None:
    assert read_cues("36kr said today, citing people familiar with the matter.").hedged
    assert read_cues("Yicai quoted Chery's spokesman Jin Yibo as saying it was untrue.").on_record
    assert read_cues("Yicai quoted Chery's spokesman Jin Yibo as saying it was untrue.").denial
    assert read_cues("The Jaguar brand will use the platform.").planned
    assert outlet_named("local media outlet 36kr said today, citing people") == "36kr"
    assert outlet_named("The team also denied it, according to Yicai.") == "Yicai"
    assert outlet_named("Hours later, another local media outlet, Yicai, quoted the spokesman") == "Yicai"
    text = "the chairman Yin said on April 14 that"
    assert speech_anchored(text, text.index("on April"), text.index(" that"))
    text = "Leapmotor announced last October 26 that"
    assert speech_anchored(text, text.index("last"), text.index(" that"))
    text = "it will launch a car in 2026, the company said"
    assert not speech_anchored(text, text.index("in 2026"), text.index(", the"))


def test_money_and_rates() -> None:
    [money] = find_money("it would invest £15 billion ($18.7 billion) over the next five years")
    assert (money.value, money.currency) == (15e9, "GBP")  # the bracketed conversion is the same sum
    [money] = find_money("raised RMB 500 million")
    assert (money.value, money.currency) == (5e8, "CNY")
    assert find_money("sold 26,100 units") == []
    assert find_exchange_rates("($1 = 7.1 yuan)") == [
        {"from": "USD", "to": "CNY", "rate": 7.1, "note": "As stated in the article: ($1 = 7.1 yuan)."}
    ]


def test_names_are_found_and_made_one() -> None:
    text = (
        "Jaguar Land Rover (JLR) said on Monday it would. The chairman, Yin Tongyue, agreed. "
        "Yin later left for Hefei. Xpeng (NYSE: XPEV) rose. The European firm fell."
    )
    names = [mention.name for mention in find_mentions(text)]
    assert "Xpeng" in names and "XPEV" not in names and "Hefei" not in names
    assert "European" not in names and "The" not in names and "Monday" not in names
    canonical = canonical_names(names)
    assert canonical["JLR"] == "Jaguar Land Rover"
    assert canonical["Yin"] == "Yin Tongyue"


def test_a_paragraphs_attribution_covers_its_sentences() -> None:
    text = (
        "From 2010-2017, sales grew. But by 2023, they fell to 100 units, the report noted.\n\n"
        "In 2019 it opened a plant."
    )
    statuses = [event["status"] for event in events_of(draft_document(Article(text), Moment(2024, 4)))]
    assert statuses == ["reported", "reported", "confirmed"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"end": 10**6},
            "events[0].origin.end: 1000000 is beyond the end of the article's text (3,471 characters)",
        ),
        ({"start": 30, "end": 30}, "events[0].origin: end (30) must be after start (30)"),
    ],
)
def test_an_origin_must_lie_in_the_articles_text(change: dict[str, int], message: str) -> None:
    document = seed_draft()
    events_of(document)[0]["origin"] = {**events_of(document)[0]["origin"], **change}
    with pytest.raises(TimelineLoadError) as raised:
        parse_timeline(json.dumps(document).encode())
    assert message in raised.value.report()


def test_an_origin_needs_the_articles_text() -> None:
    document = seed_draft()
    del document["source"]["text"]
    with pytest.raises(TimelineLoadError, match=r"events\[0\]\.origin: the timeline has no article text"):
        parse_timeline(json.dumps(document).encode())


def test_the_detail_panel_says_an_event_is_a_draft() -> None:
    from timeline_app.core.detail_html import DRAFT_NOTE, event_html

    timeline = draft_timeline(SEED, published="2024-04")
    assert DRAFT_NOTE in event_html(timeline, timeline.events[0])
    accepted = parse_timeline(
        json.dumps({**seed_draft(), "events": [{**events_of(seed_draft())[0], "draft": False}]}).encode()
    )
    assert DRAFT_NOTE not in event_html(accepted, accepted.events[0])


def test_a_wire_dateline_dates_the_article_not_a_fact(tmp_path: Path) -> None:
    wire = tmp_path / "wire.txt"
    wire.write_text(
        "LONDON, March 14, 2025 (Wire) - The government said on Thursday it would hold a vote next spring.\n",
        encoding="utf-8",
    )
    document = draft_from_path(wire)
    assert document["source"]["published"] == "2025-03-14"
    events = events_of(document)
    assert [(event["date"], event["status"]) for event in events] == [
        ("2025-03-13", "confirmed"),
        ("2026-21", "planned"),
    ]
    assert all("LONDON" not in event["title"] and "Wire" not in event.get("actors", ()) for event in events)


def test_a_denied_report_is_disputed_in_the_same_sentence() -> None:
    text = "A Treasury spokesman denied a report in The Times on Monday that the budget had doubled."
    [event] = events_of(draft_document(Article(text), Moment(2025, 3, 14)))
    assert (event["date"], event["status"], event["sources"][0]["outlet"]) == (
        "2025-03-10",
        "disputed",
        "The Times",
    )


def test_reading_a_web_page_never_touches_the_network(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the article reader tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><link rel="canonical" href="https://example.invalid/a">'
        '<meta property="article:published_time" content="2024-02-01"></head><body><article>'
        '<p>The bridge opened on January 12 after <a href="https://example.invalid/b">four years</a> '
        'of work.</p><img src="https://example.invalid/c.jpg"><iframe src="https://example.invalid/d"></iframe>'
        "</article></body></html>",
        encoding="utf-8",
    )
    assert [event["date"] for event in events_of(draft_from_path(page))] == ["2024-01-12"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Trade publication FreightWire reported on Monday that the board had held talks.", "reported"),
        ("The Sunday Courier reported on Monday that he would testify.", "reported"),
        (
            "Engineers warned in 1968 that water was seeping, according to documents seen by the paper.",
            "confirmed",
        ),
        (
            "Earlier this year, the council approved plans for a mission which would launch in 2031.",
            "confirmed",
        ),
        ("Water is thought to have arrived about 4 billion years ago.", "reported"),
        ("Dorn denied the report on Friday, saying he would never do it.", "confirmed"),
    ],
)
def test_status_of_outlets_records_plans_and_denials(sentence: str, status: str) -> None:
    events = events_of(draft_document(Article(sentence, publisher="Wire"), Moment(2024, 11, 8)))
    assert events[0]["status"] == status


def test_a_denial_that_points_back_disputes_the_last_report_and_stays_on_record() -> None:
    text = (
        "Talks resumed on Monday, according to two people familiar with the matter.\n\n"
        "Trade publication FreightWire reported on Tuesday that the board held talks with a rival.\n\n"
        "A spokeswoman denied that on Wednesday, calling the report speculation."
    )
    events = events_of(draft_document(Article(text), Moment(2024, 11, 8)))
    statuses = [(event["date"], event["status"]) for event in events]
    assert statuses == [("2024-11-04", "reported"), ("2024-11-05", "disputed"), ("2024-11-06", "confirmed")]
    assert events[2]["links"] == [{"type": "denies", "target": events[1]["id"]}]


def test_a_paragraphs_attribution_does_not_make_its_denial_a_report() -> None:
    text = (
        "Some scientists argued for extending the mission to 2030, according to people familiar with it. "
        "A spokesman denied on Thursday that an extension was under discussion."
    )
    events = events_of(draft_document(Article(text), Moment(2025, 6, 6)))
    assert [(event["date"], event["status"]) for event in events] == [
        ("2030", "disputed"),
        ("2025-06-05", "confirmed"),
    ]


def test_the_publisher_comes_from_an_image_credit_a_dateline_or_the_command(tmp_path: Path) -> None:
    assert read_article(SEED).publisher == "CnEVPost"  # "(Image credit: CnEVPost)"
    [event] = [e for e in events_of(seed_draft()) if e["date"] == "2024-04"]
    assert event["sources"][0] == {**event["sources"][0], "outlet": "36kr", "via": "CnEVPost"}
    wire = tmp_path / "wire.txt"
    wire.write_text(
        "PARIS, May 2, 2024 (Agence Wire) - The minister resigned on Tuesday.\n", encoding="utf-8"
    )
    assert read_article(wire).publisher == "Agence Wire"
    assert draft_from_path(wire, publisher="Le Monde")["source"]["publisher"] == "Le Monde"


def test_a_denial_disputes_the_report_of_the_last_sentence_not_its_plan() -> None:
    text = (
        "Local media reported on Saturday that Abbey, whose contract runs until June 2025, had agreed "
        "to join a Spanish club. Abbey denied it on Sunday."
    )
    events = events_of(draft_document(Article(text), Moment(2024, 5, 20)))
    statuses = {event["date"]: event["status"] for event in events}
    assert statuses == {"2024-05-18": "disputed", "2025-06": "planned", "2024-05-19": "confirmed"}


def test_a_file_too_big_to_be_an_article_is_refused_before_reading(tmp_path: Path) -> None:
    from timeline_app.article.source_text import ARTICLE_MAX_BYTES

    big = tmp_path / "dump.txt"
    with big.open("wb") as file:
        file.truncate(ARTICLE_MAX_BYTES + 1)  # sparse: nothing written, the size says it
    with pytest.raises(TimelineLoadError, match=r"more than an article \(4.0 MB at most\)"):
        draft_timeline(big, published="2024-01-01")


def test_an_unforeseen_failure_while_drafting_is_a_message_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline_app.article import draft

    def broken(*_args: object) -> list[object]:
        raise RuntimeError("a rule went wrong")

    monkeypatch.setattr(draft, "split_sentences", broken)
    with pytest.raises(TimelineLoadError) as raised:
        draft_timeline(SEED, published="2024-04")
    assert str(SEED) in raised.value.report() and "RuntimeError: a rule went wrong" in raised.value.report()


def test_a_fifo_or_a_vanished_article_is_refused_without_hanging(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # nobody writes: reading it would wait for ever
    out = tmp_path / "draft.json"
    command = [sys.executable, "-m", "timeline_app", "--from-article", str(fifo), "--published", "2024-04"]
    done = subprocess.run(
        [*command, "--export", str(out)], check=False, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2 and "pipe.txt" in done.stderr and not out.exists()
    with pytest.raises(TimelineLoadError, match=r"gone\.txt: 1 problem\n  no such file"):
        draft_timeline(tmp_path / "gone.txt", published="2024-04")


def test_markup_and_escape_codes_in_an_article_stay_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = tmp_path / "evil\x1b[2J.txt"
    hostile.write_text(
        "On March 3, 2023, <b>Acme</b> announced <img src=x onerror=alert(1)> a deal\x1b]0;owned\x07.\n",
        encoding="utf-8",
    )
    [event] = events_of(draft_from_path(hostile, published="2024-04"))
    assert "<b>Acme</b>" in event["title"]  # kept as the text says it: shown as plain text
    from timeline_app.core.detail_html import event_html

    timeline = draft_timeline(hostile, published="2024-04")
    html = event_html(timeline, timeline.events[0])
    assert "<b>Acme</b>" not in html and "&lt;b&gt;Acme&lt;/b&gt;" in html
    # A file name with escape codes is quoted visibly in messages, never sent to the terminal.
    assert main(["--from-article", str(hostile), "--export", str(tmp_path / "x.json")]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b" in err
