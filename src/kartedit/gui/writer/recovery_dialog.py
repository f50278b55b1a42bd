"""GUI: the start-up dialog offering unsaved text found in the recovery store.

API:
    RecoveryDialog(drafts: Sequence[Draft], parent: QWidget | None = None, *,
                   saved: Callable[[Draft], SectionView | None] | None = None,
                   section_label: Callable[[SectionRef], str] | None = None,
                   edition_label: Callable[[str], str] | None = None)
        saved: e.g. lambda d: workspace.section(d.ref, d.edition) — to say how much differs
        (a UserError from it: the row says "not found" and starts unticked)
    dialog.choice() -> RecoveryChoice(restore: list[Draft], discard: list[Draft])
    ask_recovery(drafts, parent=None, **same keywords) -> RecoveryChoice
        exec the dialog; "Decide Later"/Esc gives an empty choice (drafts stay in the store)
The caller restores each ``restore`` draft into its section (unsaved, modified) and calls
store.discard(d.edition, d.ref) for each ``discard`` draft; the dialog touches no store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.errors import UserError
from kartedit.domain.model import REGIONAL, SectionView
from kartedit.domain.sections import SectionRef
from kartedit.gui.common.labels import kind_label, local_time
from kartedit.gui.common.parts import tree_items
from kartedit.gui.common.placement import fit_resize
from kartedit.services.recovery import Draft, change_size

DRAFT_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class RecoveryChoice:
    """What the writer decided: drafts to bring back, drafts to throw away."""

    restore: list[Draft] = field(default_factory=list)
    discard: list[Draft] = field(default_factory=list)


def _default_section_label(ref: SectionRef) -> str:
    return " / ".join(p for p in (ref.pathway, ref.service, kind_label(ref.kind)) if p)


class RecoveryDialog(QDialog):
    """After a crash: which unsaved texts to bring back, showing when and how much."""

    SECTION, EDITION, SAVED, CHANGES = range(4)

    def __init__(
        self,
        drafts: Sequence[Draft],
        parent: QWidget | None = None,
        *,
        saved: Callable[[Draft], SectionView | None] | None = None,
        section_label: Callable[[SectionRef], str] | None = None,
        edition_label: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved text"))
        self.setMinimumSize(640, 420)
        fit_resize(self, 860, 480)
        self._drafts = list(drafts)
        self._choice = RecoveryChoice()
        section_label = section_label or _default_section_label
        edition_label = edition_label or self._edition_label

        intro = QLabel(
            self.tr(
                "kartedit was not closed properly last time. The sections below have text "
                "that was not saved. Tick the texts you want back; they open as unsaved "
                "changes that you can check and save."
            )
        )
        intro.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Unsaved texts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Section"), self.tr("Edition"), self.tr("Written"), self.tr("Changes")]
        )
        for draft in self._drafts:
            self.tree.addTopLevelItem(
                self._item(draft, saved, section_label(draft.ref), edition_label(draft.edition))
            )
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        # Long pathway and service names must not push "how much" out of sight.
        self.tree.setColumnWidth(self.SECTION, min(self.tree.columnWidth(self.SECTION), 300))
        self.tree.header().setStretchLastSection(True)
        self.tree.setWordWrap(True)

        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Unsaved text of the selected section"))
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setAccessibleName(self.tr("About the selected text"))
        preview_label = QLabel(self.tr("&Unsaved text:"))
        preview_label.setBuddy(self.preview)
        self.tree.currentItemChanged.connect(self._show_preview)

        buttons = QDialogButtonBox()
        self.restore_ticked_button = self._add(
            buttons,
            self.tr("Restore &Ticked"),
            self.tr("Restore the ticked texts and discard the others"),
            QDialogButtonBox.ButtonRole.AcceptRole,
            self._restore_ticked,
        )
        self.restore_all_button = self._add(
            buttons,
            self.tr("Restore &All"),
            self.tr("Restore all unsaved texts"),
            QDialogButtonBox.ButtonRole.AcceptRole,
            self._restore_all,
        )
        self.discard_all_button = self._add(
            buttons,
            self.tr("&Discard All"),
            self.tr("Discard all unsaved texts"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
            self._discard_all,
        )
        self.later_button = self._add(
            buttons,
            self.tr("Decide &Later"),
            self.tr("Keep the texts and ask again next time"),
            QDialogButtonBox.ButtonRole.RejectRole,
            self.reject,
        )
        self.restore_ticked_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 2)
        layout.addWidget(self.detail_label)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        if items := self.items():
            self.tree.setCurrentItem(items[0])
        self.tree.setFocus()

    def _edition_label(self, slug: str) -> str:
        return self.tr("Regional text") if slug == REGIONAL else slug

    def _add(
        self,
        buttons: QDialogButtonBox,
        text: str,
        description: str,
        role: QDialogButtonBox.ButtonRole,
        slot: Callable[[], object],
    ) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(description)
        button.setToolTip(description)
        button.setAutoDefault(False)
        buttons.addButton(button, role)
        button.clicked.connect(slot)
        return button

    def _item(
        self,
        draft: Draft,
        saved: Callable[[Draft], SectionView | None] | None,
        section: str,
        edition: str,
    ) -> QTreeWidgetItem:
        wanted = True
        notes: list[str] = []
        view: SectionView | None = None
        if saved is not None:
            try:
                view = saved(draft)
            except UserError:  # becomes a note on the draft, not a dialog
                wanted = False
                notes.append(self.tr("The section was not found in this map."))
        if view is not None:
            size = change_size(view.text, draft.text)
            if size.total == 0:
                changes = self.tr("Same as the saved text")
            else:
                changes = self.tr("{added} characters added, {removed} removed").format(
                    added=size.added, removed=size.removed
                )
            if view.revision_id != draft.base_revision_id:
                notes.append(self.tr("The section was saved again after this text was written."))
        else:
            changes = self.tr("{count} characters").format(count=draft.characters)
        if notes:
            changes = " — ".join([changes, *notes])
        item = QTreeWidgetItem([section, edition, local_time(draft.saved_at), changes])
        item.setData(0, DRAFT_ROLE, draft)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        item.setToolTip(0, section)
        item.setToolTip(3, changes)
        item.setData(0, DETAIL_ROLE, f"{section} ({edition}): {changes}")
        return item

    def _show_preview(self, current: QTreeWidgetItem | None) -> None:
        draft = current.data(0, DRAFT_ROLE) if current is not None else None
        self.preview.setPlainText(draft.text if isinstance(draft, Draft) else "")
        self.detail_label.setText(current.data(0, DETAIL_ROLE) if current is not None else "")

    # -- deciding -----------------------------------------------------------------------

    def items(self) -> list[QTreeWidgetItem]:
        return tree_items(self.tree)

    def set_ticked(self, index: int, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.items()[index].setCheckState(0, state)

    def _restore_ticked(self) -> None:
        restore: list[Draft] = []
        discard: list[Draft] = []
        for item in self.items():
            draft = item.data(0, DRAFT_ROLE)
            ticked = item.checkState(0) == Qt.CheckState.Checked
            (restore if ticked else discard).append(draft)
        self._finish(RecoveryChoice(restore, discard))

    def _restore_all(self) -> None:
        self._finish(RecoveryChoice(restore=list(self._drafts)))

    def _discard_all(self) -> None:
        self._finish(RecoveryChoice(discard=list(self._drafts)))

    def _finish(self, choice: RecoveryChoice) -> None:
        if choice.discard and not self._confirm_discard(len(choice.discard)):
            return
        self._choice = choice
        self.accept()

    def _confirm_discard(self, count: int) -> bool:
        """Throwing text away cannot be undone, so it is never a single slip of a key."""
        answer = QMessageBox.question(
            self,
            self.tr("Discard unsaved text"),
            self.tr("Discard this unsaved text? This cannot be undone.")
            if count == 1
            else self.tr("Discard {count} unsaved texts? This cannot be undone.").format(
                count=count
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def choice(self) -> RecoveryChoice:
        """The decision; empty until a Restore or Discard button closed the dialog."""
        return self._choice


def ask_recovery(
    drafts: Sequence[Draft],
    parent: QWidget | None = None,
    *,
    saved: Callable[[Draft], SectionView | None] | None = None,
    section_label: Callable[[SectionRef], str] | None = None,
    edition_label: Callable[[str], str] | None = None,
) -> RecoveryChoice:
    """Ask once at start-up; an empty choice when there is nothing to ask or the user waits."""
    if not drafts:
        return RecoveryChoice()
    dialog = RecoveryDialog(
        drafts, parent, saved=saved, section_label=section_label, edition_label=edition_label
    )
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.choice()
    return RecoveryChoice()
