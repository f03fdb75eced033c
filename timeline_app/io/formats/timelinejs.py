"""TimelineJS3 JSON: import a TimelineJS timeline, and export ours for publishing with TimelineJS.

TimelineJS has no status: imported events are "confirmed" (on record in the timeline they
come from) unless a ``status`` field says otherwise. Its text is HTML: the summary gets it as
plain text (tags stripped, entities decoded, scripts and styles dropped; runs of whitespace
read back as one space) and, when it has markup, ``html`` gets it reduced to the safe subset
of ``rich_text``. Groups become lanes in order of first appearance; a slide's media becomes a
source; eras become the timeline's eras (their text is dropped: eras have none). A slide's
background (an http(s) image, a colour) and media embedded as HTML code (a post, a player) are
kept for exports, the embed only when every address in it is http(s) or relative; the app
neither shows nor runs them. Display dates, the scale and the title slide's media are accepted
and ignored: the app words dates itself.

TimelineJS ignores fields it does not know, so an export carries what it has no place for in
fields of ours (on slides ``edtf``, ``status``, ``lane``, ``summary``, ``html``, ``actors``,
``amounts``, ``metrics``, ``sources``, ``links``, ``tags``; on eras ``edtf`` and ``color``;
at the top ``lanes``, ``source``, ``exchange_rates``), and an import prefers them when
present: export then import gives the timeline back. Without them dates come from the date
objects at the precision of the fields given, so a sub-year grouping such as 2024-41 reads
back as the interval 2024-07/2024-12 and "about" and "?" are lost; clock times have no zone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from pydantic import ValidationError

from timeline_app.core.calendar import civil_from_seconds, days_in_month
from timeline_app.core.dates import (
    END_OF_DAY_HOUR,
    MAX_ABS_YEAR,
    MONTH_NAMES,
    SUBYEARS,
    DatePoint,
    EdtfDate,
    Precision,
    format_date,
    parse_edtf,
)
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, MonthName, Number
from timeline_app.core.media import location_problem
from timeline_app.core.model import CSS_COLOR_PATTERN, ID_MAX_LENGTH, Era, Status
from timeline_app.core.rich_text import (
    KEPT_TAGS,
    MAX_NESTING,
    VOID_TAGS,
    safe_embed,
    sanitize_html,
    web_address,
)
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import Problem, TimelineLoadError
from timeline_app.io.json_split import event_spans
from timeline_app.io.loader import (
    EVENT_CHUNK,
    MISSING_FIELD,
    NOT_JSON,
    RecordColumns,
    garbage_collection_paused,
    ids_are_valid,
)
from timeline_app.io.writing import write_file

from .native import (
    UNTITLED_EVENT,
    DocumentPath,
    MalformedError,
    document_bytes,
    event_records,
    timeline_from_document,
    title_from_source,
    usable_id,
)
from .slide_chunks import DATE_FIELDS, DATE_VALUE_TYPES, SlideColumns, slide_columns

GENERATED_ID_PREFIX: Final = "tljs-"
UNTITLED_ERA: Final = "Untitled era"
MEDIA_OUTLET: Final = "Media"  # a media item with neither credit nor a web address
DEFAULT_STATUS: Final = Status.CONFIRMED.value
# The class of the list of sources an export appends to a slide's text, for a page's styles.
SOURCES_CLASS: Final = "timeline-sources"
# Fields of ours on a slide and at the top level; TimelineJS ignores them.
EXTRA_SLIDE_FIELDS: Final = (
    "edtf", "status", "lane", "summary", "html", "actors", "amounts", "metrics", "sources", "links", "tags",
    "images",
)  # fmt: skip
# A media url TimelineJS shows as a picture (its own test: the name's ending), which becomes an image.
_IMAGE_URL = re.compile(r".+\.(?:jpe?g|png|gif|webp|svg)(?:[?#].*)?", re.IGNORECASE | re.DOTALL)
EXTRA_ERA_FIELDS: Final = ("edtf", "color")
EXTRA_HEADER_FIELDS: Final = ("source", "exchange_rates")
# TimelineJS switches to its "cosmological" scale for years JavaScript's Date cannot hold.
HUMAN_SCALE_YEARS: Final = range(-271_820, 275_760)
COSMOLOGICAL_SCALE: Final = "cosmological"
# Years with more digits are written Y-13800000000 in EDTF, which has no months for them.
LAST_FOUR_DIGIT_YEAR: Final = 9999
SPAN_YEARS: Final = {Precision.DECADE: 10, Precision.CENTURY: 100, Precision.MILLENNIUM: 1000}
MAX_HOUR: Final = 23
MAX_MINUTE: Final = 59
MAX_SECOND: Final = 59
# Longer digit strings are not years anyone writes; int() of thousands of digits is slow.
MAX_NUMBER_DIGITS: Final = 20
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")
_NOT_SLUG_CHARACTERS = re.compile(r"[^a-z0-9]+")
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML's whitespace: not Unicode's (no-break spaces stay)
# The runs of it that are not one space already: replacing only these gives the same text,
# without a replacement per word of a million texts.
_UNSETTLED_SPACE = re.compile(r"[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+")
_LINE_EDGES = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")
_UTF8_BOM: Final = b"\xef\xbb\xbf"
_CSS_COLOR = re.compile(CSS_COLOR_PATTERN)


# ---------------------------------------------------------------------------------------------
# HTML to text


class _TextExtractor(HTMLParser):
    """The readable text of an HTML fragment: no tags, entities decoded, scripts and styles dropped."""

    # Their content is code or markup, never text to show.
    SKIPPED = frozenset({"script", "style", "template", "noscript", "iframe", "object"})
    BREAKS = frozenset({"br"})
    BLOCKS = frozenset(
        {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "hr"}
        | {"h1", "h2", "h3", "h4", "h5", "h6"}
        | {"section", "article", "header", "footer", "figure", "figcaption"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: str | None = None  # the element whose content is being skipped
        self.depth = 0  # open elements of that name, for nested ones

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping is not None:
            self.depth += tag == self.skipping
            return
        if tag in self.SKIPPED:
            self.skipping, self.depth = tag, 1
        elif tag in self.BREAKS:
            self.parts.append("\n")
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping is not None:
            if tag == self.skipping:
                self.depth -= 1
                if self.depth == 0:
                    self.skipping = None
            return
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.skipping is None:
            self.parts.append(_HTML_SPACE.sub(" ", data))

    def text(self) -> str:
        text = _LINE_EDGES.sub("\n", "".join(self.parts))
        return _BLANK_LINES.sub("\n\n", text).strip(" \n")


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: paragraphs apart, line breaks kept, whitespace runs as one space."""
    if "<" not in html and "&" not in html:
        # Plain text already (most Google Sheets cells): only whitespace to settle, and with
        # every newline made a space there are no line edges or blank lines left to settle.
        return _UNSETTLED_SPACE.sub(" ", html).strip(" ")
    simple = simple_html(html)
    if simple is not None:
        return simple[0]
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return extractor.text()


