"""Publishing as documents: a tagged PDF (title page, contents, page numbers, running headers,
draft stamps) and a Word document (real heading styles, document language, draft marking)."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kartedit.services.publish.publisher import Publisher
from kartedit.services.workspace import Workspace
from tests.publish_support import COORDINATOR, DailyClock

POPPLER = shutil.which("pdfinfo") and shutil.which("pdftotext")


@pytest.fixture
def daily(demo_db: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(demo_db, clock=DailyClock())
    yield workspace
    workspace.close()


def test_pdf_is_tagged_with_title_page_contents_headers_and_page_numbers(
    daily: Workspace, tmp_path: Path
) -> None:
    result = Publisher(daily).publish("regional", "pdf", tmp_path, author=COORDINATOR)
    assert result.path == tmp_path / "regional-1.0.pdf"
    data = result.path.read_bytes()
    assert data.startswith(b"%PDF-")
    if not POPPLER:
        pytest.skip("poppler-utils (pdfinfo, pdftotext) not installed")
    info = subprocess.run(["pdfinfo", result.path], capture_output=True, text=True).stdout
    assert "Tagged:          yes" in info
    assert "Samhandlingskart for barn og unge" in info
    pages = subprocess.run(
        ["pdftotext", "-layout", result.path, "-"], capture_output=True, text=True
    ).stdout.split("\f")
    assert "Versjon 1.0" in pages[0] and "Side" not in pages[0]
    assert "Innhold" in pages[1] and "Angst hos barn og unge" in pages[1]
    section_page = pages[2]
    assert section_page.lstrip().startswith("Angst hos barn og unge")
    assert "Side 3 /" in section_page
    assert "Utkast" not in "".join(pages)


def test_pdf_stamps_every_text_that_is_not_approved(daily: Workspace, tmp_path: Path) -> None:
    from kartedit.services.publish.pdf import pdf_html

    result = Publisher(daily).publish(
        "voss", "html", tmp_path / "voss", author=COORDINATOR, include_drafts=True
    )
    html = pdf_html(result.published)
    unapproved = sum(
        1 for p in result.published.pathways for b in p.blocks for s in b.sections if not s.approved
    )
    own = sum(1 for p in result.published.pathways for s in p.texts if not s.approved)
    assert unapproved > 0 and own > 0  # the pathway's own texts are stamped too
    unapproved += own
    assert html.count('<p class="stempel">') == unapproved
    assert '<html lang="nn">' in html and "Vidare tilvising" in html
    assert "Høyringsutkast" in html or "Utkast" in html


def _docx_xml(path: Path, member: str) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read(member).decode("utf-8")


def test_word_document_has_real_headings_language_and_draft_marking(
    daily: Workspace, tmp_path: Path
) -> None:
    import docx

    result = Publisher(daily).publish(
        "voss", "docx", tmp_path, author=COORDINATOR, include_drafts=True
    )
    assert result.path == tmp_path / "voss-1.0-utkast.docx"
    document = docx.Document(str(result.path))
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert ("Heading 1", "Angst hos barn og unge") in headings
    assert ("Heading 2", "Fastlege") in headings
    assert ("Heading 3", "Vidare tilvising") in headings
    levels = [int(style.split()[1]) for style, _ in headings]
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), "no level skipped"
    assert 'w:lang w:val="nn-NO"' in _docx_xml(result.path, "word/styles.xml")
    assert document.core_properties.language == "nn-NO"
    assert "UTKAST" in document.sections[0].header.paragraphs[0].text
    marks = [p.text for p in document.paragraphs if p.text in ("UTKAST", "HØYRINGSUTKAST")]
    unapproved = sum(
        1 for p in result.published.pathways for b in p.blocks for s in b.sections if not s.approved
    ) + sum(1 for p in result.published.pathways for s in p.texts if not s.approved)
    assert len(marks) == unapproved
    assert any(p.style.name == "List Bullet" for p in document.paragraphs)
    assert 'TOC \\o "1-2"' in _docx_xml(result.path, "word/document.xml")


def test_word_document_of_one_pathway(daily: Workspace, tmp_path: Path) -> None:
    import docx

    result = Publisher(daily).publish(
        "regional", "docx", tmp_path, author=COORDINATOR, pathway="angst"
    )
    assert result.path.name == "regional-angst-1.0.docx"
    document = docx.Document(str(result.path))
    firsts = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert firsts == ["Angst hos barn og unge"]
    assert "UTKAST" not in "".join(p.text for p in document.paragraphs)
    assert 'w:lang w:val="nb-NO"' in _docx_xml(result.path, "word/styles.xml")


def test_word_documents_are_a4_as_norwegian_offices_print(daily: Workspace, tmp_path: Path) -> None:
    """Not python-docx's US Letter: a published map prints on A4 with 2.5 cm margins."""
    import docx

    result = Publisher(daily).publish("regional", "docx", tmp_path, author=COORDINATOR)
    for section in docx.Document(str(result.path)).sections:
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
        assert round(section.left_margin.cm, 2) == round(section.right_margin.cm, 2) == 2.5


def test_the_word_documents_footer_numbers_its_pages(daily: Workspace, tmp_path: Path) -> None:
    """«Side 3 / 47» at the right of every page's footer, as in the PDF: Word fills in the
    numbers from its PAGE and NUMPAGES fields."""
    import docx

    result = Publisher(daily).publish("voss", "docx", tmp_path, author=COORDINATOR)
    footer = docx.Document(str(result.path)).sections[0].footer.paragraphs[0]
    assert footer.text == "Voss herad · Versjon 1.0\tSide 1 / 1"
    xml = _docx_xml(result.path, "word/footer1.xml")
    assert xml.index(">PAGE<") < xml.index(">NUMPAGES<")
    assert 'w:val="right"' in xml
