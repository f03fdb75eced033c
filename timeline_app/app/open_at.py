"""A window at an event or a range: a launch's --select and --view, applied once its file is shown.

What cannot be followed (an id the file lacks, a range that is no date) is said in the window's
notice bar and on stderr; the file opens all the same.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from timeline_app.app.main_window import MainWindow
from timeline_app.core.dates import format_point
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, Phrase, in_a_row
from timeline_app.core.launch_link import LinkError, OpenRequest, view_range
from timeline_app.view.viewport import Viewport
from timeline_app.viewmodel.view_model import TimelineViewModel

# A --view range fills the canvas but for this share of it free on each side.
VIEW_MARGIN = 0.02


def same_file(a: Path | None, b: Path | None) -> bool:
    """Whether two paths name one file (through links and relative parts)."""
    if a is None or b is None:
        return False
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a.absolute() == b.absolute()


def open_at(window: MainWindow, request: OpenRequest) -> None:
    """Show ``request.path`` in ``window`` (unless it shows it already) at the request's event or range.

    A file still to load gets them when it is shown; if it fails to load, they are dropped.
    """
    shows_it = request.path is None or same_file(window.files.path, request.path)
    if shows_it and not window.files.loading:
        go_to(window, request)
        return
    _wait_for_file(window, request)
    if not shows_it and request.path is not None:
        window.files.open_path(request.path)


def _wait_for_file(window: MainWindow, request: OpenRequest) -> None:
    if request.select is None and request.view is None:
        return
    # Once: the next file the window shows is this one, or its load failed and it is another.
    window.files.path_changed.connect(
        lambda path: _file_shown(window, request, path), Qt.ConnectionType.SingleShotConnection
    )


def _file_shown(window: MainWindow, request: OpenRequest, path: Path | None) -> None:
    if request.path is None or same_file(path, request.path):
        go_to(window, request)


def go_to(window: MainWindow, request: OpenRequest) -> list[str]:
    """Frame the request's range and select its event in the window's timeline; the problems,
    also shown in the notice bar (in the window's language) and written to stderr (in English)."""
    problems: list[Phrase] = []
    model = window.model
    name: str | Phrase = (
        window.files.path.name
        if window.files.path
        else Phrase("Links", QT_TRANSLATE_NOOP("Links", "this timeline"))
    )
    if request.view is not None:
        try:
            start, end = view_range(request.view)
        except LinkError as error:
            problems.append(error.phrase)
        else:
            data = model.timeline.time_range()
            low = start if math.isfinite(start) else (data[0] if data else model.bounds.low)
            high = end if math.isfinite(end) else (data[1] if data else model.bounds.high)
            if data is not None and (high < data[0] or low > data[1]):
                # The view may not leave the timeline's bounds: clamped, it would show empty years.
                model.fit_all()
                problems.append(_outside(request.view, name, model))
            else:
                model.set_viewport(Viewport.showing(low, high, model.viewport.width, VIEW_MARGIN))
    if request.select is not None:
        event = model.timeline.events.index_of(request.select)
        if event is None:
            message = QT_TRANSLATE_NOOP("Links", "--select: %1 has no event with the id %2")
            problems.append(Phrase("Links", message, (name, repr(request.select))))
        else:
            model.select(event)
            if request.view is None:
                model.bring_into_view(event)
            window.canvas.scroll_to_event(event)
    if problems:
        shown = [problem.translated() for problem in problems]
        window.notice_bar.show_notice(in_a_row(shown), "\n".join(shown), ())
        for problem in problems:
            print(f"timeline-app: {problem}", file=sys.stderr)
    return [str(problem) for problem in problems]


def _outside(view: str, name: str | Phrase, model: TimelineViewModel) -> Phrase:
    """A --view range outside the timeline, and where the timeline runs when both its ends are known.

    (The dates are written as the window writes them, on stderr too.)"""
    first, last = model.timeline.earliest_index(), model.timeline.latest_index()
    events = model.timeline.events
    lower = events[first].date.lower if first is not None else None
    upper = events[last].date.upper if last is not None else None
    if lower is None or upper is None:
        message = QT_TRANSLATE_NOOP("Links", "--view %1 lies outside %2; showing all of it")
        return Phrase("Links", message, (repr(view), name))
    message = QT_TRANSLATE_NOOP(
        "Links", "--view %1 lies outside %2 (it runs from %3 to %4); showing all of it"
    )
    return Phrase("Links", message, (repr(view), name, format_point(lower), format_point(upper)))
