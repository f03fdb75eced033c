"""Picture files made for tests: PNGs of any header and rows, big ones without holding their pixels."""

from __future__ import annotations

import struct
import zlib

TEAL_RGB = (0x20, 0x80, 0x90)


def png(width: int, height: int, pixel_data: bytes) -> bytes:
    """A PNG file (8-bit RGB) with this header and these compressed rows, whatever they hold."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixel_data) + chunk(b"IEND", b"")


def solid_png(width: int, height: int, rgb: tuple[int, int, int] = TEAL_RGB) -> bytes:
    """A PNG of one colour written row by row (no picture of that size is ever held here): big
    pictures of few bytes, as a decompression bomb is (7000 x 7000 pixels take 140 kB)."""
    squeeze = zlib.compressobj(6)
    row = b"\0" + bytes(rgb) * width
    parts = [squeeze.compress(row) for _ in range(height)]
    parts.append(squeeze.flush())
    return png(width, height, b"".join(parts))
