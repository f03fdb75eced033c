"""High contrast: the appearance choice, following the system's preference, and how it draws."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from timeline_app.app.appearance import (
    HIGH_CONTRAST,
    MENU_TEXT,
    Appearance,
    apply_appearance,
    follow_system,
    palette_for,
    shown_appearance,
)
from timeline_app.app.cli import APPEARANCES, build_parser
from timeline_app.core.model import Status
from timeline_app.io.load_process import load_file
from timeline_app.render.marker_painter import MarkerPainter
from timeline_app.render.renderer import TimelineRenderer
from timeline_app.render.theme import HIGH_CONTRAST_PROPERTY, Theme, high_contrast_on
from timeline_app.view.frame import Box
from timeline_app.view.scene import Scene

from .conftest import EVENTS_JSON, show_window

LANE = QColor("#0072b2")


@pytest.fixture
def restored_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application's style, palette and high contrast setting put back after the test."""
    palette, style = QApplication.palette(), qapp.style().name()
    yield qapp
    qapp.setProperty(HIGH_CONTRAST_PROPERTY, False)
    qapp.setProperty("timelineAppearance", None)
    qapp.setStyle(style)
    qapp.setStyleSheet("")
    qapp.setPalette(palette)


def _theme(appearance: Appearance) -> Theme:
    palette = palette_for(appearance)
    assert palette is not None
    return Theme.from_palette(palette, high_contrast=appearance in HIGH_CONTRAST)


# -- the choice -------------------------------------------------------------------------


def test_the_command_line_offers_every_appearance() -> None:
    assert tuple(appearance.value for appearance in Appearance) == APPEARANCES
    args = build_parser().parse_args(["--appearance", "high-contrast-dark"])
    assert Appearance(args.appearance) is Appearance.HIGH_CONTRAST_DARK


def test_system_shows_high_contrast_only_when_the_system_asks() -> None:
    high, none = Qt.ContrastPreference.HighContrast, Qt.ContrastPreference.NoPreference
    dark, light = Qt.ColorScheme.Dark, Qt.ColorScheme.Light
    assert shown_appearance(Appearance.SYSTEM, none, dark) is Appearance.SYSTEM
    assert shown_appearance(Appearance.SYSTEM, high, dark) is Appearance.HIGH_CONTRAST_DARK
    assert shown_appearance(Appearance.SYSTEM, high, light) is Appearance.HIGH_CONTRAST_LIGHT
    # An explicit choice is the user's, whatever the system prefers.
    assert shown_appearance(Appearance.LIGHT, high, dark) is Appearance.LIGHT


