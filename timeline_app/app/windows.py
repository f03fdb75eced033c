"""The app's windows: what another launch or the system (macOS's file-open event) asks to open goes
to a new window or the current one, as the user set, and that window comes to the front."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from timeline_app.app.gui import open_window
from timeline_app.app.main_window import MainWindow
from timeline_app.app.open_at import open_at, same_file
from timeline_app.app.settings import AppSettings
from timeline_app.core.launch_link import LinkError, OpenRequest, is_link, parse_link


class WindowRouter(QObject):
    """Keeps the windows it opened and routes each request to one of them."""

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._windows: list[MainWindow] = []

    @property
    def windows(self) -> list[MainWindow]:
        """The open windows, oldest first."""
        return list(self._windows)

    def open_first(
        self, request: OpenRequest, article: Path | None = None, published: str | None = None
    ) -> MainWindow:
        """The launch's own window (offering what a crash left unsaved), at its event or range;
        with ``article``, a draft timeline of it to review instead."""
        window = open_window(request.path, self._settings, article, published)
        self._keep(window)
        if article is None:
            open_at(window, OpenRequest(window.files.path, request.select, request.view))
        return window

    def open_request(self, request: OpenRequest) -> MainWindow:
        """What another launch asked: its file in the window that shows it already, else in a new
        window or the current one as the user set; no file raises the current window."""
        current = self._current()
        showing = next((w for w in reversed(self._windows) if same_file(w.files.path, request.path)), None)
        if showing is not None:
            window = showing
            open_at(window, request)
        elif current is None or (request.path is not None and self._settings.launches_in_new_window):
            window = open_window(request.path, self._settings, offer_recovered=False)
            self._keep(window)
            open_at(window, OpenRequest(window.files.path, request.select, request.view))
        else:
            window = current
            open_at(window, request)
        bring_to_front(window)
        return window

    def watch_file_open_events(self, app: QApplication) -> None:
        """Open what macOS sends the app (a double-clicked file, a ``timeline-app:`` link)."""
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        url = event.url()
        text = url.toString() if url.scheme().lower() != "file" else event.file()
        if is_link(text):
            try:
                request = parse_link(text)
            except LinkError as error:
                current = self._current()
                if current is not None:
                    shown = error.phrase.translated()
                    current.notice_bar.show_notice(shown, shown, ())
                return True
        else:
            request = OpenRequest(Path(event.file()))
        self.open_request(request)
        return True

    def _keep(self, window: MainWindow) -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a closed window goes, and leaves the list
        self._windows.append(window)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))

    def _forget(self, window: MainWindow) -> None:
        if window in self._windows:
            self._windows.remove(window)

    def _current(self) -> MainWindow | None:
        """The active window, else the one opened last."""
        active = QApplication.activeWindow()
        if isinstance(active, MainWindow) and active in self._windows:
            return active
        return self._windows[-1] if self._windows else None


def bring_to_front(window: MainWindow) -> None:
    """Show the window, restored if minimised, raised and activated (as far as the desktop allows)."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
