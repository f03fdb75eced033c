"""Every user-facing string of the GUI layers goes through Qt's translation: no bare literal is shown."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from .conftest import REPO_ROOT

PACKAGE = REPO_ROOT / "timeline_app"
GUI_FOLDERS = ("app", "widgets", "viewmodel", "render")
# Modules of those folders that show nothing in the window: the command line (its messages go
# to stderr and stay English, see docs/ARCHITECTURE.md), the schema generator, the desktop entry
# installer (files for the desktop, not text for people), the crash log and the paths.
NOT_SHOWN = {
    "app/cli.py",
    "app/schema.py",
    "app/desktop_entry.py",
    "app/crash.py",
    "app/paths.py",
    "app/__init__.py",
    "app/__main__.py",
}
# Calls whose string arguments people read: Qt's setters and constructors of visible things,
# our message boxes, the status bar, the painter's text and signals that carry messages.
SINKS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setInformativeText", "setDetailedText",
    "setLabelText", "setTitle", "addMenu", "addAction", "addButton", "addItem", "addItems", "addRow",
    "addTab", "insertItem", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setItemText",
    "showMessage", "showText", "drawText", "setHtml", "setPlainText", "emit", "about", "information",
    "warning", "critical", "question", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
    "getItem", "getText", "getColor", "plain_message_box", "show_notice", "QAction", "QMenu",
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMessageBox",
    "QProgressDialog", "QTableWidgetItem", "QListWidgetItem", "ExportError",

})  # fmt: skip
# Our own helpers that make a button, action or menu from a text: the text is their first argument
# (what follows is a slot, an icon name or a tooltip).
HELPER_SINKS = frozenset({"_button", "_tool_button", "_action", "_submenu", "_choice"})
# What marks a string for translation (lupdate extracts these names).
MARKERS = frozenset({"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})
# Literals that are no words: symbols and glyphs that read the same in every language.
_TAG = re.compile(r"<[^>]*>")
ALLOWED = frozenset({"‹", "›", "✕", "—", "…", "*", " — ", "  ·  ", "; ", ", "})


def _gui_modules() -> list[Path]:
    found = []
    for folder in GUI_FOLDERS:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            if path.relative_to(PACKAGE).as_posix() not in NOT_SHOWN:
                found.append(path)
    return found


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _words(node: ast.expr) -> list[ast.expr]:
    """The string literals (and f-strings) in ``node`` that hold letters and are not marked."""
    if isinstance(node, ast.Call) and _name(node) in MARKERS:
        return []
    if isinstance(node, ast.Constant):
        text = node.value
        return [node] if isinstance(text, str) and any(c.isalpha() for c in _TAG.sub("", text)) else []
    if isinstance(node, ast.JoinedStr):
        literal = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        literal = _TAG.sub("", literal)  # <b> and <br> are markup, not words
        inner = [w for v in node.values if isinstance(v, ast.FormattedValue) for w in _words(v.value)]
        return ([node] if any(c.isalpha() for c in literal) else []) + inner
    if isinstance(node, ast.BinOp):
        return _words(node.left) + _words(node.right)
    if isinstance(node, ast.IfExp):
        return _words(node.body) + _words(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [w for element in node.elts for w in _words(element)]
    if isinstance(node, ast.Call) and _name(node) in {"fill", "join", "format"}:
        inner = [node.func.value] if isinstance(node.func, ast.Attribute) else []
        return [w for arg in [*inner, *node.args] for w in _words(arg)]
    return []


def untranslated(source: str) -> list[tuple[int, str]]:
    """(line, text) of each literal passed to a sink without translation."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node) not in SINKS | HELPER_SINKS:
            continue
        args = [*node.args, *(keyword.value for keyword in node.keywords)]
        for arg in args[:1] if _name(node) in HELPER_SINKS else args:
            for literal in _words(arg):
                text = ast.unparse(literal)
                if not (isinstance(literal, ast.Constant) and literal.value in ALLOWED):
                    found.append((literal.lineno, text))
    return found


def test_the_scan_sees_the_gui_modules() -> None:
    names = {path.relative_to(PACKAGE).as_posix() for path in _gui_modules()}
    assert {
        "app/main_window.py",
        "widgets/search_bar.py",
        "render/legend.py",
        "viewmodel/actions.py",
    } <= names


@pytest.mark.parametrize("path", _gui_modules(), ids=lambda path: path.relative_to(PACKAGE).as_posix())
def test_no_user_facing_literal_escapes_translation(path: Path) -> None:
    assert untranslated(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "code",
    [
        'self.setWindowTitle("Lanes")',
        'box.setText(f"{name} has changes")',
        'menu.addMenu("&File")',
        'QPushButton("Edit")',
        'label.setText("a" if x else "Nothing here")',
        'self.status.emit("Saved " + str(path))',
        'plain_message_box(icon, "Export failed", text)',
        'self._action("&About", self._about, "help-about")',
        'label.setText(fill("Exported %1", path))',
    ],
)
def test_the_scan_finds_a_bare_literal(code: str) -> None:
    assert untranslated(code) != []


@pytest.mark.parametrize(
    "code",
    [
        'self.setWindowTitle(translate("LanesDialog", "Lanes"))',
        'box.setText(fill(translate("Files", "%1 has changes"), name))',
        'QPushButton(self.tr("Edit"))',
        'button.setText("✕")',
        "label.setText(name)",
        'self.setObjectName("mainWindow")',
        'self._action(translate("MainWindow", "&About"), self._about, "help-about")',
    ],
)
def test_the_scan_passes_translated_or_wordless_text(code: str) -> None:
    assert untranslated(code) == []


