"""Test helpers for hearings in Word: a round sent out as a hearing document."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from lxml import etree

from kartedit.bundle.worddoc.ooxml import CUSTOM
from kartedit.domain.hearing import HearingRound
from kartedit.domain.people import Author
from kartedit.services.hearing_document import HearingDocument, export_hearing_document
from kartedit.services.rounds import start_round
from kartedit.services.workspace import Workspace

KARI = Author("Kari Koordinator", "Helse Bergen")
QUESTIONS = "1. Er **rollefordelinga** tydeleg?\n2. Manglar det noko om *samarbeid*?"


def send_round(
    workspace: Workspace, path: Path, *, language: str = "nb", questions: str = QUESTIONS
) -> tuple[HearingRound, HearingDocument]:
    """Start a round on angst × fastlege and BUP and write its hearing document."""
    hearing = start_round(
        workspace,
        name="Høring angst 2027",
        deadline=date(2027, 1, 15),
        author=KARI,
        pathways=["angst"],
        services=["fastlege", "bup"],
        questions=questions,
        language=language,
    )
    return hearing, export_hearing_document(workspace, hearing.id, path)


def docx_part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def custom_properties(path: Path) -> dict[str, str]:
    root = etree.fromstring(docx_part(path, "docProps/custom.xml"))
    return {p.get("name"): "".join(p.itertext()) for p in root.iter(f"{{{CUSTOM}}}property")}


def fixture_round(workspace: Workspace, path: Path) -> tuple[HearingRound, HearingDocument]:
    """The round the committed fixtures answer: the same scope, with their fixed ids."""
    from unittest import mock

    from tests.word_fixtures import DOCUMENT_ID, ROUND_ID

    with (
        mock.patch("kartedit.store.rounds.new_id", return_value=ROUND_ID),
        mock.patch("kartedit.services.hearing_document.new_id", return_value=DOCUMENT_ID),
    ):
        return send_round(workspace, path)


def fixture_round_in(database: Path, path: Path) -> None:
    """The fixtures' round started in a database file, for the command line to open."""
    workspace = Workspace.open(database)
    try:
        fixture_round(workspace, path)
    finally:
        workspace.close()
