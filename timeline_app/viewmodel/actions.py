"""Every keyboard shortcut in one table, by action id: menus, canvas, strip and search field bind from it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from timeline_app.core.i18n import QT_TRANSLATE_NOOP

Key = str | QKeySequence.StandardKey  # portable text ("Ctrl+E", "PgUp", "?") or a platform's standard key
StandardKey = QKeySequence.StandardKey
# Keys that only change how a key is typed (Shift for "+" on many layouts, the keypad's Enter)
# do not stop a plain key's binding from matching.
_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
# The table's words are marked for lupdate here and translated where they are shown.
CONTEXT = "Shortcuts"


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Scope(StrEnum):
    """Where a shortcut works."""

    WINDOW = QT_TRANSLATE_NOOP("Shortcuts", "Anywhere")
    CANVAS = QT_TRANSLATE_NOOP("Shortcuts", "Timeline")
    OVERVIEW = QT_TRANSLATE_NOOP("Shortcuts", "Overview strip")
    SEARCH = QT_TRANSLATE_NOOP("Shortcuts", "Search field")
    FOCUS = QT_TRANSLATE_NOOP("Shortcuts", "Moving around")

    @property
    def label(self) -> str:
        """Where, in the user's language."""
        return _translated(self.value)


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
        """What it does, as the sheet says it in the user's language (no mnemonic markers)."""
        return without_mnemonic(_translated(self.does))

    @property
    def menu_text(self) -> str:
        """A window row's menu item text with its mnemonic, and the hint's keys after a tab."""
        text = _translated(self.does).rsplit(" ▸ ", 1)[-1]
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
        return self.text().split(_or(), 1)[0]

    def text(self) -> str:
        """The keys as people read them on this platform, e.g. "Ctrl+O" or "+ or ="."""
        if not self.bound:
            return _or().join(_translated(str(key)) for key in self.keys)
        names: list[str] = []
        for sequence in self.sequences():
            name = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            name = name.replace("Return", "Enter")  # the key is labelled Enter (Qt names it Return)
            if name not in names:
                names.append(name)
        return _or().join(names)


