"""The image decoder's child process: pictures decoded and scaled there, broken and huge ones
refused, and a child that hangs, dies or runs out of memory ends its picture with a reason while
the next picture starts a new child. Every call waits in a thread with a deadline, so that a
broken decoder fails the test instead of hanging it."""

from __future__ import annotations

import os
import resource
import signal
import threading
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from timeline_app.render import image_process
from timeline_app.render.image_decoding import ImageError
from timeline_app.render.image_process import DecodedPixels, DecoderProcess

from .pictures import TEAL_RGB, png, solid_png
from .polling import poll

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")

DEADLINE_S = 120.0  # a hang, not a slow machine
TEAL = QColor(*TEAL_RGB)


def encoded(image: QImage, kind: str = "PNG") -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind)  # type: ignore[call-overload]
    return bytes(data.data())


# 49 million pixels: just under the 50 million decoded, 196 MB once decoded, 140 kB as a file.
BIG_SIDE = 7000


@pytest.fixture(scope="module")
def big_png() -> bytes:
    return solid_png(BIG_SIDE, BIG_SIDE)


@pytest.fixture
def decoder() -> Iterator[DecoderProcess]:
    made = DecoderProcess()
    yield made
    made.stop()


_WAITER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test decode")


def decode(decoder: DecoderProcess, data: bytes, max_width: int = 2400) -> DecodedPixels:
    """``decoder.decode`` with a deadline: a hang fails the test."""
    return _WAITER.submit(decoder.decode, data, max_width).result(timeout=DEADLINE_S)


def refusal(decoder: DecoderProcess, data: bytes, max_width: int = 2400) -> str:
    """The reason ``decoder`` gives for not decoding ``data``."""
    with pytest.raises(ImageError) as caught:
        decode(decoder, data, max_width)
    return str(caught.value)


def cpu_ticks(pid: int) -> int:
    """The processor time a process has used, in clock ticks."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def at_work(pid: int, idle: int) -> bool | None:
    """True once ``pid`` has used processor time since it was ``idle`` ticks (else None, to poll)."""
    return True if cpu_ticks(pid) > idle else None


def test_a_picture_comes_back_scaled_with_its_colours(decoder: DecoderProcess) -> None:
    image = QImage(600, 300, QImage.Format.Format_RGB32)
    image.fill(TEAL)
    pixels = decode(decoder, encoded(image), max_width=200)
    assert (pixels.width, pixels.height) == (200, 100)
    shown = pixels.to_image()
    assert (shown.width(), shown.height(), shown.format()) == (200, 100, QImage.Format.Format_RGB32)
    assert shown.pixelColor(100, 50) == TEAL
    assert decoder.pid is not None and decoder.pid != os.getpid()  # decoded elsewhere


def test_transparency_survives_the_trip(decoder: DecoderProcess) -> None:
    image = QImage(40, 20, QImage.Format.Format_ARGB32)
    image.fill(QColor(255, 0, 0, 0))
    image.setPixelColor(5, 5, QColor(0, 0, 255, 255))
    shown = decode(decoder, encoded(image)).to_image()
    assert shown.format() == QImage.Format.Format_ARGB32_Premultiplied
    assert shown.pixelColor(0, 0).alpha() == 0 and shown.pixelColor(5, 5) == QColor(0, 0, 255)


def test_the_child_is_kept_for_the_next_picture(decoder: DecoderProcess) -> None:
    decode(decoder, solid_png(30, 20))
    first = decoder.pid
    decode(decoder, solid_png(20, 30))
    assert first is not None and decoder.pid == first


def test_the_biggest_picture_allowed_is_decoded_within_the_memory_limit(
    decoder: DecoderProcess, big_png: bytes
) -> None:
    pixels = decode(decoder, big_png)
    assert (pixels.width, pixels.height) == (2400, 2400)
    assert pixels.to_image().pixelColor(1200, 1200) == TEAL


@pytest.mark.parametrize(
    ("width", "height", "decoded"),
    [
        (1000, 50_000, (339, 16_971)),
        (50_000, 1000, (2400, 48)),
        (2000, 3000, (1960, 2939)),
        (900, 600, (900, 600)),
    ],
    ids=["a tall strip", "a wide strip", "a portrait", "small"],
)
def test_no_side_is_wider_and_no_picture_more_pixels_than_the_panel_can_use(
    decoder: DecoderProcess, width: int, height: int, decoded: tuple[int, int]
) -> None:
    pixels = decode(decoder, solid_png(width, height))
    assert (pixels.width, pixels.height) == decoded
    assert pixels.to_image().pixelColor(decoded[0] // 2, decoded[1] // 2) == TEAL


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (solid_png(400, 300)[:120], "it could not be decoded"),
        (b"these are notes, not a picture", "it is not an image this app can read"),
        (png(100, 100, b"not compressed rows"), "it could not be decoded"),
    ],
    ids=["cut short", "not a picture", "garbage for pixels"],
)
def test_a_broken_file_is_refused_and_the_child_carries_on(
    decoder: DecoderProcess, data: bytes, reason: str
) -> None:
    decode(decoder, solid_png(10, 10))
    child = decoder.pid
    assert refusal(decoder, data).startswith(reason)
    assert decode(decoder, solid_png(10, 10)).width == 10
    assert decoder.pid == child


def test_a_huge_header_is_refused_before_any_pixel_is_decoded(decoder: DecoderProcess) -> None:
    header_only = png(20000, 20000, zlib.compress(b"\0" * 1000))
    assert refusal(decoder, header_only).startswith("it is 20,000 × 20,000 pixels, more than the 50 million")


def test_a_decompression_bomb_fails_in_the_child_for_want_of_memory(
    decoder: DecoderProcess, big_png: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under a tighter limit the biggest picture allowed is a bomb: the child says so and ends."""
    monkeypatch.setattr(image_process, "DECODE_MEMORY_BYTES", 100_000_000)
    decode(decoder, solid_png(10, 10))
    child = decoder.pid
    assert refusal(decoder, big_png) == "it could not be decoded in the 100.0 MB of memory a picture may use"
    assert decode(decoder, solid_png(10, 10)).width == 10  # a new child for the next picture
    assert decoder.pid not in (None, child)


