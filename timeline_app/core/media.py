"""Where an event's image is: a web address, or a file in the timeline's folder (never outside it).

A timeline names its local images by paths relative to its own file, and only below that file's
folder: an absolute path or one that climbs out with ``..`` is refused when the file is read, and
a path that leaves the folder through a symbolic link is refused when the image is shown. So
opening a timeline never reads a file the user did not put beside it. Web addresses (http and
https) are only ever loaded when the user asks.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase, PhraseError

REMOTE_SCHEMES = frozenset({"http", "https"})


class ImageLocationError(PhraseError):
    """An image's place that the app will not read, and why (a Phrase in context "Images")."""


def is_remote(url: str) -> bool:
    """Whether ``url`` is a web address (http or https)."""
    return urlsplit(url.strip()).scheme.lower() in REMOTE_SCHEMES


def location_problem(url: str) -> str | None:
    """Why ``url`` cannot name an image, as "must ..." (None when it can): an http(s) address with
    a host, or a relative path that stays in the timeline's folder. The reason is marked in
    context "Loader" (the loader says it of the file's field)."""
    text = url.strip()
    if not text:
        return QT_TRANSLATE_NOOP("Loader", "must not be empty")
    parts = urlsplit(text)
    if parts.scheme.lower() in REMOTE_SCHEMES:
        return None if parts.hostname else QT_TRANSLATE_NOOP("Loader", "must name a host after http(s)://")
    path = text.replace("\\", "/")
    if len(parts.scheme) > 1:  # (one letter: a Windows drive, refused below as absolute)
        return QT_TRANSLATE_NOOP(
            "Loader", "must be an http(s) address or a path relative to the timeline file"
        )
    if path.startswith("/") or (len(path) > 1 and path[1] == ":"):
        return QT_TRANSLATE_NOOP("Loader", "must be relative to the timeline file, not an absolute path")
    if ".." in PurePosixPath(path).parts:
        return QT_TRANSLATE_NOOP("Loader", "must stay in the timeline's folder (no '..')")
    return None


def local_image_path(folder: Path, url: str) -> Path:
    """The file ``url`` names in ``folder`` (the timeline's); ImageLocationError when it is not a
    local path or leads outside the folder (through a symbolic link, say)."""
    problem = location_problem(url)
    shown = f"'{url}'"
    if problem is None and is_remote(url):
        raise ImageLocationError(
            Phrase("Images", QT_TRANSLATE_NOOP("Images", "%1 is a web address, not a file"), (shown,))
        )
    if problem is not None:
        # The loader's reason ("must stay in the timeline's folder"), said of the address.
        raise ImageLocationError(
            Phrase("Images", QT_TRANSLATE_NOOP("Images", "%1 %2"), (shown, Phrase("Loader", problem)))
        )
    root = Path(os.path.realpath(folder))
    target = Path(os.path.realpath(root / url.strip().replace("\\", "/")))
    if not target.is_relative_to(root):
        message = QT_TRANSLATE_NOOP("Images", "%1 leads outside the timeline's folder (through a link)")
        raise ImageLocationError(Phrase("Images", message, (shown,)))
    return target
