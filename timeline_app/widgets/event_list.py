"""The event list: a table of the shown events whose selection is the timeline's selection.

Sorting and filtering happen on numpy columns inside the model rather than in a
QSortFilterProxyModel: a proxy calls back into Python for every row it filters
and every comparison it sorts, which takes seconds at a hundred thousand rows.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from timeline_app.core.dates import format_date
from timeline_app.core.detail_html import status_label
from timeline_app.core.event_table import NO_LANE, STATUS_ORDER
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, day_month_year, translated
from timeline_app.viewmodel.view_model import TimelineViewModel

IndexArray = npt.NDArray[np.intp]
ModelIndex = QModelIndex | QPersistentModelIndex


DRAFT_PREFIX = QT_TRANSLATE_NOOP("EventList", "Draft · ")  # before a draft's title, translated


class Column(IntEnum):
    """The list's columns, in display order."""

    DATE = 0
    TITLE = 1
    STATUS = 2
    LANE = 3
    ACTORS = 4


HEADERS = {  # translated where shown
    Column.DATE: QT_TRANSLATE_NOOP("EventList", "Date"),
    Column.TITLE: QT_TRANSLATE_NOOP("EventList", "Title"),
    Column.STATUS: QT_TRANSLATE_NOOP("EventList", "Status"),
    Column.LANE: QT_TRANSLATE_NOOP("EventList", "Lane"),
    Column.ACTORS: QT_TRANSLATE_NOOP("EventList", "Actors"),
}
COLUMN_WIDTHS = {Column.STATUS: 90, Column.LANE: 170}
# The side column is narrow: date and title show, the others are a right-click on the header away.
HIDDEN_AT_FIRST = (Column.STATUS, Column.LANE, Column.ACTORS)
# The date column fits the longest single day (an interval is cut; the tooltip has it whole):
# the 28th of the month whose name (or number: 2024年12月28日) is longest, as the language writes it.
LONGEST_DAY, LONGEST_YEAR = 28, "2024"
DATE_COLUMN_PADDING_PX = 14
EVENT_LIST_NAME = QT_TRANSLATE_NOOP("EventList", "Event list")


