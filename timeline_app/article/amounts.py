"""Sums of money, stakes and stated exchange rates in a sentence ("about $700 million", "($1 = £0.8012)")."""

from __future__ import annotations

import re
from dataclasses import dataclass

SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "HK$": "HKD",
    "A$": "AUD",
    "C$": "CAD",
}
WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "rupees": "INR",
    "won": "KRW",
    "francs": "CHF",
}
CODES = frozenset({"USD", "EUR", "GBP", "CNY", "RMB", "JPY", "HKD", "INR", "KRW", "CHF", "AUD", "CAD"})
SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
}

_APPROX = (
    r"(?P<approx>about|around|roughly|nearly|almost|some|approximately|close to|more than|over|up to)?\s*"
)
_FIGURE = r"(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s*(?P<scale>thousand|million|billion|trillion|mln|bn|m|b)\b)?"
_SYMBOL = r"(?P<symbol>US\$|HK\$|A\$|C\$|\$|£|€|¥)"
_CODE = r"(?P<code>" + "|".join(sorted(CODES)) + r")"
_WORD = r"(?P<word>" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")\b"
MONEY = tuple(
    re.compile(pattern, re.IGNORECASE if "word" in pattern else 0)
    for pattern in (
        rf"{_APPROX}{_SYMBOL}\s?{_FIGURE}{_SCALE}",
        rf"{_APPROX}{_CODE}\s?{_FIGURE}{_SCALE}",
        rf"{_APPROX}{_FIGURE}{_SCALE}\s+{_CODE}\b",
        rf"{_APPROX}{_FIGURE}{_SCALE}\s+{_WORD}",
    )
)
PERCENT = re.compile(
    r"(?P<approx>about|around|roughly|nearly|almost|approximately)?\s*"
    r"(?P<figure>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)",
    re.IGNORECASE,
)
STAKE = re.compile(r"\b(?:stake|share|shareholding|holding|equity|for)\b", re.IGNORECASE)
RATE = re.compile(
    r"\(\s*"
    + _SYMBOL.replace("symbol", "one")
    + r"\s?1\s*=\s*(?:"
    + _SYMBOL.replace("symbol", "other")
    + r"\s?(?P<rate>\d+(?:\.\d+)?)|(?P<rate2>\d+(?:\.\d+)?)\s*"
    + _WORD.replace("word", "otherword")
    + r"|(?P<rate3>\d+(?:\.\d+)?)\s*"
    + _CODE.replace("code", "othercode")
    + r")\s*\)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Money:
    """A sum the sentence states, with its place in the sentence."""

    start: int
    end: int
    value: float
    currency: str
    approximate: bool
    stake_percent: float | None = None

    def record(self) -> dict[str, object]:
        """The sum as our file's ``amounts`` entry."""
        record: dict[str, object] = {"value": self.value, "currency": self.currency}
        if self.approximate:
            record["approximate"] = True
        if self.stake_percent is not None:
            record["stake_percent"] = self.stake_percent
        return record


def find_money(sentence: str) -> list[Money]:
    """The sums of money in ``sentence`` in order; a stake ("for about 20 percent", "a stake of
    about 4.99 percent") after a sum goes with it."""
    found: list[Money] = []
    rates = [match.span() for match in RATE.finditer(sentence)]
    for pattern in MONEY:
        for match in pattern.finditer(sentence):
            start, end = match.span("figure")
            if any(start < money.end and money.start < end for money in found) or any(
                low <= start < high for low, high in rates
            ):
                continue
            found.append(_money(match))
    found.sort(key=lambda money: money.start)
    return [
        _with_stake(sentence, money, found)
        for money in found
        if not _inside_parentheses_after(sentence, money, found)
    ]


def _money(match: re.Match[str]) -> Money:
    groups = match.groupdict()
    figure = float(groups["figure"].replace(",", ""))
    scale = SCALES.get((groups.get("scale") or "").lower(), 1.0)
    if groups.get("symbol"):
        currency = SYMBOLS[groups["symbol"].upper() if groups["symbol"][0].isalpha() else groups["symbol"]]
    elif groups.get("code"):
        currency = "CNY" if groups["code"].upper() == "RMB" else groups["code"].upper()
    else:
        currency = WORDS[groups["word"].lower()]
    start = (
        match.start("approx")
        if groups.get("approx")
        else match.start() + len(match.group(0)) - len(match.group(0).lstrip())
    )
    return Money(start, match.end(), round(figure * scale, 6), currency, bool(groups.get("approx")))


def _inside_parentheses_after(sentence: str, money: Money, found: list[Money]) -> bool:
    """ "£15 billion ($18.7 billion)": the bracketed conversion is the same sum, not another."""
    return sentence[: money.start].rstrip().endswith("(") and any(
        other.end <= money.start and sentence[other.end : money.start].strip() == "(" for other in found
    )


def _with_stake(sentence: str, money: Money, found: list[Money]) -> Money:
    later = [other.start for other in found if other.start > money.start]
    window = sentence[money.end : later[0] if later else money.end + 80]
    percent = PERCENT.search(window)
    if percent is None or not STAKE.search(window[: percent.start()]):
        return money
    return Money(
        money.start, money.end, money.value, money.currency, money.approximate, float(percent["figure"])
    )


def find_exchange_rates(text: str) -> list[dict[str, object]]:
    """Exchange rates the article states the way wire services do: "($1 = £0.8012)"."""
    rates: list[dict[str, object]] = []
    for match in RATE.finditer(text):
        one = SYMBOLS.get(match["one"].upper() if match["one"][0].isalpha() else match["one"])
        if match["other"]:
            other = SYMBOLS.get(match["other"].upper() if match["other"][0].isalpha() else match["other"])
            rate = match["rate"]
        elif match["otherword"]:
            other, rate = WORDS[match["otherword"].lower()], match["rate2"]
        else:
            code = match["othercode"].upper()
            other, rate = ("CNY" if code == "RMB" else code), match["rate3"]
        if one and other and one != other and float(rate) > 0:
            rates.append(
                {
                    "from": one,
                    "to": other,
                    "rate": float(rate),
                    "note": f"As stated in the article: {match.group(0)}.",
                }
            )
    return rates
