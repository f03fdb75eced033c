"""Every keyboard shortcut in one table, by action id: menus, canvas, strip and search field bind from it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

Key = str | QKeySequence.StandardKey  # portable text ("Ctrl+E", "PgUp", "?") or a platform's standard key
StandardKey = QKeySequence.StandardKey
# Keys that only change how a key is typed (Shift for "+" on many layouts, the keypad's Enter)
# do not stop a plain key's binding from matching.
_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


class Scope(StrEnum):
    """Where a shortcut works."""

    WINDOW = "Anywhere"
    CANVAS = "Timeline"
    OVERVIEW = "Overview strip"
    SEARCH = "Search field"
    FOCUS = "Moving around"


@dataclass(frozen=True, slots=True)
class Shortcut:
    """One row of the sheet: an action's id, its keys (any of them works), what it does, and where.

    For window rows ``does`` is the menu item's path with its mnemonic ("File ▸ &Open…") and
    ``hint`` names the single-key shortcut of the timeline that the menu shows beside the item;
    ``bound`` is False for keys that Qt itself handles (Tab, menu letters), listed to tell people.
    """

    id: str
    keys: tuple[Key, ...]
    does: str
    scope: Scope
    bound: bool = True
    hint: str | None = None

    @property
    def description(self) -> str:
        """What it does, as the sheet says it (no mnemonic markers)."""
        return self.does.replace("&", "")

    @property
    def menu_text(self) -> str:
        """A window row's menu item text with its mnemonic, and the hint's keys after a tab."""
        text = self.does.rsplit(" ▸ ", 1)[-1]
        return f"{text}\t{shortcut(self.hint).text()}" if self.hint else text

    def sequences(self) -> list[QKeySequence]:
        """The keys as sequences; a standard key gives all of this platform's bindings (maybe none)."""
        found: list[QKeySequence] = []
        for key in self.keys:
            bindings = QKeySequence.keyBindings(key) if isinstance(key, StandardKey) else [QKeySequence(key)]
            found += [sequence for sequence in bindings if not sequence.isEmpty() and sequence not in found]
        return found

    def portable(self) -> tuple[str, ...]:
        """The keys as Qt's portable text, for this platform."""
        return tuple(
            sequence.toString(QKeySequence.SequenceFormat.PortableText) for sequence in self.sequences()
        )

    def main_key(self) -> str:
        """The first of the keys as people read them ("Ctrl+F", not the keyboard's own Find key)."""
        return self.text().split(" or ", 1)[0]

    def text(self) -> str:
        """The keys as people read them on this platform, e.g. "Ctrl+O" or "+ or ="."""
        if not self.bound:
            return " or ".join(str(key) for key in self.keys)
        names: list[str] = []
        for sequence in self.sequences():
            name = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            name = name.replace("Return", "Enter")  # the key is labelled Enter
            if name not in names:
                names.append(name)
        return " or ".join(names)


