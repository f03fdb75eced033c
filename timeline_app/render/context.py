"""What every track painter shares in one paint: the painter, the scene, the regions, fonts and theme."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Protocol

from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QStaticText

from timeline_app.render.marker_painter import MarkerPainter
from timeline_app.render.theme import Theme
from timeline_app.view.canvas_layout import Regions
from timeline_app.view.frame import Box, Frame
from timeline_app.view.lane_plan import LanePlan
from timeline_app.view.scene import Scene
from timeline_app.view.viewport import Viewport

# Axis labels, lane charts and the legend use a smaller font, never below a readable size.
SMALL_FONT_SCALE = 0.85
MIN_SMALL_FONT_PT = 7.0


def small_font(font: QFont) -> QFont:
    """The smaller font of axis labels and legends, derived from ``font``."""
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * SMALL_FONT_SCALE, MIN_SMALL_FONT_PT))
    return small


@dataclass(frozen=True, slots=True)
class Fonts:
    """The three fonts of a drawing and their metrics, made once per base font."""

    normal: QFont
    small: QFont
    bold: QFont
    normal_metrics: QFontMetricsF
    small_metrics: QFontMetricsF
    bold_metrics: QFontMetricsF

    @classmethod
    def of(cls, font: QFont) -> Fonts:
        small = small_font(font)
        bold = QFont(font)
        bold.setBold(True)
        normal = QFont(font)
        return cls(normal, small, bold, QFontMetricsF(normal), QFontMetricsF(small), QFontMetricsF(bold))


class Plate(Enum):
    """What a label stands on: the selection's colour, a backdrop over a bar, or a halo."""

    SELECTION = auto()
    BACKDROP = auto()  # over a bar: the background, nearly opaque
    HALO = auto()  # elsewhere: the background, translucent, so lines under the text give way


@dataclass(frozen=True, slots=True)
class Label:
    """An event's label, placed by the lanes and painted on top of everything by LabelTrack."""

    box: Box
    lines: tuple[QStaticText, ...]  # one, or two when the label wraps onto the row below
    plate: Plate
    opacity: float  # dimmed when the event does not match the search
    full_title: QStaticText | None = None  # the whole title, when ``text`` is shortened
    emphasised: bool = False  # selected or hovered: a shortened title is shown whole


@dataclass(frozen=True, slots=True)
class RenderContext:
    """One paint's shared state; track painters read it and add what they drew to ``frame``."""

    painter: QPainter
    scene: Scene
    regions: Regions
    fonts: Fonts
    theme: Theme
    markers: MarkerPainter
    frame: Frame
    lanes: list[LanePlan] = field(default_factory=list)  # planned and placed before painting
    labels: list[Label] = field(default_factory=list)  # placed by the lanes, painted last

    @property
    def view(self) -> Viewport:
        return self.scene.viewport

    @property
    def width(self) -> float:
        return self.regions.width


class Track(Protocol):
    """One part of the drawing (axis, lanes, links, ...), painted in the renderer's order."""

    def paint(self, ctx: RenderContext) -> None: ...
