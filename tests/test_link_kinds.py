"""Every kind of link the file format knows has its words, seen from both ends, and they are used."""

from __future__ import annotations

from typing import get_args

from timeline_app.core.detail_html import event_html
from timeline_app.core.index import TimelineIndex
from timeline_app.core.link_kinds import LINK_KINDS, link_kind
from timeline_app.core.model import LinkType
from timeline_app.io.loader import parse_timeline


def test_the_table_holds_exactly_the_kinds_of_the_file_format() -> None:
    ids = [kind.id for kind in LINK_KINDS]
    assert sorted(ids) == sorted(get_args(LinkType))
    assert len(set(ids)) == len(ids)


def test_each_kind_reads_differently_from_each_end_except_a_symmetric_one() -> None:
    for kind in LINK_KINDS:
        assert kind.outgoing and kind.incoming
        assert (kind.outgoing == kind.incoming) == (kind.id == "related")


def test_arrows_are_labelled_with_the_outgoing_phrase() -> None:
    assert link_kind("part_of").arrow_label == "part of"
    assert link_kind("responds_to").arrow_label == "responds to"


def test_the_detail_panel_names_a_link_from_both_ends() -> None:
    timeline = parse_timeline(
        b'{"title": "t", "events": ['
        b'{"id": "a", "title": "Report", "date": "2024", "status": "reported"},'
        b'{"id": "b", "title": "Denial", "date": "2024", "status": "confirmed",'
        b' "links": [{"type": "denies", "target": "a"}]}]}'
    )
    index = TimelineIndex.build(timeline.events)
    assert "Denies" in event_html(timeline, timeline.events[1])
    assert "Denied by" in event_html(timeline, timeline.events[0], index.incoming.get(0, ()))
