"""Opening at an event or a range, requests from other launches and macOS, Copy Link and Go ▸ Today."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.app.main_window import MainWindow
from timeline_app.app.open_at import VIEW_MARGIN, go_to
from timeline_app.app.settings import AppSettings
from timeline_app.app.windows import WindowRouter
from timeline_app.core.calendar import seconds_from_civil
from timeline_app.core.launch_link import OpenRequest, link_for, parse_link, view_range

from .conftest import EVENTS_JSON

LOAD_TIMEOUT_MS = 20_000


@pytest.fixture
def stories(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    shutil.copyfile(EVENTS_JSON, first)
    shutil.copyfile(EVENTS_JSON, second)
    return first, second


@pytest.fixture
def router(qtbot: QtBot, isolated_settings: Path) -> Iterator[WindowRouter]:
    made = WindowRouter(AppSettings())
    yield made
    for window in made.windows:
        window.close()


def loaded(qtbot: QtBot, window: MainWindow, path: Path) -> MainWindow:
    qtbot.waitUntil(lambda: window.files.path == path and not window.files.loading, timeout=LOAD_TIMEOUT_MS)
    return window


def action(window: MainWindow, name: str) -> QAction:
    """The window's menu action of this object name."""
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def selected_id(window: MainWindow) -> str | None:
    selected = window.model.selected
    return None if selected is None else window.model.timeline.events.ids[selected]


def test_the_first_window_opens_at_the_event_asked_for(
    qtbot: QtBot, router: WindowRouter, stories: tuple[Path, Path]
) -> None:
    window = router.open_first(OpenRequest(stories[0], select="vw-xpeng-stake"))
    qtbot.waitUntil(lambda: selected_id(window) == "vw-xpeng-stake", timeout=LOAD_TIMEOUT_MS)
    view = window.model.viewport
    assert view.t0 <= seconds_from_civil(2023, 7, 26) <= view.t1
    assert window.notice_bar.isHidden()


def test_the_first_window_frames_the_range_asked_for(
    qtbot: QtBot, router: WindowRouter, stories: tuple[Path, Path]
) -> None:
    window = loaded(qtbot, router.open_first(OpenRequest(stories[0], view="2023-01/2024-06")), stories[0])
    start, end = seconds_from_civil(2023, 1, 1), seconds_from_civil(2024, 7, 1)
    view = window.model.viewport
    margin = (end - start) * VIEW_MARGIN
    assert view.t0 == pytest.approx(start - margin, rel=1e-9)
    assert view.t1 == pytest.approx(end + margin, rel=1e-9)


