"""GUI: a hearing round's closing steps — approve the round, pick export files, apply reports.

API:
    ApproveRoundDialog(hearing, overview, section_label, parent=None) — what approving will
        do: sections still waiting for decisions, sections changed substantially since the
        hearing, the rest; ``close_round()`` after exec() (the «close the round» box)
    approve_report_text(report, section_label) -> str — what approve_round did, in words
    ApplyReportDialog(report, section_label, parent=None) — what applying an approved
        bundle did to each section, and which local adaptations went stale
    choose_summary_file(parent, suggested) -> (Path, SummaryFormat) | None — HTML, CSV or .docx
    choose_bundle_target(parent, suggested) -> Path | None; choose_approved_bundle(parent)
    info_box(parent, title, text, details="") -> QMessageBox (deletes itself on close)
Labels only: the coordinator's window calls the services and hands their values in here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.hearing import HearingRound
from kartedit.domain.sections import SectionRef, Status
from kartedit.gui.common import icons
from kartedit.gui.common.i18n import shown
from kartedit.gui.common.parts import child_items
from kartedit.gui.common.placement import fit_resize
from kartedit.gui.common.theme import theme
from kartedit.services.approved import Applied, ApplyReport
from kartedit.services.decisions import ApproveReport, SectionOverview
from kartedit.services.summary import SummaryFormat

SectionLabel = Callable[[SectionRef], str]


def _percent(kept: float | None) -> int:
    return round(100 * (kept or 0))


def _group(tree: QTreeWidget, title: str, rows: list[tuple[str, str]]) -> QTreeWidgetItem:
    top = QTreeWidgetItem([title, ""])
    font = top.font(0)
    font.setBold(True)
    top.setFont(0, font)
    tree.addTopLevelItem(top)
    top.setFirstColumnSpanned(True)
    for label, note in rows:
        child = QTreeWidgetItem([label, note])
        child.setToolTip(0, label)
        child.setToolTip(1, note)
        top.addChild(child)
    top.setExpanded(True)
    return top


def _tree(parent: QWidget, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setColumnCount(len(headers))
    tree.setHeaderLabels(headers)
    tree.setAlternatingRowColors(True)
    tree.header().setStretchLastSection(True)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    tree.setColumnWidth(0, 400)
    return tree


class ApproveRoundDialog(QDialog):
    """Approving a round approves only what is decided; the rest is listed, not forced."""

    def __init__(
        self,
        hearing: HearingRound,
        overview: list[SectionOverview],
        section_label: SectionLabel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve the round «{name}»").format(name=hearing.name))
        waiting = [o for o in overview if not o.all_decided]
        changed = [o for o in overview if o.changed_substantially]
        ready = [o for o in overview if o.all_decided]
        intro = QLabel(
            self.tr(
                "Every section of «{name}» whose comments and suggestions are all decided is "
                "approved (status «approved»). Sections still waiting for decisions stay as "
                "they are."
            ).format(name=hearing.name),
            self,
        )
        intro.setWordWrap(True)
        self.tree = _tree(self, [self.tr("Section"), self.tr("Note")])
        self.tree.setAccessibleName(self.tr("Sections of the round and what happens to them"))
        self.waiting = _group(
            self.tree,
            self.tr("Not decided yet: stay as they are (%n)", "", len(waiting)),
            [
                (
                    section_label(o.ref),
                    self.tr("%n comment(s) or suggestion(s) without a decision", "", o.open),
                )
                for o in waiting
            ],
        )
        self.waiting.setIcon(0, icons.status_icon(Status.IN_HEARING))
        self.changed = _group(
            self.tree,
            self.tr("Changed substantially since the hearing (%n)", "", len(changed)),
            [
                (
                    section_label(o.ref),
                    self.tr(
                        "keeps {percent} % of the text sent out; it may need a new hearing"
                    ).format(percent=_percent(o.kept)),
                )
                for o in changed
            ],
        )
        self.changed.setIcon(0, icons.stale_icon())
        for item in child_items(self.changed):
            item.setForeground(1, QBrush(theme().ink("warning")))
        self.ready = _group(
            self.tree,
            self.tr("Ready to approve (%n)", "", len(ready)),
            [
                (section_label(o.ref), self.tr("%n comment(s), all decided", "", o.comments))
                for o in ready
            ],
        )
        self.ready.setIcon(0, icons.status_icon(Status.APPROVED))
        self.ready.setExpanded(len(ready) <= 12)
        self.close_box = QCheckBox(self.tr("&Close the round if every section gets approved"), self)
        self.close_box.setEnabled(hearing.is_open)
        self.close_box.setToolTip(
            self.tr("A closed round takes no more responses; its sections leave «in hearing».")
        )
        buttons = QDialogButtonBox(self)
        self.approve_button = buttons.addButton(
            self.tr("&Approve"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.approve_button.setEnabled(bool(ready))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.close_box)
        layout.addWidget(buttons)
        fit_resize(self, 860, 520)
        self.tree.setFocus()

    def close_round(self) -> bool:
        return self.close_box.isEnabled() and self.close_box.isChecked()


class ApproveRoundReport(QObject):
    """The words for what approving a round did (a QObject only to translate them)."""

    def summary(self, report: ApproveReport) -> str:
        not_approved = len(report.undecided) + len(report.refused)
        lines = [
            self.tr("Approved: %n section(s).", "", len(report.approved))
            + " "
            + self.tr("Already approved: %n.", "", len(report.already))
            + " "
            + self.tr("Not approved: %n.", "", not_approved)
        ]
        if report.closed:
            lines.append(
                self.tr("The round «{name}» is now closed.").format(name=report.round.name)
            )
        elif report.undecided:
            lines.append(
                self.tr("Decide on the remaining comments and suggestions, then approve again.")
            )
        return "\n".join(lines)

    def details(self, report: ApproveReport, section_label: SectionLabel) -> str:
        lines = [
            self.tr("{section}: approved").format(section=section_label(ref))
            for ref in report.approved
        ]
        for ref, waiting in report.undecided:
            lines.append(
                self.tr("{section}: not approved, %n without a decision", "", waiting).format(
                    section=section_label(ref)
                )
            )
        for ref, why in report.refused:
            lines.append(
                self.tr("{section}: not approved: {reason}").format(
                    section=section_label(ref), reason=shown(why)
                )
            )
        for overview in report.changed:
            lines.append(
                self.tr(
                    "{section}: changed substantially since the hearing (keeps {percent} % of "
                    "the text sent out); it may need a new hearing"
                ).format(section=section_label(overview.ref), percent=_percent(overview.kept))
            )
        return "\n".join(lines)


def approve_report_text(report: ApproveReport, section_label: SectionLabel) -> tuple[str, str]:
    """What approving did: a short summary, and the lists for the message's details."""
    words = ApproveRoundReport()
    return words.summary(report), words.details(report, section_label)


