"""Describe one event as HTML for the detail panel: everything the file says, escaped and linked."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from html import escape

from timeline_app.core.dates import format_date, parse_edtf
from timeline_app.core.event_table import Event
from timeline_app.core.i18n import (
    QT_TRANSLATE_NOOP,
    decimal_number,
    fill,
    translate,
    translated,
    whole_number,
    wording,
)
from timeline_app.core.link_kinds import link_kind
from timeline_app.core.model import (
    STATUS_LABELS,
    STATUS_MEANINGS,
    Amount,
    ExchangeRate,
    Metric,
    Source,
    Status,
)
from timeline_app.core.timeline import UNTITLED, Timeline

DRAFT_NOTE = QT_TRANSLATE_NOOP(
    "Details", "Draft: made from the article, not yet accepted. Accept or reject it beside the text."
)
# Links in the panel use this scheme: event:<id> selects that event.
EVENT_LINK_SCHEME = "event"
CURRENCY_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "CNY": "CN¥", "INR": "₹"}

# QTextBrowser lays out a long unbroken run of characters in quadratic time (60,000 of them
# take over a second, a megabyte minutes): a zero-width space after every RUN_LIMIT characters
# of such a run gives it places to wrap. Each inserted one is coloured with BREAK_MARK_COLOR,
# which nothing else in the panel uses (sanitised rich text keeps no styles), so that the
# panel takes exactly these out again when text is copied, and leaves the file's own alone.
BREAK = "\u200b"
BREAK_MARK_COLOR = "#010203"
RUN_LIMIT = 80
_MARKED_BREAK = f'<span style="color:{BREAK_MARK_COLOR}">{BREAK}</span>'
_LONG_RUN = re.compile(rf"[^\s{BREAK}]{{{RUN_LIMIT + 1},}}")
# A break before one of these would split what reads as one character (an accent, an emoji
# skin tone); the break moves on past them, for up to another RUN_LIMIT characters (a run of
# nothing but accents is broken all the same). Joiners (U+200D) hold their neighbours together.
_NO_BREAK_BEFORE = frozenset({"Mn", "Mc", "Me", "Sk"})
_JOINER = "\u200d"
# Laying out a megabyte takes most of a second even where it can wrap: each text from the file
# shows at most this much, followed by a note of how much is left out.
MAX_SHOWN_CHARS = 20_000

# What the empty panel tells, by the action whose keys the caller fills in (the table of keys
# lives with the Qt layer): "{select}" and so on stand for the keys as people read them.
EMPTY_STATE_HINTS = (
    QT_TRANSLATE_NOOP(
        "Details",
        "Click an event on the timeline, or press <b>{next}</b> to walk through the events in date order.",
    ),
    QT_TRANSLATE_NOOP(
        "Details", "<b>{zoom_in}</b>/<b>{zoom_out}</b> or the mouse wheel zoom, <b>{fit}</b> fits everything."
    ),
    QT_TRANSLATE_NOOP(
        "Details",
        "<b>{new_event}</b> adds an event where the pointer is; <b>{edit}</b> edits the selected one.",
    ),
)


def empty_state_html(timeline: Timeline, keys: Mapping[str, str]) -> str:
    """The panel with nothing selected: what the timeline is (title, description, source, how
    many events in how many lanes) and how to get going (``keys`` fills EMPTY_STATE_HINTS)."""
    count = len(timeline.events)
    title = translated("Timeline", UNTITLED) if timeline.title == UNTITLED else timeline.title
    parts = [f"<h3>{shown_text(title)}</h3>"]
    if timeline.header.description:
        parts.append(f"<p>{shown_text(timeline.header.description)}</p>")
    lanes = len(timeline.lanes)
    summary = fill(
        translate("Details", "%1 event") if count == 1 else translate("Details", "%1 events"),
        whole_number(count),
    )
    if lanes:
        summary = fill(
            translate("Details", "%1 in %2 lane") if lanes == 1 else translate("Details", "%1 in %2 lanes"),
            summary,
            whole_number(lanes),
        )
    source = timeline.source
    if source is not None:
        summary = fill(translate("Details", "%1; from %2"), summary, shown_text(source.publisher))
    nothing_selected = translate("Details", "%1. No event selected.")
    parts.append(f"<p>{fill(nothing_selected, summary)}</p>")
    shown_keys = {name: escape(text) for name, text in keys.items()}
    hints = (translated("Details", hint).format_map(shown_keys) for hint in EMPTY_STATE_HINTS)
    parts.append("<ul>" + "".join(f"<li>{hint}</li>" for hint in hints) + "</ul>")
    return "".join(parts)


def shown_text(text: str) -> str:
    """Plain text from the file as the panel's HTML: escaped, breakable, cut short if huge."""
    shown = _Shown()
    return shown(text) + shown.note()


