"""The search field, match count and filter menu above the timeline, and the always-visible filter bar."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from timeline_app.core.detail_html import status_label
from timeline_app.core.i18n import fill, whole_number
from timeline_app.core.model import Status
from timeline_app.viewmodel.actions import Scope, action_for, shortcut, without_mnemonic
from timeline_app.viewmodel.view_model import TimelineViewModel

T = TypeVar("T")

# Actor and tag menus list the most frequent ones; beyond that a menu is no longer usable.
MAX_MENU_CHOICES = 40
translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")


class SearchField(QLineEdit):
    """A line edit where Enter and Shift+Enter walk the matches and Esc clears."""

    def __init__(self, model: TimelineViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setAccessibleName(translate("SearchBar", "Search events"))
        placeholder = translate("SearchBar", "Search titles, summaries, actors, sources, tags  (%1)")
        self.setPlaceholderText(fill(placeholder, shortcut("search.find").main_key()))
        self.setClearButtonEnabled(True)
        for button in self.findChildren(QToolButton):  # the clear button: an icon, no text
            button.setAccessibleName(translate("SearchBar", "Clear search"))
        self._model = model
        self.textChanged.connect(model.set_query)
        model.filter_changed.connect(self._follow_model)

    def _follow_model(self) -> None:
        """The query can also be cleared elsewhere (Esc on the canvas)."""
        if self.text() != self._model.query:
            self.setText(self._model.query)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = action_for(Scope.SEARCH, event)
        if action in ("search.next_match", "search.previous_match"):
            self._model.select_match_step(1 if action == "search.next_match" else -1)
        elif action == "search.clear" and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class SearchBar(QWidget):
    """Search field, match count, previous/next, filter menu; and a bar naming the active filter."""

    def __init__(self, model: TimelineViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self._model = model
        self.field = SearchField(model)
        self.count_label = QLabel()
        self.count_label.setObjectName("matchCount")
        self.count_label.setMinimumWidth(110)
        self.previous_button = self._tool_button(
            "‹",
            fill(translate("SearchBar", "Previous match (%1)"), shortcut("search.find_previous").text()),
            lambda: model.select_match_step(-1),
        )
        self.next_button = self._tool_button(
            "›",
            fill(translate("SearchBar", "Next match (%1)"), shortcut("search.find_next").text()),
            lambda: model.select_match_step(1),
        )
        self.filter_button = QToolButton()
        self.filter_button.setObjectName("filterButton")
        self.filter_button.setText(translate("SearchBar", "Filter"))
        self.filter_button.setAccessibleName(translate("SearchBar", "Filter events"))
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_menu = QMenu(translate("SearchBar", "F&ilter"), self.filter_button)
        self.filter_menu.setAccessibleName(translate("SearchBar", "Filter"))
        self.filter_menu.aboutToShow.connect(self._fill_filter_menu)
        self.filter_button.setMenu(self.filter_menu)
        self.filter_label = _ElidedLabel()
        self.filter_label.setObjectName("filterDescription")
        self.clear_filter_button = QPushButton(translate("SearchBar", "Clear filter"))
        self.clear_filter_button.setObjectName("clearFilter")
        self.clear_filter_button.clicked.connect(model.clear_filter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.field, 3)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count_label)
        layout.addWidget(self.filter_button)
        layout.addWidget(self.filter_label, 2)
        layout.addWidget(self.clear_filter_button)
        model.filter_changed.connect(self._show_state)
        model.timeline_changed.connect(self._show_state)
        self._show_state()

    def _tool_button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def _show_state(self) -> None:
        model = self._model
        searching = bool(model.query.strip())
        count = model.match_count
        if not searching:
            self.count_label.setText("")
        elif model.search_pending:
            self.count_label.setText(translate("SearchBar", "Indexing…"))
        elif count == 0:
            self.count_label.setText(translate("SearchBar", "No matches"))
        else:
            matches = (
                translate("SearchBar", "%1 match") if count == 1 else translate("SearchBar", "%1 matches")
            )
            self.count_label.setText(fill(matches, whole_number(count)))
        self.previous_button.setEnabled(searching and count > 0)
        self.next_button.setEnabled(searching and count > 0)
        event_filter = model.event_filter
        active = not event_filter.is_empty
        labels = {lane.id: lane.label for lane in model.timeline.lanes}
        showing = fill(translate("SearchBar", "Showing only: %1"), event_filter.describe(labels))
        self.filter_label.set_full_text(showing if active else "")
        self.filter_label.setVisible(active)
        self.clear_filter_button.setVisible(active)
        self.filter_button.setText(
            translate("SearchBar", "Filter ●") if active else translate("SearchBar", "Filter")
        )

    def _fill_filter_menu(self) -> None:
        """Rebuilt each time it opens, so it always reflects the timeline and the filter."""
        menu = self.filter_menu
        for old in menu.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            old.deleteLater()  # clear() drops the submenus' entries but not the submenus
        menu.clear()
        model = self._model
        current = model.event_filter
        # Status comes first, so it is the item a keyboard lands on; the others have mnemonics.
        status_menu = self._submenu(menu, translate("SearchBar", "Status"))
        for status in Status:
            self._choice(
                status_menu,
                status_label(status),
                status in current.statuses,
                lambda on, s=status: self._toggle(statuses=_toggled(current.statuses, s, on)),
            )
        lane_menu = self._submenu(menu, translate("SearchBar", "&Lane"))
        lanes: list[tuple[str | None, str]] = [(lane.id, lane.label) for lane in model.timeline.lanes]
        # Whatever the filter hides: a lane filtered out must stay in the menu to be put back.
        if model.full_index.has_events_without_lane():
            lanes.append((None, translate("SearchBar", "(no lane)")))
        for lane_id, label in lanes:
            self._choice(
                lane_menu,
                _literal(label),
                lane_id in current.lanes,
                lambda on, lane=lane_id: self._toggle(lanes=_toggled(current.lanes, lane, on)),
            )
        actor_menu = self._submenu(menu, translate("SearchBar", "&Actor"))
        self._counted_choices(actor_menu, model.search_index.actors(), "actors")
        self._counted_choices(
            self._submenu(menu, translate("SearchBar", "&Tag")), model.search_index.tags(), "tags"
        )
        menu.addSeparator()
        clear = menu.addAction(translate("SearchBar", "&Clear filter"))
        clear.setEnabled(not current.is_empty)
        clear.triggered.connect(model.clear_filter)

    def _counted_choices(self, menu: QMenu, entries: list[tuple[str, int]], field: str) -> None:
        """One checkable entry per name (with its event count) toggling it in filter ``field``."""
        chosen: frozenset[str] = getattr(self._model.event_filter, field)
        for name, count in entries[:MAX_MENU_CHOICES]:
            self._choice(
                menu,
                _literal(f"{name}  ({whole_number(count)})"),
                name in chosen,
                lambda on, n=name: self._toggle(**{field: _toggled(chosen, n, on)}),
            )

    @staticmethod
    def _submenu(menu: QMenu, title: str) -> QMenu:
        submenu = menu.addMenu(title)
        submenu.setAccessibleName(without_mnemonic(title))
        return submenu

    @staticmethod
    def _choice(menu: QMenu, text: str, checked: bool, slot: object) -> None:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(checked)
        action.toggled.connect(slot)

    def _toggle(self, **changes: Any) -> None:
        self._model.set_filter(replace(self._model.event_filter, **changes))


def _literal(text: str) -> str:
    """A name from the file as a menu shows it: its & is a character, not a mnemonic."""
    return text.replace("&", "&&")


def _toggled(values: frozenset[T], value: T, on: bool) -> frozenset[T]:
    return values | {value} if on else values - {value}


class _ElidedLabel(QLabel):
    """A one-line label that gives up width: its text is cut with "…" where the row is narrow
    (whole in its tooltip), instead of widening the window past the screen (a filter's
    description of a lane and two dates did, at 1024 pixels)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)  # lane, actor and tag names from the file
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        if text:  # (none at start-up, where the sanitiser's HTML parser is not imported)
            from timeline_app.core.rich_text import plain_as_html

            self.setToolTip(plain_as_html(text))  # Qt would take "<b>" from a file as HTML
        else:
            self.setToolTip("")
        self.setAccessibleName(text)  # read whole, whatever is shown
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))
