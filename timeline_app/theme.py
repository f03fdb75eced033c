"""Colours of the timeline drawing, derived from the system palette so light and dark both read well."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

# Lanes without a colour of their own cycle through this colour-blind-safe set (Okabe-Ito).
DEFAULT_LANE_COLORS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7f7f7f")
# Disputed claims get a warning badge in this colour whatever the lane colour.
CONTESTED_COLOR = "#d1495b"
# Lane colours are lightened on dark backgrounds so they keep their contrast.
DARK_LIGHTEN_PERCENT = 150


@dataclass(frozen=True, slots=True)
class Theme:
    """Every colour the renderer needs, resolved once per palette."""

    background: QColor
    band: QColor  # alternate lane background
    text: QColor
    muted_text: QColor
    grid: QColor
    major_grid: QColor
    highlight: QColor
    highlighted_text: QColor
    today: QColor
    future_shade: QColor
    label_backdrop: QColor  # behind a label drawn over a bar
    contested: QColor
    dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> Theme:
        group = QPalette.ColorGroup.Active
        background = palette.color(group, QPalette.ColorRole.Base)
        text = palette.color(group, QPalette.ColorRole.Text)
        dark = background.lightness() < 128
        muted = _mix(text, background, 0.62)
        return cls(
            background=background,
            band=_mix(background, text, 0.035 if not dark else 0.06),
            text=text,
            muted_text=muted,
            # Opaque: Qt blends a translucent vertical line one scanline at a time, ten times slower.
            grid=_mix(background, text, 0.1),
            major_grid=_mix(background, text, 0.24),
            highlight=palette.color(group, QPalette.ColorRole.Highlight),
            highlighted_text=palette.color(group, QPalette.ColorRole.HighlightedText),
            today=QColor("#e4572e") if not dark else QColor("#ff8a65"),
            future_shade=_with_alpha(text, 10),
            label_backdrop=_with_alpha(background, 215),
            contested=QColor(CONTESTED_COLOR) if not dark else QColor("#ff7b8a"),
            dark=dark,
        )

    def lane_color(self, color: str | None, lane_number: int) -> QColor:
        """The lane's own colour (or a default one), adjusted for the background."""
        base = QColor(color or DEFAULT_LANE_COLORS[lane_number % len(DEFAULT_LANE_COLORS)])
        return base.lighter(DARK_LIGHTEN_PERCENT) if self.dark else base


def _with_alpha(color: QColor, alpha: int) -> QColor:
    result = QColor(color)
    result.setAlpha(alpha)
    return result


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )
