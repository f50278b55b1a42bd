"""Small screens: at 1366×768 (and 1280×720) every button a user needs and the status bar
lie inside the window; a fresh window fits the screen; size and docks are remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from kartedit.gui.common.placement import (
    DEFAULT_SIZE,
    available_size,
    place_window,
    remember_place,
)
from kartedit.gui.hearing.hearing_window import HearingWindow
from kartedit.gui.writer.main_window import MainWindow
from kartedit.services.settings import load_settings
from kartedit.services.workspace import Workspace
from tests.cli_support import run_kartedit
from tests.test_gui_coordinator import Hearing, hearing, imported, main  # noqa: F401 (fixtures)  # noqa: F401 (fixtures)

SMALL_SCREENS = [(1366, 768), (1280, 720)]
REFERRAL = "angst/fastlege/referral"
ADAPTED = "habilitering/ppt/role"
"""A section Bergen adapts in the demo."""

pytestmark = pytest.mark.usefixtures("coordinator", "close_windows")


def settled(qtbot: QtBot, window: QMainWindow, size: tuple[int, int]) -> None:
    window.apply_default_layout(*size)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert (window.width(), window.height()) == size


def assert_inside(window: QWidget, widget: QWidget) -> None:
    """``widget`` is shown and every pixel of it lies within the window."""
    assert widget.isVisible(), widget.objectName() or type(widget).__name__
    assert widget.width() > 0 and widget.height() > 0
    top_left = widget.mapTo(window, QPoint(0, 0))
    box = QRect(top_left, widget.size())
    assert window.rect().contains(box), (widget.text() if hasattr(widget, "text") else "", box)


@pytest.mark.parametrize("size", SMALL_SCREENS)
def test_the_coordinators_buttons_and_status_bar_fit_a_small_screen(
    qtbot: QtBot,
    imported: HearingWindow,  # noqa: F811
    size: tuple[int, int],
) -> None:
    settled(qtbot, imported, size)
    imported.statusBar().showMessage("…")
    threads = imported.threads
    for button in (threads.accept_button, threads.reject_button, threads.resolve_button):
        assert_inside(imported, button)
    assert_inside(imported, imported.statusBar())


@pytest.mark.parametrize("size", SMALL_SCREENS)
def test_the_history_buttons_and_status_bar_fit_a_small_screen(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    settled(qtbot, window, size)
    history = window.history
    for button in (history.view_button, history.compare_button, history.restore_button):
        assert_inside(window, button)
    assert_inside(window, window.statusBar())


def test_a_fresh_window_fits_the_screen_it_opens_on(
    qtbot: QtBot,
    main: MainWindow,  # noqa: F811
) -> None:
    place_window(main, "main", main.apply_default_layout)
    free = available_size(main)
    assert free is not None
    assert main.width() <= min(DEFAULT_SIZE[0], free.width())
    assert main.height() <= min(DEFAULT_SIZE[1], free.height())


def test_the_window_size_is_remembered_on_close_and_written_only_when_changed(
    qtbot: QtBot, workspace: Workspace
) -> None:
    first = MainWindow(workspace)
    first.apply_default_layout(700, 520)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    assert "main" in load_settings().window_geometry
    assert "main" in load_settings().window_layout
    assert not remember_place(first, "main")  # unchanged: the file is not written again
    first.deleteLater()

    again = MainWindow(workspace)
    place_window(again, "main", again.apply_default_layout)
    assert (again.width(), again.height()) == (700, 520)
    again.close()
    again.deleteLater()


@pytest.mark.parametrize("size", SMALL_SCREENS)
def test_screenshots_take_the_size_asked_for(
    demo_db: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    target = tmp_path / "main.png"
    width, height = size
    result = run_kartedit(str(demo_db), "--screenshot", str(target), "--size", f"{width}x{height}")
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == size


def test_a_size_that_is_not_one_is_refused(demo_db: Path, tmp_path: Path) -> None:
    result = run_kartedit(str(demo_db), "--screenshot", str(tmp_path / "x.png"), "--size", "big")
    assert result.returncode == 2
    assert "1366x768" in result.stderr


def test_the_compare_dialog_fits_and_reopens_at_its_last_size(
    qtbot: QtBot, window: MainWindow
) -> None:
    from kartedit.domain.sections import SectionRef

    assert window.switch_edition("bergen")
    assert window.select_section(SectionRef.parse(ADAPTED))
    dialog = window.editions.regional_vs_local()
    assert dialog is not None
    free = available_size(dialog)
    assert free is not None
    assert dialog.width() <= free.width() and dialog.height() <= free.height()
    dialog.resize(640, 480)
    dialog.reject()
    again = window.editions.regional_vs_local()
    assert again is not None
    assert (again.width(), again.height()) == (640, 480)
    again.reject()
