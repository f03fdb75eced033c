"""The layering holds: modules below the view model import no Qt, and the tools stay clean."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO_ROOT

PACKAGE = REPO_ROOT / "timeline_app"
# Folders whose modules never import Qt, and folders that may paint but never build widgets.
PURE_PACKAGES = ("core", "io", "view", "article")
NO_WIDGET_PACKAGES = ("render", "viewmodel")
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtPrintSupport")


def _modules_in(folder: str) -> list[str]:
    """Every module under timeline_app/<folder>, found on disk so that a new one is covered."""
    root = PACKAGE / folder
    names = []
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(REPO_ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_the_layer_contracts_hold() -> None:
    """import-linter's contracts in pyproject.toml: layers import downward, pure packages no Qt."""
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_pure_packages_and_the_command_line_import_no_qt_at_run_time() -> None:
    """Also what the contracts cannot see: imports made by the libraries they use."""
    names = [name for folder in PURE_PACKAGES for name in _modules_in(folder)]
    names += ["timeline_app.app", "timeline_app.app.cli", "timeline_app.app.schema", "timeline_app.app.paths"]
    assert len(names) >= 30  # the walk found the packages
    code = (
        "import sys\n"
        f"for name in {names!r}: __import__(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""


@pytest.mark.parametrize("folder", NO_WIDGET_PACKAGES)
def test_painting_and_the_view_model_build_no_widgets(folder: str) -> None:
    found = []
    for name in _modules_in(folder):
        path = REPO_ROOT.joinpath(*name.split(".")).with_suffix(".py")
        if not path.is_file():
            path = path.with_suffix("") / "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            imported = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            found += [f"{name} imports {module}" for module in imported if module.startswith(WIDGET_MODULES)]
    assert found == []


def test_every_module_says_its_job_in_a_docstring() -> None:
    missing = [
        str(path.relative_to(REPO_ROOT))
        for path in sorted(PACKAGE.rglob("*.py"))
        if ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) is None
    ]
    assert missing == []


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
    # The translations' sources: the first start in a language compiles them with lrelease.
    assert "timeline_app/resources/translations/timeline_app_de.ts" in names
    assert "timeline_app/resources/translations/timeline_app_zh_CN.ts" in names


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