def test_an_unknown_id_and_a_range_outside_are_said_and_the_file_opens(
    qtbot: QtBot, router: WindowRouter, stories: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    window = router.open_first(OpenRequest(stories[0], select="no-such-event", view="1850/1860"))
    qtbot.waitUntil(window.notice_bar.isVisible, timeout=LOAD_TIMEOUT_MS)
    text = window.notice_bar.label.text()
    assert "first.json has no event with the id 'no-such-event'" in text
    assert "--view '1850/1860' lies outside first.json (it runs from 2010 to 2030); showing all of it" in text
    fitted = window.model.viewport
    window.model.fit_all()
    assert window.model.viewport == fitted
    assert len(window.model.timeline.events) == 15
    assert window.model.selected is None
    err = capsys.readouterr().err
    assert "timeline-app: --select: first.json has no event with the id 'no-such-event'" in err


def test_a_bad_range_in_a_request_is_said(window: MainWindow, capsys: pytest.CaptureFixture[str]) -> None:
    before = window.model.viewport
    problems = go_to(window, OpenRequest(None, view="2023-13"))
    assert problems == ["--view '2023-13': '2023-13' is not a valid date: month 13 does not exist"]
    assert window.model.viewport == before
    assert window.notice_bar.label.text() == problems[0]
    assert problems[0] in capsys.readouterr().err


def test_another_launch_gets_a_new_window_by_default(
    qtbot: QtBot, router: WindowRouter, stories: tuple[Path, Path]
) -> None:
    first = loaded(qtbot, router.open_first(OpenRequest(stories[0])), stories[0])
    second = router.open_request(OpenRequest(stories[1], select="jlr-rebrand"))
    assert second is not first
    assert router.windows == [first, second]
    qtbot.waitUntil(lambda: selected_id(second) == "jlr-rebrand", timeout=LOAD_TIMEOUT_MS)
    assert first.files.path == stories[0]


def test_with_the_setting_off_another_launch_replaces_the_current_windows_file(
    qtbot: QtBot, router: WindowRouter, stories: tuple[Path, Path]
) -> None:
    first = loaded(qtbot, router.open_first(OpenRequest(stories[0])), stories[0])
    action(first, "actionLaunchesInNewWindow").trigger()  # the File menu item
    assert AppSettings().launches_in_new_window is False
    window = router.open_request(OpenRequest(stories[1], view="2024"))
    assert window is first
    assert router.windows == [first]
    loaded(qtbot, first, stories[1])
    assert first.model.viewport.span < seconds_from_civil(2026) - seconds_from_civil(2024)


def test_a_file_already_shown_is_brought_forward_and_moved_to_the_event(
    qtbot: QtBot, router: WindowRouter, stories: tuple[Path, Path]
) -> None:
    first = loaded(qtbot, router.open_first(OpenRequest(stories[0])), stories[0])
    first.showMinimized()
    window = router.open_request(OpenRequest(stories[0], select="chery-jlr-denial"))
    assert window is first
    assert router.windows == [first]
    assert selected_id(first) == "chery-jlr-denial"  # at once: nothing to load
    assert not first.isMinimized()


def test_a_closed_window_leaves_the_router(
    qtbot: QtBot, router: WindowRouter, stories: tuple[Path, Path]
) -> None:
    first = loaded(qtbot, router.open_first(OpenRequest(stories[0])), stories[0])
    second = loaded(qtbot, router.open_request(OpenRequest(stories[1])), stories[1])
    first.close()
    qtbot.waitUntil(lambda: router.windows == [second])


def test_macos_file_open_events_open_files_and_links(
    qtbot: QtBot, qapp: QApplication, router: WindowRouter, stories: tuple[Path, Path]
) -> None:
    first = loaded(qtbot, router.open_first(OpenRequest(stories[0])), stories[0])
    router.watch_file_open_events(qapp)
    try:
        QCoreApplication.postEvent(qapp, QFileOpenEvent(str(stories[1])))
        qtbot.waitUntil(lambda: len(router.windows) == 2)
        loaded(qtbot, router.windows[1], stories[1])
        link = QUrl(link_for(stories[0], select="vw-hefei-investment"))
        QCoreApplication.postEvent(qapp, QFileOpenEvent(link))
        qtbot.waitUntil(lambda: selected_id(first) == "vw-hefei-investment")
        assert len(router.windows) == 2
    finally:
        qapp.removeEventFilter(router)


def test_copy_link_copies_a_link_to_the_selected_event_and_else_to_the_view(
    window: MainWindow, qapp: QApplication
) -> None:
    window.model.select_id("jlr-rebrand")
    action(window, "actionCopyLink").trigger()
    copied = qapp.clipboard().text()  # (a wrapper of the clipboard's QMimeData would crash the exit)
    assert copied == link_for(EVENTS_JSON, select="jlr-rebrand")
    assert parse_link(copied) == OpenRequest(EVENTS_JSON, "jlr-rebrand", None)
    window.model.select(None)
    window.model.set_viewport(window.model.viewport.zoomed_at(700, 4.0))
    action(window, "actionCopyLink").trigger()
    request = parse_link(qapp.clipboard().text())
    assert request.select is None and request.view is not None
    # The view's ends are written at the axis's precision, so the link's range holds the view.
    start, end = view_range(request.view)
    view = window.model.viewport
    assert start <= view.t0 and view.t1 <= end
    assert end - start < 2 * view.span


def test_t_centres_the_view_on_today_at_the_same_zoom(window: MainWindow, qtbot: QtBot) -> None:
    model = window.model
    model.set_viewport(model.viewport.zoomed_at(0, 8.0))  # a quarter of a year or so, at 2010
    scale = model.viewport.seconds_per_px
    assert not model.viewport.t0 <= time.time() <= model.viewport.t1
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_T)
    assert model.viewport.seconds_per_px == scale
    assert model.viewport.center == pytest.approx(time.time(), abs=60)


def test_go_today_says_when_today_lies_beyond_the_timeline(qtbot: QtBot, tmp_path: Path) -> None:
    from .conftest import show

    old = tmp_path / "old.json"
    old.write_text(
        '{"title": "Old", "events": [{"id": "a", "title": "A", "date": "1850", "status": "confirmed"}]}'
    )
    from timeline_app.app import create_main_window

    window = show(qtbot, create_main_window(old))
    action(window, "actionToday").trigger()
    assert window.statusBar().currentMessage() == "Today lies outside this timeline: showing its nearest end"
    assert window.model.viewport.t1 <= window.model.bounds.high


def test_the_view_model_centres_on_the_instant_given(window: MainWindow) -> None:
    model = window.model
    now = seconds_from_civil(2024, 4, 14, 12)
    assert model.centre_on_today(now)
    assert model.viewport.center == pytest.approx(now)


def test_an_event_opened_at_is_scrolled_into_sight_among_the_lanes(
    qtbot: QtBot, isolated_settings: Path
) -> None:
    from timeline_app.view.canvas_layout import Regions

    from .conftest import show_window

    window = show_window(qtbot, height=640)  # the lanes need more height than they get: they scroll
    canvas = window.canvas
    assert canvas.frame.drawn(window.model.timeline.events.index_of("vw-xpeng-stake") or 0) is None
    go_to(window, OpenRequest(None, select="vw-xpeng-stake"))
    event = window.model.selected
    assert event is not None
    regions = Regions.of(canvas.width(), canvas.height(), len(window.model.metrics))

    def in_sight() -> bool:
        drawn = canvas.frame.drawn(event)
        return (
            drawn is not None
            and regions.lanes_top <= drawn.marker.y <= regions.lanes_bottom - drawn.marker.height
        )

    qtbot.waitUntil(in_sight)


def test_a_launch_without_a_file_brings_the_current_window_forward(
    qtbot: QtBot, router: WindowRouter, stories: tuple[Path, Path]
) -> None:
    first = loaded(qtbot, router.open_first(OpenRequest(stories[0])), stories[0])
    first.showMinimized()
    assert router.open_request(OpenRequest(None)) is first
    assert router.windows == [first]
    assert first.files.path == stories[0]
    assert not first.isMinimized()
