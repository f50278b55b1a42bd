"""GUI: small widget pieces the windows and panes share, so each looks one way everywhere.

API:
    set_heading_font(label, scale) — bold, ``scale`` times the label's own size
    swatch(colour, underline, dashed) -> QLabel — a legend's sample of a marked passage
    placeholder_label(parent, style="") -> QLabel — the centred, wrapped, grey hint shown
        where nothing is open (``style`` adds to the grey, larger text)
    add_dock(window, menus, name, widget, area) -> QDockWidget — closable and movable,
        its toggle put in the window's panel menu by ``menus.add_panel_toggle``
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFont
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

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


def add_dock(
    window: QMainWindow,
    menus: PanelMenus,
    name: str,
    widget: QWidget,
    area: Qt.DockWidgetArea,
) -> QDockWidget:
    dock = QDockWidget(window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
    )
    window.addDockWidget(area, dock)
    menus.add_panel_toggle(dock.toggleViewAction())
    return dock
