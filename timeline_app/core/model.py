"""The timeline file format: pydantic v2 models of a timeline document and its events.

The models are the single source of truth for the format: the loader validates
with them and the JSON Schema in ``resources/`` is generated from them. Events
are validated as ``TypedDict`` records rather than one ``BaseModel`` per event
because a million model instances cost seconds and gigabytes; the loader turns
the validated records into immutable columns (see ``event_table``).
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Annotated, Final, Literal, NotRequired

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from typing_extensions import TypedDict

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase, PhraseError
from timeline_app.core.media import location_problem

SCHEMA_FILE_NAME = "timeline.schema.json"


class Status(StrEnum):
    """How established a claim is: the file's ``status`` values."""

    CONFIRMED = "confirmed"
    REPORTED = "reported"
    DISPUTED = "disputed"
    PLANNED = "planned"


# Both tables are in English; the GUI shows them through i18n.translated("Status", ...).
STATUS_LABELS: dict[Status, str] = {
    Status.CONFIRMED: QT_TRANSLATE_NOOP("Status", "Confirmed"),
    Status.REPORTED: QT_TRANSLATE_NOOP("Status", "Reported"),
    Status.DISPUTED: QT_TRANSLATE_NOOP("Status", "Disputed"),
    Status.PLANNED: QT_TRANSLATE_NOOP("Status", "Planned"),
}
STATUS_MEANINGS: dict[Status, str] = {
    Status.CONFIRMED: QT_TRANSLATE_NOOP("Status", "Announced or on record."),
    Status.REPORTED: QT_TRANSLATE_NOOP("Status", "Reported by the media, not confirmed."),
    Status.DISPUTED: QT_TRANSLATE_NOOP("Status", "Reported, and denied by a party involved."),
    Status.PLANNED: QT_TRANSLATE_NOOP("Status", "Scheduled or targeted for a later date."),
}

StatusName = Literal["confirmed", "reported", "disputed", "planned"]

LinkType = Literal[
    "denies", "confirms", "follows", "part_of", "causes", "responds_to", "supersedes", "related"
]

