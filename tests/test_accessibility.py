"""Accessibility: keyboard reach, focus frames, the shortcut sheet, accessible names and WCAG contrast."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction, QColor, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QMenu,
    QTableWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from timeline_app.app import create_main_window
from timeline_app.app.appearance import HIGH_CONTRAST, Appearance, palette_for
from timeline_app.app.main_window import MainWindow, first_geometry
from timeline_app.app.screen_fit import SCREEN_SHARE
from timeline_app.app.settings import AppSettings
from timeline_app.core.model import Status
from timeline_app.core.search import EventFilter
from timeline_app.render.theme import DEFAULT_LANE_COLORS, Theme
from timeline_app.viewmodel.actions import SHORTCUTS, Scope, shortcut, shortcuts_in, shown_shortcuts
from timeline_app.widgets.shortcut_sheet import SHEET_SIZE, ShortcutSheet

from .conftest import EVENTS_JSON, show_window

PORTABLE = QKeySequence.SequenceFormat.PortableText
TEXT_CONTRAST = 4.5  # WCAG 1.4.3, normal-size text
HIGH_CONTRAST_TEXT = 7.0  # WCAG 1.4.6 (AAA), asked of the high contrast themes
GRAPHIC_CONTRAST = 3.0  # WCAG 1.4.11, graphical objects and focus indicators


@pytest.fixture
def window(qtbot: QtBot, isolated_settings: Path) -> MainWindow:
    """The window, active: keyboard focus tests need it."""
    win = show_window(qtbot)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


# -- keys: the sheet and the bindings agree ------------------------------------


def _keys_handled(widget: QWidget) -> set[str]:
    """Every key (no modifiers) that the widget's keyPressEvent takes, as portable text."""
    handled = set()
    for key in Qt.Key:
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        widget.keyPressEvent(event)
        if event.isAccepted():
            handled.add(QKeySequence(key).toString(PORTABLE))
    return handled


def _table_keys(scope: Scope) -> set[str]:
    return {key for shortcut in shortcuts_in(scope) for key in shortcut.portable()}


def _action_keys(widget: QWidget) -> set[str]:
    return {seq.toString(PORTABLE) for action in widget.actions() for seq in action.shortcuts()}


def _plain(text: str) -> str:
    """A menu text as people read it: no mnemonic marker, no shortcut hint after a tab."""
    return text.split("\t", maxsplit=1)[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


def _menus(window: MainWindow) -> Iterator[tuple[str, QMenu]]:
    """Every menu of the menu bar and their submenus, with their paths ("View ▸ Appearance")."""

    def walk(path: str, menu: QMenu) -> Iterator[tuple[str, QMenu]]:
        menu.aboutToShow.emit()  # Open Recent and Filter fill themselves as they open
        yield path, menu
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                yield from walk(f"{path} ▸ {_plain(sub.title())}", sub)

    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        yield from walk(_plain(menu.title()), menu)


def test_every_canvas_key_is_in_the_sheet_and_every_canvas_row_works(window: MainWindow) -> None:
    bound = _keys_handled(window.canvas) | _action_keys(window.canvas)
    assert bound == _table_keys(Scope.CANVAS)


def test_every_overview_key_is_in_the_sheet_and_every_overview_row_works(window: MainWindow) -> None:
    assert _keys_handled(window.overview) == _table_keys(Scope.OVERVIEW)


def test_every_menu_shortcut_is_in_the_sheet_and_every_window_row_is_a_menu_action(
    window: MainWindow,
) -> None:
    in_menus = {
        (seq.toString(PORTABLE), f"{path} ▸ {_plain(action.text())}")
        for path, menu in _menus(window)
        for action in menu.actions()
        for seq in action.shortcuts()
    }
    in_table = {(key, row.description) for row in shortcuts_in(Scope.WINDOW) for key in row.portable()}
    assert in_menus == in_table
    # No shortcut hides outside the menus (the canvas's ? is the canvas's own).
    everywhere = {
        seq.toString(PORTABLE)
        for action in window.findChildren(QAction)
        if window.canvas not in action.associatedObjects()
        for seq in action.shortcuts()
    }
    assert everywhere == {key for key, _ in in_menus}


def test_the_search_field_rows_are_what_the_field_does(window: MainWindow, qtbot: QtBot) -> None:
    field = window.search_bar.field
    model = window.model
    qtbot.keyClicks(field, "chery")
    assert model.match_count >= 2
    for row in shortcuts_in(Scope.SEARCH):
        for key in row.portable():
            combination = QKeySequence(key)[0]  # type: ignore[index]  # (the stubs lack __getitem__)
            event = QKeyEvent(QEvent.Type.KeyPress, combination.key(), combination.keyboardModifiers())
            field.keyPressEvent(event)
            assert event.isAccepted(), key
            if "Esc" in key:
                assert field.text() == "" and model.match_mask is None
                qtbot.keyClicks(field, "chery")


def test_keys_in_the_table_are_unique_where_they_work() -> None:
    for scope in Scope:
        keys = [key for shortcut in shortcuts_in(scope) for key in shortcut.portable()]
        assert len(keys) == len(set(keys)), scope
    assert all(shortcut.does for shortcut in SHORTCUTS)
    assert all(shortcut.text() for shortcut in SHORTCUTS if shortcut.scope is not Scope.WINDOW)


def test_f1_and_question_mark_open_the_read_only_sheet(window: MainWindow, qtbot: QtBot) -> None:
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    # Offscreen Qt has no keyboard map, so "?" comes without the Shift that typed it.
    qtbot.keyClick(window.canvas, Qt.Key.Key_Question)
    sheet = window.findChild(ShortcutSheet, "shortcutSheet")
    assert sheet is not None and sheet.isVisible()
    table = sheet.findChild(QTableWidget)
    assert table is not None
    assert table.rowCount() == len(shown_shortcuts())
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not any(
        table.item(row, column).flags() & Qt.ItemFlag.ItemIsEditable  # type: ignore[union-attr]
        for row in range(table.rowCount())
        for column in range(table.columnCount())
    )
    texts = {table.item(row, 0).text() for row in range(table.rowCount())}  # type: ignore[union-attr]
    assert {"?", "F1", "+ or =", "Enter"} <= texts
    sheet.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(sheet.isVisible)
    assert window.findChildren(ShortcutSheet) == [sheet]  # one sheet, shown again


def test_question_mark_in_the_search_field_is_text(window: MainWindow, qtbot: QtBot) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search_bar.field, "?")
    assert window.search_bar.field.text() == "?"
    assert window.findChild(ShortcutSheet) is None


