"""Light, dark, high contrast or the system's: one place that builds the palettes and applies the choice.

"System" follows the desktop's colour scheme and, through Qt 6.10's accessibility hints, its
contrast preference: when the desktop asks for high contrast the app switches to its own high
contrast palette (light or dark as the desktop's scheme), and back when it stops asking.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from timeline_app.core.i18n import QT_TRANSLATE_NOOP
from timeline_app.render.theme import HIGH_CONTRAST_PROPERTY

# Fusion draws the same on every platform and honours a custom palette fully.
STYLE = "Fusion"

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181b",
    QPalette.ColorRole.AlternateBase: "#26282c",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2b2d31",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#5b9cf6",
    QPalette.ColorRole.HighlightedText: "#0b0c0e",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
    QPalette.ColorRole.ToolTipBase: "#2b2d31",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Mid: "#3c4043",
    QPalette.ColorRole.Dark: "#111214",
    QPalette.ColorRole.Light: "#4a4d52",
}
_LIGHT = {
    QPalette.ColorRole.Window: "#f3f3f4",
    QPalette.ColorRole.WindowText: "#1f1f1f",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f5f6f7",
    QPalette.ColorRole.Text: "#1f1f1f",
    QPalette.ColorRole.Button: "#ececed",
    QPalette.ColorRole.ButtonText: "#1f1f1f",
    QPalette.ColorRole.Highlight: "#1a62d6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1a62d6",
    QPalette.ColorRole.ToolTipBase: "#ffffdc",
    QPalette.ColorRole.ToolTipText: "#1f1f1f",
    QPalette.ColorRole.PlaceholderText: "#6b6b6b",
}
# High contrast: pure black and white, selections and links that read at 7:1 (WCAG AAA).
_HIGH_CONTRAST_LIGHT = {
    QPalette.ColorRole.Window: "#ffffff",
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#ebebeb",
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.BrightText: "#000000",
    QPalette.ColorRole.Highlight: "#00007a",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#00007a",
    QPalette.ColorRole.LinkVisited: "#4b0082",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#3b3b3b",
    QPalette.ColorRole.Mid: "#000000",
    QPalette.ColorRole.Dark: "#000000",
    QPalette.ColorRole.Light: "#ffffff",
}
_HIGH_CONTRAST_DARK = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1a1a1a",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#ffff00",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.Link: "#ffff00",
    QPalette.ColorRole.LinkVisited: "#ffb3ff",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#c8c8c8",
    QPalette.ColorRole.Mid: "#ffffff",
    QPalette.ColorRole.Dark: "#ffffff",
    QPalette.ColorRole.Light: "#000000",
}
_DISABLED_TEXT_DARK = "#80868b"
_DISABLED_TEXT_LIGHT = "#9a9a9a"
# Fusion draws a text field's frame a shade darker than the window: on a black window, black. In
# high contrast every field gets a frame in the text's colour instead.
HIGH_CONTRAST_STYLE_SHEET = "QLineEdit { border: 1px solid palette(text); padding: 2px; }"
# The application property holding the choice applied last (what a system change re-applies).
_CHOICE_PROPERTY = "timelineAppearance"


class Appearance(StrEnum):
    """What the user chose in View ▸ Appearance (and ``--appearance``)."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST_LIGHT = "high-contrast-light"
    HIGH_CONTRAST_DARK = "high-contrast-dark"


# Each choice's menu text (mnemonics unique within View ▸ Appearance), translated where shown.
MENU_TEXT: dict[Appearance, str] = {
    Appearance.SYSTEM: QT_TRANSLATE_NOOP("Appearance", "&System"),
    Appearance.LIGHT: QT_TRANSLATE_NOOP("Appearance", "&Light"),
    Appearance.DARK: QT_TRANSLATE_NOOP("Appearance", "&Dark"),
    Appearance.HIGH_CONTRAST_LIGHT: QT_TRANSLATE_NOOP("Appearance", "&High Contrast Light"),
    Appearance.HIGH_CONTRAST_DARK: QT_TRANSLATE_NOOP("Appearance", "High &Contrast Dark"),
}
HIGH_CONTRAST = frozenset({Appearance.HIGH_CONTRAST_LIGHT, Appearance.HIGH_CONTRAST_DARK})
# (colours, disabled text colour) of each explicit choice.
_PALETTES: dict[Appearance, tuple[dict[QPalette.ColorRole, str], str]] = {
    Appearance.LIGHT: (_LIGHT, _DISABLED_TEXT_LIGHT),
    Appearance.DARK: (_DARK, _DISABLED_TEXT_DARK),
    Appearance.HIGH_CONTRAST_LIGHT: (_HIGH_CONTRAST_LIGHT, "#4d4d4d"),  # disabled: 7:1 still
    Appearance.HIGH_CONTRAST_DARK: (_HIGH_CONTRAST_DARK, "#b3b3b3"),
}


def palette_for(appearance: Appearance) -> QPalette | None:
    """The palette of an explicit choice; None for the system's own."""
    if appearance is Appearance.SYSTEM:
        return None
    colors, disabled_text = _PALETTES[appearance]
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    disabled = QColor(disabled_text)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def shown_appearance(
    appearance: Appearance, contrast: Qt.ContrastPreference, scheme: Qt.ColorScheme
) -> Appearance:
    """What ``appearance`` shows given the system's contrast preference and colour scheme: the
    system's own palette, unless it asks for high contrast."""
    if appearance is not Appearance.SYSTEM or contrast is not Qt.ContrastPreference.HighContrast:
        return appearance
    dark = scheme is Qt.ColorScheme.Dark
    return Appearance.HIGH_CONTRAST_DARK if dark else Appearance.HIGH_CONTRAST_LIGHT


def apply_appearance(
    app: QApplication, appearance: Appearance, contrast: Qt.ContrastPreference | None = None
) -> Appearance:
    """Switch the whole application to ``appearance``; ``contrast`` is the system's preference
    (None: ask the system). Returns what is shown (a high contrast choice for "system" when the
    system asks for it)."""
    hints = app.styleHints()
    if contrast is None:
        accessibility = hints.accessibility()  # (held: a chained call loses it)
        contrast = accessibility.contrastPreference()
    shown = shown_appearance(appearance, contrast, hints.colorScheme())
    app.setStyle(STYLE)
    palette = palette_for(shown)
    app.setProperty(HIGH_CONTRAST_PROPERTY, shown in HIGH_CONTRAST)
    app.setProperty(_CHOICE_PROPERTY, appearance.value)
    app.setPalette(palette if palette is not None else app.style().standardPalette())
    app.setStyleSheet(HIGH_CONTRAST_STYLE_SHEET if shown in HIGH_CONTRAST else "")
    return shown


def follow_system(app: QApplication) -> None:
    """Re-apply the current choice when the system's contrast preference or colour scheme
    changes (only "system" shows a difference)."""
    hints = app.styleHints()
    accessibility = hints.accessibility()

    def reapply(contrast: Qt.ContrastPreference | None = None) -> None:
        choice = app.property(_CHOICE_PROPERTY)
        if choice == Appearance.SYSTEM.value:
            apply_appearance(app, Appearance.SYSTEM, contrast)

    accessibility.contrastPreferenceChanged.connect(reapply)
    hints.colorSchemeChanged.connect(lambda _scheme: reapply())