def test_the_appearance_menu_switches_to_high_contrast_and_back(
    qtbot: QtBot, isolated_settings: Path, restored_app: QApplication
) -> None:
    window = show_window(qtbot)
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert isinstance(view, QMenu)
    appearance = next(a.menu() for a in view.actions() if a.text() == "&Appearance")
    assert isinstance(appearance, QMenu)
    items: dict[str, QAction] = {action.text(): action for action in appearance.actions()}
    assert list(items) == list(MENU_TEXT.values())
    items[MENU_TEXT[Appearance.HIGH_CONTRAST_DARK]].trigger()
    assert high_contrast_on()
    assert QApplication.palette().color(QPalette.ColorRole.Base) == QColor("#000000")
    # Text fields get a frame in the text's colour (Fusion's would be black on black).
    field = window.search_bar.field
    qtbot.waitUntil(lambda: field.grab().toImage().pixelColor(0, field.height() // 2) == QColor("#ffffff"))
    qtbot.waitUntil(lambda: window.canvas.palette().color(QPalette.ColorRole.Base) == QColor("#000000"))
    window.canvas.repaint()
    # The canvas draws with the high contrast theme: no future shade, the thicker outlines.
    theme = Theme.from_palette(window.canvas.palette())
    assert theme.high_contrast and theme.future_shade is None
    items[MENU_TEXT[Appearance.LIGHT]].trigger()
    assert not high_contrast_on()
    assert restored_app.styleSheet() == ""
    assert not Theme.from_palette(QApplication.palette()).high_contrast


def test_system_follows_the_desktops_contrast_preference(restored_app: QApplication) -> None:
    app = restored_app
    apply_appearance(app, Appearance.SYSTEM, Qt.ContrastPreference.NoPreference)
    follow_system(app)
    hints = app.styleHints()
    accessibility = hints.accessibility()
    accessibility.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert high_contrast_on()
    scheme_dark = hints.colorScheme() is Qt.ColorScheme.Dark
    assert QApplication.palette().color(QPalette.ColorRole.Base) == QColor(
        "#000000" if scheme_dark else "#ffffff"
    )
    accessibility.contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    assert not high_contrast_on()
    # A choice of its own is kept when the desktop changes its mind.
    apply_appearance(app, Appearance.DARK, Qt.ContrastPreference.NoPreference)
    accessibility.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert not high_contrast_on()


# -- drawing ------------------------------------------------------------------------------


def _marker(theme: Theme, status: Status, *, soft: bool = False, size: tuple[int, int] = (80, 24)) -> QImage:
    """One span marker in LANE on the theme's background, not antialiased (exact pixels)."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(theme.background)
    with QPainter(image) as painter:
        MarkerPainter(theme).draw(
            painter, QRectF(10, 5, width - 20, height - 10), LANE, status, point=False, soft=soft
        )
    return image


def _outline_px(image: QImage) -> int:
    """How many pixels of the lane's colour the top outline is, in the middle column."""
    x = image.width() // 2
    rows = [image.pixel(x, y) == LANE.rgb() for y in range(image.height())]
    first = rows.index(True)
    return next(y for y in range(first, len(rows)) if not rows[y]) - first


def test_high_contrast_outlines_are_thicker() -> None:
    for light, high in (
        (Appearance.LIGHT, Appearance.HIGH_CONTRAST_LIGHT),
        (Appearance.DARK, Appearance.HIGH_CONTRAST_DARK),
    ):
        normal, contrasted = _theme(light), _theme(high)
        thin = _outline_px(_marker(normal, Status.REPORTED))
        thick = _outline_px(_marker(contrasted, Status.REPORTED))
        assert thick >= 3 and thick > thin, (light, thin, thick)


def _inside(image: QImage) -> list[int]:
    """The marker's inner pixels (away from its outline and the disputed badge's corner)."""
    return [image.pixel(x, y) for x in range(16, image.width() - 24) for y in range(10, image.height() - 9)]


@pytest.mark.parametrize("appearance", sorted(HIGH_CONTRAST))
def test_each_status_has_its_own_fill_pattern_in_high_contrast(appearance: Appearance) -> None:
    theme = _theme(appearance)
    ground, lane = theme.background.rgb(), LANE.rgb()
    inside = {status: _inside(_marker(theme, status, size=(120, 40))) for status in Status}
    assert set(inside[Status.CONFIRMED]) == {lane}  # solid
    assert set(inside[Status.REPORTED]) == {ground}  # hollow
    for patterned in (Status.DISPUTED, Status.PLANNED):  # hatched, dotted: both colours, nothing between
        assert set(inside[patterned]) == {ground, lane}, patterned
    assert inside[Status.DISPUTED] != inside[Status.PLANNED]
    # Nothing translucent: every pixel of every marker is the lane's colour or the ground.
    for status in (Status.CONFIRMED, Status.REPORTED, Status.PLANNED):
        image = _marker(theme, status, size=(120, 40))
        assert {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())} <= {
            ground,
            lane,
        }, status


def _alphas(theme: Theme, status: Status, soft: bool) -> set[int]:
    """The opacities a marker leaves on a transparent image."""
    image = QImage(80, 24, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    with QPainter(image) as painter:
        MarkerPainter(theme).draw(painter, QRectF(10, 5, 60, 14), LANE, status, point=False, soft=soft)
    return {image.pixelColor(x, y).alpha() for x in range(80) for y in range(24)}


@pytest.mark.parametrize("appearance", sorted(HIGH_CONTRAST))
def test_no_marker_is_translucent_in_high_contrast(appearance: Appearance) -> None:
    theme = _theme(appearance)
    for status in Status:
        for soft in (False, True):
            assert _alphas(theme, status, soft) == {0, 255}, (status, soft)
    # The ordinary themes draw coarse and reported events see-through.
    assert _alphas(_theme(Appearance.LIGHT), Status.REPORTED, False) - {0, 255}


def test_a_coarse_date_is_an_opaque_paler_shade_in_high_contrast() -> None:
    theme = _theme(Appearance.HIGH_CONTRAST_LIGHT)
    exact, coarse = (
        _inside(_marker(theme, Status.CONFIRMED, soft=soft, size=(120, 40))) for soft in (False, True)
    )
    assert set(exact) == {LANE.rgb()}
    (shade,) = set(coarse)
    assert shade != LANE.rgb() and shade != theme.background.rgb()


def _crop(image: QImage, box: Box) -> list[int]:
    return [
        image.pixel(x, y)
        for x in range(round(box.x) + 3, round(box.x + box.width) - 3)
        for y in range(round(box.y) + 3, round(box.y + box.height) - 3)
    ]


@pytest.mark.parametrize("appearance", sorted(HIGH_CONTRAST))
def test_the_legend_shows_each_status_by_its_pattern(qapp: QApplication, appearance: Appearance) -> None:
    theme = _theme(appearance)
    scene = Scene.whole(load_file(EVENTS_JSON), 1.0).at_width(1600)
    image = QImage(1600, 1000, QImage.Format.Format_RGB32)
    with QPainter(image) as painter:
        frame = TimelineRenderer(QFont(QGuiApplication.font())).render(painter, 1600, 1000, scene, theme)
    samples = dict(zip(frame.legend, frame.legend_samples, strict=True))
    inner = {status: _crop(image, samples[status.value.capitalize()]) for status in Status}
    assert len({tuple(pixels) for pixels in inner.values()}) == len(Status)
    assert _crop(image, samples["Month or coarser"]) not in inner.values()  # paler, opaque
    assert len(set(inner[Status.CONFIRMED])) == 1  # solid
    assert len(set(inner[Status.REPORTED])) == 1 and set(inner[Status.REPORTED]) != set(
        inner[Status.CONFIRMED]
    )
    assert len(set(inner[Status.PLANNED])) == 2  # dotted
    # No future shade anywhere: the canvas right of the today line has the plain lane grounds.
    assert all(QColor(pixel).alpha() == 255 for pixel in inner[Status.PLANNED])
