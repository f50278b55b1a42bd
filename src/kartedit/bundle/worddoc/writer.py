"""Bundle layer: writing Word documents with python-docx — formatted blocks, bookmarks around
them, hyperlinks, the document language, numbered A4 pages and kartedit's custom document
properties.

A local fact filled into a text is shaded, as the site marks it, so a reader sees it is the
edition's own value; the marked «[lokal opplysning: …]» wording is shaded and in italics."""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import datetime
from xml.sax.saxutils import escape, quoteattr

import docx
from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Length, Mm, Pt, RGBColor, Twips
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run as WordRun

from kartedit.bundle.worddoc.blocks import Block, Run
from kartedit.bundle.worddoc.ooxml import (
    CUSTOM,
    CUSTOM_PROPERTIES_REL,
    CUSTOM_PROPERTIES_TYPE,
    CUSTOM_PROPERTY_FMTID,
    VT,
)

LANGUAGE_TAGS = {"nb": "nb-NO", "nn": "nn-NO"}
_LIST_STYLES = {
    ("bullet", 1): "List Bullet",
    ("bullet", 2): "List Bullet 2",
    ("bullet", 3): "List Bullet 3",
    ("number", 1): "List Number",
    ("number", 2): "List Number 2",
    ("number", 3): "List Number 3",
}
_LINK_COLOUR = RGBColor(0x0B, 0x53, 0x94)
_FACT_SHADING = "E8EEF4"
_CHIP_COLOUR = RGBColor(0x4A, 0x55, 0x62)


class WordWriter:
    """One new Word document; bookmark ids are counted here so each is unique."""

    def __init__(self, language: str, title: str, author: str, moment: datetime) -> None:
        self.document: Document = docx.Document()
        self._bookmarks = 0
        tag = LANGUAGE_TAGS.get(language, "nb-NO")
        set_document_language(self.document, tag)
        use_a4_pages(self.document)
        core = self.document.core_properties
        core.title = title
        core.author = author
        core.last_modified_by = author
        core.language = tag
        core.created = moment.replace(tzinfo=None)
        core.modified = moment.replace(tzinfo=None)
        core.revision = 1
        core.comments = ""
        core.keywords = ""

    # -- plain building blocks ------------------------------------------------------------

    def heading(self, text: str, level: int) -> Paragraph:
        return self.document.add_heading(text, level)

    def paragraph(self, text: str = "", *, bold: bool = False, italic: bool = False) -> Paragraph:
        paragraph = self.document.add_paragraph()
        if text:
            run = paragraph.add_run(text)
            run.bold = bold or None
            run.italic = italic or None
        return paragraph

    def labelled(self, label: str, text: str) -> Paragraph:
        """«Label: text» with the label in bold."""
        paragraph = self.document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(text)
        return paragraph

    def table(self, rows: int, columns: int) -> Table:
        table = self.document.add_table(rows=rows, cols=columns)
        table.style = "Table Grid"
        return table

    def page_break(self) -> None:
        self.document.add_page_break()

    def footer(self, text: str, page: str) -> None:
        """Every page's footer: ``text``, and «Side 3 / 12» (``page`` is «Side») at the right."""
        paragraph = self.document.sections[0].footer.paragraphs[0]
        paragraph.text = text
        page_numbers(paragraph, page, A4_TEXT_WIDTH)

    # -- Markdown blocks ------------------------------------------------------------------

    def blocks(self, blocks: list[Block], mark: str | None = None) -> None:
        """Write blocks as formatted paragraphs; ``mark`` names a bookmark around them all."""
        paragraphs: list[Paragraph] = []
        index = 0
        while index < len(blocks):
            block = blocks[index]
            if block.kind == "cell":
                cells = [block]
                while (
                    index + 1 < len(blocks)
                    and blocks[index + 1].kind == "cell"
                    and blocks[index + 1].table == block.table
                ):
                    index += 1
                    cells.append(blocks[index])
                paragraphs.extend(self._table(cells))
            else:
                paragraphs.append(self._block(block))
            index += 1
        if not paragraphs:
            paragraphs.append(self.document.add_paragraph())
        if mark is not None:
            self.bookmark(paragraphs[0], paragraphs[-1], mark)

    def _block(self, block: Block) -> Paragraph:
        paragraph = self.document.add_paragraph()
        if block.kind == "heading":
            paragraph.style = self.document.styles[f"Heading {min(block.level + 3, 6)}"]
        elif block.kind in ("bullet", "number"):
            style = _LIST_STYLES[(block.kind, min(block.level, 3))]
            paragraph.style = self.document.styles[style]
        elif block.kind == "quote":
            paragraph.style = self.document.styles["Quote"]
        self.runs(paragraph, block.runs)
        return paragraph

    def _table(self, cells: list[Block]) -> list[Paragraph]:
        rows = max(c.row for c in cells) + 1
        columns = max(c.column for c in cells) + 1
        table = self.table(rows, columns)
        written = []
        for cell in cells:
            paragraph = table.cell(cell.row, cell.column).paragraphs[0]
            self.runs(paragraph, cell.runs)
            written.append(paragraph)
        return written

    def runs(self, paragraph: Paragraph, runs: list[Run]) -> None:
        for run in runs:
            if run.line_break:
                paragraph.add_run().add_break()
            elif run.link:
                self.hyperlink(paragraph, run.link, run)
            else:
                _format(paragraph.add_run(run.text), run)

    def hyperlink(self, paragraph: Paragraph, url: str, run: Run) -> None:
        rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rel)
        word_run = paragraph.add_run(run.text)
        _format(word_run, run)
        word_run.font.underline = True
        word_run.font.color.rgb = _LINK_COLOUR
        link.append(word_run._r)
        paragraph._p.append(link)

    # -- marks ----------------------------------------------------------------------------

    def bookmark(self, first: Paragraph, last: Paragraph, name: str) -> None:
        """A bookmark from the start of ``first`` to the end of ``last``."""
        self._bookmarks += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._bookmarks))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._bookmarks))
        properties = first._p.pPr
        if properties is not None:
            properties.addnext(start)
        else:
            first._p.insert(0, start)
        last._p.append(end)

    def save(self, properties: Mapping[str, str]) -> bytes:
        """The finished document, with ``properties`` as custom document properties."""
        _custom_properties(self.document, properties)
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


