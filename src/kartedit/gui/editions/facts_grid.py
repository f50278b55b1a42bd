"""GUI: the completeness grid — services × fact kinds an edition's texts refer to.

Like the deviation heat-map: a row per service, a column per fact kind the texts use; a
filled cell shows the value, a missing one is marked, and cells nobody refers to stay
empty. «Save as CSV…» writes the same list ``kartedit facts --format csv`` prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.facts import FactKind, FactNeed
from kartedit.gui.common.errors import ran_calmly
from kartedit.gui.common.theme import theme
from kartedit.safe_files import export_file
from kartedit.services.facts import needs_report
from kartedit.services.names import MapNames


@dataclass(frozen=True)
class FactTable:
    """What the grid shows: every service × every fact kind, what the texts need, and the
    values the edition has (by service and kind)."""

    services: list[str]
    kinds: list[FactKind]
    needs: list[FactNeed]
    values: dict[tuple[str, str], str]


class FactsGridDialog(QDialog):
    """Which local facts an edition has filled in, and which it still lacks."""

    def __init__(
        self,
        edition: str,
        edition_name: str,
        table: FactTable,
        names: MapNames,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.edition = edition
        self.needs = table.needs
        self.setWindowTitle(self.tr("Local facts in {edition}").format(edition=edition_name))
        missing = sum(1 for n in table.needs if n.missing)
        summary = QLabel(
            self.tr("{missing} of {total} facts the texts refer to have no value.").format(
                missing=missing, total=len(table.needs)
            )
            if table.needs
            else self.tr("The texts of this edition refer to no local facts.")
        )
        summary.setWordWrap(True)
        kinds, services = table.kinds, table.services
        self.table = QTableWidget(len(services), len(kinds), self)
        self.table.setHorizontalHeaderLabels([k.name for k in kinds])
        self.table.setVerticalHeaderLabels([names.service(s) for s in services])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Local facts by service and kind"))
        missing_brush = QBrush(theme().tint("stale"))
        filled_brush = QBrush(theme().tint("inserted"))
        muted = QBrush(theme().muted)
        needs = {(n.key.service, n.key.kind): n for n in table.needs}
        for row, service in enumerate(services):
            for column, kind in enumerate(kinds):
                need = needs.get((service, kind.slug))
                value = table.values.get((service, kind.slug))
                if need is not None and need.missing:
                    item = QTableWidgetItem(self.tr("missing"))
                    item.setBackground(missing_brush)
                elif need is not None:
                    item = QTableWidgetItem(need.value or "")
                    item.setBackground(filled_brush)
                elif value:
                    item = QTableWidgetItem(value)
                    item.setForeground(muted)
                    item.setToolTip(self.tr("Filled in, but no text refers to it."))
                else:
                    item = QTableWidgetItem("")
                if need is not None:
                    where = ", ".join(need.sections)
                    item.setToolTip(self.tr("Referred to in {sections}").format(sections=where))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.csv_button = QPushButton(self.tr("Save as CSV…"), self)
        self.csv_button.clicked.connect(self.save_csv)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def csv_text(self) -> str:
        return needs_report(self.needs, self.edition, "csv")

    def save_csv(self, target: Path | None = None) -> bool:
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save local facts as CSV"), f"fakta-{self.edition}.csv", "CSV (*.csv)"
            )
            if not chosen:
                return False
            target = Path(chosen)
        data = self.csv_text().encode("utf-8")
        return ran_calmly(self, export_file, target, data)
