"""Reviewed hearing documents for tests, made by editing a hearing document's XML the way a
reviewer's word processor would: comments with ranges and replies, tracked changes, an
untracked edit and a filled-in form.

``review(..., word_style=True)`` writes the structure Microsoft Word writes (``w14:paraId``
on paragraphs, ``commentsExtended.xml`` threads, ``w:rsid*`` attributes, runs split
mid-word, smart tags, ``w:proofErr``); ``tests/data/word/make_fixtures.py`` also passes
the plain variant through LibreOffice, so the committed fixtures are as each program
writes them.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from kartedit.bundle.worddoc.ooxml import FORM_MARK, REMARKS_MARK, W14, W15, W

DATA = Path(__file__).parent / "data" / "word"
ROUND_ID = "7f3c2b1a0e9d48c6b5a4f3e2d1c0b9a8"
"""The round id the fixtures were made for (tests start their round with this id)."""
DOCUMENT_ID = "0a1b2c3d4e5f40718293a4b5c6d7e8f9"

OLA = ("Ola Nordmann", "ON")
SIRI = ("Siri Helse", "SH")
DATE = "2026-12-10T10:00:00Z"

COMMENT_1 = ("portåpner til spesialisthelsetjenesten", "Bør nemne dei kommunale tilboda først.")
REPLY = "Einig, og legg til helsestasjonen."
COMMENT_2 = ("Unngå omfattende utredning", "Kva er omfattande utgreiing?")
REPLACED = ("ansvaret", "hovudansvaret")
"""Ola's tracked replacement in angst/fastlege/role."""
DELETED = ", fritt T4"
"""Siri's tracked deletion in angst/fastlege/assessment."""
UNTRACKED = ("vanligvis 12–16 timer", "vanligvis 10–16 timer")
"""Changed in angst/bup/intervention with track changes off."""
FORM = ("Ola Nordmann", "PPT Voss", "rådgjevar")
REMARK = "Godt arbeid, men nokre tekstar er for lange."

_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_EXTENDED_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
)
_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_EXTENDED_REL = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


@dataclass
class _Comment:
    id: int
    author: tuple[str, str]
    text: str
    para_id: str
    parent: str | None = None


