"""The hearing document: a round sent out as a Word document to answer without kartedit."""

from __future__ import annotations

from pathlib import Path

import docx

from kartedit.bundle.worddoc.blocks import markdown_blocks, rendered_text
from kartedit.bundle.worddoc.ooxml import SECTION_MARK
from kartedit.services.workspace import Workspace
from tests.test_cli_hearing import KARI, ok, start
from tests.word_support import custom_properties, docx_part, send_round


def test_the_document_has_letter_sections_and_form(workspace: Workspace, tmp_path: Path) -> None:
    hearing, sent = send_round(workspace, tmp_path / "hoyring.docx")
    document = docx.Document(str(sent.path))
    texts = [p.text for p in document.paragraphs]
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert texts[0] == "Høring: Høring angst 2027"
    assert "Svarfrist: 15.01.2027" in texts
    assert "Spørsmål vi særlig ønsker svar på" in headings
    assert "Slik svarer du" in headings and "Svarskjema" in headings
    assert headings[headings.index("Angst hos barn og unge", 3) + 1] == "Fastlege"
    assert "Rolle" in headings and "Videre henvisning" in headings
    # The questions and the texts are real Word formatting, not Markdown.
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    assert "rollefordelinga" in bold and "**" not in "".join(texts)
    assert any(p.style.name == "List Bullet" for p in document.paragraphs)
    properties = custom_properties(sent.path)
    assert properties["kartedit-round-id"] == hearing.id
    assert properties["kartedit-document-id"] == sent.document_id
    assert b'w:lang w:val="nb-NO"' in docx_part(sent.path, "word/styles.xml")


def test_each_section_is_bookmarked_with_the_revision_sent(
    workspace: Workspace, tmp_path: Path
) -> None:
    _, sent = send_round(workspace, tmp_path / "hoyring.docx")
    xml = docx_part(sent.path, "word/document.xml").decode()
    for head in sent.sections:
        assert f'w:name="{SECTION_MARK}{head.revision.id}"' in xml
    assert len(sent.sections) == 12
    assert xml.count("<w:bookmarkStart") == len(sent.sections) + 2


def test_nynorsk_rounds_get_nynorsk_documents(workspace: Workspace, tmp_path: Path) -> None:
    _, sent = send_round(workspace, tmp_path / "hoyring.docx", language="nn", questions="")
    document = docx.Document(str(sent.path))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Høyring: Høring angst 2027"
    assert "Slik svarar du" in texts and "Vidare tilvising" in texts
    assert not any(t.startswith("Spørsmål") for t in texts)
    assert b'w:lang w:val="nn-NO"' in docx_part(sent.path, "word/styles.xml")


def test_the_hearing_document_is_a4_with_numbered_pages(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A reviewer who prints it, or answers «see page 7», has A4 pages numbered «Side 7 / 12»."""
    _, sent = send_round(workspace, tmp_path / "hoyring.docx")
    document = docx.Document(str(sent.path))
    for section in document.sections:
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    footer = document.sections[0].footer.paragraphs[0].text
    assert footer == "Høring: Høring angst 2027\tSide 1 / 1"
    footer_xml = docx_part(sent.path, "word/footer1.xml")
    assert b">PAGE<" in footer_xml and b">NUMPAGES<" in footer_xml


def test_markdown_becomes_blocks_with_the_text_a_reader_sees() -> None:
    text = "## Mål\n\nEin **viktig** tekst med [lenkje](https://helsenorge.no).\n\n- a\n- b *c*"
    blocks = markdown_blocks(text)
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Mål"),
        ("paragraph", "Ein viktig tekst med lenkje."),
        ("bullet", "a"),
        ("bullet", "b c"),
    ]
    assert blocks[1].runs[1].bold and blocks[1].runs[3].link == "https://helsenorge.no"
    assert rendered_text(text) == "Mål\nEin viktig tekst med lenkje.\na\nb c"


def test_export_on_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    questions = tmp_path / "sporsmal.md"
    questions.write_text("Er *rolla* rett skildra?", encoding="utf-8")
    round_id = start(demo_db, "--pathway", "angst", "--questions-file", str(questions))
    out = ok(
        "bundle", "export", str(demo_db), "--round", round_id, "--format", "docx",
        "-o", str(tmp_path / "h.docx"), *KARI,
    )  # fmt: skip
    assert out.startswith(f"Wrote the hearing document {tmp_path / 'h.docx'}")
    texts = [p.text for p in docx.Document(str(tmp_path / "h.docx")).paragraphs]
    assert "Er rolla rett skildra?" in texts


RICH = """## Kven gjer kva

Ein **viktig** tekst med [lenkje](https://helsenorge.no) og `kode`.
Same avsnitt, ny linje.

1. første
2. andre
    - under, *kursiv*

> Eit sitat.

| Teneste | Rolle |
|---|---|
| BUP | utgreiing |
| PPT |  |

Siste linje{hard}
etter hard linjeskift.""".format(hard="  ")


def test_every_kind_of_block_reads_back_as_the_text_a_reader_sees(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from kartedit.bundle.worddoc.ooxml import PROPERTY_FORMAT, PROPERTY_FORMAT_VALUE
    from kartedit.bundle.worddoc.reader import read_word_reply
    from kartedit.bundle.worddoc.writer import WordWriter

    revision = "ab" * 16
    writer = WordWriter("nn", "Prøve", "Kari", datetime(2026, 12, 1, tzinfo=UTC))
    writer.paragraph("Før teksten")
    writer.blocks(markdown_blocks(RICH), SECTION_MARK + revision)
    writer.heading("Etter teksten", 3)  # as in a hearing document: the next text's heading
    path = tmp_path / "prove.docx"
    path.write_bytes(
        writer.save(
            {
                PROPERTY_FORMAT: PROPERTY_FORMAT_VALUE,
                "kartedit-document-id": "cd" * 16,
                "kartedit-round-id": "ef" * 16,
                "kartedit-map-id": "01" * 16,
            }
        )
    )
    [section] = read_word_reply(path).sections
    assert section.revision == revision
    assert section.original == rendered_text(RICH)
    assert "Teneste\nRolle\nBUP\nutgreiing\nPPT\n\nSiste linje\netter" in section.original
