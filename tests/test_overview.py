"""The overview strip: its histogram counts, and dragging, resizing, clicking and wheeling its view box."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.app.appearance import Appearance, palette_for
from timeline_app.core.model import Status
from timeline_app.core.search import EventFilter
from timeline_app.io.loader import load_timeline
from timeline_app.view.density import density_counts
from timeline_app.view.overview_scale import MIN_BOX_PX
from timeline_app.view.viewport import Viewport
from timeline_app.viewmodel.view_model import TimelineViewModel
from timeline_app.widgets.overview import OverviewStrip

from .conftest import EVENTS_JSON

WIDTH, HEIGHT = 800, 56
MIDDLE_Y = HEIGHT / 2


@pytest.fixture
def model() -> TimelineViewModel:
    return TimelineViewModel(load_timeline(EVENTS_JSON))


@pytest.fixture
def strip(qtbot: QtBot, model: TimelineViewModel) -> OverviewStrip:
    widget = OverviewStrip(model)
    qtbot.addWidget(widget)
    widget.resize(WIDTH, HEIGHT)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _zoomed_in(model: TimelineViewModel, factor: float = 4.0) -> Viewport:
    """Zoom the main view in about its middle, so the box has room to move on the strip."""
    model.zoom_at(model.viewport.width / 2, factor)
    return model.viewport


def _mouse(widget: OverviewStrip, kind: QMouseEvent.Type, x: float, buttons: Qt.MouseButton) -> None:
    point = QPointF(x, MIDDLE_Y)
    event = QMouseEvent(
        kind, point, point, Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def _drag(widget: OverviewStrip, start: float, *moves: float) -> None:
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _mouse(widget, QMouseEvent.Type.MouseButtonPress, start, left)
    for x in moves:
        _mouse(widget, QMouseEvent.Type.MouseMove, x, left)
    _mouse(widget, QMouseEvent.Type.MouseButtonRelease, moves[-1] if moves else start, none)


def _seconds_per_strip_px(strip: OverviewStrip) -> float:
    low, high = strip.extent
    return (high - low) / strip.width()


# -- counts ------------------------------------------------------------------


def test_density_counts_equal_a_brute_force_count() -> None:
    rng = np.random.default_rng(7)
    starts = np.sort(np.concatenate((rng.uniform(-50.0, 150.0, 5_000), np.repeat([10.0, 42.5], 30))))
    low, high, bins = 0.0, 100.0, 37
    edges = [low + i * ((high - low) / bins) for i in range(bins + 1)]
    expected = [sum(1 for s in starts if edges[i] <= s < edges[i + 1]) for i in range(bins)]
    assert density_counts(starts, low, high, bins).tolist() == expected


def test_density_counts_bins_are_half_open() -> None:
    starts = np.array([0.0, 1.0, 1.0, 2.0, 9.99, 10.0])
    assert density_counts(starts, 0.0, 10.0, 5).tolist() == [3, 1, 0, 0, 1]
    assert density_counts(starts, 5.0, 5.0, 4).tolist() == [0, 0, 0, 0]
    assert density_counts(np.empty(0), 0.0, 1.0, 3).tolist() == [0, 0, 0]


def test_counts_cover_every_event_and_a_filter_narrows_them(
    strip: OverviewStrip, model: TimelineViewModel
) -> None:
    events = model.timeline.events
    assert strip.counts().size == WIDTH
    assert strip.counts().sum() == np.isfinite(events.start).sum()
    model.set_filter(EventFilter(lanes=frozenset({"chery"})))
    shown = np.array([lane_id == "chery" for lane_id in _lane_ids(model)])
    low, high = strip.extent
    assert 0 < strip.counts().sum() == shown.sum() < len(events)
    assert strip.counts().tolist() == density_counts(np.sort(events.start[shown]), low, high, WIDTH).tolist()
    model.clear_filter()
    assert strip.counts().sum() == len(events)


def test_a_new_timeline_shows_its_own_density_whatever_the_old_filter_was(
    strip: OverviewStrip, model: TimelineViewModel
) -> None:
    model.set_filter(EventFilter(statuses=frozenset({Status.DISPUTED})))
    filtered = strip.counts().sum()
    model.clear_filter()
    model.set_timeline(load_timeline(EVENTS_JSON))
    assert strip.counts().sum() == len(model.timeline.events) > filtered


def _lane_ids(model: TimelineViewModel) -> list[str | None]:
    events = model.timeline.events
    return [None if code < 0 else events.lane_ids[code] for code in events.lane.tolist()]


# -- interaction -------------------------------------------------------------


def test_dragging_the_box_pans_by_the_dragged_time(strip: OverviewStrip, model: TimelineViewModel) -> None:
    before = _zoomed_in(model)
    scale = _seconds_per_strip_px(strip)
    box = strip.view_box()
    _drag(strip, box.center().x(), box.center().x() + 10, box.center().x() + 25)
    after = model.viewport
    assert after.t0 - before.t0 == pytest.approx(25 * scale, rel=1e-9)
    assert after.seconds_per_px == before.seconds_per_px


def test_dragging_the_right_edge_zooms_with_the_left_edge_fixed(
    strip: OverviewStrip, model: TimelineViewModel
) -> None:
    before = _zoomed_in(model)
    scale = _seconds_per_strip_px(strip)
    right = strip.view_box().right()
    _drag(strip, right + 3, right + 43)  # inside the edge's hit zone, just outside the box
    wider = model.viewport
    assert wider.t0 == pytest.approx(before.t0, abs=1e-6)
    assert wider.span == pytest.approx(before.span + 40 * scale, rel=1e-9)
    right = strip.view_box().right()
    _drag(strip, right, right - 60)
    narrower = model.viewport
    assert narrower.t0 == pytest.approx(before.t0, abs=1e-6)
    assert narrower.span == pytest.approx(wider.span - 60 * scale, rel=1e-9)
    # Past the left edge the view keeps its left edge and the smallest span: it never inverts.
    right = strip.view_box().right()
    _drag(strip, right, right - 500)
    squeezed = model.viewport
    assert squeezed.t0 == pytest.approx(before.t0, abs=1e-6)
    assert 0 < squeezed.span < narrower.span


def test_dragging_the_left_edge_keeps_the_right_edge(strip: OverviewStrip, model: TimelineViewModel) -> None:
    before = _zoomed_in(model)
    scale = _seconds_per_strip_px(strip)
    left = strip.view_box().left()
    _drag(strip, left, left - 30)
    after = model.viewport
    assert after.t1 == pytest.approx(before.t1, abs=1e-3)
    assert after.span == pytest.approx(before.span + 30 * scale, rel=1e-9)


def test_a_click_outside_the_box_centres_the_view_there(
    strip: OverviewStrip, model: TimelineViewModel
) -> None:
    before = _zoomed_in(model)
    x = 60.0
    assert x < strip.view_box().left() - 10
    target = strip.t_at(x)
    _drag(strip, x)
    after = model.viewport
    assert after.center == pytest.approx(target, abs=1e-3)
    assert after.seconds_per_px == before.seconds_per_px


def test_a_deep_zoom_still_shows_a_box_that_can_be_dragged(
    strip: OverviewStrip, model: TimelineViewModel
) -> None:
    before = _zoomed_in(model, 5_000.0)
    box = strip.view_box()
    assert box.width() == pytest.approx(MIN_BOX_PX)
    _drag(strip, box.center().x(), box.center().x() + 20)
    after = model.viewport
    assert after.seconds_per_px == before.seconds_per_px
    assert after.t0 - before.t0 == pytest.approx(20 * _seconds_per_strip_px(strip), rel=1e-9)


def test_the_wheel_zooms_the_view_about_the_instant_under_the_pointer(
    strip: OverviewStrip, model: TimelineViewModel
) -> None:
    before = _zoomed_in(model, 2.0)
    x = strip.view_box().left() + 40
    instant = strip.t_at(x)
    main_x = before.x_at(instant)
    event = QWheelEvent(
        QPointF(x, MIDDLE_Y),
        QPointF(x, MIDDLE_Y),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(strip, event)
    after = model.viewport
    assert after.seconds_per_px < before.seconds_per_px
    assert after.x_at(instant) == pytest.approx(main_x, abs=1e-6)


# -- looks -------------------------------------------------------------------


@pytest.mark.parametrize("appearance", [Appearance.LIGHT, Appearance.DARK])
def test_the_strip_follows_the_palette(
    strip: OverviewStrip, model: TimelineViewModel, appearance: Appearance
) -> None:
    palette = palette_for(appearance)
    assert palette is not None
    strip.setPalette(palette)
    _zoomed_in(model)
    image = strip.grab().toImage()
    base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    # Top-left corner, below the separator line, is outside the box and above any bar.
    assert QColor(image.pixel(1, 2)) == base
    box = strip.view_box()
    highlight = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    border = QColor(image.pixel(round(box.left()), HEIGHT // 2))
    assert abs(border.hue() - highlight.hue()) < 20
