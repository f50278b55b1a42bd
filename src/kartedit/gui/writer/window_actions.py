"""GUI: the main window's actions, menus and toolbar — texts, shortcuts and icons in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QStyle, QToolBar, QWidget

from kartedit.domain.sections import Status
from kartedit.gui.common import icons


class WindowActions(QObject):
    """Every command of the main window as a QAction; the window connects them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        style = window.style()

        def make(
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            *,
            checkable: bool = False,
            icon: QStyle.StandardPixmap | None = None,
        ) -> QAction:
            action = QAction(window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.setCheckable(checkable)
            if icon is not None:
                action.setIcon(style.standardIcon(icon))
            window.addAction(action)
            return action

        sp = QStyle.StandardPixmap
        self.save = make(QKeySequence.StandardKey.Save, icon=sp.SP_DialogSaveButton)
        self.open_bundle = make(QKeySequence.StandardKey.Open, icon=sp.SP_DialogOpenButton)
        self.settings = make(QKeySequence.StandardKey.Preferences)
        self.quit = make("Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo = make(QKeySequence.StandardKey.Undo, icon=sp.SP_ArrowBack)
        self.redo = make(QKeySequence.StandardKey.Redo, icon=sp.SP_ArrowForward)
        self.cut = make(QKeySequence.StandardKey.Cut)
        self.copy = make(QKeySequence.StandardKey.Copy)
        self.paste = make(QKeySequence.StandardKey.Paste)
        self.select_all = make(QKeySequence.StandardKey.SelectAll)
        self.find = make(QKeySequence.StandardKey.Find)
        self.replace = make("Ctrl+H")
        self.search_map = make("Ctrl+Shift+F", icon=sp.SP_FileDialogContentsView)
        for action in (self.undo, self.redo, self.cut, self.copy, self.paste, self.select_all):
            # The editor and the dialogs handle these keys themselves; the menu shows them.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        self.show_editor = make("Ctrl+E", checkable=True)
        self.show_preview = make("Ctrl+P", checkable=True)
        self.show_editor.setChecked(True)
        self.show_preview.setChecked(True)
        self.next_pane = make("F6")
        self.previous_pane = make("Shift+F6")
        self.focus_map = make("Ctrl+1")
        self.focus_editor = make("Ctrl+2")

        self.status_group = QActionGroup(window)
        self.status_group.setExclusive(True)
        self.status_actions: dict[Status, QAction] = {}
        for status, key in (
            (Status.DRAFT, "Ctrl+Shift+D"),
            (Status.IN_HEARING, "Ctrl+Shift+H"),
            (Status.APPROVED, "Ctrl+Shift+A"),
        ):
            action = make(key, checkable=True)
            action.setIcon(icons.status_icon(status))
            action.setData(status.value)
            self.status_group.addAction(action)
            self.status_actions[status] = action
        self.adapt_locally = make()
        self.adapt_locally.setIcon(icons.local_icon())
        self.adapt_locally.setEnabled(False)

        self.about = make()
        self.retranslate()

    def retranslate(self) -> None:
        self.save.setText(self.tr("&Save revision…"))
        self.save.setIconText(self.tr("Save"))
        self.save.setToolTip(self.tr("Save the text as a new revision (Ctrl+S)"))
        self.open_bundle.setText(self.tr("&Open bundle…"))
        self.open_bundle.setToolTip(self.tr("Open a review bundle to comment on it (Ctrl+O)"))
        self.settings.setText(self.tr("Se&ttings…"))
        self.quit.setText(self.tr("&Quit"))
        self.undo.setText(self.tr("&Undo"))
        self.undo.setIconText(self.tr("Undo"))
        self.redo.setText(self.tr("&Redo"))
        self.redo.setIconText(self.tr("Redo"))
        self.cut.setText(self.tr("Cu&t"))
        self.copy.setText(self.tr("&Copy"))
        self.paste.setText(self.tr("&Paste"))
        self.select_all.setText(self.tr("Select &all"))
        self.find.setText(self.tr("&Find and replace in section…"))
        self.find.setIconText(self.tr("Find"))
        self.replace.setText(self.tr("R&eplace…"))
        self.search_map.setText(self.tr("Search the &whole map…"))
        self.search_map.setIconText(self.tr("Search map"))
        self.search_map.setToolTip(self.tr("Search the texts of the whole map (Ctrl+Shift+F)"))
        self.show_editor.setText(self.tr("&Editor"))
        self.show_preview.setText(self.tr("&Preview"))
        self.next_pane.setText(self.tr("&Next pane"))
        self.previous_pane.setText(self.tr("P&revious pane"))
        self.focus_map.setText(self.tr("Go to the &map"))
        self.focus_editor.setText(self.tr("Go to the &text"))
        self.status_actions[Status.DRAFT].setText(self.tr("Mark as &draft"))
        self.status_actions[Status.DRAFT].setIconText(self.tr("Draft"))
        self.status_actions[Status.IN_HEARING].setText(self.tr("Send to &hearing"))
        self.status_actions[Status.IN_HEARING].setIconText(self.tr("In hearing"))
        self.status_actions[Status.APPROVED].setText(self.tr("&Approve"))
        self.status_actions[Status.APPROVED].setIconText(self.tr("Approved"))
        for action in self.status_actions.values():
            action.setToolTip(
                self.tr("Status: {label} ({key})").format(
                    label=action.iconText(),
                    key=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
            action.setStatusTip(action.toolTip())
        self.adapt_locally.setText(self.tr("Adapt &locally…"))
        self.adapt_locally.setToolTip(
            self.tr("Write a local version of this section, starting from the regional text.")
        )
        self.adapt_locally.setStatusTip(self.adapt_locally.toolTip())
        self.about.setText(self.tr("&About kartedit"))


class WindowMenus(QObject):
    """The menu bar and the toolbar; docks add their own show/hide actions to the View menu."""

    def __init__(self, window: QMainWindow, actions: WindowActions) -> None:
        super().__init__(window)
        a = actions
        bar = window.menuBar()
        self.file = QMenu(window)
        self.file.addAction(a.save)
        self.file.addAction(a.open_bundle)
        self.file.addSeparator()
        self.file.addAction(a.settings)
        self.file.addSeparator()
        self.file.addAction(a.quit)
        self.edit = QMenu(window)
        for action in (a.undo, a.redo):
            self.edit.addAction(action)
        self.edit.addSeparator()
        for action in (a.cut, a.copy, a.paste, a.select_all):
            self.edit.addAction(action)
        self.edit.addSeparator()
        self.edit.addAction(a.find)
        self.edit.addAction(a.replace)
        self.edit.addAction(a.search_map)
        self.view = QMenu(window)
        self.view.addAction(a.show_editor)
        self.view.addAction(a.show_preview)
        self.view.addSeparator()
        self.panels_anchor = self.view.addSeparator()
        for action in (a.next_pane, a.previous_pane, a.focus_map, a.focus_editor):
            self.view.addAction(action)
        self.section = QMenu(window)
        for action in a.status_actions.values():
            self.section.addAction(action)
        self.section.addSeparator()
        self.section.addAction(a.adapt_locally)
        self.help = QMenu(window)
        self.help.addAction(a.about)
        for menu in (self.file, self.edit, self.view, self.section, self.help):
            bar.addMenu(menu)

        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(a.save)
        self.toolbar.addAction(a.undo)
        self.toolbar.addAction(a.redo)
        self.toolbar.addSeparator()
        for action in a.status_actions.values():
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.retranslate()

    def add_panel_toggle(self, action: QAction) -> None:
        """A dock's own toggle action goes into View, above the focus commands."""
        self.view.insertAction(self.panels_anchor, action)

    def add_toolbar_widget(self, widget: QWidget) -> QAction:
        return self.toolbar.addWidget(widget)

    def finish_toolbar(self, actions: WindowActions) -> None:
        """Map search sits at the far right, apart from the editing commands."""
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(actions.search_map)

    def retranslate(self) -> None:
        self.file.setTitle(self.tr("&File"))
        self.edit.setTitle(self.tr("&Edit"))
        self.view.setTitle(self.tr("&View"))
        self.section.setTitle(self.tr("&Section"))
        self.help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.toolbar.setAccessibleName(self.tr("Toolbar"))
