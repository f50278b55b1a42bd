"""GUI: the deviation overview — per edition a table, and a pathway × service heat-map.

API:
    DeviationView(parent: QWidget | None = None)
        set_report(report: DeviationReport) — from services.deviation_report.deviation_report
        show_edition(slug), export_csv(path: Path | None = None) -> Path | None («Export CSV…»
            asks for the file; the CSV is written by services.deviation_report.save_csv)
        signals: section_activated(edition: str, ref: SectionRef) — a table row was opened;
                 exported(path: str)
        models for tests: table_model (EditionDeviationModel), grid_model (DeviationGridModel)
    DeviationDialog(report, parent=None) — the view with a Close button
Every number is shown as text; colour (the heat-map) only repeats it. Models are fed whole
(one reset), never fetch anything themselves.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kartedit.gui.common import icons
from kartedit.gui.common.errors import ran_calmly
from kartedit.gui.common.placement import fit_resize
from kartedit.gui.common.theme import theme
from kartedit.gui.editions.deviation_models import (
    HEAT_STOPS,
    ROW_ROLE,
    SORT_ROLE,
    DeviationGridModel,
    EditionDeviationModel,
    HeatCellDelegate,
    heat_color,
    percent_text,
)
from kartedit.services.deviation_report import (
    DeviationReport,
    DeviationRow,
    save_csv,
)


class DeviationView(QWidget):
    """How far the local editions stray from the regional text, per section and overall."""

    section_activated = Signal(str, object)
    exported = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: DeviationReport | None = None

        self.edition_combo = QComboBox(self)
        self.edition_label = QLabel(self)
        self.edition_label.setBuddy(self.edition_combo)
        self.summary_label = QLabel(self)
        self.table_model = EditionDeviationModel(self)
        self.table_proxy = QSortFilterProxyModel(self)
        self.table_proxy.setSourceModel(self.table_model)
        self.table_proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.table_proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(EditionDeviationModel.KEPT, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EditionDeviationModel.SERVICE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)

        by_edition = QWidget(self)
        top = QHBoxLayout()
        top.addWidget(self.edition_label)
        top.addWidget(self.edition_combo)
        top.addSpacing(12)
        top.addWidget(self.summary_label, 1)
        by_edition_layout = QVBoxLayout(by_edition)
        by_edition_layout.addLayout(top)
        by_edition_layout.addWidget(self.table, 1)

        self.scope_combo = QComboBox(self)
        self.scope_label = QLabel(self)
        self.scope_label.setBuddy(self.scope_combo)
        self.grid_explanation = QLabel(self)
        self.grid_explanation.setWordWrap(True)
        self.grid_model = DeviationGridModel(self)
        self.grid = QTableView(self)
        self.grid.setModel(self.grid_model)
        self.grid.setItemDelegate(HeatCellDelegate(self.grid))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setShowGrid(True)
        self.grid.setWordWrap(True)
        grid_header = self.grid.horizontalHeader()
        grid_header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        grid_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        grid_header.setDefaultSectionSize(112)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.verticalHeader().setDefaultSectionSize(
            int(self.fontMetrics().lineSpacing() * 2.8)
        )
        self.legend = _HeatLegend(self)

        across = QWidget(self)
        scope = QHBoxLayout()
        scope.addWidget(self.scope_label)
        scope.addWidget(self.scope_combo)
        scope.addStretch(1)
        across_layout = QVBoxLayout(across)
        across_layout.addLayout(scope)
        across_layout.addWidget(self.grid_explanation)
        across_layout.addWidget(self.grid, 1)
        across_layout.addWidget(self.legend)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(by_edition, "")
        self.tabs.addTab(across, "")
        self.export_button = QPushButton(self)
        self.export_button.setAutoDefault(False)
        self.export_status = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.export_status, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.edition_combo.currentIndexChanged.connect(self._on_edition_changed)
        self.scope_combo.currentIndexChanged.connect(self._on_scope_changed)
        self.table.activated.connect(self._on_row_activated)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.setFocusProxy(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        self.edition_label.setText(self.tr("&Edition:"))
        self.edition_combo.setAccessibleName(self.tr("Local edition"))
        self.table.setAccessibleName(self.tr("Adapted sections of the edition"))
        self.scope_label.setText(self.tr("&Show:"))
        self.scope_combo.setAccessibleName(self.tr("Editions in the heat-map"))
        self.grid.setAccessibleName(
            self.tr("Deviation per pathway and service; each cell says its percentage")
        )
        self.grid_explanation.setText(
            self.tr(
                "Each cell: how far the adapted sections of that service in that pathway "
                "differ from the regional text on average, and how many sections are adapted. "
                "A stronger colour means more local wording. Point at a cell for the details."
            )
        )
        self.tabs.setTabText(0, self.tr("By &edition"))
        self.tabs.setTabText(1, self.tr("&Pathway × service"))
        self.tabs.setAccessibleName(self.tr("Deviation views"))
        self.export_button.setText(self.tr("Export &CSV…"))
        self.export_button.setAccessibleName(
            self.tr("Export the deviation of every edition as CSV")
        )
        self.legend.retranslate()
        if self.scope_combo.count():
            self.scope_combo.setItemText(0, self.tr("All local editions"))

    # -- content -------------------------------------------------------------------------

    def set_report(self, report: DeviationReport) -> None:
        current = self.edition_combo.currentData()
        self._report = report
        self.edition_combo.blockSignals(True)
        self.scope_combo.blockSignals(True)
        try:
            self.edition_combo.clear()
            self.scope_combo.clear()
            self.scope_combo.addItem(self.tr("All local editions"), None)
            for edition in report.editions:
                self.edition_combo.addItem(icons.local_icon(), edition.name, edition.slug)
                self.scope_combo.addItem(edition.name, edition.slug)
            index = self.edition_combo.findData(current)
            self.edition_combo.setCurrentIndex(max(0, index))
        finally:
            self.edition_combo.blockSignals(False)
            self.scope_combo.blockSignals(False)
        self._on_edition_changed()
        self._on_scope_changed()

    def show_edition(self, slug: str) -> None:
        index = self.edition_combo.findData(slug)
        if index >= 0:
            self.edition_combo.setCurrentIndex(index)
            self.tabs.setCurrentIndex(0)

    def _on_edition_changed(self, *_args: object) -> None:
        if self._report is None:
            return
        slug = self.edition_combo.currentData()
        rows = self._report.rows_of(slug) if slug else []
        self.table_model.set_rows(rows, self._report.names)
        summary = next((e for e in self._report.editions if e.slug == slug), None)
        if summary is None:
            self.summary_label.setText(self.tr("There are no local editions yet."))
        elif not rows:
            self.summary_label.setText(
                self.tr("«{name}» uses the regional text everywhere.").format(name=summary.name)
            )
        else:
            adapted = self.tr("%n section(s) adapted", "", summary.overrides)
            self.summary_label.setText(
                self.tr("«{name}»: {adapted}; stale: {stale}.").format(
                    name=summary.name, adapted=adapted, stale=summary.stale
                )
            )

    def _on_scope_changed(self, *_args: object) -> None:
        if self._report is not None:
            self.grid_model.set_report(self._report, self.scope_combo.currentData())
            self._fit_grid_header()

    def _fit_grid_header(self) -> None:
        """Service names wrap in the header; each column is as wide as its longest word."""
        header = self.grid.horizontalHeader()
        metrics = header.fontMetrics()
        padding = 16
        tallest = metrics.lineSpacing()
        for column in range(self.grid_model.columnCount()):
            name = str(self.grid_model.headerData(column, Qt.Orientation.Horizontal) or "")
            longest = max((metrics.horizontalAdvance(word) for word in name.split()), default=0)
            width = max(96, min(180, longest + padding))
            header.resizeSection(column, width)
            box = metrics.boundingRect(
                QRect(0, 0, width - padding, 1000), int(Qt.TextFlag.TextWordWrap), name
            )
            tallest = max(tallest, box.height())
        header.setFixedHeight(tallest + 12)

    def _on_row_activated(self, index: QModelIndex) -> None:
        row = self.table_proxy.data(index, ROW_ROLE)
        if isinstance(row, DeviationRow):
            self.section_activated.emit(row.edition, row.ref)

    # -- export --------------------------------------------------------------------------

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Write every edition's rows (the same CSV as «kartedit deviation --format csv»)."""
        report = self._report
        if report is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export deviation as CSV"),
                str(Path.home() / self.tr("deviation.csv")),
                self.tr("CSV files (*.csv)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(".csv")
        if not ran_calmly(self, lambda: save_csv(list(report.rows), path)):
            return None
        self.export_status.setText(self.tr("Saved {path}").format(path=path))
        self.exported.emit(str(path))
        return path


class _HeatLegend(QWidget):
    """The colour scale with its numbers, so the colours can be read without guessing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        for share in HEAT_STOPS:
            color = heat_color(share)
            swatch = QLabel(percent_text(share) if share < HEAT_STOPS[-1] else "", self)
            if share == HEAT_STOPS[-1]:
                swatch.setText(self.tr("{percent} or more").format(percent=percent_text(share)))
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            swatch.setMinimumWidth(64)
            swatch.setStyleSheet(
                f"background: {color.name()}; color: {theme().on(color).name()};"
                f"border: 1px solid {theme().border.name()}; padding: 2px 6px;"
            )
            layout.addWidget(swatch)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Deviation:"))
        self.setAccessibleName(self.tr("Colour scale from 0% (lightest) to 60% or more (darkest)"))


class DeviationDialog(QDialog):
    """The deviation overview in a window of its own (View → Deviation overview…)."""

    def __init__(self, report: DeviationReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deviation from the regional text"))
        self.view = DeviationView(self)
        self.view.set_report(report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.view.export_button)  # one row: Export CSV… · status · Close
        footer.addWidget(self.view.export_status, 1)
        footer.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self.setFocusProxy(self.view)
        fit_resize(self, 1200, 720)
