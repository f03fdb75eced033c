"""The kinds of link between events, one row each: how the linking event and the linked one say it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from timeline_app.core.model import LinkType


@dataclass(frozen=True, slots=True)
class LinkKind:
    """One kind of link: its id in files, and its phrase seen from either end."""

    id: LinkType
    outgoing: str  # on the linking event: "Denies" (the target)
    incoming: str  # on the linked event: "Denied by" (the source)

    @property
    def arrow_label(self) -> str:
        """The words on an arrow drawn from the linking event to the linked one."""
        return self.outgoing.lower()


LINK_KINDS: Final = (
    LinkKind("denies", "Denies", "Denied by"),
    LinkKind("confirms", "Confirms", "Confirmed by"),
    LinkKind("follows", "Follows", "Followed by"),
    LinkKind("part_of", "Part of", "Includes"),
    LinkKind("causes", "Causes", "Caused by"),
    LinkKind("responds_to", "Responds to", "Answered by"),
    LinkKind("supersedes", "Supersedes", "Superseded by"),
    LinkKind("related", "Related to", "Related to"),
)
# model.LinkType lists the same ids for the file format; tests/test_link_kinds.py keeps the two equal.
_BY_ID: Final[dict[str, LinkKind]] = {kind.id: kind for kind in LINK_KINDS}


def link_kind(kind_id: str) -> LinkKind:
    """The kind with this id (a file's links are validated, so every id there has a row)."""
    return _BY_ID[kind_id]
