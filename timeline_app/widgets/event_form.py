"""The edit form of one event: its fields, the date read back live, problems shown at their field.

Enter (or leaving the form) applies, Esc cancels. An edit that would make the timeline
invalid is refused with the loader's own words beside the field concerned; nothing changes
until the whole event is valid. Fields the form does not show (metrics, rich text, a source's
"via") are kept as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.dates import DateError, format_date, parse_edtf
from timeline_app.core.detail_html import status_label
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, fill, translated
from timeline_app.core.link_kinds import LINK_KINDS
from timeline_app.core.model import STATUS_MEANINGS, Status
from timeline_app.io.editing import record_of
from timeline_app.io.errors import EditRefusedError, Problem
from timeline_app.viewmodel.editor import TimelineEditor
from timeline_app.viewmodel.view_model import TimelineViewModel

translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")
NO_LANE_TEXT = QT_TRANSLATE_NOOP("EventForm", "(no lane)")
LIST_SEPARATOR = ";"  # actors and tags: "Volkswagen; Xpeng" (names may hold commas)
ERROR_STYLE = "color: palette(highlight); font-weight: bold;"
ROW_TABLE_HEIGHT = 110
# The rows of each small table: the record's list field, its columns (field, heading).
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "sources": (
        ("outlet", QT_TRANSLATE_NOOP("EventForm", "Outlet")),
        ("quote", QT_TRANSLATE_NOOP("EventForm", "Quote")),
        ("url", QT_TRANSLATE_NOOP("EventForm", "Web address")),
    ),
    "amounts": (
        ("value", QT_TRANSLATE_NOOP("EventForm", "Amount")),
        ("currency", QT_TRANSLATE_NOOP("EventForm", "Currency")),
        ("what", QT_TRANSLATE_NOOP("EventForm", "For")),
    ),
    "links": (
        ("type", QT_TRANSLATE_NOOP("EventForm", "Kind")),
        ("target", QT_TRANSLATE_NOOP("EventForm", "Event id")),
    ),
}
# The tables' names as the form labels them.
TABLE_LABELS = {
    "sources": QT_TRANSLATE_NOOP("EventForm", "Sources"),
    "amounts": QT_TRANSLATE_NOOP("EventForm", "Amounts"),
    "links": QT_TRANSLATE_NOOP("EventForm", "Links"),
}
# Up to this many events, a link's target is chosen from a list of them; beyond, typed as an id.
MAX_LISTED_TARGETS = 5000


class _RowTable(QWidget):
    """A list field (sources, amounts, links) as a small table with Add and Remove buttons."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.columns = TABLES[name]
        self.table = QTableWidget(0, len(self.columns))
        self.table.setObjectName(f"{name}Table")
        label = translated("EventForm", TABLE_LABELS[name])
        self.table.setAccessibleName(label)
        self.table.setHorizontalHeaderLabels(
            [translated("EventForm", heading) for _field, heading in self.columns]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(ROW_TABLE_HEIGHT)
        add, remove = (
            QPushButton(translate("EventForm", "Add")),
            QPushButton(translate("EventForm", "Remove")),
        )
        add.setAccessibleName(fill(translate("EventForm", "Add to %1"), label))
        remove.setAccessibleName(fill(translate("EventForm", "Remove from %1"), label))
        add.clicked.connect(lambda: self._add_row({}))
        remove.clicked.connect(self._remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._originals: list[Mapping[str, Any]] = []
        # The events a link may point at, (id, title), chosen from a list; None: typed as ids.
        self.targets: list[tuple[str, str]] | None = None

    def fill(self, rows: list[Mapping[str, Any]]) -> None:
        self.table.setRowCount(0)
        self._originals = []
        for row in rows:
            self._add_row(row)

    def _add_row(self, row: Mapping[str, Any]) -> None:
        number = self.table.rowCount()
        self.table.insertRow(number)
        self._originals.append(row)
        for column, (field, _heading) in enumerate(self.columns):
            if field == "type":
                kinds = QComboBox()
                for kind in LINK_KINDS:
                    kinds.addItem(kind.outgoing_words, kind.id)
                kinds.setCurrentIndex(max(kinds.findData(row.get("type", "related")), 0))
                self.table.setCellWidget(number, column, kinds)
                continue
            if field == "target" and self.targets is not None:
                events = QComboBox()
                events.addItem("", None)  # no target yet: an empty row
                for event_id, title in self.targets:
                    events.addItem(f"{title} ({event_id})", event_id)
                events.setCurrentIndex(max(events.findData(row.get("target")), 0))
                self.table.setCellWidget(number, column, events)
                continue
            value = row.get(field)
            self.table.setItem(number, column, QTableWidgetItem("" if value is None else _number_text(value)))

    def _remove_row(self) -> None:
        number = self.table.currentRow()
        if number >= 0:
            self.table.removeRow(number)
            del self._originals[number]

    def rows(self) -> list[dict[str, Any]]:
        """The rows as the file writes them: the fields the table does not show kept; empty rows dropped."""
        rows = []
        for number in range(self.table.rowCount()):
            row = dict(self._originals[number])
            for column, (field, _heading) in enumerate(self.columns):
                widget = self.table.cellWidget(number, column)
                if isinstance(widget, QComboBox):
                    _set_or_drop(row, field, widget.currentData())
                    continue
                item = self.table.item(number, column)
                text = item.text().strip() if item is not None else ""
                if text:
                    row[field] = _number(text) if field == "value" else text
                else:
                    row.pop(field, None)
            if set(row) - {"type"}:  # a link with a kind but no target is an empty row
                rows.append(row)
        return rows


def _number_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{value:.0f}"
    return str(value)


def _number(text: str) -> float | str:
    """A typed amount as a number (the loader's check names a text that is none)."""
    try:
        return float(text.replace(",", "").replace("_", ""))
    except ValueError:
        return text


class EventForm(QWidget):
    """Edits the event it is given; ``finished`` when applied or cancelled."""

    finished = Signal()

    def __init__(
        self, model: TimelineViewModel, editor: TimelineEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventForm")
        self.setAccessibleName(translate("EventForm", "Edit event"))
        self._model = model
        self._editor = editor
        self._index: int | None = None
        self.applying = False  # the form's own change is being shown: not a reason to close it
        self._record: dict[str, Any] = {}
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = self._line(form, "title", translate("EventForm", "&Title"))
        self.date = self._line(form, "date", translate("EventForm", "&Date (EDTF)"))
        self.reading = QLabel()
        self.reading.setObjectName("dateReading")
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.reading.setWordWrap(True)
        form.addRow("", self.reading)
        self.date.textChanged.connect(self._read_date)
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status_label(status), status.value)
            meaning = translated("Status", STATUS_MEANINGS[status])
            self.status.setItemData(self.status.count() - 1, meaning, Qt.ItemDataRole.ToolTipRole)
        self._add(form, "status", translate("EventForm", "&Status"), self.status)
        self.lane = QComboBox()
        self._add(form, "lane", translate("EventForm", "&Lane"), self.lane)
        self.actors = self._line(form, "actors", translate("EventForm", "&Actors"))
        self.actors.setPlaceholderText(translate("EventForm", "Volkswagen; Xpeng"))
        self.tags = self._line(form, "tags", translate("EventForm", "Ta&gs"))
        self.tags.setPlaceholderText(translate("EventForm", "investment; electrification"))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(90)
        self._add(form, "summary", translate("EventForm", "S&ummary"), self.summary)
        self.tables = {name: _RowTable(name) for name in TABLES}
        for name, table in self.tables.items():
            self._add(form, name, translated("EventForm", TABLE_LABELS[name]), table)
        self.event_id = self._line(form, "id", translate("EventForm", "&Id"))
        apply, cancel = (
            QPushButton(translate("EventForm", "Apply")),
            QPushButton(translate("EventForm", "Cancel")),
        )
        apply.setObjectName("applyEdit")
        apply.setDefault(True)
        apply.clicked.connect(self.apply)
        cancel.clicked.connect(self.cancel)
        self.problem = QLabel()  # problems that belong to no single field
        self.problem.setObjectName("formProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(apply)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        inner_layout.addWidget(self.problem)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]

    def _line(self, form: QFormLayout, name: str, label: str) -> QLineEdit:
        line = QLineEdit()
        line.returnPressed.connect(self.apply)
        self._add(form, name, label, line)
        return line

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(f"{name}Field")
        widget.setAccessibleName(label.replace("&", ""))
        error = QLabel()
        error.setObjectName(f"{name}Problem")
        error.setTextFormat(Qt.TextFormat.PlainText)  # problems quote what was typed: never HTML
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(widget)
        box_layout.addWidget(error)
        title = QLabel(label)
        title.setBuddy(widget)
        form.addRow(title, box)
        self._fields[name] = widget
        self._errors[name] = error

    # -- filling and reading ---------------------------------------------------

    @property
    def index(self) -> int | None:
        """The event being edited, or None."""
        return self._index

    def edit(self, index: int) -> None:
        """Show event ``index`` in the form, the title field focused."""
        timeline = self._model.timeline
        self._index = index
        self._record = record_of(timeline, index)
        record = self._record
        self.title.setText(record["title"])
        self.date.setText(record["date"])
        self.status.setCurrentIndex(max(self.status.findData(record["status"]), 0))
        self.lane.clear()
        self.lane.addItem(translated("EventForm", NO_LANE_TEXT), None)
        for lane in timeline.lanes:
            self.lane.addItem(lane.label, lane.id)
        self.lane.setCurrentIndex(max(self.lane.findData(record.get("lane")), 0))
        self.actors.setText(f"{LIST_SEPARATOR} ".join(record.get("actors", ())))
        self.tags.setText(f"{LIST_SEPARATOR} ".join(record.get("tags", ())))
        self.summary.setPlainText(record.get("summary", ""))
        links = self.tables["links"]
        events = timeline.events
        links.targets = (
            [
                (event_id, title)
                for event_id, title in zip(events.ids, events.titles, strict=True)
                if event_id != record["id"]
            ]
            if len(events) <= MAX_LISTED_TARGETS
            else None
        )
        for name, table in self.tables.items():
            table.fill(list(record.get(name, ())))
        self.event_id.setText(record["id"])
        self._show_problems([])
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()

    def record(self) -> dict[str, Any]:
        """The event as the form now says, in the file's field order."""
        record = dict(self._record)
        record.update(
            id=self.event_id.text().strip(),
            title=self.title.text().strip(),
            date=self.date.text().strip(),
            status=self.status.currentData(),
        )
        lane = self.lane.currentData()
        _set_or_drop(record, "lane", lane)
        _set_or_drop(record, "summary", self.summary.toPlainText().strip())
        for name, line in (("actors", self.actors), ("tags", self.tags)):
            _set_or_drop(
                record, name, [part.strip() for part in line.text().split(LIST_SEPARATOR) if part.strip()]
            )
        for name, table in self.tables.items():
            _set_or_drop(record, name, table.rows())
        return record

    def _read_date(self, text: str) -> None:
        """The date as the app reads it, while it is typed: "second half of 2024"."""
        try:
            reads_as = translate("EventForm", "Reads as: %1")
            self.reading.setText(fill(reads_as, format_date(parse_edtf(text.strip()))))
        except DateError as error:
            self.reading.setText(error.phrase.translated())

    # -- applying --------------------------------------------------------------

    def apply(self) -> bool:
        """Make the change; False (and the problems shown at their fields) if it is refused."""
        if self._index is None:
            return True
        index = self._index
        record = self.record()
        # Applying the same one field of the same event again (a title typed in two goes) joins
        # its undo step: one Undo gives back what the field said before the first.
        changed = {
            name for name in record.keys() | self._record.keys() if record.get(name) != self._record.get(name)
        }
        self.applying = True
        try:
            self._editor.edit_event(index, record, changed.pop() if len(changed) == 1 else None)
        except EditRefusedError as error:
            self._show_problems(error.problems)
            return False
        finally:
            self.applying = False
        self._index = None
        self.finished.emit()
        return True

    def cancel(self) -> None:
        """Leave the event as it was."""
        self._index = None
        self.finished.emit()

    def _show_problems(self, problems: list[Problem]) -> None:
        unplaced = []
        for error in self._errors.values():
            error.clear()
            error.hide()
        for problem in problems:
            field = _field_of(problem.where)
            label = self._errors.get(field)
            if label is None:
                unplaced.append(problem.translated())
                continue
            label.setText("\n".join(filter(None, [label.text(), problem.words.translated()])))
            label.show()
        self.problem.setText("\n".join(unplaced))
        first = next((self._fields[name] for name in self._fields if self._errors[name].text()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving the form applies it (a refused edit keeps the form open and says why)."""
        if self._index is None or old is None or new is None:
            return
        if self.isAncestorOf(old) and not self.isAncestorOf(new) and new.window() is self.window():
            self.apply()


def _set_or_drop(record: dict[str, Any], name: str, value: object) -> None:
    if value:
        record[name] = value
    else:
        record.pop(name, None)


def _field_of(where: str) -> str:
    """The form field a problem's place names: "events[3].sources[0].url" → "sources"."""
    rest = where.split("]", 1)[1] if where.startswith("events[") else ""
    return rest.lstrip(".").split(".", 1)[0].split("[", 1)[0]
