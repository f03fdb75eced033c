"""Dialogs sized to the screen they open on: their preferred size, never more than it can show."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# Of the screen's free area a dialog may take: the rest is room for the window manager's title
# bar and frame, which a dialog as tall as the screen pushes off its top (a 1024x700 screen).
SCREEN_SHARE = 0.9


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` by ``height``, each cut to its share of the screen's free area.

    Called before the first show: the screen is the parent window's (else the primary one)."""
    available = widget.screen().availableGeometry()
    widget.resize(
        min(width, round(available.width() * SCREEN_SHARE)),
        min(height, round(available.height() * SCREEN_SHARE)),
    )
