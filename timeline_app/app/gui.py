"""Build the main window for a timeline file and run the Qt application."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from timeline_app.app.appearance import Appearance, apply_appearance, follow_system
from timeline_app.app.crash import CrashReporter, log_folder
from timeline_app.app.languages import LanguageSwitch, resolve
from timeline_app.app.main_window import APP_NAME, MainWindow
from timeline_app.app.paths import default_timeline, resources_dir
from timeline_app.app.recovery import offer_recovery
from timeline_app.app.settings import APPLICATION, ORGANIZATION, AppSettings
from timeline_app.core.launch_link import OpenRequest
from timeline_app.core.timeline import empty_timeline
from timeline_app.io.load_process import load_file
from timeline_app.viewmodel.view_model import TimelineViewModel

ICON_NAME = "timeline-app"


def app_icon() -> QIcon:
    """The app's icon from resources/, falling back to the desktop theme's."""
    svg = resources_dir() / f"{ICON_NAME}.svg"
    return QIcon(str(svg)) if svg.is_file() else QIcon.fromTheme(ICON_NAME)


def create_main_window(path: str | Path | None = None) -> MainWindow:
    """The main window showing ``path`` (default: ./events.json, else the bundled copy), not yet shown.

    Any format the app reads; big files load in a child process, as File ▸ Open does. Returns
    once the timeline is loaded, or raises its TimelineLoadError. A QApplication must exist.
    """
    resolved = Path(path) if path is not None else default_timeline()
    window = MainWindow(TimelineViewModel(load_file(resolved)), resolved)
    window.setWindowIcon(app_icon())
    return window


def open_window(
    path: Path | None,
    settings: AppSettings | None = None,
    article: Path | None = None,
    published: str | None = None,
    *,
    offer_recovered: bool = True,
) -> MainWindow:
    """A main window, shown at once, loading ``path`` (default as for create_main_window) in the
    background with the progress and Cancel of File ▸ Open; a file that fails says so in a dialog.
    With ``article``, the window drafts a timeline from it instead, to review beside its text.
    The first window of a run (``offer_recovered``) offers to restore what a crash left unsaved."""
    window = MainWindow(TimelineViewModel(empty_timeline()), None, settings)
    window.setWindowIcon(app_icon())
    window.show()
    if article is not None:
        QTimer.singleShot(0, lambda: window.articles.new_from_article(article, published))
        return window
    window.files.open_path(path if path is not None else default_timeline())
    if offer_recovered:
        # Asked once the window is up: what a crash left may be what the user wants, not the file.
        QTimer.singleShot(0, lambda: offer_recovery(window.files, window))
    return window


def run_gui(
    request: OpenRequest,
    appearance: str | None = None,
    article: Path | None = None,
    published: str | None = None,
    *,
    serve: bool = False,
) -> int:
    """Start the application: the window shows at once and ``request.path`` loads in the background
    (with progress and Cancel, as File ▸ Open), then shows its event or range; with ``article``,
    a draft of it instead. With ``serve``, later launches of this user hand their files to this
    app (single_instance). Returns the exit code."""
    from timeline_app.app.windows import WindowRouter  # it builds windows with open_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    settings = AppSettings()
    # Before any window: every text made from here on is in the chosen language.
    LanguageSwitch().apply(app, resolve(settings.language))
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", APP_NAME))
    app.setDesktopFileName(ICON_NAME)
    app.setWindowIcon(app_icon())
    reporter = CrashReporter(log_folder(), app)
    reporter.install()
    chosen = appearance or settings.appearance
    apply_appearance(app, Appearance(chosen) if chosen in set(Appearance) else Appearance.SYSTEM)
    follow_system(app)
    router = WindowRouter(settings, app)
    if sys.platform == "darwin":
        # Finder's double-clicks and links arrive as events, not arguments. An application-wide
        # filter sees every event of the app, so it is installed only where such events exist.
        router.watch_file_open_events(app)
    router.open_first(request, article, published)
    if serve:
        from timeline_app.app.single_instance import InstanceServer

        server = InstanceServer(parent=app)
        if server.listen():
            server.requested.connect(router.open_request)
        else:
            print(
                f"timeline-app: cannot listen as {server.name}; later launches open their own windows",
                file=sys.stderr,
            )
    # What start-up made lives as long as the app: out of the collector's sight, a full
    # collection of the rest takes ~0 ms instead of ~40 ms of frozen window. The command line
    # paused the collector for start-up (see cli.main): its work begins now.
    gc.freeze()
    gc.enable()
    try:
        return app.exec()
    finally:
        reporter.uninstall()
