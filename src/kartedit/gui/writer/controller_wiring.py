"""GUI: where the main window puts its controllers' menus, actions and buttons.

The controllers (editions, hearing) own their commands and see the window only through
its seat; this module is the window's side: it knows the window's menus, toolbar, info
bar and history panel, places the controllers' pieces there and connects the window's own
buttons to their commands.

API:
    install_editions(window, controller) — Edition menu before Section; the section
        commands in Section; «Compare with regional» right of the edition switcher; the
        info bar's and history's buttons; «Adapt locally» enabled as the controller says
    install_hearing(window, controller) — Hearing menu before Help; File → Import
        responses… after Open bundle…
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from kartedit.gui.editions.editions_controller import EditionsController
    from kartedit.gui.hearing.hearing_controller import HearingController
    from kartedit.gui.writer.main_window import MainWindow


def _add_after_switcher(window: MainWindow, widget: QWidget) -> QAction:
    """The comparison sits right of the edition switcher, which it depends on (found by
    its action: asking the toolbar for its buttons would make PySide6 set up dozens of
    widget classes before the first paint)."""
    toolbar = window.menus.toolbar
    actions = toolbar.actions()
    for before, action in pairwise(actions):
        if before is window.switcher_tool:
            return toolbar.insertWidget(action, widget)
    return toolbar.addWidget(widget)


def install_editions(window: MainWindow, controller: EditionsController) -> None:
    window.menuBar().insertMenu(window.menus.section.menuAction(), controller.menu)
    section = window.menus.section
    for action in controller.section_actions:
        if action is None:
            section.addSeparator()
        else:
            section.addAction(action)
    tool = controller.compare_tool = _add_after_switcher(window, controller.compare_button)
    window.commands.adapt_locally.triggered.connect(lambda: controller.adapt_locally())
    info = window.editor.info
    info.adapt_button.clicked.connect(lambda: controller.adapt_locally())
    info.changes_button.clicked.connect(lambda: controller.show_regional_change())
    info.carry_button.clicked.connect(lambda: controller.carry_over())
    window.history.compare_requested.connect(controller.compare_revisions)

    def update() -> None:
        adaptable = controller.can_adapt()
        window.commands.adapt_locally.setEnabled(adaptable)
        info.adapt_button.setEnabled(adaptable)
        tool.setVisible(controller.is_local())

    window.seat.section_changed.connect(update)


def install_hearing(window: MainWindow, controller: HearingController) -> None:
    window.menuBar().insertMenu(window.menus.help.menuAction(), controller.menu)
    file_menu = window.menus.file
    actions = file_menu.actions()
    anchor = window.commands.open_bundle
    after = actions.index(anchor) + 1 if anchor in actions else len(actions)
    if after < len(actions):
        file_menu.insertAction(actions[after], controller.import_responses_action)
    else:
        file_menu.addAction(controller.import_responses_action)