# Tags a simple fragment may hold: no attributes, lower case, as people's slides mostly have.
_SIMPLE_TAG = re.compile(
    r"<(/?)(p|br|b|strong|i|em|u|ul|ol|li|blockquote|h[1-6]|sup|sub|code|pre|div|span)>|<(br) ?/>"
)


def simple_html(html: str) -> tuple[str, str] | None:
    """``html_to_text`` and ``sanitize_html`` of a fragment of plain tags and text, at a fraction of
    the cost (a million slides' texts took most of a TimelineJS load); None for anything else
    (attributes, entities, comments, a stray ``<``), which the parsers handle.

    The same results as the parsers' (``test_formats.py`` compares them on generated fragments):
    HTMLParser hands over the text between two tags as one piece, which is what ``split`` gives.
    """
    if "&" in html:
        return None
    pieces = _SIMPLE_TAG.split(html)
    # split gives text, then per tag its three groups (slash, name, self-closed br), then text...
    texts = pieces[::4]
    if any("<" in text for text in texts):
        return None
    plain: list[str] = []
    safe: list[str] = []
    opened: list[str] = []
    for number, text in enumerate(texts):
        if number:
            slash, name, closed_br = pieces[4 * number - 3 : 4 * number]
            tag = name or closed_br
            if tag in _TextExtractor.BREAKS:
                if slash:  # </br>: the parsers disagree with browsers on it; leave it to them
                    return None
                plain.append("\n")
            elif tag in _TextExtractor.BLOCKS:
                plain.append("\n\n")
            if not _sanitized_tag(tag, bool(slash), opened, safe):
                return None
        if text:
            plain.append(_UNSETTLED_SPACE.sub(" ", text))
            safe.append(escape(text))
    safe.extend(f"</{tag}>" for tag in reversed(opened))
    text = _BLANK_LINES.sub("\n\n", _LINE_EDGES.sub("\n", "".join(plain))).strip(" \n")
    return text, "".join(safe)


def _sanitized_tag(tag: str, closing: bool, opened: list[str], safe: list[str]) -> bool:
    """What ``sanitize_html`` makes of a plain tag, for ``simple_html``; False where it would cut."""
    if tag not in KEPT_TAGS:
        return True  # dropped, its text kept
    if not closing:
        if tag in VOID_TAGS:
            safe.append(f"<{tag}>")
            return True
        if len(opened) >= MAX_NESTING:
            return False  # nesting cut: the sanitizer's counts
        safe.append(f"<{tag}>")
        opened.append(tag)
        return True
    if tag in opened:
        # Closes everything opened since, so the output is always well nested.
        while opened:
            last = opened.pop()
            safe.append(f"</{last}>")
            if last == tag:
                break
    return True


def escape_text(text: str) -> str:
    """Text as HTML element content (quotes need no escaping there, and stay readable)."""
    return escape(text, quote=False)


def text_to_html(text: str) -> str:
    """Plain text as HTML paragraphs: blank lines part paragraphs, single newlines break lines."""
    paragraphs = [part for part in text.split("\n\n") if part.strip()]
    return "".join(f"<p>{escape_text(part).replace(chr(10), '<br>')}</p>" for part in paragraphs)


# ---------------------------------------------------------------------------------------------
# Dates


@dataclass(frozen=True, slots=True)
class DateParts:
    """A TimelineJS date: a year and as many finer fields as were given."""

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None

    def edtf(self) -> str:
        """The EDTF date at the precision of the fields given."""
        year = self.year
        if abs(year) > LAST_FOUR_DIGIT_YEAR:
            return f"Y{year}"
        text = f"-{-year:04}" if year < 0 else f"{year:04}"
        if self.month is None:
            return text
        text += f"-{self.month:02}"
        if self.day is None:
            return text
        text += f"-{self.day:02}"
        if self.hour is None:
            return text
        text += f"T{self.hour:02}:{self.minute or 0:02}"
        return text if self.second is None else f"{text}:{self.second:02}"


# What a date's field is not, by the field ("a year"): a whole number, or (time) one in its range.
_NOT_A = {
    "a year": QT_TRANSLATE_NOOP("Loader", "%1 is not a year"),
    "a month": QT_TRANSLATE_NOOP("Loader", "%1 is not a month"),
    "a day": QT_TRANSLATE_NOOP("Loader", "%1 is not a day"),
    "an hour": QT_TRANSLATE_NOOP("Loader", "%1 is not an hour"),
    "a minute": QT_TRANSLATE_NOOP("Loader", "%1 is not a minute"),
    "a second": QT_TRANSLATE_NOOP("Loader", "%1 is not a second"),
}
_OUT_OF_RANGE = {
    "an hour": QT_TRANSLATE_NOOP("Loader", "%1 is not an hour (0 to %2)"),
    "a minute": QT_TRANSLATE_NOOP("Loader", "%1 is not a minute (0 to %2)"),
    "a second": QT_TRANSLATE_NOOP("Loader", "%1 is not a second (0 to %2)"),
}


def whole_number(value: object, where: str, what: str) -> int | None:
    """A whole number written as a JSON number or as text; None when empty."""
    if value is None:
        return None
    if isinstance(value, bool):  # JSON true is not 1 here
        raise MalformedError(where, _NOT_A[what], json.dumps(value))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if len(text) <= MAX_NUMBER_DIGITS and _WHOLE_NUMBER.fullmatch(text):
            return int(text)
    shown = repr(value) if isinstance(value, str) else json.dumps(value)
    raise MalformedError(where, _NOT_A[what], shown)


