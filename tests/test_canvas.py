"""The viewer as a user drives it: wheel, drag, keys, clicks, links, fit-all and readable labels."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QHelpEvent, QMouseEvent, QTextCursor, QTextDocument, QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollBar, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from timeline_app.app import create_main_window
from timeline_app.app.main_window import MainWindow
from timeline_app.io.loader import parse_timeline
from timeline_app.render.legend import ENTRIES as LEGEND_ENTRIES
from timeline_app.render.legend import wrap_entries
from timeline_app.view.canvas_layout import METRIC_TRACK_HEIGHT, Regions
from timeline_app.view.frame import Box, DrawnEvent, Frame
from timeline_app.viewmodel.view_model import TimelineViewModel

from .conftest import EVENTS_JSON, show


def _paint(window: MainWindow) -> Frame:
    window.canvas.repaint()
    return window.canvas.frame


def _wheel(widget: object, x: float, y: float, delta: int, horizontal: bool = False) -> None:
    angle = QPoint(delta, 0) if horizontal else QPoint(0, delta)
    event = QWheelEvent(
        QPointF(x, y),
        QPointF(x, y),
        QPoint(0, 0),
        angle,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def _mouse(widget: object, kind: QMouseEvent.Type, x: float, y: float, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, QPointF(x, y), QPointF(x, y), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def test_window_title_names_the_file_and_holds_canvas_and_panel(window: MainWindow) -> None:
    assert "events.json" in window.windowTitle()
    assert window.findChild(QWidget, "timelineCanvas") is window.canvas
    assert window.findChild(QWidget, "detailPanel") is window.detail_panel
    canvas_side, detail_side = window.splitter.widget(0), window.splitter.widget(1)
    assert canvas_side is not None and canvas_side.isAncestorOf(window.canvas)
    assert detail_side is not None and detail_side.isAncestorOf(window.detail_panel)


def test_wheel_zooms_keeping_the_instant_under_the_cursor(window: MainWindow) -> None:
    model = window.model
    before = model.viewport
    anchor = before.t_at(300)
    _wheel(window.canvas, 300, 200, 240)
    after = model.viewport
    assert after.seconds_per_px < before.seconds_per_px
    assert abs(after.t_at(300) - anchor) < after.seconds_per_px * 0.01
    _wheel(window.canvas, 300, 200, -120)
    assert abs(model.viewport.t_at(300) - anchor) < model.viewport.seconds_per_px * 0.01


def test_horizontal_scroll_pans(window: MainWindow) -> None:
    model = window.model
    model.zoom_at(500, 4.0)
    before = model.viewport
    # A sideways notch to the left (a swipe left) moves the content 40 px left: later time shows.
    _wheel(window.canvas, 300, 200, -120, horizontal=True)
    after = model.viewport
    assert after.seconds_per_px == before.seconds_per_px  # panning keeps the scale
    moved_px = (after.t0 - before.t0) / before.seconds_per_px
    assert moved_px == pytest.approx(40, abs=1e-6)
    _wheel(window.canvas, 300, 200, 120, horizontal=True)
    assert model.viewport.seconds_per_px == before.seconds_per_px
    assert model.viewport.t0 == pytest.approx(before.t0, abs=before.seconds_per_px * 1e-6)


def test_drag_pans_by_the_dragged_pixels(window: MainWindow) -> None:
    model = window.model
    model.zoom_at(500, 4.0)
    before = model.viewport
    canvas = window.canvas
    left, no_button = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _mouse(canvas, QMouseEvent.Type.MouseButtonPress, 400, 300, left)
    _mouse(canvas, QMouseEvent.Type.MouseMove, 420, 300, left)
    _mouse(canvas, QMouseEvent.Type.MouseMove, 520, 300, left)
    _mouse(canvas, QMouseEvent.Type.MouseButtonRelease, 520, 300, no_button)
    moved_px = (before.t0 - model.viewport.t0) / before.seconds_per_px
    assert moved_px == pytest.approx(120, abs=1e-6)
    assert model.selected is None  # a drag is not a click


def test_arrow_keys_walk_events_in_date_order_and_the_panel_follows(window: MainWindow, qtbot: QtBot) -> None:
    model = window.model
    events = model.timeline.events
    seen = []
    for _ in range(len(events)):
        qtbot.keyClick(window.canvas, Qt.Key.Key_Right)
        assert model.selected is not None
        seen.append(model.selected)
        assert events[model.selected].title in window.detail_panel.toPlainText()
    starts = [(events.start[i], events.end[i]) for i in seen]
    assert starts == sorted(starts)
    assert sorted(seen) == list(range(len(events)))
    qtbot.keyClick(window.canvas, Qt.Key.Key_Left)
    assert model.selected == seen[-2]
    qtbot.keyClick(window.canvas, Qt.Key.Key_Home)
    assert model.selected == seen[0]
    qtbot.keyClick(window.canvas, Qt.Key.Key_End)
    assert model.selected == seen[-1]


def test_click_on_a_marker_selects_it(window: MainWindow, qtbot: QtBot) -> None:
    frame = _paint(window)
    target = window.model.timeline.events.index_of("vw-xpeng-stake")
    assert target is not None
    drawn = frame.drawn(target)
    assert drawn is not None
    center = QPoint(round(drawn.marker.center_x), round(drawn.marker.center_y))
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=center)
    assert window.model.selected == target
    assert "about $700 million" in window.detail_panel.toPlainText()
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.model.selected is None
    assert "No event selected" in window.detail_panel.toPlainText()


def test_a_link_in_the_detail_panel_selects_and_centres_its_target(window: MainWindow, qtbot: QtBot) -> None:
    model = window.model
    assert model.select_id("chery-jlr-denial")
    model.zoom_at(0, 50.0)  # the report may now be off-screen
    panel = window.detail_panel
    href = "event:jlr-chery-report"
    position = _anchor_position(panel.document(), href)
    cursor = QTextCursor(panel.document())
    cursor.setPosition(position + 1)
    rect = panel.cursorRect(cursor)
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    target = model.timeline.events.index_of("jlr-chery-report")
    assert model.selected == target
    start = float(model.timeline.events.start[target])
    assert model.viewport.t0 <= start <= model.viewport.t1
    assert "Denied by" in panel.toPlainText()


def _anchor_position(document: object, href: str) -> int:
    block = document.begin()  # type: ignore[attr-defined]
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == href:
                return int(fragment.position())
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_fit_all_shows_every_event(window: MainWindow, qtbot: QtBot) -> None:
    window.model.zoom_at(200, 30.0)
    qtbot.keyClick(window.canvas, Qt.Key.Key_F)
    frame = _paint(window)
    drawn = {d.event for d in frame.events}
    assert drawn == set(range(len(window.model.timeline.events)))
    assert all(band.hidden_count == 0 for band in frame.lanes)


def test_enter_zooms_to_the_selected_event(window: MainWindow, qtbot: QtBot) -> None:
    model = window.model
    model.select_id("jlr-rebrand")
    qtbot.keyClick(window.canvas, Qt.Key.Key_Return)
    start = float(model.timeline.events.start[model.selected or 0])
    end = float(model.timeline.events.end[model.selected or 0])
    assert model.viewport.t0 <= start and end <= model.viewport.t1
    assert model.viewport.span < 4 * (end - start)


@pytest.mark.parametrize(
    ("event_id", "days"),
    [("vw-hefei-investment", 3), ("jlr-rebrand", 3 * 30), ("jaguar-exeed-first-model", 3 * 184)],
)
def test_zooming_to_an_event_frames_it_at_a_third_with_its_precision_around_it(
    window: MainWindow, event_id: str, days: float
) -> None:
    """A day event shows three days, a month event three months, a half-year event a year and a half."""
    model = window.model
    model.select_id(event_id)
    model.zoom_to_selected()
    event = model.selected or 0
    start, end = float(model.timeline.events.start[event]), float(model.timeline.events.end[event])
    view = model.viewport
    assert view.span == pytest.approx(3 * (end - start))
    assert view.span / 86_400 == pytest.approx(days, rel=0.04)
    assert (view.t0 + view.t1) / 2 == pytest.approx((start + end) / 2)


def _overlaps(boxes: list[Box]) -> list[tuple[Box, Box]]:
    return [(a, b) for a, b in itertools.combinations(boxes, 2) if a.intersects(b)]


@pytest.mark.parametrize("zoom", [1.0, 6.0, 40.0])
def test_labels_do_not_overlap_at_three_zoom_levels(window: MainWindow, zoom: float) -> None:
    model = window.model
    model.fit_all()
    april_2024 = model.timeline.events.start[model.timeline.events.index_of("vw-hefei-investment") or 0]
    model.zoom_at(model.viewport.x_at(float(april_2024)), zoom)
    frame = _paint(window)
    labels = [d.label for d in frame.events if d.label is not None]
    markers = [d.marker for d in frame.events]
    assert labels, "some labels are shown"
    assert _overlaps(labels) == []
    assert _overlaps(markers) == []
    axis = [label.box for label in frame.axis_labels]
    assert _overlaps(axis) == []
    width = window.canvas.width()
    assert all(box.x >= 0 and box.x + box.width <= width for box in axis + labels)


def _tooltip_at(canvas: QWidget, x: float, y: float) -> None:
    """What Qt sends when the pointer rests at (x, y): a tooltip request."""
    local = QPoint(round(x), round(y))
    QApplication.sendEvent(canvas, QHelpEvent(QEvent.Type.ToolTip, local, canvas.mapToGlobal(local)))


def _shown_tooltip() -> str:
    """The visible tooltip's text as the user reads it (markup removed), or "" when none shows."""
    if not QToolTip.isVisible():
        return ""
    document = QTextDocument()
    document.setHtml(QToolTip.text())
    return document.toPlainText()


