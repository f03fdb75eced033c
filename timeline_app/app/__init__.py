"""The app shell: command line, main window, settings, appearance, paths and desktop integration.

``create_main_window`` is the public way to build a main window; Qt is imported only when it is called.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline_app.app.main_window import MainWindow


def create_main_window(path: str | Path | None = None) -> MainWindow:
    """The main window showing ``path`` (any format the app reads), not yet shown; see ``gui``."""
    from timeline_app.app.gui import create_main_window as create

    return create(path)
