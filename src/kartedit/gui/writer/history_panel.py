"""GUI: the history panel — a section's revisions, and a read-only viewer for one of them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.history import revision_message
from kartedit.domain.model import RevisionInfo
from kartedit.gui.common.i18n import shown
from kartedit.gui.common.labels import local_time
from kartedit.gui.common.placement import fit_resize
from kartedit.gui.writer.editor import MarkdownEdit
from kartedit.gui.writer.preview import PreviewPane

REVISION_ROLE = Qt.ItemDataRole.UserRole + 1


class HistoryPanel(QWidget):
    """Newest first: number, local time, author, and the message on its own line.

    «Compare…» emits ``compare_requested(older_id, newer_id)``: the two selected revisions,
    or the chosen one and the current one (Ctrl+click selects a second revision).
    """

    view_requested = Signal(str)
    restore_requested = Signal(str)
    compare_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view_button = QPushButton(self)
        self.compare_button = QPushButton(self)
        self.restore_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)
        self._head_id: str | None = None
        self._can_restore = False
        self._order: dict[str, int] = {}
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(self._on_activated)
        self.view_button.clicked.connect(self._on_view)
        self.restore_button.clicked.connect(self._on_restore)
        self.compare_button.clicked.connect(self._on_compare)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Revisions of this section, newest first"))
        self.view_button.setText(self.tr("View"))
        self.view_button.setAccessibleName(self.tr("View the chosen revision"))
        self.compare_button.setText(self.tr("Compare…"))
        self.compare_button.setAccessibleName(self.tr("Compare revisions"))
        self.compare_button.setToolTip(
            self.tr(
                "Compare the chosen revision with the current one, or two revisions "
                "chosen with Ctrl+click."
            )
        )
        self.restore_button.setText(self.tr("Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen revision"))
        self.restore_button.setToolTip(
            self.tr("Bring back this text as a new revision; nothing in the history is lost.")
        )

    def set_revisions(
        self, revisions: list[RevisionInfo], head_id: str | None, *, can_restore: bool
    ) -> None:
        """Show a section's revisions, the newest chosen. The rows already there take the
        new words (no list emptied and refilled), and the buttons are set once at the end,
        not on every change of row on the way."""
        self._head_id = head_id
        self._can_restore = can_restore
        self._order = {revision.id: revision.seq for revision in revisions}
        blocked = self.list.blockSignals(True)
        try:
            self.list.selectionModel().clear()  # as a list filled afresh: nothing chosen
            for row, revision in enumerate(revisions):
                self._show_row(row, revision, current=revision.id == head_id)
            while self.list.count() > len(revisions):
                self.list.takeItem(self.list.count() - 1)
            if revisions:
                self.list.setCurrentRow(0)  # and only it selected
        finally:
            self.list.blockSignals(blocked)
        self._update_buttons()

    def _show_row(self, row: int, revision: RevisionInfo, *, current: bool) -> None:
        """Revision, time and author, its message on a line of its own; the current one bold."""
        first = self.tr("Revision {seq} · {when}").format(
            seq=revision.seq, when=local_time(revision.created)
        )
        if current:
            first += " · " + self.tr("current")
        lines = [first, str(revision.author)]
        if revision.message:
            message = shown(revision_message(revision.message) or "")
            lines.append(self.tr("«{message}»").format(message=message))
        text = "\n".join(lines)
        item = self.list.item(row)
        if item is None:
            item = QListWidgetItem()
            self.list.addItem(item)
        if item.text() != text:
            item.setText(text)
            item.setToolTip(text)
        item.setData(REVISION_ROLE, revision.id)
        if current and not item.font().bold():
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        elif not current and item.data(Qt.ItemDataRole.FontRole) is not None:
            item.setData(Qt.ItemDataRole.FontRole, None)  # the list's own font

    def current_revision(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(REVISION_ROLE))

    def selected_revisions(self) -> list[str]:
        """The selected revisions, newest first."""
        chosen = [str(item.data(REVISION_ROLE)) for item in self.list.selectedItems()]
        return sorted(chosen, key=lambda rid: -self._order.get(rid, 0))

    def comparison(self) -> tuple[str, str] | None:
        """(older, newer) for «Compare…»: two selected, or the chosen one against the current."""
        chosen = self.selected_revisions()
        if len(chosen) == 2:
            return chosen[1], chosen[0]
        if len(chosen) == 1 and self._head_id is not None and chosen[0] != self._head_id:
            return chosen[0], self._head_id
        return None

    def select_revision(self, revision_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(REVISION_ROLE) == revision_id:
                self.list.setCurrentRow(row)
                return

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.current_revision()
        self.view_button.setEnabled(chosen is not None)
        self.compare_button.setEnabled(self.comparison() is not None)
        self.restore_button.setEnabled(
            chosen is not None and self._can_restore and chosen != self._head_id
        )

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.view_requested.emit(str(item.data(REVISION_ROLE)))

    def _on_view(self) -> None:
        chosen = self.current_revision()
        if chosen is not None:
            self.view_requested.emit(chosen)

    def _on_restore(self) -> None:
        chosen = self.current_revision()
        if chosen is not None:
            self.restore_requested.emit(chosen)

    def _on_compare(self) -> None:
        pair = self.comparison()
        if pair is not None:
            self.compare_requested.emit(*pair)


class RevisionDialog(QDialog):
    """One earlier revision, read-only: its text beside its preview."""

    restore_requested = Signal(str)

    def __init__(
        self, revision: RevisionInfo, title: str, *, can_restore: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.revision = revision
        self.setWindowTitle(
            self.tr("{section} — revision {seq}").format(section=title, seq=revision.seq)
        )
        header = QLabel(
            self.tr("Saved {when} by {author}. {message}")
            .format(
                when=local_time(revision.created),
                author=revision.author,
                message=shown(revision_message(revision.message) or ""),
            )
            .strip(),
            self,
        )
        header.setWordWrap(True)
        self.text = MarkdownEdit(self)
        self.text.setPlainText(revision.text)
        self.text.set_locked(True)
        self.text.setAccessibleName(self.tr("Text of the revision (read-only)"))
        self.preview = PreviewPane(self)
        self.preview.show_markdown(revision.text)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.text)
        splitter.addWidget(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton(
            self.tr("Restore this revision…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore this revision"))
        self.restore_button.setEnabled(can_restore)
        self.restore_button.clicked.connect(self._on_restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        fit_resize(self, 900, 560)

    def _on_restore(self) -> None:
        self.restore_requested.emit(self.revision.id)
        self.accept()
