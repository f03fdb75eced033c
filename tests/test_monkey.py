"""A seeded monkey on a window showing 100,000 events: random input never breaks the view or leaks.

Every input is one of: a wheel turn at a random place and speed, a drag (which pans, or moves
the event it starts on), a hover, a click or a double-click on the canvas, a click in the event
list, a key press on the canvas (arrows, Home, End, +, -, F, Enter, Esc, Page Up/Down), letters
typed into the search field or the field cleared, a window resize, a random filter, or a reload
of the same or another small timeline.
Events are delivered with ``QApplication.sendEvent`` and queued work runs every few inputs, so
the canvas repaints about as often as it would for a fast user. After each input the viewport
must be valid; pytest-qt fails the test on an exception in a Qt handler and on a Qt warning.

The run is reproducible: ``MONKEY_SEED`` (default 20240426) picks the inputs and
``MONKEY_INPUTS`` (default 20,000) how many. Run with ``-s`` to see the figures::

    .venv/bin/pytest tests/test_monkey.py -s
"""

from __future__ import annotations

import json
import math
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from timeline_app.app.main_window import MainWindow
from timeline_app.core.model import Status
from timeline_app.core.search import EventFilter
from timeline_app.core.timeline import Timeline
from timeline_app.io.loader import parse_timeline
from timeline_app.viewmodel.view_model import TimelineViewModel

from .conftest import show

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import synthetic_document

pytestmark = pytest.mark.slow

SEED = int(os.environ.get("MONKEY_SEED", "20240426"))
INPUTS = int(os.environ.get("MONKEY_INPUTS", "20000"))
EVENTS = 100_000
WARM_UP_INPUTS = 1_000
# Queued work (paints, resizes) runs after every this many inputs, give or take.
PROCESS_EVERY = 6
MAX_RSS_GROWTH_MB = 50.0
SEARCH_LETTERS = "abcdefghijklmnopqrstuvwxyz  -"
KEYS = (
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Plus,
    Qt.Key.Key_Minus,
    Qt.Key.Key_Equal,
    Qt.Key.Key_F,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Escape,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)
KEY_TEXT = {Qt.Key.Key_Plus: "+", Qt.Key.Key_Minus: "-", Qt.Key.Key_Equal: "=", Qt.Key.Key_F: "f"}


def rss_mb() -> float:
    """Resident set size of this process, from /proc/self/statm."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _timeline(count: int, seed: int = 1, years: float = 20, start_year: int = 2005) -> Timeline:
    document = synthetic_document(count, seed=seed, years=years, start_year=start_year)
    return parse_timeline(json.dumps(document).encode(), f"synthetic-{count}-{seed}")


class PaintCounter(QObject):
    """Counts the paint events a widget gets (to show the canvas really redrew)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


