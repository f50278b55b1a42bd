"""Benchmark: importing 200 hearing documents answered in Word (25 comments each), as a
ratio to only unzipping them and parsing their XML with lxml, measured in the same run.

    .venv/bin/python bench/word_import.py [--documents N]
"""

from __future__ import annotations

import argparse
import copy
import io
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kartedit.bundle.worddoc.ooxml import CUSTOM, SECTION_MARK, W15, W
from kartedit.domain.people import Author
from kartedit.services.folders import import_demo
from kartedit.services.hearing_document import export_hearing_document
from kartedit.services.response_import import import_responses
from kartedit.services.rounds import start_round
from kartedit.services.workspace import Workspace

COMMENTS = 25
_COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _section_runs(document: etree._Element) -> list[etree._Element]:
    """Runs with text inside the bookmarked sections, in document order."""
    runs, inside = [], False
    for node in document.iter(_w("bookmarkStart"), _w("bookmarkEnd"), _w("r")):
        if node.tag == _w("bookmarkStart"):
            inside = (node.get(_w("name")) or "").startswith(SECTION_MARK)
        elif node.tag == _w("bookmarkEnd"):
            inside = False
        elif inside and node.find(_w("t")) is not None and node.getparent().tag == _w("p"):
            runs.append(node)
    return runs


def _reviewed(files: dict[str, bytes], number: int) -> bytes:
    document = etree.fromstring(files["word/document.xml"])
    runs = _section_runs(document)
    comments = etree.Element(_w("comments"), nsmap={"w": W, "w15": W15})
    step = max(1, len(runs) // COMMENTS)
    for index in range(COMMENTS):
        run = runs[(index * step + number) % len(runs)]
        start = etree.Element(_w("commentRangeStart"))
        start.set(_w("id"), str(index))
        end = copy.deepcopy(start)
        end.tag = _w("commentRangeEnd")
        run.addprevious(start)
        run.addnext(end)
        item = etree.SubElement(comments, _w("comment"))
        item.set(_w("id"), str(index))
        item.set(_w("author"), f"Fagperson {number % 7}")
        item.set(_w("date"), "2026-12-10T10:00:00Z")
        text = etree.SubElement(etree.SubElement(etree.SubElement(item, _w("p")), _w("r")), _w("t"))
        text.text = f"Merknad {index} i svar {number}"
    parts = dict(files)
    parts["word/document.xml"] = etree.tostring(document)
    parts["word/comments.xml"] = etree.tostring(comments)
    parts["[Content_Types].xml"] = files["[Content_Types].xml"].replace(
        b"</Types>",
        (
            f'<Override PartName="/word/comments.xml" ContentType="{_COMMENTS_TYPE}"/></Types>'
        ).encode(),
    )
    parts["word/_rels/document.xml.rels"] = files["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rId99" Type="{_COMMENTS_REL}" Target="comments.xml"/>'
        "</Relationships>".encode(),
    )
    custom = etree.fromstring(files["docProps/custom.xml"])
    for prop in custom.iter(f"{{{CUSTOM}}}property"):
        if prop.get("name") == "kartedit-document-id":
            prop[0].text = f"{number:032x}"
    parts["docProps/custom.xml"] = etree.tostring(custom)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _parse_only(paths: list[Path]) -> None:
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.filename.endswith((".xml", ".rels")):
                    etree.fromstring(archive.read(info))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=200)
    count = parser.parse_args().documents
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        workspace = Workspace.create(folder / "demo.sqlite")
        import_demo(workspace)
        hearing = start_round(
            workspace,
            name="Høring angst 2027",
            deadline=date(2030, 1, 15),
            author=Author("Kari Koordinator", "Helse Bergen"),
            pathways=["angst"],
        )
        sent = export_hearing_document(workspace, hearing.id, folder / "hoyring.docx")
        with zipfile.ZipFile(sent.path) as archive:
            files = {info.filename: archive.read(info) for info in archive.infolist()}
        paths = []
        for number in range(count):
            path = folder / f"svar-{number:03d}.docx"
            path.write_bytes(_reviewed(files, number))
            paths.append(path)
        started = time.perf_counter()
        _parse_only(paths)
        parse_seconds = time.perf_counter() - started
        started = time.perf_counter()
        report = import_responses(workspace, paths)
        import_seconds = time.perf_counter() - started
        workspace.close()
    assert report.all_imported, [f.refused for f in report.refused]
    items = sum(len(f.items) for f in report.files)
    print(
        f"{count} documents, {len(sent.sections)} sections each, {items} comments imported\n"
        f"unzip and parse only: {parse_seconds:.2f} s; import: {import_seconds:.2f} s; "
        f"ratio {import_seconds / parse_seconds:.2f}"
    )


if __name__ == "__main__":
    main()
