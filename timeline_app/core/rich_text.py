"""Reduce imported HTML to a safe subset for the detail panel: formatting and links, nothing that runs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from html import escape
from html.parser import HTMLParser
from urllib.parse import urlsplit

# Tags kept as they are (without attributes, except href on links).
KEPT_TAGS = frozenset(
    {
        "p",
        "br",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ul",
        "ol",
        "li",
        "blockquote",
        "h3",
        "h4",
        "a",
        "sup",
        "sub",
        "code",
        "pre",
    }
)
VOID_TAGS = frozenset({"br"})
# Dropped together with everything inside them (when closed: an element never closed gives
# its text back at the end, so that one unclosed tag cannot swallow the rest of the text;
# code, the content of scripts and styles, is never given back).
DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "template", "noscript", "svg", "math"}
)
CODE_TAGS = frozenset({"script", "style"})
# Formatting nested deeper than this is dropped (its text kept): Qt lays out deeply nested
# rich text in quadratic time (40,000 nested <b> froze the window for 20 s).
MAX_NESTING = 32
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
WEB_SCHEMES = frozenset({"http", "https"})


def plain_as_html(text: str) -> str:
    """Text shown verbatim where Qt guesses rich text (tooltips): escaped, its line breaks kept."""
    return f'<p style="white-space: pre-wrap">{escape(text)}</p>'


def sanitize_html(source: str, text: Callable[[str], str] = escape) -> str:
    """Formatting tags and http(s)/mailto links survive; scripts, styles, event handlers,
    images and other remote content do not (an image becomes a link the user may follow).

    ``text`` turns each piece of text between tags into HTML (escaping it, and maybe more).
    """
    parser = _Sanitizer(text=text)
    parser.feed(source)
    parser.close()
    return "".join(parser.out)


def web_address(url: str | None) -> str | None:
    """``url`` if it may leave the app as a link: http(s) or relative; never javascript:, data:, file:."""
    if not url or not url.strip():
        return None
    address = url.strip()
    scheme = urlsplit(address).scheme.lower()
    return address if scheme in WEB_SCHEMES or (not scheme and ":" not in address.split("/", 1)[0]) else None


# Attributes whose values are addresses a browser would load or follow.
_ADDRESS_ATTRIBUTES = frozenset(
    {"src", "href", "data", "action", "formaction", "poster", "background", "cite", "codebase"}
    | {"longdesc", "usemap", "xlink:href", "lowsrc", "dynsrc", "manifest", "icon", "ping", "archive"}
)
# Elements an embed code has no business holding: they change the page, not the slide.
_UNSAFE_EMBED_TAGS = frozenset(
    {"base", "meta", "link", "object", "embed", "applet", "form", "frame", "frameset", "svg", "math"}
)


def safe_embed(code: str) -> bool:
    """Whether HTML embed code (a post's blockquote, a player's iframe) may leave the app in a
    TimelineJS export: no event handlers, styles or inline script, and every address in it
    http(s) or relative (scripts loaded from such an address, as posts' embeds do, are kept)."""
    checker = _EmbedChecker()
    checker.feed(code)
    checker.close()
    return checker.safe


class _EmbedChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.safe = True
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _UNSAFE_EMBED_TAGS:
            self.safe = False
        self._in_script = tag == "script"
        for name, value in attrs:
            code = name.startswith("on") or name in ("style", "srcdoc")  # handlers, styles, inline pages
            if code or (name in _ADDRESS_ATTRIBUTES and value and web_address(value) is None):
                self.safe = False
            elif name == "srcset" and value:
                addresses = [item.split()[0] for item in value.split(",") if item.split()]
                self.safe &= all(web_address(address) is not None for address in addresses)

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.safe = False  # inline code


def _safe_url(url: str | None) -> str | None:
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in SAFE_SCHEMES else None


class _Sanitizer(HTMLParser):
    """One pass over the HTML, each tag handled in constant time, so any input costs linear time."""

    def __init__(self, text: Callable[[str], str] = escape) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self.out: list[str] = []
        self._open: list[str] = []
        self._open_counts: Counter[str] = Counter()  # how many of each tag are in _open
        self._too_deep: Counter[str] = Counter()  # tags left out for nesting too deep, still open
        self._skip_depth = 0
        self._in_code = 0  # how many of the open dropped elements are scripts or styles
        self._skipped: list[str] = []  # the text inside dropped elements, given back if never closed

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED_WITH_CONTENT:
            self._skip_depth += 1
            self._in_code += tag in CODE_TAGS
            return
        if self._skip_depth:
            return
        if tag == "img":
            src = _safe_url(dict(attrs).get("src"))
            if src:
                alt = dict(attrs).get("alt") or "image"
                self.out.append(f'<a href="{escape(src, quote=True)}">[{escape(alt)}]</a>')
            return
        if tag not in KEPT_TAGS:
            return
        if tag not in VOID_TAGS and len(self._open) >= MAX_NESTING:
            self._too_deep[tag] += 1
            return
        if tag == "a":
            href = _safe_url(dict(attrs).get("href"))
            self.out.append(f'<a href="{escape(href, quote=True)}">' if href else "<a>")
        else:
            self.out.append(f"<{tag}>")
        if tag not in VOID_TAGS:
            self._open.append(tag)
            self._open_counts[tag] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED_WITH_CONTENT:
            if self._skip_depth:
                self._skip_depth -= 1
                self._in_code = max(self._in_code - (tag in CODE_TAGS), 0)
            if not self._skip_depth:
                self._skipped.clear()
            return
        if self._skip_depth:
            return
        if self._too_deep[tag]:
            self._too_deep[tag] -= 1
            return
        if not self._open_counts[tag]:
            return
        # Close everything opened since, so the output is always well nested.
        while self._open:
            opened = self._open.pop()
            self._open_counts[opened] -= 1
            self.out.append(f"</{opened}>")
            if opened == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            if not self._in_code:
                self._skipped.append(data)
        else:
            self.out.append(self.text(data))

    def close(self) -> None:
        super().close()
        if self._skipped:  # a dropped element never closed: its text is all that follows
            self.out.append(self.text("".join(self._skipped)))
        self.out.extend(f"</{tag}>" for tag in reversed(self._open))
        self._open.clear()