class _Shown:
    """Turns pieces of one text from the file into HTML, together at most MAX_SHOWN_CHARS long."""

    def __init__(self) -> None:
        self._room = MAX_SHOWN_CHARS
        self._left_out = 0

    def __call__(self, text: str) -> str:
        shown = text[: self._room]
        self._room -= len(shown)
        self._left_out += len(text) - len(shown)
        return breakable(shown)

    def note(self) -> str:
        """'… (1,234 more characters)' after text that was cut short, else nothing."""
        if not self._left_out:
            return ""
        more = (
            translate("Details", "%1 more character")
            if self._left_out == 1
            else translate("Details", "%1 more characters")
        )
        return f"… <i>({fill(more, whole_number(self._left_out))})</i>"


def breakable(text: str) -> str:
    """``text`` escaped for HTML, with a marked break in every run of over RUN_LIMIT non-spaces."""
    pieces, last = [], 0
    for run in _LONG_RUN.finditer(text):
        pieces.append(escape(text[last : run.start()]))
        pieces.append(_MARKED_BREAK.join(escape(chunk) for chunk in _chunks(run.group())))
        last = run.end()
    pieces.append(escape(text[last:]))
    return "".join(pieces)


def _chunks(run: str) -> list[str]:
    """``run`` cut about every RUN_LIMIT characters, where possible not inside what reads as one."""
    chunks, start = [], 0
    while len(run) - start > RUN_LIMIT:
        cut = start + RUN_LIMIT
        while cut < min(len(run), start + 2 * RUN_LIMIT) and not _may_break_before(run, cut):
            cut += 1
        if cut == len(run):
            break
        chunks.append(run[start:cut])
        start = cut
    chunks.append(run[start:])
    return chunks


def _may_break_before(run: str, i: int) -> bool:
    char = run[i]
    return unicodedata.category(char) not in _NO_BREAK_BEFORE and _JOINER not in (char, run[i - 1])


def format_money(value: float, currency: str) -> str:
    """'£15 billion', '$700 million', '€2.5 billion', '1,200 CHF' (in the chosen language's words)."""
    symbol = CURRENCY_SYMBOLS.get(currency)
    magnitude = abs(value)
    number = format_number(round(value))
    for scale, template in wording().scales:
        if magnitude >= scale:
            number = fill(template, format_number(float(f"{value / scale:.3g}")))  # 3 significant digits
            break
    return f"{symbol}{number}" if symbol else f"{number} {currency}"


def format_number(value: float) -> str:
    """Thousands separated; no trailing .0 for whole numbers."""
    return whole_number(int(value)) if float(value).is_integer() else decimal_number(value)


def conversions(amount: Amount, rates: Iterable[ExchangeRate]) -> list[str]:
    """The amount in other currencies, using only the rates the file states."""
    result = []
    for rate in rates:
        if rate.from_currency == amount.currency:
            other, converted, stated = rate.to_currency, amount.value * rate.rate, rate
        elif rate.to_currency == amount.currency:
            other, converted, stated = rate.from_currency, amount.value / rate.rate, rate
        else:
            continue
        if not math.isfinite(converted):
            continue  # a finite amount at a finite rate can still overflow: say nothing
        at_rate = translate("Details", "≈ %1 at the file's rate (%2)")
        result.append(fill(at_rate, format_money(converted, other), _rate_text(stated)))
    return result


def _rate_text(rate: ExchangeRate) -> str:
    """'$1 = £0.8012' (the rate exactly as the file states it)."""

    def money(value: float, currency: str) -> str:
        symbol = CURRENCY_SYMBOLS.get(currency)
        return f"{symbol}{value:g}" if symbol else f"{value:g} {currency}"

    return f"{money(1, rate.from_currency)} = {money(rate.rate, rate.to_currency)}"


