"""Hearing documents answered in LibreOffice itself (``tests/data/word/libreoffice_edits.py``):
what a reviewer typed there reaches the coordinator as the Markdown a writer would have typed
— new paragraphs as paragraphs, a new list item as an item, a list item deleted with its
bullet, two paragraphs joined as one, a new paragraph in a table's cell without breaking the
table, a deleted bold sentence with its markers, a word with two letters changed as that word
— and nothing typed at the start or the end of a section is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from kartedit.bundle.worddoc.blocks import rendered_text
from kartedit.domain.review import CommentKind, Reviewer
from kartedit.domain.sections import SectionRef
from kartedit.services.decisions import Accepted, Decisions
from kartedit.services.response_import import FileReport, import_responses
from kartedit.services.word_responses import UNTRACKED
from kartedit.services.workspace import Workspace
from kartedit.text.markdown_edits import balanced, deleted_breaks, typed_breaks
from tests.word_fixtures import DATA
from tests.word_support import KARI, fixture_round

TRACKED_FILE = "libreoffice-tracked.docx"
UNTRACKED_FILE = "libreoffice-untracked.docx"
ROLE = SectionRef.parse("angst/fastlege/role")
ASSESSMENT = SectionRef.parse("angst/fastlege/assessment")
INTERVENTION = SectionRef.parse("angst/fastlege/intervention")
EVALUATION = SectionRef.parse("angst/fastlege/evaluation")
COLLABORATION = SectionRef.parse("angst/fastlege/collaboration")
REFERRAL = SectionRef.parse("angst/fastlege/referral")
BUP_ROLE = SectionRef.parse("angst/bup/role")
BUP_INTERVENTION = SectionRef.parse("angst/bup/intervention")
BUP_EVALUATION = SectionRef.parse("angst/bup/evaluation")
BUP_REFERRAL = SectionRef.parse("angst/bup/referral")


@pytest.fixture
def sent(workspace: Workspace, tmp_path: Path) -> Workspace:
    fixture_round(workspace, tmp_path / "hoyring.docx")
    return workspace


def _import(workspace: Workspace, name: str) -> FileReport:
    [report] = import_responses(workspace, [DATA / name]).files
    assert report.ok, report.refused
    return report


def _accept(workspace: Workspace, section: SectionRef, quote: str) -> str:
    """Accept the suggestion on ``quote`` (one a section: a second one would meet a text
    changed since the hearing, for the three-way view); the section's text after it."""
    decisions = Decisions(workspace)
    [suggestion] = [
        c
        for c in decisions.comments()
        if c.kind is CommentKind.SUGGESTION
        and c.section == section
        and c.comment.anchor is not None
        and c.comment.anchor.quote == quote
    ]
    assert isinstance(decisions.accept(suggestion.id, KARI), Accepted)
    return workspace.section(section).text


def test_every_tracked_change_made_in_libreoffice_comes_in_as_one_suggestion(
    sent: Workspace,
) -> None:
    report = _import(sent, TRACKED_FILE)
    assert [(i.section, i.quote) for i in report.items] == [
        (ROLE, "svimmelhet."),
        (ROLE, "foresatte"),
        (ASSESSMENT, "stoffskifteforstyrrelser"),
        (INTERVENTION, "**Legemidler er ikke førstevalg** ved angst hos barn og unge. "),
        (INTERVENTION, "unge."),
        (EVALUATION, "henvisning."),
        (COLLABORATION, "- **barnevernstjenesten** ved bekymring for omsorgssituasjonen\n"),
        (REFERRAL, "\n\nFør"),
        (BUP_INTERVENTION, "Kognitiv"),
        (BUP_EVALUATION, "behandlingen"),
    ]
    assert {i.kind for i in report.items} == {CommentKind.SUGGESTION}
    assert report.reviewers[0].name == "Mona Midt"