# An id starts with a letter or digit, then letters, digits and _ . : - (safe in URLs and file names).
ID_FIRST_CHARACTERS = "A-Za-z0-9"
ID_CHARACTERS = r"A-Za-z0-9_.:\-"  # a regular-expression character class's contents
ID_PATTERN = rf"^[{ID_FIRST_CHARACTERS}][{ID_CHARACTERS}]*$"
ID_MAX_LENGTH = 200
NonEmptyText = Annotated[str, StringConstraints(min_length=1)]
Identifier = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=ID_MAX_LENGTH)]
# The same constraints for the fields every event has: the loader checks these over whole
# columns at once after validation (per-record constraint checks cost a second per million
# events); the schema still states them so editors check files as they are typed.
EventIdentifier = Annotated[
    str, WithJsonSchema({"type": "string", "pattern": ID_PATTERN, "maxLength": ID_MAX_LENGTH})
]
EventTitle = Annotated[str, WithJsonSchema({"type": "string", "minLength": 1})]
CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
HexColor = Annotated[str, StringConstraints(pattern=r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]


def _require_finite(value: float) -> float:
    if not math.isfinite(value):
        raise PhraseError(Phrase("Loader", QT_TRANSLATE_NOOP("Loader", "must be a finite number")))
    return value


FiniteNumber = Annotated[float, AfterValidator(_require_finite)]
# Bounds on a FiniteNumber run after the finiteness check (so NaN is "not a finite number",
# not "more than 100"), which leaves pydantic unable to state them in JSON Schema's words.
PositiveNumber = Annotated[
    FiniteNumber, Field(gt=0), WithJsonSchema({"type": "number", "exclusiveMinimum": 0})
]
Percent = Annotated[
    FiniteNumber, Field(ge=0, le=100), WithJsonSchema({"type": "number", "minimum": 0, "maximum": 100})
]

_FROZEN_STRICT = ConfigDict(extra="forbid", frozen=True)


class SourceInfo(BaseModel):
    """Where the timeline as a whole comes from (the article)."""

    model_config = _FROZEN_STRICT

    publisher: NonEmptyText
    published: str | None = Field(default=None, description="EDTF date of publication.")
    title: str | None = None
    url: str | None = None
    text: str | None = Field(
        default=None,
        description="The article's text as read, for a timeline drafted from it: "
        "events' origin spans index into it.",
    )


class ExchangeRate(BaseModel):
    """A conversion rate stated by the source, used to show amounts in another currency."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    from_currency: CurrencyCode = Field(alias="from")
    to_currency: CurrencyCode = Field(alias="to")
    rate: PositiveNumber = Field(description="1 unit of `from` = `rate` units of `to`.")
    note: str | None = None


class Lane(BaseModel):
    """A horizontal band of the timeline: one company, alliance or theme."""

    model_config = _FROZEN_STRICT

    id: Identifier
    label: NonEmptyText
    color: HexColor | None = None
    description: str | None = None


class Amount(BaseModel):
    """A sum of money the event involves."""

    model_config = _FROZEN_STRICT

    value: FiniteNumber
    currency: CurrencyCode
    what: str = ""
    approximate: bool = Field(default=False, description="The source says 'about'.")
    stake_percent: Percent | None = Field(
        default=None, description="Equity stake the amount buys, in percent."
    )


class Metric(BaseModel):
    """A figure the event reports (sales, share, count)."""

    model_config = _FROZEN_STRICT

    name: NonEmptyText
    value: FiniteNumber
    unit: str = ""
    date: str | None = Field(default=None, description="EDTF date of the figure when not the event's own.")


class Source(BaseModel):
    """Where a fact comes from: the outlet and its words."""

    model_config = _FROZEN_STRICT

    outlet: NonEmptyText
    quote: str | None = None
    via: str | None = Field(default=None, description="The outlet that relayed this source's report.")
    url: str | None = None


class Link(BaseModel):
    """A typed relation from this event to another one."""

    model_config = _FROZEN_STRICT

    type: LinkType
    target: Identifier


# A colour as CSS writes it, as TimelineJS passes slide background colours on to the page.
CSS_COLOR_PATTERN = r"^(?:#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,40})$"
CssColor = Annotated[str, StringConstraints(pattern=CSS_COLOR_PATTERN)]


class SlideBackground(BaseModel):
    """A TimelineJS slide's background, kept for exports: an image's web address and a colour."""

    model_config = _FROZEN_STRICT

    url: str | None = None
    color: CssColor | None = None


class SlideMedia(BaseModel):
    """Media a TimelineJS slide embeds with HTML code (a post, a player), kept for exports: the
    app never shows or runs it, and exports it only when every address in it is http(s)."""

    model_config = _FROZEN_STRICT

    url: NonEmptyText = Field(description="The embed code (HTML), as TimelineJS's media url.")
    credit: str | None = None
    caption: str | None = None


class Origin(BaseModel):
    """Where a drafted event comes from: its sentence, as characters [start, end) of ``source.text``."""

    model_config = _FROZEN_STRICT

    start: int = Field(ge=0)
    end: int = Field(gt=0)

    @model_validator(mode="after")
    def _ordered(self) -> Origin:
        if self.end <= self.start:
            raise PhraseError(
                Phrase(
                    "Loader",
                    QT_TRANSLATE_NOOP("Loader", "end (%1) must be after start (%2)"),
                    (self.end, self.start),
                )
            )
        return self


def _image_location(url: str) -> str:
    problem = location_problem(url)
    if problem is not None:
        raise PhraseError(Phrase("Loader", problem))
    return url


ImageLocation = Annotated[
    str,
    AfterValidator(_image_location),
    Field(
        description="An http(s) address, or a path relative to the timeline file inside its folder "
        "(images/plant.jpg). Web images load only when the user asks."
    ),
]


class EventImage(BaseModel):
    """A picture of the event, shown in the detail panel and printed with it."""

    model_config = _FROZEN_STRICT

    url: ImageLocation
    caption: str | None = None
    credit: str | None = None
    alt: str | None = Field(default=None, description="What the image shows, for screen readers.")


class Era(BaseModel):
    """A named period drawn as a shaded band behind the lanes (a reign, a war, a product cycle)."""

    model_config = _FROZEN_STRICT

    title: NonEmptyText
    date: str = Field(description="EDTF interval or date the era covers, e.g. 2010/2017.")
    color: HexColor | None = None


# What a date may be, for editors that show the schema's descriptions (docs/dates.md has it all).
EVENT_DATE_DESCRIPTION: Final = (
    "EDTF date, interval or set, levels 0 to 2 (ISO 8601-2), e.g. 2023-04, 2024-41, 2010/2017, "
    "2030~, 156X-12-25, [1667,1668,1670..1672], Y-17E7, 1950S2. Sub-year codes follow the Python "
    "edtf package: 21-24 are the seasons by northern-hemisphere months (spring March-May, summer "
    "June-August, autumn September-November, winter December), 25-32 the seasons of each "
    "hemisphere, 33-36 quarters, 37-39 thirds, 40-41 halves; H1, H2 and Q1-Q4 are accepted too."
)


class EventRecord(TypedDict):
    """One event as written in the file; validated in bulk, stored as columns."""

    __pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[misc]

    id: EventIdentifier
    title: EventTitle
    date: Annotated[str, Field(description=EVENT_DATE_DESCRIPTION)]
    status: StatusName
    lane: NotRequired[str]  # must name a lane, which the loader checks
    summary: NotRequired[str]
    html: NotRequired[
        Annotated[str, Field(description="Rich text for the detail panel (a safe subset of HTML).")]
    ]
    actors: NotRequired[tuple[NonEmptyText, ...]]
    amounts: NotRequired[tuple[Amount, ...]]
    metrics: NotRequired[tuple[Metric, ...]]
    sources: NotRequired[tuple[Source, ...]]
    links: NotRequired[tuple[Link, ...]]
    tags: NotRequired[tuple[NonEmptyText, ...]]
    images: NotRequired[tuple[EventImage, ...]]
    background: NotRequired[SlideBackground]
    media: NotRequired[SlideMedia]
    origin: NotRequired[Origin]
    draft: NotRequired[
        Annotated[bool, Field(description="Drafted from an article and not yet accepted by a person.")]
    ]


# Keys every compact event may carry; anything else goes to the sparse details store.
CORE_EVENT_KEYS = frozenset({"id", "title", "date", "status", "lane", "summary"})
DETAIL_EVENT_KEYS = frozenset(EventRecord.__annotations__) - CORE_EVENT_KEYS


class TimelineHeader(BaseModel):
    """Everything in a timeline file except its events."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    schema_url: str | None = Field(default=None, alias="$schema")
    title: NonEmptyText
    description: str | None = None
    source: SourceInfo | None = None
    exchange_rates: tuple[ExchangeRate, ...] = ()
    lanes: tuple[Lane, ...] = ()
    eras: tuple[Era, ...] = ()


class TimelineDocument(TimelineHeader):
    """A whole timeline file, as validated before its events become columns."""

    events: list[EventRecord]
