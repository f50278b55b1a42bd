"""GUI: the reviewer window's actions, menus and toolbar — texts, shortcuts and icons."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from kartedit.gui.common import icons


class ReviewerActions(QObject):
    """Every command of the reviewer window as a QAction; the window connects them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        style = window.style()

        def make(
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            *,
            icon: QStyle.StandardPixmap | None = None,
        ) -> QAction:
            action = QAction(window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if icon is not None:
                action.setIcon(style.standardIcon(icon))
            window.addAction(action)
            return action

        sp = QStyle.StandardPixmap
        self.open_bundle = make(QKeySequence.StandardKey.Open, icon=sp.SP_DialogOpenButton)
        self.export_response = make("Ctrl+Shift+E", icon=sp.SP_DialogSaveButton)
        self.reviewer_details = make()
        self.settings = make(QKeySequence.StandardKey.Preferences)
        self.close_window = make(QKeySequence.StandardKey.Close)
        self.quit = make("Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.comment = make("Ctrl+M")
        self.comment.setIcon(icons.comments_icon())
        self.suggest = make("Ctrl+Shift+M")
        self.suggest.setIcon(icons.suggestion_icon())
        self.reply = make("Ctrl+R")
        self.edit_comment = make()
        self.delete_comment = make()
        self.next_comment = make("F8")
        self.previous_comment = make("Shift+F8")
        self.copy = make(QKeySequence.StandardKey.Copy)
        self.select_all = make(QKeySequence.StandardKey.SelectAll)
        for action in (self.copy, self.select_all):
            # The text view handles these keys itself; the menu shows them.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        self.all_sections = make()
        self.all_sections.setCheckable(True)
        self.next_pane = make("F6")
        self.previous_pane = make("Shift+F6")
        self.focus_map = make("Ctrl+1")
        self.focus_text = make("Ctrl+2")
        self.focus_comments = make("Ctrl+3")
        self.about = make()
        self.retranslate()

    def retranslate(self) -> None:
        self.open_bundle.setText(self.tr("&Open bundle…"))
        self.export_response.setText(self.tr("&Export response…"))
        self.export_response.setIconText(self.tr("Export response…"))
        self.export_response.setToolTip(
            self.tr("Write your comments into a response bundle to send back (Ctrl+Shift+E)")
        )
        self.reviewer_details.setText(self.tr("&Who is reviewing…"))
        self.settings.setText(self.tr("Se&ttings…"))
        self.close_window.setText(self.tr("&Close"))
        self.quit.setText(self.tr("&Quit"))
        self.comment.setText(self.tr("&Comment…"))
        self.comment.setIconText(self.tr("Comment…"))
        self.comment.setToolTip(self.tr("Comment on the selected passage (Ctrl+M)"))
        self.suggest.setText(self.tr("&Suggest wording…"))
        self.suggest.setIconText(self.tr("Suggest wording…"))
        self.suggest.setToolTip(
            self.tr("Propose new wording for the selected passage (Ctrl+Shift+M)")
        )
        self.reply.setText(self.tr("&Reply…"))
        self.reply.setIconText(self.tr("Reply…"))
        self.reply.setToolTip(self.tr("Reply to the chosen comment (Ctrl+R)"))
        self.edit_comment.setText(self.tr("&Edit comment…"))
        self.delete_comment.setText(self.tr("&Delete comment…"))
        self.next_comment.setText(self.tr("&Next comment"))
        self.previous_comment.setText(self.tr("&Previous comment"))
        self.copy.setText(self.tr("&Copy"))
        self.select_all.setText(self.tr("Select &all"))
        self.all_sections.setText(self.tr("Comments of &all sections"))
        self.next_pane.setText(self.tr("&Next pane"))
        self.previous_pane.setText(self.tr("P&revious pane"))
        self.focus_map.setText(self.tr("Go to the &map"))
        self.focus_text.setText(self.tr("Go to the &text"))
        self.focus_comments.setText(self.tr("Go to the c&omments"))
        self.about.setText(self.tr("&About kartedit"))
        for action in (self.comment, self.suggest, self.reply, self.export_response):
            action.setStatusTip(action.toolTip())


class ReviewerMenus(QObject):
    """The menu bar and the toolbar; docks add their own show/hide actions to View."""

    def __init__(self, window: QMainWindow, actions: ReviewerActions) -> None:
        super().__init__(window)
        a = actions
        self.file = QMenu(window)
        for action in (a.open_bundle, a.export_response, None, a.reviewer_details, a.settings):
            self._add(self.file, action)
        for action in (None, a.close_window, a.quit):
            self._add(self.file, action)
        self.edit = QMenu(window)
        for action in (a.copy, a.select_all):
            self.edit.addAction(action)
        self.comments = QMenu(window)
        for action in (a.comment, a.suggest, None, a.reply, a.edit_comment, a.delete_comment):
            self._add(self.comments, action)
        for action in (None, a.next_comment, a.previous_comment):
            self._add(self.comments, action)
        self.view = QMenu(window)
        self.view.addAction(a.all_sections)
        self.panels_anchor = self.view.addSeparator()
        for action in (a.next_pane, a.previous_pane, a.focus_map, a.focus_text, a.focus_comments):
            self.view.addAction(action)
        self.help = QMenu(window)
        self.help.addAction(a.about)
        for menu in (self.file, self.edit, self.comments, self.view, self.help):
            window.menuBar().addMenu(menu)

        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("ReviewerToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(a.open_bundle)
        self.toolbar.addSeparator()
        for action in (a.comment, a.suggest, a.reply):
            self.toolbar.addAction(action)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.retranslate()

    @staticmethod
    def _add(menu: QMenu, action: QAction | None) -> None:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)

    def add_panel_toggle(self, action: QAction) -> None:
        self.view.insertAction(self.panels_anchor, action)

    def retranslate(self) -> None:
        self.file.setTitle(self.tr("&File"))
        self.edit.setTitle(self.tr("&Edit"))
        self.comments.setTitle(self.tr("&Comments"))
        self.view.setTitle(self.tr("&View"))
        self.help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.toolbar.setAccessibleName(self.tr("Toolbar"))