def date_parts(values: Mapping[str, object], where: Callable[[str], str]) -> DateParts:
    """Check a date's fields (``year``, ``month``, ``day``, ``hour``, ``minute``, ``second``).

    ``where`` names the place of each field in the imported file, for messages. Years of more
    than four digits keep only the year: EDTF writes no months for them (Y-13800000000) and
    TimelineJS's cosmological scale shows none.
    """
    year = whole_number(values.get("year"), where("year"), "a year")
    if year is None:
        raise MalformedError(where("year"), QT_TRANSLATE_NOOP("Loader", "a date needs a year"))
    if abs(year) > MAX_ABS_YEAR:
        message = QT_TRANSLATE_NOOP("Loader", "%1 is beyond the ±%2 years the app supports")
        raise MalformedError(where("year"), message, year, Number(MAX_ABS_YEAR))
    month = whole_number(values.get("month"), where("month"), "a month")
    day = whole_number(values.get("day"), where("day"), "a day")
    hour = whole_number(values.get("hour"), where("hour"), "an hour")
    minute = whole_number(values.get("minute"), where("minute"), "a minute")
    second = whole_number(values.get("second"), where("second"), "a second")
    if abs(year) > LAST_FOUR_DIGIT_YEAR:
        return DateParts(year)
    if month is not None and not 1 <= month <= len(MONTH_NAMES):
        raise MalformedError(
            where("month"), QT_TRANSLATE_NOOP("Loader", "%1 is not a month (1 to 12)"), month
        )
    if day is not None:
        if month is None:
            raise MalformedError(where("day"), QT_TRANSLATE_NOOP("Loader", "a day needs a month"))
        length = days_in_month(year, month)
        if not 1 <= day <= length:
            message = QT_TRANSLATE_NOOP("Loader", "%1 is not a day of %2 %3 (1 to %4)")
            raise MalformedError(where("day"), message, day, MonthName(month), year, length)
    if hour is None and (minute is not None or second is not None):
        raise MalformedError(
            where("minute" if minute is not None else "second"),
            QT_TRANSLATE_NOOP("Loader", "a time needs an hour"),
        )
    if hour is not None:
        if day is None:
            raise MalformedError(where("hour"), QT_TRANSLATE_NOOP("Loader", "a time needs a day"))
        _check_range(hour, MAX_HOUR, where("hour"), "an hour")
        _check_range(minute or 0, MAX_MINUTE, where("minute"), "a minute")
        if second is not None:
            _check_range(second, MAX_SECOND, where("second"), "a second")
    return DateParts(year, month, day, hour, minute, second)


def _check_range(value: int, highest: int, where: str, what: str) -> None:
    if not 0 <= value <= highest:
        raise MalformedError(where, _OUT_OF_RANGE[what], value, highest)


def date_text(start: DateParts, end: DateParts | None) -> str:
    """The EDTF text of a start date and an optional end date."""
    first = start.edtf()
    if end is None:
        return first
    last = end.edtf()
    return first if last == first else f"{first}/{last}"


# ---------------------------------------------------------------------------------------------
# Slides to our document (shared with the Google Sheets importer)


@dataclass(frozen=True, slots=True)
class Media:
    """A slide's media item: a web address (or embed code), its credit, caption and alt text."""

    url: str
    credit: str = ""
    caption: str = ""
    alt: str = ""


@dataclass(frozen=True, slots=True)
class Slide:
    """One TimelineJS event or era, read from JSON or from a Google Sheets row."""

    place: str  # where it is in the imported file, for messages: "events[3]", "row 5"
    fallback_id: str  # the id an event gets without a usable unique_id
    start: DateParts
    end: DateParts | None = None
    headline: str = ""  # HTML
    text: str = ""  # HTML
    media: Media | None = None
    group: str = ""
    unique_id: str | None = None
    era: bool = False
    # Fields of ours: EXTRA_SLIDE_FIELDS, or EXTRA_ERA_FIELDS for an era.
    extra: Mapping[str, Any] = field(default_factory=dict)
    background: object = None  # as the file has it: kept_slide_fields keeps what it may


class SlideCollector:
    """Builds our document from slides: ids, dates, texts, sources, one lane per group, and eras."""

    def __init__(self, lanes: Sequence[Any] = ()) -> None:
        self.lanes: list[Any] = list(lanes)  # validated later, with the rest of the document
        self.records: list[dict[str, Any]] = []
        self.eras: list[dict[str, Any]] = []
        self.places: dict[str, list[str]] = {"events": [], "eras": []}  # where each came from
        self._lane_of_group: dict[str, str] = {}
        self._lane_ids: set[str] = set()
        for lane in self.lanes:
            if isinstance(lane, Mapping) and isinstance(lane.get("id"), str):
                self._lane_ids.add(lane["id"])
                if isinstance(lane.get("label"), str):
                    self._lane_of_group.setdefault(lane["label"], lane["id"])

    def add(self, slide: Slide) -> None:
        """Turn one slide into an event record or an era."""
        extra = slide.extra
        date = extra.get("edtf") or date_text(slide.start, slide.end)
        if slide.era:
            era = {"title": html_to_text(slide.headline) or UNTITLED_ERA, "date": date}
            if "color" in extra:
                era["color"] = extra["color"]
            self.eras.append(era)
            self.places["eras"].append(slide.place)
            return
        # A slide we wrote carries its date as EDTF, and then every field of ours it has: the
        # absence of a lane, a summary or sources means none, not "make one up".
        ours = "edtf" in extra
        record: dict[str, Any] = {
            "id": usable_id(slide.unique_id, slide.fallback_id),
            "title": html_to_text(slide.headline) or UNTITLED_EVENT,
            "date": date,
            "status": extra.get("status", DEFAULT_STATUS),
        }
        if "lane" in extra:
            record["lane"] = extra["lane"]
        elif slide.group and not ours:
            record["lane"] = self.lane_for(slide.group)
        if ours:
            record.update({name: extra[name] for name in ("summary", "html") if name in extra})
        else:
            record.update(_texts(slide.text))
        record.update({name: extra[name] for name in ("actors", "amounts", "metrics") if name in extra})
        image = media_image(slide.media) if slide.media is not None and not ours else None
        if "sources" in extra:
            record["sources"] = extra["sources"]
        elif slide.media is not None and not ours and image is None:
            record["sources"] = [media_source(slide.media)]
        record.update({name: extra[name] for name in ("links", "tags", "images") if name in extra})
        if image is not None and "images" not in extra:
            record["images"] = [image]
        record.update(kept_slide_fields(slide.background, slide.media))
        self.records.append(record)
        self.places["events"].append(slide.place)

    def lane_for(self, group: str) -> str:
        """The id of the lane of a group, made the first time the group is seen."""
        lane_id = self._lane_of_group.get(group)
        if lane_id is None:
            base = _NOT_SLUG_CHARACTERS.sub("-", group.lower()).strip("-")[: ID_MAX_LENGTH - 8] or "lane"
            lane_id, number = base, 1
            while lane_id in self._lane_ids:
                number += 1
                lane_id = f"{base}-{number}"
            self._lane_ids.add(lane_id)
            self._lane_of_group[group] = lane_id
            self.lanes.append({"id": lane_id, "label": group})
        return lane_id

    def relocate(self, where: str) -> str:
        """Where the imported file has what our document has at ``where``."""
        path = DocumentPath.parse(where)
        if path is None or path.collection not in self.places:
            return where  # the header and lanes are where they are in the file
        rest = f".{path.field}{path.rest}" if path.field else path.rest
        return f"{self.places[path.collection][path.index]}{rest}"


