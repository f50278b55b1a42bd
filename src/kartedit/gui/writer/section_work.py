"""GUI: the main window's work on the open section — leaving it with unsaved text, the
recovery store, who is writing, saving, changing its status, and its revisions.

The base class of MainWindow (writer/main_window.py), whose widgets and services it uses
and declares below; kept apart so each file stays small. Words stay in the «MainWindow»
translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from kartedit.domain.people import Author
from kartedit.domain.sections import Status
from kartedit.gui.common import who
from kartedit.gui.common.errors import calmly, ran_calmly
from kartedit.gui.common.labels import local_time, status_label
from kartedit.gui.writer.history_panel import RevisionDialog
from kartedit.services.settings import Settings, load_settings

if TYPE_CHECKING:
    from kartedit.domain.model import SectionView
    from kartedit.domain.sections import SectionRef
    from kartedit.gui.writer.editor import SectionContext, SectionEditor
    from kartedit.gui.writer.map_tree import MapTree
    from kartedit.services.recovery import RecoveryStore
    from kartedit.services.workspace import Workspace

# The settings and save-message dialogs are imported when first used: start-up reads only
# what the first screen shows.

Button = QMessageBox.StandardButton


class SectionWork(QMainWindow):
    """MainWindow's commands on the open section (see the module docstring)."""

    # What MainWindow sets up and these commands use.
    workspace: Workspace
    recovery: RecoveryStore
    view: SectionView | None
    edition: str
    tree: MapTree
    editor: SectionEditor
    _autosave: QTimer

    if TYPE_CHECKING:

        def current_ref(self) -> SectionRef | None: ...
        def _section_title(self) -> str: ...
        def _context(self, view: SectionView, last_saved: str = "") -> SectionContext: ...
        def _reload_current(self, *, keep_text: bool) -> None: ...
        def _update_actions(self) -> None: ...

    # -- unsaved text -------------------------------------------------------------------

    def maybe_leave(self) -> bool:
        """Save / Discard / Cancel when the open text has unsaved changes; True to go on."""
        if not self.editor.is_modified() or self.view is None:
            return True
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "Unsaved changes"),
            QCoreApplication.translate(
                "MainWindow",
                "«{section}» has changes that are not saved. Save them as a new revision?",
            ).format(section=self._section_title()),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save_current()
        if answer == Button.Discard:
            self.recovery.discard(self.edition, self.view.ref)
            self.editor.editor.document().setModified(False)
            self.tree.set_modified(self.view.ref, False)
            return True
        return False

    def autosave(self) -> None:
        """Keep unsaved text in the recovery store; a failure is said once, calmly."""
        if self.view is None or not self.editor.is_modified() or self.view.read_only:
            return
        view = self.view
        if not ran_calmly(
            self,
            lambda: self.recovery.put(self.edition, view.ref, self.editor.text(), view.revision_id),
        ):
            self._autosave.stop()  # said once: no message every few seconds

    def _on_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is self.editor.editor:
            self.autosave()

    def _on_modified(self, modified: bool) -> None:
        self.setWindowModified(modified)
        self.tree.set_modified(self.current_ref(), modified)

    # -- saving, status, history --------------------------------------------------------

    def author(self) -> Author | None:
        """Who saves: gui.common.who (settings, else KARTEDIT_AUTHOR, else asked once)."""
        found = who.current_author(self, ask=lambda _parent: self.ask_author())
        if found is not None:
            self.settings = load_settings()
        return found

    def ask_author(self) -> Settings | None:
        """The settings dialog, opened because a revision needs a name."""
        return who.ask_author(self)

    def ask_save_message(self) -> str | None:
        """The optional revision message; None when the writer cancels."""
        from kartedit.gui.writer.save_dialog import SaveMessageDialog

        dialog = SaveMessageDialog(self._section_title(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.text()
        return None

    def save_current(self, message: str | None = None) -> bool:
        """Ctrl+S: a new revision of the open text. ``message`` skips the dialog."""
        view = self.view
        if view is None or view.read_only:
            return False
        if not self.editor.is_modified():
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Nothing to save: the text is unchanged."),
                5000,
            )
            return True
        author = self.author()
        if author is None:
            return False
        if message is None:
            message = self.ask_save_message()
            if message is None:
                return False
        outcome = calmly(  # a 1-tuple: save() gives None when nothing changed
            self,
            lambda: (
                self.workspace.save(
                    view.ref,
                    self.editor.text(),
                    author,
                    edition=self.edition,
                    message=message or None,
                ),
            ),
        )
        if outcome is None:
            return False
        (saved,) = outcome
        self.recovery.discard(self.edition, view.ref)
        self._reload_current(keep_text=True)
        if saved is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Saved revision {seq}.").format(
                    seq=saved.seq
                ),
                5000,
            )
        return True

    def change_status(self, status: Status) -> bool:
        view = self.view
        if view is None or view.inherited or status is view.status:
            self._update_actions()
            return view is not None and status is view.status
        if self.editor.is_modified() and not self.maybe_leave():
            self._update_actions()
            return False
        if not self.editor.is_modified() and self.editor.text() != view.text:
            self.editor.show_section(view, self._context(view))  # discarded: saved text back
        author = self.author()
        changed = author is not None and calmly(
            self, self.workspace.set_status, view.ref, status, author, edition=self.edition
        )
        self._reload_current(keep_text=True)
        if changed:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Status changed to «{status}».").format(
                    status=status_label(status)
                ),
                5000,
            )
        return bool(changed)

    def view_revision(self, revision_id: str) -> RevisionDialog | None:
        revision = calmly(self, self.workspace.revision, revision_id)
        if revision is None or self.view is None:
            return None
        dialog = RevisionDialog(
            revision,
            self._section_title(),
            can_restore=not self.view.read_only and revision.id != self.view.revision_id,
            parent=self,
        )
        dialog.restore_requested.connect(self.restore_revision)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def restore_revision(self, revision_id: str) -> bool:
        """Bring back an earlier text as a new revision (asks first)."""
        view = self.view
        if view is None or view.read_only:
            return False
        if not self.maybe_leave():
            return False
        revision = calmly(self, self.workspace.revision, revision_id)
        if revision is None:
            return False
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "Restore revision"),
            QCoreApplication.translate(
                "MainWindow",
                "Bring back the text of revision {seq} ({when}, {author}) as a new revision? "
                "The history keeps every earlier text.",
            ).format(seq=revision.seq, when=local_time(revision.created), author=revision.author),
            Button.Yes | Button.Cancel,
            Button.Yes,
        )
        if answer != Button.Yes:
            return False
        author = self.author()
        if author is None:
            return False
        restored = calmly(
            self, self.workspace.restore, view.ref, revision_id, author, edition=self.edition
        )
        self._reload_current(keep_text=False)
        if restored is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Restored as revision {seq}.").format(
                    seq=restored.seq
                ),
                5000,
            )
        return restored is not None
