"""Colours of the timeline drawing, from the palette: light, dark and high contrast all read well."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# Lanes without a colour of their own cycle through this colour-blind-safe set (Okabe-Ito), with
# reddish purple, orange and sky blue darkened (same hue) to 3:1 on a light lane band (WCAG 1.4.11).
DEFAULT_LANE_COLORS = ("#0072b2", "#d55e00", "#009e73", "#c971a3", "#be8200", "#1c96d8", "#7f7f7f")
# Disputed claims get a warning badge in this colour whatever the lane colour.
CONTESTED_COLOR = "#d1495b"
# Lane colours are lightened on dark backgrounds so they keep their contrast.
DARK_LIGHTEN_PERCENT = 150
# WCAG 2.x AA: text needs 4.5:1 against what is behind it, outlines and other graphics 3:1.
TEXT_CONTRAST = 4.5
GRAPHIC_CONTRAST = 3.0
# WCAG 2.x AAA (1.4.6): text in high contrast needs 7:1.
HIGH_CONTRAST_TEXT = 7.0
# The application property that says high contrast is on (set by app.appearance, read here, so
# that every widget, export and print that builds a Theme from a palette agrees).
HIGH_CONTRAST_PROPERTY = "timelineHighContrast"
# Coarse dates get a fainter outline than exact ones, never fainter than GRAPHIC_CONTRAST allows.
SOFT_OUTLINE_ALPHA = 170
_ALPHA_STEP = 5


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
    future_shade: QColor | None  # None in high contrast
    label_backdrop: QColor  # behind a label drawn over a bar
    contested: QColor
    draft: QColor  # the dashed ring of an event drafted from an article, not yet accepted
    dark: bool
    # High contrast: thicker outlines, nothing translucent (no future shade), AAA text.
    high_contrast: bool = False

    @classmethod
    def from_palette(cls, palette: QPalette, high_contrast: bool | None = None) -> Theme:
        """The theme of ``palette``; ``high_contrast`` None follows the application's setting."""
        if high_contrast is None:
            high_contrast = high_contrast_on()
        group = QPalette.ColorGroup.Active
        background = palette.color(group, QPalette.ColorRole.Base)
        text = palette.color(group, QPalette.ColorRole.Text)
        dark = background.lightness() < 128
        if high_contrast:
            return cls._high_contrast(palette, background, text, dark)
        muted = mix(text, background, 0.36)  # small axis labels: 4.5:1 on background and band
        # The system's selection colours are not always readable (white on a light blue): the
        # text takes black or white as needed, and the selection darkens or lightens if even
        # that is not enough.
        highlight, highlighted_text = _readable_pair(
            palette.color(group, QPalette.ColorRole.Highlight),
            palette.color(group, QPalette.ColorRole.HighlightedText),
        )
        return cls(
            background=background,
            band=mix(background, text, 0.035 if not dark else 0.06),
            text=text,
            muted_text=muted,
            # Opaque: Qt blends a translucent vertical line one scanline at a time, ten times slower.
            grid=mix(background, text, 0.1),
            major_grid=mix(background, text, 0.24),
            highlight=highlight,
            highlighted_text=highlighted_text,
            # Its "today" label is small text: 4.5:1 even over a band in the shaded future.
            today=QColor("#c13d19") if not dark else QColor("#ff8a65"),
            future_shade=_with_alpha(text, 10),
            label_backdrop=_with_alpha(background, 215),
            contested=QColor(CONTESTED_COLOR) if not dark else QColor("#ff7b8a"),
            # Amber, as the article's draft sentences: 3:1 on both lane grounds as a graphic.
            draft=QColor("#a86f00") if not dark else QColor("#ffc23d"),
            dark=dark,
        )

    @classmethod
    def _high_contrast(cls, palette: QPalette, background: QColor, text: QColor, dark: bool) -> Theme:
        group = QPalette.ColorGroup.Active
        highlight, highlighted_text = _readable_pair(
            palette.color(group, QPalette.ColorRole.Highlight),
            palette.color(group, QPalette.ColorRole.HighlightedText),
            HIGH_CONTRAST_TEXT,
        )
        return cls(
            background=background,
            band=mix(background, text, 0.1),
            text=text,
            muted_text=text,  # no secondary grey: every label at full strength
            grid=mix(background, text, 0.3),
            major_grid=mix(background, text, 0.55),
            highlight=highlight,
            highlighted_text=highlighted_text,
            today=QColor("#8f1100") if not dark else QColor("#ffa48a"),
            future_shade=None,  # the today line alone marks the future: no wash over the lanes
            label_backdrop=background,
            contested=QColor("#b0002a") if not dark else QColor("#ff8c9c"),
            draft=QColor("#6e4800") if not dark else QColor("#ffd166"),
            dark=dark,
            high_contrast=True,
        )

    def see_through(self, color: QColor, alpha: int) -> QColor:
        """``color`` at ``alpha`` (0-255) over the drawing; in high contrast laid on the
        background instead, opaque, so that nothing is translucent."""
        if self.high_contrast:
            return mix(self.background, color, alpha / 255)
        result = QColor(color)
        result.setAlpha(alpha)
        return result

    def soft_outline(self, color: QColor) -> QColor:
        """The fainter outline of a coarse date in ``color``: as faint as 3:1 on both lane grounds allows."""
        outline = QColor(color)
        if self.high_contrast:
            return outline  # coarse dates get a thinner outline instead (marker_painter)
        for alpha in range(SOFT_OUTLINE_ALPHA, 256, _ALPHA_STEP):
            outline.setAlpha(alpha)
            if all(
                contrast(mix(ground, color, alpha / 255), ground) >= GRAPHIC_CONTRAST
                for ground in (self.background, self.band)
            ):
                return outline
        outline.setAlpha(255)
        return outline

    def lane_color(self, color: str | None, lane_number: int) -> QColor:
        """The lane's own colour (or a default one), adjusted for the background."""
        base = QColor(color or DEFAULT_LANE_COLORS[lane_number % len(DEFAULT_LANE_COLORS)])
        base = base.lighter(DARK_LIGHTEN_PERCENT) if self.dark else base
        if not self.high_contrast:
            return base
        # High contrast: darkened (lightened on dark) until it stands out at 4.5:1 on both grounds.
        toward = QColor("#ffffff") if self.dark else QColor("#000000")
        amount = 0.0
        shifted = base
        while (
            amount < 1.0 and min(contrast(shifted, g) for g in (self.background, self.band)) < TEXT_CONTRAST
        ):
            amount += 0.05
            shifted = mix(base, toward, amount)
        return shifted