def _format(word_run: WordRun, run: Run) -> None:
    if run.bold:
        word_run.bold = True
    if run.italic:
        word_run.italic = True
    if run.strike:
        word_run.font.strike = True
    if run.code:
        word_run.font.name = "Courier New"
        word_run.font.size = Pt(10)
    if run.fact is not None:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), _FACT_SHADING)
        word_run._r.get_or_add_rPr().append(shading)
        if run.fact.chip:
            word_run.italic = True
            word_run.font.color.rgb = _CHIP_COLOUR


def set_document_language(document: Document, tag: str) -> None:
    """The language of every style that does not say otherwise (proofing, screen readers):
    the document's language, e.g. nb-NO or nn-NO. Publishing a map in Word uses it too."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    for old in properties.findall(qn("w:lang")):
        properties.remove(old)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), tag)
    language.set(qn("w:eastAsia"), tag)
    language.set(qn("w:bidi"), "ar-SA")
    properties.append(language)


A4_MARGIN = Cm(2.5)
A4_TEXT_WIDTH = Cm(16)
"""Between the margins of an A4 page as ``use_a4_pages`` sets it: 21 cm less 2 × 2.5 cm."""


def use_a4_pages(document: Document) -> None:
    """A4 pages with 2.5 cm margins, as Norwegian offices print them: python-docx's template
    is US Letter, which Word shows and prints as Letter. Publishing a map in Word uses it too."""
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = A4_MARGIN
        section.top_margin = section.bottom_margin = A4_MARGIN


def field_char(kind: str) -> BaseOxmlElement:
    """A field's begin, separate or end mark (``w:fldChar``)."""
    node = OxmlElement("w:fldChar")
    node.set(qn("w:fldCharType"), kind)
    return node


def begin_field(paragraph: Paragraph, instruction: str) -> None:
    """A field's start in a new run: what follows is its result until ``field_char("end")``."""
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = instruction
    run = paragraph.add_run()
    for node in (field_char("begin"), code, field_char("separate")):
        run._r.append(node)


def page_numbers(paragraph: Paragraph, page: str, right: Length) -> None:
    """«Side 3 / 47» at ``right`` (the right margin), from the PAGE and NUMPAGES fields Word
    fills in; the Footer style's centre and right tabs (set for US Letter) are cleared."""
    tabs = paragraph.paragraph_format.tab_stops
    for position in (4680, 9360):
        tabs.add_tab_stop(Twips(position), WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
    paragraph.add_run(f"\t{page} ")
    for index, field in enumerate(("PAGE", "NUMPAGES")):
        if index:
            paragraph.add_run(" / ")
        begin_field(paragraph, field)
        paragraph.add_run("1")
        paragraph.add_run()._r.append(field_char("end"))


def _custom_properties(document: Document, properties: Mapping[str, str]) -> None:
    items = "".join(
        f'<property fmtid="{CUSTOM_PROPERTY_FMTID}" pid="{pid}" name={quoteattr(name)}>'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(properties.items(), start=2)
    )
    blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{CUSTOM}" xmlns:vt="{VT}">{items}</Properties>'
    ).encode()
    package = document.part.package
    part = Part(PackURI("/docProps/custom.xml"), CUSTOM_PROPERTIES_TYPE, blob, package)
    package.relate_to(part, CUSTOM_PROPERTIES_REL)
