"""The app shell: command line, main window, settings, appearance, paths and desktop integration.

``create_main_window`` is the public way to build a main window; Qt is imported only when it is called.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline_app.app.main_window import MainWindow

# The app does no linear algebra, but numpy's OpenBLAS starts a thread per core when numpy is
# imported, and each spins for a while waiting for work: at start-up that took ~30 ms of CPU
# from the main thread on a two-core machine. This package is imported before numpy by every
# way the app starts (and the loader processes it starts inherit the setting); a value the user
# set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def create_main_window(path: str | Path | None = None) -> MainWindow:
    """The main window showing ``path`` (any format the app reads), not yet shown; see ``gui``."""
    from timeline_app.app.gui import create_main_window as create

    return create(path)
