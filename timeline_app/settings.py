"""Settings read and written in one place (QSettings under the app's organisation and name)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "timeline-app"
APPLICATION = "timeline-app"

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTER = "window/splitter"
_APPEARANCE = "view/appearance"


class AppSettings:
    """Typed access to what the app remembers between runs."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(ORGANIZATION, APPLICATION)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue(_GEOMETRY, value)

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

    def sync(self) -> None:
        self._settings.sync()