class ApplyReportDialog(QDialog):
    """After applying an approved bundle: what each section got, and what went stale."""

    def __init__(
        self,
        report: ApplyReport,
        section_label: SectionLabel,
        parent: QWidget | None = None,
        edition_names: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        names = edition_names or {}

        def editions(slugs: Iterable[str]) -> str:
            """The editions by their names («Bergen kommune»), the slug where unknown."""
            return ", ".join(names.get(slug, slug) for slug in slugs)

        m = report.manifest
        self.setWindowTitle(self.tr("Approved bundle applied"))
        updated = len(report.updated)
        stale = sorted({e for s in report.sections for e in s.stale})
        text = self.tr(
            "Applied the approved texts of «{round}» ({made_by}): {updated} updated, "
            "{unchanged} already up to date. Local adaptations keep their text."
        ).format(
            round=m.round.name,
            made_by=str(m.made_by),
            updated=updated,
            unchanged=len(report.sections) - updated,
        )
        if stale:
            text += "\n" + self.tr(
                "Now stale in {editions}: open each edition and carry its stale adaptations "
                "over to the new regional text."
            ).format(editions=editions(stale))
        self.summary = QLabel(text, self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = _tree(
            self, [self.tr("Section"), self.tr("Result"), self.tr("Stale local adaptations")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("What applying did to each section"))
        outcomes = {
            Applied.UPDATED: self.tr("updated"),
            Applied.UP_TO_DATE: self.tr("already up to date"),
            Applied.NOT_IN_MAP: self.tr("not in this map"),
        }
        for entry in report.sections:
            row = QTreeWidgetItem(
                [section_label(entry.ref), outcomes[entry.outcome], editions(entry.stale)]
            )
            row.setToolTip(0, entry.ref.key)
            if entry.outcome is Applied.UPDATED:
                row.setIcon(1, icons.status_icon(Status.APPROVED))
            if entry.stale:
                row.setIcon(2, icons.stale_icon())
                row.setForeground(2, QBrush(theme().ink("warning")))
            self.tree.addTopLevelItem(row)
        self.tree.setColumnWidth(1, 170)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        fit_resize(self, 820, 460)
        self.tree.setFocus()


# -- files ------------------------------------------------------------------------------


def choose_summary_file(
    parent: QWidget | None, suggested: str
) -> tuple[Path, SummaryFormat] | None:
    """HTML to read and print, CSV for a spreadsheet, a Word merknadsdokument; the name's
    suffix decides."""
    html_filter = QCoreApplication.translate("RoundDialogs", "Web page (*.html)")
    csv_filter = QCoreApplication.translate("RoundDialogs", "Spreadsheet, CSV (*.csv)")
    docx_filter = QCoreApplication.translate("RoundDialogs", "Word document (*.docx)")
    chosen, selected = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RoundDialogs", "Save the hearing summary"),
        suggested,
        f"{html_filter};;{csv_filter};;{docx_filter}",
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffix = path.suffix.lower()
    if suffix not in (".html", ".htm", ".csv", ".docx"):
        suffix = {csv_filter: ".csv", docx_filter: ".docx"}.get(selected, ".html")
        path = path.with_name(path.name + suffix)
    formats = {".csv": SummaryFormat.CSV, ".docx": SummaryFormat.DOCX}
    return path, formats.get(suffix, SummaryFormat.HTML)


def choose_bundle_target(parent: QWidget | None, suggested: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RoundDialogs", "Export the approved bundle"),
        suggested,
        QCoreApplication.translate("RoundDialogs", "kartedit bundles (*.kartbundle)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return (
        path if path.suffix.lower() == ".kartbundle" else path.with_name(path.name + ".kartbundle")
    )


def choose_approved_bundle(parent: QWidget | None) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RoundDialogs", "Apply an approved bundle"),
        "",
        QCoreApplication.translate(
            "RoundDialogs", "kartedit bundles (*.kartbundle);;All files (*)"
        ),
    )
    return Path(chosen) if chosen else None


def info_box(parent: QWidget, title: str, text: str, details: str = "") -> QMessageBox:
    """A report to read and close; the lists go behind «Show Details…»."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
