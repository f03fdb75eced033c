"""Text from a file as messages quote it: what cannot be seen made visible, long values cut with their size.

A message that echoed a file raw could clear a terminal (escape sequences), read backwards
(a right-to-left override) or look like its own fix (a zero-width space inside an id).
``repr`` escapes every character that is not printable (controls, format characters such
as U+200B and U+202E, separators), so quoting goes through it.
"""

from __future__ import annotations

# Longer values are cut to this many characters, and their length is said.
MAX_QUOTED_CHARS = 60


def quoted(text: str, limit: int = MAX_QUOTED_CHARS) -> str:
    """``'jl\\u200br'``: the text in quotes, escaped; ``'abc…' (1,000,000 characters)`` when long."""
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}… ({len(text):,} characters)"


def visible(text: str) -> str:
    """The text unquoted but with every unprintable character escaped (file names, field paths)."""
    return text if text.isprintable() else repr(text)[1:-1]
