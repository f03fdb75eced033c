"""The layering holds: modules below the view model import no Qt, and the tools stay clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO_ROOT

PURE_MODULES = [
    "timeline_app.calendar",
    "timeline_app.dates",
    "timeline_app.model",
    "timeline_app.loader",
    "timeline_app.duplicate_keys",
    "timeline_app.event_table",
    "timeline_app.timeline",
    "timeline_app.index",
    "timeline_app.viewport",
    "timeline_app.ticks",
    "timeline_app.layout",
    "timeline_app.detail_html",
    "timeline_app.schema",
    "timeline_app.cli",
    "timeline_app.search",
    "timeline_app.metrics",
    "timeline_app.load_process",
    "timeline_app.formats",
]


def test_pure_modules_import_no_qt() -> None:
    code = (
        "import sys\n"
        f"for name in {PURE_MODULES!r}: __import__(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""


def test_the_wheel_ships_the_default_timeline_and_resources(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-build-isolation",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            ".",
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "timeline_app/data/events.json" in names
    assert "timeline_app/resources/timeline.schema.json" in names
    assert "timeline_app/resources/timeline-app.desktop" in names
    assert "timeline_app/resources/icons/hicolor/256x256/apps/timeline-app.png" in names


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(REPO_ROOT / ".venv" / "bin")) or shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_ruff_is_clean() -> None:
    for args in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run(
            [_tool("ruff"), *args], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = subprocess.run(
        [_tool("mypy")], cwd=REPO_ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
