"""Edit ▸ Lanes…: add, rename, recolour, reorder (drag) and remove lanes, applied as one undoable step.

Removing a lane that holds events asks what becomes of them: they move to another lane, stay
without a lane, or are deleted (with the links to them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.app.messages import problem_list
from timeline_app.app.screen_fit import resize_to_fit
from timeline_app.core.event_table import NO_LANE
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, fill, whole_number
from timeline_app.core.model import ID_CHARACTERS, Lane
from timeline_app.io.editing import lanes_change
from timeline_app.viewmodel.editor import TimelineEditor

translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")
# Marked here, translated where shown (translated()).
NEW_LANE_LABEL = QT_TRANSLATE_NOOP("LanesDialog", "New lane")
NO_LANE_CHOICE = QT_TRANSLATE_NOOP("LanesDialog", "Keep them without a lane")
DELETE_CHOICE = QT_TRANSLATE_NOOP("LanesDialog", "Delete them")
MOVE_CHOICE = QT_TRANSLATE_NOOP("LanesDialog", "Move them to “%1”")
SWATCH_PX = 14
DIALOG_SIZE = (460, 360)
_NOT_ID = re.compile(rf"[^{ID_CHARACTERS}]+")


def translated(text: str) -> str:
    """One of this module's marked texts in the user's language."""
    return QCoreApplication.translate("LanesDialog", text)


@dataclass
class _Removed:
    """A lane taken out, and what becomes of its events."""

    lane: Lane
    fate: str | None  # the id of the lane its events move to; None: no lane
    delete_events: bool


class LanesDialog(QDialog):
    """The timeline's lanes as a list to edit; OK applies the whole edit as one step."""

    def __init__(self, editor: TimelineEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LanesDialog", "Lanes"))
        self.setObjectName("lanesDialog")
        self._editor = editor
        timeline = editor.model.timeline
        counts = _event_counts(editor)
        self._counts = {lane.id: counts[number] for number, lane in enumerate(timeline.lanes)}
        self._removed: list[_Removed] = []
        self.list = QListWidget()
        self.list.setObjectName("laneList")
        self.list.setAccessibleName(
            translate("LanesDialog", "Lanes, in order; drag to reorder, double-click to rename")
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        for lane in timeline.lanes:
            self._add_item(lane)
        buttons = QVBoxLayout()
        for text, slot in (
            (translate("LanesDialog", "&Add"), self.add_lane),
            (translate("LanesDialog", "Re&name"), self._rename),
            (translate("LanesDialog", "&Colour…"), self._recolour),
            (translate("LanesDialog", "&Remove…"), self.remove_selected),
            (translate("LanesDialog", "Move &Up"), lambda: self._move(-1)),
            (translate("LanesDialog", "Move &Down"), lambda: self._move(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(box)
        resize_to_fit(self, *DIALOG_SIZE)

    def _add_item(self, lane: Lane) -> QListWidgetItem:
        item = QListWidgetItem(lane.label)
        item.setData(Qt.ItemDataRole.UserRole, lane)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setIcon(_swatch(lane.color))
        self.list.addItem(item)
        return item

    def lanes(self) -> list[Lane]:
        """The lanes as the list now says, in its order, renamed as typed."""
        lanes = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            lane: Lane = item.data(Qt.ItemDataRole.UserRole)
            label = item.text().strip() or lane.label
            lanes.append(lane.model_copy(update={"label": label}))
        return lanes

    def add_lane(self) -> None:
        taken = {lane.id for lane in self.lanes()} | {removed.lane.id for removed in self._removed}
        label = translated(NEW_LANE_LABEL)
        item = self._add_item(Lane(id=_free_lane_id(label, taken), label=label))
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def _rename(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def _recolour(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        lane: Lane = item.data(Qt.ItemDataRole.UserRole)
        chosen = QColorDialog.getColor(
            QColor(lane.color or "#808080"), self, fill(translate("LanesDialog", "Colour of %1"), lane.label)
        )
        if chosen.isValid():
            lane = lane.model_copy(update={"color": chosen.name()})
            item.setData(Qt.ItemDataRole.UserRole, lane)
            item.setIcon(_swatch(lane.color))

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def remove_selected(self) -> None:
        """Take the selected lane out, asking what becomes of its events if it has any."""
        row = self.list.currentRow()
        if row < 0:
            return
        lane: Lane = self.list.item(row).data(Qt.ItemDataRole.UserRole)
        count = self._counts.get(lane.id, 0)
        fate: str | None = None
        delete_events = False
        if count:
            others = [other for other in self.lanes() if other.id != lane.id]
            choices = [fill(translated(MOVE_CHOICE), other.label) for other in others]
            choices += [translated(NO_LANE_CHOICE), translated(DELETE_CHOICE)]
            question = fill(
                translate("LanesDialog", "“%1” holds %2 event. What becomes of it?")
                if count == 1
                else translate("LanesDialog", "“%1” holds %2 events. What becomes of them?"),
                lane.label,
                whole_number(count),
            )
            title = translate("LanesDialog", "Remove lane")
            chosen, ok = QInputDialog.getItem(self, title, question, choices, 0, False)
            if not ok:
                return
            index = choices.index(chosen)
            if index < len(others):
                fate = others[index].id
            delete_events = chosen == translated(DELETE_CHOICE)
        self.list.takeItem(row)
        self._removed.append(_Removed(lane, fate, delete_events))

    def accept(self) -> None:
        """Apply the lanes as one step ("Edit Lanes"); a refused edit says why and stays open."""
        from timeline_app.app.messages import plain_message_box
        from timeline_app.io.errors import EditRefusedError

        lanes = self.lanes()
        timeline = self._editor.model.timeline
        if tuple(lanes) == timeline.lanes:
            super().accept()
            return
        fates = {removed.lane.id: removed.fate for removed in self._removed}
        deleted = {removed.lane.id for removed in self._removed if removed.delete_events}
        try:
            change = lanes_change(
                timeline, lanes, fates, translate("LanesDialog", "Edit Lanes"), delete_events_of=deleted
            )
            self._editor.push(change)
        except EditRefusedError as error:
            from PySide6.QtWidgets import QMessageBox

            detail = problem_list(error, 8)
            text = translate("LanesDialog", "These lanes cannot be applied.")
            title = translate("LanesDialog", "Lanes")
            plain_message_box(QMessageBox.Icon.Warning, title, text, detail, parent=self).exec()
            return
        super().accept()


def _event_counts(editor: TimelineEditor) -> list[int]:
    """Events per lane of the timeline, in lane order."""
    import numpy as np

    events = editor.model.timeline.events
    lanes = events.lane[events.lane != NO_LANE]
    counts: list[int] = np.bincount(lanes, minlength=len(events.lane_ids)).tolist()
    return counts


def _swatch(color: str | None) -> QIcon:
    pixmap = QPixmap(SWATCH_PX, SWATCH_PX)
    pixmap.fill(QColor(color) if color else Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def _free_lane_id(label: str, taken: set[str]) -> str:
    """An id made from the label ("New lane" → "new-lane"), numbered if taken."""
    stem = _NOT_ID.sub("-", label.lower()).strip("-._:") or "lane"
    candidate, number = stem, 2
    while candidate in taken:
        candidate, number = f"{stem}-{number}", number + 1
    return candidate
