"""The detail panel: everything the file says about the selected event, with links that select.

What copying and following links need is imported when they happen, not at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QWidget

from timeline_app.core.detail_html import (
    BREAK,
    BREAK_MARK_COLOR,
    EVENT_LINK_SCHEME,
    empty_state_html,
    event_html,
)
from timeline_app.viewmodel.actions import shortcut
from timeline_app.viewmodel.view_model import TimelineViewModel

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData, QUrl


class DetailPanel(QTextBrowser):
    """Shows the selected event; a click on a linked event selects and centres it."""

    def __init__(self, model: TimelineViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setAccessibleName("Event details")
        # Links are handled here: event links select, web links open in the browser only on click.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setMinimumWidth(260)
        self._model = model
        self.anchorClicked.connect(self._on_anchor_clicked)
        model.selection_changed.connect(self._show)
        model.timeline_changed.connect(lambda: self._show(model.selected))
        self._show(model.selected)

    def _show(self, selected: int | None) -> None:
        model = self._model
        if selected is None:
            self.setHtml(empty_state_html(model.timeline, _hint_keys()))
            return
        event = model.timeline.events[selected]
        self.setHtml(event_html(model.timeline, event, model.index.incoming.get(selected, ())))

    def createMimeDataFromSelection(self) -> QMimeData:
        """The selection as the file has it: without the breaks detail_html put into long words."""
        from PySide6.QtCore import QMimeData
        from PySide6.QtGui import QColor, QTextCursor, QTextDocument, QTextDocumentFragment

        cursor = self.textCursor()
        if BREAK not in cursor.selectedText():
            return super().createMimeDataFromSelection()
        copy = QTextDocument()
        editor = QTextCursor(copy)
        editor.insertFragment(cursor.selection())
        mark, found = QColor(BREAK_MARK_COLOR), copy.find(BREAK)
        while not found.isNull():
            # The found character is selected: its format is the one the cursor reports.
            if found.charFormat().foreground().color() == mark:
                found.removeSelectedText()
            found = copy.find(BREAK, found)
        fragment = QTextDocumentFragment(copy)
        data = QMimeData()
        data.setText(fragment.toPlainText())
        data.setHtml(fragment.toHtml())
        return data

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == EVENT_LINK_SCHEME:
            self._model.select_id(url.path())
        elif url.scheme() in ("http", "https"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)


# The actions the empty panel's hints name, by the names EMPTY_STATE_HINTS uses.
_HINT_ACTIONS = {
    "next": "canvas.next",
    "zoom_in": "canvas.zoom_in",
    "zoom_out": "canvas.zoom_out",
    "fit": "canvas.fit_all",
    "new_event": "edit.new_event",
    "edit": "edit.edit_event",
}


def _hint_keys() -> dict[str, str]:
    return {name: shortcut(action).main_key() for name, action in _HINT_ACTIONS.items()}
