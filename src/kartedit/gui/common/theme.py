"""GUI: one theme — every colour kartedit draws, derived from the application's palette.

Widgets never hold a colour literal: they ask the theme for a meaning («deleted text»,
«a comment's mark», «a muted caption») and get a colour that fits the palette in use, light
or dark. Each meaning has one hue here; text colours (``ink``) are that hue darkened or
lightened until it reads against the palette's base (WCAG contrast ≥ 4.5), and backgrounds
(``tint``) are the hue blended into the base, so a dark desktop gets dark marks with light
text and a light desktop the familiar pale ones.

API:
    theme() -> Theme   — for the application's current palette (cheap; cached per palette)
    Theme.dark: bool   — the window colour is dark (lightness < 128)
    Theme.base / text / window / muted / soft / border: QColor — from the palette
    Theme.ink(meaning) -> QColor      — readable text in that meaning's hue
    Theme.tint(meaning, strength=…) -> QColor — a background mark in that hue
    Theme.mark(meaning) -> QColor     — an icon's or a line's colour, visible on the window
    Theme.heat(level) -> QColor — the heat-map's scale, 0.0 (near the base) to 1.0 (deep orange)
    Theme.on(background) -> QColor    — black or white, whichever reads on that background
    Theme.css(colour) -> str          — "#rrggbb" for style sheets and HTML
    Theme.banner(object_name, meaning) -> str — a banner's style sheet (tint, rule beneath)
    Theme.hex.<name> -> str           — the same by name: hex.muted, hex.ink_error, hex.tint_local
    contrast(a, b) -> float           — the WCAG contrast ratio of two colours
    dark_palette() -> QPalette        — a dark palette for screenshots and tests (--dark)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# What each colour means, as one hue (the light-palette look); everything else is derived.
HUES: dict[str, str] = {
    # diff and three-way views
    "deleted": "#b3261e",
    "inserted": "#2f7d4f",
    "current": "#e0a800",
    "marker": "#8a6d3b",
    "local": "#2563a8",
    "regional": "#2f7d4f",
    "both": "#6b7280",
    "conflict": "#d9480f",
    "resolved": "#2f7d4f",
    # section statuses and the map tree
    "draft": "#52606d",
    "hearing": "#b7791f",
    "approved": "#2f7d4f",
    "stale": "#c2410c",
    "inherited": "#7b8794",
    "pathway": "#1f5f99",
    "service": "#2c7a7b",
    # hearing and review
    "comment": "#6b46c1",
    "suggestion": "#2f7d4f",
    "open": "#8a5a00",
    "resolved_thread": "#3e4f60",
    "accepted": "#1d6b2a",
    "rejected": "#8a1c1c",
    "moved": "#8a5a00",
    "selected": "#2563a8",
    "round": "#1f5f99",
    "bundle": "#6b46c1",
    # text
    "heading": "#1f4e79",
    "link": "#0b5394",
    "code": "#7a3e9d",
    "quote": "#4a5560",
    "warning": "#a34a00",
    "error": "#a3261d",
    "heat": "#c2410c",
}

READABLE = 4.5  # WCAG AA for body text
VISIBLE = 3.0  # WCAG for graphics and large text


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = colour.redF(), colour.greenF(), colour.blueF()
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``amount`` of b blended into a."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def _towards(colour: QColor, against: QColor, ratio: float, *, lighter: bool) -> QColor:
    """The colour, moved in lightness (hue kept) until it reaches ``ratio`` against ``against``."""
    target = QColor("#ffffff") if lighter else QColor("#000000")
    step = 0.0
    found = colour
    while contrast(found, against) < ratio and step < 1.0:
        step += 0.05
        found = _mix(colour, target, step)
    return found


@dataclass(frozen=True)
class Theme:
    """Colours for one palette; see the module's docstring."""

    base: QColor
    text: QColor
    window: QColor
    window_text: QColor
    dark: bool
    _cache: dict[tuple[str, float], QColor] = field(default_factory=dict, compare=False)

    @property
    def muted(self) -> QColor:
        """Captions, hints, dates: quieter than the text, still readable."""
        return _towards(_mix(self.text, self.base, 0.4), self.base, READABLE, lighter=self.dark)

    @property
    def soft(self) -> QColor:
        """Secondary text, a step closer to the text than ``muted``."""
        return _towards(_mix(self.text, self.base, 0.25), self.base, READABLE, lighter=self.dark)

    @property
    def border(self) -> QColor:
        return _mix(self.base, self.text, 0.3)

    @property
    def panel(self) -> QColor:
        """A read-only field or banner: a shade off the base."""
        return _mix(self.base, self.text, 0.06)

    def ink(self, meaning: str) -> QColor:
        """Text in the meaning's hue that reads on the base (and on its own tint)."""
        key = (f"ink:{meaning}", 0.0)
        if key not in self._cache:
            hue = QColor(HUES[meaning])
            self._cache[key] = _towards(hue, self.tint(meaning), READABLE, lighter=self.dark)
        return self._cache[key]

    def tint(self, meaning: str, strength: float = 0.16) -> QColor:
        """A background mark: the hue blended into the base (stronger on a dark base)."""
        key = (f"tint:{meaning}", strength)
        if key not in self._cache:
            amount = min(1.0, strength * (2.0 if self.dark else 1.0))
            self._cache[key] = _mix(self.base, QColor(HUES[meaning]), amount)
        return self._cache[key]

    def mark(self, meaning: str) -> QColor:
        """An icon's shape or a rule's line: the hue, lightened on a dark window to be seen."""
        hue = QColor(HUES[meaning])
        return _towards(hue, self.window, VISIBLE, lighter=self.dark) if self.dark else hue

    def heat(self, level: float) -> QColor:
        """The heat-map's colour at ``level`` (0.0 to 1.0): a hint of orange → deep orange."""
        amount = 0.08 + 0.92 * max(0.0, min(1.0, level))
        deep = QColor(HUES["heat"])
        if not self.dark:
            deep = _mix(deep, QColor("#000000"), 0.25 * amount)
        return _mix(self.base, deep, amount)

    def on(self, background: QColor) -> QColor:
        """Black or white text, whichever reads better on ``background``."""
        black, white = QColor("#000000"), QColor("#ffffff")
        return black if contrast(black, background) >= contrast(white, background) else white

    def banner(self, object_name: str, meaning: str) -> str:
        """The style sheet of a window's banner: a tint of ``meaning``, a rule beneath."""
        return (
            f"#{object_name} {{ background: {self.tint(meaning).name()}; "
            f"border-bottom: 1px solid {self.border.name()}; }}"
        )

    @staticmethod
    def css(colour: QColor) -> str:
        return colour.name()

    @property
    def hex(self) -> _Hex:
        """Colours as «#rrggbb» by name, for style sheets and HTML: ``hex.muted``,
        ``hex.ink_heading``, ``hex.tint_suggestion`` (no quotes needed inside f-strings)."""
        return _Hex(self)


