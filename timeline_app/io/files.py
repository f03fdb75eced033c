"""A file's bytes, read safely: regular files only, the size checked before reading, failures in words."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase, PhraseError, Translatable
from timeline_app.io.errors import TimelineLoadError

# Bytes enough to tell a file's format: a CSV header row, a calendar's first line, a JSON head.
SNIFF_BYTES = 64 * 1024
# A load holds up to about this many bytes of memory per byte of file at its peak (200 MB of
# our JSON peaked at 1.6 GB): a file the machine cannot hold that way is refused before reading.
MEMORY_PER_FILE_BYTE = 8
# What a path that is no regular file is, said for a timeline file.
_KINDS = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("Loader", "is a folder, not a timeline file")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Loader", "is a named pipe (FIFO), not a timeline file")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Loader", "is a socket, not a timeline file")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Loader", "is a device, not a timeline file")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Loader", "is a block device, not a timeline file")),
)
_NOT_REGULAR = QT_TRANSLATE_NOOP("Loader", "is not a regular file, not a timeline file")
# The same for a file asked for by name (an image), as the end of "... cannot be shown: ...".
_FILE_KINDS = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("Images", "it is a folder, not a file")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Images", "it is a named pipe (FIFO), not a file")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Images", "it is a socket, not a file")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Images", "it is a device, not a file")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Images", "it is a block device, not a file")),
)
_NOT_A_REGULAR_FILE = QT_TRANSLATE_NOOP("Images", "it is not a regular file")


def read_file(path: str | Path) -> bytes:
    """The bytes of a regular file, or TimelineLoadError saying in plain words why not."""
    fd, _size = _open_regular(path)
    try:
        with os.fdopen(fd, "rb") as file:
            return file.read()
    except OSError as error:
        raise _read_error(path, error) from None


def read_head(path: str | Path, count: int = SNIFF_BYTES) -> tuple[bytes, int]:
    """The first ``count`` bytes of a regular file and its size, or TimelineLoadError."""
    fd, size = _open_regular(path)
    try:
        with os.fdopen(fd, "rb") as file:
            return file.read(count), size
    except OSError as error:
        raise _read_error(path, error) from None


class UnreadableFileError(PhraseError):
    """A file that was not read, and why: a whole clause marked in context "Images" ("it is a named
    pipe (FIFO), not a file") and its arguments; English by ``str``, translated where shown."""

    def __init__(self, reason: str | Phrase, *args: str | int | Translatable) -> None:
        super().__init__(reason if isinstance(reason, Phrase) else Phrase("Images", reason, args))


def read_limited(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path`` if it holds at most ``max_bytes``; else
    UnreadableFileError saying why not. Opened without blocking, like a timeline (a pipe is refused)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise UnreadableFileError(_reason(error)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((kind for test, kind in _FILE_KINDS if test(info.st_mode)), _NOT_A_REGULAR_FILE)
            raise UnreadableFileError(kind)
        if info.st_size > max_bytes:
            message = QT_TRANSLATE_NOOP("Images", "it is %1, more than the %2 read")
            raise UnreadableFileError(message, size_text(info.st_size), size_text(max_bytes))
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as file:
            fd = -1  # (closed by the file object)
            data = file.read(max_bytes + 1)
    except OSError as error:
        raise UnreadableFileError(_reason(error)) from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > max_bytes:  # it grew while being read
        raise UnreadableFileError(
            QT_TRANSLATE_NOOP("Images", "it is more than the %1 read"), size_text(max_bytes)
        )
    return data


def _reason(error: OSError) -> Phrase:
    if isinstance(error, IsADirectoryError):
        return Phrase("Images", _FILE_KINDS[0][1])
    if isinstance(error, FileNotFoundError):
        return Phrase("Images", QT_TRANSLATE_NOOP("Images", "no such file"))
    if isinstance(error, PermissionError):
        return Phrase("Images", QT_TRANSLATE_NOOP("Images", "permission denied: the file cannot be read"))
    return Phrase(
        "Images", QT_TRANSLATE_NOOP("Images", "it cannot be read: %1"), (error.strerror or str(error),)
    )


def physical_memory() -> int | None:
    """Bytes of memory in the machine, where the system says."""
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None


def size_text(size: float) -> str:
    """'4.2 GB', '730 kB', '12 bytes'."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{int(size)} bytes"


def _open_regular(path: str | Path) -> tuple[int, int]:
    """An open descriptor of the regular file at ``path`` and its size.

    Opened without blocking, so that a named pipe with no writer cannot hold the load for
    ever: it is then refused by its type, like devices (a link to /dev/zero would otherwise
    be read until memory runs out).
    """
    name = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise _read_error(path, error) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((kind for test, kind in _KINDS if test(info.st_mode)), _NOT_REGULAR)
            raise TimelineLoadError.single(name, kind)
        memory = physical_memory()
        if memory is not None and info.st_size * MEMORY_PER_FILE_BYTE > memory:
            message = QT_TRANSLATE_NOOP(
                "Loader", "the file is %1: loading it needs about %2 of memory and this machine has %3"
            )
            needed = size_text(info.st_size * MEMORY_PER_FILE_BYTE)
            raise TimelineLoadError.single(name, message, size_text(info.st_size), needed, size_text(memory))
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd, info.st_size


def _read_error(path: str | Path, error: OSError) -> TimelineLoadError:
    name = str(path)
    if isinstance(error, IsADirectoryError):
        return TimelineLoadError.single(name, _KINDS[0][1])
    if isinstance(error, FileNotFoundError):
        return TimelineLoadError.single(name, QT_TRANSLATE_NOOP("Loader", "no such file"))
    if isinstance(error, PermissionError):
        return TimelineLoadError.single(
            name, QT_TRANSLATE_NOOP("Loader", "permission denied: the file cannot be read")
        )
    return TimelineLoadError.single(
        name, QT_TRANSLATE_NOOP("Loader", "cannot be read: %1"), error.strerror or str(error)
    )
