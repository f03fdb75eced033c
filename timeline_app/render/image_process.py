"""Images decoded in a child process: a file's bytes in, raw pixels out, within a time and a memory limit.

Decoding runs Qt's image readers and the C libraries behind them (libpng, libjpeg, libwebp, …)
on whatever a file holds. In the app's process that would freeze the window for as long as a
picture takes (a 50-megapixel PNG takes a second or more) and let a hostile file that makes a
decoder slow, crash or allocate without end take the app with it; on a Python worker thread it
deadlocked (see ``image_loader``). A child has no GUI thread to deadlock with and can be killed:

- it is started on the first picture (from ``io.child_process``'s launcher, so it dies with the
  app) and kept for the next ones; starting one costs a fresh interpreter importing QtGui
  (docs/benchmarks.md has the figures);
- each picture must come back within DECODE_TIMEOUT_SECONDS, or the child is killed and the
  picture "took longer than … to decode"; the next picture starts a new child;
- a child that dies (killed, a segfault in a decoder, out of memory) ends its picture with the
  way it ended, never a wait;
- its address space is limited (RLIMIT_AS) to what its imports took plus DECODE_MEMORY_BYTES,
  so a decompression bomb fails in the child, which then says so and ends;
- the header checks of ``image_decoding`` (pixel count, allocation limit, scaled read) run in it.

The pixels come back as 32-bit RGB (premultiplied ARGB when the picture has alpha); the GUI
thread makes them a QImage with one copy (``DecodedPixels.to_image``).
"""

from __future__ import annotations

import os
import resource
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase
from timeline_app.io.child_process import EndWords, end_with_parent, how_it_ended, start_child
from timeline_app.io.files import size_text
from timeline_app.render.image_decoding import MAX_IMAGE_PIXELS, ImageError, decode_image

# A picture that has not come back from the decoder in this long is given up (its child killed).
# The biggest picture allowed (50 million pixels of PNG) takes 1-2 s on a busy 2-core machine.
DECODE_TIMEOUT_SECONDS = 20.0
# The address space a decoder may take beyond what its imports took. Decoding the biggest picture
# allowed peaks at about 430 MB (50 million pixels at 4 bytes, then its scaled copy); a bomb
# that makes a decoder allocate more fails here, not in the machine.
DECODE_MEMORY_BYTES = 800_000_000
# A decode that failed after the child's address space reached this share of its limit ran out of it.
NEAR_LIMIT = 0.85
# A child that ended is asked for its exit code this long before its end is told without it.
EXIT_WAIT_SECONDS = 1.0
# How a decoder's end is said (child_process.how_it_ended), after "it could not be decoded: ".
DECODER_END = EndWords(
    "Images",
    stuck=QT_TRANSLATE_NOOP("Images", "the decoder process stopped answering"),
    killed=QT_TRANSLATE_NOOP(
        "Images", "the decoder process was stopped by signal %1 (killed, perhaps for lack of memory)"
    ),
    signalled=QT_TRANSLATE_NOOP("Images", "the decoder process was stopped by signal %1"),
    exited=QT_TRANSLATE_NOOP("Images", "the decoder process ended with exit code %1"),
)
NOT_DECODED = QT_TRANSLATE_NOOP("Images", "it could not be decoded: %1")
_RGB32 = QImage.Format.Format_RGB32
_ARGB32 = QImage.Format.Format_ARGB32_Premultiplied


@dataclass(frozen=True, slots=True)
class DecodedPixels:
    """A decoded picture as the child sends it: size, row length in bytes, QImage format, pixels."""

    width: int
    height: int
    bytes_per_line: int
    format: int  # a QImage.Format value: Format_RGB32 or Format_ARGB32_Premultiplied
    pixels: bytes

    def to_image(self) -> QImage:
        """The picture as a QImage of its own (a copy: the QImage must not point into ``pixels``)."""
        view = QImage(self.pixels, self.width, self.height, self.bytes_per_line, QImage.Format(self.format))
        return view.copy()


