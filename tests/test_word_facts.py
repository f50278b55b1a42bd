"""Local facts in hearings in Word: the document shows what the site shows (a local round's
values, the marked «lokal opplysning» wording otherwise), and what comes back is carried
onto the Markdown with each filled-in fact standing for its whole placeholder."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from lxml import etree

from kartedit.bundle.worddoc.blocks import markdown_blocks, plain_text, source_map
from kartedit.bundle.worddoc.ooxml import PROPERTY_PIECE, SECTION_MARK
from kartedit.bundle.worddoc.reader import read_word_reply
from kartedit.domain.facts import FactShown
from kartedit.domain.review import CommentKind, Reviewer
from kartedit.domain.sections import SectionRef
from kartedit.services.decisions import Accepted, Decisions
from kartedit.services.facts import Facts
from kartedit.services.hearing_document import HearingDocument, export_hearing_document
from kartedit.services.response_import import FileReport, import_responses
from kartedit.services.rounds import start_round
from kartedit.services.summary import SummaryFormat, save_summary
from kartedit.services.word_responses import FACT_EDIT, UNTRACKED
from kartedit.services.workspace import Workspace
from tests.word_fixtures import DATA, OLA, REPLACED, SIRI, _Comment, _Editor, _w, edited
from tests.word_support import KARI, docx_part

REFERRAL = SectionRef.parse("angst/fastlege/referral")
ROLE = SectionRef.parse("angst/fastlege/role")
VALUE = "hverdager kl. 09.00–11.00"
"""Bergen's intake team hours in the demo: the value of {{lokal:inntaksteam}}."""
KIND = "Inntaksteam — telefon og telefontid"
SENTENCE = "Telefontid for fastleger: "
PLACEHOLDER = "{{lokal:inntaksteam}}"
FORM_NAME = Reviewer("Ola Nordmann", "", "")


def _send(
    workspace: Workspace, path: Path, edition: str = "regional", service: str = "fastlege"
) -> HearingDocument:
    hearing = start_round(
        workspace,
        name="Høring angst 2027",
        deadline=date(2027, 1, 15),
        author=KARI,
        edition=edition,
        pathways=["angst"],
        services=[service],
    )
    return export_hearing_document(workspace, hearing.id, path)


def _texts(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs] + [
        p.text for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs
    ]


def _fact_runs(path: Path, text: str) -> list[etree._Element]:
    """The Word runs showing ``text``, with their run properties."""
    body = etree.fromstring(docx_part(path, "word/document.xml"))
    return [t.getparent() for t in body.iter(_w("t")) if t.text == text]


def _value_run(editor: _Editor, text: str) -> etree._Element:
    return next(t.getparent() for t in editor.root.iter(_w("t")) if t.text == text)


def _import(workspace: Workspace, path: Path) -> FileReport:
    [report] = import_responses(workspace, [path]).files
    assert report.ok, report.refused
    return report


# -- what the document shows ---------------------------------------------------------------


def test_a_local_round_shows_the_editions_value_shaded(
    workspace: Workspace, tmp_path: Path
) -> None:
    sent = _send(workspace, tmp_path / "bergen.docx", "bergen")
    texts = _texts(sent.path)
    lead = "Før henvisning kan fastlegen drøfte saken med kommunens inntaksteam for psykisk helse."
    assert f"{lead} {SENTENCE}{VALUE}." in texts
    assert not any("{{" in t for t in texts)
    [run] = _fact_runs(sent.path, VALUE)
    properties = run.find(_w("rPr"))
    assert properties is not None and properties.find(_w("shd")) is not None
    assert properties.find(_w("i")) is None  # a value reads as text, only marked by shading


def test_the_regional_round_shows_the_marked_wording_in_italics(
    workspace: Workspace, tmp_path: Path
) -> None:
    sent = _send(workspace, tmp_path / "regional.docx")
    texts = _texts(sent.path)
    chip = f"[lokal opplysning: {KIND}]"
    assert any(f"{SENTENCE}{chip}." in t for t in texts)
    assert not any("{{" in t for t in texts)
    [run] = _fact_runs(sent.path, chip)
    properties = run.find(_w("rPr"))
    assert properties.find(_w("shd")) is not None and properties.find(_w("i")) is not None
    # The letter says what the shading means.
    assert any(t.startswith("Skyggelagt tekst er lokale opplysninger") for t in texts)


def test_a_round_without_local_facts_does_not_explain_them(
    workspace: Workspace, tmp_path: Path
) -> None:
    sent = _send(workspace, tmp_path / "bup.docx", service="bup")
    assert not any("lokal" in t.casefold() for t in _texts(sent.path))


