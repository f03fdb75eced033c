"""Settings read and written in one place (QSettings under the app's organisation and name)."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:  # the formats are imported at the first file, not at start-up
    from timeline_app.io.formats.column_mapping import ColumnMapping

ORGANIZATION = "timeline-app"
APPLICATION = "timeline-app"

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTER = "window/splitter"
_APPEARANCE = "view/appearance"
_LANGUAGE = "view/language"
_RECENT = "files/recent"
_FILE_VIEWS = "files/views"
_MAPPINGS = "files/column-mappings"
_LAUNCHES_IN_NEW_WINDOW = "files/launches-in-new-window"
RECENT_LIMIT = 10


class AppSettings:
    """Typed access to what the app remembers between runs."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(ORGANIZATION, APPLICATION)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry_for(self, screen: str) -> QByteArray | None:
        """The window's saved geometry on this screen (its name and size), if any."""
        return self._bytes(f"{_GEOMETRY}/{_key(screen)}")

    def set_geometry_for(self, screen: str, value: QByteArray) -> None:
        self._settings.setValue(f"{_GEOMETRY}/{_key(screen)}", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes(_STATE)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue(_STATE, value)

    def splitter_state(self, name: str) -> QByteArray | None:
        """The saved state of the splitter called ``name``."""
        return self._bytes(f"{_SPLITTER}/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"{_SPLITTER}/{name}", value)

    @property
    def appearance(self) -> str:
        value = self._settings.value(_APPEARANCE, "system")
        return value if isinstance(value, str) else "system"

    @appearance.setter
    def appearance(self, value: str) -> None:
        self._settings.setValue(_APPEARANCE, value)

    @property
    def language(self) -> str:
        """View ▸ Language: "system" (the default) or a language's code ("de", "zh_CN")."""
        value = self._settings.value(_LANGUAGE, "system")
        return value if isinstance(value, str) else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue(_LANGUAGE, value)

    @property
    def recent_files(self) -> list[str]:
        """Most recently opened first."""
        value = self._settings.value(_RECENT, [])
        if isinstance(value, str):  # QSettings stores a one-item list as a plain string
            value = [value]
        return [str(item) for item in value] if isinstance(value, list) else []

    def add_recent_file(self, path: str) -> None:
        files = [path, *(p for p in self.recent_files if p != path)][:RECENT_LIMIT]
        self._settings.setValue(_RECENT, files)

    def remove_recent_file(self, path: str) -> None:
        self._settings.setValue(_RECENT, [p for p in self.recent_files if p != path])

    def file_view(self, path: str) -> tuple[float, float, str | None] | None:
        """The view range (start, span in seconds) and selected event id last used for ``path``."""
        value = self._settings.value(f"{_FILE_VIEWS}/{_key(path)}")
        if not isinstance(value, str):
            return None
        try:
            start, span, selected = json.loads(value)
            return float(start), float(span), selected if isinstance(selected, str) else None
        except (ValueError, TypeError):
            return None

    def set_file_view(self, path: str, start: float, span: float, selected: str | None) -> None:
        self._settings.setValue(f"{_FILE_VIEWS}/{_key(path)}", json.dumps([start, span, selected]))

    def column_mapping(self, header_key: str) -> ColumnMapping | None:
        """The column mapping last confirmed for sheets with this set of headers (``header_key``)."""
        from timeline_app.io.formats.column_mapping import MappingError, read_mapping_file

        value = self._settings.value(f"{_MAPPINGS}/{header_key}")
        if not isinstance(value, str):
            return None
        try:
            return read_mapping_file(value)
        except MappingError:  # written by another version, or edited by hand
            return None

    def set_column_mapping(self, header_key: str, mapping: ColumnMapping) -> None:
        self._settings.setValue(f"{_MAPPINGS}/{header_key}", json.dumps(mapping.as_dict()))

    @property
    def launches_in_new_window(self) -> bool:
        """Whether a file another launch hands over opens in a new window (else in the current one)."""
        value = self._settings.value(_LAUNCHES_IN_NEW_WINDOW, True)
        return value not in (False, "false")  # QSettings reads a stored bool back as text

    @launches_in_new_window.setter
    def launches_in_new_window(self, value: bool) -> None:
        self._settings.setValue(_LAUNCHES_IN_NEW_WINDOW, value)

    def sync(self) -> None:
        self._settings.sync()


def _key(path: str) -> str:
    """A settings key for a file path (slashes would nest groups)."""
    return hashlib.sha1(path.encode("utf-8"), usedforsecurity=False).hexdigest()
