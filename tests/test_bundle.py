"""The one-folder PyInstaller bundle runs on its own: no venv on PATH, no PYTHONPATH, no Python.

Builds ``packaging/timeline-app.spec`` into a temporary folder (about a minute on two cores), or tests
the build that ``TIMELINE_BUNDLE`` names (``dist/timeline-app`` or the executable in it).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline_app.app.desktop_entry import quote_exec_argument

from .conftest import EVENTS_JSON, REPO_ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        sys.platform == "win32", reason="a windowed Windows bundle has no stdout for --check to print to"
    ),
]

SPEC = REPO_ROOT / "packaging" / "timeline-app.spec"
NAME = "timeline-app"
BUILD_TIMEOUT_SECONDS = 480
RUN_TIMEOUT_SECONDS = 60
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# Qt modules the app does not use, as PySide6 modules (QtQuick) or libraries (libQt6Quick.so.6).
UNUSED_QT = re.compile(r"Qt6?(WebEngine|3D|Qml|Quick|Multimedia|NetworkAuth|Pdf|Charts)")
BAD_DATE = (
    '{"title": "t", "events": [{"id": "a", "title": "A", "date": "2023-02-30", "status": "confirmed"}]}'
)
BAD_JSON = '{\n  "title": "t"\n  "events": []\n}\n'


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bundle's folder: the one $TIMELINE_BUNDLE names, else a fresh build (removed afterwards)."""
    given = os.environ.get("TIMELINE_BUNDLE")
    if given:
        folder = Path(given).resolve()
        folder = folder.parent if folder.is_file() else folder
        if not (folder / NAME).is_file():
            pytest.fail(f"TIMELINE_BUNDLE={given} is not a built bundle: {folder / NAME} is missing")
        yield folder
        return
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip('PyInstaller is not installed: pip install -e ".[bundle]"')
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={out / 'dist'}",
            f"--workpath={out / 'build'}",
            str(SPEC),
        ],
        cwd=REPO_ROOT,
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(out / "config")},
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_SECONDS,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    yield (out / "dist" / NAME).resolve()
    shutil.rmtree(out, ignore_errors=True)  # 200 MB that pytest would otherwise keep for three runs


def run_bundle(bundle: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the bundled executable as a desktop would: a bare environment, no Python anywhere on it."""
    home = cwd / "home"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    return subprocess.run(
        [str(bundle / NAME), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_SECONDS,
        check=False,
    )


def test_the_bundle_holds_the_data_files_and_leaves_out_unused_qt(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "timeline_app" / "data" / "events.json").read_bytes() == EVENTS_JSON.read_bytes()
    resources = internal / "timeline_app" / "resources"
    for name in ("timeline-app.svg", "timeline-app.desktop", "timeline.schema.json"):
        assert (resources / name).is_file(), name
    assert (resources / "icons" / "hicolor" / "256x256" / "apps" / "timeline-app.png").is_file()
    bundled = [path.relative_to(internal).as_posix() for path in internal.rglob("*")]
    assert not [path for path in bundled if UNUSED_QT.search(path)]
    assert not [path for path in bundled if path.split("/")[0] in {"mypy", "hypothesis", "pytest"}]
    # The translations, compiled at build time (the bundle has no lrelease), and Qt's own words.
    for code in ("de", "zh_CN"):
        assert (resources / "translations" / f"timeline_app_{code}.qm").is_file(), code
        assert (internal / "PySide6" / "Qt" / "translations" / f"qtbase_{code}.qm").is_file(), code


def test_check_summarises_the_file_and_exits_0(bundle: Path, tmp_path: Path) -> None:
    (tmp_path / "events.json").write_bytes(EVENTS_JSON.read_bytes())
    count = len(json.loads(EVENTS_JSON.read_text(encoding="utf-8"))["events"])
    result = run_bundle(bundle, tmp_path, "--check", "events.json")
    assert result.returncode == 0, result.stderr
    assert f"events.json: {count} events, from " in result.stdout


def test_export_renders_the_bundled_timeline_to_png(bundle: Path, tmp_path: Path) -> None:
    from timeline_app.render.export import PNG_SCALE

    # No file given and none in the folder: the bundle's own copy of events.json is drawn.
    result = run_bundle(bundle, tmp_path, "--export", "out.png", "--size", "800x500")
    assert result.returncode == 0, result.stderr
    png = (tmp_path / "out.png").read_bytes()
    assert png.startswith(PNG_MAGIC)
    assert png[12:16] == b"IHDR"
    assert struct.unpack(">II", png[16:24]) == (round(800 * PNG_SCALE), round(500 * PNG_SCALE))


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (BAD_DATE, "events[0].date: '2023-02-30' is not a valid date"),
        (BAD_JSON, "line 3, column 3: not valid JSON"),
    ],
    ids=["bad-date", "bad-json"],
)
def test_check_of_a_broken_file_reports_the_problem_and_exits_2(
    bundle: Path, tmp_path: Path, content: str, problem: str
) -> None:
    (tmp_path / "broken.json").write_text(content, encoding="utf-8")
    result = run_bundle(bundle, tmp_path, "--check", "broken.json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert problem in result.stderr


def test_the_desktop_entry_points_at_the_bundle(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(bundle, tmp_path, "--install-desktop-entry")
    assert result.returncode == 0, result.stderr
    entry = tmp_path / "home" / "data" / "applications" / "timeline-app.desktop"
    exec_line = f"Exec={quote_exec_argument(str(bundle / NAME))} %u"
    assert exec_line in entry.read_text(encoding="utf-8").splitlines()
    icons = tmp_path / "home" / "data" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "timeline-app.svg").is_file()


def test_a_second_bundled_launch_hands_its_file_to_the_running_one(bundle: Path, tmp_path: Path) -> None:
    """Qt's network module is in the bundle: the local socket of one instance per user works."""
    import stat
    import tempfile

    from .test_single_instance import poll

    runtime = Path(tempfile.mkdtemp(prefix="tl-run-"))  # short: a socket path has ~100 bytes
    home = tmp_path / "home"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    first_file, second_file = tmp_path / "first.json", tmp_path / "second.json"
    shutil.copyfile(EVENTS_JSON, first_file)
    shutil.copyfile(EVENTS_JSON, second_file)
    first = subprocess.Popen(
        [str(bundle / NAME), str(first_file)], cwd=tmp_path, env=env, stderr=subprocess.DEVNULL
    )
    try:
        poll(
            lambda: True if any(stat.S_ISSOCK(p.lstat().st_mode) for p in runtime.iterdir()) else None,
            "the bundled app did not listen",
        )
        second = subprocess.run(
            [str(bundle / NAME), str(second_file)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_SECONDS,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        settings = home / "config" / "timeline-app" / "timeline-app.conf"
        poll(
            lambda: True if settings.is_file() and str(second_file) in settings.read_text() else None,
            "the running bundled app did not open the file",
        )
    finally:
        first.kill()
        first.wait(timeout=30)
        shutil.rmtree(runtime, ignore_errors=True)