def _with_alpha(color: QColor, alpha: int) -> QColor:
    result = QColor(color)
    result.setAlpha(alpha)
    return result


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` of the way towards ``b``, opaque (also: ``b`` laid on ``a`` at that opacity)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque sRGB colour, as drawn (8 bits a channel)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.red()) + 0.7152 * linear(color.green()) + 0.0722 * linear(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def high_contrast_on() -> bool:
    """Whether the application shows high contrast (app.appearance sets it)."""
    app = QGuiApplication.instance()
    return bool(app is not None and app.property(HIGH_CONTRAST_PROPERTY))


def _readable_pair(background: QColor, text: QColor, needed: float = TEXT_CONTRAST) -> tuple[QColor, QColor]:
    """``background`` and ``text`` adjusted so that the text reads at ``needed`` (4.5:1) on it."""
    if contrast(text, background) >= needed:
        return background, text
    black, white = QColor("#000000"), QColor("#ffffff")
    text = white if contrast(white, background) >= contrast(black, background) else black
    # Move the background away from the text until it reads (white text: darker ground).
    toward = black if text == white else white
    amount = 0.0
    shifted = QColor(background)
    while contrast(text, shifted) < needed and amount < 1.0:
        amount += 0.05
        shifted = mix(background, toward, amount)
    return shifted, text
