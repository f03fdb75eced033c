"""The detail panel's Images section: each image shown, loading, refused with its reason, or (from
the web) a link and a Load image button; every text from the file escaped as plain text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from html import escape
from urllib.parse import unquote, urlsplit

from timeline_app.core.detail_html import shown_text
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, fill, translate, translated
from timeline_app.core.media import is_remote
from timeline_app.core.model import EventImage

# Links in the panel with this scheme load the web image of that number: load-image:<number>.
LOAD_IMAGE_SCHEME = "load-image"
LOAD_IMAGE_TEXT = QT_TRANSLATE_NOOP("Images", "Load image")  # translated where shown
PLACEHOLDER_PADDING = 16


class ImageState(Enum):
    """Where one image is on its way to the panel."""

    LOADING = "loading"
    SHOWN = "shown"
    FAILED = "failed"
    NOT_LOADED = "not loaded"  # a web image, until the user asks


@dataclass(frozen=True, slots=True)
class ImageView:
    """How one image is shown now: its state, and the picture's resource and size or the reason."""

    state: ImageState
    resource: str = ""  # the panel's name for the decoded picture (shown)
    width: int = 0  # of the decoded picture (shown)
    height: int = 0
    reason: str = ""  # why it cannot be shown (failed): a clause in the window's language


def image_name(url: str) -> str:
    """What people call the image: its file name ("plant.png"), or the web address's last part."""
    path = urlsplit(url.strip()).path if is_remote(url) else url.strip()
    name = unquote(path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1])
    return name or url.strip()


def images_html(images: Sequence[EventImage], views: Sequence[ImageView], width: int) -> str:
    """The Images section for ``images`` in their ``views``, pictures no wider than ``width``."""
    if not images:
        return ""
    blocks = [
        _image_block(number, image, view, width)
        for number, (image, view) in enumerate(zip(images, views, strict=True))
    ]
    heading = escape(translate("Images", "Images"))
    return f"<h4>{heading}</h4>" + "".join(blocks)


def _image_block(number: int, image: EventImage, view: ImageView, width: int) -> str:
    name = shown_text(image_name(image.url))
    if view.state is ImageState.SHOWN:
        shown_width = min(view.width, max(width, 1))
        shown_height = max(round(view.height * shown_width / max(view.width, 1)), 1)
        alt = escape(image.alt or image.caption or image_name(image.url))
        body = (
            f'<p><img src="{escape(view.resource)}" width="{shown_width}" height="{shown_height}" '
            f'alt="{alt}"></p>'
        )
    elif view.state is ImageState.LOADING:
        body = _placeholder(fill(escape(translate("Images", "Loading %1…")), name), width)
    elif view.state is ImageState.FAILED:
        # The reason is a whole clause, already in the window's language ("it is a folder, not a file").
        cannot = escape(translate("Images", "⚠ %1 cannot be shown: %2"))
        body = _placeholder(fill(cannot, name, escape(view.reason)), width)
    else:
        address = escape(image.url.strip())
        link = f'<a href="{address}">{shown_text(image.url.strip())}</a>'
        load = escape(translated("Images", LOAD_IMAGE_TEXT))
        only_when_asked = escape(translate("Images", "(loaded only when you ask)"))
        web_image = fill(escape(translate("Images", "Web image: %1")), link)
        body = (
            f"<p>{web_image}<br>"
            f'<a href="{LOAD_IMAGE_SCHEME}:{number}"><b>[ {load} ]</b></a> {only_when_asked}</p>'
        )
    words = []
    if image.caption:
        words.append(shown_text(image.caption))
    if image.credit:
        words.append(f"<i>{shown_text(image.credit)}</i>")
    return body + (f"<p>{' — '.join(words)}</p>" if words else "")


def _placeholder(text: str, width: int) -> str:
    """A framed box of the panel's width holding ``text`` (already HTML)."""
    return (
        f'<table border="1" cellspacing="0" cellpadding="{PLACEHOLDER_PADDING}" width="{max(width, 1)}">'
        f'<tr><td align="center" valign="middle">{text}</td></tr></table>'
    )
