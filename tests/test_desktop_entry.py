"""Tests of the shipped .desktop file and icons and of installing them for the user."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest

from timeline_app.app import desktop_entry
from timeline_app.app.desktop_entry import (
    APP_ID,
    DESKTOP_FILE_NAME,
    ICON_SIZES,
    MIME_SOURCE_NAME,
    DesktopEntryError,
    install_desktop_entry,
    quote_exec_argument,
)
from timeline_app.app.file_types import desktop_mime_types
from timeline_app.app.paths import resources_dir

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_COLOR_TYPE_RGBA = 6
SVG_NAMESPACE = "{http://www.w3.org/2000/svg}"
FAKE_EXECUTABLE = "/opt/timeline/bin/timeline-app"

needs_validator = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (Debian package desktop-file-utils)",
)


def validate(desktop_file: Path) -> None:
    """Fail on any error, warning or hint from desktop-file-validate."""
    result = subprocess.run(
        ["desktop-file-validate", str(desktop_file)], capture_output=True, text=True, check=False
    )
    report = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, report
    assert report == ""


def desktop_keys(desktop_file: Path) -> dict[str, str]:
    """The keys of the [Desktop Entry] group."""
    keys: dict[str, str] = {}
    group = ""
    for line in desktop_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line
        elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            keys[key] = value
    return keys


def png_header(png: Path) -> tuple[int, int, int]:
    """Width, height and colour type from the PNG's IHDR chunk."""
    data = png.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{png} is not a PNG"
    length, chunk_type = struct.unpack(">I4s", data[8:16])
    assert chunk_type == b"IHDR"
    assert length == 13
    width, height, _bit_depth, color_type = struct.unpack(">IIBB", data[16:26])
    return width, height, color_type


def png_top_left_alpha(png: Path) -> int:
    """Alpha of the top-left pixel of an 8-bit RGBA PNG.

    Every PNG filter leaves the first pixel of the first row unchanged, so no unfiltering is needed.
    """
    data = png.read_bytes()
    position, compressed = 8, b""
    while position < len(data):
        length, chunk_type = struct.unpack(">I4s", data[position : position + 8])
        if chunk_type == b"IDAT":
            compressed += data[position + 8 : position + 8 + length]
        position += 12 + length
    first_row = zlib.decompressobj().decompress(compressed, 5)
    return first_row[4]  # a filter-type byte, then R, G, B, A


def shipped_png(size: int) -> Path:
    return resources_dir() / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


@pytest.fixture
def data_home(tmp_path: Path) -> Path:
    return tmp_path / "xdg data"


@needs_validator
def test_shipped_desktop_file_validates() -> None:
    validate(resources_dir() / DESKTOP_FILE_NAME)


def test_shipped_desktop_file_keys() -> None:
    keys = desktop_keys(resources_dir() / DESKTOP_FILE_NAME)
    assert keys["Type"] == "Application"
    assert keys["Name"] == "Timeline"
    assert keys["Exec"] == "timeline-app %u"  # %u: a timeline-app: link, or a file as path or URI
    assert keys["Icon"] == APP_ID
    assert keys["Terminal"] == "false"
    assert keys["StartupWMClass"] == APP_ID
    assert keys["MimeType"] == ";".join(desktop_mime_types()) + ";"
    assert "application/json" not in keys["MimeType"].split(";")


@pytest.mark.parametrize("size", ICON_SIZES)
def test_shipped_pngs_have_their_size_and_a_transparent_corner(size: int) -> None:
    png = shipped_png(size)
    assert png_header(png) == (size, size, PNG_COLOR_TYPE_RGBA)
    assert png_top_left_alpha(png) == 0


