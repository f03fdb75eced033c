"""Text files in the encodings spreadsheets and editors save: told from byte-order marks and the bytes.

The order of the guesses: a byte-order mark (UTF-8, UTF-16, UTF-32) says it outright; UTF-16
without a mark shows as a zero byte beside every ASCII character; text that is valid UTF-8 is
UTF-8 (other encodings almost never make valid UTF-8 of non-ASCII text); anything else is
Windows-1252, which Excel writes for "CSV" on Western systems, or Latin-1 for the five bytes
Windows-1252 leaves undefined. A statistical detector (charset-normalizer) would also tell
Cyrillic or Japanese code pages apart, but guesses among Western ones on short files, costs a
dependency and ~100 ms an import: these rules cover what the spreadsheets we read write.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Final

# Longest mark first: UTF-32's little-endian mark starts with UTF-16's.
BYTE_ORDER_MARKS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# How many bytes of a file without a mark are looked at for UTF-16's zero bytes.
UTF16_PROBE_BYTES: Final = 4096
# Share of the even (or odd) bytes that must be zero for text without a mark to be UTF-16.
UTF16_ZERO_SHARE: Final = 0.9
BOM_CHARACTER: Final = "\ufeff"


class UndecodableTextError(ValueError):
    """Bytes that are not text in the encoding they claim; ``line`` is where the first bad byte is."""

    def __init__(self, encoding: str, line: int) -> None:
        super().__init__(f"not valid {encoding} text")
        self.encoding = encoding
        self.line = line


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text and the encoding it was read in (its name for people: "UTF-16", "Windows-1252")."""

    text: str
    encoding: str


def decode_text(data: bytes, *, strict: bool = True) -> DecodedText:
    """The text of ``data`` in its detected encoding, without byte-order marks.

    ``strict``: raise UndecodableTextError for bytes the encoding cannot hold (a file claiming UTF-16
    with an odd byte at its end, say); otherwise replace them (for sniffing a file's first bytes,
    which may end in the middle of a character).
    """
    for mark, codec, name in BYTE_ORDER_MARKS:
        # UTF-16's little-endian mark then a NUL character is UTF-32's mark: UTF-32 comes in fours.
        if data.startswith(mark) and not (name == "UTF-32" and len(data) % 4):
            return DecodedText(_decode(data[len(mark) :], codec, name, strict), name)
    unmarked = _utf16_without_mark(data)
    if unmarked is not None:
        return DecodedText(_decode(data, unmarked, "UTF-16", strict), "UTF-16")
    try:
        return DecodedText(data.decode("utf-8").lstrip(BOM_CHARACTER), "UTF-8")
    except UnicodeDecodeError as error:
        if not strict and error.start >= len(data) - 3:  # a character cut at the end of a sniffed head
            return DecodedText(data.decode("utf-8", errors="replace").lstrip(BOM_CHARACTER), "UTF-8")
    try:
        return DecodedText(data.decode("cp1252"), "Windows-1252")
    except UnicodeDecodeError:
        return DecodedText(data.decode("latin-1"), "Latin-1")  # every byte is a Latin-1 character


def _decode(data: bytes, codec: str, name: str, strict: bool) -> str:
    try:
        # A file saved over by two programs may carry its mark twice.
        return data.decode(codec, errors="strict" if strict else "replace").lstrip(BOM_CHARACTER)
    except UnicodeDecodeError as error:
        line = data[: error.start].decode(codec, errors="replace").count("\n") + 1
        raise UndecodableTextError(name, line) from None


def _utf16_without_mark(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when the bytes look like mostly-ASCII UTF-16 without a mark."""
    probe = data[:UTF16_PROBE_BYTES]
    if len(probe) < 2 or b"\x00" not in probe:
        return None
    probe = probe[: len(probe) - len(probe) % 2]
    pairs = len(probe) // 2
    odd_zeros = probe[1::2].count(0)
    even_zeros = probe[0::2].count(0)
    if odd_zeros >= UTF16_ZERO_SHARE * pairs and even_zeros < odd_zeros:
        return "utf-16-le"
    if even_zeros >= UTF16_ZERO_SHARE * pairs and odd_zeros < even_zeros:
        return "utf-16-be"
    return None
