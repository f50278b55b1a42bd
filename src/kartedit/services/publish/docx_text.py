"""Application services: a section text's sanitised HTML → paragraphs, lists, tables and links
in a python-docx document, in Word's own styles (headings, lists, quote): real structure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from docx.enum.text import WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from kartedit.services.publish.check import INTERNAL

_INLINE = {"strong": "bold", "b": "bold", "em": "italic", "i": "italic", "del": "strike",
           "sup": "superscript", "sub": "subscript", "code": "code"}  # fmt: skip


def add_hyperlink(paragraph: Any, url: str, text: str, formats: set[str]) -> None:
    """A real, clickable hyperlink run (python-docx has no public API for it)."""
    part = paragraph.part
    rel_id = part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0A4F8A")
    props.append(colour)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(underline)
    if "bold" in formats:
        props.append(OxmlElement("w:b"))
    if "italic" in formats:
        props.append(OxmlElement("w:i"))
    run.append(props)
    node = OxmlElement("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    link.append(run)
    paragraph._p.append(link)


@dataclass
class _Table:
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 0
    in_head: bool = False


class _Builder(HTMLParser):
    def __init__(self, document: Any, heading_offset: int) -> None:
        super().__init__(convert_charrefs=True)
        self.document = document
        self.heading_offset = heading_offset
        """Not ``offset``: HTMLParser keeps its reading position under that name."""
        self.paragraph: Any = None
        self.lists: list[str] = []
        self.formats: list[str] = []
        self.link: str | None = None
        self.quote = 0
        self.pre = False
        self.table: _Table | None = None
        self.cell: list[str] | None = None

    # -- paragraphs -------------------------------------------------------------------

    def _new(self, style: str | None = None) -> Any:
        if style is None:
            style = "Quote" if self.quote else "Normal"
        self.paragraph = self.document.add_paragraph(style=style)
        return self.paragraph

    def _list_style(self) -> str:
        depth = min(len(self.lists), 3)
        base = "List Bullet" if self.lists[-1] == "ul" else "List Number"
        return base if depth == 1 else f"{base} {depth}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.table is not None:
            if tag == "thead":
                self.table.in_head = True
            elif tag == "tr":
                self.table.rows.append([])
                if self.table.in_head:
                    self.table.header_rows += 1
            elif tag in ("td", "th"):
                self.cell = []
            return
        if tag in ("p", "div"):
            if not (self.lists and self.paragraph is not None and not self.paragraph.text):
                self._new("No Spacing" if self.pre else None)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._new(f"Heading {min(9, int(tag[1]) + self.heading_offset)}")
        elif tag in ("ul", "ol"):
            self.lists.append(tag)
            self.paragraph = None
        elif tag == "li":
            self._new(self._list_style())
        elif tag == "blockquote":
            self.quote += 1
            self.paragraph = None
        elif tag == "pre":
            self.pre = True
            self._new("No Spacing")
        elif tag == "br" and self.paragraph is not None:
            self.paragraph.add_run().add_break()
        elif tag == "hr":
            self.paragraph = None
        elif tag == "table":
            self.table = _Table()
        elif tag == "a":
            self.link = dict(attrs).get("href")
        elif tag in _INLINE:
            self.formats.append(_INLINE[tag])

    def handle_endtag(self, tag: str) -> None:
        if self.table is not None:
            if tag == "thead":
                self.table.in_head = False
            elif tag in ("td", "th") and self.cell is not None:
                self.table.rows[-1].append(" ".join("".join(self.cell).split()))
                self.cell = None
            elif tag == "table":
                self._flush_table()
            return
        if tag in ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li"):
            self.paragraph = None
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self.paragraph = None
        elif tag == "blockquote":
            self.quote = max(0, self.quote - 1)
        elif tag == "pre":
            self.pre = False
            self.paragraph = None
        elif tag == "a":
            self.link = None
        elif tag in _INLINE and _INLINE[tag] in self.formats:
            self.formats.remove(_INLINE[tag])

    def handle_data(self, data: str) -> None:
        if self.table is not None:
            if self.cell is not None:
                self.cell.append(data)
            return
        if not self.pre:
            data = re.sub(r"\s+", " ", data)
        if not data:
            return
        if self.paragraph is None:
            if not data.strip():
                return
            self._new()
            data = data.lstrip()
        formats = set(self.formats)
        if (
            self.link
            and not self.link.startswith(INTERNAL)
            and self.link.startswith(("http://", "https://", "mailto:"))
        ):
            add_hyperlink(self.paragraph, self.link, data, formats)
            return
        run = self.paragraph.add_run(data)
        run.bold = "bold" in formats or None
        run.italic = "italic" in formats or None
        run.font.strike = "strike" in formats or None
        run.font.superscript = "superscript" in formats or None
        run.font.subscript = "subscript" in formats or None
        if "code" in formats or self.pre:
            run.font.name = "DejaVu Sans Mono"
            run.font.highlight_color = WD_COLOR_INDEX.GRAY_25 if not self.pre else None

    def _flush_table(self) -> None:
        table_data = self.table
        self.table = None
        if table_data is None or not table_data.rows:
            return
        columns = max(len(r) for r in table_data.rows)
        table = self.document.add_table(rows=len(table_data.rows), cols=columns)
        table.style = "Table Grid"
        for r, row in enumerate(table_data.rows):
            for c in range(columns):
                cell = table.cell(r, c)
                cell.text = row[c] if c < len(row) else ""
                if r < table_data.header_rows:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        for r in range(table_data.header_rows):
            header = table.rows[r]._tr.get_or_add_trPr()
            mark = OxmlElement("w:tblHeader")
            mark.set(qn("w:val"), "true")
            header.append(mark)
        self.paragraph = None


def add_html(document: Any, fragment: str, heading_offset: int) -> None:
    """Append a sanitised HTML fragment; its headings go ``heading_offset`` levels down."""
    builder = _Builder(document, heading_offset)
    builder.feed(fragment)
    builder.close()
