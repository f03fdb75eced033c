"""Canvas, image exports and printing paint one scene: an export shows what the window shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from timeline_app.app.main_window import MainWindow
from timeline_app.core.search import EventFilter
from timeline_app.io.loader import load_timeline
from timeline_app.render.export import export_image
from timeline_app.view.frame import Frame
from timeline_app.view.scene import Scene, fit_all, time_bounds

from .conftest import EVENTS_JSON


def _drawn(frame: Frame) -> list[tuple[int, float, float]]:
    return sorted((d.event, round(d.marker.x, 3), round(d.marker.y, 3)) for d in frame.events)


def test_an_export_of_the_view_draws_what_the_canvas_drew(window: MainWindow, tmp_path: Path) -> None:
    model = window.model
    model.select_id("vw-xpeng-stake")
    window.canvas.repaint()
    on_screen = window.canvas.frame
    size = window.canvas.size()
    exported = export_image(model.scene(), tmp_path / "view.png", QSize(size.width(), size.height()))
    assert _drawn(exported) == _drawn(on_screen)
    assert [(p.x, p.y) for p in exported.metric_points] == [(p.x, p.y) for p in on_screen.metric_points]
    assert exported.metric_points  # events.json carries JLR's China sales: a chart track


def test_an_export_of_the_whole_timeline_has_its_chart_tracks(tmp_path: Path) -> None:
    timeline = load_timeline(EVENTS_JSON)
    frame = export_image(Scene.whole(timeline, 1600), tmp_path / "whole.svg", QSize(1600, 1000))
    assert [p.point.value for p in frame.metric_points] == [26100.0, 146000.0, 106400.0]
    assert {d.event for d in frame.events} == set(range(len(timeline.events)))


def test_an_export_keeps_the_windows_filter(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    model = window.model
    model.set_filter(EventFilter(lanes=frozenset({"chery"})))
    frame = export_image(model.scene().fitted(1600), tmp_path / "filtered.png", QSize(1600, 1000))
    lanes = {model.timeline.events.lane_ids[model.timeline.events.lane[d.event]] for d in frame.events}
    assert lanes == {"chery"}


def test_fit_all_shows_every_event_within_the_bounds() -> None:
    timeline = load_timeline(EVENTS_JSON)
    low, high = timeline.time_range() or (0.0, 0.0)
    view = fit_all(timeline, 1000)
    assert view.t0 < low and high < view.t1  # a margin either side
    bounds = time_bounds(timeline)
    assert bounds.low <= view.t0 and view.t1 <= bounds.high


def test_a_scene_at_another_width_keeps_its_time_range() -> None:
    scene = Scene.whole(load_timeline(EVENTS_JSON), 800)
    wider = scene.at_width(2000)
    assert (wider.viewport.t0, wider.viewport.t1) == pytest.approx((scene.viewport.t0, scene.viewport.t1))
    assert wider.viewport.width == 2000
