"""The file types the app opens, as the desktop (MIME types) and macOS (extensions) know them: one table.

resources/timeline-app.desktop lists these MIME types, resources/timeline-app.mime.xml defines
the ones the system lacks, and packaging/timeline-app.spec declares them to macOS; the tests
hold the three to this table and the table to the formats the loader reads.

TimelineJS files are plain JSON with nothing in their name to tell them apart, so the app does
not claim application/json: it would become a handler of every JSON file (package.json, editor
settings), and perhaps their default one. They open with File ▸ Open or "Open With".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from timeline_app.core.launch_link import SCHEME


@dataclass(frozen=True, slots=True)
class FileType:
    """One kind of file the app opens."""

    label: str  # for people (macOS's CFBundleTypeName)
    mime: str
    suffixes: tuple[str, ...]  # with the dot, as the loader's formats list them
    defined_here: bool = False  # the system does not know it: timeline-app.mime.xml defines it
    role: Literal["Editor", "Viewer"] = "Viewer"  # Editor: File ▸ Save writes it back


OUR_TYPE = "application/x-timeline+json"
FILE_TYPES: tuple[FileType, ...] = (
    FileType("Timeline", OUR_TYPE, (".timeline.json",), defined_here=True, role="Editor"),
    FileType("iCalendar", "text/calendar", (".ics", ".ical", ".ifb", ".icalendar")),
    FileType("CSV", "text/csv", (".csv",)),
    FileType("Tab-separated values", "text/tab-separated-values", (".tsv",)),
    FileType(
        "Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (".xlsx",)
    ),
    FileType("Excel macro-enabled workbook", "application/vnd.ms-excel.sheet.macroEnabled.12", (".xlsm",)),
    FileType("Excel binary workbook", "application/vnd.ms-excel.sheet.binary.macroEnabled.12", (".xlsb",)),
    FileType("Excel 97-2003 workbook", "application/vnd.ms-excel", (".xls",)),
    FileType("OpenDocument spreadsheet", "application/vnd.oasis.opendocument.spreadsheet", (".ods",)),
    FileType("Markwhen", "text/x-markwhen", (".mw",), defined_here=True),
    FileType(
        "The Timeline Project", "application/x-thetimelineproject+xml", (".timeline",), defined_here=True
    ),
)
LINK_HANDLER = f"x-scheme-handler/{SCHEME}"  # the desktop's name for "opens timeline-app: links"


def desktop_mime_types() -> list[str]:
    """The .desktop file's MimeType list: the file types, then the link scheme."""
    return [file_type.mime for file_type in FILE_TYPES] + [LINK_HANDLER]


def macos_document_types() -> list[dict[str, object]]:
    """CFBundleDocumentTypes for the app bundle's Info.plist: each type by its extensions and MIME
    type. macOS reads only a name's last extension, so our *.timeline.json is declared as .json,
    ranked Alternate: offered in "Open With" for any JSON, the default for none."""
    return [
        {
            "CFBundleTypeName": file_type.label,
            "CFBundleTypeRole": file_type.role,
            "CFBundleTypeExtensions": sorted({suffix.rsplit(".", 1)[-1] for suffix in file_type.suffixes}),
            "CFBundleTypeMIMETypes": [file_type.mime],
            "LSHandlerRank": "Alternate",
        }
        for file_type in FILE_TYPES
    ]


def macos_url_types() -> list[dict[str, object]]:
    """CFBundleURLTypes: the app opens timeline-app: links."""
    return [{"CFBundleURLName": "Timeline link", "CFBundleURLSchemes": [SCHEME]}]
