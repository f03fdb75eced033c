"""The read-only sheet of every keyboard shortcut (F1, or ? on the timeline), from the one table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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

from timeline_app.viewmodel.actions import shown_shortcuts

translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")
SHEET_SIZE = (720, 680)
ROW_PADDING_PX = 6


def sheet_title() -> str:
    """The sheet's title, in the user's language."""
    return translate("ShortcutSheet", "Keyboard Shortcuts")


class ShortcutSheet(QDialog):
    """The table of shortcuts, read-only, grouped by where they work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(sheet_title())
        self.setAccessibleName(sheet_title())
        rows = shown_shortcuts()
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutTable")
        self.table.setAccessibleName(translate("ShortcutSheet", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("ShortcutSheet", "Keys"),
                translate("ShortcutSheet", "What they do"),
                translate("ShortcutSheet", "Where"),
            ]
        )
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
            for column, text in enumerate((shortcut.text(), shortcut.description, shortcut.scope.label)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(
            translate(
                "ShortcutSheet",
                "Timeline, overview strip and search field keys work when that part has the focus.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(*SHEET_SIZE)  # the window opening it cuts this to the screen (app.screen_fit)
