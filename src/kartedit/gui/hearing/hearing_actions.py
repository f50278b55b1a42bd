"""GUI: the hearing window's actions, menus and toolbar — texts, shortcuts and icons in one place.

API:
    HearingActions(window) — every command as a QAction: import_responses, refresh,
        approve_section, approve_round, close_round, summary, export_approved, close_window,
        reply, resolve, reopen, accept, reject, focus_sections, focus_text, focus_comments;
        build_menus(window, toolbar_widgets) adds the menu bar (Round, Decide, View) and the
        toolbar; retranslate()
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QWidget

from kartedit.domain.sections import Status
from kartedit.gui.common import icons


class HearingActions(QObject):
    """The coordinator's commands; the window connects them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        style = window.style()

        def make(shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
            action = QAction(window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            window.addAction(action)
            return action

        sp = QStyle.StandardPixmap
        self.import_responses = make("Ctrl+Shift+I")
        self.import_responses.setIcon(style.standardIcon(sp.SP_DialogOpenButton))
        self.refresh = make(QKeySequence.StandardKey.Refresh)
        self.approve_section = make("Ctrl+Shift+G")
        self.approve_section.setIcon(icons.status_icon(Status.APPROVED))
        self.approve_round = make()
        self.approve_round.setIcon(icons.status_icon(Status.APPROVED))
        self.close_round = make()
        self.summary = make("Ctrl+Shift+S")
        self.summary.setIcon(style.standardIcon(sp.SP_FileDialogDetailedView))
        self.export_approved = make("Ctrl+Shift+E")
        self.export_approved.setIcon(style.standardIcon(sp.SP_DialogSaveButton))
        self.close_window = make(QKeySequence.StandardKey.Close)
        self.reply = make("Ctrl+R")
        self.resolve = make("Ctrl+Shift+D")
        self.reopen = make("Ctrl+Shift+O")
        self.accept = make("Ctrl+Shift+Y")
        self.accept.setIcon(icons.suggestion_icon())
        self.reject = make("Ctrl+Shift+X")
        self.focus_sections = make("Ctrl+1")
        self.focus_text = make("Ctrl+2")
        self.focus_comments = make("Ctrl+3")
        self.menus: list[QMenu] = []
        self.toolbar: QToolBar | None = None

    def build_menus(self, window: QMainWindow, toolbar_widgets: list[QWidget]) -> None:
        bar = window.menuBar()
        self.round_menu = _menu(
            window,
            [
                self.import_responses,
                self.refresh,
                None,
                self.approve_section,
                self.approve_round,
                self.close_round,
                None,
                self.summary,
                self.export_approved,
                None,
                self.close_window,
            ],
        )
        self.decide_menu = _menu(
            window, [self.accept, self.reject, self.resolve, self.reopen, None, self.reply]
        )
        self.view_menu = _menu(window, [self.focus_sections, self.focus_text, self.focus_comments])
        self.menus = [self.round_menu, self.decide_menu, self.view_menu]
        for menu in self.menus:
            bar.addMenu(menu)
        toolbar = QToolBar(window)
        toolbar.setObjectName("HearingToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for widget in toolbar_widgets:
            toolbar.addWidget(widget)
        toolbar.addSeparator()
        for action in (self.import_responses, self.approve_round, self.summary):
            toolbar.addAction(action)
        toolbar.addAction(self.export_approved)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar
        self.retranslate()

    def retranslate(self) -> None:
        self.import_responses.setText(self.tr("&Import responses…"))
        self.import_responses.setIconText(self.tr("Import responses"))
        self.import_responses.setToolTip(
            self.tr("Import response bundles from reviewers (Ctrl+Shift+I)")
        )
        self.refresh.setText(self.tr("Re&fresh"))
        self.approve_section.setText(self.tr("Approve &section"))
        self.approve_section.setToolTip(
            self.tr("Approve the section shown; every comment on it must be decided")
        )
        self.approve_round.setText(self.tr("&Approve round…"))
        self.approve_round.setIconText(self.tr("Approve round"))
        self.approve_round.setToolTip(
            self.tr("Approve every section whose comments are all decided; lists the others")
        )
        self.close_round.setText(self.tr("&Close round…"))
        self.summary.setText(self.tr("Hearing &summary…"))
        self.summary.setIconText(self.tr("Summary"))
        self.summary.setToolTip(
            self.tr("Save who said what and what was decided, as HTML or CSV (Ctrl+Shift+S)")
        )
        self.export_approved.setText(self.tr("&Export approved bundle…"))
        self.export_approved.setIconText(self.tr("Export approved"))
        self.export_approved.setToolTip(
            self.tr("Write the approved regional texts for local editions to apply")
        )
        self.close_window.setText(self.tr("Close &window"))
        self.reply.setText(self.tr("&Reply…"))
        self.resolve.setText(self.tr("Re&solve"))
        self.reopen.setText(self.tr("Re&open"))
        self.accept.setText(self.tr("&Accept suggestion…"))
        self.reject.setText(self.tr("Re&ject…"))
        self.focus_sections.setText(self.tr("Go to the &sections"))
        self.focus_text.setText(self.tr("Go to the &text"))
        self.focus_comments.setText(self.tr("Go to the &comments"))
        if self.menus:
            self.round_menu.setTitle(self.tr("&Round"))
            self.decide_menu.setTitle(self.tr("&Decide"))
            self.view_menu.setTitle(self.tr("&View"))
        if self.toolbar is not None:
            self.toolbar.setWindowTitle(self.tr("Hearing toolbar"))
            self.toolbar.setAccessibleName(self.tr("Hearing toolbar"))


def _menu(window: QMainWindow, actions: list[QAction | None]) -> QMenu:
    """A menu of these actions; None is a separator."""
    menu = QMenu(window)
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    return menu
