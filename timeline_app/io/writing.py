"""Writing a file whole or not at all: a checked temporary file beside the target, synced, then renamed.

Exports never write over the file they were made from, never replace a device, pipe or
socket, and never leave half a file behind: a failure leaves the old target as it was and
says which target (not the hidden temporary file) could not be written.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path

from timeline_app.io.files import size_text

# New files get these permissions less the umask, as a plain open() would give them.
NEW_FILE_MODE = 0o666
TEMPORARY_NAME_ATTEMPTS = 16


class WriteError(Exception):
    """A file could not be written; the message names it and says why."""


def check_target(path: str | Path, protect: Iterable[str | Path] = ()) -> Path:
    """``path`` if a write may replace it: a new file, or a regular file that is none of ``protect``.

    Files are compared by what they are (device and inode), not by name, so that a link or
    another spelling of the same file is caught. Raises WriteError.
    """
    target = Path(path)
    try:
        info = target.stat()
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise WriteError(f"{target}: the folder {target.parent} does not exist") from None
        return target
    except OSError as error:
        raise WriteError(f"{target}: cannot be written: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        raise WriteError(f"{target}: is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise WriteError(f"{target}: is a device, pipe or socket, not a file an export may replace")
    for source in protect:
        with contextlib.suppress(OSError):
            if os.path.samefile(source, target):
                raise WriteError(f"{target}: is the file the timeline was read from; choose another name")
    return target


def write_file(path: str | Path, data: bytes, protect: Iterable[str | Path] = ()) -> None:
    """Replace ``path`` with ``data`` in one step, or raise WriteError and leave it as it was."""
    target = check_target(path, protect)
    try:
        fd, temporary = _create_beside(target)
    except OSError as error:
        raise WriteError(f"{target}: cannot be written: {error.strerror or error}") from None
    try:
        try:
            _write_all(fd, data)
            if target.exists():
                os.fchmod(fd, stat.S_IMODE(target.stat().st_mode))  # a replaced file keeps its permissions
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        reason = error.strerror or str(error)
        raise WriteError(f"{target}: could not be written ({size_text(len(data))}): {reason}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(target.parent)


def _write_all(fd: int, data: bytes) -> None:
    """Every byte of ``data`` to ``fd``; a short write is retried, an error raised."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _create_beside(target: Path) -> tuple[int, str]:
    """A new, exclusively created file next to ``target`` (a rename cannot cross file systems).

    Created with the mode a plain open() gives (the umask applies), never through a link.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _attempt in range(TEMPORARY_NAME_ATTEMPTS):
        name = str(target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial"))
        try:
            return os.open(name, flags, NEW_FILE_MODE), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