def _texts(html: str) -> dict[str, str]:
    """The summary (plain text) and, when there is markup, the safe rich text of a slide's text."""
    texts = {}
    simple = simple_html(html) if "<" in html else None
    if summary := (html_to_text(html) if simple is None else simple[0]):
        texts["summary"] = summary
    if "<" in html and (rich := (sanitize_html(html) if simple is None else simple[1]).strip()):
        texts["html"] = rich
    return texts


def kept_slide_fields(background: object, media: Media | None) -> dict[str, Any]:
    """A slide's background and embedded media as our event's fields (``background``, ``media``),
    what of them may leave the app again: http(s) images, CSS colours, safe embed code."""
    fields: dict[str, Any] = {}
    if isinstance(background, Mapping):
        url, color = background.get("url"), background.get("color")
        kept = {}
        if isinstance(url, str) and (address := web_address(url)):
            kept["url"] = address
        if isinstance(color, str) and _CSS_COLOR.fullmatch(color.strip()):
            kept["color"] = color.strip()
        if kept:
            fields["background"] = kept
    if media is not None and media.url.lstrip().startswith("<") and safe_embed(media.url):
        embed = {"url": media.url}
        embed.update(
            {name: text for name, text in (("credit", media.credit), ("caption", media.caption)) if text}
        )
        fields["media"] = embed
    return fields


def media_image(media: Media, text_of: Callable[[str], str] = html_to_text) -> dict[str, str] | None:
    """A slide's picture (an image's address or path, not embed code) as an image of ours, its
    credit and caption as plain text (``text_of`` of their HTML); None for other media."""
    url = media.url.strip()
    if not _IMAGE_URL.fullmatch(url) or location_problem(url) is not None:
        return None
    image = {"url": url}
    for name, text in (("caption", media.caption), ("credit", media.credit), ("alt", media.alt)):
        if plain := text_of(text).strip():
            image[name] = plain
    return image


def media_source(media: Media, text_of: Callable[[str], str] = html_to_text) -> dict[str, str]:
    """A slide's media as a source of ours: credit as outlet, caption as quote, web address kept
    (``text_of``: the plain text of their HTML)."""
    url = media.url.strip()
    is_address = web_scheme(url)
    outlet = text_of(media.credit)
    if not outlet:
        hostname = urlsplit(url).hostname if is_address else None
        outlet = hostname or MEDIA_OUTLET
    source = {"outlet": outlet}
    # Embed codes (a tweet's blockquote, say) are HTML: their text is the quote.
    quote = text_of(media.caption) or ("" if is_address else text_of(url))
    if quote:
        source["quote"] = quote
    if is_address:
        source["url"] = url
    return source


# An address whose scheme is http(s) and whose host part urlsplit takes as it is (no brackets,
# no characters beyond ASCII, which it checks and may refuse): most media addresses.
_PLAIN_WEB_ADDRESS = re.compile(r"(?i:https?)://[!$-.0-9;=A-Z_a-z~]*(?:[/?#].*)?", re.DOTALL)


def web_scheme(url: str) -> bool:
    """Whether urlsplit gives ``url`` (without embed code) the scheme http or https; ValueError
    where urlsplit refuses it (a bracket not closed, say)."""
    if "<" in url:
        return False
    if _PLAIN_WEB_ADDRESS.fullmatch(url):  # (a million slides may have media: no split for these)
        return True
    return urlsplit(url).scheme in ("http", "https")


# ---------------------------------------------------------------------------------------------
# Import


def read_timelinejs(data: bytes, source: str) -> Timeline:
    """Read a TimelineJS3 JSON file; raise TimelineLoadError listing every problem and its place."""
    with garbage_collection_paused():
        timeline = _read_in_chunks(data.removeprefix(_UTF8_BOM), source)
    if timeline is not None:
        return timeline
    # Something is wrong (or unusual): read it the thorough way, which says what and where.
    raw = json_object(data, source)
    problems: list[Problem] = []
    title, description = _title_slide(raw, problems)
    lanes = raw.get("lanes", [])
    if not isinstance(lanes, list):
        problems.append(Problem("lanes", QT_TRANSLATE_NOOP("Loader", "must be a list of lanes")))
        lanes = []
    collector = SlideCollector(lanes)
    events = raw.get("events")
    if events is None:
        message = QT_TRANSLATE_NOOP(
            "Loader", "this required field is missing: TimelineJS lists its slides there"
        )
        problems.append(Problem("events", message))
    for name, era in (("events", False), ("eras", True)):
        slides = raw.get(name)
        if slides is None:
            continue
        if not isinstance(slides, list):
            problems.append(Problem(name, QT_TRANSLATE_NOOP("Loader", "must be a list")))
            continue
        for index, item in enumerate(slides):
            place = f"{name}[{index}]"
            try:
                collector.add(read_slide(item, place, f"{GENERATED_ID_PREFIX}{index}", era=era))
            except MalformedError as error:
                problems.append(error.problem)
            except (KeyError, TypeError, ValueError) as error:  # a shape the checks did not foresee
                problems.append(Problem(place, QT_TRANSLATE_NOOP("Loader", "cannot be read: %1"), str(error)))
    if problems:
        raise TimelineLoadError(source, problems)
    document: dict[str, Any] = {"title": title or title_from_source(source)}
    if description:
        document["description"] = description
    document.update({name: raw[name] for name in EXTRA_HEADER_FIELDS if name in raw})
    document["lanes"] = collector.lanes
    if collector.eras:
        document["eras"] = collector.eras
    document["events"] = collector.records
    # The parsed file (a million slides as dicts took gigabytes) is of no more use: the
    # document holds what it needs, and checking it needs the memory.
    del raw, events, slides
    return timeline_from_document(document, source, collector.relocate)