def test_install_writes_entry_and_icons(data_home: Path) -> None:
    written = install_desktop_entry(data_home, executable=FAKE_EXECUTABLE)

    desktop = data_home / "applications" / DESKTOP_FILE_NAME
    pngs = [data_home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES]
    svg = data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    mime = data_home / "mime" / "packages" / f"{APP_ID}.xml"
    document = "application-x-timeline+json"
    document_icons = [
        data_home / "icons" / "hicolor" / f"{n}x{n}" / "mimetypes" / f"{document}.png" for n in ICON_SIZES
    ]
    document_svg = data_home / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{document}.svg"
    assert written == [desktop, *pngs, svg, mime, *document_icons, document_svg]
    assert mime.read_bytes() == (resources_dir() / MIME_SOURCE_NAME).read_bytes()
    assert all(path.is_file() for path in written)
    assert desktop_keys(desktop)["Exec"] == f"{FAKE_EXECUTABLE} %u"
    for size, png in zip(ICON_SIZES, pngs, strict=True):
        assert png_header(png) == (size, size, PNG_COLOR_TYPE_RGBA)
    root = ET.parse(svg).getroot()
    assert root.tag == f"{SVG_NAMESPACE}svg"
    assert root.get("viewBox") == "0 0 256 256"


@needs_validator
def test_installed_entry_validates(data_home: Path) -> None:
    install_desktop_entry(data_home, executable=FAKE_EXECUTABLE)
    validate(data_home / "applications" / DESKTOP_FILE_NAME)


@needs_validator
def test_executable_with_spaces_is_quoted(data_home: Path) -> None:
    install_desktop_entry(data_home, executable="/home/ann/My Apps/timeline-app")
    desktop = data_home / "applications" / DESKTOP_FILE_NAME
    assert desktop_keys(desktop)["Exec"] == '"/home/ann/My Apps/timeline-app" %u'
    validate(desktop)


def test_install_twice_overwrites(data_home: Path) -> None:
    install_desktop_entry(data_home, executable="/first/timeline-app")
    install_desktop_entry(data_home, executable=FAKE_EXECUTABLE)
    assert desktop_keys(data_home / "applications" / DESKTOP_FILE_NAME)["Exec"] == f"{FAKE_EXECUTABLE} %u"


def test_default_data_home_follows_xdg(data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    written = install_desktop_entry(executable=FAKE_EXECUTABLE)
    assert written[0] == data_home / "applications" / DESKTOP_FILE_NAME


def test_relative_xdg_data_home_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop_entry.default_data_home() == tmp_path / ".local" / "share"


def test_default_executable_falls_back_to_python_module(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    python = tmp_path / "py env" / "bin" / "python3"
    monkeypatch.setattr(shutil, "which", lambda _name: None)  # no timeline-app and no cache tools
    monkeypatch.setattr(sys, "executable", str(python))
    install_desktop_entry(data_home)
    exec_line = desktop_keys(data_home / "applications" / DESKTOP_FILE_NAME)["Exec"]
    assert exec_line == f'"{python}" -m timeline_app %u'


def test_default_executable_is_the_command_on_path(data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: FAKE_EXECUTABLE if name == APP_ID else None)
    install_desktop_entry(data_home)
    assert desktop_keys(data_home / "applications" / DESKTOP_FILE_NAME)["Exec"] == f"{FAKE_EXECUTABLE} %u"


def test_missing_cache_tools_are_not_an_error(data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(data_home / "empty"))
    assert install_desktop_entry(data_home, executable=FAKE_EXECUTABLE)


def test_missing_resources_raise_a_clear_error(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setattr(desktop_entry, "resources_dir", lambda: empty)
    with pytest.raises(DesktopEntryError, match=r"lacks timeline-app\.desktop"):
        install_desktop_entry(data_home, executable=FAKE_EXECUTABLE)
    assert not data_home.exists()


def test_unknown_relative_executable_raises(data_home: Path) -> None:
    with pytest.raises(DesktopEntryError, match="cannot find the program"):
        install_desktop_entry(data_home, executable="no-such-timeline-program")


@pytest.mark.parametrize(
    ("argument", "written"),
    [
        ("/usr/bin/timeline-app", "/usr/bin/timeline-app"),
        ("/a b/app", '"/a b/app"'),
        ('/a"b/app', '"/a\\\\"b/app"'),
        ("/a$b/app", '"/a\\\\$b/app"'),
        ("/a\\b/app", '"/a\\\\\\\\b/app"'),
        ("/100%/app", "/100%%/app"),
    ],
)
def test_quote_exec_argument(argument: str, written: str) -> None:
    assert quote_exec_argument(argument) == written
