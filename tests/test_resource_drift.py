"""Nothing accumulates: opening and closing windows and files, and zooming through 13.8 billion
years, leave memory where it was; and every axis label drawn on the way is a well-formed label
of its tick.

Memory is the resident set size from /proc/self/statm, measured after a warm-up (caches, fonts,
Qt's first allocations) and again at the end. Run with ``-s`` to see the figures::

    .venv/bin/pytest tests/test_resource_drift.py -s
"""

from __future__ import annotations

import gc
import json
import math
import os
import re
import sys
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.app import create_main_window
from timeline_app.app.main_window import MainWindow
from timeline_app.core.calendar import SECONDS_PER_DAY, SECONDS_PER_YEAR, civil_from_seconds
from timeline_app.io.loader import parse_timeline
from timeline_app.view.frame import Frame
from timeline_app.view.ticks import LEVEL_NAMES, AxisTicks, Tick
from timeline_app.viewmodel.view_model import TimelineViewModel

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic import write_synthetic

FILES = 200
WARM_UP_FILES = 20
MAX_RSS_GROWTH_MB = 20.0
MAX_FD_GROWTH = 5


def rss_mb() -> float:
    """Resident set size of this process, from /proc/self/statm."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


def settle(*, collect: bool = False) -> None:
    """Run queued work, delete what was deleteLater()-ed and, if asked, collect cycles."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if collect:
        gc.collect()


def measure() -> tuple[float, int]:
    settle(collect=True)
    return rss_mb(), open_files()


@pytest.fixture(scope="module")
def small_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """200 small timelines of different sizes, lanes, spans and years."""
    folder = tmp_path_factory.mktemp("small")
    return [
        write_synthetic(
            folder / f"timeline-{i:03}.json",
            20 + (i * 37) % 300,
            lanes=1 + i % 7,
            years=1 + i % 40,
            seed=i,
            start_year=1800 + (i * 11) % 200,
        )
        for i in range(FILES)
    ]


def _report(what: str, warm: float, end: float, fds: tuple[int, int]) -> None:
    print(
        f"\n{what}: RSS {warm:.1f} MB after {WARM_UP_FILES}, {end:.1f} MB after {FILES} "
        f"({end - warm:+.1f} MB); open files {fds[0]} -> {fds[1]}"
    )


def test_a_closed_window_is_freed_with_its_model(qtbot: QtBot, isolated_settings: Path) -> None:
    events = [{"id": "a", "title": "An event", "date": "2024-04-26", "status": "confirmed"}]
    model = TimelineViewModel(parse_timeline(json.dumps({"title": "T", "events": events}).encode()))
    window = MainWindow(model, None)
    window.show()
    qtbot.waitExposed(window)
    window_ref, model_ref = weakref.ref(window), weakref.ref(model)
    window.close()
    window.deleteLater()
    del window, model
    settle(collect=True)
    assert window_ref() is None, "the window is still alive"
    assert model_ref() is None, "the view model is still alive"


@pytest.mark.slow
def test_opening_and_closing_200_windows_does_not_leak(
    qtbot: QtBot, isolated_settings: Path, small_files: list[Path]
) -> None:
    warm_rss, warm_fds = 0.0, 0
    closed: list[weakref.ref[MainWindow]] = []
    for i, path in enumerate(small_files):
        window = create_main_window(path)
        window.show()
        qtbot.waitExposed(window)
        window.canvas.grab()
        assert window.model.timeline.events.ids[0] == "ev-0000000"
        window.close()
        window.deleteLater()
        closed.append(weakref.ref(window))
        del window
        settle()
        if i + 1 == WARM_UP_FILES:
            warm_rss, warm_fds = measure()
    end_rss, end_fds = measure()
    alive = sum(ref() is not None for ref in closed)
    _report(f"{FILES} windows opened and closed", warm_rss, end_rss, (warm_fds, end_fds))
    print(f"closed windows still alive: {alive} of {FILES}")
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert end_fds - warm_fds <= MAX_FD_GROWTH
    # RSS alone can miss the leak when earlier tests left freed memory for it to reuse.
    assert end_rss - warm_rss < MAX_RSS_GROWTH_MB
    assert alive == 0, f"{alive} closed windows are still alive"


@pytest.mark.slow
def test_opening_200_files_in_one_window_does_not_leak(
    qtbot: QtBot, isolated_settings: Path, small_files: list[Path]
) -> None:
    window = create_main_window(small_files[0])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    warm_rss, warm_fds = 0.0, 0
    for i, path in enumerate([*small_files[1:], small_files[0]]):
        with qtbot.waitSignal(window.files.path_changed, timeout=10_000):
            window.files.open_path(path)
        assert window.path == path
        window.canvas.grab()
        if i + 1 == WARM_UP_FILES:
            warm_rss, warm_fds = measure()
    end_rss, end_fds = measure()
    _report(f"{FILES} files opened in one window", warm_rss, end_rss, (warm_fds, end_fds))
    assert end_rss - warm_rss < MAX_RSS_GROWTH_MB
    assert end_fds - warm_fds <= MAX_FD_GROWTH


