"""Opening files like documents: open, recent, drop, background load and cancel, live reload."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from timeline_app.app.gui import open_window
from timeline_app.app.main_window import MainWindow
from timeline_app.core.timeline import Timeline

from .conftest import EVENTS_JSON, show_window

LOAD_TIMEOUT_MS = 20_000


def _small(title: str, date: str = "2024-04-11") -> str:
    return json.dumps(
        {
            "title": title,
            "events": [
                {"id": "a", "title": f"{title} first", "date": date, "status": "confirmed"},
                {"id": "b", "title": f"{title} second", "date": "2025", "status": "planned"},
            ],
        }
    )


@pytest.fixture
def copy_of_events(tmp_path: Path) -> Path:
    target = tmp_path / "events.json"
    shutil.copy(EVENTS_JSON, target)
    return target


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path, copy_of_events: Path) -> MainWindow:
    return show_window(qtbot, copy_of_events, 1200, 800)


def _open(window: MainWindow, qtbot: QtBot, path: Path) -> None:
    with qtbot.waitSignal(window.files.path_changed, timeout=LOAD_TIMEOUT_MS):
        window.files.open_path(path)


def test_opening_another_file_shows_it_and_adds_it_to_recent(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    other = tmp_path / "other.json"
    other.write_text(_small("Other story"))
    _open(window, qtbot, other)
    assert window.model.timeline.title == "Other story"
    assert "other.json" in window.windowTitle()
    window._fill_recent_menu()
    names = [re.sub(r"^&\d+\s+", "", a.text()) for a in window.recent_menu.actions()]  # drop mnemonics
    assert names[:2] == [str(other), str(tmp_path / "events.json")]


def test_a_broken_file_shows_its_problems_and_keeps_the_timeline(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"title": "x", "events": [{"id": "a", "title": "A", "date": "2023-02-30", "status": "confirmed"}]}'
    )
    before = broken.read_bytes(), broken.stat().st_mtime_ns
    with qtbot.waitSignal(window.files._loader.failed, timeout=LOAD_TIMEOUT_MS):
        window.files.open_path(broken)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "events[0].date: '2023-02-30' is not a valid date" in boxes[0].informativeText()
    for box in boxes:
        box.close()
    assert window.model.timeline.title == "Foreign automakers turn to Chinese EV platforms"
    assert (broken.read_bytes(), broken.stat().st_mtime_ns) == before  # never written


def test_editing_the_open_file_reloads_it_keeping_view_and_selection(
    window: MainWindow, qtbot: QtBot, copy_of_events: Path
) -> None:
    model = window.model
    model.select_id("vw-hefei-investment")
    model.zoom_at(300, 3.0)
    view = model.viewport
    document = json.loads(copy_of_events.read_text())
    document["events"][0]["title"] = "Edited in another editor"
    with qtbot.waitSignal(model.timeline_changed, timeout=LOAD_TIMEOUT_MS):
        copy_of_events.write_text(json.dumps(document))
    assert model.timeline.events.titles[0] == "Edited in another editor"
    assert model.timeline.events.ids[model.selected or 0] == "vw-hefei-investment"
    assert model.viewport.t0 == pytest.approx(view.t0) and model.viewport.span == pytest.approx(view.span)
    assert not window.notice_bar.isVisible()


def test_a_broken_edit_keeps_the_last_good_timeline_and_says_where(
    window: MainWindow, qtbot: QtBot, copy_of_events: Path
) -> None:
    with qtbot.waitSignal(window.files._loader.failed, timeout=LOAD_TIMEOUT_MS):
        copy_of_events.write_text('{"title": "t", "events": [')
    assert window.notice_bar.isVisible()
    assert "line 1, column" in window.notice_bar.label.text()
    assert len(window.model.timeline.events) == 15


def test_a_deleted_file_is_reported_and_the_timeline_stays(
    window: MainWindow, qtbot: QtBot, copy_of_events: Path
) -> None:
    with qtbot.waitSignal(window.files._watcher.vanished, timeout=LOAD_TIMEOUT_MS):
        copy_of_events.unlink()
    assert "deleted or renamed" in window.notice_bar.label.text()
    assert len(window.model.timeline.events) == 15


def test_each_file_remembers_its_view_and_selection(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, copy_of_events: Path
) -> None:
    model = window.model
    model.select_id("jlr-rebrand")
    model.zoom_at(200, 8.0)
    view = model.viewport
    other = tmp_path / "other.json"
    other.write_text(_small("Other"))
    _open(window, qtbot, other)
    assert model.selected is None
    _open(window, qtbot, copy_of_events)
    assert model.timeline.events.ids[model.selected or 0] == "jlr-rebrand"
    assert model.viewport.t0 == pytest.approx(view.t0)
    assert model.viewport.span == pytest.approx(view.span)


def test_dropping_a_file_opens_it(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dropped = tmp_path / "dropped.json"
    dropped.write_text(_small("Dropped"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(QPoint(100, 100)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.files.path_changed, timeout=LOAD_TIMEOUT_MS):
        window.dropEvent(event)
    assert window.model.timeline.title == "Dropped"


def test_cancelling_a_load_keeps_the_previous_timeline(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    big = tmp_path / "big.json"
    events = [
        {"id": f"e{i}", "title": f"Event {i}", "date": f"{2000 + i % 20}-01-02", "status": "confirmed"}
        for i in range(50_000)
    ]
    big.write_text(json.dumps({"title": "Big", "events": events}))
    with qtbot.waitSignal(window.files._loader.cancelled, timeout=LOAD_TIMEOUT_MS):
        window.files.open_path(big)
        window.files.cancel()
    assert window.model.timeline.title == "Foreign automakers turn to Chinese EV platforms"
    assert window.files.path is not None and window.files.path.name == "events.json"


def test_a_timelinejs_file_opens_like_any_other(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    story = {
        "title": {"text": {"headline": "A TimelineJS story"}},
        "events": [
            {
                "start_date": {"year": 2019, "month": 3},
                "text": {"headline": "Launch", "text": "<p>It <b>launched</b>.</p>"},
            },
            {"start_date": {"year": -13800000000}, "text": {"headline": "Big Bang"}},
        ],
    }
    path = tmp_path / "story.json"
    path.write_text(json.dumps(story))
    _open(window, qtbot, path)
    events = window.model.timeline.events
    assert window.model.timeline.title == "A TimelineJS story"
    assert set(events.titles) == {"Launch", "Big Bang"}


def test_a_big_load_freezes_what_is_alive_out_of_the_collectors_sight(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Else every full collection walks a big timeline's objects again, freezing the window."""
    import gc

    from timeline_app.viewmodel import file_loading

    monkeypatch.setattr(file_loading, "FREEZE_MIN_EVENTS", 1)
    loader = file_loading.FileLoader()
    before = gc.get_freeze_count()
    try:
        with qtbot.waitSignal(loader.loaded, timeout=LOAD_TIMEOUT_MS):
            loader.start(EVENTS_JSON)
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()


