"""GUI: the «Kvalitet» panel in the main window — its dock, jump-to, and the counts of
findings per pathway in the map tree's tooltips."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDockWidget

from kartedit.domain.quality import Severity
from kartedit.domain.sections import SectionRef
from kartedit.gui.common.errors import calmly, ran_calmly
from kartedit.gui.common.parts import add_dock
from kartedit.gui.writer.quality_lists_dialog import QualityListsDialog
from kartedit.gui.writer.quality_panel import QualityPanel, band_name
from kartedit.services.quality import QualityChecker, QualityReport
from kartedit.text.readability import LixBand

if TYPE_CHECKING:
    from kartedit.gui.writer.main_window import MainWindow


def pathway_note(report: QualityReport, pathway: str) -> str:
    """«Kvalitet: 6 funn · 2 feil» and the pathway's LIX spread, for the tree's tooltip."""
    findings = [f for f in report.findings if f.ref.pathway == pathway]
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    note = QCoreApplication.translate("MapTreeModel", "Quality: %n finding(s)", "", len(findings))
    if errors:
        note += " · " + QCoreApplication.translate("MapTreeModel", "%n error(s)", "", errors)
    bands = report.lix_bands(pathway)
    if bands:
        spread = ", ".join(f"{band_name(b)} {bands[b]}" for b in LixBand if bands[b])
        note += "\n" + QCoreApplication.translate("MapTreeModel", "LIX: {spread}").format(
            spread=spread
        )
    return note


@dataclass
class QualityUi:
    panel: QualityPanel
    dock: QDockWidget
    retranslate: Callable[[], None]


def install_quality(window: MainWindow, beside: QDockWidget) -> QualityUi:
    """Add the «Kvalitet» dock (hidden until asked for, tabbed with ``beside``) and wire it
    to the window."""
    # The check runs off the UI thread with a checker of its own: the editor's checker
    # keeps being used (and taught words) while the map is checked.
    panel = QualityPanel(
        lambda: QualityChecker(window.workspace).check(),
        lambda ref: window.names.title(ref),
        window,
    )
    dock = add_dock(
        window,
        window.menus,
        "QualityDock",
        panel,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        hidden=True,
        beside=beside,
    )

    def retranslate() -> None:
        dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Quality"))
        dock.toggleViewAction().setText(QCoreApplication.translate("MainWindow", "&Quality"))
        panel.retranslate()

    def shown(visible: bool) -> None:
        if visible and panel.report is None:
            panel.refresh()

    def jump(edition: str, ref: SectionRef, start: int, end: int) -> None:
        if edition != window.edition and not window.switch_edition(edition):
            return
        if not window.select_section(ref):
            return
        editor = window.editor.editor
        cursor = QTextCursor(editor.document())
        length = len(editor.toPlainText())
        cursor.setPosition(min(start, length))
        cursor.setPosition(min(end, length), QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        window.focus_editor()

    def counted(report: QualityReport) -> None:
        window.tree.set_quality_notes(
            {slug: pathway_note(report, slug) for slug in {ref.pathway for _, ref in report.lix}}
        )

    def edit_lists() -> None:
        quality = window.quality
        lists = calmly(window, quality.lists)
        services = calmly(window, quality.services)
        if lists is None or services is None:
            return
        dialog = QualityListsDialog(lists, services, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if ran_calmly(window, lambda: quality.save_lists(dialog.result_lists())):
            window.check_as_you_type()
            if panel.report is not None:
                panel.refresh()

    dock.visibilityChanged.connect(shown)
    panel.edit_lists_requested.connect(edit_lists)
    panel.finding_activated.connect(jump)
    panel.report_ready.connect(counted)
    retranslate()
    return QualityUi(panel, dock, retranslate)