def test_every_menu_item_has_a_mnemonic_or_a_shortcut(window: MainWindow) -> None:
    window._settings.add_recent_file("/tmp/R&D timeline.json")
    titles = [action.text() for action in window.menuBar().actions()]
    mnemonics = [QKeySequence.mnemonic(title).toString() for title in titles]
    assert all(mnemonics) and len(set(mnemonics)) == len(mnemonics), titles
    for path, menu in _menus(window):
        if path.startswith("Search ▸ Filter"):
            # Lanes, actors and tags are names from the file: reached with the arrow keys.
            continue
        taken: list[str] = []
        for action in menu.actions():
            if action.isSeparator() or not action.isEnabled():
                continue
            mnemonic = QKeySequence.mnemonic(action.text()).toString()
            assert mnemonic or not action.shortcut().isEmpty(), f"{path} ▸ {action.text()}"
            if mnemonic:
                assert mnemonic not in taken, f"{path} ▸ {action.text()}: {mnemonic} is used twice"
                taken.append(mnemonic)
    recent = window.recent_menu.actions()
    assert _plain(recent[0].text()) == "1 /tmp/R&D timeline.json"


def test_the_filter_menu_in_the_search_menu_filters(window: MainWindow) -> None:
    menus = dict(_menus(window))
    assert "Search ▸ Filter" in menus
    status = menus["Search ▸ Filter ▸ Status"]
    next(action for action in status.actions() if _plain(action.text()) == "Planned").trigger()
    assert window.model.event_filter.statuses == frozenset({Status.PLANNED})
    assert window.search_bar.filter_label.isVisible()


# -- focus: Tab order and the focus frames ---------------------------------------


def test_tab_walks_search_canvas_overview_list_and_details(window: MainWindow, qtbot: QtBot) -> None:
    window.model.select(0)  # the Edit button above the details is in the walk once it can act
    window.focus_search()
    order: list[QWidget] = []
    for _ in range(20):
        widget = QApplication.focusWidget()
        assert widget is not None
        if order and widget is order[0]:
            break
        if not order or widget is not order[-1]:  # Tab in the detail panel visits its links first
            order.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    wanted = [
        window.search_bar.field,
        window.canvas,
        window.overview,
        window.event_list,
        window.edit_button,
        window.detail_panel,
    ]
    assert [w for w in order if w in wanted] == wanted
    # In between there are only the search bar's buttons.
    assert all(w in wanted or window.search_bar.isAncestorOf(w) for w in order)


def _frame_color(widget: QWidget, x: int, y: int) -> QColor:
    return widget.grab().toImage().pixelColor(x, y)


