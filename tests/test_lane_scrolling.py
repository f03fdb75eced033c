"""Nothing hidden for want of height: lanes take the rows they need and scroll; lanes fold and unfold."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollBar
from pytestqt.qtbot import QtBot

from timeline_app.app.main_window import MainWindow
from timeline_app.view.canvas_layout import AXIS_HEIGHT
from timeline_app.view.frame import Frame

from .conftest import click_canvas, show_window


def _paint(window: MainWindow) -> Frame:
    window.canvas.grab()
    return window.canvas.frame


def _small(qtbot: QtBot) -> MainWindow:
    """events.json in a 1024 x 700 window: six lanes want more height than the canvas has."""
    return show_window(qtbot, width=1024, height=700)


def _scroll_bar(window: MainWindow) -> QScrollBar:
    bar = window.canvas.findChild(QScrollBar, "laneScrollBar")
    assert bar is not None
    return bar


def test_lanes_keep_their_rows_and_scroll_so_every_event_can_be_reached(
    qtbot: QtBot, isolated_settings: Path
) -> None:
    window = _small(qtbot)
    frame = _paint(window)
    bar = _scroll_bar(window)
    assert bar.isVisible() and bar.maximum() > 0
    assert all(band.hidden_count == 0 for band in frame.lanes)  # no "more not shown": they scroll
    seen: set[int] = set()
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep() // 2):
        bar.setValue(value)
        shown = _paint(window)
        seen |= {drawn.event for drawn in shown.events}
        assert all(drawn.marker.y >= AXIS_HEIGHT - 1 for drawn in shown.events)  # never over the axis
        assert shown.axis_labels  # the axis stays
    assert seen == set(range(len(window.model.timeline.events)))


def test_the_lane_scrolled_part_way_keeps_its_header_pinned(qtbot: QtBot, isolated_settings: Path) -> None:
    window = _small(qtbot)
    first = _paint(window).lanes[0]
    _scroll_bar(window).setValue(40)  # 40 px into the first lane: its own header has gone up
    shown = _paint(window)
    assert shown.lanes[0].top + 20 < AXIS_HEIGHT  # its header scrolled out of the lanes' region
    assert shown.header_at(100, AXIS_HEIGHT + 5) == first.index_lane  # and is pinned at the top


def test_up_and_down_scroll_the_lanes(qtbot: QtBot, isolated_settings: Path) -> None:
    window = _small(qtbot)
    _paint(window)
    bar = _scroll_bar(window)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Down)
    assert bar.value() == bar.singleStep() > 0
    qtbot.keyClick(window.canvas, Qt.Key.Key_Up)
    assert bar.value() == 0


def test_a_click_on_a_lane_header_folds_it_to_its_density_and_back(
    qtbot: QtBot, isolated_settings: Path
) -> None:
    window = show_window(qtbot)
    frame = _paint(window)
    jlr = frame.lanes[0]
    jlr_events = {d.event for d in frame.events if jlr.top <= d.marker.y < jlr.top + jlr.height}
    assert jlr_events
    click_canvas(window, 60, jlr.top + 8)
    folded = _paint(window)
    assert folded.lanes[0].collapsed and folded.lanes[0].rows == 1
    assert not jlr_events & {d.event for d in folded.events}  # its events give way to its density
    assert folded.lanes[0].height < jlr.height
    click_canvas(window, 60, folded.lanes[0].top + 8)
    assert {d.event for d in _paint(window).events} >= jlr_events


def test_collapse_all_and_expand_all(qtbot: QtBot, isolated_settings: Path) -> None:
    window = show_window(qtbot)
    window.model.collapse_all()
    frame = _paint(window)
    assert all(band.collapsed for band in frame.lanes) and frame.events == []
    window.model.expand_all()
    assert len(_paint(window).events) == len(window.model.timeline.events)


def test_no_label_is_written_over_the_pinned_header(qtbot: QtBot, isolated_settings: Path) -> None:
    window = _small(qtbot)
    _paint(window)
    bar = _scroll_bar(window)
    covered = 0
    for value in range(1, bar.maximum() + 1, 6):
        bar.setValue(value)
        frame = _paint(window)
        pinned = [box for box, _lane in frame.headers if abs(box.y - AXIS_HEIGHT) < 1]
        if not pinned:
            continue
        covered += 1
        # Labels are painted over everything else: one under the pinned name would write over it.
        assert not any(d.label is not None and d.label.intersects(pinned[0]) for d in frame.events), value
    assert covered  # some scroll positions pinned a header
