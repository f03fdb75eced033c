"""Every keyboard shortcut in one table, and the read-only sheet that shows it (F1, or ? on the timeline)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

Key = str | QKeySequence.StandardKey  # portable text ("Ctrl+E", "PgUp", "?") or a platform's standard key
StandardKey = QKeySequence.StandardKey
SHEET_TITLE = "Keyboard Shortcuts"
SHEET_SIZE = (720, 680)
ROW_PADDING_PX = 6


class Scope(StrEnum):
    """Where a shortcut works."""

    WINDOW = "Anywhere"
    CANVAS = "Timeline"
    OVERVIEW = "Overview strip"
    SEARCH = "Search field"
    FOCUS = "Moving around"


@dataclass(frozen=True, slots=True)
class Shortcut:
    """One row of the sheet: the keys (any of them works), what they do, and where.

    Window rows are menu actions and ``does`` is the menu item's path; ``bound`` is False
    for keys that Qt itself handles (Tab, menu letters), listed only to tell people.
    """

    keys: tuple[Key, ...]
    does: str
    scope: Scope
    bound: bool = True

    def portable(self) -> tuple[str, ...]:
        """The keys as Qt's portable text, standard keys resolved for this platform (some have none)."""
        texts = (QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText) for key in self.keys)
        return tuple(text for text in texts if text)

    def text(self) -> str:
        """The keys as people read them on this platform, e.g. "Ctrl+O" or "+ or ="."""
        if not self.bound:
            return " or ".join(str(key) for key in self.keys)
        names: list[str] = []
        for key in self.keys:
            name = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            name = name.replace("Return", "Enter")  # the key is labelled Enter
            if name and name not in names:
                names.append(name)
        return " or ".join(names)


SHORTCUTS: tuple[Shortcut, ...] = (
    # The menu actions (File, View, Search, Go, Help), in menu order.
    Shortcut((StandardKey.Open,), "File ▸ Open…", Scope.WINDOW),
    Shortcut((StandardKey.Refresh,), "File ▸ Reload", Scope.WINDOW),
    Shortcut(("Ctrl+E",), "File ▸ Export Image of View…", Scope.WINDOW),
    Shortcut(("Ctrl+Shift+E",), "File ▸ Export Image of Whole Timeline…", Scope.WINDOW),
    Shortcut(("Ctrl+Shift+S",), "File ▸ Export Data…", Scope.WINDOW),
    Shortcut((StandardKey.Print,), "File ▸ Print…", Scope.WINDOW),
    Shortcut((StandardKey.Quit,), "File ▸ Quit", Scope.WINDOW),
    Shortcut((StandardKey.ZoomIn,), "View ▸ Zoom In", Scope.WINDOW),
    Shortcut((StandardKey.ZoomOut,), "View ▸ Zoom Out", Scope.WINDOW),
    Shortcut(("Ctrl+0",), "View ▸ Fit All", Scope.WINDOW),
    Shortcut(("Ctrl+Return",), "View ▸ Zoom to Selected", Scope.WINDOW),
    Shortcut((StandardKey.Find,), "Search ▸ Find…", Scope.WINDOW),
    Shortcut((StandardKey.FindNext,), "Search ▸ Find Next", Scope.WINDOW),
    Shortcut((StandardKey.FindPrevious,), "Search ▸ Find Previous", Scope.WINDOW),
    Shortcut(("Ctrl+Shift+L",), "Search ▸ Clear Filter", Scope.WINDOW),
    Shortcut(("Alt+Left",), "Go ▸ Previous Event", Scope.WINDOW),
    Shortcut(("Alt+Right",), "Go ▸ Next Event", Scope.WINDOW),
    Shortcut(("Alt+Home",), "Go ▸ First Event", Scope.WINDOW),
    Shortcut(("Alt+End",), "Go ▸ Last Event", Scope.WINDOW),
    Shortcut(("F1",), "Help ▸ Keyboard Shortcuts", Scope.WINDOW),
    # The timeline canvas's own keys (TimelineCanvas.keyPressEvent), and ? for this sheet.
    Shortcut(("+", "="), "Zoom in", Scope.CANVAS),
    Shortcut(("-",), "Zoom out", Scope.CANVAS),
    Shortcut(("Left",), "Select the previous event in date order", Scope.CANVAS),
    Shortcut(("Right",), "Select the next event in date order", Scope.CANVAS),
    Shortcut(("Home",), "Select the first event", Scope.CANVAS),
    Shortcut(("End",), "Select the last event", Scope.CANVAS),
    Shortcut(("F",), "Fit everything", Scope.CANVAS),
    Shortcut(("Return", "Enter"), "Zoom to the selected event", Scope.CANVAS),
    Shortcut(("PgUp",), "Move to earlier time", Scope.CANVAS),
    Shortcut(("PgDown",), "Move to later time", Scope.CANVAS),
    Shortcut(("Esc",), "Clear the search, then the selection", Scope.CANVAS),
    Shortcut(("?",), "Show this list of shortcuts", Scope.CANVAS),
    # The overview strip under the timeline, when it has the focus.
    Shortcut(("Left",), "Move the view to earlier time", Scope.OVERVIEW),
    Shortcut(("Right",), "Move the view to later time", Scope.OVERVIEW),
    Shortcut(("+", "="), "Zoom in", Scope.OVERVIEW),
    Shortcut(("-",), "Zoom out", Scope.OVERVIEW),
    # The search field.
    Shortcut(("Return", "Enter"), "Select the next match", Scope.SEARCH),
    Shortcut(("Shift+Return", "Shift+Enter"), "Select the previous match", Scope.SEARCH),
    Shortcut(("Esc",), "Clear the search", Scope.SEARCH),
    # Qt's own keys.
    Shortcut(
        ("Tab", "Shift+Tab"),
        "Move between search field, timeline, overview strip, event list and details",
        Scope.FOCUS,
        bound=False,
    ),
    Shortcut(
        ("Alt+underlined letter",), "Open a menu; then the letter chooses an item", Scope.FOCUS, bound=False
    ),
)


def shortcuts_in(scope: Scope) -> tuple[Shortcut, ...]:
    """The rows of one scope, in table order."""
    return tuple(shortcut for shortcut in SHORTCUTS if shortcut.scope is scope)


def shown_shortcuts() -> tuple[Shortcut, ...]:
    """The rows that have keys on this platform (a standard key such as Quit may have none)."""
    return tuple(shortcut for shortcut in SHORTCUTS if shortcut.text())


class ShortcutSheet(QDialog):
    """The table of shortcuts, read-only, grouped by where they work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(SHEET_TITLE)
        self.setAccessibleName(SHEET_TITLE)
        rows = shown_shortcuts()
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutTable")
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Keys", "What they do", "Where"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        rows_header = self.table.verticalHeader()
        rows_header.setVisible(False)
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows_header.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING_PX)
        for row, shortcut in enumerate(rows):
            for column, text in enumerate((shortcut.text(), shortcut.does, shortcut.scope.value)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel("Timeline, overview strip and search field keys work when that part has the focus.")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(*SHEET_SIZE)
