"""GUI: Hearing → Export hearing document… — a round as a Word document to answer in Word.

API:
    export_hearing_document(seat, round_key=None, path=None) -> Path | None — pick an open
        round and a .docx file, write the hearing document, say what to do with it.
    pick_open_round(seat, round_key=None) -> HearingRound | None — the open round to send out
Returned documents are imported with Hearing → Import responses… like response bundles.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kartedit.domain.errors import UserError
from kartedit.domain.hearing import HearingRound, norwegian_date
from kartedit.domain.messages import QT_TRANSLATE_NOOP, counted
from kartedit.gui.common import who
from kartedit.gui.common.errors import calmly
from kartedit.gui.common.i18n import shown

if TYPE_CHECKING:
    from kartedit.gui.common.seat import WindowSeat
    from kartedit.services.hearing_document import HearingDocument

DOCX_SUFFIX = ".docx"


def choose_document_target(
    parent: QWidget | None, hearing: HearingRound, folder: Path
) -> Path | None:
    from kartedit.gui.hearing.start_round_dialog import bundle_file_name

    suggested = Path(bundle_file_name(hearing, hearing.started_at.date())).with_suffix(DOCX_SUFFIX)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("HearingDocument", "Export hearing document"),
        str(folder / suggested.name),
        QCoreApplication.translate("HearingDocument", "Word documents (*.docx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == DOCX_SUFFIX else path.with_name(path.name + DOCX_SUFFIX)


def pick_open_round(seat: WindowSeat, round_key: str | None = None) -> HearingRound | None:
    """The open round to send out: the one named, the only one, or the one picked."""
    from kartedit.gui.hearing.start_round_dialog import choose_open_round
    from kartedit.services.rounds import list_rounds

    rounds = [r for r in list_rounds(seat.workspace) if r.is_open]
    if round_key is not None:
        rounds = [r for r in rounds if r.id.startswith(round_key)]
    if not rounds:
        raise UserError(
            QCoreApplication.translate(
                "HearingDocument",
                "There is no open hearing round; start one with Hearing → Start "
                "hearing round… first.",
            )
        )
    return choose_open_round(seat.widget, rounds)


def export_hearing_document(
    seat: WindowSeat, round_key: str | None = None, path: Path | None = None
) -> Path | None:
    from kartedit.gui.hearing.round_dialogs import info_box
    from kartedit.services.hearing_document import export_hearing_document as export

    workspace = seat.workspace

    def write() -> tuple[HearingRound, Path, HearingDocument] | None:
        hearing = pick_open_round(seat, round_key)
        if hearing is None:
            return None
        target = path or choose_document_target(seat.widget, hearing, workspace.path.parent)
        if target is None:
            return None
        return hearing, target, export(workspace, hearing.id, target, who.known_author())

    written = calmly(seat.widget, write)
    if written is None:
        return None
    hearing, target, done = written
    sections = shown(
        counted(
            len(done.sections),
            QT_TRANSLATE_NOOP("HearingDocument", "1 section"),
            QT_TRANSLATE_NOOP("HearingDocument", "{count} sections"),
        )
    )
    info_box(
        seat.widget,
        QCoreApplication.translate("HearingDocument", "Hearing document exported"),
        QCoreApplication.translate(
            "HearingDocument",
            "The hearing document of «{name}» ({sections}) is saved as {path}.\n\n"
            "Send it to participants who do not use kartedit. They answer in Word or "
            "LibreOffice — comments in the margin, tracked changes, or the form at the end — "
            "and send it back before {deadline}; import the returned documents with "
            "Hearing → Import responses….",
        ).format(
            name=hearing.name,
            sections=sections,
            path=target,
            deadline=norwegian_date(hearing.deadline),
        ),
    ).open()
    return target