def test_a_new_paragraph_is_a_markdown_paragraph_once_accepted(sent: Workspace) -> None:
    before = sent.section(ROLE).text
    _import(sent, TRACKED_FILE)
    after = _accept(sent, ROLE, "svimmelhet.")
    assert after == before.replace(
        "svimmelhet.\n", "svimmelhet.\n\nFastlegen kjenner ofte familien over tid.\n", 1
    )
    shown = rendered_text(after)
    assert "svimmelhet.\nFastlegen kjenner ofte familien over tid.\nFastlegens" in shown


def test_a_new_list_item_is_an_item_of_the_same_list_once_accepted(sent: Workspace) -> None:
    before = sent.section(ROLE).text
    _import(sent, TRACKED_FILE)
    assert _accept(sent, ROLE, "foresatte") == before.replace(
        "- gi råd til barnet og foresatte\n",
        "- gi råd til barnet og foresatte\n- gi råd til skolen\n",
        1,
    )


def test_a_paragraph_added_after_a_sections_last_one_is_not_lost(sent: Workspace) -> None:
    before = sent.section(EVALUATION).text
    _import(sent, TRACKED_FILE)
    assert _accept(sent, EVALUATION, "henvisning.") == before.replace(
        "ny henvisning.\n", "ny henvisning.\n\nAvtal gjerne en telefonkontroll etter to uker.\n"
    )


def test_deleting_a_sentence_that_starts_in_bold_leaves_no_stray_markers(
    sent: Workspace,
) -> None:
    before = sent.section(INTERVENTION).text
    _import(sent, TRACKED_FILE)
    after = _accept(
        sent, INTERVENTION, "**Legemidler er ikke førstevalg** ved angst hos barn og unge. "
    )
    assert after == before.replace(
        "**Legemidler er ikke førstevalg** ved angst hos barn og unge. ", "", 1
    )
    assert "\nOppstart av SSRI" in after and "**" not in rendered_text(after)


def test_a_list_item_deleted_whole_takes_its_bullet_along(sent: Workspace) -> None:
    before = sent.section(COLLABORATION).text
    _import(sent, TRACKED_FILE)
    item = "- **barnevernstjenesten** ved bekymring for omsorgssituasjonen\n"
    after = _accept(sent, COLLABORATION, item)
    assert after == before.replace(item, "", 1)
    assert "\n- \n" not in after and "- -" not in after


def test_two_paragraphs_joined_are_one_paragraph_once_accepted(sent: Workspace) -> None:
    before = sent.section(REFERRAL).text
    _import(sent, TRACKED_FILE)
    after = _accept(sent, REFERRAL, "\n\nFør")
    assert after == before.replace(
        "barn og unge.\n\nFør henvisning", "barn og unge. Før henvisning"
    )


def test_deleted_breaks_follow_markdown() -> None:
    source = "Eit avsnitt.\n\n- ein\n- to\n- tre\n\n## Tittel\n\nSiste."
    whole = source.index("to"), source.index("- tre")
    assert source[slice(*deleted_breaks(source, *whole))] == "- to\n"
    joined = source.index("\n\n- ein"), source.index("\n- ein")
    assert source[slice(*deleted_breaks(source, *joined))] == "\n\n- "
    heading = source.index("Tittel"), source.index("Siste") - 1
    assert source[slice(*deleted_breaks(source, *heading))] == "## Tittel\n"
    assert deleted_breaks(source, 0, 4) == (0, 4)


def test_two_letters_changed_in_a_word_are_the_word_changed(sent: Workspace) -> None:
    before = sent.section(ASSESSMENT).text
    _import(sent, TRACKED_FILE)
    assert _accept(sent, ASSESSMENT, "stoffskifteforstyrrelser") == before.replace(
        "stoffskifteforstyrrelser", "stoffskifteforstyrrelsar", 1
    )


def test_without_tracking_a_new_paragraph_and_a_sentence_at_the_end_come_in(
    sent: Workspace,
) -> None:
    role, referral = sent.section(ROLE).text, sent.section(BUP_REFERRAL).text
    report = _import(sent, UNTRACKED_FILE)
    assert [(i.section, i.note) for i in report.items] == [
        (ROLE, UNTRACKED),
        (BUP_ROLE, UNTRACKED),
        (BUP_EVALUATION, UNTRACKED),
        (BUP_REFERRAL, UNTRACKED),
    ]
    assert _accept(sent, ROLE, "svimmelhet.") == role.replace(
        "svimmelhet.\n", "svimmelhet.\n\nFastlegen kjenner ofte familien over tid.\n", 1
    )
    assert _accept(sent, BUP_REFERRAL, "akutteamet.") == referral.replace(
        "kontaktes BUP eller akutteamet.", "kontaktes BUP eller akutteamet. Ring alltid først."
    )


