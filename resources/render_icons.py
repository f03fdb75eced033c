"""Render timeline-app.svg to the hicolor PNGs; rerun `python resources/render_icons.py` after editing it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Choose the platform before Qt loads, so the script runs without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_NAME = "timeline-app"
SIZES = (16, 24, 32, 48, 64, 128, 256)
RESOURCES = Path(__file__).resolve().parent


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn at ``size`` x ``size`` pixels on a transparent background."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = RESOURCES / f"{ICON_NAME}.svg"
    for size in SIZES:
        # The .png suffix selects the format.
        target = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(target)):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(RESOURCES))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
