"""An article's dated facts as a draft timeline in our file format: one event per dated fact.

The stages are the other modules of this package, each tested alone: sentences, temporal
expressions resolved against the publication date and the story's own time, claim cues,
names, sums. Every event keeps the span of its sentence (``origin``) and is marked ``draft``
until someone accepts it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from timeline_app.article.actors import Mention, canonical_names, find_mentions
from timeline_app.article.amounts import Money, find_exchange_rates, find_money
from timeline_app.article.cues import POINTS_BACK, ClauseCues, Cues, read_cues, speech_anchored, tense_at
from timeline_app.article.moment import Moment
from timeline_app.article.sentences import FINDING_SENTENCES, Sentence, split_sentences
from timeline_app.article.temporal import DATELINE, Context, Expression, find_expressions
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Number, Phrase
from timeline_app.core.model import Status
from timeline_app.io.errors import Progress, no_progress

SCHEMA_URL = "resources/timeline.schema.json"
TITLE_LENGTH = 72
MAX_LANES = 8
MAX_ACTORS = 6
# A long article is drafted off the GUI thread with Cancel: it is told how far the drafting is,
# and may stop it, every this many sentences (a news article has some fifty).
PROGRESS_SENTENCES = 100
SENTENCES_READ = QT_TRANSLATE_NOOP("Progress", "Reading sentence %1 of %2")


@dataclass(frozen=True, slots=True)
class Article:
    """An article's text and what is known about it."""

    text: str
    title: str = ""
    published: str = ""  # YYYY, YYYY-MM or YYYY-MM-DD when the article says
    publisher: str = ""
    url: str = ""


@dataclass(slots=True)
class _Fact:
    """One dated fact found in a sentence, before it becomes an event."""

    sentence: Sentence
    expression: Expression
    edtf: str
    status: Status
    title: str
    cues: Cues
    actors: list[str]
    amounts: list[Money] = field(default_factory=list)
    start: int = 0
    end: int = 0
    denies: _Fact | None = None
    outlet: str = ""
    inherited: bool = False  # its actors are those of the sentence before (it names none)


def draft_document(article: Article, published: Moment, progress: Progress = no_progress) -> dict[str, Any]:
    """The draft timeline of ``article`` as our JSON document (a dict the loader reads);
    ``progress`` hears the stages, and every PROGRESS_SENTENCES sentences (it may cancel)."""
    text = article.text
    progress(FINDING_SENTENCES)
    sentences = split_sentences(text, progress)
    progress(QT_TRANSLATE_NOOP("Progress", "Finding dated facts"))
    mentions = find_mentions(text)
    canonical = canonical_names(mention.name for mention in mentions)
    publisher = article.publisher or "the article"
    facts: list[_Fact] = []
    story: Moment | None = None
    last_outlet = ""
    paragraph_cues = _paragraph_attribution(sentences)
    for number, sentence in enumerate(sentences):
        if number and number % PROGRESS_SENTENCES == 0:
            progress(Phrase("Progress", SENTENCES_READ, (Number(number), Number(len(sentences)))))
        if _METADATA.match(sentence.text):
            continue  # "Published: 2023-09-14" says when the article was written, not what happened
        cues = read_cues(sentence.text)
        source_told = cues.hedged or cues.attributed or cues.on_record or cues.denial
        if not source_told and sentence.paragraph in paragraph_cues:
            # News attributes a paragraph once, often at its end ("..., the report noted").
            told = paragraph_cues[sentence.paragraph]
            cues = replace(
                cues, hedged=told.hedged, attributed=told.attributed, outlet=cues.outlet or told.outlet
            )
        outlet = cues.outlet or (last_outlet if cues.attributed else "")
        last_outlet = cues.outlet or last_outlet
        context = Context(published, story, future=cues.planned, past=cues.past, continues=cues.continues)
        # A wire dateline ("LONDON, March 14 (Reuters) -") dates the article, not a fact.
        dateline = DATELINE.match(sentence.text) if sentence is sentences[0] else None
        if dateline:
            # Blanked, not cut: the spans stay those of the text.
            sentence = replace(sentence, text=" " * dateline.end() + sentence.text[dateline.end() :])  # noqa: PLW2901
        expressions = find_expressions(sentence.text, context, clause=ClauseCues(sentence.text, cues))
        names = _names_in(mentions, canonical, sentence, exclude={outlet, article.publisher})
        inherited = not names and bool(facts) and facts[-1].sentence.paragraph >= sentence.paragraph - 1
        if inherited:
            # "That number fell", "The company also said": the story's actors go on.
            names = list(facts[-1].actors)
        new_facts = [
            _fact(sentence, expression, expressions, cues, published, names, outlet)
            for expression in expressions
        ]
        for fact in new_facts:
            fact.inherited = inherited
        for expression in expressions:
            if expression.eve_of:
                new_facts.append(_eve_fact(sentence, expression, cues, names, outlet))
        if cues.denial:
            told_on = (
                facts and facts[-1].denies is not None and facts[-1].sentence.paragraph == sentence.paragraph
            )
            if not expressions and told_on:
                # "The JLR China team also denied it": the same denial told on; its sentence joins the event.
                facts[-1].end = sentence.end
            else:
                _dispute(facts, new_facts, set(names), sentence.text)
        _share_amounts(sentence, new_facts)
        facts.extend(new_facts)
        narrative = [e for e in expressions if not e.forward and e.moment is not None]
        if narrative:
            story = narrative[-1].moment
    lanes, lane_of = _lanes(facts)
    events = _events(facts, text, lane_of, publisher)
    document: dict[str, object] = {
        "$schema": SCHEMA_URL,
        "title": article.title or _title_from(sentences),
        "description": _description(article),
        "source": _source(article, published),
        "exchange_rates": find_exchange_rates(text),
        "lanes": lanes,
        "events": events,
    }
    return document


