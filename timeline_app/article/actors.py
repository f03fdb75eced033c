"""The organisations and people an article names, one name for each across the article.

No model, no network: names are runs of capitalised words (and brand-like tokens such as
"36kr" or "XPeng") that are not a sentence's first function word, a month, a place or a common
acronym; a short form ("Yin", "JLR") takes the long form it abbreviates elsewhere in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from timeline_app.article.temporal import MONTHS, WEEKDAYS

# A capitalised word ("Chery", "U.S.", "Mercedes-Benz"), or a brand that starts with digits
# ("36kr"; not "1st" or "1990s"); a possessive ends a name ("Chery's Exeed" is two).
_WORD = r"(?:[A-Z](?:[\w&-]|\.(?=\w))*|\d+(?!(?:st|nd|rd|th|s)\b)[A-Za-z][\w-]*)"
_CONNECTOR = r"(?:[ ]+(?:of|de|van|von|&|for)[ ]+(?=[A-Z]))"
NAME = re.compile(rf"\b{_WORD}(?:(?:[ ]+|{_CONNECTOR}){_WORD})*")

# Words that start sentences or clauses, and words news capitalises that name no one.
NOT_NAMES = frozenset(
    """
    a an the this that these those it its he she they we i you his her their our my your but and or
    so yet as at by for from in into of on onto to with without over under after before since until
    while when where which who whom whose what why how if then than there here last next hours days
    weeks months years later earlier today yesterday tomorrow also both each every all some many
    most more few several such other another only even however meanwhile moreover furthermore still
    although though because despite according leveraging as planned image credit photo reuters ap
    afp read more related mr mrs ms dr prof sir st the european british chinese german french
    american japanese korean indian italian spanish russian ukrainian swiss dutch swedish canadian
    australian brazilian mexican israeli iranian saudi asian african english scottish irish welsh
    ev evs suv suvs ceo cfo cto coo ipo gdp ai it us uk eu un nyse nasdaq hkex sse ltd inc co corp
    plc q1 q2 q3 q4 h1 h2 am pm gmt utc bst cet est pst no yes ok north south east west northern
    southern eastern western central scientists researchers critics officials analysts experts
    investors residents police authorities lawmakers protesters fans doctors engineers workers
    shares prices sales users customers voters citizens students teachers
    """.split()  # noqa: SIM905 - a word list reads best as words
) | {name.lower() for name in (*MONTHS, *WEEKDAYS)}
# Places are not actors: the countries, regions and cities news names most, and a name before
# "province" or "city". (A name after "in" is not always a place: "a stake in Xpeng".)
PLACES = frozenset(
    """
    china india japan korea germany france britain england scotland wales ireland italy spain
    portugal russia ukraine poland sweden norway denmark finland netherlands belgium austria
    switzerland greece turkey iran iraq israel egypt saudi arabia qatar dubai brazil mexico canada
    australia indonesia vietnam thailand malaysia singapore philippines pakistan nigeria kenya
    america europe asia africa beijing shanghai shenzhen hong kong taiwan tokyo seoul london paris
    berlin washington moscow new york california texas anhui guangdong zhejiang jiangsu hefei
    munich detroit brussels geneva
    """.split()  # noqa: SIM905
)
_PROVINCE = re.compile(rf"\b({_WORD}(?:[ ]+{_WORD})*)[ ]+(?:province|state|county|city|region|district)\b")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name as written at one place in the text."""

    start: int
    end: int
    name: str


def _clean(name: str) -> str:
    name = re.sub(r"['’]s?$", "", name.strip(" .,-"))
    # "Volkswagen-branded EV": the name is the part before a lower-case suffix.
    return re.sub(r"-[a-z].*$", "", name)


def _places(text: str) -> set[str]:
    return {_clean(match.group(1)) for match in _PROVINCE.finditer(text)}


def find_mentions(text: str) -> list[Mention]:
    """Every name in ``text`` with its span, places and sentence-initial common words left out."""
    lower_words = set(re.findall(r"\b[a-z][\w'-]*\b", text))
    places = _places(text)
    mentions: list[Mention] = []
    for match in NAME.finditer(text):
        words = match.group(0).split()
        # Drop leading words that are not names ("The", "Last", "According"), and a sentence's
        # first word when the text also uses it in lower case.
        offset = match.start()
        while words and (
            words[0].lower().strip("'’s") in NOT_NAMES
            or (words[0].lower() in lower_words and _starts_sentence(text, offset))
        ):
            offset = text.index(words[0], offset) + len(words[0])
            words = words[1:]
            offset = len(text) - len(text[offset:].lstrip())
        if not words or (text[:offset].rstrip().endswith(":") and words[0].isupper()):
            continue  # nothing left, or a ticker ("NYSE: XPEV")
        name = _clean(" ".join(words))
        if not name or name.lower() in NOT_NAMES or name.lower() in PLACES or name in places:
            continue
        if all(word.lower() in PLACES for word in name.split()):
            continue
        mentions.append(Mention(offset, offset + len(name), name))
    return mentions


def _starts_sentence(text: str, offset: int) -> bool:
    before = text[:offset].rstrip()
    return not before or before[-1] in '.!?:"“”\n(' or before.endswith(("—", "-"))


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Each name's one form across the article: "Yin" → "Yin Tongyue", "JLR" → "Jaguar Land
    Rover" (its initials), a name written with and without "'s" the same."""
    counts = Counter(names)
    longer = sorted(counts, key=lambda name: (-len(name.split()), -counts[name]))
    result: dict[str, str] = {}
    for name in counts:
        result[name] = name
        words = name.split()
        for other in longer:
            other_words = other.split()
            if len(other_words) <= len(words):
                break
            initials = "".join(word[0] for word in other_words if word[0].isupper())
            # One word of a person's two- or three-word name, or the initials of a long name.
            if (
                len(words) == 1
                and len(other_words) <= 3
                and words[0] in (other_words[0], other_words[-1])
                and _looks_personal(other)
            ) or (name.isupper() and len(name) >= 2 and name == initials):
                result[name] = other
                break
    return result


def _looks_personal(name: str) -> bool:
    """A two- or three-word name of plain capitalised words ("Yin Tongyue", "Jane Doe"), not a
    company with a corporate word."""
    corporate = {
        "Motors",
        "Group",
        "Bank",
        "Holdings",
        "Inc",
        "Ltd",
        "Corp",
        "Company",
        "Co",
        "Auto",
        "Automotive",
        "Technologies",
        "International",
    }
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(word[:1].isupper() and word[1:].islower() for word in words)
        and not corporate & set(words)
    )