SHORTCUTS: tuple[Shortcut, ...] = (
    # The menu actions (File, Edit, View, Search, Go, Help), in menu order.
    Shortcut("file.new", (StandardKey.New,), "File ▸ &New", Scope.WINDOW),
    Shortcut("file.new_from_article", ("Ctrl+Shift+N",), "File ▸ New from Ar&ticle…", Scope.WINDOW),
    Shortcut("file.open", (StandardKey.Open,), "File ▸ &Open…", Scope.WINDOW),
    Shortcut("file.save", (StandardKey.Save,), "File ▸ &Save", Scope.WINDOW),
    Shortcut("file.save_as", (StandardKey.SaveAs,), "File ▸ Save &As…", Scope.WINDOW),
    Shortcut("file.reload", (StandardKey.Refresh,), "File ▸ Re&load", Scope.WINDOW),
    Shortcut("file.export_view", ("Ctrl+E",), "File ▸ &Export Image of View…", Scope.WINDOW),
    Shortcut("file.export_whole", ("Ctrl+Shift+E",), "File ▸ Export Image of &Whole Timeline…", Scope.WINDOW),
    Shortcut("file.export_data", ("Ctrl+Shift+D",), "File ▸ Export &Data…", Scope.WINDOW),
    Shortcut("file.print", (StandardKey.Print,), "File ▸ &Print…", Scope.WINDOW),
    Shortcut("file.quit", (StandardKey.Quit,), "File ▸ &Quit", Scope.WINDOW),
    Shortcut("edit.undo", (StandardKey.Undo,), "Edit ▸ &Undo", Scope.WINDOW),
    Shortcut("edit.redo", (StandardKey.Redo, "Ctrl+Y"), "Edit ▸ &Redo", Scope.WINDOW),
    Shortcut("edit.new_event", ("Ins",), "Edit ▸ &New Event", Scope.WINDOW),
    Shortcut("edit.edit_event", ("F2",), "Edit ▸ &Edit Event", Scope.WINDOW),
    Shortcut("edit.duplicate_event", ("Ctrl+D",), "Edit ▸ D&uplicate Event", Scope.WINDOW),
    # Del itself: X11's standard Delete adds Ctrl+D, which is Duplicate here.
    Shortcut("edit.delete_event", ("Del",), "Edit ▸ &Delete Event", Scope.WINDOW),
    Shortcut("edit.accept_draft", ("Ctrl+Shift+A",), "Edit ▸ &Accept Draft", Scope.WINDOW),
    Shortcut("edit.reject_draft", ("Ctrl+Shift+R",), "Edit ▸ Re&ject Draft", Scope.WINDOW),
    Shortcut("edit.accept_all_drafts", (), "Edit ▸ Accept All Dra&fts", Scope.WINDOW),
    Shortcut("view.zoom_in", (StandardKey.ZoomIn,), "View ▸ Zoom &In", Scope.WINDOW, hint="canvas.zoom_in"),
    Shortcut(
        "view.zoom_out", (StandardKey.ZoomOut,), "View ▸ Zoom &Out", Scope.WINDOW, hint="canvas.zoom_out"
    ),
    Shortcut("view.fit_all", ("Ctrl+0",), "View ▸ &Fit All", Scope.WINDOW, hint="canvas.fit_all"),
    Shortcut(
        "view.zoom_to_selected",
        ("Ctrl+Return",),
        "View ▸ Zoom to &Selected",
        Scope.WINDOW,
        hint="canvas.zoom_to_selected",
    ),
    Shortcut("search.find", (StandardKey.Find,), "Search ▸ &Find…", Scope.WINDOW),
    Shortcut("search.find_next", (StandardKey.FindNext,), "Search ▸ Find &Next", Scope.WINDOW),
    Shortcut("search.find_previous", (StandardKey.FindPrevious,), "Search ▸ Find &Previous", Scope.WINDOW),
    Shortcut("search.clear_filter", ("Ctrl+Shift+L",), "Search ▸ &Clear Filter", Scope.WINDOW),
    Shortcut("go.previous", ("Alt+Left",), "Go ▸ &Previous Event", Scope.WINDOW, hint="canvas.previous"),
    Shortcut("go.next", ("Alt+Right",), "Go ▸ &Next Event", Scope.WINDOW, hint="canvas.next"),
    Shortcut("go.first", ("Alt+Home",), "Go ▸ &First Event", Scope.WINDOW, hint="canvas.first"),
    Shortcut("go.last", ("Alt+End",), "Go ▸ &Last Event", Scope.WINDOW, hint="canvas.last"),
    Shortcut("help.shortcuts", ("F1",), "Help ▸ &Keyboard Shortcuts", Scope.WINDOW),
    # The timeline canvas's own keys (TimelineCanvas.keyPressEvent), and ? for this sheet.
    Shortcut("canvas.zoom_in", ("+", "="), "Zoom in", Scope.CANVAS),
    Shortcut("canvas.zoom_out", ("-",), "Zoom out", Scope.CANVAS),
    Shortcut("canvas.previous", ("Left",), "Select the previous event in date order", Scope.CANVAS),
    Shortcut("canvas.next", ("Right",), "Select the next event in date order", Scope.CANVAS),
    Shortcut("canvas.first", ("Home",), "Select the first event", Scope.CANVAS),
    Shortcut("canvas.last", ("End",), "Select the last event", Scope.CANVAS),
    Shortcut("canvas.fit_all", ("F",), "Fit everything", Scope.CANVAS),
    Shortcut("canvas.zoom_to_selected", ("Return", "Enter"), "Zoom to the selected event", Scope.CANVAS),
    Shortcut("canvas.scroll_up", ("Up",), "Scroll the lanes up", Scope.CANVAS),
    Shortcut("canvas.scroll_down", ("Down",), "Scroll the lanes down", Scope.CANVAS),
    Shortcut("canvas.earlier", ("PgUp",), "Move to earlier time", Scope.CANVAS),
    Shortcut("canvas.later", ("PgDown",), "Move to later time", Scope.CANVAS),
    Shortcut("canvas.escape", ("Esc",), "Clear the search, then the selection", Scope.CANVAS),
    Shortcut("canvas.shortcuts", ("?",), "Show this list of shortcuts", Scope.CANVAS),
    # The overview strip under the timeline, when it has the focus.
    Shortcut("overview.earlier", ("Left",), "Move the view to earlier time", Scope.OVERVIEW),
    Shortcut("overview.later", ("Right",), "Move the view to later time", Scope.OVERVIEW),
    Shortcut("overview.zoom_in", ("+", "="), "Zoom in", Scope.OVERVIEW),
    Shortcut("overview.zoom_out", ("-",), "Zoom out", Scope.OVERVIEW),
    # The search field.
    Shortcut("search.next_match", ("Return", "Enter"), "Select the next match", Scope.SEARCH),
    Shortcut(
        "search.previous_match", ("Shift+Return", "Shift+Enter"), "Select the previous match", Scope.SEARCH
    ),
    Shortcut("search.clear", ("Esc",), "Clear the search", Scope.SEARCH),
    # Qt's own keys.
    Shortcut(
        "focus.tab",
        ("Tab", "Shift+Tab"),
        "Move between search field, timeline, overview strip, event list and details",
        Scope.FOCUS,
        bound=False,
    ),
    Shortcut(
        "focus.menu",
        ("Alt+underlined letter",),
        "Open a menu; then the letter chooses an item",
        Scope.FOCUS,
        bound=False,
    ),
)


