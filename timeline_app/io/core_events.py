"""A chunk of events that hold core fields only, decoded by msgspec straight into columns.

Most events of a big file are an id, a title, a date, a status and perhaps a lane and a summary,
all text. pydantic-core's parser makes a dict of each, which the loader then reads a column at a
time; msgspec decodes the same bytes into slotted records of exactly those fields, checking each
field's type, the status among the four and the lane among the timeline's (their texts are then
the same few objects, cheap to code): a third less time for a chunk of 8,192 events. Anything
else (another field, a null, a number, a key left out, an unknown lane, broken JSON) makes the
decode fail, and the chunk goes the general way, whose checks say what is wrong: so this way
only takes what that one would take, and gives the same strings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Any, Literal, cast

import msgspec
from msgspec import UNSET, UnsetType

from timeline_app.core.event_table import STATUS_CODES

# Keys a core event always has: id, title, date and status (lane and summary may be left out).
_REQUIRED_KEYS = 4
_FIELDS = ("id", "title", "date", "status", "lane", "summary")
_GETTERS: tuple[Callable[[Any], Any], ...] = tuple(map(attrgetter, _FIELDS))
# Decoders kept, by the lanes they were made for (a few timelines are open at a time).
_KEPT_DECODERS = 16


@dataclass(frozen=True, slots=True)
class CoreColumns:
    """The events of a chunk as columns: no lane is None, no summary is empty."""

    ids: list[str]
    titles: list[str]
    dates: list[str]
    statuses: list[str]
    lanes: list[str | None]
    summaries: list[str]
    key_count: int  # keys the events hold (what a dict of each would count)


@lru_cache(maxsize=_KEPT_DECODERS)
def core_decoder(lane_ids: tuple[str, ...]) -> msgspec.json.Decoder[list[Any]]:
    """A decoder of a JSON array of core events of a timeline whose lanes have these ids."""
    status = Literal[tuple(STATUS_CODES)]  # type: ignore[valid-type]
    lane: Any = (Literal[lane_ids] | UnsetType) if lane_ids else UnsetType
    event = msgspec.defstruct(
        "CoreEvent",
        [
            ("id", str),
            ("title", str),
            ("date", str),
            ("status", status),
            ("lane", lane, UNSET),  # (UNSET when left out: a null written in the file is refused)
            ("summary", str | UnsetType, UNSET),
        ],
        forbid_unknown_fields=True,
        gc=False,  # (strings only: never part of a cycle)
    )
    return msgspec.json.Decoder(list[event])  # type: ignore[valid-type]


def core_columns(decoder: msgspec.json.Decoder[list[Any]], chunk: bytes) -> CoreColumns | None:
    """The columns of ``chunk`` (a JSON array of events), or None unless every event holds core
    fields only, each as the decoder (``core_decoder``) wants it."""
    try:
        events = decoder.decode(chunk)
    except msgspec.DecodeError:  # (a ValidationError is one too; a value nested deep is refused at its key)
        return None
    ids, titles, dates, statuses, lanes, summaries = (list(map(getter, events)) for getter in _GETTERS)
    del events
    # (A count compares by identity first: a pass at C speed.)
    no_lane, no_summary = lanes.count(UNSET), summaries.count(UNSET)
    if no_lane:
        lanes = [None if lane is UNSET else lane for lane in lanes]
    if no_summary:
        summaries = ["" if summary is UNSET else summary for summary in summaries]
    return CoreColumns(
        ids=ids,
        titles=titles,
        dates=dates,
        statuses=statuses,
        lanes=cast("list[str | None]", lanes),
        summaries=summaries,
        key_count=(_REQUIRED_KEYS + 2) * len(ids) - no_lane - no_summary,
    )
