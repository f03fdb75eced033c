"""The main window: canvas and detail panel side by side, menus, status bar, remembered geometry.

What only a menu command needs (image export, printing and Qt's print support) is imported when
the command runs: at start-up it would delay the first frame.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app import __version__
from timeline_app.app.appearance import MENU_TEXT as APPEARANCE_TEXT
from timeline_app.app.appearance import Appearance, apply_appearance, palette_for
from timeline_app.app.article_commands import ARTICLE_SUFFIXES, ArticleCommands
from timeline_app.app.edit_commands import EditCommands
from timeline_app.app.file_controller import FileController, format_filter
from timeline_app.app.languages import LANGUAGES, SYSTEM
from timeline_app.app.messages import plain_message_box
from timeline_app.app.recovery import RecoveryKeeper
from timeline_app.app.screen_fit import resize_to_fit
from timeline_app.app.settings import AppSettings
from timeline_app.core.i18n import QT_TRANSLATE_NOOP, fill, whole_number
from timeline_app.core.quoting import visible
from timeline_app.core.timeline import UNTITLED
from timeline_app.io.writing import WriteError
from timeline_app.viewmodel.actions import shortcut, without_mnemonic
from timeline_app.viewmodel.review import ReviewSession
from timeline_app.viewmodel.view_model import TimelineViewModel
from timeline_app.widgets.canvas import TimelineCanvas
from timeline_app.widgets.detail_panel import DetailPanel
from timeline_app.widgets.event_list import EventListView
from timeline_app.widgets.notice_bar import NoticeBar
from timeline_app.widgets.overview import OverviewStrip
from timeline_app.widgets.review_panel import ReviewPanel
from timeline_app.widgets.search_bar import SearchBar
from timeline_app.widgets.shortcut_sheet import SHEET_SIZE, ShortcutSheet, sheet_title

if TYPE_CHECKING:
    from timeline_app.widgets.event_form import EventForm

APP_NAME = "Timeline"
translate = QCoreApplication.translate  # the name lupdate finds: translate("Context", "text")
# The first window on a screen takes this share of it, up to MAX_FIRST_SIZE, centred.
FIRST_SCREEN_SHARE = 0.85
MAX_FIRST_SIZE = QSize(1680, 1050)
DETAIL_PANEL_SHARE = 0.25  # the side column's share of the window width, the first time
DETAIL_SHARE_OF_SIDE = 0.45  # the detail panel's share of the side column's height
RECOVERY_TROUBLE = QT_TRANSLATE_NOOP(
    "MainWindow", "Unsaved edits cannot be copied aside for recovery: save them soon."
)  # translated where shown
ARTICLE_SHARE = 0.3  # the article's share of the window's width while a draft is reviewed
STATUS_MESSAGE_MS = 6000
UNSAVED_MARK = "*"  # before the window title while edits are unsaved
# Edit menu items that need a selected event.
_SELECTION_ACTIONS = frozenset({"actionEditEvent", "actionDuplicateEvent", "actionDeleteEvent"})


class MainWindow(QMainWindow):
    """One timeline file in a window."""

    def __init__(
        self, model: TimelineViewModel, path: Path | None, settings: AppSettings | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.model = model
        # The window owns its model: lambdas connected to the model's signals refer to the
        # window, a cycle through C++ that Python's collector cannot see; ownership breaks it.
        model.setParent(self)
        self._settings = settings or AppSettings()
        self.files = FileController(model, path, self._settings, self)
        self.editor = self.files.editor
        self.recovery = RecoveryKeeper(self.files)
        self.recovery.trouble.connect(self._recovery_trouble)
        self.notice_bar = NoticeBar()
        self.files.notice.connect(self.notice_bar.show_notice)
        self.files.path_changed.connect(lambda _path: self._update_title())
        self.files.status.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        self.editor.modified_changed.connect(lambda _modified: self._update_title())
        self.setAcceptDrops(True)
        self.canvas = TimelineCanvas(model, self.editor)
        self.overview = OverviewStrip(model)
        self.search_bar = SearchBar(model)
        self.event_list = EventListView(model)
        self.detail_panel = DetailPanel(model)
        self.detail_panel.set_folder(path)  # its images are named relative to the file
        self.files.path_changed.connect(self.detail_panel.set_folder)
        timeline_area = QWidget()
        timeline_layout = QVBoxLayout(timeline_area)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.setSpacing(0)
        timeline_layout.addWidget(self.search_bar)
        timeline_layout.addWidget(self.notice_bar)
        timeline_layout.addWidget(self.canvas, 1)
        timeline_layout.addWidget(self.overview)
        # The timeline gets the window's full height; the list and the details share the side.
        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.setObjectName("sideSplitter")
        self.detail_stack = QStackedWidget()
        self.detail_stack.setObjectName("detailStack")
        self.detail_stack.addWidget(self._detail_page())
        self.edits = EditCommands(model, self.editor, self.canvas, self.detail_stack, self)
        self.edit_button.clicked.connect(self.edits.edit_selected)
        self.side_splitter.addWidget(self.event_list)
        self.side_splitter.addWidget(self.detail_stack)
        self.side_splitter.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(timeline_area)
        self.splitter.addWidget(self.side_splitter)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        # A timeline drafted from an article shows the article on the left, to review beside it.
        self.review = ReviewSession(self.editor, self)
        self.review_panel = ReviewPanel(self.review)
        self.articles = ArticleCommands(self.files, self)
        self.review_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.review_splitter.setObjectName("reviewSplitter")
        self.review_splitter.addWidget(self.review_panel)
        self.review_splitter.addWidget(self.splitter)
        self.review_splitter.setStretchFactor(1, 1)
        self.review_splitter.setChildrenCollapsible(False)
        self.review.changed.connect(self._size_review_panel)
        self.setCentralWidget(self.review_splitter)
        self._count_label = QLabel()
        self._count_label.setObjectName("eventCount")
        self.statusBar().addPermanentWidget(self._count_label)
        self._shortcut_sheet: ShortcutSheet | None = None
        self._review_sized = False
        self._build_menus()
        self._set_tab_order()
        model.filter_changed.connect(self._show_count)
        model.timeline_changed.connect(self._show_count)
        model.timeline_changed.connect(self._update_title)
        self._update_title()
        self._show_count()
        self._restore_layout()
        self.canvas.setFocus()

    @property
    def event_form(self) -> EventForm:
        """The edit form beside the details (made at the first edit)."""
        return self.edits.form

    def _detail_page(self) -> QWidget:
        """The detail panel under a slim bar with its Edit button."""
        self.edit_button = QPushButton(translate("MainWindow", "Edit"))
        self.edit_button.setObjectName("editButton")
        self.edit_button.setToolTip(
            fill(
                translate("MainWindow", "Edit the selected event (%1)"),
                shortcut("edit.edit_event").main_key(),
            )
        )
        self.edit_button.setEnabled(False)
        self.model.selection_changed.connect(
            lambda selected: self.edit_button.setEnabled(selected is not None)
        )
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.detail_panel, 1)
        return page

    # -- menus ---------------------------------------------------------------

    def _action(self, text: str, slot: object, icon: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _bound(self, action_id: str, slot: object, icon: str | None = None) -> QAction:
        """A menu action whose text, keys and key hint come from the one table of shortcuts."""
        row = shortcut(action_id)
        action = self._action(row.menu_text, slot, icon)
        action.setShortcuts(row.sequences())
        return action

    def _build_menus(self) -> None:
        model = self.model
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self._bound("file.new", self.files.new_timeline, "document-new"))
        file_menu.addAction(self._bound("file.new_from_article", self.articles.new_from_article))
        file_menu.addAction(self._bound("file.open", self.files.open_dialog, "document-open"))
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_action = self._bound("file.save", self.files.save, "document-save")
        self.save_action.setObjectName("actionSave")
        file_menu.addAction(self.save_action)
        save_as = self._bound("file.save_as", self.files.save_as, "document-save-as")
        save_as.setObjectName("actionSaveAs")
        file_menu.addAction(save_as)
        file_menu.addAction(self._bound("file.reload", self.files.reload, "view-refresh"))
        file_menu.addSeparator()
        file_menu.addAction(
            self._bound("file.export_view", lambda: self.export_dialog(whole=False), "document-save-as")
        )
        file_menu.addAction(self._bound("file.export_whole", lambda: self.export_dialog(whole=True)))
        file_menu.addAction(self._bound("file.export_data", self.export_data_dialog))
        file_menu.addAction(self._bound("file.print", self.print_preview, "document-print"))
        file_menu.addSeparator()
        self.launches_action = self._action(
            translate("MainWindow", "&Files Opened from Outside in a New Window"),
            self._set_launches_in_new_window,
        )
        self.launches_action.setObjectName("actionLaunchesInNewWindow")
        self.launches_action.setCheckable(True)
        self.launches_action.setChecked(self._settings.launches_in_new_window)
        self.launches_action.setToolTip(
            translate(
                "MainWindow",
                "When a file is opened from outside (a file manager, a link, the command line) while "
                "the app runs: checked, it gets a new window; unchecked, it replaces this window's file",
            )
        )
        file_menu.addAction(self.launches_action)
        # Another window may have changed it.
        file_menu.aboutToShow.connect(
            lambda: self.launches_action.setChecked(self._settings.launches_in_new_window)
        )
        file_menu.addSeparator()
        file_menu.addAction(self._bound("file.quit", self.close, "application-exit"))
        self._build_edit_menu()
        view_menu = menu_bar.addMenu(translate("MainWindow", "&View"))
        view_menu.addAction(self._bound("view.zoom_in", model.zoom_in, "zoom-in"))
        view_menu.addAction(self._bound("view.zoom_out", model.zoom_out, "zoom-out"))
        view_menu.addAction(self._bound("view.fit_all", model.fit_all, "zoom-fit-best"))
        view_menu.addAction(self._bound("view.zoom_to_selected", model.zoom_to_selected))
        view_menu.addSeparator()
        view_menu.addAction(self._action(translate("MainWindow", "&Collapse All Lanes"), model.collapse_all))
        view_menu.addAction(self._action(translate("MainWindow", "E&xpand All Lanes"), model.expand_all))
        self.all_links_action = self._action(translate("MainWindow", "Show All &Links"), model.set_all_links)
        self.all_links_action.setCheckable(True)
        view_menu.addAction(self.all_links_action)
        view_menu.addSeparator()
        appearance_menu = view_menu.addMenu(translate("MainWindow", "&Appearance"))
        group = QActionGroup(self)
        for appearance in Appearance:
            action = QAction(translate("Appearance", APPEARANCE_TEXT[appearance]), self, checkable=True)
            action.setChecked(appearance.value == self._settings.appearance)
            action.triggered.connect(lambda _checked=False, a=appearance: self.set_appearance(a))
            group.addAction(action)
            appearance_menu.addAction(action)
        self._build_language_menu(view_menu)
        find_menu = menu_bar.addMenu(translate("MainWindow", "&Search"))
        find_menu.addAction(self._bound("search.find", self.focus_search, "edit-find"))
        find_menu.addAction(self._bound("search.find_next", lambda: model.select_match_step(1)))
        find_menu.addAction(self._bound("search.find_previous", lambda: model.select_match_step(-1)))
        find_menu.addSeparator()
        find_menu.addMenu(self.search_bar.filter_menu)  # the Filter button's menu, reachable by keyboard
        find_menu.addAction(self._bound("search.clear_filter", model.clear_filter))
        go_menu = menu_bar.addMenu(translate("MainWindow", "&Go"))
        go_menu.addAction(self._bound("go.previous", lambda: model.select_step(-1), "go-previous"))
        go_menu.addAction(self._bound("go.next", lambda: model.select_step(1), "go-next"))
        go_menu.addAction(self._bound("go.first", model.select_first, "go-first"))
        go_menu.addAction(self._bound("go.last", model.select_last, "go-last"))
        go_menu.addSeparator()
        today = self._bound("go.today", self.go_to_today, "go-jump-today")
        today.setObjectName("actionToday")
        go_menu.addAction(today)
        help_menu = menu_bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self._bound("help.shortcuts", self.show_shortcuts, "help-keyboard-shortcuts"))
        help_menu.addAction(self._action(translate("MainWindow", "&About"), self._about, "help-about"))
        # ? (Shift+/ on US keyboards) opens the sheet too, but only on the canvas: elsewhere it is text.
        sheet_key = QAction(sheet_title(), self.canvas)
        sheet_key.setShortcuts(shortcut("canvas.shortcuts").sequences())
        sheet_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        sheet_key.triggered.connect(self.show_shortcuts)
        self.canvas.addAction(sheet_key)
        today_key = QAction(today.text(), self.canvas)  # T on the canvas, as ? above
        today_key.setShortcuts(shortcut("canvas.today").sequences())
        today_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        today_key.triggered.connect(self.go_to_today)
        self.canvas.addAction(today_key)
        # A screen reader names a menu by its accessible name (the title is the menu bar's entry);
        # Qt's » button, for the menus that do not fit a narrow window, has neither.
        for menu in self.menuBar().findChildren(QMenu):
            menu.setAccessibleName(without_mnemonic(menu.title()))
        for button in self.menuBar().findChildren(QToolButton):
            button.setAccessibleName(translate("MainWindow", "More menus"))

    def _build_edit_menu(self) -> None:
        """Undo and Redo name their step ("Undo Move 'Leapmotor International'"); the event
        commands act on the selected event."""
        menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        stack = self.editor.stack
        for action_id, make, name in (
            ("edit.undo", stack.createUndoAction, "actionUndo"),
            ("edit.redo", stack.createRedoAction, "actionRedo"),
        ):
            action = make(self, shortcut(action_id).menu_text)
            action.setShortcuts(shortcut(action_id).sequences())
            action.setObjectName(name)
            self.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        edits = self.edits
        for action_id, slot, name in (
            ("edit.new_event", edits.new_event, "actionNewEvent"),
            ("edit.edit_event", edits.edit_selected, "actionEditEvent"),
            ("edit.duplicate_event", edits.duplicate_selected, "actionDuplicateEvent"),
            ("edit.delete_event", edits.delete_selected, "actionDeleteEvent"),
        ):
            action = self._bound(action_id, slot)
            action.setObjectName(name)
            menu.addAction(action)
        menu.addSeparator()
        review = self.review
        for action_id, slot, name in (
            ("edit.accept_draft", self.review_panel.accept_button.click, "actionAcceptDraft"),
            ("edit.reject_draft", self.review_panel.reject_button.click, "actionRejectDraft"),
            ("edit.accept_all_drafts", review.accept_all, "actionAcceptAllDrafts"),
        ):
            action = self._bound(action_id, slot)
            action.setObjectName(name)
            menu.addAction(action)
        menu.addSeparator()
        lanes = self._action(translate("MainWindow", "&Lanes…"), self.edit_lanes)
        lanes.setObjectName("actionLanes")
        menu.addAction(lanes)
        menu.addSeparator()
        copy_link = self._bound("edit.copy_link", self.copy_link, "edit-copy")
        copy_link.setObjectName("actionCopyLink")
        menu.addAction(copy_link)
        self._selection_actions = [a for a in menu.actions() if a.objectName() in _SELECTION_ACTIONS]
        self.model.selection_changed.connect(self._enable_selection_actions)
        self._enable_selection_actions(self.model.selected)

    def _build_language_menu(self, view_menu: QMenu) -> None:
        """View ▸ Language: System or one of LANGUAGES, each in its own words; remembered."""
        menu = view_menu.addMenu(translate("MainWindow", "La&nguage"))
        menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        chosen = self._settings.language
        for code, name in (
            (SYSTEM, translate("MainWindow", "S&ystem")),
            *((row.code, row.name) for row in LANGUAGES),
        ):
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language-{code}")
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            menu.addAction(action)

    def set_language(self, code: str) -> None:
        """Remember the language (``system`` or a code) and say that it applies at the next start."""
        if code == self._settings.language:
            return
        self._settings.language = code
        self._settings.sync()
        self.notice_bar.show_notice(
            translate("MainWindow", "The language changes when the app starts next time."), ""
        )

    def copy_link(self) -> None:
        """Edit ▸ Copy Link: a timeline-app: link to the selected event, or to the range in view."""
        from timeline_app.core.date_shift import edtf_at
        from timeline_app.core.launch_link import link_for
        from timeline_app.view.drag import precision_for_view

        path = self.files.path
        if path is None:
            self.statusBar().showMessage(
                translate("MainWindow", "Save the timeline first: a link names its file"), STATUS_MESSAGE_MS
            )
            return
        selected = self.model.selected
        if selected is not None:
            link = link_for(path, select=self.model.timeline.events.ids[selected])
        else:
            view = self.model.viewport
            precision = precision_for_view(view)
            link = link_for(path, view=f"{edtf_at(view.t0, precision)}/{edtf_at(view.t1, precision)}")
        # As text only: a QMimeData made here (to add the URL flavour) outlives Python on Qt's
        # offscreen platform, whose clipboard is freed after the interpreter, and crashes the exit.
        QApplication.clipboard().setText(link)
        self.statusBar().showMessage(
            translate("MainWindow", "Copied %1").replace("%1", link), STATUS_MESSAGE_MS
        )

    def go_to_today(self) -> None:
        """Go ▸ Today: today in the middle of the view, at the same zoom."""
        if not self.model.centre_on_today():
            self.statusBar().showMessage(
                translate("MainWindow", "Today lies outside this timeline: showing its nearest end"),
                STATUS_MESSAGE_MS,
            )

    def _set_launches_in_new_window(self, checked: bool) -> None:
        self._settings.launches_in_new_window = checked

    def edit_lanes(self) -> None:
        """Edit ▸ Lanes…: the lanes dialog; OK applies its changes as one undoable step."""
        from timeline_app.app.lanes_dialog import LanesDialog

        LanesDialog(self.editor, self).exec()

    def _enable_selection_actions(self, selected: int | None) -> None:
        """Edit, duplicate and delete need an event selected."""
        for action in self._selection_actions:
            action.setEnabled(selected is not None)
        self.edit_button.setEnabled(selected is not None)

    def _set_tab_order(self) -> None:
        """Tab goes search field (and its buttons), canvas, overview strip, event list, the Edit
        button, detail panel."""
        # A table's Tab would walk its cells for ever; Ctrl+Tab is no help to most people.
        self.event_list.setTabKeyNavigation(False)
        bar = self.search_bar
        chain = [
            bar.field,
            bar.previous_button,
            bar.next_button,
            bar.filter_button,
            bar.clear_filter_button,
            *self.notice_bar.findChildren(QToolButton),
            self.canvas,
            self.overview,
            self.event_list,
            self.edit_button,
            self.detail_panel,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard Shortcuts (F1, or ? on the canvas): the sheet of every shortcut."""
        sheet = self._shortcut_sheet
        if sheet is None:
            sheet = self._shortcut_sheet = ShortcutSheet(self)
            resize_to_fit(sheet, *SHEET_SIZE)
        if sheet.isVisible():  # already open behind the window: bring it back
            sheet.raise_()
            sheet.activateWindow()
        else:
            sheet.show()

    # -- behaviour -----------------------------------------------------------

    def export_dialog(self, whole: bool = False) -> None:
        """Ask where to save an image of the current view (or the whole timeline), then write it."""
        from timeline_app.render.export import DEFAULT_EXPORT_SIZE, IMAGE_FORMATS, export_image

        names = {suffix: translate("Export", name) for suffix, name in IMAGE_FORMATS.items()}
        filters = ";;".join(f"{name} (*{suffix})" for suffix, name in names.items())
        start = str(self._export_name(".png", "image"))
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "Export Image"), start, filters
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() not in IMAGE_FORMATS:
            suffix = next((s for s, name in names.items() if chosen_filter.startswith(name)), ".png")
            target = target.with_suffix(suffix)
        try:
            size = DEFAULT_EXPORT_SIZE if whole else self.canvas.size()
            scene = self.model.scene()  # what the window shows: filter, search and selection too
            export_image(
                scene.fitted(size.width()) if whole else scene,
                target,
                size,
                self.palette(),
                self.canvas.font(),
                protect=self._protected(),
                image_folder=self.path.parent if self.path else None,
            )
        except WriteError as error:
            plain_message_box(
                QMessageBox.Icon.Warning, translate("MainWindow", "Export failed"), str(error), parent=self
            ).exec()
            return
        self.statusBar().showMessage(fill(translate("MainWindow", "Exported %1"), target), 5000)

    def set_appearance(self, appearance: Appearance) -> None:
        """Switch to light, dark, high contrast or the system's palette, and remember the choice."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, appearance)
        self._settings.appearance = appearance.value

    @property
    def path(self) -> Path | None:
        """The file shown."""
        return self.files.path

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._settings.recent_files
        for number, name in enumerate(recent, start=1):
            label = name.replace("&", "&&")  # a file name's & is no mnemonic
            action = self.recent_menu.addAction(f"&{number} {label}" if number < 10 else label)
            action.triggered.connect(lambda _checked=False, p=name: self.files.open_path(Path(p)))
        if not recent:
            self.recent_menu.addAction(translate("MainWindow", "No recent files")).setEnabled(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            if path.suffix.lower() in ARTICLE_SUFFIXES:
                self.articles.new_from_article(path)  # an article: drafted, to review
            else:
                self.files.open_path(path)  # asks first about unsaved edits

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field, its text selected for retyping."""
        self.search_bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_bar.field.selectAll()

    def export_data_dialog(self) -> None:
        """Save the timeline as our JSON, TimelineJS JSON, CSV or iCalendar (never over the open file)."""
        from timeline_app.io.formats import export_any, export_formats

        formats = export_formats()
        filters = ";;".join(format_filter(fmt) for fmt in formats)
        start = str(self._export_name(".json", "export"))
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "Export Data"), start, filters
        )
        if not chosen:
            return
        fmt = next((f for f in formats if format_filter(f) == chosen_filter), formats[0])
        target = Path(chosen)
        if target.suffix.lower() not in fmt.suffixes:
            target = target.with_suffix(fmt.suffixes[0])
        try:
            skipped = export_any(self.model.timeline, target, fmt.name, protect=self._protected())
        except (ValueError, WriteError) as error:
            plain_message_box(
                QMessageBox.Icon.Warning, translate("MainWindow", "Export failed"), str(error), parent=self
            ).exec()
            return
        text = fill(translate("MainWindow", "Exported %1"), target)
        if skipped:
            note = translate("MainWindow", "%1 events this format cannot hold were left out")
            text += f" ({fill(note, whole_number(len(skipped)))})"
        self.statusBar().showMessage(text, 8000)

    def _protected(self) -> list[Path]:
        """Files no export may replace: the one the timeline was read from."""
        return [self.path] if self.path is not None else []

    def _export_name(self, suffix: str, word: str) -> Path:
        """Where an export dialog starts: beside the open file and named after it, never it."""
        if self.path is None:
            return Path.home() / f"timeline{suffix}"
        name = self.path.with_suffix(suffix)
        return name if name != self.path else self.path.with_name(f"{self.path.stem}-{word}{suffix}")

    def print_preview(self) -> None:
        """File ▸ Print: a preview of the pages (long timelines continue page after page)."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from timeline_app.render.printing import configure as configure_printer
        from timeline_app.render.printing import print_timeline

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer)
        dialog = QPrintPreviewDialog(printer, self)
        light = palette_for(Appearance.LIGHT)  # paper is white whatever the screen's theme
        dialog.paintRequested.connect(
            lambda target: print_timeline(
                target,
                self.model.scene(),
                light or self.palette(),
                self.font(),
                self.path.parent if self.path else None,
            )
        )
        dialog.exec()

    def _about(self) -> None:
        name = translate("MainWindow", "Timeline")
        viewer = translate("MainWindow", "A zoomable timeline viewer.")
        QMessageBox.about(
            self,
            fill(translate("MainWindow", "About %1"), name),
            f"<b>{name}</b> {__version__}<br>{viewer}",
        )

    def _update_title(self) -> None:
        """ "events.json — Title — Timeline", with a leading * while edits are unsaved."""
        timeline = self.model.timeline
        parts = [self.path.name] if self.path else []
        if len(timeline.events) or timeline.title != UNTITLED:
            parts.append(timeline.title)
        mark = UNSAVED_MARK if self.editor.modified else ""
        self.setWindowTitle(mark + " — ".join([*parts, translate("MainWindow", "Timeline")]))

    def _show_count(self) -> None:
        """'15 events'; with a filter '6 of 15 events shown'; with a search '3 of 15 events match'."""
        model = self.model
        total = len(model.timeline.events)
        shown = int(model.index.order.size)
        one = total == 1  # German and Chinese need no more plural forms than English
        if model.query.strip() and not model.search_pending:
            template, count = (
                (
                    translate("MainWindow", "%1 of %2 event match")
                    if one
                    else translate("MainWindow", "%1 of %2 events match")
                ),
                model.match_count,
            )
        elif shown != total:
            template, count = (
                (
                    translate("MainWindow", "%1 of %2 event shown")
                    if one
                    else translate("MainWindow", "%1 of %2 events shown")
                ),
                shown,
            )
        else:
            template = translate("MainWindow", "%1 event") if one else translate("MainWindow", "%1 events")
            count = total
        self._count_label.setText(fill(template, whole_number(count), whole_number(total)))

    # -- geometry ------------------------------------------------------------

    def _recovery_trouble(self, reason: str) -> None:
        """A recovery copy that cannot be written is said in the notice bar (cleared once it can)."""
        if reason:
            self.notice_bar.show_notice(translate("MainWindow", RECOVERY_TROUBLE), visible(reason), ())
        elif self.notice_bar.label.text() == translate("MainWindow", RECOVERY_TROUBLE):
            self.notice_bar.show_notice("", "", ())

    def _size_review_panel(self) -> None:
        """The article takes a share of the window when it appears (not again while it stays)."""
        shown = bool(self.review.article)
        if (shown and self.review_splitter.sizes()[0] == 0) or (shown and not self._review_sized):
            total = self.review_splitter.width()
            first = round(total * ARTICLE_SHARE)
            self.review_splitter.setSizes([first, total - first])
        self._review_sized = shown

    def _restore_layout(self) -> None:
        geometry = self._settings.geometry_for(_screen_key(self.screen()))
        if geometry is None or not self.restoreGeometry(geometry):
            self.setGeometry(first_geometry(self.screen().availableGeometry()))
        for splitter, total, share in (
            (self.splitter, self.width(), DETAIL_PANEL_SHARE),
            (self.side_splitter, self.height(), DETAIL_SHARE_OF_SIDE),
        ):
            state = self._settings.splitter_state(splitter.objectName())
            if state is None or not splitter.restoreState(state):
                second = round(total * share)
                splitter.setSizes([total - second, second])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.may_discard():
            event.ignore()
            return
        self.recovery.discard()  # saved, or thrown away on purpose: nothing to offer next time
        self.files.shutdown()
        self.files.remember_view()
        self._settings.set_geometry_for(_screen_key(self.screen()), self.saveGeometry())
        for splitter in (self.splitter, self.side_splitter):
            self._settings.set_splitter_state(splitter.objectName(), splitter.saveState())
        self._settings.sync()
        super().closeEvent(event)


def _dropped_file(mime: QMimeData) -> Path | None:
    """The first local file in a drag, if any."""
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None


def first_geometry(available: QRect) -> QRect:
    """Where a window opens the first time on a screen whose free area is ``available``."""
    size = QSize(
        min(round(available.width() * FIRST_SCREEN_SHARE), MAX_FIRST_SIZE.width()),
        min(round(available.height() * FIRST_SCREEN_SHARE), MAX_FIRST_SIZE.height()),
    )
    frame = QRect(QPoint(0, 0), size)
    frame.moveCenter(available.center())
    return frame


def _screen_key(screen: QScreen) -> str:
    """A screen as the settings remember it: its name and size (the same monitor, the same place)."""
    size = screen.size()
    return f"{screen.name()} {size.width()}x{size.height()}"
