"""Where the app finds its bundled files, installed, editable or frozen by PyInstaller."""

from __future__ import annotations

import sys
from pathlib import Path

DEFAULT_TIMELINE_NAME = "events.json"
_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # timeline_app/


def _candidates(installed: Path, in_checkout: Path) -> list[Path]:
    # A wheel ships data inside the package; a source checkout keeps it at the top level;
    # a PyInstaller bundle unpacks next to sys._MEIPASS with the package's layout.
    frozen_root = getattr(sys, "_MEIPASS", None)
    found = [installed, in_checkout]
    if frozen_root is not None:
        found.insert(0, Path(frozen_root) / installed.relative_to(_PACKAGE_DIR.parent))
    return found


def bundled_timeline() -> Path:
    """The copy of the article's events.json that ships with the app."""
    installed = _PACKAGE_DIR / "data" / DEFAULT_TIMELINE_NAME
    in_checkout = _PACKAGE_DIR.parent / DEFAULT_TIMELINE_NAME
    return next((p for p in _candidates(installed, in_checkout) if p.is_file()), in_checkout)


def resources_dir() -> Path:
    """The folder holding the icon, the .desktop file and the JSON Schema."""
    installed = _PACKAGE_DIR / "resources"
    in_checkout = _PACKAGE_DIR.parent / "resources"
    return next((p for p in _candidates(installed, in_checkout) if p.is_dir()), in_checkout)


def default_timeline(cwd: Path | None = None) -> Path:
    """events.json in the current folder if there is one, else the bundled copy."""
    local = (cwd or Path.cwd()) / DEFAULT_TIMELINE_NAME
    return local if local.is_file() else bundled_timeline()