def shortcuts_in(scope: Scope) -> tuple[Shortcut, ...]:
    """The rows of one scope, in table order."""
    return tuple(shortcut for shortcut in SHORTCUTS if shortcut.scope is scope)


def shown_shortcuts() -> tuple[Shortcut, ...]:
    """The rows that have keys on this platform (a standard key such as Quit may have none)."""
    return tuple(shortcut for shortcut in SHORTCUTS if shortcut.text())


_BY_ID: dict[str, Shortcut] = {row.id: row for row in SHORTCUTS}


def shortcut(action_id: str) -> Shortcut:
    """The row of this action."""
    return _BY_ID[action_id]


def action_for(scope: Scope, event: QKeyEvent) -> str | None:
    """The id of the action a key press means where ``scope`` has the focus, if any.

    A row's keys match with exactly their modifiers; a key bound without modifiers also
    matches when typed with only Shift (``+`` on many layouts) or on the keypad.
    """
    typed = event.keyCombination()
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    plain = modifiers & ~_TYPING_MODIFIERS == Qt.KeyboardModifier.NoModifier
    fallback = None
    for row in shortcuts_in(scope):
        for sequence in row.sequences():
            if sequence.count() != 1:
                continue
            combination = sequence[0]  # type: ignore[index]  # (the stubs lack __getitem__)
            if combination.key() != typed.key():
                continue
            wanted = combination.keyboardModifiers()
            if wanted == modifiers:
                return row.id
            if wanted == Qt.KeyboardModifier.NoModifier and plain:
                fallback = fallback or row.id
    return fallback
