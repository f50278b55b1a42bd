"""GUI: importing response bundles off the UI thread — progress, cancel, the itemised report.

API:
    ImportWorker(workspace, paths) — a QObject run in a QThread: ``run()`` calls
        services.response_import.import_responses; signals progressed(done, total, path),
        done(ImportReport), failed(object: the exception); ``cancel()`` is thread-safe
    ResponseImport(workspace, paths, parent) — one import: the thread, a cancellable
        progress dialog, then the ImportReportDialog (``report_dialog``); start(),
        cancel(), is_running(); signal finished(object: ImportReport | None)
    ImportReportDialog(report, parent=None, *, section_label=None) — per file, every
        comment and what became of it (new, already present, updated; in place, moved,
        orphaned) or why the file was refused; ``report_text()`` is the same as plain text
        (the Copy button's); ``section_label(ref)`` names the sections
    choose_responses(parent) -> list[Path] — the file dialog, many files at once
The import itself is the service's: each file checked whole, each in its own transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.errors import UserError
from kartedit.domain.responses import AnchorStatus
from kartedit.domain.review import CommentKind
from kartedit.domain.sections import SectionRef
from kartedit.gui.common import icons
from kartedit.gui.common.errors import show_user_error
from kartedit.gui.common.i18n import shown
from kartedit.gui.common.labels import section_short, shorten
from kartedit.gui.common.parts import child_items, tree_items
from kartedit.gui.common.placement import fit_resize
from kartedit.gui.common.theme import theme
from kartedit.services.names import MapNames
from kartedit.services.response_import import FileReport, ImportedItem, ImportReport, ItemOutcome
from kartedit.services.response_import import import_responses as run_import
from kartedit.services.workspace import Workspace

QUOTE_LIMIT = 90


def choose_responses(parent: QWidget | None) -> list[Path]:
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("ResponseImport", "Import responses"),
        "",
        QCoreApplication.translate(
            "ResponseImport",
            "Responses: bundles and Word documents (*.kartbundle *.docx);;All files (*)",
        ),
    )
    return [Path(p) for p in chosen]


class ImportWorker(QObject):
    """Runs in its own thread; talks to the window only through queued signals."""

    progressed = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, workspace: Workspace, paths: Sequence[Path]) -> None:
        super().__init__()
        self._workspace = workspace
        self._paths = list(paths)
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Stop before the next file; the file being imported finishes (or not) whole."""
        self._cancelled.set()

    @Slot()
    def run(self) -> None:
        try:
            report = run_import(
                self._workspace,
                self._paths,
                progress=lambda done, total, path: self.progressed.emit(done, total, str(path)),
                cancel=self._cancelled.is_set,
            )
        except Exception as exc:  # shown (or re-raised for the crash dialog) on the UI thread
            self.failed.emit(exc)
            return
        self.done.emit(report)


