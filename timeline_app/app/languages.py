"""The languages the app speaks: which one is chosen, its compiled translation, and installing it.

The ``.ts`` sources live in resources/translations/. A bundle may carry compiled ``.qm`` files
beside them; otherwise the first start in a language compiles its ``.ts`` with PySide6's
``lrelease`` into the user's cache folder, named by the source's hash so that an updated
translation is compiled again.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    QTranslator,
)

from timeline_app.app.paths import resources_dir
from timeline_app.app.settings import APPLICATION
from timeline_app.core.i18n import ENGLISH as ENGLISH_WORDING
from timeline_app.core.i18n import ENGLISH_SCALES, Wording, use_wording
from timeline_app.io.writing import WriteError, write_file

SYSTEM = "system"
ENGLISH = "en"
CATALOGUE = "timeline_app"  # resources/translations/timeline_app_<code>.ts
LRELEASE_TIMEOUT_S = 60


@dataclass(frozen=True, slots=True)
class Language:
    """One entry of View ▸ Language: its code in settings and file names, its name, its locale."""

    code: str
    # Its name in its own language (a reader of it finds it whatever the app speaks now), with a
    # mnemonic no other entry of the menu has.
    name: str
    locale: str  # the QLocale for dates and numbers


# The table of languages: View ▸ Language lists them in this order after "System".
LANGUAGES: tuple[Language, ...] = (
    Language(ENGLISH, "&English", "en_US"),
    Language("de", "&Deutsch", "de_DE"),
    Language("zh_CN", "简体中文(&Z)", "zh_CN"),
)
_BY_CODE = {language.code: language for language in LANGUAGES}
# How each language names big amounts ("£15 billion"): Chinese counts in 万 and 亿.
LARGE_NUMBER_SCALES: dict[str, tuple[tuple[float, str], ...]] = {
    "de": ((1e12, "%1 Bio."), (1e9, "%1 Mrd."), (1e6, "%1 Mio.")),
    "zh_CN": ((1e12, "%1万亿"), (1e8, "%1亿"), (1e4, "%1万")),
}
TRANSLATED = tuple(language.code for language in LANGUAGES if language.code != ENGLISH)


def translations_dir() -> Path:
    """The folder of the ``.ts`` sources (and of a bundle's compiled ``.qm`` files)."""
    return resources_dir() / "translations"


def ts_source(code: str) -> Path:
    """The translation source of ``code``."""
    return translations_dir() / f"{CATALOGUE}_{code}.ts"


def system_language(locale: QLocale | None = None) -> str:
    """The language of ours that the system's locale asks for: German, Simplified Chinese or English."""
    locale = locale or QLocale.system()
    if locale.language() == QLocale.Language.German:
        return "de"
    traditional = locale.script() == QLocale.Script.TraditionalChineseScript
    if locale.language() == QLocale.Language.Chinese and not traditional:
        return "zh_CN"
    return ENGLISH


def resolve(choice: str, locale: QLocale | None = None) -> str:
    """The language to speak for a setting: "system" follows the locale; unknown codes mean English."""
    if choice == SYSTEM:
        return system_language(locale)
    return choice if choice in _BY_CODE else ENGLISH


def language(code: str) -> Language:
    """The row of ``code``."""
    return _BY_CODE[code]


def _cache_dir() -> Path:
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(cache or Path.home() / ".cache") / APPLICATION / "translations"


def _lrelease() -> Path | None:
    """PySide6's lrelease (the wheel ships the binary inside the package)."""
    import PySide6

    found = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    return found if found.is_file() else None


def compile_ts(source: Path, target: Path) -> None:
    """Compile ``source`` into ``target`` with lrelease (atomically); OSError or WriteError if it cannot."""
    tool = _lrelease()
    if tool is None:
        raise OSError("PySide6's lrelease is not installed")
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / target.name
        result = subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(out)],
            capture_output=True,
            text=True,
            timeout=LRELEASE_TIMEOUT_S,
            check=False,
        )
        if result.returncode != 0 or not out.is_file():
            raise OSError(f"lrelease could not compile {source}: {result.stderr.strip()}")
        target.parent.mkdir(parents=True, exist_ok=True)
        write_file(target, out.read_bytes())