def test_no_collection_walks_a_loaded_timeline_before_it_is_frozen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The collector's first pass after a load walked every new object with the interpreter
    held (0.9 s of frozen window for a million slides' rich text): it stays off until the
    timeline is frozen out of its sight."""
    import gc

    from timeline_app.viewmodel import file_loading

    monkeypatch.setattr(file_loading, "FREEZE_MIN_EVENTS", 1)
    seen: list[str] = []  # what happened on the worker thread, in order
    freeze = gc.freeze

    def frozen() -> None:
        if threading.current_thread() is not threading.main_thread():
            seen.append("frozen")
        freeze()

    def collected(phase: str, info: dict[str, int]) -> None:
        # An automatic collection (the collector on); the loader's own gen-0 passes run with it off.
        if phase == "start" and gc.isenabled() and threading.current_thread() is not threading.main_thread():
            seen.append("collected")

    monkeypatch.setattr(gc, "freeze", frozen)
    # Enough rich events that their objects set off automatic collections once the collector is on.
    events = [
        {"id": f"e{n}", "title": "t", "date": "2024", "status": "reported", "tags": ["a", "b"]}
        for n in range(3000)
    ]
    path = tmp_path / "tagged.json"
    path.write_text(json.dumps({"title": "T", "events": events}))
    loader = file_loading.FileLoader()
    gc.callbacks.append(collected)
    try:
        with qtbot.waitSignal(loader.loaded, timeout=LOAD_TIMEOUT_MS):
            loader.start(path)
    finally:
        gc.callbacks.remove(collected)
        gc.unfreeze()
    assert seen[:1] == ["frozen"]


@pytest.mark.parametrize("kind", ["ics", "csv", "timelinejs"])
def test_a_file_given_at_start_up_opens_in_a_window_shown_at_once(
    qtbot: QtBot, isolated_settings: Path, tmp_path: Path, kind: str
) -> None:
    """As `timeline-app FILE` does: every format, loaded in the background, with the window up."""
    path = _other_format(tmp_path, kind)
    window = open_window(path)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.model.loading == f"Opening {path.name}…"  # the window is up before the file is in
    qtbot.waitUntil(lambda: window.model.loading is None, timeout=LOAD_TIMEOUT_MS)
    assert window.files.path == path
    assert window.model.timeline.title == ("story" if kind == "csv" else "Launch story")  # CSV: no title
    assert sorted(window.model.timeline.events.titles) == ["Launch", "Test flight"]
    assert path.name in window.windowTitle()


def test_the_window_says_it_is_opening_a_file_until_it_has(
    qtbot: QtBot, isolated_settings: Path, copy_of_events: Path
) -> None:
    window = open_window(copy_of_events)
    qtbot.addWidget(window)
    assert window.canvas._message() == "Opening events.json…"
    qtbot.waitUntil(lambda: window.model.loading is None, timeout=LOAD_TIMEOUT_MS)
    assert window.canvas._message() == ""


def test_a_file_that_fails_at_start_up_leaves_an_empty_window_that_says_why(
    qtbot: QtBot, isolated_settings: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "gone.json"
    window = open_window(missing)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: _visible_message_boxes() != [], timeout=LOAD_TIMEOUT_MS)
    (box,) = _visible_message_boxes()
    assert box.text() == "Cannot open gone.json."
    assert box.informativeText() == "no such file"
    box.close()
    assert len(window.model.timeline.events) == 0
    assert window.canvas._message().startswith("No events.")
    assert window.windowTitle() == "Timeline"


def test_an_unforeseen_error_in_a_load_ends_it_with_a_message_and_the_next_open_works(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline_app.core.index import TimelineIndex

    def explode(events: object) -> None:
        raise RuntimeError("index bug")

    other = tmp_path / "other.json"
    other.write_text(_small("Other story"))
    with monkeypatch.context() as patched:
        patched.setattr(TimelineIndex, "build", explode)
        with qtbot.waitSignal(window.files._loader.failed, timeout=LOAD_TIMEOUT_MS):
            window.files.open_path(other)
    assert not window.files.loading
    assert window.model.loading is None
    (box,) = _visible_message_boxes()
    assert box.informativeText() == "an unexpected error stopped the load (RuntimeError: index bug)"
    box.close()
    assert window.model.timeline.title == "Foreign automakers turn to Chinese EV platforms"
    _open(window, qtbot, other)
    assert window.model.timeline.title == "Other story"


def _visible_message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _other_format(folder: Path, kind: str) -> Path:
    """The same two-event story as iCalendar, CSV or TimelineJS JSON."""
    if kind == "ics":
        path = folder / "story.ics"
        path.write_text(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-CALNAME:Launch story\r\n"
            "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;VALUE=DATE:20190301\r\n"
            "SUMMARY:Launch\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;VALUE=DATE:20200412\r\n"
            "SUMMARY:Test flight\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
    elif kind == "csv":
        path = folder / "story.csv"
        path.write_text(
            "id,title,date,status\na,Launch,2019-03-01,confirmed\nb,Test flight,2020-04-12,confirmed\n"
        )
    else:
        path = folder / "story.json"
        path.write_text(
            json.dumps(
                {
                    "title": {"text": {"headline": "Launch story"}},
                    "events": [
                        {"start_date": {"year": 2019, "month": 3}, "text": {"headline": "Launch"}},
                        {"start_date": {"year": 2020, "month": 4}, "text": {"headline": "Test flight"}},
                    ],
                }
            )
        )
    return path


def test_a_deleted_file_written_again_is_picked_up_and_its_edits_too(
    window: MainWindow, qtbot: QtBot, copy_of_events: Path
) -> None:
    model = window.model
    with qtbot.waitSignal(window.files._watcher.vanished, timeout=LOAD_TIMEOUT_MS):
        copy_of_events.unlink()
    with qtbot.waitSignal(model.timeline_changed, timeout=LOAD_TIMEOUT_MS):
        copy_of_events.write_text(_small("Back again"))
    assert model.timeline.title == "Back again"
    assert not window.notice_bar.isVisible()
    with qtbot.waitSignal(model.timeline_changed, timeout=LOAD_TIMEOUT_MS):
        copy_of_events.write_text(_small("Edited after coming back"))
    assert model.timeline.title == "Edited after coming back"


def test_another_file_changing_in_the_folder_does_not_reload(
    window: MainWindow, qtbot: QtBot, copy_of_events: Path
) -> None:
    reloads: list[object] = []
    window.files._watcher.changed.connect(reloads.append)
    neighbour = copy_of_events.with_name("notes.txt")
    neighbour.write_text("a note")
    other = copy_of_events.with_name("other.json")
    with qtbot.waitSignal(window.files._watcher._timer.timeout, timeout=LOAD_TIMEOUT_MS):
        other.write_text(_small("Other"))  # the folder changes: the watcher looks, and settles
    assert reloads == []


def test_an_opened_file_has_its_chart_series_gathered_off_the_gui_thread(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Gathering them walks every event's rich fields: at a million slides of rich text, a
    stall of the window when done on its thread (2.6 s once, with the collections it set off)."""
    from timeline_app.core import metrics
    from timeline_app.viewmodel import file_loading, view_model

    on_gui_thread: list[bool] = []

    def gathered(timeline: Timeline) -> list[metrics.MetricSeries]:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return metrics.metric_series(timeline)

    monkeypatch.setattr(view_model, "metric_series", gathered)
    monkeypatch.setattr(file_loading, "metric_series", gathered, raising=False)
    other = tmp_path / "again.json"
    shutil.copy(EVENTS_JSON, other)
    _open(window, qtbot, other)
    assert on_gui_thread == [False]
    assert window.model.metrics == tuple(metrics.metric_series(window.model.timeline))
    assert window.model.metrics  # (events.json has figures: the comparison above means something)


_CLOSE_WHILE_LOADING = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from timeline_app.app.gui import open_window

app = QApplication(sys.argv[:1])
window = open_window(Path(sys.argv[1]), offer_recovered=False)
assert window.files.loading
window.close()  # the user closes the window while the file loads
print("closed while loading" if not window.files.loading else "still loading", flush=True)
"""


def test_closing_the_window_while_a_file_loads_ends_the_app_cleanly(tmp_path: Path) -> None:
    # A load's thread that outlived its window aborted the whole process as it ended (a QThread
    # destroyed while it runs): in a child, with a timeout, so that an abort fails only this test.
    big = tmp_path / "big.json"
    events = [
        {"id": f"e{i}", "title": f"Event {i}", "date": f"{2000 + i % 20}-01-02", "status": "confirmed"}
        for i in range(50_000)
    ]
    big.write_text(json.dumps({"title": "Big", "events": events}))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _CLOSE_WHILE_LOADING, str(big)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "closed while loading" in done.stdout, done.stderr
    assert done.returncode == 0, done.stderr
    assert "Destroyed while thread" not in done.stderr
