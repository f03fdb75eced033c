"""Finding your way: list, canvas and panel share one selection; search, filters and metric tracks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from timeline_app.app.main_window import MainWindow
from timeline_app.core.model import Status
from timeline_app.core.rich_text import plain_as_html
from timeline_app.core.search import EventFilter
from timeline_app.io.loader import parse_timeline
from timeline_app.viewmodel.view_model import TimelineViewModel

from .conftest import show_window


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path) -> MainWindow:
    return show_window(qtbot, height=900)


def _drawn_ids(window: MainWindow) -> set[str]:
    window.canvas.repaint()
    return {window.model.timeline.events.ids[d.event] for d in window.canvas.frame.events}


def _list_ids(window: MainWindow) -> list[str]:
    model = window.event_list.list_model
    return [window.model.timeline.events.ids[model.event_at(row)] for row in range(model.rowCount())]


def test_choosing_a_row_selects_the_event_on_canvas_and_panel(window: MainWindow) -> None:
    view = window.event_list
    row = view.list_model.row_of(window.model.timeline.events.index_of("vw-hefei-investment") or 0)
    assert row is not None
    index = view.list_model.index(row, 1)
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    assert window.model.timeline.events.ids[window.model.selected or 0] == "vw-hefei-investment"
    assert "€2.5 billion" in window.detail_panel.toPlainText()
    window.canvas.repaint()
    assert window.canvas.frame.drawn(window.model.selected or 0) is not None


def test_selecting_on_the_canvas_picks_the_row(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.canvas, Qt.Key.Key_End)
    selected = window.model.selected
    assert selected is not None
    current = window.event_list.currentIndex()
    assert current.isValid()
    assert window.event_list.list_model.event_at(current.row()) == selected


def test_the_list_is_in_date_order_and_sorts_by_title(window: MainWindow) -> None:
    events = window.model.timeline.events
    ids = _list_ids(window)
    starts = [events.start[events.index_of(i) or 0] for i in ids]
    assert starts == sorted(starts)
    window.event_list.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    titles = [events.titles[events.index_of(i) or 0].casefold() for i in _list_ids(window)]
    assert titles == sorted(titles)


def test_ctrl_f_focuses_search_and_typing_filters_highlights_and_counts(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    window.focus_search()
    field = window.search_bar.field
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, "xpeng")
    model = window.model
    assert model.match_mask is not None
    matched = {model.timeline.events.ids[i] for i in model.match_mask.nonzero()[0]}
    assert matched == {"vw-xpeng-stake"}
    assert window.search_bar.count_label.text() == "1 match"
    window.canvas.repaint()
    assert window.canvas.frame.drawn(model.timeline.events.index_of("vw-xpeng-stake") or 0) is not None


def test_enter_and_f3_walk_matches_in_date_order_and_esc_clears(window: MainWindow, qtbot: QtBot) -> None:
    field = window.search_bar.field
    qtbot.keyClicks(field, "chery")
    model = window.model
    events = model.timeline.events
    assert model.match_count >= 4
    qtbot.keyClick(field, Qt.Key.Key_Return)
    first = model.selected
    qtbot.keyClick(field, Qt.Key.Key_Return)
    second = model.selected
    assert first is not None and second is not None
    assert (events.start[first], events.end[first]) <= (events.start[second], events.end[second])
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert model.selected == first
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and model.match_mask is None
    assert window.search_bar.count_label.text() == ""


@pytest.mark.parametrize(
    ("event_filter", "kept", "gone"),
    [
        (EventFilter(statuses=frozenset({Status.DISPUTED})), {"jlr-chery-report"}, "vw-xpeng-stake"),
        (
            EventFilter(lanes=frozenset({"chery"})),
            {"yin-two-european-brands", "exeed-et-smart-driving-challenge"},
            "jlr-rebrand",
        ),
        (EventFilter(actors=frozenset({"Xpeng"})), {"vw-xpeng-stake"}, "jlr-rebrand"),
        (EventFilter(tags=frozenset({"denial"})), {"chery-jlr-denial"}, "jlr-chery-report"),
    ],
)
def test_each_filter_kind_hides_events_from_canvas_list_and_navigation(
    window: MainWindow, qtbot: QtBot, event_filter: EventFilter, kept: set[str], gone: str
) -> None:
    model = window.model
    model.set_filter(event_filter)
    assert _drawn_ids(window) == kept
    assert set(_list_ids(window)) == kept
    walked = set()
    model.select(None)
    for _ in range(len(kept) + 2):
        qtbot.keyClick(window.canvas, Qt.Key.Key_Right)
        walked.add(model.timeline.events.ids[model.selected or 0])
    assert walked == kept and gone not in walked
    assert window.search_bar.filter_label.isVisible()
    assert "Showing only" in window.search_bar.filter_label.text()
    window.search_bar.clear_filter_button.click()
    assert model.event_filter.is_empty and not window.search_bar.filter_label.isVisible()
    assert len(_list_ids(window)) == len(model.timeline.events)


def test_a_long_filter_description_is_cut_not_widening_the_window(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1024, 700)
    statuses = frozenset(Status)
    lanes = frozenset(lane.id for lane in window.model.timeline.lanes)
    window.model.set_filter(EventFilter(statuses=statuses, lanes=lanes, starting_in=(0.0, 1.7e9)))
    label = window.search_bar.filter_label
    full = label.full_text()
    assert len(full) > 200 and "Jaguar Land Rover" in full
    # The row asks for no room for it: a window manager would otherwise widen the window to
    # hold the whole text, past a 1024-pixel screen.
    assert window.search_bar.minimumSizeHint().width() < 1024 / 2
    qtbot.waitUntil(lambda: label.text().endswith("…"))
    assert full.startswith(label.text()[:-1]) and label.toolTip() == plain_as_html(full)


def test_the_filter_menu_sets_a_status_filter(window: MainWindow) -> None:
    menu = window.search_bar.filter_menu
    menu.aboutToShow.emit()
    status_menu = next(a.menu() for a in menu.actions() if a.text() == "Status")
    assert isinstance(status_menu, QMenu)
    planned = next(a for a in status_menu.actions() if a.text() == "Planned")
    planned.trigger()
    assert window.model.event_filter.statuses == frozenset({Status.PLANNED})


def test_a_filtered_out_selection_is_cleared(window: MainWindow) -> None:
    model = window.model
    model.select_id("jlr-rebrand")
    model.set_filter(EventFilter(lanes=frozenset({"chery"})))
    assert model.selected is None


def test_metric_track_shows_the_sales_figures_higher_values_higher(window: MainWindow) -> None:
    window.model.fit_all()
    window.canvas.repaint()
    points = window.canvas.frame.metric_points
    assert [(p.point.date_text, p.point.value) for p in points] == [
        ("2010", 26100.0),
        ("2017", 146000.0),
        ("2023", 106400.0),
    ]
    assert all(p.series.unit == "units" for p in points)
    highest = max(points, key=lambda p: p.point.value)
    assert highest.y < min(p.y for p in points if p is not highest)  # higher value, higher on screen
    assert window.canvas.frame.metric_point_at(highest.x, highest.y) is highest


def _big_timeline(count: int) -> bytes:
    words = ["merger", "recall", "launch", "factory", "battery", "platform"]
    events = [
        {
            "id": f"e{i}",
            "title": f"{words[i % len(words)]} news number {i}",
            "date": f"{2000 + i % 20}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "status": "confirmed",
            "lane": f"l{i % 6}",
        }
        for i in range(count)
    ]
    lanes = [{"id": f"l{k}", "label": f"Lane {k}"} for k in range(6)]
    return json.dumps({"title": "big", "lanes": lanes, "events": events}).encode()


def test_typing_filters_100k_events_within_each_keystroke(qtbot: QtBot, isolated_settings: Path) -> None:
    data = _big_timeline(100_000)
    timeline = parse_timeline(data)
    model = TimelineViewModel(timeline)
    window = MainWindow(model, None)
    qtbot.addWidget(window)
    window.show()
    field = window.search_bar.field
    typed = ""
    for letter in "recall":
        typed += letter
        qtbot.keyClick(field, letter)
        # No timers or deferred work: model, count and list reflect this keystroke already.
        expected = sum(typed in title.casefold() for title in timeline.events.titles)
        assert model.query == typed
        assert model.match_count == expected
        assert window.search_bar.count_label.text().startswith(f"{expected:,} match")
    assert model.match_count == sum(1 for i in range(100_000) if i % 6 == 1)


def test_the_filter_menu_sets_actor_and_tag_filters(window: MainWindow) -> None:
    menu = window.search_bar.filter_menu
    menu.aboutToShow.emit()
    submenus = {a.text().replace("&", ""): a.menu() for a in menu.actions() if a.menu() is not None}
    actor_menu, tag_menu = submenus["Actor"], submenus["Tag"]
    assert isinstance(actor_menu, QMenu) and isinstance(tag_menu, QMenu)
    actor_menu.actions()[0].trigger()
    tag_menu.actions()[0].trigger()
    chosen = window.model.event_filter
    assert chosen.actors == frozenset({"Jaguar Land Rover"})  # the most frequent actor comes first
    assert len(chosen.tags) == 1


def test_events_without_a_lane_can_be_filtered_in_again_after_a_lane_filter(
    qtbot: QtBot, isolated_settings: Path
) -> None:
    timeline = parse_timeline(
        b'{"title": "t", "lanes": [{"id": "l", "label": "Lane"}], "events": ['
        b'{"id": "a", "title": "In a lane", "date": "2024", "status": "confirmed", "lane": "l"},'
        b'{"id": "b", "title": "In none", "date": "2025", "status": "confirmed"}]}'
    )
    window = MainWindow(TimelineViewModel(timeline), None)
    qtbot.addWidget(window)
    window.model.set_filter(EventFilter(lanes=frozenset({"l"})))

    def lane_choices() -> list[str]:
        menu = window.search_bar.filter_menu
        menu.aboutToShow.emit()
        lane_menu = next(a.menu() for a in menu.actions() if a.text() == "&Lane")
        assert isinstance(lane_menu, QMenu)
        return [a.text() for a in lane_menu.actions()]

    assert lane_choices() == ["Lane", "(no lane)"]  # hidden by the filter, still offered
    menu = window.search_bar.filter_menu
    lane_menu = next(a.menu() for a in menu.actions() if a.text() == "&Lane")
    assert isinstance(lane_menu, QMenu)
    next(a for a in lane_menu.actions() if a.text() == "(no lane)").trigger()
    assert window.model.event_filter.lanes == frozenset({"l", None})


def test_a_settled_search_selects_its_first_match_and_the_window_says_how_many(
    window: MainWindow, qtbot: QtBot
) -> None:
    model = window.model
    qtbot.keyClicks(window.search_bar.field, "Chery")
    assert model.selected is None  # not while typing
    qtbot.waitUntil(lambda: model.selected is not None, timeout=5_000)
    matches = model.match_mask
    assert matches is not None and matches[model.selected or 0]
    first_in_date_order = min(
        (int(i) for i in matches.nonzero()[0]),
        key=lambda i: (model.timeline.events.start[i], model.timeline.events.end[i], i),
    )
    assert model.selected == first_in_date_order
    status = window.findChild(QLabel, "eventCount")
    assert status is not None
    assert status.text() == f"{model.match_count} of 15 events match"
    model.select_match_step(1)
    chosen = model.selected
    assert chosen != first_in_date_order
    with qtbot.waitSignal(model._query_settle.timeout, timeout=5_000):
        qtbot.keyClicks(window.search_bar.field, " ")  # the query changes; the chosen match stays
    assert model.selected == chosen


def test_the_overview_marks_where_the_matches_are(window: MainWindow, qtbot: QtBot) -> None:
    strip = window.overview
    assert strip.match_counts() is None
    qtbot.keyClicks(window.search_bar.field, "Stellantis")
    counts = strip.match_counts()
    assert counts is not None and counts.sum() == window.model.match_count > 0
    image = strip.grab().toImage()
    highlight = strip.palette().color(QPalette.ColorRole.Highlight).rgb()
    marked = {
        x for x in range(image.width()) for y in range(image.height()) if image.pixel(x, y) == highlight
    }
    assert set(counts.nonzero()[0].tolist()) <= marked


def test_each_event_has_the_row_that_shows_it_in_any_order_and_after_edits(window: MainWindow) -> None:
    """In date order the row is found in the date index; sorted otherwise or filtered, in a map."""
    model, rows = window.model, window.event_list.list_model

    def assert_rows_find_their_events() -> None:
        shown = {rows.event_at(row) for row in range(rows.rowCount())}
        for event in range(len(model.timeline.events)):
            row = rows.row_of(event)
            assert (row is None) == (event not in shown), event
            assert row is None or rows.event_at(row) == event, event

    assert_rows_find_their_events()
    window.editor.delete_events([model.timeline.events.index_of("jlr-rebrand") or 0], drop_links=True)
    window.editor.move_event(3, 400 * 86_400.0)
    assert_rows_find_their_events()
    window.event_list.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert_rows_find_their_events()
    window.event_list.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert_rows_find_their_events()
    window.event_list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    model.set_filter(EventFilter(statuses=frozenset({Status.REPORTED})))
    assert_rows_find_their_events()
    window.editor.mark_saved()  # (closing would ask about the edits)