SHORTCUTS: tuple[Shortcut, ...] = (
    # The menu actions (File, Edit, View, Search, Go, Help), in menu order.
    Shortcut("file.new", (StandardKey.New,), QT_TRANSLATE_NOOP("Shortcuts", "File ▸ &New"), Scope.WINDOW),
    Shortcut(
        "file.new_from_article",
        ("Ctrl+Shift+N",),
        QT_TRANSLATE_NOOP("Shortcuts", "File ▸ New from Ar&ticle…"),
        Scope.WINDOW,
    ),
    Shortcut("file.open", (StandardKey.Open,), QT_TRANSLATE_NOOP("Shortcuts", "File ▸ &Open…"), Scope.WINDOW),
    Shortcut("file.save", (StandardKey.Save,), QT_TRANSLATE_NOOP("Shortcuts", "File ▸ &Save"), Scope.WINDOW),
    Shortcut(
        "file.save_as",
        (StandardKey.SaveAs,),
        QT_TRANSLATE_NOOP("Shortcuts", "File ▸ Save &As…"),
        Scope.WINDOW,
    ),
    Shortcut(
        "file.reload", (StandardKey.Refresh,), QT_TRANSLATE_NOOP("Shortcuts", "File ▸ Re&load"), Scope.WINDOW
    ),
    Shortcut(
        "file.export_view",
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Shortcuts", "File ▸ &Export Image of View…"),
        Scope.WINDOW,
    ),
    Shortcut(
        "file.export_whole",
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("Shortcuts", "File ▸ Export Image of &Whole Timeline…"),
        Scope.WINDOW,
    ),
    Shortcut(
        "file.export_data",
        ("Ctrl+Shift+D",),
        QT_TRANSLATE_NOOP("Shortcuts", "File ▸ Export &Data…"),
        Scope.WINDOW,
    ),
    Shortcut(
        "file.print", (StandardKey.Print,), QT_TRANSLATE_NOOP("Shortcuts", "File ▸ &Print…"), Scope.WINDOW
    ),
    Shortcut("file.quit", (StandardKey.Quit,), QT_TRANSLATE_NOOP("Shortcuts", "File ▸ &Quit"), Scope.WINDOW),
    Shortcut("edit.undo", (StandardKey.Undo,), QT_TRANSLATE_NOOP("Shortcuts", "Edit ▸ &Undo"), Scope.WINDOW),
    Shortcut(
        "edit.redo",
        (StandardKey.Redo, "Ctrl+Y"),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit ▸ &Redo"),
        Scope.WINDOW,
    ),
    Shortcut("edit.new_event", ("Ins",), QT_TRANSLATE_NOOP("Shortcuts", "Edit ▸ &New Event"), Scope.WINDOW),
    Shortcut("edit.edit_event", ("F2",), QT_TRANSLATE_NOOP("Shortcuts", "Edit ▸ &Edit Event"), Scope.WINDOW),
    Shortcut(
        "edit.duplicate_event",
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit ▸ D&uplicate Event"),
        Scope.WINDOW,
    ),
    # Del itself: X11's standard Delete adds Ctrl+D, which is Duplicate here.
    Shortcut(
        "edit.delete_event", ("Del",), QT_TRANSLATE_NOOP("Shortcuts", "Edit ▸ &Delete Event"), Scope.WINDOW
    ),
    Shortcut(
        "edit.accept_draft",
        ("Ctrl+Shift+A",),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit ▸ &Accept Draft"),
        Scope.WINDOW,
    ),
    Shortcut(
        "edit.reject_draft",
        ("Ctrl+Shift+R",),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit ▸ Re&ject Draft"),
        Scope.WINDOW,
    ),
    Shortcut(
        "edit.accept_all_drafts",
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit ▸ Accept All Dra&fts"),
        Scope.WINDOW,
    ),
    Shortcut(
        "edit.copy_link", ("Ctrl+Shift+C",), QT_TRANSLATE_NOOP("Shortcuts", "Edit ▸ Copy Lin&k"), Scope.WINDOW
    ),
    Shortcut(
        "view.zoom_in",
        (StandardKey.ZoomIn,),
        QT_TRANSLATE_NOOP("Shortcuts", "View ▸ Zoom &In"),
        Scope.WINDOW,
        hint="canvas.zoom_in",
    ),
    Shortcut(
        "view.zoom_out",
        (StandardKey.ZoomOut,),
        QT_TRANSLATE_NOOP("Shortcuts", "View ▸ Zoom &Out"),
        Scope.WINDOW,
        hint="canvas.zoom_out",
    ),
    Shortcut(
        "view.fit_all",
        ("Ctrl+0",),
        QT_TRANSLATE_NOOP("Shortcuts", "View ▸ &Fit All"),
        Scope.WINDOW,
        hint="canvas.fit_all",
    ),
    Shortcut(
        "view.zoom_to_selected",
        ("Ctrl+Return",),
        QT_TRANSLATE_NOOP("Shortcuts", "View ▸ Zoom to &Selected"),
        Scope.WINDOW,
        hint="canvas.zoom_to_selected",
    ),
    Shortcut(
        "search.find", (StandardKey.Find,), QT_TRANSLATE_NOOP("Shortcuts", "Search ▸ &Find…"), Scope.WINDOW
    ),
    Shortcut(
        "search.find_next",
        (StandardKey.FindNext,),
        QT_TRANSLATE_NOOP("Shortcuts", "Search ▸ Find &Next"),
        Scope.WINDOW,
    ),
    Shortcut(
        "search.find_previous",
        (StandardKey.FindPrevious,),
        QT_TRANSLATE_NOOP("Shortcuts", "Search ▸ Find &Previous"),
        Scope.WINDOW,
    ),
    Shortcut(
        "search.clear_filter",
        ("Ctrl+Shift+L",),
        QT_TRANSLATE_NOOP("Shortcuts", "Search ▸ &Clear Filter"),
        Scope.WINDOW,
    ),
    Shortcut(
        "go.previous",
        ("Alt+Left",),
        QT_TRANSLATE_NOOP("Shortcuts", "Go ▸ &Previous Event"),
        Scope.WINDOW,
        hint="canvas.previous",
    ),
    Shortcut(
        "go.next",
        ("Alt+Right",),
        QT_TRANSLATE_NOOP("Shortcuts", "Go ▸ &Next Event"),
        Scope.WINDOW,
        hint="canvas.next",
    ),
    Shortcut(
        "go.first",
        ("Alt+Home",),
        QT_TRANSLATE_NOOP("Shortcuts", "Go ▸ &First Event"),
        Scope.WINDOW,
        hint="canvas.first",
    ),
    Shortcut(
        "go.last",
        ("Alt+End",),
        QT_TRANSLATE_NOOP("Shortcuts", "Go ▸ &Last Event"),
        Scope.WINDOW,
        hint="canvas.last",
    ),
    Shortcut(
        "go.today",
        ("Alt+T",),
        QT_TRANSLATE_NOOP("Shortcuts", "Go ▸ &Today"),
        Scope.WINDOW,
        hint="canvas.today",
    ),
    Shortcut(
        "help.shortcuts", ("F1",), QT_TRANSLATE_NOOP("Shortcuts", "Help ▸ &Keyboard Shortcuts"), Scope.WINDOW
    ),
    # The timeline canvas's own keys (TimelineCanvas.keyPressEvent), and ? for this sheet.
    Shortcut("canvas.zoom_in", ("+", "="), QT_TRANSLATE_NOOP("Shortcuts", "Zoom in"), Scope.CANVAS),
    Shortcut("canvas.zoom_out", ("-",), QT_TRANSLATE_NOOP("Shortcuts", "Zoom out"), Scope.CANVAS),
    Shortcut(
        "canvas.previous",
        ("Left",),
        QT_TRANSLATE_NOOP("Shortcuts", "Select the previous event in date order"),
        Scope.CANVAS,
    ),
    Shortcut(
        "canvas.next",
        ("Right",),
        QT_TRANSLATE_NOOP("Shortcuts", "Select the next event in date order"),
        Scope.CANVAS,
    ),
    Shortcut(
        "canvas.first", ("Home",), QT_TRANSLATE_NOOP("Shortcuts", "Select the first event"), Scope.CANVAS
    ),
    Shortcut("canvas.last", ("End",), QT_TRANSLATE_NOOP("Shortcuts", "Select the last event"), Scope.CANVAS),
    Shortcut("canvas.fit_all", ("F",), QT_TRANSLATE_NOOP("Shortcuts", "Fit everything"), Scope.CANVAS),
    Shortcut(
        "canvas.today",
        ("T",),
        QT_TRANSLATE_NOOP("Shortcuts", "Centre the view on today at the same zoom"),
        Scope.CANVAS,
    ),
    Shortcut(
        "canvas.zoom_to_selected",
        ("Return", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Zoom to the selected event"),
        Scope.CANVAS,
    ),
    Shortcut(
        "canvas.scroll_up", ("Up",), QT_TRANSLATE_NOOP("Shortcuts", "Scroll the lanes up"), Scope.CANVAS
    ),
    Shortcut(
        "canvas.scroll_down", ("Down",), QT_TRANSLATE_NOOP("Shortcuts", "Scroll the lanes down"), Scope.CANVAS
    ),
    Shortcut(
        "canvas.earlier", ("PgUp",), QT_TRANSLATE_NOOP("Shortcuts", "Move to earlier time"), Scope.CANVAS
    ),
    Shortcut("canvas.later", ("PgDown",), QT_TRANSLATE_NOOP("Shortcuts", "Move to later time"), Scope.CANVAS),
    Shortcut(
        "canvas.escape",
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Clear the search, then the selection"),
        Scope.CANVAS,
    ),
    Shortcut(
        "canvas.shortcuts",
        ("?",),
        QT_TRANSLATE_NOOP("Shortcuts", "Show this list of shortcuts"),
        Scope.CANVAS,
    ),
    # The overview strip under the timeline, when it has the focus.
    Shortcut(
        "overview.earlier",
        ("Left",),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the view to earlier time"),
        Scope.OVERVIEW,
    ),
    Shortcut(
        "overview.later",
        ("Right",),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the view to later time"),
        Scope.OVERVIEW,
    ),
    Shortcut("overview.zoom_in", ("+", "="), QT_TRANSLATE_NOOP("Shortcuts", "Zoom in"), Scope.OVERVIEW),
    Shortcut("overview.zoom_out", ("-",), QT_TRANSLATE_NOOP("Shortcuts", "Zoom out"), Scope.OVERVIEW),
    # The search field.
    Shortcut(
        "search.next_match",
        ("Return", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select the next match"),
        Scope.SEARCH,
    ),
    Shortcut(
        "search.previous_match",
        ("Shift+Return", "Shift+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Select the previous match"),
        Scope.SEARCH,
    ),
    Shortcut("search.clear", ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Clear the search"), Scope.SEARCH),
    # Qt's own keys.
    Shortcut(
        "focus.tab",
        ("Tab", "Shift+Tab"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Move between search field, timeline, overview strip, event list and details"
        ),
        Scope.FOCUS,
        bound=False,
    ),
    Shortcut(
        "focus.menu",
        (QT_TRANSLATE_NOOP("Shortcuts", "Alt+underlined letter"),),
        "Open a menu; then the letter chooses an item",
        Scope.FOCUS,
        bound=False,
    ),
)


# "&Open" marks O; Chinese and Japanese write "打开(&O)", where the whole "(&O)" is the marker.
_MNEMONIC = re.compile(r"\(&[^&\s]\)|&(?=[^&])")


def without_mnemonic(text: str) -> str:
    """A menu text as people read it: "&Open…" → "Open…", "打开(&O)…" → "打开…"."""
    return _MNEMONIC.sub("", text)


_OR = QT_TRANSLATE_NOOP("Shortcuts", " or ")  # joins two keys that both work


def _or() -> str:
    return _translated(_OR)


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