def test_a_local_round_without_a_value_says_it_is_missing_in_its_standard(
    workspace: Workspace, tmp_path: Path
) -> None:
    sent = _send(workspace, tmp_path / "voss.docx", "voss")  # Voss writes nynorsk
    texts = _texts(sent.path)
    assert any(f"{SENTENCE}[lokal opplysning manglar: {KIND}]." in t for t in texts)
    assert any(t.startswith("Skuggelagd tekst er lokale opplysningar") for t in texts)


def test_a_value_is_text_never_markup() -> None:
    source = "Ring {{lokal:telefon}} eller **{{lokal:skjema}}**."
    facts = {"telefon": FactShown("*55* <b>56</b>"), "skjema": FactShown("[x]", chip=True)}
    [block] = markdown_blocks(source, facts)
    assert block.text == "Ring *55* <b>56</b> eller [x]."
    assert [(r.text, r.bold, r.fact.slug if r.fact else None) for r in block.runs] == [
        ("Ring ", False, None),
        ("*55* <b>56</b>", False, "telefon"),
        (" eller ", False, None),
        ("[x]", True, "skjema"),
        (".", False, None),
    ]


# -- the plain text ↔ Markdown map -----------------------------------------------------------


def test_a_filled_in_fact_maps_to_its_whole_placeholder() -> None:
    source = f"Før henvisning.\n\n{SENTENCE}{PLACEHOLDER}. Ring **i dag**."
    mapped = source_map(source, (("inntaksteam", VALUE),))
    shown = mapped.shown
    assert shown == f"Før henvisning.\n{SENTENCE}{VALUE}. Ring i dag."
    at = shown.index(VALUE)

    def passage(start: int, end: int) -> str:
        return source[mapped.start(start) : mapped.end(end)]

    assert passage(at, at + len(VALUE)) == PLACEHOLDER
    assert passage(at + 4, at + 8) == PLACEHOLDER  # inside the value: the whole placeholder
    assert passage(shown.index(SENTENCE), at + 3) == SENTENCE + PLACEHOLDER
    assert passage(at + 14, shown.index("Ring") + 4) == PLACEHOLDER + ". Ring"
    assert passage(shown.index("i dag"), shown.index("i dag") + 5) == "i dag"
    assert mapped.cut_fact(at + 2, at + 5) is not None
    assert mapped.cut_fact(at, at + len(VALUE) + 1) is None  # the whole value, and more
    # Without the facts it showed, the text is measured as it was written.
    assert source_map(source).shown == f"Før henvisning.\n{SENTENCE}{PLACEHOLDER}. Ring i dag."


def test_one_kind_twice_maps_each_to_its_own_placeholder() -> None:
    source = "A {{lokal:tid}} og B {{lokal:tid}}."
    mapped = source_map(source, (("tid", "kl. 9"),))
    second = mapped.shown.rindex("kl. 9")
    assert (mapped.start(second), mapped.end(second + 2)) == (21, 34)
    assert plain_text(markdown_blocks(source, {"tid": FactShown("kl. 9")})) == mapped.shown


# -- what comes back -------------------------------------------------------------------------


def _sentence_comment(editor: _Editor, shown: str = VALUE) -> list[_Comment]:
    """Siri comments on «Telefontid for fastleger: <value>»; Ola replaces «ansvaret»."""
    first = editor.isolate(SENTENCE)
    editor.comment(first, 1, until=_value_run(editor, shown))
    replaced = editor.delete(editor.isolate(REPLACED[0]), OLA)
    editor.insert_after(replaced, REPLACED[1], OLA)
    return [_Comment(1, SIRI, "Gjeld dette også for legevakta?", "0C0FFEE1")]


def test_a_comment_on_the_sentence_with_the_value_anchors_around_the_placeholder(
    workspace: Workspace, tmp_path: Path
) -> None:
    sent = _send(workspace, tmp_path / "bergen.docx", "bergen")
    back = edited(sent.path, tmp_path / "svar.docx", _sentence_comment)
    report = _import(workspace, back)
    items = Decisions(workspace).comments()
    [comment] = [c for c in items if c.kind is CommentKind.COMMENT]
    assert comment.section == REFERRAL
    assert comment.quote == SENTENCE + PLACEHOLDER
    text = workspace.section(REFERRAL).text
    anchor = comment.comment.anchor
    assert anchor is not None and text[anchor.start : anchor.end] == SENTENCE + PLACEHOLDER
    # The tracked change elsewhere is a suggestion as before.
    [suggestion] = [c for c in items if c.kind is CommentKind.SUGGESTION]
    assert (suggestion.section, suggestion.quote, suggestion.comment.replacement) == (
        ROLE,
        REPLACED[0],
        REPLACED[1],
    )
    assert not any(i.note for i in report.items)