# Module-level strings that are no prose for people (a style sheet).
NOT_PROSE = frozenset({"ERROR_STYLE", "HIGH_CONTRAST_STYLE_SHEET"})


def unmarked_constants(source: str) -> list[str]:
    """Names of module-level string constants that read as prose but are not marked for lupdate."""
    found = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        name = target.id if isinstance(target, ast.Name) else ""
        if isinstance(value, ast.Constant) and isinstance(value.value, str) and name not in NOT_PROSE:
            text = value.value
            if " " in text.strip() and any(c.islower() for c in text):
                found.append(name)
    return found


@pytest.mark.parametrize("path", _gui_modules(), ids=lambda path: path.relative_to(PACKAGE).as_posix())
def test_tables_of_words_are_marked_for_translation(path: Path) -> None:
    """A sentence kept in a constant is marked with QT_TRANSLATE_NOOP and translated where shown."""
    assert unmarked_constants(path.read_text(encoding="utf-8")) == []


def test_the_constant_scan_finds_an_unmarked_sentence() -> None:
    code = (
        'EMPTY = "No events here"\n'
        'MARKED = QT_TRANSLATE_NOOP("Canvas", "No events here")\n'
        'KEY = "view/language"'
    )
    assert unmarked_constants(code) == ["EMPTY"]


def hidden_from_lupdate(source: str) -> list[int]:
    """Lines where a translate() call sits inside an f-string, where lupdate does not look."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _name(inner) in MARKERS:
                    found.append(inner.lineno)
    return found


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda path: path.relative_to(PACKAGE).as_posix()
)
def test_every_marked_string_is_where_lupdate_finds_it(path: Path) -> None:
    assert hidden_from_lupdate(path.read_text(encoding="utf-8")) == []


def test_the_lupdate_scan_finds_a_call_inside_an_f_string() -> None:
    assert hidden_from_lupdate("text = f\"<p>{translate('Details', 'Hello')}</p>\"") == [1]


# The loader's problems, link errors and image reasons are made where nothing may be translated (a
# loader child, the command line, a worker) and shown in the window's language: each message is a
# template marked for lupdate, never English text.
PROBLEM_MODULES = (
    sorted((PACKAGE / "io").rglob("*.py"))
    + [PACKAGE / "core" / name for name in ("dates.py", "model.py", "media.py", "launch_link.py")]
    + [PACKAGE / "article" / name for name in ("__init__.py", "source_text.py")]
    + [
        PACKAGE / "render" / name
        for name in ("image_decoding.py", "image_loader.py", "image_process.py", "picture_pages.py")
    ]
)
# Calls that make a problem's words, and the position of the message among their arguments.
MESSAGE_ARGUMENT = {
    "Problem": 1,
    "single": 1,
    "MalformedError": 1,
    "_invalid": 1,
    "Phrase": 1,
    "DateError": 0,
    "MappingError": 0,
    "LinkError": 0,
    "ImageError": 0,
    "UnreadableFileError": 0,
}
# Calls whose result is some other text's English, never a template lupdate has seen.
_ENGLISH_OF = frozenset({"str", "repr", "format", "join"})


def unmarked_problem_texts(source: str) -> list[tuple[int, str]]:
    """(line, text) of each problem message that is not a marked template: a bare literal or
    f-string, a variable assigned one in the module, or the English of something else."""
    tree = ast.parse(source)
    assigned: dict[str, list[ast.expr]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    assigned.setdefault(target.id, []).append(node.value)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node) not in MESSAGE_ARGUMENT:
            continue
        position = MESSAGE_ARGUMENT[_name(node)]
        if len(node.args) <= position or isinstance(node.args[position], ast.Starred):
            continue
        message = node.args[position]
        values = assigned.get(message.id, []) if isinstance(message, ast.Name) else [message]
        for value in values:
            if isinstance(value, ast.Call) and _name(value) in _ENGLISH_OF:
                found.append((node.lineno, ast.unparse(value)))
            found += [(node.lineno, ast.unparse(literal)) for literal in _words(value)]
    return found


@pytest.mark.parametrize("path", PROBLEM_MODULES, ids=lambda path: path.relative_to(PACKAGE).as_posix())
def test_every_problem_message_is_a_marked_template(path: Path) -> None:
    assert unmarked_problem_texts(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "code",
    [
        'Problem(where, "the file is empty")',
        'Problem(where, f"no lane has id {quoted(lane)}")',
        'TimelineLoadError.single(source, "no such file")',
        'message = f"{x} is not a time"\nraise MalformedError(where, message)',
        'raise DateError(f"{shown} is empty")',
        "raise _invalid(shown, f'hour {hour} does not exist')",
        "Problem(where, str(error))",
        'MappingError("no column is mapped to the title")',
    ],
)
def test_the_problem_scan_finds_english_text(code: str) -> None:
    assert unmarked_problem_texts(code) != []


@pytest.mark.parametrize(
    "code",
    [
        'Problem(where, QT_TRANSLATE_NOOP("Loader", "the file is empty"))',
        'Problem(where, QT_TRANSLATE_NOOP("Loader", "no lane has id %1"), quoted(lane))',
        'message = QT_TRANSLATE_NOOP("Loader", "%1 is not a time")\nraise MalformedError(where, message, x)',
        "Problem(where, error.phrase)",
        "problem.at(where)",
        'Problem(f"line {line}", NOT_JSON, str(error))',
    ],
)
def test_the_problem_scan_passes_marked_templates(code: str) -> None:
    assert unmarked_problem_texts(code) == []
