"""GUI: the «Local facts» panel — the open service's facts in the current local edition.

Each fact kind gets a line: its name, the value this edition has filled in, and what the
regional text writes in its place. Values are checked by the service on saving (phone
numbers, e-mail, web addresses); a refusal says why, calmly. In the regional edition the
panel lists the kinds to insert instead: each local edition fills in its own values.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.facts import FactKind, FactType, key_for, placeholder
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef
from kartedit.gui.common.errors import calmly, ran_calmly
from kartedit.gui.common.theme import theme
from kartedit.services.names import MapNames

if TYPE_CHECKING:  # the ORM is loaded when first needed (see services.first_screen)
    from kartedit.gui.editions.fact_proposal import FactProposalDialog
    from kartedit.gui.editions.facts_grid import FactsGridDialog
    from kartedit.services.fact_context import FactContext
    from kartedit.services.facts import Facts
    from kartedit.services.workspace import Workspace


class FactsPanel(QWidget):
    """Lokale opplysningar for the open service: edit values, or insert a placeholder."""

    saved = Signal()
    """A value was saved: the preview shows the new value."""
    insert_requested = Signal(str)
    """The writer wants the placeholder of this kind at the cursor."""
    grid_requested = Signal()
    """The writer wants the completeness grid of the edition."""
    proposals_requested = Signal()
    """The writer wants adaptations that only add contact details turned into facts."""

    def __init__(
        self, facts: Callable[[], Facts], author: Callable[[], Author | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._facts_of = facts
        self.author = author
        self.ref: SectionRef | None = None
        self.context: FactContext | None = None
        self.fields: dict[str, QLineEdit] = {}
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(f"color: {theme().hex.muted};")
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.grid_button = QPushButton(self)
        self.grid_button.clicked.connect(self.grid_requested)
        self.propose_button = QPushButton(self)
        self.propose_button.clicked.connect(self.proposals_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.grid_button)
        buttons.addWidget(self.propose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save local facts"))
        self.grid_button.setText(self.tr("Completeness…"))
        self.propose_button.setText(self.tr("From adaptations…"))
        self.propose_button.setToolTip(
            self.tr("Adaptations that only add contact details: propose local facts instead")
        )
        self.setAccessibleName(self.tr("Local facts"))
        self._fill()

    @property
    def facts(self) -> Facts:
        """The facts service, made when first used: not before the first screen is painted."""
        return self._facts_of()

    def show_for(self, ref: SectionRef | None, context: FactContext | None) -> None:
        """The facts of ``ref``'s service in the edition ``context`` describes."""
        self.ref, self.context = ref, context
        self._fill()

    def _fill(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        context, ref = self.context, self.ref
        if context is None or ref is None or not context.kinds:
            self.intro.setText(self.tr("Open a section to see its service's local facts."))
            self.save_button.setVisible(False)
            self.propose_button.setVisible(False)
            return
        if context.regional:
            self.intro.setText(
                self.tr(
                    "Each local edition fills in its own values. Insert a fact where the "
                    "regional text needs one; the preview marks it as a local fact."
                )
            )
            for kind in context.kinds.values():
                button = QPushButton(self.tr("Insert"), self.form_host)
                button.setToolTip(placeholder(kind.slug))
                button.clicked.connect(lambda _=False, s=kind.slug: self.insert_requested.emit(s))
                self.form.addRow(kind.name, button)
            self.save_button.setVisible(False)
            self.propose_button.setVisible(False)
            return
        self.intro.setText(
            self.tr("Values for this service in this edition; the texts show them in place.")
        )
        for kind in context.kinds.values():
            field = QLineEdit(self.form_host)
            field.setText(context.value_for(kind.slug, ref) or "")
            field.setPlaceholderText(self._example(kind))
            field.setAccessibleName(kind.name)
            self.fields[kind.slug] = field
            self.form.addRow(kind.name, field)
        self.save_button.setVisible(True)
        self.propose_button.setVisible(True)

    def _example(self, kind: FactKind) -> str:
        examples = {
            FactType.PHONE: self.tr("e.g. 55 56 78 90"),
            FactType.EMAIL: self.tr("e.g. post@kommune.no"),
            FactType.URL: self.tr("e.g. https://www.kommune.no/skjema"),
            FactType.HOURS: self.tr("e.g. weekdays 09.00–11.00"),
            FactType.TEXT: self.tr("not filled in"),
        }
        return examples[kind.type]

    def save(self) -> bool:
        """Save every changed value; stops at the first refusal, which it explains."""
        context, ref = self.context, self.ref
        if context is None or ref is None:
            return False
        changed = [
            (slug, field.text())
            for slug, field in self.fields.items()
            if field.text().strip() != (context.value_for(slug, ref) or "")
        ]
        if not changed:
            return True
        author = self.author()
        if author is None:
            return False
        for slug, value in changed:
            key = key_for(context.kinds[slug], ref.service, ref.pathway)
            if not ran_calmly(
                self,
                self.facts.set_value,
                context.edition,
                key.service,
                slug,
                value,
                author,
                pathway=key.pathway,
            ):
                self.fields[slug].setFocus()
                return False
        self.saved.emit()
        return True


def open_facts_grid(
    parent: QWidget, facts: Facts, edition: str, edition_name: str, names: MapNames
) -> FactsGridDialog | None:
    """The completeness grid of an edition, opened beside the window (not modal)."""
    from kartedit.gui.editions.facts_grid import FactsGridDialog, FactTable

    def gather() -> FactTable:
        values = facts.values(edition)
        needs = facts.needs(edition)
        services = list(dict.fromkeys([*names.services, *(n.key.service for n in needs)]))
        return FactTable(
            services,
            facts.kinds(),
            needs,
            {(k.service, k.kind): v.value for k, v in values.items() if k.pathway is None},
        )

    table = calmly(parent, gather)
    if table is None:
        return None
    dialog = FactsGridDialog(edition, edition_name, table, names, parent)
    dialog.show()
    return dialog


def open_fact_proposals(
    parent: QWidget,
    workspace: Workspace,
    edition: str,
    edition_name: str,
    current: SectionRef | None,
    author: Callable[[], Author | None],
    title: Callable[[SectionRef], str],
) -> FactProposalDialog | None:
    """The proposal for the open section (or the edition's first one), shown, not applied."""
    from kartedit.gui.editions.fact_proposal import FactProposalDialog
    from kartedit.services.fact_proposals import proposals

    found = calmly(parent, proposals, workspace, edition)
    if not found:
        if found is not None:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("FactsPanel", "Local facts"),
                QCoreApplication.translate(
                    "FactsPanel", "No adaptation in {edition} only adds contact details."
                ).format(edition=edition_name),
            )
        return None
    chosen = next((p for p in found if p.ref == current), found[0])
    dialog = FactProposalDialog(workspace, chosen, author, edition_name, title(chosen.ref), parent)
    dialog.open()
    return dialog
