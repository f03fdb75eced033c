"""What a launch asks to open (a file, an event to select, a range to view) and its ``timeline-app:`` link.

A link is ``timeline-app://`` followed by the file's absolute path as a ``file:`` URI writes it
(percent-encoded UTF-8), then an optional query: ``select=ID`` (an event id) and/or ``view=RANGE``
(any EDTF date or interval, percent-encoded), e.g.
``timeline-app:///home/ann/story.json?select=jlr-rebrand`` or
``timeline-app:///home/ann/story.json?view=2023-01%2F2024-06``. ``FILE#ID`` is the plain-text form
of a selection (a ``#`` is taken as the separator only when the whole text names no file).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from timeline_app.core.dates import DateError, parse_edtf
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase, PhraseError, Translatable

SCHEME = "timeline-app"
SELECT = "select"
VIEW = "view"
_PARAMETERS = (SELECT, VIEW)
# A Windows path in a URI keeps a slash before its drive: /C:/Users/...
_DRIVE_IN_URI = re.compile(r"/[A-Za-z]:[/\\]")


class LinkError(PhraseError):
    """A link, --select or --view that cannot be followed; the message says what is wrong: a
    template marked in context "Links" and its arguments (English by ``str``; the window shows
    ``phrase.translated()``)."""

    def __init__(self, message: str | Phrase, *args: str | int | Translatable) -> None:
        super().__init__(message if isinstance(message, Phrase) else Phrase("Links", message, args))


@dataclass(frozen=True, slots=True)
class OpenRequest:
    """A file to open (None: the default one, or just the running window) and where to look in it."""

    path: Path | None
    select: str | None = None  # an event id
    view: str | None = None  # an EDTF date or interval to frame


def is_link(text: str) -> bool:
    """Whether ``text`` is a ``timeline-app:`` link rather than a file name."""
    return text[: len(SCHEME) + 1].lower() == SCHEME + ":"


def link_for(path: Path, select: str | None = None, view: str | None = None) -> str:
    """The ``timeline-app:`` link that opens ``path`` (made absolute) at an event or a range."""
    uri = path.absolute().as_uri()  # file:///... with every unsafe character percent-encoded
    pairs = [(name, value) for name, value in ((SELECT, select), (VIEW, view)) if value is not None]
    query = urlencode(pairs, quote_via=quote, safe="")
    return SCHEME + uri.removeprefix("file") + (f"?{query}" if query else "")


def plain_link(path: Path, event_id: str) -> str:
    """``FILE#ID``: the path and the event id, for people and for the command line."""
    return f"{path.absolute()}#{event_id}"


def parse_link(text: str) -> OpenRequest:
    """The request a ``timeline-app:`` link makes; LinkError saying what is wrong with it."""
    parts = urlsplit(text.strip())
    if parts.scheme.lower() != SCHEME:
        raise LinkError(QT_TRANSLATE_NOOP("Links", "%1 is not a %2: link"), repr(text), SCHEME)
    path = _local_path(text, parts.netloc, parts.path)
    found: dict[str, str] = {}
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if name not in _PARAMETERS:
            message = QT_TRANSLATE_NOOP("Links", "%1: unknown parameter %2 (a link takes %3 and %4)")
            raise LinkError(message, repr(text), repr(name), *_PARAMETERS)
        if name in found:
            raise LinkError(QT_TRANSLATE_NOOP("Links", "%1: %2 is given twice"), repr(text), name)
        if not value:
            raise LinkError(QT_TRANSLATE_NOOP("Links", "%1: %2 is empty"), repr(text), name)
        found[name] = value
    select = found.get(SELECT)
    if parts.fragment:  # timeline-app:///file.json#ID, as FILE#ID
        if select is not None:
            message = QT_TRANSLATE_NOOP("Links", "%1 selects both %2 and %3")
            raise LinkError(message, repr(text), repr(select), repr(unquote(parts.fragment)))
        select = unquote(parts.fragment)
    return OpenRequest(path, select, found.get(VIEW))


def file_uri_path(text: str) -> Path | None:
    """The file a ``file:`` URI names (a desktop's %u may pass one for a file), None for other text;
    LinkError when it names no local file."""
    parts = urlsplit(text)
    if parts.scheme.lower() != "file":
        return None
    return _local_path(text, parts.netloc, parts.path)


def _local_path(text: str, host: str, uri_path: str) -> Path:
    if host not in ("", "localhost"):
        message = QT_TRANSLATE_NOOP("Links", "%1 names the machine %2; a link opens only files on this one")
        raise LinkError(message, repr(text), repr(host))
    raw_path = unquote(uri_path, errors="strict")
    if _DRIVE_IN_URI.match(raw_path):
        raw_path = raw_path[1:]
    if not raw_path or not PurePath(raw_path).is_absolute():
        message = QT_TRANSLATE_NOOP(
            "Links", "%1 names no absolute file path (as in %2:///home/ann/story.json)"
        )
        raise LinkError(message, repr(text), SCHEME)
    return Path(raw_path)


def split_fragment(text: str, exists: Callable[[Path], bool]) -> tuple[Path, str | None]:
    """``FILE#ID`` as the file and the id; text naming an existing file (even with a ``#``) is a file."""
    whole = Path(text)
    if "#" not in text or exists(whole):
        return whole, None
    name, _, event_id = text.rpartition("#")
    return (Path(name), event_id) if name and event_id and exists(Path(name)) else (whole, None)


def view_range(text: str) -> tuple[float, float]:
    """The instants an EDTF date or interval covers (an open end is infinite); LinkError if none."""
    try:
        date = parse_edtf(text)
    except DateError as error:
        raise LinkError(QT_TRANSLATE_NOOP("Links", "--view %1: %2"), repr(text), error.phrase) from None
    if not (math.isfinite(date.start) or math.isfinite(date.end)):
        raise LinkError(
            QT_TRANSLATE_NOOP("Links", "--view %1: both ends are open; give at least one date"), repr(text)
        )
    return date.start, date.end