class EventListModel(QAbstractTableModel):
    """Rows are the events the filter shows (and the search matches), in the chosen sort order."""

    def __init__(self, model: TimelineViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._sort_column = Column.DATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._permutations: dict[Column, IndexArray] = {}
        self._date_texts: dict[int, str] = {}
        self._rows: IndexArray = np.empty(0, dtype=np.intp)
        self._row_of: IndexArray | None = None  # row of each event (-1: not shown), once asked
        model.timeline_changed.connect(self._on_timeline_changed)
        model.filter_changed.connect(self._refresh)
        self._refresh()

    # -- Qt model interface ----------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else int(self._rows.size)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated("EventList", HEADERS[Column(section)])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._text(int(self._rows[index.row()]), Column(index.column()))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = Column(column)
        self._sort_order = order
        self._refresh()

    # -- queries ---------------------------------------------------------------

    def event_at(self, row: int) -> int:
        """The event shown in ``row``."""
        return int(self._rows[row])

    def row_of(self, event: int) -> int | None:
        """The row showing ``event``, or None when the filter hides it."""
        full = self._model.full_index
        if self._rows is full.order and 0 <= event < self._rows.size:
            # Every event in date order: its place in the order, found without a map of a
            # million rows (made anew after each edit, it cost several ms of each).
            return full.position_of(event, self._model.timeline.events)
        if self._row_of is None:
            # Made when first asked (a selection), not with every refresh: at millions of events
            # it cost tens of milliseconds of frozen window per timeline, twice.
            self._row_of = np.full(len(self._model.timeline.events), -1, dtype=np.intp)
            self._row_of[self._rows] = np.arange(self._rows.size, dtype=np.intp)
        row = int(self._row_of[event]) if 0 <= event < self._row_of.size else -1
        return None if row < 0 else row

    # -- internals -------------------------------------------------------------

    def _text(self, event: int, column: Column) -> str:
        events = self._model.timeline.events
        if column is Column.DATE:
            code = int(events.date_code[event])
            text = self._date_texts.get(code)
            if text is None:
                text = self._date_texts[code] = format_date(events.date_values[code])
            return text
        if column is Column.TITLE:
            # A draft from an article says so until accepted (the canvas rings it).
            title = events.titles[event]
            return translated("EventList", DRAFT_PREFIX) + title if events.is_draft(event) else title
        if column is Column.STATUS:
            return status_label(STATUS_ORDER[int(events.status[event])])
        if column is Column.LANE:
            lane = int(events.lane[event])
            if lane == NO_LANE:
                return ""
            found = self._model.timeline.lane_by_id(events.lane_ids[lane])
            return found.label if found is not None else events.lane_ids[lane]
        return ", ".join(events.details_of(event).get("actors", ()))

    def _permutation(self, column: Column) -> IndexArray:
        """All events ordered by ``column`` (computed once per timeline and column)."""
        cached = self._permutations.get(column)
        if cached is not None:
            return cached
        events = self._model.timeline.events
        count = len(events)
        if column is Column.DATE:
            order = self._model.full_index.order
        elif column in (Column.STATUS, Column.LANE):
            codes = events.status if column is Column.STATUS else events.lane
            order = np.lexsort((events.start, codes))
        else:
            keys = np.array([self._text(i, column).casefold() for i in range(count)], dtype=object)
            order = np.argsort(keys, kind="stable")
        self._permutations[column] = order.astype(np.intp, copy=False)
        return self._permutations[column]

    def _refresh(self) -> None:
        self.beginResetModel()
        order = self._permutation(self._sort_column)
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            order = order[::-1]
        # The list narrows to the search matches as you type; the canvas dims the rest instead.
        shown = self._model.match_mask if self._model.match_mask is not None else self._model.shown_mask
        self._rows = order if shown is None else order[shown[order]]
        self._row_of = None
        self.endResetModel()

    def _on_timeline_changed(self) -> None:
        self._permutations.clear()
        self._date_texts.clear()
        self._refresh()


class EventListView(QTableView):
    """The table; choosing a row selects the event, and the timeline's selection picks the row."""

    def __init__(self, model: TimelineViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventList")
        self.setAccessibleName(translated("EventList", EVENT_LIST_NAME))
        self._model = model
        self._list = EventListModel(model, self)
        self.setModel(self._list)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights let the view skip measuring 100k rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            self.setColumnWidth(column, width)
        longest = max(
            self.fontMetrics().horizontalAdvance(day_month_year(LONGEST_DAY, month, LONGEST_YEAR))
            for month in range(1, 13)
        )
        date_width = longest + DATE_COLUMN_PADDING_PX
        self.setColumnWidth(Column.DATE, date_width)
        for column in HIDDEN_AT_FIRST:
            self.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self._syncing = False
        self._connect_selection()
        model.selection_changed.connect(self._show_selection)
        self._list.modelReset.connect(self._after_reset)

    def _column_menu(self, position: QPoint) -> None:
        """Right-click on the header: choose the columns shown (the title always is)."""
        menu = QMenu(self)
        for column in Column:
            if column is Column.TITLE:
                continue
            action = menu.addAction(str(self.model().headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.setColumnHidden(c, not on))
        menu.popup(self.horizontalHeader().mapToGlobal(position))

    @property
    def list_model(self) -> EventListModel:
        return self._list

    def _connect_selection(self) -> None:
        selection = self.selectionModel()
        selection.currentRowChanged.connect(self._on_current_row_changed)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        event = self._list.event_at(current.row())
        self._syncing = True
        try:
            self._model.select(event)
            self._model.bring_into_view(event)
        finally:
            self._syncing = False

    def _show_selection(self, event: int | None) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            row = None if event is None else self._list.row_of(event)
            selection = self.selectionModel()
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
                return
            index = self._list.index(row, Column.DATE)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._syncing = False

    def _after_reset(self) -> None:
        self._show_selection(self._model.selected)
