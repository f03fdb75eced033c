"""Message boxes that quote a file: their text is always plain, never HTML the file could have put there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from timeline_app.io.errors import EditRefusedError, TimelineLoadError

BULLET = "•  "  # before each of several problems: a wrapped line stays with its own


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


def problem_list(error: TimelineLoadError | EditRefusedError, limit: int = 10) -> str:
    """The first ``limit`` problems of ``error`` in the window's language, a line each (bulleted
    when there are several, so that a line the box wraps is not taken for the next problem),
    then "…" when there are more."""
    problems = error.problems
    lines = [problem.translated() for problem in problems[:limit]]
    if len(lines) > 1:
        lines = [BULLET + line for line in lines]
    total = error.total if isinstance(error, TimelineLoadError) else len(problems)
    if total > limit:
        lines.append("…")
    return "\n".join(lines)
