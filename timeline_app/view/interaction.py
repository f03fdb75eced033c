"""How input maps to view changes: wheel notches, zoom steps and pan distances, for canvas and overview."""

from __future__ import annotations

# One notch of a mouse wheel reports 120 units (Qt's convention).
WHEEL_NOTCH = 120.0
# Keyboard and button zoom step; the wheel scales it by how far the wheel turned.
ZOOM_STEP = 1.25
# A notch turned sideways (or with Shift) pans this many pixels.
WHEEL_PAN_PX = 40.0


def wheel_zoom_factor(angle: float) -> float:
    """The zoom factor (> 1 in) for a wheel turned ``angle`` units (120 per notch)."""
    return float(ZOOM_STEP ** (angle / WHEEL_NOTCH))


def wheel_pan_px(angle: float) -> float:
    """The pixels a wheel turned sideways by ``angle`` units pans."""
    return angle / WHEEL_NOTCH * WHEEL_PAN_PX