@pytest.mark.parametrize("name", ["canvas", "overview"])
def test_a_focused_canvas_or_overview_shows_a_highlight_frame(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    widget: QWidget = getattr(window, name)
    window.model.zoom_at(window.model.viewport.width / 2, 4.0)  # the overview's box off its edges
    highlight = window.palette().color(QPalette.ColorRole.Highlight)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    middle_y = widget.height() // 2
    for x, y in ((0, middle_y), (1, middle_y), (widget.width() - 1, middle_y), (widget.width() // 3, 1)):
        assert _frame_color(widget, x, y) == highlight, (x, y)
    assert _frame_color(widget, 2, middle_y) != highlight  # two pixels wide, not more
    window.search_bar.field.setFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus())
    assert _frame_color(widget, 0, middle_y) != highlight


def test_the_overview_strip_pans_and_zooms_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    model = window.model
    model.zoom_at(model.viewport.width / 2, 4.0)
    strip = window.overview
    strip.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(strip.hasFocus)
    before = model.viewport
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    assert model.viewport.t0 > before.t0 and model.viewport.seconds_per_px == before.seconds_per_px
    qtbot.keyClick(strip, Qt.Key.Key_Left)
    assert model.viewport.t0 == pytest.approx(before.t0)
    qtbot.keyClick(strip, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    assert model.viewport.seconds_per_px < before.seconds_per_px
    qtbot.keyClick(strip, Qt.Key.Key_Minus)
    assert model.viewport.seconds_per_px == pytest.approx(before.seconds_per_px)


# -- screen readers -----------------------------------------------------------------


def _visible_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


def test_every_control_has_an_accessible_name(window: MainWindow, qtbot: QtBot) -> None:
    # Everything that can show: the notice bar, the active filter's bar, the search's clear button.
    window.notice_bar.show_notice("events.json: line 3 is broken", "details")
    window.model.set_filter(EventFilter(statuses=frozenset({Status.PLANNED})))
    qtbot.keyClicks(window.search_bar.field, "chery")
    for _path, _menu in _menus(window):
        pass  # menus that fill themselves as they open are filled now
    window.show_shortcuts()
    windows: list[QWidget] = [window, *window.findChildren(ShortcutSheet)]
    overflow = window.menuBar().findChild(QToolButton, "qt_menubar_ext_button")
    assert isinstance(overflow, QToolButton) and overflow.accessibleName()
    controls = [
        widget
        for top in windows
        for widget in top.findChildren(QWidget)
        # Menus are hidden until they pop up; Qt makes the » overflow menu as it lays the bar out.
        if (isinstance(widget, QMenu) and widget is not overflow.menu())
        or (
            widget.isVisibleTo(top)
            and (widget.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(widget, QAbstractButton))
        )
    ]
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
        for widget in controls
        if not (widget.accessibleName().strip() or _visible_text(widget).strip())
    ]
    assert unnamed == []
    assert len(controls) > 20
    for widget in (
        window.canvas,
        window.overview,
        window.event_list,
        window.detail_panel,
        window.notice_bar,
        window.search_bar.field,
    ):
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None and interface.text(QAccessible.Text.Name), widget.objectName()


def test_the_canvas_is_named_timeline_and_announces_the_selection(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[QObject, QAccessible.Event]] = []
    original = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        events.append((event.object(), event.type()))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    canvas = window.canvas
    assert canvas.accessibleName() == "Timeline"
    window.model.select_id("jlr-rebrand")
    assert "April 2023" in canvas.accessibleDescription()
    assert (canvas, QAccessible.Event.DescriptionChanged) in events
    interface = QAccessible.queryAccessibleInterface(canvas)
    assert interface is not None
    assert "April 2023" in interface.text(QAccessible.Text.Description)
    window.model.select(None)
    assert canvas.accessibleDescription() == "No event selected"


# -- contrast (WCAG 2.x) --------------------------------------------------------------


def _luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.red()) + 0.7152 * linear(color.green()) + 0.0722 * linear(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _over(under: QColor, over: QColor) -> QColor:
    """``over`` (with its alpha) composited on the opaque ``under``."""
    alpha = over.alphaF()
    return QColor.fromRgbF(
        under.redF() + (over.redF() - under.redF()) * alpha,
        under.greenF() + (over.greenF() - under.greenF()) * alpha,
        under.blueF() + (over.blueF() - under.blueF()) * alpha,
    )


def _lane_colors() -> list[str]:
    return [lane["color"] for lane in json.loads(EVENTS_JSON.read_text(encoding="utf-8"))["lanes"]]


def _theme(appearance: Appearance) -> Theme:
    palette = palette_for(appearance)
    assert palette is not None
    return Theme.from_palette(palette, high_contrast=appearance in HIGH_CONTRAST)


EXPLICIT = [appearance for appearance in Appearance if appearance is not Appearance.SYSTEM]


def test_contrast_helper_matches_known_ratios() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


def _shaded(ground: QColor, shade: QColor | None) -> QColor:
    return ground if shade is None else _over(ground, shade)


@pytest.mark.parametrize("appearance", EXPLICIT)
def test_text_has_enough_contrast(appearance: Appearance) -> None:
    theme = _theme(appearance)
    needed = HIGH_CONTRAST_TEXT if appearance in HIGH_CONTRAST else TEXT_CONTRAST
    palette = palette_for(appearance)
    assert palette is not None
    role = QPalette.ColorRole
    pairs = {
        # The widgets around the canvas: menus, lists, the detail panel, links in it.
        "window text on window": (palette.color(role.WindowText), palette.color(role.Window)),
        "button text on button": (palette.color(role.ButtonText), palette.color(role.Button)),
        "link on base": (palette.color(role.Link), palette.color(role.Base)),
        "tooltip text": (palette.color(role.ToolTipText), palette.color(role.ToolTipBase)),
        "text on background": (theme.text, theme.background),
        "text on band": (theme.text, theme.band),
        "muted text (minor axis labels) on background": (theme.muted_text, theme.background),
        "muted text on band": (theme.muted_text, theme.band),
        "highlighted text on highlight": (theme.highlighted_text, theme.highlight),
        # The "today" label is small text in the today colour, over the future's shade.
        "today label on background": (theme.today, _shaded(theme.background, theme.future_shade)),
        "today label on band": (theme.today, _shaded(theme.band, theme.future_shade)),
    }
    low = {name: round(contrast(*pair), 2) for name, pair in pairs.items() if contrast(*pair) < needed}
    assert low == {}


@pytest.mark.parametrize("appearance", sorted(HIGH_CONTRAST))
def test_high_contrast_colours_are_opaque(appearance: Appearance) -> None:
    theme = _theme(appearance)
    colours = {
        name: getattr(theme, name)
        for name in Theme.__dataclass_fields__
        if isinstance(getattr(theme, name), QColor)
    }
    lane = theme.lane_color(None, 0)
    colours |= {
        "soft outline": theme.soft_outline(lane),
        "a see-through wash (eras, halos, dimmed events)": theme.see_through(lane, 28),
    }
    translucent = {name: color.alpha() for name, color in colours.items() if color.alpha() < 255}
    assert translucent == {}
    assert theme.future_shade is None  # no wash over the future: the today line marks it
    # The ordinary themes do use alpha: the test above is about high contrast, not a default.
    assert _theme(Appearance.LIGHT).see_through(lane, 28).alpha() == 28


@pytest.mark.parametrize("appearance", EXPLICIT)
def test_graphics_have_enough_contrast(appearance: Appearance) -> None:
    theme = _theme(appearance)
    lanes = [theme.lane_color(color, number) for number, color in enumerate(_lane_colors())]
    lanes += [theme.lane_color(None, number) for number in range(len(DEFAULT_LANE_COLORS))]
    graphics = {
        "today line": theme.today,
        "focus frame and selection": theme.highlight,
        "disputed badge": theme.contested,
        "draft ring": theme.draft,
        **{f"lane {color.name()}": color for color in lanes},
    }
    # A coarse date's outline is fainter (translucent): what counts is what it shows on each ground.
    soft = {f"soft outline of {color.name()}": theme.soft_outline(color) for color in lanes}
    low = {
        f"{name} on {where}": round(contrast(_over(ground, color), ground), 2)
        for name, color in (graphics | soft).items()
        for where, ground in (("background", theme.background), ("band", theme.band))
        if contrast(_over(ground, color), ground) < GRAPHIC_CONTRAST
    }
    assert low == {}


# System palettes the app does not choose: Fusion's own, and a dark desktop's whose white
# selected text sits on a light blue (Breeze Dark), where white on it reads at about 2.3:1.
SYSTEM_PALETTES = {
    "fusion": {},
    "breeze dark": {
        QPalette.ColorRole.Base: "#1b1e20",
        QPalette.ColorRole.Text: "#fcfcfc",
        QPalette.ColorRole.Highlight: "#3daee9",
        QPalette.ColorRole.HighlightedText: "#fcfcfc",
    },
}


@pytest.mark.parametrize("name", list(SYSTEM_PALETTES))
def test_selected_text_reads_on_any_systems_selection_colour(qapp: QApplication, name: str) -> None:
    palette = QApplication.style().standardPalette()
    for role, color in SYSTEM_PALETTES[name].items():
        palette.setColor(role, QColor(color))
    theme = Theme.from_palette(palette)
    assert contrast(theme.highlighted_text, theme.highlight) >= TEXT_CONTRAST
    assert contrast(theme.highlight, theme.background) >= GRAPHIC_CONTRAST


def test_menu_hints_name_the_timelines_own_keys_from_the_table(window: MainWindow) -> None:
    hints = {
        _plain(action.text()): action.text().split("\t")[1]
        for _path, menu in _menus(window)
        for action in menu.actions()
        if "\t" in action.text()
    }
    expected = {
        row.description.rsplit(" ▸ ", 1)[-1]: shortcut(row.hint).text()
        for row in shortcuts_in(Scope.WINDOW)
        if row.hint is not None
    }
    assert hints == expected
    assert hints["Zoom to Selected"] == "Enter"
    assert hints["Zoom In"] == "+ or ="


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        (QRect(0, 0, 1024, 700), QRect(77, 52, 870, 595)),  # a small screen: 85 % of it, centred
        (QRect(0, 30, 2560, 1410), QRect(440, 210, 1680, 1050)),  # a big one: no bigger than 1680 x 1050
    ],
)
def test_the_first_window_takes_a_share_of_its_screen(available: QRect, expected: QRect) -> None:
    assert first_geometry(available) == expected