# ---------------------------------------------------------------------------------------------
# Zooming through deep time

DEEP_TIME = [
    ("big-bang", "The universe begins", "Y-13800000000"),
    ("earth", "The Earth forms", "Y-4540000000"),
    ("cambrian", "Cambrian explosion", "Y-538800000"),
    ("chicxulub", "The dinosaurs die out", "Y-66040000"),
    ("sapiens", "Homo sapiens", "Y-300000"),
    ("lascaux", "Lascaux paintings", "Y-17000"),
    ("marathon", "Battle of Marathon", "-0489"),
    ("hastings", "Battle of Hastings", "1066-10-14"),
    ("apollo", "Apollo 11 lands", "1969-07-20T20:17:40Z"),
    ("report", "CnEVPost reports the platform deals", "2024-04-26"),
]
TARGET = "report"
ZOOM_FACTOR = 1.3
FINAL_SPAN_SECONDS = 60.0
ZOOM_PASSES = 3
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_ABBR = tuple(month[:3] for month in MONTHS)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
PRESENT_YEAR = 1950
CLOCK_SECONDS = {"second": 1, "5 seconds": 5, "15 seconds": 15, "30 seconds": 30}
CLOCK_MINUTES = {"minute", "5 minutes", "15 minutes", "30 minutes", "hour", "3 hours", "6 hours", "12 hours"}
NOT_A_NUMBER = re.compile(r"nan|\binf", re.IGNORECASE)


def _years_of_level(level: str) -> int | None:
    """The step of a year level ('year', '50 years', '5 Myr', '10 Gyr x2'), else None."""
    name = level.split(" x", maxsplit=1)[0]
    if name == "year":
        return 1
    match = re.fullmatch(r"([\d,]+) (years|Myr|Gyr)", name)
    if match is None:
        return None
    unit = {"years": 1, "Myr": 10**6, "Gyr": 10**9}[match[2]]
    return int(match[1].replace(",", "")) * unit


def _year_label(year: int) -> str:
    number = year if year >= 1 else 1 - year
    text = f"{number:,}" if number >= 10_000 else str(number)
    return text if year >= 1 else f"{text} BCE"


