"""The app's file types: the table against the readers, the MIME XML and the bundle spec; the MIME XML
and the AppStream metainfo checked by the distribution's own tools; what a file manager then sees."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timeline_app import __version__
from timeline_app.app.desktop_entry import DESKTOP_FILE_NAME, MIME_SOURCE_NAME, install_desktop_entry
from timeline_app.app.file_types import (
    FILE_TYPES,
    OUR_TYPE,
    desktop_mime_types,
    macos_document_types,
    macos_url_types,
)
from timeline_app.app.paths import resources_dir
from timeline_app.io.formats import FORMATS

from .conftest import EVENTS_JSON, REPO_ROOT

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
MIME_XML = resources_dir() / MIME_SOURCE_NAME
METAINFO = next(resources_dir().glob("*.metainfo.xml"))
TOOL_TIMEOUT_S = 60


def needs(tool: str, package: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        shutil.which(tool) is None, reason=f"{tool} is not installed (Debian package {package})"
    )


def test_every_suffix_a_reader_takes_has_a_type_but_plain_json() -> None:
    read = {suffix for fmt in FORMATS.values() for suffix in fmt.suffixes}
    typed = {suffix for file_type in FILE_TYPES for suffix in file_type.suffixes}
    assert read - typed == {".json"}  # ours are *.timeline.json; TimelineJS's: see file_types.py
    assert len({file_type.mime for file_type in FILE_TYPES}) == len(FILE_TYPES)


def test_the_mime_xml_defines_exactly_the_types_the_table_says_with_their_globs() -> None:
    root = ET.parse(MIME_XML).getroot()
    defined = {
        element.get("type"): sorted(glob.get("pattern", "") for glob in element.iter(f"{MIME_NS}glob"))
        for element in root.iter(f"{MIME_NS}mime-type")
    }
    assert defined == {
        file_type.mime: sorted(f"*{suffix}" for suffix in file_type.suffixes)
        for file_type in FILE_TYPES
        if file_type.defined_here
    }


def test_the_bundle_declares_the_tables_types_to_macos() -> None:
    spec = (REPO_ROOT / "packaging" / "timeline-app.spec").read_text(encoding="utf-8")
    assert '"CFBundleDocumentTypes": macos_document_types()' in spec
    assert '"CFBundleURLTypes": macos_url_types()' in spec
    declared = macos_document_types()
    assert [entry["CFBundleTypeMIMETypes"] for entry in declared] == [[t.mime] for t in FILE_TYPES]
    ours = declared[0]
    assert ours["CFBundleTypeExtensions"] == ["json"]  # macOS sees only the last extension
    assert ours["CFBundleTypeRole"] == "Editor"
    assert declared[1]["CFBundleTypeExtensions"] == ["ical", "icalendar", "ics", "ifb"]
    assert macos_url_types() == [{"CFBundleURLName": "Timeline link", "CFBundleURLSchemes": ["timeline-app"]}]


@needs("xmllint", "libxml2-utils")
def test_the_mime_xml_is_well_formed_xml() -> None:
    result = subprocess.run(
        ["xmllint", "--noout", str(MIME_XML)],
        capture_output=True,
        text=True,
        timeout=TOOL_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@needs("update-mime-database", "shared-mime-info")
def test_update_mime_database_takes_the_installed_types_without_a_word(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    install_desktop_entry(data_home, executable="/opt/timeline/bin/timeline-app")
    mime = data_home / "mime"
    # Again by hand, to see what the tool says (install_desktop_entry keeps quiet about it).
    result = subprocess.run(
        ["update-mime-database", str(mime)],
        capture_output=True,
        text=True,
        timeout=TOOL_TIMEOUT_S,
        check=False,
        env={**os.environ, "XDG_DATA_HOME": str(data_home)},  # in the search path: no notice about it
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    globs = (mime / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"60:{OUR_TYPE}:*.timeline.json" in globs
    assert "50:text/x-markwhen:*.mw" in globs
    magic = (mime / "magic").read_bytes()
    assert b"[90:application/x-timeline+json]" in magic
    assert b"timeline.schema.json" in magic
    assert (mime / "application" / "x-timeline+json.xml").is_file()


def _installed(tmp_path: Path) -> tuple[dict[str, str], Path]:
    data_home = tmp_path / "data"
    install_desktop_entry(data_home, executable="/opt/timeline/bin/timeline-app")
    files = tmp_path / "files"
    files.mkdir()
    shutil.copyfile(EVENTS_JSON, files / "story.json")  # ours by content only
    shutil.copyfile(EVENTS_JSON, files / "story.timeline.json")
    (files / "package.json").write_text('{"name": "not a timeline"}')
    (files / "settings.json").write_text('{"$schema": "https://example.org/settings.schema.json"}')
    (files / "plan.mw").write_text("title: Plan\n2024-01: Start\n")
    shutil.copyfile(
        REPO_ROOT / "tests" / "data" / "categories_eras_containers.timeline", files / "old.timeline"
    )
    return {**os.environ, "XDG_DATA_HOME": str(data_home)}, files


@needs("update-mime-database", "shared-mime-info")
@needs("gio", "libglib2.0-bin")
def test_a_file_manager_tells_our_files_by_name_and_by_content(tmp_path: Path) -> None:
    """GLib's guess, as GNOME's Files and GTK's dialogs make it."""
    env, files = _installed(tmp_path)

    def content_type(name: str) -> str:
        result = subprocess.run(
            ["gio", "info", "-a", "standard::content-type", str(files / name)],
            capture_output=True,
            text=True,
            timeout=TOOL_TIMEOUT_S,
            check=True,
            env=env,
        )
        return result.stdout.rsplit("standard::content-type:", 1)[1].strip()

    assert content_type("story.timeline.json") == OUR_TYPE
    assert content_type("story.json") == OUR_TYPE  # the magic rule on "$schema"
    assert content_type("package.json") == "application/json"
    assert content_type("settings.json") == "application/schema+json"  # another "$schema": not ours
    assert content_type("plan.mw") == "text/x-markwhen"
    assert content_type("old.timeline") == "application/x-thetimelineproject+xml"


@needs("update-mime-database", "shared-mime-info")
def test_qt_tells_our_files_by_name(tmp_path: Path) -> None:
    """Qt's guess (KDE's Dolphin, Qt's file dialogs): by name, as Qt prefers a name to content."""
    env, files = _installed(tmp_path)
    code = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "print(' '.join(QMimeDatabase().mimeTypeForFile(p).name() for p in sys.argv[1:]))\n"
    )
    names = ["story.timeline.json", "plan.mw", "old.timeline", "package.json"]
    result = subprocess.run(
        [sys.executable, "-c", code, *(str(files / name) for name in names)],
        capture_output=True,
        text=True,
        timeout=TOOL_TIMEOUT_S,
        check=True,
        env=env,
    )
    assert result.stdout.split() == [
        OUR_TYPE,
        "text/x-markwhen",
        "application/x-thetimelineproject+xml",
        "application/json",
    ]


@needs("appstreamcli", "appstream")
def test_appstreamcli_validates_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=TOOL_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_names_the_desktop_file_and_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert METAINFO.name == f"{root.findtext('id')}.metainfo.xml"
    assert root.findtext("launchable") == DESKTOP_FILE_NAME
    release = root.find("releases/release")
    assert release is not None
    assert release.get("version") == __version__


def test_the_desktop_file_lists_the_link_scheme() -> None:
    assert desktop_mime_types()[-1] == "x-scheme-handler/timeline-app"
