"""Command line of the app: parse arguments, run the headless commands, or start the GUI."""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app import __version__
from timeline_app.app.paths import default_timeline
from timeline_app.core.dates import EdtfDate, format_date, format_point
from timeline_app.core.launch_link import (
    LinkError,
    OpenRequest,
    file_uri_path,
    is_link,
    parse_link,
    split_fragment,
    view_range,
)
from timeline_app.core.timeline import Timeline
from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.formats import export_any, export_formats
from timeline_app.io.formats.column_mapping import ColumnMapping, MappingError, read_mapping_file
from timeline_app.io.load_process import load_file
from timeline_app.io.writing import WriteError

if TYPE_CHECKING:  # Qt's network module is imported only when a window is asked for
    from timeline_app.app.single_instance import HandOver

EXIT_OK = 0
EXIT_BAD_FILE = 2
MIN_EXPORT_PX = 200
# Kept here (not imported from export.py) so that data exports never load Qt.
IMAGE_SUFFIXES = (".png", ".svg", ".pdf")
# appearance.Appearance's values (a test holds them equal), kept here for the same reason.
APPEARANCES = ("system", "light", "dark", "high-contrast-light", "high-contrast-dark")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="Open a timeline file in a zoomable chronological view.",
    )
    parser.add_argument(
        "file",
        nargs="?",
        help="timeline file: our JSON, TimelineJS JSON, CSV or TSV, a spreadsheet (.xlsx, .ods), "
        "Markwhen (.mw), The Timeline Project (.timeline) or iCalendar "
        "(default: ./events.json or the bundled one); or FILE#ID, or a timeline-app: link",
    )
    parser.add_argument("--select", metavar="ID", help="open at the event with this id")
    parser.add_argument(
        "--view", metavar="RANGE", help="open showing this EDTF date or interval, e.g. 2023-01/2024-06"
    )
    parser.add_argument(
        "--new-instance",
        action="store_true",
        help="open a window in a process of its own, even when the app is already running",
    )
    parser.add_argument(
        "--check", metavar="FILE", type=Path, help="validate FILE, print a one-line summary, and exit"
    )
    parser.add_argument(
        "--export",
        metavar="OUT",
        type=Path,
        help="write the whole timeline to OUT and exit: an image (.png, .svg, .pdf) or data "
        "(.json, .csv, .ics; --format timelinejs for TimelineJS JSON)",
    )
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=_size,
        default=None,
        help="size of an exported image, in pixels for SVG and PDF (default 1600x1000); "
        "a PNG is drawn at twice that (3200x2000) to stay sharp",
    )
    parser.add_argument(
        "--format",
        choices=sorted(fmt.name for fmt in export_formats()),
        help="data format for --export when the extension is ambiguous (.json: native or timelinejs)",
    )
    parser.add_argument(
        "--mapping",
        metavar="MAP.json",
        type=Path,
        help="for --check and --export of a spreadsheet or CSV: which column holds which field, "
        'as {"date": "Start Date", "title": "Event", "lane": "Layer"} (default: guessed from the headers)',
    )
    parser.add_argument(
        "--from-article",
        metavar="ARTICLE",
        type=Path,
        help="draft a timeline from a news article (.txt, .md, .html) and review it; "
        "with --export OUT.json, write the draft and exit",
    )
    parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="for --from-article: the article's publication date, which relative dates "
        "resolve against (default: what the article's metadata or dateline says)",
    )
    parser.add_argument(
        "--publisher",
        metavar="NAME",
        help="for --from-article: who published it, the source of what the article states "
        "(default: the page's metadata, a dateline's agency or an image credit)",
    )
    parser.add_argument(
        "--appearance",
        choices=APPEARANCES,
        help="colour scheme for this run and for an image --export: system (follows the "
        "desktop's colour scheme and its high contrast setting), light, dark, "
        "high-contrast-light or high-contrast-dark (default: the window's last choice; an "
        "exported image's is the system's)",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add the app to this user's application menu and exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text)
    if match is None or min(int(match[1]), int(match[2])) < MIN_EXPORT_PX:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a size like 1600x1000 (at least {MIN_EXPORT_PX}x{MIN_EXPORT_PX})"
        )
    return int(match[1]), int(match[2])