def _read_in_chunks(body: bytes, source: str) -> Timeline | None:
    """The timeline of a TimelineJS file, its slides read and turned into columns a chunk at a
    time; None when something is not as the fast way expects or some check fails.

    Reading the whole file with ``json.loads``, building our document and parsing it again took
    a minute and gigabytes at a million slides. Here the file's bytes are split into slides
    (as our JSON is), each chunk parsed and its fields' types checked as columns (only unusual
    slides validated by pydantic: ``slide_chunks``) and made into our columns a column at a
    time (each distinct date worked out once), which the loader's checks then take.
    """
    spans = event_spans(body)
    if spans is None or not len(spans):
        return None
    try:
        raw = json.loads(spans.header(body))
    except (ValueError, RecursionError):
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("lanes", []), list):
        return None
    problems: list[Problem] = []
    title, description = _title_slide(raw, problems)
    collector = SlideCollector(raw.get("lanes", []))
    columns = RecordColumns()
    dates = (_SlideDates(paired=False), _SlideDates(paired=True))
    text_of = _remembered(html_to_text)  # (credits and captions repeat)
    try:
        for first in range(0, len(spans), EVENT_CHUNK):
            chunk = slide_columns(body, spans, first, min(first + EVENT_CHUNK, len(spans)))
            if not _add_chunk(chunk, first, collector, dates, columns, text_of):
                return None
            del chunk
        eras = raw.get("eras", [])
        if not isinstance(eras, list):
            return None
        for index, item in enumerate(eras):
            collector.add(read_slide(item, f"eras[{index}]", "", era=True))
    except (ValidationError, MalformedError, KeyError, TypeError, ValueError):
        return None
    if problems:
        return None
    header: dict[str, Any] = {"title": title or title_from_source(source)}
    if description:
        header["description"] = description
    header.update({name: raw[name] for name in EXTRA_HEADER_FIELDS if name in raw})
    header["lanes"] = collector.lanes
    if collector.eras:
        header["eras"] = collector.eras
    return columns.timeline(header, source)


class _SlideDates(dict[Any, str]):
    """The EDTF text of each slide date met, by its fields (``paired``: by the fields of its start
    and of its end), worked out when first asked for; MalformedError if they are no date, and
    TypeError if a field is neither a whole number nor text (which validation refuses)."""

    def __init__(self, paired: bool) -> None:
        super().__init__()
        self.paired = paired

    def __missing__(self, key: Any) -> str:
        start, end = key if self.paired else (key, None)
        values = (value for fields in (start, end or ()) for name, value in fields if name in DATE_FIELDS)
        if not set(map(type, values)) <= DATE_VALUE_TYPES:
            raise TypeError("a date field is neither a whole number nor text")
        text = self[key] = _slide_date(dict(start), None if end is None else dict(end), "events")
        return text


_RICH_EXTRA = ("actors", "amounts", "metrics", "sources", "links", "tags", "images")
_NO_FIELDS: Final[dict[str, Any]] = {}


def _add_chunk(
    chunk: SlideColumns,
    first: int,
    collector: SlideCollector,
    dates: tuple[_SlideDates, _SlideDates],
    columns: RecordColumns,
    text_of: Callable[[str], str],
) -> bool:
    """Give ``columns`` the events of a chunk of slides (``first`` is the index of the first), as
    ``SlideCollector.add`` makes them, a column at a time; False if they are not valid events.
    ``text_of`` is ``html_to_text`` (of media credits and captions). Raises MalformedError for a
    date it refuses."""
    # One pass per column (C-speed maps and joins) rather than one per slide: at a million
    # slides each Python step per slide costs a tenth of a second or more.
    count = len(chunk)
    edtfs = chunk.edtf
    keys: list[Any] = chunk.start_date
    ends = chunk.end_date
    paired = ends.count(None) != count  # else the start's fields are the key
    if paired:
        keys = list(zip(keys, ends, strict=True))
    slide_dates = list(map(dates[paired].__getitem__, keys))  # (each distinct date worked out once)
    unique_ids = chunk.unique_id
    if "" in unique_ids or None in unique_ids or not ids_are_valid(unique_ids):  # type: ignore[arg-type]
        unique_ids = [
            usable_id(value, f"{GENERATED_ID_PREFIX}{number}")
            for number, value in enumerate(unique_ids, first)
        ]
    titles = _plain_texts(chunk.headline)
    if "" in titles:
        titles = [title or UNTITLED_EVENT for title in titles]
    if edtfs.count(None) == count:
        date_texts = slide_dates
    elif None in edtfs or "" in edtfs:
        date_texts = [edtf or date for edtf, date in zip(edtfs, slide_dates, strict=True)]
    else:
        date_texts = edtfs  # type: ignore[assignment]
    statuses = chunk.status
    if None in statuses:
        statuses = [DEFAULT_STATUS if status is None else status for status in statuses]
    ours = count - edtfs.count(None)
    if ours == count:
        lanes, summaries, htmls = chunk.lane, chunk.summary, chunk.html
    else:
        lanes = _group_lanes(chunk.lane, chunk.group, edtfs, collector)
        # The slides we wrote carry our summary and rich text; other slides' text is HTML.
        summaries, htmls = _summaries_and_html(chunk.text)
        if ours:
            for index in [index for index, edtf in enumerate(edtfs) if edtf is not None]:
                summaries[index] = chunk.summary[index]
                htmls[index] = chunk.html[index]
    detailed: dict[int, dict[str, Any]] = {
        index: {"html": html} for index, html in enumerate(htmls) if html is not None
    }
    for index, slide in chunk.detail.items():
        fields = {name: slide[name] for name in _RICH_EXTRA if name in slide}
        media_fields = chunk.media[index] or _NO_FIELDS
        url = media_fields.get("url", "")
        media = (
            Media(
                url,
                media_fields.get("credit", ""),
                media_fields.get("caption", ""),
                media_fields.get("alt", ""),
            )
            if url.strip()
            else None
        )
        mine = edtfs[index] is not None
        image = media_image(media, text_of) if media is not None and not mine else None
        if image is not None and "images" not in fields:
            fields["images"] = [image]
        elif not mine and "sources" not in fields and media is not None:
            fields["sources"] = [media_source(media, text_of)]
        fields.update(kept_slide_fields(slide.get("background"), media))
        if not fields:
            continue
        # Checked by our event model, which wants the whole record.
        record = {"id": unique_ids[index], "title": titles[index], "date": date_texts[index]}
        record["status"] = statuses[index]
        record.update(detailed.get(index, _NO_FIELDS))
        if lanes[index] is not None:
            record["lane"] = lanes[index]
        if summaries[index] is not None:
            record["summary"] = summaries[index]
        detailed[index] = record | fields
    return columns.add_columns(unique_ids, titles, date_texts, statuses, lanes, summaries, detailed)  # type: ignore[arg-type]