def test_the_window_is_remembered_per_screen(qtbot: QtBot, isolated_settings: Path) -> None:
    settings = AppSettings()
    first = show_window(qtbot)
    first.setGeometry(QRect(40, 60, 700, 500))  # within the offscreen screen (800 x 600)
    first.close()
    second = create_main_window(EVENTS_JSON)
    qtbot.addWidget(second)
    assert second.size() == QSize(700, 500)  # restored on the same screen
    settings.set_geometry_for("another screen 3840x2160", second.saveGeometry())
    assert settings.geometry_for("another screen 3840x2160") is not None


def test_the_side_list_shows_date_and_title_without_scrolling_sideways(window: MainWindow) -> None:
    view = window.event_list
    shown = [column for column in range(view.model().columnCount()) if not view.isColumnHidden(column)]
    assert shown == [0, 1]  # date and title; the rest from the header's menu
    assert view.horizontalScrollBar().maximum() == 0
    date_width = view.columnWidth(0)
    assert date_width >= view.fontMetrics().horizontalAdvance("26 October 2023")


def test_the_sheet_fits_a_small_screen_with_room_for_its_title_bar(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    available = QRect(0, 0, 1024, 700)  # a small laptop's free area, under a top panel

    class SmallScreen:
        def availableGeometry(self) -> QRect:
            return available

    monkeypatch.setattr(ShortcutSheet, "screen", lambda _self: SmallScreen())
    # The preferred size is taller than this screen can show with a title bar.
    assert SHEET_SIZE[1] > available.height() * SCREEN_SHARE
    window.show_shortcuts()
    sheet = window.findChild(ShortcutSheet, "shortcutSheet")
    assert sheet is not None
    qtbot.waitUntil(sheet.isVisible)
    assert sheet.height() <= available.height() * SCREEN_SHARE
    assert sheet.width() <= available.width() * SCREEN_SHARE
    sheet.close()


@pytest.mark.parametrize("which", ["lanes", "report"])
def test_dialogs_take_their_size_or_what_a_small_screen_has_room_for(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, which: str
) -> None:
    from timeline_app.app import lanes_dialog, report_dialog

    module = lanes_dialog if which == "lanes" else report_dialog
    dialog_class = lanes_dialog.LanesDialog if which == "lanes" else report_dialog.ReportDialog

    def made() -> QDialog:
        if which == "lanes":
            return lanes_dialog.LanesDialog(window.editor, window)
        return report_dialog.ReportDialog("Traceback (most recent call last): ...", tmp_path / "log", window)

    for available, expected in (
        (QRect(0, 0, 3840, 2160), QSize(*module.DIALOG_SIZE)),
        (QRect(0, 0, 400, 300), QSize(360, 270)),  # a share of the screen, room for a title bar
    ):

        class Screen:
            def availableGeometry(self) -> QRect:
                return available  # noqa: B023 (used before the loop moves on)

        monkeypatch.setattr(dialog_class, "screen", lambda _self: Screen())
        dialog = made()
        qtbot.addWidget(dialog)
        assert dialog.size() == expected
