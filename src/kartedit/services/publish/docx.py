"""Application services: the published map as a Word document (python-docx) — a title page, a
table of contents field, Word's real heading styles (pathway, service, kind), A4 pages
numbered «Side 3 / 47» in the footer, the document language nb-NO or nn-NO, and
«Utkast»/«Høringsutkast» marking on every text not approved."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from kartedit.bundle.worddoc.writer import (
    A4_TEXT_WIDTH,
    begin_field,
    field_char,
    page_numbers,
    set_document_language,
    use_a4_pages,
)
from kartedit.safe_files import export_file
from kartedit.services.publish.docx_text import add_html
from kartedit.services.publish.model import PageSection, PublishedMap
from kartedit.services.publish.site import draft_label

_DRAFT_RED = RGBColor(0x8A, 0x1C, 0x1C)


def _set_language(document: Any, tag: str) -> None:
    """The language of every style's text (proofing, screen readers): nb-NO or nn-NO."""
    set_document_language(document, tag)
    document.core_properties.language = tag


def _toc_field(document: Any, entries: list[tuple[int, str]]) -> None:
    """A table of contents field over Heading 1–2. Word refreshes it (with page numbers) when
    the document opens; until then it holds the headings, so other readers show them too."""
    first = document.add_paragraph()
    begin_field(first, 'TOC \\o "1-2" \\h \\z \\u')
    paragraph = first
    for index, (level, text) in enumerate(entries):
        if index:
            paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Pt(14 * (level - 1))
        entry = paragraph.add_run(text)
        entry.bold = level == 1 or None
    paragraph.add_run()._r.append(field_char("end"))


def _update_fields_on_open(document: Any) -> None:
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _mark(paragraph: Any, text: str) -> None:
    run = paragraph.add_run(text.upper())
    run.bold = True
    run.font.color.rgb = _DRAFT_RED


def docx_bytes(doc: PublishedMap) -> bytes:
    words = doc.words
    document = Document()
    _set_language(document, words.bcp47)
    use_a4_pages(document)
    properties = document.core_properties
    properties.title = f"{doc.map_name} – {doc.edition.name}"
    properties.subject = f"{words['version']} {doc.publication.version}"
    properties.author = doc.edition.organisation or doc.edition.name
    properties.comments = doc.publication.note
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)

    section = document.sections[0]
    footer = section.footer.paragraphs[0]
    footer.text = f"{doc.edition.name} · {words['version']} {doc.publication.version}"
    page_numbers(footer, words["page"], A4_TEXT_WIDTH)
    if doc.drafts:
        header = section.header.paragraphs[0]
        _mark(header, f"{words['draft']} – {words['draft_notice']}")

    document.add_paragraph(words["map_title"], style="Subtitle")
    document.add_paragraph(doc.map_name, style="Title")
    document.add_paragraph(doc.edition.name, style="Subtitle")
    document.add_paragraph(
        f"{words['version']} {doc.publication.version} · {words['published']} "
        f"{words.date(doc.publication.created)}"
    )
    if doc.publication.note:
        document.add_paragraph(f"{words['note']}: {doc.publication.note}")
    if doc.drafts:
        _mark(document.add_paragraph(), f"{words['draft']}. ")
        document.paragraphs[-1].add_run(words["draft_notice"])
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph(words["contents"], style="TOC Heading")
    _toc_field(
        document,
        [
            entry
            for page in doc.pathways
            for entry in [
                (1, page.pathway.name),
                *((2, t.title) for t in page.texts),
                *((2, b.service.name) for b in page.blocks if b.sections),
            ]
        ],
    )
    _update_fields_on_open(document)

    for page in doc.pathways:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(page.pathway.name, level=1)
        if page.last_changed:
            document.add_paragraph(f"{words['last_updated']}: {words.date(page.last_changed)}")
        for text in page.texts:
            _section(document, doc, text, 2, 1)
        for block in page.blocks:
            if not block.sections:
                continue
            document.add_heading(block.service.name, level=2)
            for item in block.sections:
                _section(document, doc, item, 3, 3)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _section(document: Any, doc: PublishedMap, item: PageSection, level: int, offset: int) -> None:
    """One text under its heading at ``level``, marked when it is local or not approved;
    the text's own headings go ``offset`` levels down (its «##» just below the heading)."""
    document.add_heading(item.title, level=level)
    if item.local:
        note = document.add_paragraph().add_run(
            doc.words["local_note"].format(edition=doc.edition.name)
        )
        note.italic = True
    if not item.approved:
        _mark(document.add_paragraph(), draft_label(doc, item))
    add_html(document, item.html, offset)


def write_docx(doc: PublishedMap, target: Path) -> None:
    export_file(target, docx_bytes(doc))