def _paragraph_attribution(sentences: list[Sentence]) -> dict[int, Cues]:
    """The cues of each paragraph's attributed sentence, for its sentences that say nothing of
    their source."""
    found: dict[int, Cues] = {}
    for sentence in sentences:
        cues = read_cues(sentence.text)
        if (cues.hedged or cues.attributed) and sentence.paragraph not in found:
            found[sentence.paragraph] = cues
    return found


def _description(article: Article) -> str:
    where = f"“{article.title}”" if article.title else "an article"
    by = f" by {article.publisher}" if article.publisher else ""
    return (
        f"The dated facts of {where}{by}, published {article.published}, drafted to review: "
        "each event is a draft until accepted."
    )


def _fact(
    sentence: Sentence,
    expression: Expression,
    expressions: list[Expression],
    cues: Cues,
    published: Moment,
    names: list[str],
    outlet: str,
) -> _Fact:
    return _Fact(
        sentence,
        expression,
        expression.edtf,
        _status(sentence.text, expression, cues, published),
        _title(sentence.text, expression, expressions),
        cues,
        names,
        start=sentence.start,
        end=sentence.end,
        outlet=outlet,
    )


def _eve_fact(sentence: Sentence, expression: Expression, cues: Cues, names: list[str], outlet: str) -> _Fact:
    """ "On the eve of X": X, a day later, was still to come when the sentence's words were said."""
    assert expression.moment is not None
    title = _capitalised(re.sub(r"^the\s+", "", expression.eve_of))
    return _Fact(
        sentence,
        expression,
        expression.moment.plus_days(1).edtf,
        Status.PLANNED,
        _shortened(title),
        cues,
        [name for name in names if name.lower() in expression.eve_of.lower()] or names[:1],
        start=sentence.start,
        end=sentence.end,
        outlet=outlet,
    )


def _status(text: str, expression: Expression, cues: Cues, published: Moment) -> Status:
    """The claim's status from the sentence's words; when unsure the weaker one."""
    moment = expression.moment
    ended_before = moment is not None and moment.last_day() < published.first_day()
    if cues.denied_report:
        return Status.DISPUTED  # "denied a report in The Times on Monday that ...": that report
    if not expression.forward and (cues.denial or speech_anchored(text, expression.start, expression.end)):
        # The date is when it was said (or denied): how established it is depends on who said it.
        return _by_source(cues)
    starts_after = _first_day(expression) > published.last_day()
    future, past = tense_at(text, expression.start, cues)
    # A plan when the date is a target, or the date's own clause looks ahead ("will be
    # released as early as ...") and the date has not passed; "Earlier this year, the council
    # approved plans" dates the approval.
    planned_here = future or (cues.planned and not past)
    if starts_after or (not ended_before and (expression.forward or planned_here)):
        return Status.PLANNED
    return _by_source(cues)


def _by_source(cues: Cues) -> Status:
    """Reported when hedged, or attributed to a report with no one on record; else confirmed.
    A denial is its denier's on record ("a spokeswoman denied that, calling it speculation")."""
    if cues.denial:
        return Status.CONFIRMED
    return Status.REPORTED if cues.hedged or (cues.attributed and not cues.on_record) else Status.CONFIRMED


def _first_day(expression: Expression) -> dt.date:
    first = expression.edtf.split("/")[0].rstrip("~?%")
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", first)
    if first.startswith("Y-"):
        return dt.date.min  # millions of years ago
    if match is None:  # 199X, a season: the year it names
        digits = re.match(r"\d{2,4}", first)
        return Moment(int(digits.group(0).ljust(4, "0"))).first_day() if digits else Moment(9999).first_day()
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    if month is not None and month > 12:
        month = None
    return Moment(year, month, day).first_day()