class _Hex:
    def __init__(self, owner: Theme) -> None:
        self._theme = owner

    def __getattr__(self, name: str) -> str:
        kind, _, meaning = name.partition("_")
        if kind == "ink" and meaning:
            return self._theme.ink(meaning).name()
        if kind == "tint" and meaning:
            return self._theme.tint(meaning).name()
        colour = getattr(self._theme, name)
        if not isinstance(colour, QColor):
            raise AttributeError(name)
        return colour.name()


@lru_cache(maxsize=8)
def _theme_for(base: int, text: int, window: int, window_text: int) -> Theme:
    window_colour = QColor.fromRgba(window)
    return Theme(
        base=QColor.fromRgba(base),
        text=QColor.fromRgba(text),
        window=window_colour,
        window_text=QColor.fromRgba(window_text),
        dark=window_colour.lightness() < 128,
    )


def theme(palette: QPalette | None = None) -> Theme:
    """The theme of ``palette``, by default the application's current one."""
    palette = palette if palette is not None else QGuiApplication.palette()
    role = QPalette.ColorRole
    return _theme_for(
        palette.color(role.Base).rgba(),
        palette.color(role.Text).rgba(),
        palette.color(role.Window).rgba(),
        palette.color(role.WindowText).rgba(),
    )


def dark_palette() -> QPalette:
    """A dark palette in the Fusion style's manner, for ``--dark`` screenshots and tests."""
    role = QPalette.ColorRole
    palette = QPalette()
    colours = {
        role.Window: "#2b2d30",
        role.WindowText: "#e6e6e6",
        role.Base: "#1e1f22",
        role.AlternateBase: "#2b2d30",
        role.ToolTipBase: "#3c3f41",
        role.ToolTipText: "#e6e6e6",
        role.PlaceholderText: "#8c8c8c",
        role.Text: "#e6e6e6",
        role.Button: "#3c3f41",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Link: "#6ea8fe",
        role.Highlight: "#2f65ca",
        role.HighlightedText: "#ffffff",
        role.Light: "#4a4d50",
        role.Midlight: "#3c3f41",
        role.Mid: "#313335",
        role.Dark: "#1a1b1d",
        role.Shadow: "#000000",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor("#7a7a7a"))
    return palette