class _Editor:
    def __init__(self, document: etree._Element, word_style: bool) -> None:
        self.root = document
        self.word_style = word_style
        self.next_id = 100
        self.rsid = 0

    def _id(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def isolate(self, phrase: str) -> etree._Element:
        """The run holding exactly ``phrase`` (the run it was in is split around it)."""
        for text in self.root.iter(_w("t")):
            value = text.text or ""
            at = value.find(phrase)
            if at < 0:
                continue
            run = text.getparent()
            parts = [value[:at], phrase, value[at + len(phrase) :]]
            made = []
            for part in parts:
                if not part:
                    made.append(None)
                    continue
                clone = copy.deepcopy(run)
                t = clone.find(_w("t"))
                t.text = part
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                made.append(clone)
            for clone in made:
                if clone is not None:
                    run.addprevious(clone)
            run.getparent().remove(run)
            return made[1]
        raise AssertionError(f"phrase not in the document: {phrase}")

    def comment(
        self,
        run: etree._Element,
        comment_id: int,
        *,
        reply_to: int | None = None,
        until: etree._Element | None = None,
    ) -> None:
        """A comment on ``run`` (through ``until``, a later run of the same paragraph)."""
        start = etree.Element(_w("commentRangeStart"))
        start.set(_w("id"), str(comment_id))
        end = etree.Element(_w("commentRangeEnd"))
        end.set(_w("id"), str(comment_id))
        first = run
        while first.getprevious() is not None and first.getprevious().tag == _w(
            "commentRangeStart"
        ):
            first = first.getprevious()
        first.addprevious(start)
        (until if until is not None else run).addnext(end)
        reference = etree.SubElement(etree.Element(_w("r")), _w("commentReference"))
        reference.set(_w("id"), str(comment_id))
        end.addnext(reference.getparent())

    def delete(self, run: etree._Element, author: tuple[str, str]) -> etree._Element:
        wrapper = etree.Element(_w("del"))
        wrapper.set(_w("id"), self._id())
        wrapper.set(_w("author"), author[0])
        wrapper.set(_w("date"), DATE)
        run.addprevious(wrapper)
        wrapper.append(run)
        for t in run.findall(_w("t")):
            t.tag = _w("delText")
        return wrapper

    def insert_after(self, element: etree._Element, text: str, author: tuple[str, str]) -> None:
        wrapper = etree.Element(_w("ins"))
        wrapper.set(_w("id"), self._id())
        wrapper.set(_w("author"), author[0])
        wrapper.set(_w("date"), DATE)
        run = etree.SubElement(wrapper, _w("r"))
        t = etree.SubElement(run, _w("t"))
        t.text = text
        element.addnext(wrapper)

    def untracked(self, old: str, new: str) -> None:
        for text in self.root.iter(_w("t")):
            if text.text and old in text.text:
                text.text = text.text.replace(old, new)
                return
        raise AssertionError(old)

    def fill_form(self) -> None:
        def table(mark: str) -> etree._Element:
            for node in self.root.iter(_w("bookmarkStart")):
                if node.get(_w("name")) == mark:
                    return next(node.iterancestors(_w("tbl")))
            raise AssertionError(mark)

        def write(cell: etree._Element, value: str) -> None:
            paragraph = cell.find(_w("p"))
            run = etree.SubElement(paragraph, _w("r"))
            etree.SubElement(run, _w("t")).text = value

        rows = table(FORM_MARK).findall(_w("tr"))
        for row, value in zip(rows[1:4], FORM, strict=True):
            write(row.findall(_w("tc"))[1], value)
        write(table(REMARKS_MARK).findall(_w("tr"))[1].findall(_w("tc"))[1], REMARK)

    # -- Word's own habits ----------------------------------------------------------------

    def word_noise(self) -> None:
        """rsids everywhere, paragraph ids, a word split over runs, a smart tag, proofErr."""
        for number, paragraph in enumerate(self.root.iter(_w("p")), start=1):
            paragraph.set(f"{{{W14}}}paraId", f"{0x10000000 + number:08X}")
            paragraph.set(f"{{{W14}}}textId", "77777777")
            paragraph.set(_w("rsidR"), "00A1B2C3")
            paragraph.set(_w("rsidRDefault"), "00A1B2C3")
        for run in self.root.iter(_w("r")):
            run.set(_w("rsidR"), "00D4E5F6")
            run.set(_w("rsidRPr"), "00D4E5F6")
        # The commented «…spesialisthelsetjenesten» typed in two goes: runs split mid-word.
        run = next(t for t in self.root.iter(_w("t")) if t.text == COMMENT_1[0]).getparent()
        second = copy.deepcopy(run)
        run.find(_w("t")).text = "portåpner til spesialist"
        second.find(_w("t")).text = "helsetjenesten"
        run.addnext(second)
        # A smart tag around «TSH» and a proofing mark around «foresatte».
        tagged = self.isolate("TSH")
        tag = etree.Element(_w("smartTag"))
        tag.set(_w("uri"), "urn:schemas-microsoft-com:office:smarttags")
        tag.set(_w("element"), "stockticker")
        tagged.addprevious(tag)
        tag.append(tagged)
        marked = self.isolate("hjertebank")
        start = etree.Element(_w("proofErr"))
        start.set(_w("type"), "spellStart")
        end = etree.Element(_w("proofErr"))
        end.set(_w("type"), "spellEnd")
        marked.addprevious(start)
        marked.addnext(end)


def _comments_xml(comments: list[_Comment], word_style: bool) -> bytes:
    root = etree.Element(_w("comments"), nsmap={"w": W, "w14": W14})
    for c in comments:
        item = etree.SubElement(root, _w("comment"))
        item.set(_w("id"), str(c.id))
        item.set(_w("author"), c.author[0])
        item.set(_w("initials"), c.author[1])
        item.set(_w("date"), DATE)
        paragraph = etree.SubElement(item, _w("p"))
        paragraph.set(f"{{{W14}}}paraId", c.para_id)
        if word_style:
            paragraph.set(_w("rsidR"), "00123456")
        mark = etree.SubElement(paragraph, _w("r"))
        etree.SubElement(mark, _w("annotationRef"))
        run = etree.SubElement(paragraph, _w("r"))
        etree.SubElement(run, _w("t")).text = c.text
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _extended_xml(comments: list[_Comment]) -> bytes:
    root = etree.Element(f"{{{W15}}}commentsEx", nsmap={"w15": W15})
    for c in comments:
        item = etree.SubElement(root, f"{{{W15}}}commentEx")
        item.set(f"{{{W15}}}paraId", c.para_id)
        if c.parent:
            item.set(f"{{{W15}}}paraIdParent", c.parent)
        item.set(f"{{{W15}}}done", "0")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def review(source: Path, target: Path, *, word_style: bool) -> Path:
    """The fixture's reviewing, done to the hearing document ``source``."""
    return edited(source, target, lambda editor: _review(editor, word_style), word_style=word_style)


def _review(editor: _Editor, word_style: bool) -> list[_Comment]:
    comments = [
        _Comment(1, OLA, COMMENT_1[1], "0C0FFEE1"),
        _Comment(2, SIRI, REPLY, "0C0FFEE2", parent="0C0FFEE1"),
        _Comment(3, SIRI, COMMENT_2[1], "0C0FFEE3"),
    ]
    first = editor.isolate(COMMENT_1[0])
    editor.comment(first, 1)
    if word_style:  # Word gives a reply the same range as the comment it answers
        editor.comment(first, 2)
    else:
        reference = etree.SubElement(etree.Element(_w("r")), _w("commentReference"))
        reference.set(_w("id"), "2")
        first.getnext().addnext(reference.getparent())
    editor.comment(editor.isolate(COMMENT_2[0]), 3)
    replaced = editor.delete(editor.isolate(REPLACED[0]), OLA)
    editor.insert_after(replaced, REPLACED[1], OLA)
    editor.delete(editor.isolate(DELETED), SIRI)
    editor.untracked(*UNTRACKED)
    editor.fill_form()
    if word_style:
        editor.word_noise()
    return comments


def edited(
    source: Path,
    target: Path,
    edit: Callable[[_Editor], list[_Comment]],
    *,
    word_style: bool = False,
) -> Path:
    """The hearing document ``source`` as a reviewer returns it after ``edit``, which
    changes the body through the editor and gives the comments it made."""
    with zipfile.ZipFile(source) as archive:
        files = {info.filename: archive.read(info) for info in archive.infolist()}
    document = etree.fromstring(files["word/document.xml"])
    comments = edit(_Editor(document, word_style))
    files["word/document.xml"] = etree.tostring(
        document, xml_declaration=True, encoding="UTF-8", standalone=True
    )
    files["word/comments.xml"] = _comments_xml(comments, word_style)
    files["word/commentsExtended.xml"] = _extended_xml(comments)
    types = etree.fromstring(files["[Content_Types].xml"])
    for name, kind in (("comments", _COMMENTS_TYPE), ("commentsExtended", _EXTENDED_TYPE)):
        override = etree.SubElement(types, f"{{{_CT}}}Override")
        override.set("PartName", f"/word/{name}.xml")
        override.set("ContentType", kind)
    files["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8")
    rels = etree.fromstring(files["word/_rels/document.xml.rels"])
    for number, (name, kind) in enumerate(
        (("comments", _COMMENTS_REL), ("commentsExtended", _EXTENDED_REL)), start=90
    ):
        rel = etree.SubElement(rels, f"{{{_REL}}}Relationship")
        rel.set("Id", f"rId{number}")
        rel.set("Type", kind)
        rel.set("Target", f"{name}.xml")
    files["word/_rels/document.xml.rels"] = etree.tostring(
        rels, xml_declaration=True, encoding="UTF-8"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target
