"""The Edit menu's event commands: new, edit, duplicate and delete, with the questions they ask.

They act on the event selected in the canvas and the event list; a change the timeline
cannot take is refused with the loader's words in a message, and nothing changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from timeline_app.app.messages import plain_message_box
from timeline_app.core.i18n import fill, whole_number
from timeline_app.io.errors import EditRefusedError
from timeline_app.view.drag import precision_for_view
from timeline_app.viewmodel.editor import TimelineEditor
from timeline_app.viewmodel.view_model import TimelineViewModel
from timeline_app.widgets.canvas import TimelineCanvas

if TYPE_CHECKING:
    from timeline_app.widgets.event_form import EventForm

MAX_PROBLEMS_SHOWN = 8

translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")


class EditCommands(QObject):
    """Runs the Edit menu's event commands for one window."""

    def __init__(
        self,
        model: TimelineViewModel,
        editor: TimelineEditor,
        canvas: TimelineCanvas,
        side: QStackedWidget,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._model = model
        self._editor = editor
        self._canvas = canvas
        self._side = side  # page 0 the details, page 1 the form once it is made
        self._form: EventForm | None = None
        self._window = window
        canvas.edit_refused.connect(self.refused)
        model.timeline_changed.connect(self._timeline_changed)

    def edit_selected(self) -> None:
        """F2 or the Edit button: the selected event in the form."""
        selected = self._model.selected
        if selected is None:
            return
        self.form.edit(selected)
        self._side.setCurrentWidget(self.form)

    def new_event(self) -> None:
        """Insert: a new event at the time under the pointer (or the view's centre), at the
        precision the axis shows, in the selected event's lane; then its form."""
        model = self._model
        viewport = model.viewport
        pointer = self._canvas.mapFromGlobal(QCursor.pos())
        inside = self._canvas.rect().contains(pointer)
        at = viewport.t_at(pointer.x()) if inside else viewport.center
        selected = model.selected
        lane = None if selected is None else model.timeline.events[selected].lane
        try:
            index = self._editor.new_event(at, precision_for_view(viewport), lane)
        except EditRefusedError as error:
            self.refused(error)
            return
        model.select(index)
        self.edit_selected()

    def duplicate_selected(self) -> None:
        """Ctrl+D: a copy of the selected event right after it, selected."""
        selected = self._model.selected
        if selected is None:
            return
        try:
            index = self._editor.duplicate_event(selected)
        except EditRefusedError as error:
            self.refused(error)
            return
        self._model.select(index)

    def delete_selected(self) -> None:
        """Delete: the selected event; if others link to it, ask whether their links go too."""
        model = self._model
        selected = model.selected
        if selected is None:
            return
        from timeline_app.io.editing import links_to

        linking = links_to(model.timeline, selected)
        drop_links = False
        if linking:
            events = model.timeline.events
            names = sorted({events.titles[i] for i, _k in linking})
            count = len({i for i, _k in linking})
            box = plain_message_box(
                QMessageBox.Icon.Question,
                translate("EditCommands", "Delete event"),
                fill(
                    translate("EditCommands", "%1 other event links to “%2”.")
                    if count == 1
                    else translate("EditCommands", "%1 other events link to “%2”."),
                    whole_number(count),
                    events.titles[selected],
                ),
                translate("EditCommands", "Delete it and remove those links? (Undo brings both back.)")
                + "\n\n"
                + "\n".join(names[:10]),
                parent=self._window,
            )
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
            box.button(QMessageBox.StandardButton.Yes).setText(
                translate("EditCommands", "Delete and Remove Links")
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return
            drop_links = True
        try:
            self._editor.delete_events([selected], drop_links=drop_links)
        except EditRefusedError as error:
            self.refused(error)

    def refused(self, error: EditRefusedError) -> None:
        """Say why a change was refused, in the loader's words and places."""
        lines = [problem.translated() for problem in error.problems[:MAX_PROBLEMS_SHOWN]]
        if len(error.problems) > MAX_PROBLEMS_SHOWN:
            lines.append("…")
        plain_message_box(
            QMessageBox.Icon.Warning,
            translate("EditCommands", "Change refused"),
            translate("EditCommands", "The timeline would not be valid; nothing was changed."),
            "\n".join(lines),
            parent=self._window,
        ).exec()

    @property
    def form(self) -> EventForm:
        """The edit form, made at the first edit (its thirty-odd widgets are no start-up work)."""
        if self._form is None:
            from timeline_app.widgets.event_form import EventForm

            self._form = EventForm(self._model, self._editor)
            self._form.finished.connect(self._close_form)
            self._side.addWidget(self._form)
        return self._form

    def _close_form(self) -> None:
        self._side.setCurrentIndex(0)
        self._canvas.setFocus()

    def _timeline_changed(self) -> None:
        """Another timeline, an undo or a drag while the form was open: what it shows is stale."""
        form = self._form
        if form is not None and form.index is not None and not form.applying:
            form.cancel()
