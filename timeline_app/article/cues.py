"""The words that tell how established a sentence's claim is, who says it, and whether it denies one.

Each table is news English in general, not one article: hedges and unnamed sources make a
report, a named speaker or an announcement puts it on record, future verbs make a plan, and
"denied" or "was untrue" disputes an earlier report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that hedge a claim: it stays a report even when someone on record is also quoted.
HEDGED = re.compile(
    r"\b(?:reportedly|allegedly|people familiar|person familiar|sources? (?:said|say|told|close to|familiar)|"
    r"rumou?red|is said to|are said to|was said to|were said to|unconfirmed|speculat\w+|may have|"
    r"might have|could have|(?:is|are|was|were) (?:believed|thought) to|anonymous|on condition of anonymity|"
    r"insiders?)\b",
    re.IGNORECASE,
)
# Words that attribute a claim to a report: a report unless someone on record says it.
ATTRIBUTED = re.compile(
    r"\b(?:according to|citing|cited|the report|a report|reports? (?:said|say|noted|claimed)|"
    r"local media|media reports?|media outlet)\b"
    # An outlet reporting: "trade publication FreightWire reported", "The Sunday Courier reported".
    r"|\b(?:publication|newspaper|outlet|broadcaster|agency|daily|magazine|website|tabloid|media)\s+"
    r"(?:[A-Z][\w-]*\s+){0,3}reported\b"
    r"|\b(?:Times|Post|Journal|News|Herald|Daily|Courier|Tribune|Gazette|Telegraph|Guardian|Wire|Press|"
    r"Reuters|Bloomberg|Media|Magazine|Observer|Chronicle|Standard|Express|Mail)\s+reported\b",
    re.IGNORECASE,
)
# Speech that puts a claim on record: an announcement, a statement, a named official speaking.
ON_RECORD = re.compile(
    r"\b(?:announced|announces|announcing|announcement|confirmed|confirms|statement|press release|"
    r"filing|filed|disclosed|unveiled|launched|signed|completed|approved|ruled|voted|won|"
    r"told reporters|told a news conference|said in a statement|quoted\s+(?:[\w'’.-]+\s+){1,5}as saying|"
    r"according\s+to\s+(?:\w+\s+){0,3}(?:documents|records|filings|court\s+papers|minutes|data|figures|statistics))\b",
    re.IGNORECASE,
)
# A named person speaking ("chairman Yin Tongyue said", "said Jane Doe, the chief executive").
NAMED_SPEAKER = re.compile(
    r"\b(?:chairman|chairwoman|chair|president|chief executive|CEO|spokesman|spokeswoman|spokesperson|"
    r"minister|secretary|director|founder|governor|mayor|senator|coach|manager|professor|official|"
    r"head|executive|prosecutor|judge|captain)\s+(?:[A-Z][\w'’.-]+\s+){1,3}(?:said|says|told|added|announced)\b"
    r"|\b(?:said|says|told|added)\s+(?:[A-Z][\w'’.-]+\s+){1,3}(?:,|the\b)",
)
PLANNED = re.compile(
    r"\b(?:will|would|shall|plans?\s+to|planned|planning|aims?\s+to|aiming|intends?\s+to|expects?|"
    r"forecasts?|projected|predicts?|"
    r"(?:is|are)\s+expected\s+to|scheduled|set\s+to|due\s+to|to\s+be\s+(?:held|released|launched|completed)|"
    r"targets?|targeting|goal|going\s+to|as\s+early\s+as|proposed|upcoming|forthcoming)\b",
    re.IGNORECASE,
)
# A sentence in the past tense: "opened", "was", "rose", "said".
PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|[a-z]\w{2,}ed|rose|fell|grew|began|won|beat|took|sold|made|came|went|"
    r"became|left|met|led|paid|lost|built|bought|brought|gave|held|kept|saw|spent|struck|wrote|ran|"
    r"drew|threw|broke|chose|fought|found|rang|sank|shook|stole|swore|thought|tore|wore|ago|last)\b",
)  # lower case only: "United" is no past tense
# What makes a clause speak of what is still to come, as opposed to PAST.
FUTURE_MARK = re.compile(
    r"\b(?:(?:will|would|shall|to)\s+be\s+[a-z]+|(?:might|may)\s+(?!have\b)[a-z]+|"
    r"(?:is|are)\s+(?:planned|scheduled|expected|due|set)\b|"
    r"will|would|shall|going\s+to|to\s+be|(?:plan|aim|intend|expect|hope|promise|pledge|vow)(?:s|ed|d)?\s+to|"
    r"(?:is|are|was|were)\s+(?:expected|scheduled|due|set|planned)\s+to|scheduled|upcoming)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|\b(?:that|which|who)\b")  # not the comma of "18,000"


# "denied a report that ...": the report the sentence tells of is disputed in the same breath.
DENIED_REPORT = re.compile(
    r"\b(?:denied|denies|dismissed|rejected|refuted|disputed)\s+(?:a|an)\s+(?:media\s+|press\s+|news\s+)?"
    r"(?:reports?|claims?|rumou?rs?|accounts?)\s+(?:in|by|from)\b",
    re.IGNORECASE,
)  # an indefinite report, told here for the first time; "denied the report" denies an earlier one
# A denial that points back at the last report rather than saying what it denies.
POINTS_BACK = re.compile(
    r"\b(?:denied|denies|dismissed|rejected|refuted)\s+(?:it|that|this|the\s+(?:report|claim|story|account)s?)\b"
    r"(?!\s+(?:that|about)\b)",
    re.IGNORECASE,
)
DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|denial|(?:was|is|were|are)\s+(?:untrue|false|not\s+true|baseless|groundless)|"
    r"untrue|refuted|refutes|dismissed\s+(?:the\s+)?(?:report|claim|rumou?r)s?|rejected\s+(?:the\s+)?(?:report|claim)s?|"
    r"no\s+such\s+plans?)\b",
    re.IGNORECASE,
)
SPEECH = re.compile(
    r"\b(?:said|says|say|announced|announces|told|reported|reports|noted|added|stated|confirmed|"
    r"denied|quoted|revealed|disclosed|unveiled|wrote|cited|announcement\s+said|statement\s+said)\b",
    re.IGNORECASE,
)
# A sentence that goes on with the last report ("The company also said ...").
CONTINUES = re.compile(
    r"\b(?:also\s+(?:said|announced|noted|added|told|stated|revealed|pledged|promised)|"
    r"(?:he|she|they|it)\s+added|the\s+(?:company|group|firm|ministry|government|club|team)\s+(?:said|added))\b",
    re.IGNORECASE,
)

# Who reports it: an outlet named by the sentence's attribution.
_NAME = r"(?P<name>(?:[A-Z0-9][\w&'’.-]*)(?:\s+(?:of\s+)?[A-Z0-9][\w&'’.-]*){0,4})"
OUTLET_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b(?:media\s+outlet|news\s+outlet|outlet|newspaper|news\s+agency|agency|broadcaster|magazine|"
        rf"website|daily|paper|tabloid|news\s+site),?\s+{_NAME}",
        rf"\baccording\s+to\s+(?:the\s+)?{_NAME}",
        rf"\b{_NAME},?\s+(?:said|reported|reports|noted|wrote),?\s+citing\b",
        rf"\b{_NAME}\s+(?:reported|reports)\b",
        rf"\breport(?:ed)?\s+(?:in|by)\s+{_NAME}",
        rf"\b{_NAME}\s+quoted\b",
        rf"\b{_NAME}\s+cited\s+(?:a|an|the|people|sources)\b",
        rf"\btold\s+{_NAME}\b",
    )
)
_NOT_OUTLETS = frozenset({"The", "It", "He", "She", "They", "This", "That", "Hours", "People", "Sources"})


@dataclass(frozen=True, slots=True)
class Cues:
    """What a sentence's own words say about its claim."""

    hedged: bool
    attributed: bool
    on_record: bool
    planned: bool
    denial: bool
    denied_report: bool
    past: bool
    continues: bool
    outlet: str