def _tooltip_says(text: str) -> None:
    shown = _shown_tooltip()
    assert text in shown, f"the tooltip should say {text!r}; it shows {shown!r}"


def _no_tooltip() -> None:
    assert not QToolTip.isVisible(), f"no tooltip should show; {QToolTip.text()!r} does"


def _empty_point(frame: Frame, width: int, height: int) -> QPoint:
    """A point over neither a marker, a label nor a chart point."""
    for x, y in itertools.product(range(5, width, 37), range(5, height, 23)):
        if frame.event_at(x, y) is None and frame.metric_point_at(x, y) is None:
            return QPoint(x, y)
    raise AssertionError("the canvas has no empty space")


# The offscreen test platform cannot raise the tooltip's window; that is the platform, not us.
OFFSCREEN_TOOLTIP = pytest.mark.qt_log_ignore("This plugin does not support raise")


@OFFSCREEN_TOOLTIP
def test_hover_tooltip_names_the_event(window: MainWindow, qtbot: QtBot) -> None:
    canvas = window.canvas
    frame = _paint(window)
    events = window.model.timeline.events
    target = events.index_of("stellantis-leapmotor-stake")
    assert target is not None
    drawn = frame.drawn(target)
    assert drawn is not None
    _tooltip_at(canvas, drawn.marker.center_x, drawn.marker.center_y)
    qtbot.waitUntil(lambda: _tooltip_says(events[target].title), timeout=5000)
    assert "26 October 2023 · confirmed" in _shown_tooltip()

    empty = _empty_point(frame, canvas.width(), canvas.height())
    _tooltip_at(canvas, empty.x(), empty.y())
    qtbot.waitUntil(_no_tooltip, timeout=5000)