class ResponseImport(QObject):
    """One run of File → Import responses…, from the progress dialog to the report."""

    finished = Signal(object)

    def __init__(
        self, workspace: Workspace, paths: Sequence[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.paths = list(paths)
        self._names = MapNames.of_workspace(workspace)
        self.report: ImportReport | None = None
        self.report_dialog: ImportReportDialog | None = None
        self._thread = QThread(self)
        self._worker = ImportWorker(workspace, self.paths)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(self.tr("Importing responses"))
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setRange(0, len(self.paths))
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setCancelButtonText(self.tr("&Cancel"))
        self.progress.canceled.connect(self.cancel)
        self._set_label(0)

    def start(self) -> None:
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def cancel(self) -> None:
        self._worker.cancel()
        self.progress.setLabelText(
            self.tr("Stopping after the file being imported; the rest stay untouched…")
        )

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._thread.wait(milliseconds)

    def _set_label(self, done: int, path: str = "") -> None:
        total = len(self.paths)
        text = self.tr("Importing response {number} of {total}…").format(
            number=min(done + 1, total), total=total
        )
        if path:
            text += "\n" + self.tr("Done: {file}").format(file=Path(path).name)
        self.progress.setLabelText(text)

    def _on_progress(self, done: int, _total: int, path: str) -> None:
        self.progress.setValue(done)
        if not self.progress.wasCanceled():
            self._set_label(done, path)

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()

    def _on_done(self, report: ImportReport) -> None:
        self._finish()
        self.report = report
        self.report_dialog = ImportReportDialog(
            report, self._parent, section_label=lambda ref: section_short(self._names, ref)
        )
        self.report_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog.open()
        self.finished.emit(report)

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        self.finished.emit(None)
        if isinstance(exc, UserError):
            show_user_error(self._parent, exc)
            return
        raise exc  # a bug: the crash handler's dialog, with the traceback


class ImportReportDialog(QDialog):
    """Never only a count: every comment of every file and what importing it did."""

    def __init__(
        self,
        report: ImportReport,
        parent: QWidget | None = None,
        *,
        section_label: Callable[[SectionRef], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self._label = section_label or (lambda ref: ref.key)
        self.setWindowTitle(self.tr("Import report"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("File or comment"), self.tr("Section"), self.tr("Passage"), self.tr("Where")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("What became of each file and comment"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy report"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the report as text"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._fill()
        self.tree.setColumnWidth(0, 190)
        self.tree.setColumnWidth(1, 250)
        self.tree.setColumnWidth(3, 190)
        fit_resize(self, 1040, 560)
        self.tree.setFocus()

    # -- words --------------------------------------------------------------------------

    def _outcome(self, outcome: ItemOutcome) -> str:
        return {
            ItemOutcome.NEW: self.tr("new"),
            ItemOutcome.PRESENT: self.tr("already present"),
            ItemOutcome.UPDATED: self.tr("updated"),
        }[outcome]

    def _what(self, item: ImportedItem) -> str:
        if item.is_reply:
            return self.tr("Reply")
        if item.kind is CommentKind.SUGGESTION:
            return self.tr("Suggestion")
        return self.tr("Comment")

    def _where(self, item: ImportedItem) -> str:
        if item.is_reply:
            return self.tr("in its thread")
        return {
            AnchorStatus.EXACT: self.tr("in place"),
            AnchorStatus.MOVED: self.tr("moved: re-anchored"),
            AnchorStatus.ORPHANED: self.tr("orphaned: passage gone"),
            None: "",
        }[item.anchor]

    def _note(self, note: str) -> str:
        """What a returned Word document's reading says of one comment, in the user's words."""
        from kartedit.services.word_responses import FACT_EDIT, GENERAL, UNTRACKED

        return {
            UNTRACKED: self.tr("changed without tracking"),
            GENERAL: self.tr("general remark"),
            FACT_EDIT: self.tr("a local fact was edited: decide it under Local facts"),
        }.get(note, note)

    def _file_line(self, report: FileReport) -> str:
        if report.cancelled:
            return self.tr("not imported (cancelled)")
        if report.refused is not None:
            return self.tr("refused: {reason}").format(reason=shown(report.refused))
        line = self.tr(
            "{new} new, {present} already present, {updated} updated; "
            "{moved} moved, {orphaned} orphaned"
        ).format(
            new=report.imported,
            present=report.present,
            updated=report.updated,
            moved=len(report.moved),
            orphaned=len(report.orphaned),
        )
        if report.seen_before:
            line += " " + self.tr("(imported before)")
        return line

    def _file_title(self, report: FileReport) -> str:
        people = report.reviewers or ((report.reviewer,) if report.reviewer else ())
        if not people:
            return report.path.name
        return f"{report.path.name} — {'; '.join(str(r) for r in people)}"

    # -- filling ------------------------------------------------------------------------

    def _fill(self) -> None:
        files = self.report.files
        refused = len(self.report.refused)
        cancelled = sum(1 for f in files if f.cancelled)
        imported = len(files) - refused - cancelled
        items = [i for f in files for i in f.items]
        parts = [
            self.tr("%n file(s) imported", "", imported),
            self.tr("%n refused", "", refused),
        ]
        if cancelled:
            parts.append(self.tr("%n not reached (cancelled)", "", cancelled))
        counts = self.tr(
            "Comments, suggestions and replies: {new} new, {present} already present, "
            "{updated} updated; {moved} moved to where their passage is now, {orphaned} "
            "orphaned (their passage is gone; they are kept and listed with their quote)."
        ).format(
            new=sum(i.outcome is ItemOutcome.NEW for i in items),
            present=sum(i.outcome is ItemOutcome.PRESENT for i in items),
            updated=sum(i.outcome is ItemOutcome.UPDATED for i in items),
            moved=sum(i.anchor is AnchorStatus.MOVED for i in items),
            orphaned=sum(i.anchor is AnchorStatus.ORPHANED for i in items),
        )
        note = ""
        if refused:
            note = "\n" + self.tr(
                "A refused file changed nothing; the other files were imported. Ask the "
                "sender for a new copy, or check that it belongs to this map."
            )
        self.summary.setText("; ".join(parts) + ".\n" + counts + note)
        self.summary.setAccessibleName(self.summary.text())
        for report in files:
            line = self._file_line(report)
            top = QTreeWidgetItem([f"{self._file_title(report)}: {line}"])
            top.setData(0, Qt.ItemDataRole.UserRole, line)
            top.setToolTip(0, f"{report.path}\n{line}")
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            if report.refused is not None:
                refused_word = self.tr("refused")
                top.setText(0, f"{report.path.name}: {refused_word}")
                top.setForeground(0, QBrush(theme().ink("error")))
                for problem in map(shown, report.problems or (report.refused,)):
                    child = QTreeWidgetItem([problem])
                    child.setToolTip(0, problem)
                    top.addChild(child)
                    child.setFirstColumnSpanned(True)
            elif not report.cancelled:
                top.setIcon(0, icons.comments_icon())
            for note in map(shown, report.notes):  # what a Word document held that did not go in
                child = QTreeWidgetItem([note[:1].upper() + note[1:]])
                child.setToolTip(0, note)
                child.setForeground(0, QBrush(theme().ink("moved")))
                top.addChild(child)
                child.setFirstColumnSpanned(True)
            for item in report.items:
                top.addChild(self._item_row(item))
            top.setExpanded(True)

    def _item_row(self, item: ImportedItem) -> QTreeWidgetItem:
        section = self._label(item.section)
        row = QTreeWidgetItem(
            [
                f"{self._what(item)}: {self._outcome(item.outcome)}",
                section,
                f"«{shorten(item.quote, QUOTE_LIMIT)}»",
                " · ".join(w for w in (self._where(item), self._note(item.note)) if w),
            ]
        )
        row.setToolTip(1, f"{section}\n{item.section.key}")
        row.setToolTip(2, item.quote)
        row.setToolTip(3, row.text(3))  # a Word document's note can be longer than the column
        row.setData(0, Qt.ItemDataRole.UserRole, item.comment_id)
        if item.kind is CommentKind.SUGGESTION:
            row.setIcon(0, icons.suggestion_icon())
        if item.anchor in (AnchorStatus.MOVED, AnchorStatus.ORPHANED):
            row.setForeground(
                3, QBrush(theme().ink("error" if item.anchor is AnchorStatus.ORPHANED else "moved"))
            )
        return row

    # -- copying ------------------------------------------------------------------------

    def report_text(self) -> str:
        """The report as plain text: one line per file, one indented line per comment."""
        lines = [self.summary.text(), ""]
        for top in tree_items(self.tree):
            lines.append(top.text(0))
            for child in child_items(top):
                cells = [child.text(c) for c in range(4) if child.text(c)]
                lines.append("    " + " · ".join(cells))
        return "\n".join(lines)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