def _group_lanes(
    lanes: list[str | None], groups: list[str | None], edtfs: list[str | None], collector: SlideCollector
) -> list[str | None]:
    """Each slide's lane: its own (ours), else its group's (others'), each group's lane made once,
    in the order the groups first appear (as ``SlideCollector.add`` makes them slide by slide)."""
    wanting = [
        group if lane is None and edtf is None else None
        for lane, group, edtf in zip(lanes, groups, edtfs, strict=True)
    ]
    lane_of = {
        group: collector.lane_for(name) if (name := group.strip()) else None
        for group in dict.fromkeys(wanting)
        if group is not None
    }
    if not lane_of:
        return lanes
    pairs = zip(lanes, wanting, strict=True)
    return [lane if lane is not None else lane_of.get(group) for lane, group in pairs]  # type: ignore[arg-type]


# Texts remembered at most (then forgotten, and remembered again as they come).
_REMEMBERED_TEXTS: Final = 65_536


def _remembered(function: Callable[[str], str]) -> Callable[[str], str]:
    """``function`` worked out once per distinct text (of the last _REMEMBERED_TEXTS or so)."""
    known: dict[str, str] = {}

    def remembered(text: str) -> str:
        result = known.get(text)
        if result is None:
            if len(known) >= _REMEMBERED_TEXTS:
                known.clear()
            result = known[text] = function(text)
        return result

    return remembered


def _plain_texts(htmls: list[str]) -> list[str]:
    """``html_to_text`` of each, in one pass over them all when none has markup (most headlines)."""
    joined = "\x00".join(htmls)
    if "<" in joined or "&" in joined or joined.count("\x00") != len(htmls) - 1:
        return list(map(html_to_text, htmls))
    if not htmls:
        return []
    settled = _settled_space(joined)
    texts = settled.split("\x00")
    if settled.startswith(" ") or settled.endswith(" ") or " \x00" in settled or "\x00 " in settled:
        return [text.strip(" ") for text in texts]
    return texts


def _settled_space(text: str) -> str:
    """HTML's whitespace runs in ``text`` as one space each (a scan for each kind first: most
    text has none to settle)."""
    if any(kind in text for kind in ("  ", "\t", "\n", "\r", "\f")):
        return _UNSETTLED_SPACE.sub(" ", text)
    return text


def _summaries_and_html(htmls: list[str]) -> tuple[list[str | None], list[str | None]]:
    """The summary and the rich text (None where none) of each slide's text, as ``_texts`` gives
    them; in one pass over them all when each is one paragraph of text (``<p>...</p>``)."""
    joined = "\x00".join(htmls)
    count = len(htmls)
    if (
        htmls
        and "&" not in joined
        and joined.count("\x00") == count - 1
        and joined.count("<") == 2 * count
        and joined.startswith("<p>")
        and joined.endswith("</p>")
        and joined.count("\x00<p>") == count - 1
        and joined.count("</p>\x00") == count - 1
    ):
        # One paragraph each (every text starts with <p> and ends with </p>, and has no other
        # tag): its text is the text, and the paragraph, escaped, the rich text (the markers
        # around each paragraph's text become blank lines, stripped away).
        inner = joined[3:-4].replace("</p>\x00<p>", "\x00")
        settled = _settled_space(inner)
        plain: list[str | None] = settled.split("\x00")  # type: ignore[assignment]
        # (A look for an empty or spaced text in the joined text, not at each of the texts.)
        edges = (settled[:1], settled[-1:])
        if (
            not settled
            or "\x00" in edges
            or " " in edges
            or any(pair in settled for pair in ("\x00\x00", " \x00", "\x00 "))
        ):
            plain = [text.strip(" ") or None for text in plain]  # type: ignore[union-attr]
        if any(character in inner for character in "<>\"'"):
            safe = escape(inner).replace("\x00", "</p>\x00<p>")
            rich: list[str | None] = f"<p>{safe}</p>".split("\x00")  # type: ignore[assignment]
        else:  # nothing to escape: each rich text is the text as written
            rich = list(htmls)
        return plain, rich
    pairs = list(map(_texts, htmls))
    return [pair.get("summary") for pair in pairs], [pair.get("html") for pair in pairs]


def _slide_date(start: Mapping[str, Any], end: Mapping[str, Any] | None, place: str) -> str:
    """The EDTF text of a slide's date fields; MalformedError at ``place`` if they are no date."""
    first = date_parts(start, lambda name: f"{place}.start_date.{name}")
    last = date_parts(end, lambda name: f"{place}.end_date.{name}") if end and _has_year(end) else None
    return date_text(first, last)