@OFFSCREEN_TOOLTIP
def test_hover_tooltip_over_a_chart_point_gives_its_series_date_and_value(
    window: MainWindow, qtbot: QtBot
) -> None:
    canvas = window.canvas
    frame = _paint(window)
    # events.json's JLR sales figures: 26,100 units in 2010, 146,000 in 2017, 106,400 in 2023.
    points = {p.point.value: p for p in frame.metric_points if p.series.name == "JLR sales in China"}
    assert set(points) == {26_100, 146_000, 106_400}
    for value, date, text in [(26_100, "2010", "26,100 units"), (146_000, "2017", "146,000 units")]:
        drawn = points[value]
        assert frame.event_at(drawn.x, drawn.y) is None  # the chart point, not a marker, answers
        _tooltip_at(canvas, drawn.x, drawn.y)
        qtbot.waitUntil(lambda text=text: _tooltip_says(text), timeout=5000)  # type: ignore[misc]
        assert "JLR sales in China" in _shown_tooltip()
        assert f"{date}: {text}" in _shown_tooltip()

    empty = _empty_point(frame, canvas.width(), canvas.height())
    _tooltip_at(canvas, empty.x(), empty.y())
    qtbot.waitUntil(_no_tooltip, timeout=5000)


def test_selection_is_exposed_to_assistive_technology(window: MainWindow) -> None:
    window.model.select_id("jlr-rebrand")
    assert "April 2023" in window.canvas.accessibleDescription()


def test_geometry_and_splitter_are_remembered(qtbot: QtBot, isolated_settings: Path) -> None:
    first = create_main_window(EVENTS_JSON)
    qtbot.addWidget(first)
    first.resize(701, 503)
    first.show()
    first.splitter.setSizes([420, 281])
    sizes = first.splitter.sizes()
    first.close()
    second = create_main_window(EVENTS_JSON)
    qtbot.addWidget(second)
    second.show()
    assert second.size().width() == 701 and second.size().height() == 503
    assert second.splitter.sizes() == sizes