class DecoderProcess:
    """The app's end of one decoder child, started when first needed; ``decode`` is called from
    one worker thread at a time (it blocks for as long as the child works)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # the child may be stopped from another thread (tests, a timeout)
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None

    @property
    def pid(self) -> int | None:
        """The running child's process id, or None when there is none."""
        with self._lock:
            alive = self._process is not None and self._process.is_alive()
            return self._process.pid if alive and self._process is not None else None

    def decode(self, data: bytes, max_width: int) -> DecodedPixels:
        """The picture in ``data`` decoded in the child, at most ``max_width`` pixels wide;
        ImageError with the reason in words (the decoder's, or how the child failed)."""
        process, connection = self._child()
        timed_out = threading.Event()

        def give_up() -> None:
            timed_out.set()
            process.kill()  # every wait below then ends (the pipe closes)

        timeout = DECODE_TIMEOUT_SECONDS
        watchdog = threading.Timer(timeout, give_up)
        watchdog.daemon = True
        watchdog.start()
        try:
            connection.send(max_width)
            connection.send_bytes(data)
            answer = connection.recv()
            if answer[0] == "image":
                _, width, height, bytes_per_line, kind = answer
                return DecodedPixels(width, height, bytes_per_line, kind, connection.recv_bytes())
            _, reason, ending = answer
            if ending:  # it ran out of memory: it ends, the next picture gets a fresh one
                self._forget(process)
            raise ImageError(reason)
        except (EOFError, OSError):  # the child died or was killed
            how = None if timed_out.is_set() else _ended(process)  # (asked before it is killed)
            self._forget(process)
            if how is None:
                took_long = QT_TRANSLATE_NOOP("Images", "it took longer than %1 s to decode")
                raise ImageError(took_long, f"{timeout:g}") from None
            raise ImageError(NOT_DECODED, how) from None
        finally:
            watchdog.cancel()

    def stop(self) -> None:
        """End the child, if any (it would end with the app anyway)."""
        with self._lock:
            process, connection = self._process, self._connection
            self._process = self._connection = None
        if process is not None:
            process.kill()
            process.join(EXIT_WAIT_SECONDS)
        if connection is not None:
            connection.close()

    def _child(self) -> tuple[BaseProcess, Connection]:
        with self._lock:
            if self._process is None or not self._process.is_alive() or self._connection is None:
                if self._connection is not None:
                    self._connection.close()
                try:
                    self._process, self._connection = start_child(_decoder_main, DECODE_MEMORY_BYTES)
                except OSError as error:  # no memory or no process slot left for it
                    self._process = self._connection = None
                    reason = QT_TRANSLATE_NOOP(
                        "Images", "it could not be decoded: no decoder process could start (%1)"
                    )
                    raise ImageError(reason, str(error)) from None
            return self._process, self._connection

    def _forget(self, process: BaseProcess) -> None:
        """Let go of ``process`` (dead or dying) so that the next picture starts a new child."""
        process.kill()
        process.join(EXIT_WAIT_SECONDS)  # (reaped: no zombie left)
        with self._lock:
            if self._process is process:
                if self._connection is not None:
                    self._connection.close()
                self._process = self._connection = None


def _ended(process: BaseProcess) -> Phrase:
    """How a child that stopped answering ended ("the decoder process was stopped by signal SIGSEGV")."""
    process.join(EXIT_WAIT_SECONDS)
    return how_it_ended(process.exitcode, DECODER_END)


# -- in the child ---------------------------------------------------------------------------


def _decoder_main(connection: Connection, parent: int, memory_bytes: int) -> None:
    """In the child: limit the address space, then decode picture after picture until the app
    closes the pipe. Each request is the width wanted, then the file's bytes."""
    end_with_parent(parent)
    limit = _limit_address_space(memory_bytes)
    while True:
        try:
            max_width = connection.recv()
            data = connection.recv_bytes()
        except EOFError:  # the app closed its end: no more pictures
            return
        try:
            image = _decoded(data, max_width)
        except (ImageError, MemoryError) as error:
            if limit is not None and _out_of_memory(data, limit):
                memory = QT_TRANSLATE_NOOP(
                    "Images", "it could not be decoded in the %1 of memory a picture may use"
                )
                connection.send(("error", Phrase("Images", memory, (size_text(memory_bytes),)), True))
                return  # a process that ran out of memory is no good for the next picture
            too_big = Phrase("Images", QT_TRANSLATE_NOOP("Images", "it is too big"))
            connection.send(("error", error.phrase if isinstance(error, ImageError) else too_big, False))
            del data
            continue
        del data
        answer = ("image", image.width(), image.height(), image.bytesPerLine(), image.format().value)
        connection.send(answer)
        connection.send_bytes(image.constBits())  # (no copy: the pipe reads the QImage's memory)
        del image


def _decoded(data: bytes, max_width: int) -> QImage:
    """``data`` decoded (``image_decoding``'s checks) in one of the two formats sent back; ImageError."""
    image = decode_image(data, max_width)
    image = image.convertToFormat(_ARGB32 if image.hasAlphaChannel() else _RGB32)
    if image.isNull():  # no memory for the converted copy
        raise ImageError(QT_TRANSLATE_NOOP("Images", "it could not be decoded"))
    return image


def _limit_address_space(memory_bytes: int) -> int | None:
    """Limit this process's address space to what it has now plus ``memory_bytes``; the limit, or None
    when the system cannot say or set it."""
    now = _address_space()
    if now is None:
        return None
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = now + memory_bytes
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        return None
    return limit


def _out_of_memory(data: bytes, limit: int) -> bool:
    """Whether a decode of ``data`` that failed did so for want of address space: it had grown
    near the limit, or the picture's pixels (from its header, when few enough to be decoded at
    all) would not fit in what was left."""
    if (_status_bytes(b"VmPeak:") or 0) >= NEAR_LIMIT * limit:
        return True
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    size = QImageReader(buffer).size()
    pixels = max(size.width(), 0) * max(size.height(), 0)
    if pixels > MAX_IMAGE_PIXELS:  # refused from its header, before any memory was asked for
        return False
    pixel_bytes = pixels * 4
    return (_address_space() or 0) + pixel_bytes >= NEAR_LIMIT * limit


def _address_space() -> int | None:
    return _status_bytes(b"VmSize:")


def _status_bytes(field: bytes) -> int | None:
    """A size from /proc/self/status (Linux), in bytes; None elsewhere."""
    try:
        with open(f"/proc/{os.getpid()}/status", "rb") as status:
            for line in status:
                if line.startswith(field):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None
