"""GUI: the «Kvalitet» panel — every finding of the map's text check, with filters and
jump-to, checked off the UI thread.

    QualityPanel(check: Callable[[], QualityReport])
        ``refresh()`` runs ``check`` in a QThread and lists the report; ``finding_activated``
        (edition, ref, start, end) asks the window to open the section at the passage;
        ``report_ready`` hands the report on (the tree's tooltips count per pathway).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.errors import UserError
from kartedit.domain.model import REGIONAL
from kartedit.domain.quality import Finding, FindingKind, Severity
from kartedit.domain.sections import SectionRef
from kartedit.gui.common.i18n import shown
from kartedit.gui.common.labels import kind_label
from kartedit.services.quality import QualityReport
from kartedit.text.readability import LixBand

_FINDING = Qt.ItemDataRole.UserRole + 1
_GROUPS: dict[str, tuple[FindingKind, ...]] = {
    "spelling": (FindingKind.SPELLING,),
    "standard": (FindingKind.STANDARD,),
    "term": (FindingKind.TERM,),
    "handoff": (FindingKind.HANDOFF_NOWHERE, FindingKind.HANDOFF_ONE_SIDED),
    "long": (FindingKind.LONG_SENTENCE,),
}


def kind_name(kind: FindingKind) -> str:
    return {
        FindingKind.SPELLING: QCoreApplication.translate("QualityPanel", "Spelling"),
        FindingKind.STANDARD: QCoreApplication.translate("QualityPanel", "Written standard"),
        FindingKind.TERM: QCoreApplication.translate("QualityPanel", "Discouraged term"),
        FindingKind.HANDOFF_NOWHERE: QCoreApplication.translate(
            "QualityPanel", "Hand-off outside the pathway"
        ),
        FindingKind.HANDOFF_ONE_SIDED: QCoreApplication.translate(
            "QualityPanel", "One-sided hand-off"
        ),
        FindingKind.LONG_SENTENCE: QCoreApplication.translate("QualityPanel", "Long sentence"),
    }[kind]


def band_name(band: LixBand) -> str:
    return {
        LixBand.VERY_EASY: QCoreApplication.translate("QualityPanel", "very easy"),
        LixBand.EASY: QCoreApplication.translate("QualityPanel", "easy"),
        LixBand.MEDIUM: QCoreApplication.translate("QualityPanel", "medium"),
        LixBand.DIFFICULT: QCoreApplication.translate("QualityPanel", "difficult"),
        LixBand.VERY_DIFFICULT: QCoreApplication.translate("QualityPanel", "very difficult"),
    }[band]


class CheckWorker(QObject):
    """Runs the map check in a QThread."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, check: Callable[[], QualityReport]) -> None:
        super().__init__()
        self._check = check

    @Slot()
    def run(self) -> None:
        try:
            self.finished.emit(self._check())
        except UserError as exc:
            self.failed.emit(shown(exc.said))