def test_a_comment_inside_the_value_takes_the_placeholder_whole(
    workspace: Workspace, tmp_path: Path
) -> None:
    sent = _send(workspace, tmp_path / "bergen.docx", "bergen")

    def edit(editor: _Editor) -> list[_Comment]:
        editor.comment(editor.isolate("09.00"), 1)
        return [_Comment(1, SIRI, "Stemmer tida?", "0C0FFEE1")]

    _import(workspace, edited(sent.path, tmp_path / "svar.docx", edit))
    [comment] = Decisions(workspace).comments()
    assert comment.quote == PLACEHOLDER


def test_a_comment_in_the_regional_round_anchors_around_the_placeholder_too(
    workspace: Workspace, tmp_path: Path
) -> None:
    sent = _send(workspace, tmp_path / "regional.docx")
    chip = f"[lokal opplysning: {KIND}]"

    def edit(editor: _Editor) -> list[_Comment]:
        editor.comment(editor.isolate("fastleger: "), 1, until=_value_run(editor, chip))
        return [_Comment(1, SIRI, "Kva skal stå her?", "0C0FFEE1")]

    _import(workspace, edited(sent.path, tmp_path / "svar.docx", edit))
    [comment] = Decisions(workspace).comments()
    assert comment.quote == "fastleger: " + PLACEHOLDER


def test_a_tracked_edit_inside_the_value_is_a_remark_for_the_coordinator(
    workspace: Workspace, tmp_path: Path
) -> None:
    sent = _send(workspace, tmp_path / "bergen.docx", "bergen")

    def edit(editor: _Editor) -> list[_Comment]:
        old = editor.delete(editor.isolate("09.00"), SIRI)
        editor.insert_after(old, "08.30", SIRI)
        before = editor.delete(editor.isolate("fastleger"), OLA)  # same paragraph, outside
        editor.insert_after(before, "legar", OLA)
        return []

    report = _import(workspace, edited(sent.path, tmp_path / "svar.docx", edit))
    items = Decisions(workspace).comments()
    [remark] = [c for c in items if c.kind is CommentKind.COMMENT]
    assert remark.quote == PLACEHOLDER and remark.reviewer.name == SIRI[0]
    assert remark.comment.text.startswith(
        f"Endret en lokal opplysning i Word-dokumentet: «{VALUE}» → «hverdager kl. 08.30–11.00»."
    )
    assert [i.note for i in report.items if i.comment_id == remark.id] == [FACT_EDIT]
    # The edit before the value is an ordinary suggestion, and accepting it keeps the fact.
    [suggestion] = [c for c in items if c.kind is CommentKind.SUGGESTION]
    assert (suggestion.quote, suggestion.comment.replacement) == ("fastleger", "legar")
    before = workspace.section(REFERRAL, "bergen").text
    assert isinstance(Decisions(workspace).accept(suggestion.id, KARI), Accepted)
    after = workspace.section(REFERRAL, "bergen").text
    assert after == before.replace(f"fastleger: {PLACEHOLDER}", f"legar: {PLACEHOLDER}")
    assert VALUE in {v.value for v in Facts(workspace).values("bergen").values()}


def test_replacing_the_value_whole_is_a_suggestion_on_the_placeholder(
    workspace: Workspace, tmp_path: Path
) -> None:
    sent = _send(workspace, tmp_path / "bergen.docx", "bergen")

    def edit(editor: _Editor) -> list[_Comment]:
        old = editor.delete(_value_run(editor, VALUE), SIRI)
        editor.insert_after(old, "ring sentralbordet", SIRI)
        return []

    _import(workspace, edited(sent.path, tmp_path / "svar.docx", edit))
    [suggestion] = Decisions(workspace).comments()
    assert suggestion.kind is CommentKind.SUGGESTION
    assert (suggestion.quote, suggestion.comment.replacement) == (
        PLACEHOLDER,
        "ring sentralbordet",
    )


def test_an_untracked_edit_inside_the_value_is_a_remark_too(
    workspace: Workspace, tmp_path: Path
) -> None:
    sent = _send(workspace, tmp_path / "bergen.docx", "bergen")

    def edit(editor: _Editor) -> list[_Comment]:
        editor.untracked("11.00", "11.30")
        editor.untracked("ansvaret", "hovudansvaret")  # and one elsewhere, as before
        return []

    report = _import(workspace, edited(sent.path, tmp_path / "svar.docx", edit))
    notes = {i.note: i for i in report.items}
    assert set(notes) == {FACT_EDIT, UNTRACKED}
    assert notes[FACT_EDIT].quote == PLACEHOLDER
    assert (notes[UNTRACKED].section, notes[UNTRACKED].quote) == (ROLE, "ansvaret")


