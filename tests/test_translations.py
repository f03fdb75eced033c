"""The German and Simplified Chinese translations: complete, current, placeholders kept, in the window."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .conftest import EVENTS_JSON, show_window

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QMessageBox
    from pytestqt.qtbot import QtBot

    from timeline_app.app.main_window import MainWindow

TRANSLATED = ("de", "zh_CN")
_NUMBERED = re.compile(r"%\d")
_NAMED = re.compile(r"\{(\w+)\}")
DAY_EVENT = "yin-two-european-brands"  # an event of events.json dated to the day (2024-04-14)


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def _ts(code: str) -> Path:
    from timeline_app.app.languages import ts_source

    return ts_source(code)


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_ts_source_is_current_with_the_code(code: str, tmp_path: Path) -> None:
    """lupdate run afresh finds exactly the strings the .ts holds: none new, none gone."""
    from timeline_app.app.languages import lupdate

    fresh = tmp_path / f"fresh_{code}.ts"
    lupdate([fresh])
    wanted = {(context, source) for context, source, _ in _messages(fresh)}
    held = {(context, source) for context, source, _ in _messages(_ts(code))}
    assert len(wanted) > 300  # the scan saw the package
    assert sorted(wanted - held) == [], "run: python -m timeline_app.app.languages"
    assert sorted(held - wanted) == [], "run: python -m timeline_app.app.languages"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_string_is_translated(code: str) -> None:
    untranslated = [
        (context, source)
        for context, source, translation in _messages(_ts(code))
        if translation.get("type") is not None or not (translation.text or "").strip()
    ]
    assert untranslated == []


# A named placeholder a translation may write in another form: the month as a number, a day or a
# century as a bare number rather than an English ordinal ("25th"), a count of years in the
# language's own words for big numbers ("6,600万") rather than in English millions.
_ALTERNATIVE = {"month": "month_number", "ordinal": "number", "count": "years"}


def placeholder_problems(source: str, translation: str) -> list[str]:
    """What a translation loses or invents of the source's %1 and {name} placeholders.

    A template may write a field in its other form (_ALTERNATIVE): {month_number} for {month}.
    """
    problems = []
    if sorted(_NUMBERED.findall(source)) != sorted(_NUMBERED.findall(translation)):
        problems.append("numbered placeholders differ")
    named, kept = set(_NAMED.findall(source)), set(_NAMED.findall(translation))
    allowed = named | {_ALTERNATIVE[name] for name in named if name in _ALTERNATIVE}
    lost = [name for name in named if name not in kept and _ALTERNATIVE.get(name) not in kept]
    if lost or not kept <= allowed:
        problems.append("named placeholders differ")
    return problems


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_every_placeholder(code: str) -> None:
    lost = [
        (context, source, translation.text, problems)
        for context, source, translation in _messages(_ts(code))
        if (problems := placeholder_problems(source, translation.text or ""))
    ]
    assert lost == []


@pytest.mark.parametrize(
    ("source", "translation", "ok"),
    [
        ("%1 of %2 events", "%1 von %2 Ereignissen", True),
        ("%1 of %2 events", "%1 Ereignisse", False),
        ("{month} {year}", "{year}年{month_number}月", True),
        ("{month} {year}", "{year}", False),
        ("about {date}", "etwa {datum}", False),
        ("the {ordinal} century", "{number}世纪", True),
        ("the {ordinal} century", "das Jahrhundert", False),
        ("{count} Mya", "{years}年前", True),
        ("{count} Mya", "vor {count} Mio. J. ({month})", False),
    ],
)
def test_the_placeholder_check_tells_kept_from_lost(source: str, translation: str, ok: bool) -> None:
    assert (placeholder_problems(source, translation) == []) is ok


@pytest.mark.parametrize("code", TRANSLATED)
def test_menu_paths_and_mnemonics_survive_translation(code: str) -> None:
    """A shortcut's menu path keeps its steps (the menu item is the last) and one mnemonic."""
    broken = []
    for context, source, translation in _messages(_ts(code)):
        text = translation.text or ""
        if source.count(" ▸ ") != text.count(" ▸ ") and context == "Shortcuts":
            broken.append((source, text))
        if "&" in source.replace("&&", "") and text.replace("&&", "").count("&") != 1:
            broken.append((source, text))
    assert broken == []