class QualityPanel(QWidget):
    finding_activated = Signal(str, object, int, int)
    report_ready = Signal(object)
    edit_lists_requested = Signal()

    def __init__(
        self,
        check: Callable[[], QualityReport],
        describe: Callable[[SectionRef], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("QualityPanel")
        self._check = check
        self._describe = describe
        self.report: QualityReport | None = None
        self._thread: QThread | None = None
        self._worker: CheckWorker | None = None

        self.kind_filter = QComboBox(self)
        self.errors_only = QCheckBox(self)
        self.check_button = QPushButton(self)
        self.lists_button = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        self.list.setAlternatingRowColors(True)
        top = QHBoxLayout()
        top.addWidget(self.kind_filter)
        top.addWidget(self.errors_only)
        top.addStretch(1)
        top.addWidget(self.lists_button)
        top.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

        self.kind_filter.currentIndexChanged.connect(self._fill)
        self.errors_only.toggled.connect(self._fill)
        self.check_button.clicked.connect(self.refresh)
        self.lists_button.clicked.connect(self.edit_lists_requested)
        self.list.itemActivated.connect(self._activate)
        self.list.itemDoubleClicked.connect(self._activate)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        self.kind_filter.addItem(self.tr("Spelling"), "spelling")
        self.kind_filter.addItem(self.tr("Written standard"), "standard")
        self.kind_filter.addItem(self.tr("Terms"), "term")
        self.kind_filter.addItem(self.tr("Hand-offs"), "handoff")
        self.kind_filter.addItem(self.tr("Long sentences"), "long")
        index = self.kind_filter.findData(current)
        self.kind_filter.setCurrentIndex(max(0, index))
        self.kind_filter.blockSignals(False)
        self.kind_filter.setAccessibleName(self.tr("Show findings of kind"))
        self.errors_only.setText(self.tr("Errors only"))
        self.check_button.setText(self.tr("Check the map"))
        self.lists_button.setText(self.tr("Word list and terms…"))
        self.list.setHeaderLabels(
            [self.tr("Section"), self.tr("Finding"), self.tr("Passage"), self.tr("Suggestion")]
        )
        self._fill()

    # -- checking ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Check the map off the UI thread; the list follows when the check is done."""
        if self._thread is not None:
            return
        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Checking the map…"))
        self._thread = QThread(self)
        self._worker = CheckWorker(self._check)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._thread.start()

    def wait(self) -> None:
        """Wait for a running check (closing the window, tests)."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = None
        self._worker = None
        self.check_button.setEnabled(True)

    @Slot(object)
    def _done(self, report: QualityReport) -> None:
        self._stop_thread()
        self.show_report(report)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._stop_thread()
        self.summary.setText(message)

    def show_report(self, report: QualityReport) -> None:
        self.report = report
        self._fill()
        self.report_ready.emit(report)

    # -- listing ----------------------------------------------------------------------

    def _shown(self) -> list[Finding]:
        if self.report is None:
            return []
        kinds = _GROUPS.get(str(self.kind_filter.currentData() or ""))
        return [
            f
            for f in self.report.findings
            if (kinds is None or f.kind in kinds)
            and (not self.errors_only.isChecked() or f.severity is Severity.ERROR)
        ]

    def _fill(self) -> None:
        self.list.clear()
        report = self.report
        if report is None:
            self.summary.setText(self.tr("Not checked yet. «Check the map» lists what to fix."))
            return
        items = []
        for finding in self._shown():
            mark = finding.mark
            where = self._describe(finding.ref)
            if finding.edition != REGIONAL:
                where = f"{finding.edition} · {where}"
            item = QTreeWidgetItem(
                [
                    where,
                    kind_name(finding.kind),
                    mark.passage,
                    ", ".join(mark.suggestions) or self._explain(finding),
                ]
            )
            item.setData(0, _FINDING, finding)
            item.setToolTip(0, f"{finding.edition}: {kind_label(finding.ref.kind)}")
            item.setToolTip(2, mark.passage)
            item.setToolTip(3, item.text(3))
            if finding.severity is Severity.ERROR:
                font = item.font(1)
                font.setBold(True)
                item.setFont(1, font)
            items.append(item)
        self.list.addTopLevelItems(items)
        for column in (0, 1):
            self.list.resizeColumnToContents(column)
        self.list.setColumnWidth(2, max(self.list.columnWidth(2), 280))
        self.summary.setText(self._summary_text(report))

    def _explain(self, finding: Finding) -> str:
        """What a hand-off finding means, where a word would have a suggestion."""
        if finding.kind is FindingKind.HANDOFF_NOWHERE:
            return self.tr("{service} is not a service of this pathway").format(
                service=finding.mark.detail
            )
        if finding.kind is FindingKind.HANDOFF_ONE_SIDED:
            return self.tr("{service} does not name this service back").format(
                service=finding.mark.detail
            )
        return ""

    def _summary_text(self, report: QualityReport) -> str:
        parts = [
            self.tr("%n error(s)", "", report.errors),
            self.tr("%n warning(s)", "", report.warnings),
        ]
        bands = report.lix_bands()
        if bands:
            spread = ", ".join(f"{band_name(b)} {bands[b]}" for b in LixBand if bands[b])
            parts.append(self.tr("LIX of the map: {spread}").format(spread=spread))
        if report.spelling_problem:
            parts.append(self.tr("Spelling is unavailable: the dictionaries are missing."))
        return " · ".join(parts)

    def _activate(self, item: QTreeWidgetItem) -> None:
        finding = item.data(0, _FINDING)
        if isinstance(finding, Finding):
            self.finding_activated.emit(
                finding.edition, finding.ref, finding.mark.start, finding.mark.end
            )
