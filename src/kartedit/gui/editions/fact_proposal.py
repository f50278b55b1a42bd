"""GUI: the proposal to turn a local adaptation back into shared text and a local fact.

Three texts side by side, like the three-way view: the local adaptation with the contact
passage marked, the regional text now, and the proposed regional text (editable) with its
placeholder marked. Below them the fact and the value the edition keeps. Nothing happens
until «Accept proposal»; a refusal (a wrong phone number, a text that no longer refers to
the fact) is explained and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.facts import PLACEHOLDER, FactKind
from kartedit.domain.people import Author
from kartedit.gui.common.errors import ran_calmly
from kartedit.gui.common.theme import theme
from kartedit.gui.editions.diff_view import make_browser
from kartedit.gui.editions.three_way_parts import bold_label, plain_text, qt_position, titled
from kartedit.services.fact_proposals import FactProposal, accept_proposal
from kartedit.services.workspace import Workspace


def _mark(
    document_owner: QTextBrowser | QPlainTextEdit, text: str, spans: list[tuple[int, int]]
) -> None:
    fmt = QTextCharFormat()
    fmt.setBackground(theme().tint("local", 0.3))
    fmt.setFontUnderline(True)
    for start, end in spans:
        cursor = QTextCursor(document_owner.document())
        cursor.setPosition(qt_position(text, start))
        cursor.setPosition(qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


class FactProposalDialog(QDialog):
    """One proposal: accept it (perhaps edited) or leave the adaptation as it is."""

    def __init__(
        self,
        workspace: Workspace,
        proposal: FactProposal,
        author: Callable[[], Author | None],
        edition_name: str,
        section_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.proposal = proposal
        self.author = author
        self.accepted_proposal = False
        self.setWindowTitle(
            self.tr("Turn the adaptation into a local fact – {section}").format(
                section=section_title
            )
        )
        intro = QLabel(
            self.tr(
                "{edition}'s adaptation only adds contact details. Keep them as a local fact of "
                "{edition} and let the section follow the regional text again: no more stale "
                "adaptation when the regional text changes."
            ).format(edition=edition_name),
            self,
        )
        intro.setWordWrap(True)

        override = proposal.override
        self.local_view = make_browser(self)
        self.local_view.setPlainText(override.local_text)
        spans = []
        for line in proposal.passage.split("\n"):
            start = override.local_text.find(line)
            if line and start >= 0:
                spans.append((start, start + len(line)))
        _mark(self.local_view, override.local_text, spans)
        self.regional_view = make_browser(self)
        self.regional_view.setPlainText(override.regional_text)
        self.proposed = QPlainTextEdit(self)
        self.proposed.setPlainText(proposal.proposed_regional)
        self.proposed.setAccessibleName(self.tr("Proposed regional text"))
        _mark(
            self.proposed,
            proposal.proposed_regional,
            [m.span() for m in PLACEHOLDER.finditer(proposal.proposed_regional)],
        )
        columns = QHBoxLayout()
        columns.addWidget(
            titled(
                self.tr("Adaptation in {edition}").format(edition=edition_name),
                self.local_view,
                self,
            ),
            1,
        )
        columns.addWidget(titled(self.tr("Regional text now"), self.regional_view, self), 1)
        proposed_box = QVBoxLayout()
        heading = QLabel(
            self.tr("Proposed regional text (refers to the fact)")
            if proposal.changes_regional
            else self.tr("Regional text (already refers to the fact)"),
            self,
        )
        bold_label(heading)
        heading.setBuddy(self.proposed)
        proposed_box.addWidget(heading)
        proposed_box.addWidget(self.proposed, 1)
        columns.addLayout(proposed_box, 1)

        self.kind_name = QLineEdit(proposal.kind.name, self)
        self.kind_name.setEnabled(proposal.new_kind)
        self.kind_name.setAccessibleName(self.tr("Name of the local fact"))
        self.value = QLineEdit(proposal.value, self)
        self.value.setAccessibleName(self.tr("Value for {edition}").format(edition=edition_name))
        form = QFormLayout()
        form.addRow(
            self.tr("New local fact:") if proposal.new_kind else self.tr("Local fact:"),
            self.kind_name,
        )
        form.addRow(self.tr("Value for {edition}:").format(edition=edition_name), self.value)

        self.accept_button = QPushButton(self.tr("Accept proposal"), self)
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(self.accept_proposal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(1200, 640)

    def chosen_kind(self) -> FactKind:
        kind = self.proposal.kind
        name = self.kind_name.text().strip()
        if self.proposal.new_kind and name and name != kind.name:
            return FactKind(kind.slug, name, kind.type, kind.scope)
        return kind

    def accept_proposal(self) -> bool:
        """Apply it as shown (with the writer's edits); False after a calm refusal."""
        author = self.author()
        if author is None:
            return False
        done = ran_calmly(
            self,
            accept_proposal,
            self.workspace,
            self.proposal,
            author,
            regional_text=plain_text(self.proposed),
            value=self.value.text(),
            kind=self.chosen_kind(),
        )
        if done:
            self.accepted_proposal = True
            self.accept()
        return done
