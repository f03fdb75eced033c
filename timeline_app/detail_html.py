"""Describe one event as HTML for the detail panel: everything the file says, escaped and linked."""

from __future__ import annotations

import math
from collections.abc import Iterable
from html import escape

from timeline_app.dates import format_date, parse_edtf
from timeline_app.event_table import Event
from timeline_app.model import STATUS_MEANINGS, Amount, ExchangeRate, Metric, Source
from timeline_app.rich_text import sanitize_html
from timeline_app.timeline import Timeline

# Links in the panel use this scheme: event:<id> selects that event.
EVENT_LINK_SCHEME = "event"
CURRENCY_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "CNY": "CN¥", "INR": "₹"}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
LINK_PHRASES = {
    "denies": "Denies",
    "confirms": "Confirms",
    "follows": "Follows",
    "part_of": "Part of",
    "causes": "Causes",
    "responds_to": "Responds to",
    "supersedes": "Supersedes",
    "related": "Related to",
}
INCOMING_PHRASES = {
    "denies": "Denied by",
    "confirms": "Confirmed by",
    "follows": "Followed by",
    "part_of": "Includes",
    "causes": "Caused by",
    "responds_to": "Answered by",
    "supersedes": "Superseded by",
    "related": "Related to",
}

EMPTY_STATE_HTML = (
    "<h3>No event selected</h3>"
    "<p>Click an event on the timeline, or press <b>→</b> to walk through the events in date order.</p>"
    "<p>Zoom with the mouse wheel or <b>+</b>/<b>−</b>, drag to pan, press <b>F</b> to fit everything "
    "and <b>Enter</b> to zoom to the selected event.</p>"
)


def format_money(value: float, currency: str) -> str:
    """'£15 billion', '$700 million', '€2.5 billion', '1,200 CHF'."""
    symbol = CURRENCY_SYMBOLS.get(currency)
    magnitude = abs(value)
    number = f"{value:,.0f}" if magnitude < 1e6 else ""
    for scale, word in _SCALES:
        if magnitude >= scale:
            number = f"{value / scale:,.3g} {word}".replace(".0 ", " ")
            break
    return f"{symbol}{number}" if symbol else f"{number} {currency}"


def format_number(value: float) -> str:
    """Thousands separated; no trailing .0 for whole numbers."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


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
        result.append(f"≈ {format_money(converted, other)} at the file's rate ({_rate_text(stated)})")
    return result


def _rate_text(rate: ExchangeRate) -> str:
    """'$1 = £0.8012' (the rate exactly as the file states it)."""

    def money(value: float, currency: str) -> str:
        symbol = CURRENCY_SYMBOLS.get(currency)
        return f"{symbol}{value:g}" if symbol else f"{value:g} {currency}"

    return f"{money(1, rate.from_currency)} = {money(rate.rate, rate.to_currency)}"


def event_html(timeline: Timeline, event: Event, incoming: Iterable[tuple[int, str]] = ()) -> str:
    """The detail panel's content for ``event``."""
    lane = timeline.lane_by_id(event.lane) if event.lane else None
    parts = [
        f"<h2>{escape(event.title)}</h2>",
        f"<p><b>{escape(format_date(event.date))}</b> &nbsp;<code>{escape(event.date.text)}</code></p>",
        f"<p><b>{escape(event.status.value.capitalize())}</b>: {escape(STATUS_MEANINGS[event.status])}</p>",
    ]
    facts = []
    if lane is not None:
        facts.append(f"<b>Lane:</b> {escape(lane.label)}")
    if event.actors:
        facts.append(f"<b>Actors:</b> {escape(', '.join(event.actors))}")
    if facts:
        parts.append("<p>" + "<br>".join(facts) + "</p>")
    if event.html:
        parts.append(f"<div>{sanitize_html(event.html)}</div>")
    elif event.summary:
        parts.append(f"<p>{escape(event.summary)}</p>")
    if event.amounts:
        parts.append(_section("Amounts", [_amount_item(a, timeline.exchange_rates) for a in event.amounts]))
    if event.metrics:
        parts.append(_section("Figures", [_metric_item(m) for m in event.metrics]))
    if event.sources:
        parts.append(_section("Sources", [_source_item(s) for s in event.sources]))
    links = [
        _link_item(timeline, LINK_PHRASES.get(link.type, link.type), link.target) for link in event.links
    ]
    links += [
        _link_item(timeline, INCOMING_PHRASES.get(kind, kind), timeline.events.ids[source])
        for source, kind in incoming
    ]
    if links:
        parts.append(_section("Linked events", links))
    if event.tags:
        parts.append(f"<p><b>Tags:</b> {escape(', '.join(event.tags))}</p>")
    return "\n".join(parts)


def _section(title: str, items: Iterable[str]) -> str:
    return f"<h4>{escape(title)}</h4><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _amount_item(amount: Amount, rates: Iterable[ExchangeRate]) -> str:
    money = ("about " if amount.approximate else "") + format_money(amount.value, amount.currency)
    text = f"<b>{escape(money)}</b>"
    if amount.what:
        text += f" {escape(amount.what)}"
    if amount.stake_percent is not None:
        text += f" (stake: {format_number(amount.stake_percent)}%)"
    for conversion in conversions(amount, rates):
        text += f"<br><i>{escape(conversion)}</i>"
    return text


def _metric_item(metric: Metric) -> str:
    when = f" ({escape(format_date_text(metric.date))})" if metric.date else ""
    unit = f" {escape(metric.unit)}" if metric.unit else ""
    return f"{escape(metric.name)}{when}: <b>{format_number(metric.value)}</b>{unit}"


def format_date_text(text: str) -> str:
    """An EDTF string written for people (the loader has already validated it)."""
    return format_date(parse_edtf(text))


def _source_item(source: Source) -> str:
    outlet = escape(source.outlet)
    if source.url:
        outlet = f'<a href="{escape(source.url, quote=True)}">{outlet}</a>'
    text = f"<b>{outlet}</b>"
    if source.via:
        text += f", via {escape(source.via)}"
    if source.quote:
        text += f"<br>“{escape(source.quote)}”"
    return text


def _link_item(timeline: Timeline, phrase: str, target_id: str) -> str:
    target = timeline.events.by_id(target_id)
    title = target.title if target is not None else target_id
    status = f" <i>({target.status.value})</i>" if target is not None else ""
    href = f"{EVENT_LINK_SCHEME}:{escape(target_id, quote=True)}"
    return f'{escape(phrase)}: <a href="{href}">{escape(title)}</a>{status}'