def compiled(code: str) -> Path | None:
    """The ``.qm`` of ``code``: the bundle's own, else one compiled from the ``.ts`` (once per version)."""
    source = ts_source(code)
    shipped = source.with_suffix(".qm")
    if shipped.is_file():
        return shipped
    if not source.is_file():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = _cache_dir() / f"{CATALOGUE}_{code}-{digest}.qm"
    if not target.is_file():
        try:
            compile_ts(source, target)
        except (OSError, WriteError, subprocess.TimeoutExpired):
            return None  # the app still works, in English
    return target


class LanguageSwitch:
    """The translators installed in the application, so that another language can replace them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.code = ENGLISH

    def apply(self, app: QCoreApplication, code: str) -> bool:
        """Speak ``code`` from now on (new text; what is already shown keeps its words).

        Installs our translation and Qt's own (standard buttons and dialogs), makes dates and
        numbers follow the language's locale, and hands the core its wording. Returns False,
        speaking English, when the translation cannot be had.
        """
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        row = _BY_CODE.get(code, _BY_CODE[ENGLISH])
        ok = True
        if row.code != ENGLISH:
            ours = QTranslator(app)
            qm = compiled(row.code)
            if qm is not None and ours.load(str(qm)):
                app.installTranslator(ours)
                self._installed.append(ours)
                qt_own = QTranslator(app)
                qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
                if qt_own.load(f"qtbase_{row.code}", qt_dir):
                    app.installTranslator(qt_own)
                    self._installed.append(qt_own)
            else:
                ok, row = False, _BY_CODE[ENGLISH]
        self.code = row.code
        locale = QLocale(row.locale)
        QLocale.setDefault(locale)
        use_wording(wording_for(locale))
        return ok


def wording_for(locale: QLocale) -> Wording:
    """The core's wording in ``locale``: Qt's translator, the locale's month and weekday names,
    digit grouping, decimal point and words for big amounts."""
    if locale.language() == QLocale.Language.English:
        return ENGLISH_WORDING  # the source texts, English names and "1,234": no translator needed
    long, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    months = tuple(locale.standaloneMonthName(month, long) for month in range(1, 13))
    short_months = tuple(locale.standaloneMonthName(month, short) for month in range(1, 13))
    weekdays = tuple(locale.standaloneDayName(day, short) for day in range(1, 8))  # Monday is 1

    def decimal(value: float) -> str:
        return locale.toString(value, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)

    return Wording(
        translate=QCoreApplication.translate,
        month_names=months,
        short_month_names=short_months,
        short_weekday_names=weekdays,
        number=locale.toString,
        decimal=decimal,
        scales=LARGE_NUMBER_SCALES.get(system_language(locale), ENGLISH_SCALES),
    )


# -- keeping the .ts sources up to date (developers: python -m timeline_app.app.languages) ---------

# No source locations: a line moved in the code is no change to the translations.
LUPDATE_OPTIONS = ("-extensions", "py", "-locations", "none", "-no-obsolete", "-silent")


def lupdate(targets: list[Path], sources: Path | None = None) -> None:
    """Update (or create) the ``.ts`` files ``targets`` with every marked string under ``sources``
    (default: the package), keeping their translations. OSError if lupdate fails."""
    import PySide6

    tool = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    package = sources or Path(__file__).resolve().parents[1]
    command = [str(tool), *LUPDATE_OPTIONS, str(package), "-ts", *map(str, targets)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=LRELEASE_TIMEOUT_S, check=False)
    if result.returncode != 0:
        raise OSError(f"lupdate failed: {result.stderr.strip()}")


if __name__ == "__main__":
    lupdate([ts_source(code) for code in TRANSLATED])
    print("\n".join(str(ts_source(code)) for code in TRANSLATED))
