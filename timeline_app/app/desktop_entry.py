"""Install the app's .desktop file, file types and icons for the current user (freedesktop.org menus,
docks and file managers)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline_app.app.file_types import OUR_TYPE
from timeline_app.app.paths import resources_dir

APP_ID = "timeline-app"
DESKTOP_FILE_NAME = f"{APP_ID}.desktop"
MIME_SOURCE_NAME = f"{APP_ID}.mime.xml"  # in resources/; installed as mime/packages/timeline-app.xml
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
_CACHE_TOOL_TIMEOUT_SECONDS = 30
# Characters that force an Exec argument into double quotes (Desktop Entry spec, "The Exec key").
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Characters that must be backslash-escaped inside a double-quoted Exec argument.
_EXEC_ESCAPED_IN_QUOTES = frozenset('"`$\\')


class DesktopEntryError(Exception):
    """The desktop entry cannot be installed; the message says why."""


def install_desktop_entry(data_home: Path | None = None, executable: str | None = None) -> list[Path]:
    """Install the .desktop file, the file types the app defines and the icons (the app's, and the
    same for its own document type) under ``data_home`` (default: $XDG_DATA_HOME or ~/.local/share).

    The installed entry's Exec= runs ``executable`` (default: the ``timeline-app`` command on PATH,
    else the one next to this Python, else ``python -m timeline_app``). Returns the written files.
    Installing again overwrites them. Refreshes the desktop, MIME and icon caches when their tools
    are installed. Raises DesktopEntryError when the bundled resources are missing or the files
    cannot be written.
    """
    resources = resources_dir()
    desktop_source = resources / DESKTOP_FILE_NAME
    svg_source = resources / f"{APP_ID}.svg"
    png_sources = {
        size: resources / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        for size in ICON_SIZES
    }
    mime_source = resources / MIME_SOURCE_NAME
    missing = [p for p in (desktop_source, mime_source, svg_source, *png_sources.values()) if not p.is_file()]
    if missing:
        names = ", ".join(str(p.relative_to(resources)) for p in missing)
        raise DesktopEntryError(f"cannot install the desktop entry: {resources} lacks {names}")

    home = data_home if data_home is not None else default_data_home()
    entry = rewrite_exec(desktop_source.read_text(encoding="utf-8"), exec_command(executable))
    applications = home / "applications"
    hicolor = home / "icons" / "hicolor"
    mime = home / "mime"
    document_icon = OUR_TYPE.replace("/", "-")  # the icon name the MIME spec derives from the type
    written: list[Path] = []
    try:
        applications.mkdir(parents=True, exist_ok=True)
        desktop_target = applications / DESKTOP_FILE_NAME
        desktop_target.write_text(entry, encoding="utf-8")
        written.append(desktop_target)
        copies = [
            (png_sources[size], hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png") for size in ICON_SIZES
        ]
        copies.append((svg_source, hicolor / "scalable" / "apps" / f"{APP_ID}.svg"))
        copies.append((mime_source, mime / "packages" / f"{APP_ID}.xml"))
        # A timeline file shows the app's icon in file managers.
        copies += [
            (png_sources[size], hicolor / f"{size}x{size}" / "mimetypes" / f"{document_icon}.png")
            for size in ICON_SIZES
        ]
        copies.append((svg_source, hicolor / "scalable" / "mimetypes" / f"{document_icon}.svg"))
        for source, target in copies:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            written.append(target)
    except OSError as error:
        raise DesktopEntryError(f"cannot install the desktop entry into {home}: {error}") from error

    _run_if_present("update-mime-database", str(mime))
    _run_if_present("update-desktop-database", "-q", str(applications))
    _run_if_present("gtk-update-icon-cache", "-q", "-f", "-t", str(hicolor))
    return written


def default_data_home() -> Path:
    """$XDG_DATA_HOME if it is an absolute path (as the Base Directory spec asks), else ~/.local/share."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


def exec_command(executable: str | None = None) -> list[str]:
    """The program and leading arguments that start the app, with an absolute program path."""
    if executable is not None:
        if Path(executable).is_absolute():
            return [executable]
        found = shutil.which(executable)
        if found is None:
            raise DesktopEntryError(f"cannot find the program {executable!r} for the desktop entry")
        return [str(Path(found).absolute())]
    if getattr(sys, "frozen", False):  # a PyInstaller bundle is its own program
        return [str(Path(sys.executable).absolute())]
    found = shutil.which(APP_ID)
    if found is not None:
        return [str(Path(found).absolute())]
    beside_python = Path(sys.executable).parent / APP_ID
    if beside_python.is_file() and os.access(beside_python, os.X_OK):
        return [str(beside_python.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "timeline_app"]


def quote_exec_argument(argument: str) -> str:
    """``argument`` as written in an Exec= value: quoted and escaped per the Desktop Entry spec."""
    if any(c in "\n\r" for c in argument):
        raise DesktopEntryError(f"a desktop entry cannot run a path with a line break: {argument!r}")
    if argument and not any(c in _EXEC_RESERVED for c in argument):
        quoted = argument
    else:
        quoted = '"' + "".join(f"\\{c}" if c in _EXEC_ESCAPED_IN_QUOTES else c for c in argument) + '"'
    # A literal % is written %%, and the key file's string escaping doubles every backslash.
    return quoted.replace("%", "%%").replace("\\", "\\\\")


def rewrite_exec(entry: str, command: Sequence[str]) -> str:
    """``entry`` with the program of each Exec= line replaced by ``command``, keeping the field codes."""
    program = " ".join(quote_exec_argument(argument) for argument in command)
    lines = entry.splitlines(keepends=True)
    rewritten = 0
    for number, line in enumerate(lines):
        if line.startswith("Exec="):
            value = line.removeprefix("Exec=").rstrip("\r\n")
            _, _, field_codes = value.partition(" ")
            ending = line[len(line.rstrip("\r\n")) :]
            lines[number] = f"Exec={program}{' ' + field_codes if field_codes else ''}{ending}"
            rewritten += 1
    if rewritten == 0:
        raise DesktopEntryError(f"{DESKTOP_FILE_NAME} has no Exec= line to point at the app")
    return "".join(lines)


def _run_if_present(tool: str, *arguments: str) -> None:
    """Run a cache-refreshing tool if it is installed; its absence or failure is not an error."""
    path = shutil.which(tool)
    if path is None:
        return
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(
            [path, *arguments], check=False, capture_output=True, timeout=_CACHE_TOOL_TIMEOUT_SECONDS
        )