def event_html(
    timeline: Timeline, event: Event, incoming: Iterable[tuple[int, str]] = (), images: str = ""
) -> str:
    """The detail panel's content for ``event``; ``images`` is its Images section (image_html)."""
    lane = timeline.lane_by_id(event.lane) if event.lane else None
    parts = [
        f"<h2>{shown_text(event.title)}</h2>",
        f"<p><b>{escape(format_date(event.date))}</b> &nbsp;<code>{escape(event.date.text)}</code></p>",
        f"<p><b>{escape(status_label(event.status))}</b>: "
        f"{escape(translated('Status', STATUS_MEANINGS[event.status]))}</p>",
    ]
    if event.draft:
        parts.append(f"<p><i>{escape(translated('Details', DRAFT_NOTE))}</i></p>")
    facts = []
    if lane is not None:
        lane_word = translate("Details", "Lane:")
        facts.append(f"<b>{escape(lane_word)}</b> {shown_text(lane.label)}")
    if event.actors:
        actors_word = translate("Details", "Actors:")
        facts.append(f"<b>{escape(actors_word)}</b> {shown_text(', '.join(event.actors))}")
    if facts:
        parts.append("<p>" + "<br>".join(facts) + "</p>")
    if event.html:
        # Imported here: its HTML parser costs start-up ~3 ms, and few events have rich text.
        from timeline_app.core.rich_text import sanitize_html

        shown = _Shown()
        parts.append(f"<div>{sanitize_html(event.html, text=shown)}{shown.note()}</div>")
    elif event.summary:
        parts.append(f"<p>{shown_text(event.summary)}</p>")
    if images:
        parts.append(images)
    if event.amounts:
        parts.append(
            _section(
                translate("Details", "Amounts"),
                [_amount_item(a, timeline.exchange_rates) for a in event.amounts],
            )
        )
    if event.metrics:
        parts.append(_section(translate("Details", "Figures"), [_metric_item(m) for m in event.metrics]))
    if event.sources:
        parts.append(_section(translate("Details", "Sources"), [_source_item(s) for s in event.sources]))
    links = [_link_item(timeline, link_kind(link.type).outgoing_words, link.target) for link in event.links]
    links += [
        _link_item(timeline, link_kind(kind).incoming_words, timeline.events.ids[source])
        for source, kind in incoming
    ]
    if links:
        parts.append(_section(translate("Details", "Linked events"), links))
    if event.tags:
        tags = translate("Details", "Tags:")
        parts.append(f"<p><b>{escape(tags)}</b> {shown_text(', '.join(event.tags))}</p>")
    return "\n".join(parts)


def status_label(status: Status) -> str:
    """'Reported', in the user's language."""
    return translated("Status", STATUS_LABELS[status])


def _section(title: str, items: Iterable[str]) -> str:
    return f"<h4>{escape(title)}</h4><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _amount_item(amount: Amount, rates: Iterable[ExchangeRate]) -> str:
    money = format_money(amount.value, amount.currency)
    if amount.approximate:
        money = fill(translate("Details", "about %1"), money)
    text = f"<b>{escape(money)}</b>"
    if amount.what:
        text += f" {shown_text(amount.what)}"
    if amount.stake_percent is not None:
        text += " " + escape(fill(translate("Details", "(stake: %1%)"), format_number(amount.stake_percent)))
    for conversion in conversions(amount, rates):
        text += f"<br><i>{escape(conversion)}</i>"
    return text


def _metric_item(metric: Metric) -> str:
    when = f" ({escape(format_date_text(metric.date))})" if metric.date else ""
    unit = f" {shown_text(metric.unit)}" if metric.unit else ""
    return f"{shown_text(metric.name)}{when}: <b>{format_number(metric.value)}</b>{unit}"


def format_date_text(text: str) -> str:
    """An EDTF string written for people (the loader has already validated it)."""
    return format_date(parse_edtf(text))


def _source_item(source: Source) -> str:
    from timeline_app.core.rich_text import web_address  # not needed at start-up, see event_html

    outlet = shown_text(source.outlet)
    address = web_address(source.url)
    if address:
        outlet = f'<a href="{escape(address, quote=True)}">{outlet}</a>'
    text = f"<b>{outlet}</b>"
    if source.via:
        text += escape(translate("Details", ", via ")) + shown_text(source.via)
    if source.quote:
        text += f"<br>“{shown_text(source.quote)}”"
    return text


def _link_item(timeline: Timeline, phrase: str, target_id: str) -> str:
    target = timeline.events.by_id(target_id)
    title = target.title if target is not None else target_id
    status = f" <i>({escape(status_label(target.status).lower())})</i>" if target is not None else ""
    href = f"{EVENT_LINK_SCHEME}:{escape(target_id, quote=True)}"
    return f'{escape(phrase)}: <a href="{href}">{shown_text(title)}</a>{status}'
