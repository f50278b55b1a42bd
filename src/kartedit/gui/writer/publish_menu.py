"""GUI: File → Publish… in the writer's window; the dialog itself is imported when first used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from kartedit.gui.writer.main_window import MainWindow
    from kartedit.gui.writer.publish_dialog import PublishDialog


class PublishMenu(QObject):
    """File → Publish… in the writer's window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PublishDialog | None = None
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        window.addAction(self.action)
        file_menu = window.menus.file
        actions = file_menu.actions()
        anchor = window.commands.settings
        if anchor in actions:
            file_menu.insertAction(anchor, self.action)
        else:
            file_menu.addAction(self.action)
        self.action.triggered.connect(lambda: self.open())
        self.action.setText(self.tr("&Publish…"))
        self.action.setToolTip(self.tr("Publish an edition as a website, PDF or Word document"))
        self.action.setStatusTip(self.action.toolTip())

    def open(self) -> PublishDialog | None:
        author = self.window.seat.author()
        if author is None:
            return None
        from kartedit.gui.writer.publish_dialog import PublishDialog

        self.dialog = PublishDialog(
            self.window.workspace, author, self.window, edition=self.window.edition
        )
        self.dialog.section_requested.connect(
            lambda ref, edition: self.window.editions.open_from_overview(edition, ref)
        )
        self.dialog.open()
        return self.dialog