def _deep_label(year: int, step: int) -> str:
    before = PRESENT_YEAR - year
    if before == 0:
        return "present"
    magnitude = abs(before)
    if step >= 10**8 and magnitude >= 10**9:
        whole, tenth = divmod(magnitude // 10**8, 10)
        amount, unit = (f"{whole:,}.{tenth}" if tenth else f"{whole:,}"), "G"
    else:
        amount, unit = f"{magnitude // 10**6:,}", "M"
    return f"{amount} {unit}ya" if before > 0 else f"in {amount} {unit}yr"


def _labels_for_year(t: float, step: int) -> set[str]:
    # Year ticks sit on 1 January; far from 1970 the float instant is a minute or so off, so the
    # year is read half a year later and, on deep grids, snapped to the grid.
    year = civil_from_seconds(t + SECONDS_PER_YEAR / 2).year
    if step >= 10**6:
        year = PRESENT_YEAR + round((year - PRESENT_YEAR) / step) * step
        return {_deep_label(year, step)}
    return {_year_label(year)}


def expected_labels(level: str, t: float, *, major: bool) -> set[str]:
    """The labels ticks.py may give a tick at ``t`` on ``level`` (the major row has long forms)."""
    civil = civil_from_seconds(t)
    if level in CLOCK_SECONDS:
        return {f"{civil.hour:02}:{civil.minute:02}:{int(civil.second):02}"}
    if level in CLOCK_MINUTES:
        return {f"{civil.hour:02}:{civil.minute:02}"}
    month, day, year = civil.month - 1, civil.day, _year_label(civil.year)
    weekday = WEEKDAYS[(math.floor(t / SECONDS_PER_DAY) + 3) % 7]
    if level == "day":
        if major:
            return {
                f"{weekday} {day} {MONTHS[month]} {year}",
                f"{weekday} {day} {MONTH_ABBR[month]} {year}",
                f"{day} {MONTH_ABBR[month]} {year}",
            }
        return {str(day)}
    if level == "week":
        return {f"{day} {MONTH_ABBR[month]}"}
    if level == "month":
        return {f"{MONTHS[month]} {year}", f"{MONTH_ABBR[month]} {year}"} if major else {MONTH_ABBR[month]}
    if level == "quarter":
        return {f"Q{month // 3 + 1} {year}" if major else f"Q{month // 3 + 1}"}
    if level == "half-year":
        return {f"H{month // 6 + 1} {year}" if major else f"H{month // 6 + 1}"}
    step = _years_of_level(level)
    assert step is not None, f"unknown tick level {level!r}"
    return _labels_for_year(t, step)


def check_axis(frame: Frame, where: str) -> int:
    """Every label well formed and in order; returns how many were drawn."""
    ticks = frame.ticks
    assert isinstance(ticks, AxisTicks), where
    assert ticks.minor_level.split(" x")[0] in LEVEL_NAMES, (where, ticks.minor_level)
    rows: list[tuple[tuple[Tick, ...], str, bool]] = [
        (ticks.minor, ticks.minor_level, False),
        (ticks.major, ticks.major_level, True),
    ]
    for row, level, major in rows:
        times = [tick.t for tick in row]
        assert times == sorted(times) and len(set(times)) == len(times), (where, level, times)
        for tick in row:
            assert math.isfinite(tick.t), (where, tick)
            if tick.label:
                allowed = expected_labels(level, tick.t, major=major)
                assert tick.label in allowed, (where, level, tick, allowed)
    drawn = frame.axis_labels
    assert drawn, f"{where}: no axis labels"
    tick_labels = {tick.label for tick in ticks.minor} | {tick.label for tick in ticks.major}
    for label in drawn:
        assert label.text and label.text.strip(), (where, label)
        assert not NOT_A_NUMBER.search(label.text), (where, label)
        assert label.text in tick_labels, (where, label)
    for major in (False, True):
        xs = [label.box.x for label in drawn if label.major == major]
        assert xs == sorted(xs), (where, "major" if major else "minor", [lb.text for lb in drawn])
    return len(drawn)


def test_the_label_check_knows_good_labels_from_bad_ones() -> None:
    from timeline_app.core.calendar import seconds_from_civil, year_start

    assert expected_labels("year", year_start(2024), major=False) == {"2024"}
    assert expected_labels("10,000 years", year_start(-9999), major=True) == {"10,000 BCE"}
    assert expected_labels("1 Myr", year_start(PRESENT_YEAR - 66_000_000), major=False) == {"66 Mya"}
    assert expected_labels("100 Myr", year_start(PRESENT_YEAR - 13_800_000_000), major=True) == {"13.8 Gya"}
    assert expected_labels("1 Gyr", year_start(PRESENT_YEAR + 2 * 10**9), major=False) == {"in 2 Gyr"}
    assert expected_labels("1 Gyr", year_start(PRESENT_YEAR), major=False) == {"present"}
    friday = seconds_from_civil(2024, 4, 26, 9, 30)
    assert "Fri 26 April 2024" in expected_labels("day", friday, major=True)
    assert expected_labels("15 minutes", friday, major=False) == {"09:30"}
    assert expected_labels("second", friday + 5, major=False) == {"09:30:05"}
    assert expected_labels("quarter", seconds_from_civil(2024, 4), major=True) == {"Q2 2024"}
    assert "2,024" not in expected_labels("year", year_start(2024), major=False)


@pytest.fixture
def deep_time_window(qtbot: QtBot, isolated_settings: Path) -> MainWindow:
    events = [
        {"id": event_id, "title": title, "date": date, "status": "confirmed"}
        for event_id, title, date in DEEP_TIME
    ]
    timeline = parse_timeline(json.dumps({"title": "Deep time", "events": events}).encode(), "deep.json")
    window = MainWindow(TimelineViewModel(timeline), None)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


def _zoom_pass(window: MainWindow) -> tuple[int, int, set[str]]:
    """Fit all, then zoom about the 2024 event down to a minute, painting each step."""
    model = window.model
    model.fit_all()
    target = window.model.timeline.events.index_of(TARGET)
    assert target is not None
    anchor = float(model.timeline.events.start[target]) + 9.5 * 3600  # 09:30 on the day
    steps = labels = 0
    levels: set[str] = set()
    while True:
        window.canvas.grab()  # paints the canvas now
        frame = window.canvas.frame
        view = model.viewport
        labels += check_axis(frame, f"step {steps}, span {view.span:.4g} s")
        assert frame.ticks is not None
        levels.add(frame.ticks.minor_level)
        if view.span <= FINAL_SPAN_SECONDS * (1 + 1e-9):
            break
        model.zoom_at(view.x_at(anchor), ZOOM_FACTOR)
        steps += 1
        assert steps < 400, "the zoom does not get down to a minute"
    assert view.t0 <= anchor <= view.t1
    return steps, labels, levels


@pytest.mark.slow
def test_zooming_from_the_big_bang_to_a_minute_in_2024_draws_good_labels_and_does_not_leak(
    deep_time_window: MainWindow,
) -> None:
    steps, labels, levels = _zoom_pass(deep_time_window)  # the warm-up pass
    warm, _ = measure()
    for _ in range(ZOOM_PASSES):
        _zoom_pass(deep_time_window)
    end, _ = measure()
    print(
        f"\ndeep-time zoom: {steps} steps of x{ZOOM_FACTOR} per pass, {labels} axis labels checked "
        f"per pass, {len(levels)} tick levels; RSS {warm:.1f} MB after the first pass, {end:.1f} MB "
        f"after {ZOOM_PASSES} more ({end - warm:+.1f} MB)"
    )
    assert {"1 Gyr", "1 Myr", "1,000 years", "year", "month", "day", "hour", "minute"} <= {
        level.split(" x")[0] for level in levels
    }
    assert len(levels) >= 30
    assert end - warm < MAX_RSS_GROWTH_MB
