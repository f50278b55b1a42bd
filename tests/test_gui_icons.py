"""GUI icons: SVG files in resources/icons/, coloured for the palette, visible light and dark."""

from __future__ import annotations

from importlib.resources import files

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from kartedit.gui.common import icons
from kartedit.gui.common.theme import VISIBLE, contrast, dark_palette, theme


def _palettes(qapp: QApplication) -> dict[str, QPalette]:
    return {"light": qapp.style().standardPalette(), "dark": dark_palette()}


def test_every_icon_is_a_shipped_svg_file() -> None:
    folder = files("kartedit.resources") / "icons"
    for name in icons.MARKS:
        text = (folder / f"{name}.svg").read_text(encoding="utf-8")
        assert text.startswith("<svg"), name
        assert icons.MARK in text, name
    for name in (icons.PROGRAM_ICON, icons.BUNDLE_ICON):
        assert "<title>" in (folder / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("variant", ["light", "dark"])
def test_every_mark_icon_shows_its_colour_visibly_on_the_window(
    qapp: QApplication, variant: str
) -> None:
    before = qapp.palette()
    qapp.setPalette(_palettes(qapp)[variant])
    try:
        current = theme()
        for name, (meaning, _) in icons.MARKS.items():
            svg = icons.mark_svg(name)
            assert icons.MARK not in svg, name
            image = icons.render(svg, 32).toImage()
            mark = current.mark(meaning)
            assert contrast(mark, current.window) >= VISIBLE, (name, variant)
            drawn = {
                image.pixelColor(x, y).name()
                for x in range(32)
                for y in range(32)
                if image.pixelColor(x, y).alpha() == 255
            }
            assert mark.name() in drawn, (name, variant)
    finally:
        qapp.setPalette(before)


def test_program_icon_renders_in_every_size(qapp: QApplication) -> None:
    icon = icons.program_icon()
    for size in (16, 32, 48):
        image = icon.pixmap(size, size).toImage()
        assert image.pixelColor(size // 2, size // 2) != QColor(0, 0, 0, 0)