def json_object(data: bytes, source: str) -> dict[str, Any]:
    """The top-level JSON object of a file; TimelineLoadError with a line and column otherwise."""
    try:
        text = data.removeprefix(_UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise TimelineLoadError(
            source,
            [
                Problem(
                    f"line {line}",
                    QT_TRANSLATE_NOOP("Loader", "not valid UTF-8 text; save the file as UTF-8"),
                )
            ],
        ) from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise TimelineLoadError(source, [Problem(where, NOT_JSON, error.msg)]) from None
    except RecursionError:
        raise TimelineLoadError(
            source, [Problem("", QT_TRANSLATE_NOOP("Loader", "not valid JSON: nested too deeply"))]
        ) from None
    if not isinstance(raw, dict):
        raise TimelineLoadError(
            source, [Problem("", QT_TRANSLATE_NOOP("Loader", "must be a JSON object with an 'events' list"))]
        )
    return raw


def _title_slide(raw: Mapping[str, Any], problems: list[Problem]) -> tuple[str, str]:
    try:
        text = _object(_object(raw.get("title"), "title").get("text"), "title.text")
        headline = _string(text.get("headline"), "title.text.headline")
        body = _string(text.get("text"), "title.text.text")
    except MalformedError as error:
        problems.append(error.problem)
        return "", ""
    return html_to_text(headline), html_to_text(body)


def read_slide(item: object, place: str, fallback_id: str, *, era: bool = False) -> Slide:
    """One event or era of a TimelineJS JSON file."""
    if not isinstance(item, Mapping):
        raise MalformedError(place, QT_TRANSLATE_NOOP("Loader", "must be an object with a start_date"))
    start_date = item.get("start_date")
    if start_date is None:
        raise MalformedError(f"{place}.start_date", MISSING_FIELD)
    start = date_parts(_object(start_date, f"{place}.start_date"), lambda name: f"{place}.start_date.{name}")
    end_date = _object(item.get("end_date"), f"{place}.end_date")
    end = date_parts(end_date, lambda name: f"{place}.end_date.{name}") if _has_year(end_date) else None
    text = _object(item.get("text"), f"{place}.text")
    media = _object(item.get("media"), f"{place}.media")
    url = _string(media.get("url"), f"{place}.media.url")
    group = item.get("group")
    if isinstance(group, int | float) and not isinstance(group, bool):
        group = str(group)  # spreadsheets turn group names like 2024 into numbers
    unique_id = item.get("unique_id")
    if isinstance(unique_id, int) and not isinstance(unique_id, bool):
        unique_id = str(unique_id)
    return Slide(
        place=place,
        fallback_id=fallback_id,
        start=start,
        end=end,
        headline=_string(text.get("headline"), f"{place}.text.headline"),
        text=_string(text.get("text"), f"{place}.text.text"),
        media=Media(
            url,
            _string(media.get("credit"), f"{place}.media.credit"),
            _string(media.get("caption"), f"{place}.media.caption"),
            _string(media.get("alt"), f"{place}.media.alt"),
        )
        if url.strip()
        else None,
        group=_string(group, f"{place}.group").strip(),
        unique_id=_string(unique_id, f"{place}.unique_id") or None,
        era=era,
        extra={
            name: item[name] for name in (EXTRA_ERA_FIELDS if era else EXTRA_SLIDE_FIELDS) if name in item
        },
        background=item.get("background"),
    )


def _has_year(date: Mapping[str, Any]) -> bool:
    """TimelineJS exports write an empty end date as {} or with blank fields."""
    year = date.get("year")
    return year is not None and year != ""


def _object(value: object, where: str) -> Mapping[str, Any]:
    """An optional JSON object: {} when absent."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise MalformedError(
            where, QT_TRANSLATE_NOOP("Loader", "must be an object, got %1"), json.dumps(value)[:60]
        )
    return value


def _string(value: object, where: str) -> str:
    """An optional JSON string: "" when absent."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise MalformedError(
            where, QT_TRANSLATE_NOOP("Loader", "must be text, got %1"), json.dumps(value)[:60]
        )
    return value


# ---------------------------------------------------------------------------------------------
# Export


def timeline_to_timelinejs(timeline: Timeline) -> dict[str, Any]:
    """The timeline as a TimelineJS3 document: its events as slides, its eras as eras."""
    header = timeline.header
    events = timeline.events
    labels = {lane.id: lane.label for lane in header.lanes}
    # Files repeat dates a lot: work out each distinct date's TimelineJS fields once.
    dates = [_slide_dates(date) for date in events.date_values]
    codes = events.date_code.tolist()
    slides: list[dict[str, Any]] = []
    for record, code in zip(event_records(events), codes, strict=True):
        slide = dict(dates[code])
        slide["text"] = {"headline": escape_text(record["title"]), "text": _slide_text(record)}
        sources = record.get("sources", ())
        url_source = next((source for source in sources if web_address(source.get("url"))), None)
        images = record.get("images", ())
        if images:  # TimelineJS shows one picture a slide: the first (all are kept in "images")
            slide["media"] = _image_media(images[0])
        elif url_source is not None:
            slide["media"] = {
                "url": web_address(url_source["url"]),
                "credit": escape_text(url_source["outlet"]),
                "caption": escape_text(url_source.get("quote") or ""),
            }
        slide.update(_kept_for_timelinejs(record))
        if "lane" in record:
            slide["group"] = labels[record["lane"]]
        slide["unique_id"] = record["id"]
        slide["edtf"] = record["date"]
        slide.update({name: record[name] for name in EXTRA_SLIDE_FIELDS if name in record})
        slides.append(slide)
    eras = [_era_slide(era) for era in header.eras]
    document: dict[str, Any] = {
        "title": {
            "text": {"headline": escape_text(header.title), "text": text_to_html(header.description or "")}
        },
        "events": slides,
    }
    if eras:
        document["eras"] = eras
    if any(map(_beyond_human_scale, [*dates, *eras])):
        document["scale"] = COSMOLOGICAL_SCALE
    extra = set(EXTRA_HEADER_FIELDS)
    document.update(header.model_dump(mode="json", by_alias=True, exclude_defaults=True, include=extra))
    if header.lanes:
        document["lanes"] = [lane.model_dump(mode="json", exclude_defaults=True) for lane in header.lanes]
    return document


def _image_media(image: Mapping[str, str]) -> dict[str, str]:
    """An image of ours as a slide's media: the address or path, its words escaped."""
    media = {"url": image["url"]}
    media.update({name: escape_text(image[name]) for name in ("caption", "credit", "alt") if image.get(name)})
    return media


