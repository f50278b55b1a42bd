"""The window says errors from every layer and the program's history notes in its language."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kartedit.domain.errors import UserError
from kartedit.domain.history import accepted, adapted, carried_over, restored
from kartedit.domain.ids import parse_utc
from kartedit.domain.sections import SectionRef, Status
from kartedit.gui.common import errors
from kartedit.gui.common.app import run_gui
from kartedit.gui.common.errors import show_user_error
from kartedit.gui.common.i18n import install_translator
from kartedit.gui.review.reviewer_window import open_reviewer_window
from kartedit.gui.writer.history_panel import HistoryPanel
from kartedit.services.workspace import Workspace
from tests.bundle_support import KARI, make_review_bundle, with_kind, write_entries

DATA = Path(__file__).parent / "data"
ROLE = SectionRef.parse("angst/fastlege/role")

DIALOG = {
    "nb": {
        "not-zip": "ikke en ZIP-fil",
        "path-trick": "har en sti med «..» som går ut av pakken",
        "approved-as-review": "dette er en godkjent pakke, ikke en høringspakke",
        "missing": "kartdatabasen finnes ikke",
        "locked": "databasen er opptatt i et annet vindu eller program",
    },
    "nn": {
        "not-zip": "ikkje ei ZIP-fil",
        "path-trick": "har ein sti med «..» som går ut av pakken",
        "approved-as-review": "dette er ein godkjend pakke, ikkje ein høyringspakke",
        "missing": "kartdatabasen finst ikkje",
        "locked": "databasen er oppteken i eit anna vindauge eller program",
    },
}


@pytest.fixture
def dialogs(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The text of every calm error dialog shown (exec is stubbed: nothing waits)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    errors.set_error_dialogs_enabled(True)
    try:
        yield shown
    finally:
        errors.set_error_dialogs_enabled(False)
        install_translator(qapp, "en")


def _approved_as_review(workspace: Workspace, folder: Path) -> Path:
    review = folder / "runde.kartbundle"
    make_review_bundle(workspace, review)
    return with_kind(review, "approved", folder / "godkjent.kartbundle")


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_refused_bundles_get_a_norwegian_dialog(
    language: str, qapp: QApplication, dialogs: list[str], workspace: Workspace, tmp_path: Path
) -> None:
    install_translator(qapp, language)
    letter = tmp_path / "brev.kartbundle"
    letter.write_bytes(b"%PDF-1.7 dette er et brev")
    forged = _approved_as_review(workspace, tmp_path)
    trick = write_entries(tmp_path / "lure.kartbundle", {"../../evil.md": b"x"})
    for bundle in (letter, forged, trick):
        assert open_reviewer_window(bundle) is None
    assert len(dialogs) == 3
    assert DIALOG[language]["not-zip"] in dialogs[0] and str(letter) in dialogs[0]
    assert DIALOG[language]["approved-as-review"] in dialogs[1] and str(forged) in dialogs[1]
    assert DIALOG[language]["path-trick"] in dialogs[2] and str(trick) in dialogs[2]


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_a_missing_database_gets_a_norwegian_dialog(
    language: str, dialogs: list[str], tmp_path: Path
) -> None:
    missing = tmp_path / "borte.sqlite"
    assert run_gui([str(missing), "--language", language]) == 1
    assert len(dialogs) == 1
    assert DIALOG[language]["missing"] in dialogs[0] and str(missing) in dialogs[0]


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_a_locked_database_gets_a_norwegian_dialog(
    language: str,
    qapp: QApplication,
    dialogs: list[str],
    workspace: Workspace,
    demo_db: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    install_translator(qapp, language)
    monkeypatch.setattr("kartedit.store.sqlite.BUSY_TIMEOUT_MS", 0)
    holder = sqlite3.connect(demo_db, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(UserError) as caught:
            workspace.save(ROLE, "Ny tekst.", KARI)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    show_user_error(None, caught.value)
    assert len(dialogs) == 1 and DIALOG[language]["locked"] in dialogs[0]


HISTORY = {
    "nb": (
        "Tilpasset lokalt",
        "Overført til den nye regionale teksten",
        "Gjenopprettet versjonen fra",
        "Godtok forslag fra Ola Nordmann (PPT Voss)",
    ),
    "nn": (
        "Tilpassa lokalt",
        "Overført til den nye regionale teksten",
        "Gjenoppretta versjonen frå",
        "Godtok forslag frå Ola Nordmann (PPT Voss)",
    ),
}
OLD_ENGLISH = (
    "Adapted locally",
    "Carried over to the new regional text",
    "Restored the revision of 02.02.2026 10:15",
    "Accepted suggestion from Ola Nordmann (PPT Voss)",
)


def _panel_text(workspace: Workspace, ref: SectionRef, edition: str = "regional") -> str:
    panel = HistoryPanel()
    revisions = workspace.history(ref, edition)
    panel.set_revisions(revisions, revisions[0].id, can_restore=True)
    text = "\n".join(panel.list.item(i).text() for i in range(panel.list.count()))
    panel.deleteLater()
    return text


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_history_panel_reads_program_notes_in_norwegian(
    language: str, qapp: QApplication, workspace: Workspace
) -> None:
    install_translator(qapp, language)
    workspace.set_status(ROLE, Status.DRAFT, KARI)
    try:
        for note in (
            adapted(),
            carried_over(),
            restored(parse_utc("2026-02-02T09:15:00Z")),
            accepted("Ola Nordmann (PPT Voss)"),
        ):
            text = workspace.section(ROLE).text + "\n\nEndret."
            workspace.save(ROLE, text, KARI, message=note)
        shown = _panel_text(workspace, ROLE)
    finally:
        install_translator(qapp, "en")
    assert all(line in shown for line in HISTORY[language]), shown
    assert not any(english.split(" of ")[0] in shown for english in OLD_ENGLISH)


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_history_panel_reads_an_older_database_in_norwegian(
    language: str, qapp: QApplication, tmp_path: Path
) -> None:
    """A database from before notes were facts holds English sentences; they read Norwegian."""
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema-0001.sqlite", path)
    with sqlite3.connect(path) as connection:
        for old, new in zip(
            (
                "Lokal tilpasning for Bergen kommune",
                "Lokal tilpasning for Voss herad",
                "Første utkast fra arbeidsgruppa",
                "Innspill fra arbeidsgruppemøtet er innarbeidet",
            ),
            OLD_ENGLISH,
            strict=True,
        ):
            connection.execute("UPDATE revisions SET message = ? WHERE message = ?", (new, old))
    install_translator(qapp, language)
    workspace = Workspace.open(path)
    try:
        referral = SectionRef.parse("angst/fastlege/referral")
        shown = (
            _panel_text(workspace, referral, "bergen")
            + _panel_text(workspace, SectionRef.parse("angst/helsestasjon/role"), "voss")
            + _panel_text(workspace, referral)
        )
    finally:
        workspace.close()
        install_translator(qapp, "en")
    assert all(line in shown for line in HISTORY[language]), shown
    assert not any(english in shown for english in OLD_ENGLISH)