class Monkey:
    """Random user input on one window, from one seeded generator."""

    def __init__(self, window: MainWindow, rng: random.Random, others: list[Timeline]) -> None:
        self.window = window
        self.model = window.model
        self.rng = rng
        self.others = others
        self.counts: dict[str, int] = {}
        self._dragging = False
        self._drag_x = self._drag_y = 0.0
        self._actions: list[tuple[Callable[[], None], int]] = [
            (self.wheel, 30),
            (self.drag, 12),
            (self.hover, 10),
            (self.click, 8),
            (self.double_click, 2),
            (self.list_click, 3),
            (self.key, 20),
            (self.type_search, 6),
            (self.clear_search, 2),
            (self.resize, 2),
            (self.filter, 3),
            (self.reload, 1),
        ]
        self._weights = [weight for _, weight in self._actions]

    def step(self) -> None:
        (action,) = self.rng.choices([a for a, _ in self._actions], weights=self._weights)
        self.counts[action.__name__] = self.counts.get(action.__name__, 0) + 1
        action()

    # -- where --------------------------------------------------------------

    def _point(self, widget: QWidget) -> QPointF:
        # Mostly inside, sometimes a little outside: real pointers leave widgets mid-gesture.
        x = self.rng.uniform(-20, widget.width() + 20)
        y = self.rng.uniform(-10, widget.height() + 10)
        return QPointF(x, y)

    # -- inputs -------------------------------------------------------------

    def wheel(self) -> None:
        canvas = self.window.canvas
        point = self._point(canvas)
        notches = self.rng.choice((1, 1, 1, 2, 3, 8, 30)) * self.rng.choice((-1, 1))
        delta = round(notches * self.rng.choice((120, 120, 40, 15)))
        sideways = self.rng.random() < 0.15
        angle = QPoint(delta, 0) if sideways else QPoint(0, delta)
        pixels = QPoint(delta // 3, 0) if sideways and self.rng.random() < 0.5 else QPoint(0, 0)
        shift = self.rng.random() < 0.05
        event = QWheelEvent(
            point,
            canvas.mapToGlobal(point),
            pixels,
            angle,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(canvas, event)

    def _mouse(self, kind: QEvent.Type, point: QPointF, buttons: Qt.MouseButton) -> None:
        canvas = self.window.canvas
        event = QMouseEvent(
            kind,
            point,
            canvas.mapToGlobal(point),
            Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(canvas, event)

    def drag(self) -> None:
        """A press, a few moves and a release, sometimes spread over several steps."""
        canvas = self.window.canvas
        if not self._dragging:
            start = self._point(canvas)
            self._mouse(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
            self._dragging, self._drag_x, self._drag_y = True, start.x(), start.y()
        for _ in range(self.rng.randint(1, 4)):
            self._drag_x += self.rng.choice((-1, 1)) * self.rng.expovariate(1 / 60)
            point = QPointF(self._drag_x, self._drag_y)
            self._mouse(QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
        if self.rng.random() < 0.6:
            point = QPointF(self._drag_x, self._drag_y)
            self._mouse(QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)
            self._dragging = False

    def hover(self) -> None:
        self._mouse(QEvent.Type.MouseMove, self._point(self.window.canvas), Qt.MouseButton.NoButton)

    def click(self) -> None:
        point = self._point(self.window.canvas)
        self._mouse(QEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton)
        self._mouse(QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)
        self._dragging = False

    def double_click(self) -> None:
        point = self._point(self.window.canvas)
        self._mouse(QEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton)
        self._mouse(QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)
        self._mouse(QEvent.Type.MouseButtonDblClick, point, Qt.MouseButton.LeftButton)
        self._mouse(QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)
        self._dragging = False

    def list_click(self) -> None:
        view = self.window.event_list
        target = view.viewport()
        point = self._point(target)
        for kind, buttons in (
            (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
            (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        ):
            event = QMouseEvent(
                kind,
                point,
                target.mapToGlobal(point),
                Qt.MouseButton.LeftButton,
                buttons,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(target, event)

    def _key(self, widget: QWidget, key: Qt.Key, text: str = "") -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))

    def key(self) -> None:
        key = self.rng.choice(KEYS)
        self._key(self.window.canvas, key, KEY_TEXT.get(key, ""))

    def type_search(self) -> None:
        field = self.window.search_bar.field
        for _ in range(self.rng.randint(1, 4)):
            if field.text() and self.rng.random() < 0.25:
                self._key(field, Qt.Key.Key_Backspace)
                continue
            letter = self.rng.choice(SEARCH_LETTERS)
            key = Qt.Key.Key_Space if letter == " " else Qt.Key(ord(letter.upper()))
            self._key(field, key, letter)

    def clear_search(self) -> None:
        if self.rng.random() < 0.5:
            self.window.search_bar.field.clear()
        else:
            self._key(self.window.canvas, Qt.Key.Key_Escape)

    def resize(self) -> None:
        self.window.resize(self.rng.randint(700, 1800), self.rng.randint(500, 1100))

    def filter(self) -> None:
        rng = self.rng
        if rng.random() < 0.3:
            self.model.set_filter(EventFilter())
            return
        statuses = frozenset(s for s in Status if rng.random() < 0.3)
        lane_ids: list[str | None] = [lane.id for lane in self.model.timeline.lanes]
        lanes = frozenset(lane for lane in [*lane_ids, None] if rng.random() < 0.3)
        self.model.set_filter(EventFilter(statuses=statuses, lanes=lanes))

    def reload(self) -> None:
        if self.rng.random() < 0.5:
            self.model.set_timeline(self.model.timeline)
        else:
            self.model.set_timeline(self.rng.choice(self.others))


def check_viewport(model: TimelineViewModel) -> None:
    view, bounds = model.viewport, model.bounds
    assert math.isfinite(view.t0), view
    assert math.isfinite(view.seconds_per_px) and view.seconds_per_px > 0, view
    assert view.width > 0, view
    slack = bounds.span * 1e-9
    assert bounds.low - slack <= view.t0 and view.t1 <= bounds.high + slack, (view, bounds)


def test_a_seeded_monkey_on_100k_events_keeps_the_view_valid_and_memory_flat(
    qtbot: QtBot, isolated_settings: Path
) -> None:
    big = _timeline(EVENTS)
    others = [
        big,
        _timeline(50, seed=2),
        _timeline(3, seed=3, years=1, start_year=2024),
        _timeline(400, seed=4, years=300, start_year=1700),
        parse_timeline(b'{"title": "Empty", "events": []}', "empty"),
    ]
    model = TimelineViewModel(big)
    window = show(qtbot, MainWindow(model, None))
    paints = PaintCounter(window)
    window.canvas.installEventFilter(paints)
    rng = random.Random(SEED)
    monkey = Monkey(window, rng, others)
    app = QApplication.instance()
    assert app is not None
    warm_rss = rss_mb()
    start = time.perf_counter()
    warm_time = start
    for i in range(INPUTS):
        monkey.step()
        check_viewport(model)
        if rng.randrange(PROCESS_EVERY) == 0:
            app.processEvents()
            check_viewport(model)
        if i + 1 == WARM_UP_INPUTS:
            app.processEvents()
            warm_rss = rss_mb()
            warm_time = time.perf_counter()
    app.processEvents()
    elapsed = time.perf_counter() - start
    end_rss = rss_mb()
    rate = INPUTS / elapsed
    steady_rate = (INPUTS - WARM_UP_INPUTS) / (time.perf_counter() - warm_time)
    print(
        f"\nmonkey: {INPUTS:,} inputs (seed {SEED}) in {elapsed:.1f} s: {rate:,.0f} inputs/s "
        f"({steady_rate:,.0f}/s after the first {WARM_UP_INPUTS:,}); "
        f"RSS {warm_rss:.1f} MB after {WARM_UP_INPUTS:,} inputs, {end_rss:.1f} MB at the end "
        f"({end_rss - warm_rss:+.1f} MB); {paints.paints:,} canvas paints; "
        f"inputs by kind: {dict(sorted(monkey.counts.items()))}"
    )
    assert paints.paints > INPUTS // (4 * PROCESS_EVERY)
    assert end_rss - warm_rss < MAX_RSS_GROWTH_MB
    window.editor.mark_saved()  # the events its drags moved: closing the window must not ask
