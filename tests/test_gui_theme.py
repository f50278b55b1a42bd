"""The theme: every colour reads on a light and on a dark palette, and the main window, the
diff view and the hearing window look dark and stay readable under a dark palette."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from kartedit.domain.sections import SectionRef
from kartedit.gui.common.theme import HUES, READABLE, VISIBLE, Theme, contrast, dark_palette, theme
from kartedit.gui.hearing.hearing_window import HearingWindow
from kartedit.gui.writer.main_window import MainWindow
from kartedit.services.workspace import Workspace
from tests.test_gui_coordinator import ROLE, Hearing, hearing  # noqa: F401 (fixture)

REFERRAL = SectionRef.parse("angst/fastlege/referral")
ADAPTED = SectionRef.parse("habilitering/ppt/role")


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[Theme]:
    """The application in a dark palette for one test."""
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    yield theme()
    qapp.setPalette(before)


def _light(qapp: QApplication) -> QPalette:
    return qapp.style().standardPalette()


# -- the colours themselves -----------------------------------------------------------------


@pytest.mark.parametrize("variant", ["light", "dark"])
def test_every_colour_of_the_theme_reads_on_its_palette(qapp: QApplication, variant: str) -> None:
    palette = dark_palette() if variant == "dark" else _light(qapp)
    t = theme(palette)
    assert t.dark is (variant == "dark")
    for meaning in HUES:
        assert contrast(t.ink(meaning), t.base) >= READABLE, meaning
        assert contrast(t.ink(meaning), t.tint(meaning)) >= READABLE, meaning
        assert contrast(t.text, t.tint(meaning)) >= READABLE, meaning
        assert contrast(t.mark(meaning), t.window) >= (VISIBLE if t.dark else 1.5), meaning
    assert contrast(t.muted, t.base) >= READABLE
    assert contrast(t.soft, t.base) >= READABLE
    for step in range(11):
        cell = t.heat(step / 10)
        assert contrast(t.on(cell), cell) >= READABLE, step


def test_dark_marks_are_dark_and_light_marks_are_light(qapp: QApplication) -> None:
    light, dark = theme(_light(qapp)), theme(dark_palette())
    for meaning in ("deleted", "inserted", "conflict", "comment", "suggestion"):
        assert light.tint(meaning).lightness() > 180, meaning
        assert dark.tint(meaning).lightness() < 110, meaning


# -- what a user sees -----------------------------------------------------------------------


def _grab(widget: QWidget) -> QImage:
    widget.repaint()
    return widget.grab().toImage()


def _background_and_text(image: QImage) -> tuple[QColor, QColor]:
    """The most common colour, and the most contrasting colour drawn often (text strokes)."""
    counts: Counter[int] = Counter()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            counts[image.pixel(x, y)] += 1
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    common = [QColor.fromRgb(rgb) for rgb, n in counts.items() if n >= 8]
    text = max(common, key=lambda colour: contrast(colour, background))
    return background, text


def _assert_dark_and_readable(widget: QWidget) -> None:
    background, text = _background_and_text(_grab(widget))
    assert background.lightness() < 90, background.name()
    assert contrast(text, background) >= READABLE, (text.name(), background.name())


def _assert_formats_read(view: QTextEdit) -> None:
    """Every marked stretch (removed, added, regions) has text that reads on its mark."""
    block = view.document().begin()
    marked = 0
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt: QTextCharFormat = fragment.charFormat()
            if fmt.background().style().value:  # a mark is drawn behind this text
                marked += 1
                foreground = (
                    fmt.foreground().color() if fmt.foreground().style().value else theme().text
                )
                colour = fmt.background().color()
                assert contrast(foreground, colour) >= READABLE, fragment.text()
                assert colour.lightness() < 110, fragment.text()
            iterator += 1
        block = block.next()
    assert marked > 0


def test_main_window_is_dark_and_readable(dark: Theme, qtbot: QtBot, window: MainWindow) -> None:
    assert window.select_section(REFERRAL)
    qtbot.waitUntil(lambda: not window.pending_work())  # the preview follows the text
    _assert_dark_and_readable(window.editor.editor.viewport())
    _assert_dark_and_readable(window.editor.preview.viewport())
    _assert_dark_and_readable(window.tree.view.viewport())


def test_diff_view_is_dark_and_readable(dark: Theme, qtbot: QtBot, demo_db: Path) -> None:
    workspace = Workspace.open(demo_db)
    main = MainWindow(workspace, edition="bergen")
    try:
        assert main.select_section(ADAPTED)
        dialog = main.editions.regional_vs_local()
        assert dialog is not None
        qtbot.addWidget(dialog)
        dialog.resize(1280, 800)
        dialog.show()
        qtbot.waitExposed(dialog)
        for view in (dialog.view.left_view, dialog.view.right_view):
            _assert_dark_and_readable(view.viewport())
            _assert_formats_read(view)
    finally:
        main.close()
        main.deleteLater()
        workspace.close()


def test_hearing_window_is_dark_and_readable(
    dark: Theme,
    qtbot: QtBot,
    workspace: Workspace,
    hearing: Hearing,  # noqa: F811
) -> None:
    window = HearingWindow(workspace, round_key=hearing.round.id, author=lambda: None)
    qtbot.addWidget(window)
    window.apply_default_layout()
    window.show()
    qtbot.waitExposed(window)
    assert window.select_section(ROLE)
    _assert_dark_and_readable(window.text.passage.viewport())
    _assert_dark_and_readable(window.sections.viewport())
