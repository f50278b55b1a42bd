"""GUI: the texts a window shows — menu titles, menu actions, dock titles, labels and buttons.

API:
    visible_strings(window: QMainWindow) -> dict[str, list[str]]
        {"title": [...], "menus": [...], "actions": [...], "docks": [...], "widgets": [...]};
        texts as set in the code (with their & shortcut marks), empty ones left out
    dump_strings(window: QMainWindow, target: Path) -> None — the same as JSON in TARGET
Used by ``kartedit --screenshot FILE.png --dump-strings FILE.json``, so a smoke test of an
installed package can check the language of the rendered window against the catalogues.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QLabel, QMainWindow, QMenu


def visible_strings(window: QMainWindow) -> dict[str, list[str]]:
    menus = []
    actions: list[str] = []
    for action in window.menuBar().actions():
        if action.text():
            menus.append(action.text())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            actions.extend(_menu_actions(submenu))
    widgets = [
        child.text()
        for child in window.findChildren(QLabel) + window.findChildren(QAbstractButton)
        if child.isVisibleTo(window) and child.text()
    ]
    return {
        "title": [window.windowTitle()],
        "menus": menus,
        "actions": actions,
        "docks": [dock.windowTitle() for dock in window.findChildren(QDockWidget)],
        "widgets": widgets,
    }


def _menu_actions(menu: QMenu) -> list[str]:
    texts = []
    for action in menu.actions():
        if isinstance(action, QAction) and not action.isSeparator() and action.text():
            texts.append(action.text())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            texts.extend(_menu_actions(submenu))
    return texts


def dump_strings(window: QMainWindow, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(visible_strings(window), ensure_ascii=False, indent=1)
    target.write_text(text + "\n", encoding="utf-8")
