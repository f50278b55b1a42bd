"""GUI: Hearing → Start hearing round… and the choices for Export review bundle….

API:
    StartRoundDialog(workspace, author, parent=None, today=None) — name, edition, scope
        (checkable pathways and services; none checked = all), deadline (dd.mm.yyyy, six
        weeks ahead; a shorter period or one spanning July, Christmas or Easter is warned
        about under it), questions for the hearing letter, the written standard (nb/nn)
        of the round's documents (starting as the chosen edition's), whether private persons
        consent to be named in the hearing summary, and who starts it. ``accept()`` starts the round
        through the service; a refusal (UserError) is shown inside the dialog, which stays
        open with what was typed. ``started`` is the new round after a successful accept.
    choose_open_round(parent, rounds) -> HearingRound | None — the only one, or a choice
    choose_review_target(parent, hearing, folder, today) -> Path | None — save dialog
    bundle_file_name(hearing, today) -> str — ``høyring-<round-slug>-<date>.kartbundle``
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.deadlines import DeadlineConcern, deadline_warnings
from kartedit.domain.errors import UserError
from kartedit.domain.hearing import HearingRound, norwegian_date
from kartedit.domain.model import EditionKind
from kartedit.domain.people import Author
from kartedit.gui.common import who
from kartedit.gui.common.i18n import shown
from kartedit.gui.common.placement import fit_resize
from kartedit.services.names import MapNames
from kartedit.services.rounds import start_round
from kartedit.services.workspace import Workspace

DEADLINE_DAYS = 42
"""Six weeks, as hearings usually give (shorter ones are warned about, not refused)."""
BUNDLE_SUFFIX = ".kartbundle"


def _checkable_list(name: str, rows: Sequence[tuple[str, str]]) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    for slug, label in rows:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, slug)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _checked(widget: QListWidget) -> list[str]:
    return [
        str(widget.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


class StartRoundDialog(QDialog):
    """The coordinator sends a scope of sections out for hearing."""

    def __init__(
        self,
        workspace: Workspace,
        author: Callable[[], Author | None],
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._author = author
        self.started: HearingRound | None = None
        today = today or workspace.clock().astimezone().date()
        self.today = today
        self.setWindowTitle(self.tr("Start hearing round"))
        self.setAccessibleName(self.tr("Start hearing round"))

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. «Høring angst 2027»"))
        self.name.setAccessibleName(self.tr("Name of the round"))

        self.edition = QComboBox()
        self.edition.setAccessibleName(self.tr("Edition"))
        self._edition_languages: dict[str, str] = {}
        for info in workspace.editions():
            self._edition_languages[info.slug] = info.language
            label = info.name
            if (
                info.kind is not EditionKind.REGIONAL
                and info.organisation
                and info.organisation.strip() != info.name.strip()
            ):
                label = f"{info.name} ({info.organisation})"
            self.edition.addItem(label, info.slug)

        names = MapNames.of_workspace(workspace)
        self.pathways = _checkable_list(self.tr("Pathways"), list(names.pathways.items()))
        self.services = _checkable_list(self.tr("Services"), list(names.services.items()))
        pathways_label = QLabel(self.tr("&Pathways"))
        pathways_label.setBuddy(self.pathways)
        services_label = QLabel(self.tr("Ser&vices"))
        services_label.setBuddy(self.services)
        scope = QHBoxLayout()
        for caption, widget in ((pathways_label, self.pathways), (services_label, self.services)):
            column = QVBoxLayout()
            column.addWidget(caption)
            column.addWidget(widget)
            scope.addLayout(column)
        self.scope_hint = QLabel(
            self.tr(
                "Check what to send out. Nothing checked in a list means all of it: with "
                "nothing checked at all, every section goes out for hearing. A pathway's "
                "introduction and its text for families go out with it when no service is "
                "checked."
            )
        )
        self.scope_hint.setWordWrap(True)
        self.scope_hint.setAccessibleName(self.tr("About the scope"))

        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd.MM.yyyy")
        deadline = today + timedelta(days=DEADLINE_DAYS)
        self.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
        self.deadline.setAccessibleName(self.tr("Deadline for responses"))
        self.deadline_warning = QLabel()
        self.deadline_warning.setWordWrap(True)
        self.deadline_warning.setAccessibleName(self.tr("About the deadline"))
        self.deadline.dateChanged.connect(lambda *_: self._show_deadline_warnings())

        self.questions = QPlainTextEdit()
        self.questions.setPlaceholderText(
            self.tr("Optional: what you want the participants to answer (Markdown)")
        )
        self.questions.setAccessibleName(self.tr("Questions for the hearing letter"))
        self.questions.setTabChangesFocus(True)
        self.questions.setMaximumHeight(90)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Written standard of the hearing documents"))
        self.language.addItem(self.tr("Bokmål"), "nb")
        self.language.addItem(self.tr("Nynorsk"), "nn")
        self.edition.currentIndexChanged.connect(lambda *_: self._follow_edition_language())
        self._follow_edition_language()
        self.names_consent = QCheckBox(
            self.tr("Private persons who answer agree to be named in the hearing summary")
        )
        self.names_consent.setAccessibleName(self.tr("Consent to name private persons"))
        self.names_consent.setToolTip(
            self.tr(
                "Without consent, the hearing summary and the merknadsdokument show "
                "«privatperson» instead of the name of someone who answered without an "
                "organisation."
            )
        )

        known = who.known_author()
        self.started_by = QLabel(
            str(known)
            if known
            else self.tr("You will be asked for your name when you start the round.")
        )
        self.started_by.setWordWrap(True)
        self.started_by.setAccessibleName(self.tr("Started by"))

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Edition:"), self.edition)
        form.addRow(self.tr("&Deadline:"), self.deadline)
        form.addRow("", self.deadline_warning)
        form.addRow(self.tr("&Questions:"), self.questions)
        form.addRow(self.tr("&Written standard:"), self.language)
        form.addRow("", self.names_consent)
        form.addRow(self.tr("Started by:"), self.started_by)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        start = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("&Start round"))
        start.setAccessibleName(self.tr("Start round"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(scope)
        layout.addWidget(self.scope_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_deadline_warnings()
        self.name.setFocus()
        fit_resize(self, 720, 520)  # room for the longest service names

    def _follow_edition_language(self) -> None:
        """The documents' written standard starts as the chosen edition's; it can be changed."""
        language = self._edition_languages.get(str(self.edition.currentData()), "nb")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))

    def deadline_date(self) -> date:
        chosen = self.deadline.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def _show_deadline_warnings(self) -> None:
        """A warning, never a refusal: short periods and holidays, with extra time to add."""
        lines = []
        for warning in deadline_warnings(self.today, self.deadline_date()):
            concern = warning.concern
            if concern is DeadlineConcern.SHORT:
                lines.append(
                    self.tr(
                        "The deadline is only {days} days away; hearings usually give at "
                        "least six weeks."
                    ).format(days=warning.days)
                )
            elif concern is DeadlineConcern.SUMMER:
                lines.append(
                    self.tr(
                        "The hearing period spans the summer holiday (July); consider "
                        "{weeks} more weeks."
                    ).format(weeks=warning.extra_weeks)
                )
            elif concern is DeadlineConcern.CHRISTMAS:
                lines.append(self.tr("The hearing period spans Christmas; consider one more week."))
            else:
                lines.append(self.tr("The hearing period spans Easter; consider one more week."))
        self.deadline_warning.setText("\n".join(lines))
        self.deadline_warning.setVisible(bool(lines))

    def show_problem(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.error.setFocus()

    def accept(self) -> None:
        """Start the round; a refusal stays in the dialog with everything as typed."""
        if not self.name.text().strip():
            self.show_problem(self.tr("Give the round a name, e.g. «Høring angst 2027»."))
            self.name.setFocus()
            return
        author = self._author()
        if author is None:
            self.show_problem(self.tr("A round needs the name of who starts it."))
            return
        try:
            self.started = start_round(
                self.workspace,
                name=self.name.text(),
                deadline=self.deadline_date(),
                questions=self.questions.toPlainText(),
                language=str(self.language.currentData()),
                names_consent=self.names_consent.isChecked(),
                author=author,
                edition=str(self.edition.currentData()),
                pathways=_checked(self.pathways),
                services=_checked(self.services),
            )
        except UserError as exc:  # shown inside the dialog, which stays open
            self.show_problem(shown(exc.said))
            return
        self.error.hide()
        super().accept()


def bundle_file_name(hearing: HearingRound, today: date) -> str:
    slug = re.sub(r"[^\w]+", "-", hearing.name.lower(), flags=re.UNICODE).strip("-_")
    return f"høyring-{slug or hearing.id[:8]}-{today.isoformat()}{BUNDLE_SUFFIX}"


def choose_open_round(
    parent: QWidget | None, rounds: Sequence[HearingRound]
) -> HearingRound | None:
    """The only open round, or the one the coordinator picks from a list."""
    if len(rounds) == 1:
        return rounds[0]
    labels = [
        QCoreApplication.translate("StartRoundDialog", "{name} (deadline {deadline})").format(
            name=r.name, deadline=norwegian_date(r.deadline)
        )
        for r in rounds
    ]
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("StartRoundDialog", "Export review bundle"),
        QCoreApplication.translate("StartRoundDialog", "Which open round?"),
        labels,
        0,
        False,
    )
    if not ok or chosen not in labels:
        return None
    return rounds[labels.index(chosen)]


def choose_review_target(
    parent: QWidget | None, hearing: HearingRound, folder: Path, today: date
) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("StartRoundDialog", "Export review bundle"),
        str(folder / bundle_file_name(hearing, today)),
        QCoreApplication.translate("StartRoundDialog", "kartedit bundles (*.kartbundle)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return (
        path if path.suffix.lower() == BUNDLE_SUFFIX else path.with_name(path.name + BUNDLE_SUFFIX)
    )