def _kept_for_timelinejs(record: Mapping[str, Any]) -> dict[str, Any]:
    """The slide background and embedded media an event kept from TimelineJS, what of them may
    leave the app (checked again: a file of ours may say anything)."""
    fields: dict[str, Any] = {}
    background = record.get("background") or {}
    kept = {"url": web_address(background.get("url")), "color": background.get("color")}
    if any(kept.values()):
        fields["background"] = {name: value for name, value in kept.items() if value}
    media = record.get("media")
    if media and safe_embed(media["url"]):
        fields["media"] = {
            "url": media["url"],
            "credit": sanitize_html(media.get("credit") or ""),
            "caption": sanitize_html(media.get("caption") or ""),
        }
    return fields


def _era_slide(era: Era) -> dict[str, Any]:
    slide = _slide_dates(parse_edtf(era.date))
    slide.setdefault("end_date", slide["start_date"])  # TimelineJS needs both ends of an era
    slide["text"] = {"headline": escape_text(era.title)}
    slide["edtf"] = era.date
    if era.color is not None:
        slide["color"] = era.color
    return slide


def write_timelinejs(timeline: Timeline, path: str | Path) -> None:
    """Write the timeline as a TimelineJS3 JSON file."""
    write_file(path, document_bytes(timeline_to_timelinejs(timeline), {"events", "eras", "lanes"}))


def _slide_text(record: Mapping[str, Any]) -> str:
    """A slide's HTML: the rich text (made safe) or the summary's paragraphs, then the sources."""
    rich = record.get("html")
    html = sanitize_html(rich) if rich else text_to_html(record.get("summary", ""))
    sources = record.get("sources", ())
    if sources:
        items = "".join(f"<li>{_source_html(source)}</li>" for source in sources)
        html += f'<ul class="{SOURCES_CLASS}">{items}</ul>'
    return html


def _source_html(source: Mapping[str, Any]) -> str:
    outlet = escape_text(source["outlet"])
    address = web_address(source.get("url"))
    if address:
        outlet = f'<a href="{escape(address, quote=True)}">{outlet}</a>'
    if source.get("via"):
        outlet += f" (via {escape_text(source['via'])})"
    return f"{outlet}: {escape_text(source['quote'])}" if source.get("quote") else outlet


def _slide_dates(date: EdtfDate) -> dict[str, Any]:
    """start_date, end_date and display_date of a date; display_date when the fields cannot say it."""
    lower, upper = date.lower, date.upper
    first = lower if lower is not None else upper
    if first is None:  # not produced by parse_edtf
        raise ValueError(f"date {date.text!r} has no end")
    start = _first_fields(first)
    # A date runs to the end of its upper end (the same point for a single date); an open
    # interval shows only its known end.
    end = _last_fields(upper if lower is not None and upper is not None else first)
    fields: dict[str, Any] = {"start_date": start}
    if end != start:
        fields["end_date"] = end
    unsaid = date.approximate or date.uncertain or lower is None or upper is None
    # Sets, X digits and significant digits are more than a start and an end can say.
    unsaid = unsaid or bool(date.members) or any(_level_two(point) for point in (lower, upper))
    # The fields give a clock time in UTC: the one written, with its zone, is said here.
    zoned = any(
        point is not None and point.time is not None and point.time.utc_offset for point in (lower, upper)
    )
    if unsaid or zoned or date.precision in SPAN_YEARS or date.precision == Precision.SUBYEAR:
        fields["display_date"] = format_date(date)
    return fields


def _first_fields(point: DatePoint) -> dict[str, int]:
    fields = {"year": point.year}
    if abs(point.year) > LAST_FOUR_DIGIT_YEAR:
        return fields
    if point.subyear is not None:
        fields["month"] = SUBYEARS[point.subyear].first_month
    elif point.month is not None:
        fields["month"] = point.month
        if point.day is not None:
            fields["day"] = point.day
            if point.time is not None:
                fields.update(_time_fields(point))
    return fields


def _time_fields(point: DatePoint) -> dict[str, int]:
    """The date and clock fields of a date-time, in UTC: TimelineJS dates have no zone.

    Written as the clock said, ``10:00+02:00`` would come back as 10:00 UTC, two hours late (and
    an interval could end before it starts); ``24:00:00`` is no hour TimelineJS knows.
    """
    time = point.time
    assert time is not None
    utc = civil_from_seconds(point.start)
    if utc.year > LAST_FOUR_DIGIT_YEAR:
        # Past 9999 a year has no months: the clock as written, which is as near as 9999 can be.
        if time.hour == END_OF_DAY_HOUR:
            return {"hour": MAX_HOUR, "minute": MAX_MINUTE, "second": MAX_SECOND}
        fields = {"hour": time.hour, "minute": time.minute}
        return fields if time.second is None else {**fields, "second": time.second}
    fields = {"year": utc.year, "month": utc.month, "day": utc.day, "hour": utc.hour, "minute": utc.minute}
    return fields if time.second is None else {**fields, "second": int(utc.second)}


def _level_two(point: DatePoint | None) -> bool:
    return point is not None and (point.unspecified is not None or point.estimate is not None)


def _last_fields(point: DatePoint) -> dict[str, int]:
    if point.last_year is not None:
        return {"year": point.last_year}
    span = SPAN_YEARS.get(point.precision)
    if span is not None:
        return {"year": point.year + span - 1}
    if point.subyear is not None:
        return {"year": point.year, "month": SUBYEARS[point.subyear].last_month}
    return _first_fields(point)


def _beyond_human_scale(fields: Mapping[str, Any]) -> bool:
    years = [fields[name]["year"] for name in ("start_date", "end_date") if name in fields]
    return any(year not in HUMAN_SCALE_YEARS for year in years)


def strip_extra_fields(document: Mapping[str, Any]) -> dict[str, Any]:
    """A TimelineJS document without the fields of ours: what another tool would write."""
    stripped = {key: value for key, value in document.items() if key not in {*EXTRA_HEADER_FIELDS, "lanes"}}
    for name in ("events", "eras"):
        if name in stripped:
            stripped[name] = [
                {key: value for key, value in slide.items() if key not in EXTRA_SLIDE_FIELDS}
                for slide in stripped[name]
            ]
    return stripped


__all__ = [
    "DateParts",
    "Media",
    "Slide",
    "SlideCollector",
    "date_parts",
    "date_text",
    "html_to_text",
    "read_timelinejs",
    "strip_extra_fields",
    "text_to_html",
    "timeline_to_timelinejs",
    "whole_number",
    "write_timelinejs",
]
