"""The kinds of link between events, one row each: how the linking event and the linked one say it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, translated
from timeline_app.core.model import LinkType


@dataclass(frozen=True, slots=True)
class LinkKind:
    """One kind of link: its id in files, and its phrase seen from either end."""

    id: LinkType
    outgoing: str  # on the linking event: "Denies" (the target)
    incoming: str  # on the linked event: "Denied by" (the source)

    @property
    def outgoing_words(self) -> str:
        """The linking event's phrase in the user's language."""
        return translated("LinkKinds", self.outgoing)

    @property
    def incoming_words(self) -> str:
        """The linked event's phrase in the user's language."""
        return translated("LinkKinds", self.incoming)

    @property
    def arrow_label(self) -> str:
        """The words on an arrow drawn from the linking event to the linked one ("denies")."""
        words = self.outgoing_words
        # English reads "denies" mid-arrow; a translation is shown as written (German nouns keep
        # their capital: "Teil von").
        return words.lower() if words == self.outgoing else words


LINK_KINDS: Final = (
    LinkKind("denies", QT_TRANSLATE_NOOP("LinkKinds", "Denies"), QT_TRANSLATE_NOOP("LinkKinds", "Denied by")),
    LinkKind(
        "confirms", QT_TRANSLATE_NOOP("LinkKinds", "Confirms"), QT_TRANSLATE_NOOP("LinkKinds", "Confirmed by")
    ),
    LinkKind(
        "follows", QT_TRANSLATE_NOOP("LinkKinds", "Follows"), QT_TRANSLATE_NOOP("LinkKinds", "Followed by")
    ),
    LinkKind(
        "part_of", QT_TRANSLATE_NOOP("LinkKinds", "Part of"), QT_TRANSLATE_NOOP("LinkKinds", "Includes")
    ),
    LinkKind("causes", QT_TRANSLATE_NOOP("LinkKinds", "Causes"), QT_TRANSLATE_NOOP("LinkKinds", "Caused by")),
    LinkKind(
        "responds_to",
        QT_TRANSLATE_NOOP("LinkKinds", "Responds to"),
        QT_TRANSLATE_NOOP("LinkKinds", "Answered by"),
    ),
    LinkKind(
        "supersedes",
        QT_TRANSLATE_NOOP("LinkKinds", "Supersedes"),
        QT_TRANSLATE_NOOP("LinkKinds", "Superseded by"),
    ),
    LinkKind(
        "related", QT_TRANSLATE_NOOP("LinkKinds", "Related to"), QT_TRANSLATE_NOOP("LinkKinds", "Related to")
    ),
)
# model.LinkType lists the same ids for the file format; tests/test_link_kinds.py keeps the two equal.
_BY_ID: Final[dict[str, LinkKind]] = {kind.id: kind for kind in LINK_KINDS}


def link_kind(kind_id: str) -> LinkKind:
    """The kind with this id (a file's links are validated, so every id there has a row)."""
    return _BY_ID[kind_id]
