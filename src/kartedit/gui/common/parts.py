"""GUI: small widget pieces the windows and panes share, so each looks one way everywhere.

API:
    set_heading_font(label, scale) — bold, ``scale`` times the label's own size
    swatch(colour, underline, dashed) -> QLabel — a legend's sample of a marked passage
    placeholder_label(parent, style="") -> QLabel — the centred, wrapped, grey hint shown
        where nothing is open (``style`` adds to the grey, larger text)
    add_dock(window, menus, name, widget, area, *, hidden=False, beside=None) -> QDockWidget
        — closable and movable, its toggle put in the window's panel menu by
        ``menus.add_panel_toggle``; added after the layout was restored, it takes its place
    child_items(item) -> list[QTreeWidgetItem] — an item's children, in order
    tree_items(tree) -> list[QTreeWidgetItem] — a tree's top-level items, in order
    focus_next_pane(panes, step) — F6 / Shift+F6: focus the pane ``step`` after the one
        holding the focus (the first when none does)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from kartedit.gui.common.theme import theme


class PanelMenus(Protocol):
    def add_panel_toggle(self, action: QAction) -> None: ...


def set_heading_font(label: QLabel, scale: float) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)


def swatch(colour: QColor, underline: QColor, dashed: bool) -> QLabel:
    style = "dashed" if dashed else "solid"
    label = QLabel()
    label.setFixedSize(26, 14)
    label.setStyleSheet(
        f"background: {colour.name()}; border-bottom: 2px {style} {underline.name()};"
    )
    return label


def placeholder_label(parent: QWidget, style: str = "") -> QLabel:
    label = QLabel(parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(
        f"color: {theme().hex.muted}; font-size: 12pt;{' ' + style if style else ''}"
    )
    return label


class SectionPage:
    """A section's page behind a placeholder: a stack showing ``empty`` until a section is
    open, then ``page`` with its breadcrumbs and heading. The editor and the reviewer's
    view lay out the same top of a page; they differ below it."""

    def __init__(self, owner: QWidget) -> None:
        self.stack = QStackedWidget(owner)
        self.empty = placeholder_label(self.stack)
        self.page = QWidget(self.stack)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.page)
        self.crumbs = QLabel(self.page)
        self.crumbs.setStyleSheet(f"color: {theme().hex.muted};")
        self.title = QLabel(self.page)
        set_heading_font(self.title, 1.5)


def add_dock(
    window: QMainWindow,
    menus: PanelMenus,
    name: str,
    widget: QWidget,
    area: Qt.DockWidgetArea,
    *,
    hidden: bool = False,
    beside: QDockWidget | None = None,
) -> QDockWidget:
    """A dock in ``area`` (tabbed with ``beside``) with its toggle in the View menu;
    ``hidden`` until asked for.
    A dock added after the window's layout was restored takes the place the writer left
    it in (shown or not), if the layout has one for it."""
    dock = QDockWidget(window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
    )
    if not window.restoreDockWidget(dock):
        window.addDockWidget(area, dock)
        if beside is not None:
            window.tabifyDockWidget(beside, dock)
        if hidden:
            dock.hide()
    menus.add_panel_toggle(dock.toggleViewAction())
    return dock


def focus_next_pane(panes: Sequence[QWidget], step: int) -> None:
    if not panes:
        return
    focused = QApplication.focusWidget()
    index = next(
        (
            i
            for i, pane in enumerate(panes)
            if focused is not None and (focused is pane or pane.isAncestorOf(focused))
        ),
        -1,
    )
    panes[(index + step) % len(panes)].setFocus(Qt.FocusReason.TabFocusReason)


def child_items(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]


def tree_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return child_items(tree.invisibleRootItem())