def _dispute(earlier: list[_Fact], denials: list[_Fact], names: set[str], text: str) -> None:
    """A denial disputes an earlier report: the last one when it points back ("denied it",
    "denied the report"), else the one that says most of what the denial names ("the
    information about JLR adopting the carmaker's platform was untrue"), the latest of equals.
    A dated denial becomes an event of its own that ``denies`` it."""
    reports = [
        fact
        for fact in earlier
        if fact.denies is None
        and (
            fact.status is Status.REPORTED
            or (fact.status is Status.PLANNED and (fact.cues.hedged or fact.cues.attributed))
        )
    ]
    if not reports:
        return
    if POINTS_BACK.search(text):
        # The last report's sentence; of its facts, the one reported rather than planned.
        last = [fact for fact in reports if fact.sentence is reports[-1].sentence]
        target = next((fact for fact in last if fact.status is Status.REPORTED), last[-1])
    else:
        denial_words = _stems(text)
        target = max(
            reversed(reports),
            key=lambda fact: len(names & set(fact.actors)) + len(denial_words & _stems(fact.sentence.text)),
        )
    target.status = Status.DISPUTED
    for denial in denials:
        denial.denies = target


def _stems(text: str) -> set[str]:
    """The content words of ``text``, cut to five letters (a crude stem: "adopting", "adopt")."""
    return {word[:5] for word in re.findall(r"[a-z]{4,}", text.lower())} - _COMMON


_COMMON = frozenset(
    {
        "that",
        "this",
        "with",
        "from",
        "have",
        "will",
        "would",
        "said",
        "their",
        "about",
        "also",
        "which",
        "after",
        "befor",
        "accor",
    }
)


def _share_amounts(sentence: Sentence, facts: list[_Fact]) -> None:
    """Each sum goes to the fact whose date is nearest to it in the sentence."""
    if not facts:
        return
    for money in find_money(sentence.text):
        nearest = min(facts, key=lambda fact: abs(fact.expression.start - money.start))
        nearest.amounts.append(money)


def _names_in(
    mentions: list[Mention], canonical: dict[str, str], sentence: Sentence, exclude: set[str]
) -> list[str]:
    names: list[str] = []
    lead = len(sentence.text) - len(sentence.text.lstrip(" "))  # a blanked dateline names no actor
    for mention in mentions:
        if sentence.start + lead <= mention.start < sentence.end:
            name = canonical[mention.name]
            if name not in names and name not in exclude:
                names.append(name)
    return names[:MAX_ACTORS]


_METADATA = re.compile(
    r"^\W*(?:published|posted|updated|last\s+updated|first\s+published|date|by)\b[^.!?]{0,80}$", re.IGNORECASE
)
# Leading words that say how a sentence joins the one before, not what happened.
_LEADING = re.compile(
    r"^(?:but|and|however|meanwhile|also|still|yet|so|then|in addition|additionally|separately|"
    r"as (?:planned|expected|agreed|announced|reported)"
    r"(?:\s+(?:at the moment|earlier|previously|before))?)\s*,?\s+",
    re.IGNORECASE,
)
_TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:(?:[^,]{0,80}?\b(?:said|says|noted|reported|told|added|wrote|announced|stated)\b[^,]*?)|"
    r"according\s+to\s+[^,]+)(?:,\s*(?:citing|adding|according\s+to)\b.*)?[.!?]?$",
    re.IGNORECASE,
)


