"""Hearing documents answered in Word come back through the response import: comments,
replies, tracked changes and untracked edits, as LibreOffice and as Word write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kartedit.bundle.worddoc.blocks import rendered_text
from kartedit.domain.responses import AnchorStatus
from kartedit.domain.review import CommentKind, Reviewer
from kartedit.domain.sections import SectionRef
from kartedit.services.decisions import Accepted, Decisions
from kartedit.services.response_import import FileReport, ItemOutcome, import_responses
from kartedit.services.word_responses import GENERAL, UNTRACKED
from kartedit.services.workspace import Workspace
from tests.response_support import HEARING_TABLES, TEXT_TABLES, table_rows
from tests.sql_support import counted
from tests.word_fixtures import (
    COMMENT_1,
    COMMENT_2,
    DATA,
    DELETED,
    FORM,
    REMARK,
    REPLACED,
    REPLY,
    ROUND_ID,
)
from tests.word_fixtures import (
    UNTRACKED as UNTRACKED_EDIT,
)
from tests.word_support import KARI, fixture_round, fixture_round_in

ROLE = SectionRef.parse("angst/fastlege/role")
ASSESSMENT = SectionRef.parse("angst/fastlege/assessment")
BUP_INTERVENTION = SectionRef.parse("angst/bup/intervention")
OLA = Reviewer(*FORM)
SIRI = Reviewer("Siri Helse", "PPT Voss")
FIXTURES = ["reviewed-libreoffice.docx", "reviewed-word.docx"]


@pytest.fixture
def sent(workspace: Workspace, tmp_path: Path) -> Workspace:
    fixture_round(workspace, tmp_path / "hoyring.docx")
    return workspace


def _import(workspace: Workspace, name: str) -> FileReport:
    report = import_responses(workspace, [DATA / name])
    [file_report] = report.files
    assert file_report.ok, file_report.refused
    return file_report


@pytest.mark.parametrize("name", FIXTURES)
def test_a_reviewed_document_goes_in_with_reviewers_quotes_and_suggestions(
    sent: Workspace, name: str
) -> None:
    report = _import(sent, name)
    assert set(report.reviewers) == {OLA, SIRI}
    assert all(item.outcome is ItemOutcome.NEW for item in report.items)
    items = Decisions(sent).comments()
    comments = {c.comment.text: c for c in items if c.kind is CommentKind.COMMENT}
    first = comments[COMMENT_1[1]]
    assert (first.reviewer, first.section, first.quote) == (OLA, ROLE, COMMENT_1[0])
    assert first.anchor_status is AnchorStatus.EXACT
    second = comments[COMMENT_2[1]]
    assert (second.reviewer, second.section, second.quote) == (SIRI, ASSESSMENT, COMMENT_2[0])
    [reply] = Decisions(sent).thread(first.id).replies
    assert (reply.comment.text, reply.reviewer) == (REPLY, SIRI)
    general = next(c for c in items if c.comment.text.endswith(REMARK))
    assert general.comment.text.startswith("Generell merknad til forløpet «Angst hos barn og unge»")
    suggestions = {
        (c.section, c.quote, c.comment.replacement): c
        for c in items
        if c.kind is CommentKind.SUGGESTION
    }
    assert set(suggestions) == {
        (ROLE, REPLACED[0], REPLACED[1]),
        (ASSESSMENT, DELETED, ""),
        (BUP_INTERVENTION, "12", "10"),
    }
    assert suggestions[(ROLE, REPLACED[0], REPLACED[1])].reviewer == OLA
    assert suggestions[(ASSESSMENT, DELETED, "")].reviewer == SIRI
    untracked = suggestions[(BUP_INTERVENTION, "12", "10")]
    assert untracked.comment.text == "Endret uten sporede endringer i Word-dokumentet."
    notes = {item.note for item in report.items}
    assert notes == {"", UNTRACKED, GENERAL}
    assert [i.quote for i in report.items if i.note == UNTRACKED] == ["12"]
    assert len(report.items) == 7


def test_a_documents_comments_and_replies_go_in_with_one_insert(sent: Workspace) -> None:
    """As for response bundles: one insert of every new comment, not one per comment."""
    with counted(sent) as statements:
        report = _import(sent, FIXTURES[1])
    inserts = [
        s for s in statements if s.lstrip().upper().startswith("INSERT INTO HEARING_COMMENTS")
    ]
    assert len(report.items) == 7 and len(inserts) == 1, inserts


@pytest.mark.parametrize("name", FIXTURES)
def test_importing_the_same_document_again_adds_nothing(sent: Workspace, name: str) -> None:
    _import(sent, name)
    before = table_rows(sent.path, *HEARING_TABLES)
    again = _import(sent, name)
    assert again.seen_before
    assert {item.outcome for item in again.items} == {ItemOutcome.PRESENT}
    assert table_rows(sent.path, *HEARING_TABLES) == before


def test_both_programs_give_the_same_comments(sent: Workspace) -> None:
    """Word's and LibreOffice's file of the same review are the same response."""
    first = _import(sent, FIXTURES[0])
    second = _import(sent, FIXTURES[1])
    assert {i.comment_id for i in first.items} == {i.comment_id for i in second.items}
    assert {i.outcome for i in second.items} == {ItemOutcome.PRESENT}


@pytest.mark.parametrize("name", FIXTURES)
def test_accepting_a_word_suggestion_changes_the_text_as_the_tracked_change_did(
    sent: Workspace, name: str
) -> None:
    _import(sent, name)
    decisions = Decisions(sent)
    before = sent.section(ROLE).text
    suggestion = next(
        c for c in decisions.comments() if c.kind is CommentKind.SUGGESTION and c.section == ROLE
    )
    assert isinstance(decisions.accept(suggestion.id, KARI), Accepted)
    after = sent.section(ROLE).text
    assert after == before.replace(REPLACED[0], REPLACED[1], 1)
    shown_before = rendered_text(before)
    assert rendered_text(after) == shown_before.replace(REPLACED[0], REPLACED[1], 1)
    deletion = next(
        c
        for c in decisions.comments()
        if c.kind is CommentKind.SUGGESTION and c.section == ASSESSMENT
    )
    old = sent.section(ASSESSMENT).text
    decisions.accept(deletion.id, KARI)
    assert sent.section(ASSESSMENT).text == old.replace(DELETED, "", 1)
    untracked = next(
        c
        for c in decisions.comments()
        if c.kind is CommentKind.SUGGESTION and c.section == BUP_INTERVENTION
    )
    old = sent.section(BUP_INTERVENTION).text
    decisions.accept(untracked.id, KARI)
    assert sent.section(BUP_INTERVENTION).text == old.replace(*UNTRACKED_EDIT, 1)


def test_a_document_from_another_round_is_refused_and_changes_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    from tests.word_support import send_round

    send_round(workspace, tmp_path / "annan.docx")  # a round with another id
    before = table_rows(workspace.path, *HEARING_TABLES, *TEXT_TABLES)
    report = import_responses(workspace, [DATA / FIXTURES[0]])
    [refused] = report.files
    assert refused.refused is not None
    assert "belongs to a hearing round this database does not have" in str(refused.refused)
    assert table_rows(workspace.path, *HEARING_TABLES, *TEXT_TABLES) == before


def test_import_on_the_command_line_reports_each_item(demo_db: Path, tmp_path: Path) -> None:
    from tests.test_cli_hearing import ok

    fixture_round_in(demo_db, tmp_path / "hoyring.docx")
    out = ok("bundle", "import", str(demo_db), str(DATA / FIXTURES[1]))
    lines = out.splitlines()
    assert "Ola Nordmann (PPT Voss, rådgjevar); Siri Helse (PPT Voss)" in lines[0]
    assert "7 new, 0 already present" in lines[0]
    assert any(line.endswith(f"«12»\t{UNTRACKED}") for line in lines)
    assert lines[-1] == "Imported 1 of 1 file; 0 refused."
    target = tmp_path / "merknader.docx"
    out = ok("round", "summary", str(demo_db), ROUND_ID, "--format", "docx", "-o", str(target))
    assert out.startswith(f"Wrote the hearing summary {target}: 6 comments and suggestions")
    assert target.stat().st_size > 0


def test_an_edited_resend_adds_only_what_is_new(sent: Workspace, tmp_path: Path) -> None:
    import zipfile

    _import(sent, FIXTURES[1])
    with zipfile.ZipFile(DATA / FIXTURES[1]) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts["word/comments.xml"] = parts["word/comments.xml"].replace(
        COMMENT_2[1].encode(), b"Kva meiner de med omfattande?"
    )
    resent = tmp_path / "svar-igjen.docx"
    with zipfile.ZipFile(resent, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    [report] = import_responses(sent, [resent]).files
    assert report.ok and not report.seen_before
    new = [i for i in report.items if i.outcome is ItemOutcome.NEW]
    assert [(i.quote, i.kind) for i in new] == [(COMMENT_2[0], CommentKind.COMMENT)]
    assert len(report.items) == 7


def test_a_document_sent_back_unchanged_says_so_and_adds_nothing(
    sent: Workspace, tmp_path: Path
) -> None:
    before = table_rows(sent.path, *HEARING_TABLES, *TEXT_TABLES)
    [report] = import_responses(sent, [tmp_path / "hoyring.docx"]).files
    assert report.ok and report.items == () and report.reviewers == ()
    [note] = report.notes
    assert str(note).startswith("nothing to import: no comments, no changes and no answers")
    assert table_rows(sent.path, *HEARING_TABLES, *TEXT_TABLES) == before


def test_the_command_line_names_a_word_author_without_empty_brackets(
    demo_db: Path, tmp_path: Path
) -> None:
    from tests.test_cli_hearing import ok

    fixture_round_in(demo_db, tmp_path / "hoyring.docx")
    out = ok("bundle", "import", str(demo_db), str(DATA / "libreoffice-tracked.docx"))
    assert out.splitlines()[0].endswith(
        ": Mona Midt on «Høring angst 2027»: 10 new, "
        "0 already present, 0 updated; 0 re-anchored (moved), "
        "0 orphaned"
    )
    out = ok("bundle", "import", str(demo_db), str(tmp_path / "hoyring.docx"))
    first, note = out.splitlines()[:2]
    assert first.endswith(
        ": ? on «Høring angst 2027»: 0 new, 0 already present, 0 updated; "
        "0 re-anchored (moved), 0 orphaned"
    )
    assert note.startswith("  note\tnothing to import")


def test_a_general_remark_quotes_the_opening_words_whole(sent: Workspace) -> None:
    """Not «… og er **portåpner til spesialist»: whole words, and no half of a bold phrase."""
    _import(sent, FIXTURES[0])
    [general] = [c for c in Decisions(sent).comments() if c.comment.text.endswith(REMARK)]
    assert general.quote == "Fastlegen har det medisinske ansvaret for barnet og er"
    assert sent.section(ROLE).text.startswith(general.quote + " **portåpner til")
