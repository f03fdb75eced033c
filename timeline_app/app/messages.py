"""Message boxes that quote a file: their text is always plain, never HTML the file could have put there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
    details: str = "",
    parent: QWidget | None = None,
) -> QMessageBox:
    """A message box (not yet shown) whose every text is shown as plain text."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # Qt applies it to the informative text too
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)  # a plain text editor: never HTML
    return box