# -- in the window -------------------------------------------------------------------------


@pytest.fixture
def speak(qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Switch the app's language for one test (compiled into a throwaway cache), then back."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from timeline_app.app.languages import ENGLISH, LanguageSwitch

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    switch = LanguageSwitch()
    before = QLocale()
    app = QCoreApplication.instance()
    assert app is not None
    yield lambda code: switch.apply(app, code)
    switch.apply(app, ENGLISH)
    QLocale.setDefault(before)


def _menu(window: MainWindow, number: int) -> QMenu:
    """The menu bar's ``number``-th menu."""
    from PySide6.QtWidgets import QMenu

    menu = window.menuBar().actions()[number].menu()
    assert isinstance(menu, QMenu)
    return menu


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.usefixtures("isolated_settings")
def test_the_window_speaks_german(qtbot: QtBot, speak: object) -> None:
    assert callable(speak)
    assert speak("de")
    window = show_window(qtbot, EVENTS_JSON)
    assert _menu_titles(window) == ["&Datei", "&Bearbeiten", "&Ansicht", "&Suchen", "&Gehe zu", "&Hilfe"]
    assert "Ö&ffnen…" in [action.text() for action in _menu(window, 0).actions()]
    assert window._count_label.text().endswith("Ereignisse")
    window.model.select(window.model.timeline.events.ids.index(DAY_EVENT))
    html = window.detail_panel.toHtml()
    assert "14. April 2024" in html
    assert "Quellen" in html
    window.set_language("zh_CN")  # View ▸ Language: remembered, and said to apply next time
    assert window.notice_bar.isVisible()
    assert window.notice_bar.label.text() == "Die Sprache ändert sich beim nächsten Start der App."


@pytest.mark.usefixtures("isolated_settings")
def test_the_window_speaks_simplified_chinese(qtbot: QtBot, speak: object) -> None:
    assert callable(speak)
    assert speak("zh_CN")
    window = show_window(qtbot, EVENTS_JSON)
    assert _menu_titles(window) == ["文件(&F)", "编辑(&E)", "视图(&V)", "搜索(&S)", "转到(&G)", "帮助(&H)"]
    window.model.select(window.model.timeline.events.ids.index(DAY_EVENT))
    html = window.detail_panel.toHtml()
    assert "来源" in html
    assert "2024年4月14日" in html  # the date as Chinese writes it
    window.files._on_vanished(EVENTS_JSON)  # a notice from the file watcher
    assert window.notice_bar.label.text() == "events.json 已被删除或重命名；仍显示已加载的内容。"


@pytest.mark.usefixtures("isolated_settings")
def test_the_language_menu_remembers_the_choice(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMenu

    from timeline_app.app.settings import AppSettings

    window = show_window(qtbot, EVENTS_JSON)
    languages = window.findChild(QMenu, "languageMenu")
    assert languages is not None
    names = [action.text() for action in languages.actions()]
    assert names == ["S&ystem", "&English", "&Deutsch", "简体中文(&Z)"]
    assert languages.actions()[0].isChecked()
    languages.actions()[2].trigger()
    assert AppSettings().language == "de"
    assert window.notice_bar.label.text() == "The language changes when the app starts next time."


def test_the_system_locale_chooses_the_language() -> None:
    from PySide6.QtCore import QLocale

    from timeline_app.app.languages import resolve, system_language

    assert system_language(QLocale("de_AT")) == "de"
    assert system_language(QLocale("zh_CN")) == "zh_CN"
    assert system_language(QLocale("zh_Hans_SG")) == "zh_CN"
    assert system_language(QLocale("zh_TW")) == "en"
    assert system_language(QLocale("fr_FR")) == "en"
    assert resolve("system", QLocale("de_DE")) == "de"
    assert resolve("zh_CN", QLocale("de_DE")) == "zh_CN"
    assert resolve("klingon") == "en"


def test_a_translation_compiles_once_into_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTranslator

    from timeline_app.app import languages

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    compiled = languages.compiled("de")
    assert compiled is not None and compiled.is_relative_to(tmp_path)
    stamp = compiled.stat().st_mtime_ns
    assert languages.compiled("de") == compiled and compiled.stat().st_mtime_ns == stamp
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate("MainWindow", "&File") == "&Datei"


def test_a_changed_translation_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline_app.app import languages

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(_ts("de"), folder / "timeline_app_de.ts")
    monkeypatch.setattr(languages, "translations_dir", lambda: folder)
    first = languages.compiled("de")
    source = folder / "timeline_app_de.ts"
    source.write_text(source.read_text(encoding="utf-8").replace("&amp;Datei", "&amp;Akte"), encoding="utf-8")
    second = languages.compiled("de")
    assert first is not None and second is not None and first != second


def test_a_font_with_simplified_chinese_glyphs_is_installed(qapp: object) -> None:
    """Else the Chinese translation shows boxes: install fonts-wqy-microhei (see README)."""
    from PySide6.QtGui import QFontDatabase

    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese) != []


# A file with two problems the loader words itself: a lane that is not there and a month that is not.
BAD_FILE = (
    '{"title": "x", "lanes": [{"id": "ev", "label": "EV"}], "events": [{"id": "a", "title": "A",'
    ' "date": "2024-13", "status": "confirmed", "lane": "evs"}]}'
)
BAD_FILE_ENGLISH = [
    "events[0].date: '2024-13' is not a valid date: month 13 does not exist",
    "events[0].lane: no lane has id 'evs' (did you mean 'ev'?)",
]


def _failed_open_box(qtbot: QtBot, path: Path) -> QMessageBox:
    """The message box a window opened on ``path`` shows when the file cannot be loaded."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from timeline_app.app.gui import open_window

    window = open_window(path)
    qtbot.addWidget(window)

    def boxes() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

    qtbot.waitUntil(lambda: boxes() != [], timeout=20_000)
    (box,) = boxes()
    return box


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(
    ("code", "title", "lines", "report_head"),
    [
        (
            "de",
            "bad.json kann nicht geöffnet werden.",
            [
                "events[0].date: '2024-13' ist kein gültiges Datum: den Monat 13 gibt es nicht",
                "events[0].lane: keine Spur hat die Kennung 'evs' (meinten Sie 'ev'?)",
            ],
            "bad.json: 2 Fehler",
        ),
        (
            "zh_CN",
            "无法打开 bad.json。",
            [
                "events[0].date: '2024-13' 不是有效的日期：不存在第 13 月",
                "events[0].lane: 没有 ID 为 'evs' 的泳道（您是想写 'ev' 吗？）",
            ],
            "bad.json：2 个问题",
        ),
    ],
)
def test_a_bad_file_is_explained_in_the_windows_language_at_the_same_places(
    qtbot: QtBot, speak: object, tmp_path: Path, code: str, title: str, lines: list[str], report_head: str
) -> None:
    """The problems come from the loader (in a child process for big files; English there) and are
    shown translated: the field paths and the file's own text stay as they are."""
    assert callable(speak)
    assert speak(code)
    path = tmp_path / "bad.json"
    path.write_text(BAD_FILE, encoding="utf-8")
    box = _failed_open_box(qtbot, path)
    assert box.text() == title
    from timeline_app.app.messages import BULLET

    assert box.informativeText().splitlines() == [BULLET + line for line in lines]  # several: bulleted
    report = box.detailedText().splitlines()
    assert report[0].endswith(report_head)
    assert [line.strip() for line in report[1:]] == lines
    box.close()


def test_the_command_line_says_problems_in_english_whatever_the_locale(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(BAD_FILE, encoding="utf-8")
    env = {**os.environ, "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de"}
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app", "--check", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env=env,
    )
    assert result.returncode == 2
    assert [line.strip() for line in result.stderr.splitlines()[1:]] == BAD_FILE_ENGLISH


# Loads every file of the broken and hostile corpora (in a child: a hostile file may hang a bug)
# and prints the (context, template) of every phrase its problems are made of, nested ones too.
_CORPUS_TEMPLATES = """
import json, sys
from pathlib import Path
from timeline_app.core.i18n import Phrase
from timeline_app.io.errors import TimelineLoadError
from timeline_app.io.formats import load_any
found = set()
def walk(phrase):
    found.add((phrase.context, phrase.template))
    for arg in phrase.args:
        if isinstance(arg, Phrase):
            walk(arg)
for folder in sys.argv[1:]:
    for path in sorted(Path(folder).iterdir()):
        if path.suffix == ".expected":
            continue
        try:
            load_any(path)
        except TimelineLoadError as error:
            for problem in error.problems:
                walk(problem.words)
print(json.dumps(sorted(found)))
"""


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_problem_of_the_corpora_has_a_finished_translation(code: str) -> None:
    """A message made from English text rather than a marked template would not be in the .ts."""
    from .conftest import REPO_ROOT

    folders = [str(REPO_ROOT / "tests" / name) for name in ("broken", "hostile")]
    result = subprocess.run(
        [sys.executable, "-c", _CORPUS_TEMPLATES, *folders],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    used = {tuple(pair) for pair in json.loads(result.stdout)}
    assert len(used) > 40  # the corpora reach most of the loader's words
    finished = {
        (context, source)
        for context, source, translation in _messages(_ts(code))
        if translation.get("type") is None and (translation.text or "").strip()
    }
    assert sorted(used - finished) == []


@pytest.mark.usefixtures("isolated_settings")
def test_problems_from_the_loader_child_cross_the_process_boundary_translatable(
    speak: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big file loads in a spawned child that has no translator: its problems come back as
    templates and arguments, English by str(), German in the window."""
    from timeline_app.io import load_process
    from timeline_app.io.errors import TimelineLoadError

    monkeypatch.setattr(load_process, "SUBPROCESS_MIN_BYTES", 0)
    path = tmp_path / "bad.json"
    path.write_text(BAD_FILE, encoding="utf-8")
    assert callable(speak)
    assert speak("de")
    with pytest.raises(TimelineLoadError) as caught:
        load_process.load_file(path)
    assert [str(problem) for problem in caught.value.problems] == BAD_FILE_ENGLISH
    assert [problem.translated() for problem in caught.value.problems] == [
        "events[0].date: '2024-13' ist kein gültiges Datum: den Monat 13 gibt es nicht",
        "events[0].lane: keine Spur hat die Kennung 'evs' (meinten Sie 'ev'?)",
    ]


@pytest.mark.parametrize(
    ("code", "edtf", "words"),
    [
        ("de", "156X-12-25", "irgendein Jahr (die 1560er), 25. Dezember"),
        ("de", "15XX-01-3X", "irgendein Jahr (das 16. Jahrhundert), 30 oder 31. Januar"),
        ("de", "2004-XX-25", "der 25. eines Monats im Jahr 2004"),
        ("de", "2004-?06-~11", "11. Juni 2004 (Monat unsicher, Tag ungefähr)"),
        ("de", "[..1760-12-03,1762]", "eines von: 3. Dezember 1760 oder früher, 1762"),
        ("de", "Y-66000000", "vor 66 Millionen Jahren"),
        ("de", "Y170000002", "Jahr 170.000.002"),
        ("zh_CN", "15XX-12-25", "16世纪中的某一年，12月25日"),
        ("zh_CN", "20XX-41", "21世纪中的某一年，该年下半年"),
        ("zh_CN", "Y-66000000", "6,600万年前"),
        ("zh_CN", "Y-13800000000~", "约138亿年前"),
    ],
)
def test_the_rarer_dates_are_said_in_the_language(speak: object, code: str, edtf: str, words: str) -> None:
    from timeline_app.core.dates import format_date, parse_edtf

    assert callable(speak)
    assert speak(code)
    assert format_date(parse_edtf(edtf)) == words


@pytest.mark.parametrize(
    ("code", "labels"),
    [
        ("de", ["vor 66 Mio. J.", "vor 4,5 Mrd. J.", "heute", "in 5 Mrd. J."]),
        ("zh_CN", ["6,600万年前", "45亿年前", "现今", "50亿年后"]),
    ],
)
def test_the_deep_time_axis_speaks_the_language(speak: object, code: str, labels: list[str]) -> None:
    from timeline_app.view.ticks import PRESENT_YEAR, _deep_label

    assert callable(speak)
    assert speak(code)
    million, billion = 1_000_000, 1_000_000_000
    assert [
        _deep_label(PRESENT_YEAR - 66 * million, million),
        _deep_label(PRESENT_YEAR - 4_500 * million, billion // 2),
        _deep_label(PRESENT_YEAR, 1),
        _deep_label(PRESENT_YEAR + 5 * billion, billion),
    ] == labels


@pytest.mark.usefixtures("isolated_settings")
def test_a_select_that_cannot_be_followed_is_said_in_the_window_language_and_in_english_on_stderr(
    qtbot: QtBot, speak: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from timeline_app.app.open_at import go_to
    from timeline_app.core.launch_link import OpenRequest

    assert callable(speak)
    assert speak("de")
    window = show_window(qtbot, EVENTS_JSON)
    problems = go_to(window, OpenRequest(None, select="nope", view="2024-13"))
    assert problems == [
        "--view '2024-13': '2024-13' is not a valid date: month 13 does not exist",
        "--select: events.json has no event with the id 'nope'",
    ]
    assert window.notice_bar.label.text() == (
        "--view '2024-13': '2024-13' ist kein gültiges Datum: den Monat 13 gibt es nicht; "
        "--select: events.json hat kein Ereignis mit der Kennung 'nope'"
    )
    assert "timeline-app: --select: events.json has no event with the id 'nope'" in capsys.readouterr().err


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize(
    ("code", "url", "words"),
    [
        ("de", "pics", "pics kann nicht angezeigt werden: es ist ein Ordner, keine Datei"),
        ("de", "pics/gone.png", "gone.png kann nicht angezeigt werden: diese Datei gibt es nicht"),
        (
            "de",
            "pics/notes.png",
            "notes.png kann nicht angezeigt werden: es ist kein Bild, das diese App lesen kann",
        ),
        ("zh_CN", "pics", "无法显示 pics：它是文件夹，不是文件"),
        ("zh_CN", "pics/notes.png", "无法显示 notes.png：它不是本应用能读取的图片"),
    ],
)
def test_an_image_that_cannot_be_shown_says_why_in_a_whole_sentence_of_the_language(
    qtbot: QtBot, speak: object, tmp_path: Path, code: str, url: str, words: str
) -> None:
    """The reasons come from the reading and decoding (on workers) as templates, and are shown as
    whole clauses in the window's language, never English fragments inside a translated sentence."""
    assert callable(speak)
    assert speak(code)
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "notes.png").write_bytes(b"these are notes, not a picture")
    event = {"id": "plant", "title": "Plant", "date": "2024-04-11", "status": "confirmed"}
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"title": "Story", "events": [{**event, "images": [{"url": url}]}]}))
    window = show_window(qtbot, path)
    window.model.select_id("plant")
    qtbot.waitUntil(lambda: words in window.detail_panel.toPlainText(), timeout=20_000)


@pytest.mark.parametrize(("code", "joined"), [("de", "a; b; c"), ("zh_CN", "a；b；c")])
def test_texts_in_a_row_are_joined_as_the_language_joins_them(speak: object, code: str, joined: str) -> None:
    from timeline_app.core.i18n import in_a_row

    assert callable(speak)
    assert in_a_row(["a", "b", "c"]) == "a; b; c"  # English before the language is chosen
    assert speak(code)
    assert in_a_row(["a", "b", "c"]) == joined
    assert in_a_row(["a"]) == "a" and in_a_row([]) == ""
