"""GUI: File → Publish… — edition, format, version, change note and where to; the check's
findings in a list (double-click opens the section); publishing off the UI thread with a
progress bar and cancel; the result opens when done.

    PublishWorker — a QObject run in a QThread around ``Publisher.publish``.
    PublishDialog — the dialog; ``section_requested`` asks the window to open a section.

The menu entry is in ``publish_menu``, so the window's start-up does not import this module.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.errors import UserError
from kartedit.gui.common.errors import calmly, show_user_error
from kartedit.gui.common.labels import section_label
from kartedit.services.names import MapNames

if TYPE_CHECKING:
    from collections.abc import Callable

    from kartedit.domain.model import PathwayInfo
    from kartedit.domain.people import Author
    from kartedit.services.fact_context import FactContext
    from kartedit.services.publish.check import Finding
    from kartedit.services.publish.publisher import PublishResult
    from kartedit.services.workspace import Workspace
    from kartedit.store.publications import Candidate

FORMATS = ("html", "pdf", "docx")


class PublishWorker(QObject):
    """Runs in its own thread; talks to the dialog only through queued signals."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, workspace: Workspace, request: dict[str, object]) -> None:
        super().__init__()
        self._workspace = workspace
        self._request = request
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def _progress(self, done: int, total: int) -> None:
        from kartedit.services.publish.publisher import PublishCancelledError

        if self._cancelled.is_set():
            raise PublishCancelledError
        self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        from kartedit.services.publish.publisher import PublishCancelledError, Publisher

        try:
            result = Publisher(self._workspace).publish(
                **self._request,  # type: ignore[arg-type]
                progress=self._progress,
            )
        except PublishCancelledError:
            self.done.emit(None)
            return
        except Exception as exc:  # shown (or re-raised for the crash dialog) on the UI thread
            self.failed.emit(exc)
            return
        self.done.emit(result)


