"""The merknadsdokument: a round's hearing summary as a Word document, and the HTML summary
listing untouched sections compactly."""

from __future__ import annotations

from pathlib import Path

import docx

from kartedit.domain.review import CommentKind
from kartedit.services.bundles import export_review_bundle
from kartedit.services.decisions import Decisions
from kartedit.services.response_import import import_responses
from kartedit.services.summary import SummaryFormat, save_summary
from kartedit.services.workspace import Workspace
from tests.response_support import REVIEWERS, respond
from tests.word_fixtures import DATA, REPLACED
from tests.word_support import KARI, fixture_round

NILS = REVIEWERS[2]


def _three_reviewers(workspace: Workspace, tmp_path: Path) -> str:
    hearing, _ = fixture_round(workspace, tmp_path / "hoyring.docx")
    export_review_bundle(workspace, hearing.id, tmp_path / "runde.kartbundle")
    from kartedit.domain.sections import SectionRef

    bup = SectionRef.parse("angst/bup/role")
    nils = respond(tmp_path / "runde.kartbundle", tmp_path, NILS, [(bup, "utredning")])
    report = import_responses(workspace, [DATA / "reviewed-word.docx", nils.path])
    assert report.all_imported
    decisions = Decisions(workspace)
    for item in decisions.comments(hearing.id):
        if item.kind is CommentKind.SUGGESTION and item.quote == REPLACED[0]:
            decisions.accept(item.id, KARI, "Betre ordlyd")
        elif item.reviewer.name == NILS.name:
            decisions.reject(item.id, KARI, "Utgreiinga er skildra i kartlegginga.")
    return hearing.id


def test_the_merknadsdokument_has_a_table_per_section(workspace: Workspace, tmp_path: Path) -> None:
    round_id = _three_reviewers(workspace, tmp_path)
    target = tmp_path / "merknader.docx"
    save_summary(workspace, round_id, SummaryFormat.DOCX, target)
    document = docx.Document(str(target))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Merknadsdokument: Høring angst 2027"
    rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    assert rows[0] == ["Hvem", "Merknad", "Vurdering", "Endring i teksten"]
    accepted = next(r for r in rows if r[3] == f"endret: «{REPLACED[1]}»")
    assert accepted[0] == "PPT Voss" and accepted[2].startswith("Tatt til følge\nBetre ordlyd")
    rejected = next(r for r in rows if r[0] == NILS.organisation)
    assert rejected[2] == "Ikke tatt til følge\nUtgreiinga er skildra i kartlegginga."
    assert rejected[3] == "ingen endring"
    assert {r[0] for r in rows[1:] if r[0] != "Hvem"} == {"PPT Voss", NILS.organisation}
    assert "Tekster uten merknader" in texts and "Høringsinstanser" in texts
    assert "Legekontoret Os" in texts and "PPT Voss" in texts
    assert any(t.startswith("12 tekster, 2 høringsinstanser") for t in texts)


def test_the_html_summary_lists_untouched_sections_once(
    workspace: Workspace, tmp_path: Path
) -> None:
    round_id = _three_reviewers(workspace, tmp_path)
    target = tmp_path / "oppsummering.html"
    save_summary(workspace, round_id, SummaryFormat.HTML, target)
    page = target.read_text(encoding="utf-8")
    assert "Ingen merknader" not in page
    assert "<h2>Tekster uten merknader</h2>" in page
    assert "<li><strong>Angst hos barn og unge – Fastlege:</strong> Tiltak, Evaluering av" in page


def test_the_merknadsdokument_numbers_its_pages(workspace: Workspace, tmp_path: Path) -> None:
    hearing, _ = fixture_round(workspace, tmp_path / "hoyring.docx")
    target = tmp_path / "merknader.docx"
    save_summary(workspace, hearing.id, SummaryFormat.DOCX, target)
    footer = docx.Document(str(target)).sections[0].footer.paragraphs[0].text
    assert footer == "Merknadsdokument: Høring angst 2027\tSide 1 / 1"