def _title(text: str, expression: Expression, expressions: list[Expression]) -> str:
    """A short title from the clause that holds the date: the attribution and a leading or
    spoken date taken out, cut at a word near ``TITLE_LENGTH`` characters."""
    first = expression is expressions[0]
    if first:
        clause = text
        leading = text[: expression.start].strip()
        if leading in ("", "On", "on", "In", "in", "By", "by", "From", "from"):
            clause = text[expression.end :].lstrip(" ,")
        elif speech_anchored(text, expression.start, expression.end):
            clause = (text[: expression.start].rstrip() + " " + text[expression.end :].lstrip()).strip()
        clause = _TRAILING_ATTRIBUTION.sub("", clause)
        clause = re.split(r",\s+(?:which|who|adding|with\s+the|while|as)\b|;\s+", clause)[0]
    else:
        parts = re.split(r"(?:,|;)\s+", text)
        offset = 0
        clause = text
        for part in parts:
            begin = text.find(part, offset)
            if begin <= expression.start < begin + len(part):
                clause = part
                break
            offset = begin + len(part)
        clause = re.sub(r"^(?:with|and|while|which)\s+(?:the\s+)?", "", clause, flags=re.IGNORECASE)
    clause = _LEADING.sub("", clause.strip()).rstrip(" .,;:")
    return _shortened(_capitalised(clause)) or _shortened(text)


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= TITLE_LENGTH:
        return text
    cut = text[: TITLE_LENGTH - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title_from(sentences: list[Sentence]) -> str:
    return _shortened(sentences[0].text.rstrip(".")) if sentences else "Draft timeline"


def _lanes(facts: list[_Fact]) -> tuple[list[dict[str, str]], dict[int, str]]:
    """A lane per main actor (named by two or more facts), or per pair of them that two or more
    facts name together (an alliance); each fact goes to its alliance or its first main actor."""
    counts = Counter(name for fact in facts for name in set(fact.actors))
    main = [name for name, count in counts.most_common() if count >= 2]
    pairs = Counter(
        pair
        for fact in facts
        if not fact.inherited
        for pair in _pairs([name for name in fact.actors if name in main])
    )
    chosen: dict[int, str] = {}
    labels: dict[str, str] = {}
    for number, fact in enumerate(facts):
        present = [name for name in fact.actors if name in main]
        alliance = next((pair for pair in _pairs(present) if pairs[pair] >= 2), None)
        label = " & ".join(alliance) if alliance else (present[0] if present else "")
        if label:
            chosen[number] = label
            labels.setdefault(label, _slug(label))
    # A lane for one event is no lane: its event goes with the others that have none.
    ranked = [label for label, count in Counter(chosen.values()).most_common(MAX_LANES) if count >= 2]
    lane_of = {number: labels[label] for number, label in chosen.items() if label in ranked}
    for number, fact in enumerate(facts):
        # An event left without a lane goes with another from its sentence ("on the eve of X").
        sibling = next((n for n in lane_of if facts[n].sentence is fact.sentence), None)
        if number not in lane_of and sibling is not None:
            lane_of[number] = lane_of[sibling]
    order = [label for label in labels if label in ranked]
    return [{"id": labels[label], "label": label} for label in order], lane_of


def _pairs(names: list[str]) -> list[tuple[str, str]]:
    """Every two of ``names``, each pair in one order whichever order a sentence names them."""
    return [(a, b) if a < b else (b, a) for i, a in enumerate(names) for b in names[i + 1 :]]


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:48].strip("-") or "event"


def _events(
    facts: list[_Fact], text: str, lane_of: dict[int, str], publisher: str
) -> list[dict[str, object]]:
    ids: dict[int, str] = {}
    used: set[str] = set()
    next_suffix: dict[str, int] = {}  # per base: where to go on counting (many alike titles)
    for number, fact in enumerate(facts):
        base = _slug(" ".join(_title_words(fact.title)[:6]))
        candidate, suffix = base, next_suffix.get(base, 2)
        while candidate in used:
            candidate, suffix = f"{base}-{suffix}", suffix + 1
        used.add(candidate)
        next_suffix[base] = suffix
        ids[number] = candidate
    index_of = {id(fact): number for number, fact in enumerate(facts)}
    events: list[dict[str, object]] = []
    for number, fact in enumerate(facts):
        quote = text[fact.start : fact.end]
        source: dict[str, object] = {"outlet": fact.outlet or publisher, "quote": quote}
        if fact.outlet and fact.outlet != publisher:
            source["via"] = publisher
        event: dict[str, object] = {
            "id": ids[number],
            "title": fact.title,
            "date": fact.edtf,
            "status": fact.status.value,
        }
        if number in lane_of:
            event["lane"] = lane_of[number]
        event["summary"] = " ".join(quote.split())
        if fact.actors:
            event["actors"] = fact.actors
        if fact.amounts:
            event["amounts"] = [money.record() for money in fact.amounts]
        event["sources"] = [source]
        if fact.denies is not None:
            event["links"] = [{"type": "denies", "target": ids[index_of[id(fact.denies)]]}]
        event["origin"] = {"start": fact.start, "end": fact.end}
        event["draft"] = True
        events.append(event)
    return events


def _title_words(title: str) -> list[str]:
    stop = {"the", "a", "an", "to", "of", "that", "it", "would", "will", "its", "and", "in", "for"}
    return [word for word in re.findall(r"[\w]+", title.lower()) if word not in stop] or ["event"]


def _source(article: Article, published: Moment) -> dict[str, Any]:
    source: dict[str, object] = {
        "publisher": article.publisher or "Unknown publisher",
        "published": published.edtf,
    }
    if article.title:
        source["title"] = article.title
    if article.url:
        source["url"] = article.url
    source["text"] = article.text
    return source