def read_cues(sentence: str) -> Cues:
    """The claim cues of ``sentence``."""
    return Cues(
        hedged=HEDGED.search(sentence) is not None,
        attributed=ATTRIBUTED.search(sentence) is not None,
        on_record=ON_RECORD.search(sentence) is not None or NAMED_SPEAKER.search(sentence) is not None,
        planned=PLANNED.search(sentence) is not None,
        denial=DENIAL.search(sentence) is not None,
        denied_report=DENIED_REPORT.search(sentence) is not None,
        past=PAST.search(sentence) is not None,
        continues=CONTINUES.search(sentence) is not None,
        outlet=outlet_named(sentence),
    )


def tense_at(sentence: str, at: int, cues: Cues) -> tuple[bool, bool]:
    """(future, past) for a date at ``sentence[at]``: the last tense marker before it in its
    clause ("said the club would appoint a manager before July 1": future), else the first
    after it ("closing price on March 7, the last trading day before the talks became
    public": past), else the sentence's."""
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(sentence, 0, at)]
    before = sentence[breaks[-1] if breaks else 0 : at]
    # The marker that ends last; a future phrase beats the past verb inside it ("aimed to",
    # "is expected to"), as it ends later or with it.
    marks = [(match.end(), True) for match in FUTURE_MARK.finditer(before)]
    marks += [(match.end(), False) for match in PAST.finditer(before)]
    if marks:
        future = max(marks)[1]
        return future, not future
    after = sentence[at:]
    future_after, past_after = FUTURE_MARK.search(after), PAST.search(after)
    if future_after or past_after:
        future = future_after is not None and (
            past_after is None or future_after.start() <= past_after.start()
        )
        return future, not future
    return cues.planned, cues.past


def outlet_named(sentence: str) -> str:
    """The outlet the sentence attributes its claim to ("36kr said", "according to Yicai"), or ""."""
    for pattern in OUTLET_PATTERNS:
        for match in pattern.finditer(sentence):
            name = match["name"].strip(" ,.'’")
            name = re.sub(r"['’]s$", "", name)
            if name.startswith("The ") and len(name.split()) > 1 and name.split()[1][:1].isupper():
                return name  # "The Times", "The Wall Street Journal"
            if (
                name
                and name.split()[0] not in _NOT_OUTLETS
                and not name.lower().startswith(("report", "people"))
            ):
                return name
    return ""


def speech_anchored(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``sentence[start:end]`` tells when something was said rather than
    when the thing said happens: it follows a verb of speech ("said on April 14", "announced
    last October 26", "said today", "announcement said at the time"), or it leads the sentence
    and the clause after it speaks ("On July 26, 2023, Volkswagen announced ...")."""
    before = sentence[:start].rsplit(",", maxsplit=1)[-1].split()
    if before and SPEECH.fullmatch(before[-1]):
        return True
    if sentence[:start].strip() in ("", "On", "on", "In", "in"):
        clause = sentence[end:].lstrip(" ,").split(",")[0].split()[:4]
        return any(SPEECH.fullmatch(word) for word in clause)
    return False


@dataclass(frozen=True, slots=True)
class ClauseCues:
    """A sentence's words around each date: its clause's tense, and whether it dates a statement."""

    text: str
    cues: Cues

    def tense(self, at: int) -> tuple[bool, bool]:
        return tense_at(self.text, at, self.cues)

    def anchored(self, start: int, end: int) -> bool:
        return speech_anchored(self.text, start, end)