@pytest.mark.parametrize("name", [TRACKED_FILE, UNTRACKED_FILE])
def test_a_new_paragraph_in_a_tables_cell_keeps_the_table_whole(sent: Workspace, name: str) -> None:
    """A blank line inside a Markdown table would end it: the cell's text runs on instead."""
    before = sent.section(BUP_EVALUATION).text
    _import(sent, name)
    after = _accept(sent, BUP_EVALUATION, "behandlingen")
    assert after == before.replace(
        "mål for behandlingen |", "mål for behandlingen Bruk gjerne SDQ. |", 1
    )


@pytest.mark.parametrize(
    ("name", "section", "quote", "typed"),
    [
        (TRACKED_FILE, BUP_INTERVENTION, "Kognitiv", "Som hovedregel: "),
        (UNTRACKED_FILE, BUP_ROLE, "Barne", "Kort fortalt: "),
    ],
)
def test_words_typed_before_a_sections_first_word_are_not_lost(
    sent: Workspace, name: str, section: SectionRef, quote: str, typed: str
) -> None:
    """They lie before the section's bookmark in the document."""
    before = sent.section(section).text
    _import(sent, name)
    assert _accept(sent, section, quote) == before.replace(quote, typed + quote, 1)


def test_typed_breaks_follow_the_block_they_are_typed_in() -> None:
    source = "Eit avsnitt.\n\n- punkt ein\n- punkt to\n\n1. første\n"
    assert typed_breaks("\nNytt", source, source.index("\n\n")) == "\n\nNytt"
    assert typed_breaks("\nny", source, source.index("\n- punkt to")) == "\n- ny"
    assert typed_breaks("\nandre", source, len(source) - 1) == "\n1. andre"
    assert typed_breaks("utan skift", source, 3) == "utan skift"
    table = "| A | B |\n|---|---|\n| ein | to |"
    assert typed_breaks("\nny", table, len(table) - 2) == " ny"


def test_balanced_takes_both_markers_only_when_the_passage_takes_the_emphasis_whole() -> None:
    source = "Før. **Heilt feit setning.** Etter, og **feit** midt i."
    whole = source.index("Heilt"), source.index(" Etter")
    assert source[slice(*balanced(source, *whole))] == "**Heilt feit setning.**"
    part = source.index("feit setning"), source.index(" Etter")
    assert balanced(source, *part) == part
    inner = source.index("Heilt"), source.index("** Etter")
    assert balanced(source, *inner) == inner
    snake = "eit_ord og _vekt_"
    assert snake[slice(*balanced(snake, 1, 6))] == "it_or"


def test_libreoffice_without_a_user_name_is_the_person_on_the_form(sent: Workspace) -> None:
    """LibreOffice never given a name writes «Unknown Author»; the form says who answered."""
    report = _import(sent, "libreoffice-no-name.docx")
    kari = Reviewer("Kari Nordmann", "Foreldreutvalget", "forelder")
    assert report.reviewers == (kari,)
    [suggestion] = [c for c in Decisions(sent).comments() if c.kind is CommentKind.SUGGESTION]
    assert (suggestion.reviewer, suggestion.quote, suggestion.comment.replacement) == (
        kari,
        "portåpner",
        "døråpner",
    )
    # its answer to a question of the letter, and a question reworded, are reported
    assert [str(n)[:60] for n in report.notes] == [
        "a comment by Kari Nordmann is outside the texts on hearing a",
        "text deleted by Kari Nordmann outside the texts on hearing w",
        "text added by Kari Nordmann outside the texts on hearing was",
    ]
    assert str(report.notes[2]).endswith("«klar»")