def test_a_child_that_hangs_is_killed_and_the_next_picture_starts_another(
    decoder: DecoderProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(image_process, "DECODE_TIMEOUT_SECONDS", 1.0)
    decode(decoder, solid_png(10, 10))
    child = decoder.pid
    assert child is not None
    os.kill(child, signal.SIGSTOP)  # as good as a decoder in an endless loop: it never answers
    assert refusal(decoder, solid_png(20, 20)) == "it took longer than 1 s to decode"
    assert poll(
        lambda: True if not Path(f"/proc/{child}").exists() else None, "the child still there", 10, 0.05
    )
    assert decode(decoder, solid_png(30, 30)).width == 30
    assert decoder.pid not in (None, child)


def test_a_child_killed_mid_decode_ends_that_picture_and_not_the_next(
    decoder: DecoderProcess, big_png: bytes
) -> None:
    decode(decoder, solid_png(10, 10))
    child = decoder.pid
    assert child is not None
    idle = cpu_ticks(child)
    asked = _WAITER.submit(decoder.decode, big_png, 2400)
    poll(lambda: at_work(child, idle), "the child never started decoding", DEADLINE_S, 0.005)
    os.kill(child, signal.SIGKILL)
    with pytest.raises(ImageError) as caught:
        asked.result(timeout=DEADLINE_S)
    assert str(caught.value) == (
        "it could not be decoded: the decoder process was stopped by signal SIGKILL "
        "(killed, perhaps for lack of memory)"
    )
    assert decode(decoder, solid_png(30, 30)).width == 30
    assert decoder.pid not in (None, child)


def test_a_child_that_crashes_says_how(decoder: DecoderProcess, monkeypatch: pytest.MonkeyPatch) -> None:
    decode(decoder, solid_png(10, 10))
    child = decoder.pid
    assert child is not None
    os.kill(child, signal.SIGSTOP)
    resource.prlimit(child, resource.RLIMIT_CORE, (0, 0))  # (no core file)
    # The picture goes to this child: one that died before the decode asked for it would be
    # replaced by a fresh one, which decodes it (the race that made this test fail now and then).
    handed = threading.Event()
    child_of = DecoderProcess._child

    def to_this_child(self: DecoderProcess) -> tuple[object, object]:
        got = child_of(self)
        handed.set()
        return got

    monkeypatch.setattr(DecoderProcess, "_child", to_this_child)
    asked = _WAITER.submit(decoder.decode, solid_png(20, 20), 2400)
    assert handed.wait(DEADLINE_S)
    os.kill(child, signal.SIGABRT)  # (delivered when it goes on: as a decoder's abort() would be)
    os.kill(child, signal.SIGCONT)
    with pytest.raises(ImageError) as caught:
        asked.result(timeout=DEADLINE_S)
    assert str(caught.value) == "it could not be decoded: the decoder process was stopped by signal SIGABRT"
    assert decode(decoder, solid_png(30, 30)).width == 30