def test_a_value_changed_after_sending_is_not_taken_for_an_edit(
    workspace: Workspace, tmp_path: Path
) -> None:
    sent = _send(workspace, tmp_path / "bergen.docx", "bergen")
    Facts(workspace).set_value(
        "bergen", "fastlege", "inntaksteam", "kvardagar kl. 08.00–10.00", KARI
    )
    back = edited(sent.path, tmp_path / "svar.docx", _sentence_comment)
    report = _import(workspace, back)
    assert sorted(i.kind.value for i in report.items) == ["comment", "suggestion"]
    assert not any(i.note for i in report.items)
    [comment] = [c for c in Decisions(workspace).comments() if c.kind is CommentKind.COMMENT]
    assert comment.quote == SENTENCE + PLACEHOLDER


def test_a_long_value_travels_in_pieces_and_comes_back_whole(
    workspace: Workspace, tmp_path: Path
) -> None:
    long = "hverdager kl. 09.00–11.00 og " + " ".join(["og etter avtale med teamet"] * 14)
    assert 300 < len(long) <= 500 and long[PROPERTY_PIECE - 1] == " "  # a piece ends in a space
    Facts(workspace).set_value("bergen", "fastlege", "inntaksteam", long, KARI)
    sent = _send(workspace, tmp_path / "bergen.docx", "bergen")
    [head] = [h for h in sent.sections if h.ref == REFERRAL]
    assert read_word_reply(sent.path).facts[head.revision.id] == (("inntaksteam", long),)
    back = edited(sent.path, tmp_path / "svar.docx", lambda e: _sentence_comment(e, long))
    report = _import(workspace, back)
    assert not any(i.note for i in report.items)
    [comment] = [c for c in Decisions(workspace).comments() if c.kind is CommentKind.COMMENT]
    assert comment.quote == SENTENCE + PLACEHOLDER


def test_what_each_placeholder_showed_travels_in_the_document(
    workspace: Workspace, tmp_path: Path
) -> None:
    sent = _send(workspace, tmp_path / "bergen.docx", "bergen")
    [head] = [h for h in sent.sections if h.ref == REFERRAL]
    with zipfile.ZipFile(sent.path) as archive:
        custom = archive.read("docProps/custom.xml").decode()
    assert f"kartedit-fact-{head.revision.id}-inntaksteam" in custom and VALUE in custom
    xml = docx_part(sent.path, "word/document.xml").decode()
    assert f"{SECTION_MARK}{head.revision.id}" in xml


@pytest.mark.parametrize("name", ["reviewed-libreoffice.docx", "reviewed-word.docx"])
def test_both_programs_keep_what_the_placeholder_showed(name: str) -> None:
    reply = read_word_reply(DATA / name)
    assert list(reply.facts.values()) == [(("inntaksteam", f"[lokal opplysning: {KIND}]"),)]
    [referral] = [s for s in reply.sections if f"{SENTENCE}[lokal" in s.original]
    assert "{{" not in referral.original


# -- the merknadsdokument --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edition", "shown"), [("bergen", VALUE), ("regional", f"[lokal opplysning: {KIND}]")]
)
def test_the_merknadsdokument_and_html_summary_quote_what_the_reader_saw(
    workspace: Workspace, tmp_path: Path, edition: str, shown: str
) -> None:
    sent = _send(workspace, tmp_path / "hoyring.docx", edition)
    back = edited(sent.path, tmp_path / "svar.docx", lambda e: _sentence_comment(e, shown))
    _import(workspace, back)
    target = tmp_path / "merknader.docx"
    save_summary(workspace, sent.round.id, SummaryFormat.DOCX, target)
    texts = _texts(target)
    assert any(f"Om «{SENTENCE}{shown}»" in t for t in texts)
    assert not any("{{" in t for t in texts)
    page, table = tmp_path / "oppsummering.html", tmp_path / "oppsummering.csv"
    save_summary(workspace, sent.round.id, SummaryFormat.HTML, page)
    save_summary(workspace, sent.round.id, SummaryFormat.CSV, table)
    html = page.read_text(encoding="utf-8")
    assert f"«{SENTENCE}{shown}»" in html and "{{" not in html
    assert PLACEHOLDER in table.read_text(encoding="utf-8")  # the working list: as stored