def summary_line(name: str, timeline: Timeline) -> str:
    """'events.json: 15 events, from 2010 to 2030' for --check."""
    events = timeline.events
    count = len(events)
    noun = "event" if count == 1 else "events"
    first, last = timeline.earliest_index(), timeline.latest_index()
    if first is None or last is None:
        return f"{name}: 0 events"
    earliest, latest = _earliest_text(events[first].date), _latest_text(events[last].date)
    return f"{name}: {count:,} {noun}, from {earliest} to {latest}"


def _earliest_text(date: EdtfDate) -> str:
    # An open or unknown start is no date to run "from": say so, then the event's own words.
    return format_point(date.lower) if date.lower is not None else f"no start ({format_date(date)})"


def _latest_text(date: EdtfDate) -> str:
    return format_point(date.upper) if date.upper is not None else f"no end ({format_date(date)})"


def read_mapping(path: Path | None) -> ColumnMapping | None:
    """The column mapping in a --mapping file; MappingError (naming the file) when it is not one."""
    if path is None:
        return None
    try:
        return read_mapping_file(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise MappingError(f"{path}: cannot be read ({error})") from None
    except MappingError as error:
        raise MappingError(f"{path}: {error}") from None


def run_check(path: Path, mapping: ColumnMapping | None = None) -> int:
    """Validate one file: a summary on stdout and exit 0, or its problems on stderr and exit 2."""
    try:
        # One file, no window: no loader for a next, and in this process unless it might not fit.
        timeline = load_file(path, mapping=mapping, spare=False, isolate=False)
    except TimelineLoadError as error:
        print(error.report(), file=sys.stderr)
        return EXIT_BAD_FILE
    print(summary_line(str(path), timeline))
    return EXIT_OK


def run_export(
    out: Path,
    path: Path | None,
    size: tuple[int, int] | None,
    data_format: str | None,
    mapping: ColumnMapping | None = None,
    appearance: str | None = None,
) -> int:
    """Write a timeline file (any known format) as an image or as data, without a window; an
    image in ``appearance``'s colours when given (else the system's)."""
    source = path or default_timeline()
    try:
        timeline = load_file(source, mapping=mapping, spare=False, isolate=False)
    except TimelineLoadError as error:
        print(error.report(), file=sys.stderr)
        return EXIT_BAD_FILE
    if data_format is not None or out.suffix.lower() not in IMAGE_SUFFIXES:
        return _export_data(timeline, out, data_format, source)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # exporting needs no screen
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from timeline_app.app.appearance import HIGH_CONTRAST, Appearance, palette_for
    from timeline_app.render.export import DEFAULT_EXPORT_SIZE, export_image
    from timeline_app.render.theme import HIGH_CONTRAST_PROPERTY
    from timeline_app.view.scene import Scene

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    chosen = Appearance(appearance or Appearance.SYSTEM)
    # The theme reads high contrast from the application (as the window's does); an application
    # that was already there (an embedder's, a test's) gets its own setting back.
    was_high_contrast = app.property(HIGH_CONTRAST_PROPERTY)
    app.setProperty(HIGH_CONTRAST_PROPERTY, chosen in HIGH_CONTRAST)
    try:
        image_size = QSize(*size) if size else DEFAULT_EXPORT_SIZE
        scene = Scene.whole(timeline, image_size.width())
        export_image(
            scene,
            out,
            image_size,
            palette_for(chosen),
            protect=[source],
            image_folder=Path(source).parent,
        )
    except WriteError as error:
        print(f"timeline-app: {error}", file=sys.stderr)
        return EXIT_BAD_FILE
    finally:
        app.setProperty(HIGH_CONTRAST_PROPERTY, was_high_contrast)
    print(f"wrote {out}")
    return EXIT_OK


def _export_data(timeline: Timeline, out: Path, data_format: str | None, source: Path) -> int:
    try:
        skipped = export_any(timeline, out, data_format, protect=[source])
    except (ValueError, WriteError) as error:
        print(f"timeline-app: {error}", file=sys.stderr)
        return EXIT_BAD_FILE
    if skipped:
        print(
            f"timeline-app: {len(skipped)} events cannot be written to {out.name}: {', '.join(skipped[:10])}",
            file=sys.stderr,
        )
    print(f"wrote {out}")
    return EXIT_OK


def run_draft_export(
    article: Path, published: str | None, publisher: str | None, out: Path, data_format: str | None
) -> int:
    """Draft a timeline from ``article`` and write it to ``out``: exit 0, or 2 with the reason."""
    from timeline_app.article import draft_timeline

    try:
        timeline = draft_timeline(article, published, publisher)
    except TimelineLoadError as error:
        print(error.report(), file=sys.stderr)
        return EXIT_BAD_FILE
    return _export_data(timeline, out, data_format, article)


def run_install_desktop_entry() -> int:
    """Install the .desktop file and icons for this user."""
    from timeline_app.app.desktop_entry import DesktopEntryError, install_desktop_entry

    try:
        written = install_desktop_entry()
    except DesktopEntryError as error:
        print(f"timeline-app: {error}", file=sys.stderr)
        return EXIT_BAD_FILE
    for path in written:
        print(f"installed {path}")
    return EXIT_OK


def launch_request(args: argparse.Namespace) -> OpenRequest:
    """What the command line asks a window to open: FILE, FILE#ID or a link, with --select and
    --view (which win over a link's own). Problems are written to stderr; the file opens anyway."""
    select, view, path = args.select, args.view, None
    if args.file is not None and is_link(args.file):
        try:
            linked = parse_link(args.file)
        except LinkError as error:
            print(f"timeline-app: {error}", file=sys.stderr)
        else:
            path, select, view = linked.path, select or linked.select, view or linked.view
    elif args.file is not None:
        try:
            path = file_uri_path(args.file)  # the desktop entry's %u may pass a file as a URI
        except LinkError as error:
            print(f"timeline-app: {error}", file=sys.stderr)  # then the default file opens
        else:
            if path is None:
                path, fragment = split_fragment(args.file, Path.exists)
                select = select or fragment
    if view is not None:
        try:
            view_range(view)
        except LinkError as error:
            print(f"timeline-app: {error}; opening without it", file=sys.stderr)
            view = None
    # Absolute: a running app that opens it has another current folder.
    return OpenRequest(None if path is None else path.absolute(), select, view)


def hand_to_running_app(request: OpenRequest) -> HandOver:
    """Give the request to this user's running app, if any; a failure to is said on stderr."""
    from timeline_app.app.single_instance import HandOver, hand_over

    result = hand_over(request)
    if result.outcome in (HandOver.NO_ANSWER, HandOver.REFUSED):
        print(f"timeline-app: {result.message}; opening a window of its own", file=sys.stderr)
    return result.outcome


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # big files load in a child process, also when frozen
    args = build_parser().parse_args(argv)
    if args.from_article is not None and args.export is not None:
        return run_draft_export(args.from_article, args.published, args.publisher, args.export, args.format)
    if args.file is not None and (args.check is not None or args.export is not None):
        args.file = Path(args.file)
    if args.check is not None or args.export is not None:
        try:
            mapping = read_mapping(args.mapping)
        except MappingError as error:
            print(f"timeline-app: --mapping {error}", file=sys.stderr)
            return EXIT_BAD_FILE
        if args.check is not None:
            return run_check(args.check, mapping)
        return run_export(args.export, args.file, args.size, args.format, mapping, args.appearance)
    if args.install_desktop_entry:
        return run_install_desktop_entry()
    request = launch_request(args)
    serve = False
    # A running app takes the file; --check and --export never get here, and an article to
    # review (--from-article) opens in a process of its own: the hand-over carries files only.
    if not args.new_instance and args.from_article is None:
        from timeline_app.app.single_instance import HandOver

        outcome = hand_to_running_app(request)
        if outcome is HandOver.HANDED:
            return EXIT_OK
        serve = outcome is HandOver.NO_SERVER  # one that does not answer keeps its name
    # What start-up makes (modules, classes, the window) lives as long as the app and is nearly
    # all without cycles: the collector's passes over it only delay the first frame (~30 ms).
    # run_gui turns the collector back on once the window is shown.
    gc.disable()
    try:
        from timeline_app.app.gui import run_gui  # Qt is imported only when a window is needed.

        return run_gui(request, args.appearance, args.from_article, args.published, serve=serve)
    finally:
        gc.enable()