class PublishDialog(QDialog):
    """Publish an edition as a website, a PDF or a Word document."""

    section_requested = Signal(object, str)
    published = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        author: Author,
        parent: QWidget | None = None,
        *,
        edition: str | None = None,
        open_result: Callable[[Path], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.author = author
        self.open_result = open_result or (
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        )
        self.outcome: PublishResult | None = None
        self._thread: QThread | None = None
        self._worker: PublishWorker | None = None
        self._names = MapNames.of_workspace(workspace)

        self.edition = QComboBox()
        for info in workspace.editions():
            self.edition.addItem(info.name, info.slug)
        if edition is not None and self.edition.findData(edition) >= 0:
            self.edition.setCurrentIndex(self.edition.findData(edition))
        self.format = QComboBox()
        self.format.addItems(["", "", ""])
        self.version = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4)
        self.drafts = QCheckBox()
        self.output = QLineEdit()
        self.browse = QPushButton()
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(self.browse)

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.labels,
            (self.edition, self.format, self.version, self.note, self.output),
            strict=True,
        ):
            label.setBuddy(field)
        self.form.addRow(self.labels[0], self.edition)
        self.form.addRow(self.labels[1], self.format)
        self.form.addRow(self.labels[2], self.version)
        self.form.addRow(self.labels[3], self.note)
        self.form.addRow("", self.drafts)
        self.form.addRow(self.labels[4], where)

        self.findings_label = QLabel()
        self.findings = QListWidget()
        self.findings_label.setBuddy(self.findings)
        self.findings_label.hide()
        self.findings.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.publish_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.hide()
        self.publish_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.browse.clicked.connect(self.choose_output)
        self.check_button.clicked.connect(self.run_check)
        self.publish_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel)
        self.findings.itemActivated.connect(self._open_finding)
        self.edition.currentIndexChanged.connect(lambda _i: self._suggest_version())
        self.retranslate()
        self._suggest_version()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Publish"))
        for label, text in zip(
            self.labels,
            (
                self.tr("&Edition:"),
                self.tr("&Format:"),
                self.tr("&Version:"),
                self.tr("Change &note:"),
                self.tr("&Where to:"),
            ),
            strict=True,
        ):
            label.setText(text)
        for index, text in enumerate(
            (self.tr("Website (folder)"), self.tr("PDF document"), self.tr("Word document"))
        ):
            self.format.setItemText(index, text)
        self.drafts.setText(self.tr("Include &drafts (a clearly marked draft edition)"))
        self.browse.setText(self.tr("&Browse…"))
        self.check_button.setText(self.tr("C&heck"))
        self.publish_button.setText(self.tr("&Publish"))
        self.findings_label.setText(self.tr("Before pub&lishing (double-click to open):"))
        self.output.setAccessibleName(self.tr("Where to"))

    # -- choices --------------------------------------------------------------------------

    def chosen_edition(self) -> str:
        return str(self.edition.currentData())

    def chosen_format(self) -> str:
        return FORMATS[self.format.currentIndex()]

    def _suggest_version(self) -> None:
        from kartedit.services.publish.publisher import Publisher

        try:
            history = Publisher(self.workspace).publications(self.chosen_edition())
        except UserError:
            history = []
        latest = max((p.version for p in history), default=None)
        self.version.setPlaceholderText(str(latest.next_minor()) if latest else "1.0")

    def choose_output(self) -> None:
        if self.chosen_format() == "html":
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the website"))
        else:
            suffix = self.chosen_format()
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as"), f"{self.chosen_edition()}.{suffix}", f"*.{suffix}"
            )
        if chosen:
            self.output.setText(chosen)

    # -- the check --------------------------------------------------------------------------

    def describe(self, finding: Finding) -> str:
        from kartedit.services.publish.check import Problem

        ref = finding.ref
        where = section_label(self._names, ref)
        what = {
            Problem.EMPTY: self.tr("the text is empty"),
            Problem.PLACEHOLDER: self.tr("placeholder left in the text: «{detail}»"),
            Problem.LINK_NOWHERE: self.tr("the link «{detail}» points nowhere in this map"),
            Problem.LINK_MALFORMED: self.tr("the link «{detail}» is malformed"),
            Problem.NOT_APPROVED: self.tr("not approved"),
            Problem.MISSING_FACT: self.tr("the local fact «{detail}» has no value"),
        }[finding.problem]
        return f"{where}: {what.format(detail=finding.detail)}"

    def run_check(self) -> list[Finding]:
        from kartedit.services.facts import context_in
        from kartedit.services.publish.check import check
        from kartedit.services.publish.publisher import Publisher, structure
        from kartedit.store.repository import MapRepository

        publisher = Publisher(self.workspace)

        def gather() -> tuple[list[Candidate], list[PathwayInfo], FactContext]:
            candidates = publisher.candidates(
                self.chosen_edition(), include_drafts=self.drafts.isChecked()
            )
            with self.workspace.database.reading() as session:
                facts = context_in(session, self.chosen_edition())
                return candidates, structure(MapRepository(session)), facts

        gathered = calmly(self, gather)
        if gathered is None:
            return []
        found = check(*gathered)
        self.findings.clear()
        for finding in found:
            item = QListWidgetItem(self.describe(finding))
            item.setData(Qt.ItemDataRole.UserRole, finding.ref)
            self.findings.addItem(item)
        self.findings_label.show()
        self.findings.show()
        self.message.setText(
            self.tr("{count} things to look at before publishing.").format(count=len(found))
            if found
            else self.tr("Nothing to fix.")
        )
        return found

    def _open_finding(self, item: QListWidgetItem) -> None:
        self.section_requested.emit(item.data(Qt.ItemDataRole.UserRole), self.chosen_edition())

    # -- publishing -------------------------------------------------------------------------

    def start(self) -> bool:
        """Publish off the UI thread; False when a choice is missing or wrong."""
        from kartedit.domain.publishing import Version

        target = self.output.text().strip()
        if not target:
            self.message.setText(self.tr("Choose where to publish first."))
            self.output.setFocus()
            return False
        try:
            version = Version.parse(self.version.text()) if self.version.text().strip() else None
        except UserError:
            self.message.setText(self.tr("Write the version as MAJOR.MINOR, e.g. 1.2."))
            self.version.setFocus()
            return False
        request: dict[str, object] = {
            "edition": self.chosen_edition(),
            "fmt": self.chosen_format(),
            "out": Path(target),
            "author": self.author,
            "version": version,
            "note": self.note.toPlainText(),
            "include_drafts": self.drafts.isChecked(),
        }
        self._thread = QThread(self)
        self._worker = PublishWorker(self.workspace, request)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(self.tr("Publishing…"))
        self._busy(True)
        self._thread.start()
        return True

    def _busy(self, busy: bool) -> None:
        for widget in (self.publish_button, self.check_button, self.close_button):
            widget.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.close_button.setVisible(not busy)

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.message.setText(self.tr("Stopping; nothing is published…"))

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._thread.wait(milliseconds) if self._thread is not None else True

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finish(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self.progress.hide()
        self._busy(False)

    def _on_done(self, result: PublishResult | None) -> None:
        self._finish()
        if result is None:
            self.message.setText(self.tr("Stopped. Nothing was published."))
            return
        self.outcome = result
        self.message.setText(
            self.tr("Published version {version} to {path}.").format(
                version=result.publication.version, path=result.path
            )
        )
        self.published.emit(result)
        self.open_result(result.path / "index.html" if result.path.is_dir() else result.path)

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        self.message.setText("")
        if isinstance(exc, UserError):
            show_user_error(self, exc)
            return
        raise exc  # a bug: the crash handler's dialog, with the traceback

    def reject(self) -> None:
        if self.is_running():
            self.cancel()
            return
        super().reject()