def test_external_links_do_not_navigate_the_panel(
    qtbot: QtBot, isolated_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A web link opens in the browser; the panel stays on its event, as does a link to no event."""
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    source = {"outlet": "Example News", "url": "https://example.org/launch"}
    event = {"id": "a", "title": "Launch", "date": "2019-03", "status": "confirmed", "sources": [source]}
    model = TimelineViewModel(parse_timeline(json.dumps({"title": "Web", "events": [event]}).encode()))
    window = show(qtbot, MainWindow(model, None), 1200, 800)
    model.select(0)
    panel = window.detail_panel
    shown = panel.toHtml()
    assert "Example News" in panel.toPlainText()

    cursor = QTextCursor(panel.document())
    cursor.setPosition(_anchor_position(panel.document(), "https://example.org/launch") + 1)
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.cursorRect(cursor).center())
    assert opened == ["https://example.org/launch"]
    assert panel.source().isEmpty() and panel.toHtml() == shown
    assert model.selected == 0

    panel.anchorClicked.emit(QUrl("event:no-such-event"))
    assert model.selected == 0 and panel.toHtml() == shown
    assert opened == ["https://example.org/launch"]


def test_a_dense_lane_shows_the_share_of_each_bar_that_matches_a_search(qtbot: QtBot) -> None:
    """Bars are on a log scale; the matching part of a bar is its linear share, not a log of its own."""
    from PySide6.QtGui import QColor, QImage, QPainter, QPalette

    from timeline_app.core.index import TimelineIndex, restrict
    from timeline_app.core.search import SearchIndex
    from timeline_app.io.loader import parse_timeline
    from timeline_app.render.lanes import DENSITY_OPACITY, DIMMED_OPACITY
    from timeline_app.render.renderer import TimelineRenderer
    from timeline_app.render.theme import Theme, mix
    from timeline_app.view.scene import Scene
    from timeline_app.view.viewport import Viewport

    events = [
        {
            "id": f"e{i}",
            "title": "needle" if (i * 2654435761) % 97 < 10 else "hay",  # a tenth, spread evenly
            "date": (dt.date(2000, 1, 1) + dt.timedelta(days=i * 7919 % 7300)).isoformat(),
            "status": "confirmed",
            "lane": "a",
        }
        for i in range(20_000)
    ]
    document = {"title": "t", "lanes": [{"id": "a", "label": "A", "color": "#1f77b4"}], "events": events}
    timeline = parse_timeline(json.dumps(document).encode())
    index = TimelineIndex.build(timeline.events)
    matches = SearchIndex(timeline.events).matches("needle")
    low, high = timeline.time_range() or (0.0, 1.0)
    scene = Scene(
        timeline,
        index,
        Viewport.showing(low, high, 800),
        matches=matches,
        match_index=restrict(index, timeline.events, matches),
    )
    theme = Theme.from_palette(QPalette(QColor("white")))
    image = QImage(800, 400, QImage.Format.Format_ARGB32)
    with QPainter(image) as painter:
        frame = TimelineRenderer(QApplication.font()).render(painter, 800, 400, scene, theme)
    assert frame.lanes[0].aggregated
    color = QColor("#1f77b4")
    full = mix(theme.background, color, DENSITY_OPACITY).rgb()
    dimmed = mix(theme.background, color, DENSITY_OPACITY * DIMMED_OPACITY).rgb()
    pixels = [image.pixel(x, y) for x in range(0, 800, 2) for y in range(400)]
    matching, other = pixels.count(full), pixels.count(dimmed)
    assert matching and other
    # A tenth of the events match: about a tenth of the bars' area (rounding up adds a little).
    assert 0.05 < matching / (matching + other) < 0.2


@pytest.mark.parametrize(
    ("width", "rows"),
    [(1000, 1), (600, 1), (360, 2)],  # a 1024 x 700 window gives the canvas about 600; 360 beside an article
)
def test_a_narrow_canvas_keeps_every_legend_entry(window: MainWindow, width: int, rows: int) -> None:
    window.canvas.resize(width, 420)
    window.canvas.grab()
    frame = window.canvas.frame
    assert frame.legend == [text for text, *_ in LEGEND_ENTRIES]
    assert frame.legend_rows == rows
    # The rows of the legend take their height from the lanes: nothing painted over them.
    legend_top = Regions.of(width, 420, len(window.model.metrics), rows).legend_top
    assert all(sample.y >= legend_top for sample in frame.legend_samples)
    assert all(sample.x + sample.width <= width for sample in frame.legend_samples)
    # The lanes scroll (420 px cannot hold them): their scroll bar ends above the chart and legend.
    bar = window.canvas.findChild(QScrollBar, "laneScrollBar")
    assert bar is not None and not bar.isHidden()
    lanes_bottom = legend_top - METRIC_TRACK_HEIGHT * len(window.model.metrics)
    assert bar.geometry().bottom() < lanes_bottom <= bar.geometry().bottom() + 2


def test_legend_entries_wrap_in_order_each_row_within_the_width() -> None:
    widths = [(22.0, 60.0), (22.0, 80.0), (34.0, 120.0), (22.0, 500.0), (22.0, 40.0)]
    rows = wrap_entries(widths, 300.0)
    assert [number for row in rows for number in row] == [0, 1, 2, 3, 4]
    assert rows == ((0, 1), (2,), (3,), (4,))  # the 500-wide entry is alone on its row
    assert wrap_entries(widths[:2], 1000.0) == ((0, 1),)


def _linked_story(pairs: int) -> bytes:
    events: list[dict[str, object]] = []
    for number in range(pairs):
        events.append(
            {
                "id": f"r{number}",
                "title": f"Report {number}",
                "date": f"2024-01-{1 + number % 28:02d}",
                "status": "reported",
                "lane": "a",
            }
        )
        events.append(
            {
                "id": f"d{number}",
                "title": f"Denial {number}",
                "date": f"2024-03-{1 + number % 28:02d}",
                "status": "confirmed",
                "lane": "b",
                "links": [{"type": "denies", "target": f"r{number}"}],
            }
        )
    lanes = [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}]
    return json.dumps({"title": "t", "lanes": lanes, "events": events}).encode()


@pytest.mark.parametrize(("pairs", "expected"), [(3, ["denies"] * 3), (40, ["40 links"])])
def test_show_all_links_draws_every_link_in_view_or_bundles_them(
    qtbot: QtBot, isolated_settings: Path, pairs: int, expected: list[str]
) -> None:
    from timeline_app.app.main_window import MainWindow
    from timeline_app.io.loader import parse_timeline
    from timeline_app.viewmodel.view_model import TimelineViewModel

    window = show(
        qtbot, MainWindow(TimelineViewModel(parse_timeline(_linked_story(pairs))), None), 1600, 1000
    )
    window.canvas.grab()
    assert window.canvas.frame.links == []  # nothing selected: no link drawn
    window.all_links_action.trigger()
    window.canvas.grab()
    assert window.canvas.frame.links == expected
    window.all_links_action.trigger()
    window.canvas.grab()
    assert window.canvas.frame.links == []


@pytest.mark.parametrize(("width", "height"), [(1600, 1000), (1024, 700)])
def test_at_fit_all_every_event_has_a_marker_and_every_title_shows_whole(
    qtbot: QtBot, isolated_settings: Path, width: int, height: int
) -> None:
    """No label overlaps another or a marker; labels the right edge would cut go left instead."""
    window = show(qtbot, create_main_window(EVENTS_JSON), width, height)
    model = window.model
    model.fit_all()
    window.canvas.grab()
    scroll = window.canvas.findChild(QScrollBar, "laneScrollBar")
    assert scroll is not None
    drawn: dict[int, DrawnEvent] = {}
    for value in [*range(0, scroll.maximum(), max(scroll.pageStep() // 2, 1)), scroll.maximum()]:
        scroll.setValue(value)
        window.canvas.grab()
        frame = window.canvas.frame
        labels = [d.label for d in frame.events if d.label is not None]
        markers = [d.marker for d in frame.events]
        assert _overlaps(labels) == []
        assert _overlaps(labels + markers) == _overlaps(markers)  # no label over a marker
        drawn |= {d.event: d for d in frame.events}
    events = model.timeline.events
    assert set(drawn) == set(range(len(events)))  # every event has a marker
    # The 2030 target near the right edge showed "JLR ...": its title now goes left, whole.
    target = events.index_of("jlr-all-electric-2030")
    assert target is not None and drawn[target].text == events.titles[target]
    label = drawn[target].label
    assert label is not None and label.x < drawn[target].marker.x
