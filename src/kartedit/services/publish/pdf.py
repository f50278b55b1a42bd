"""Application services: the published map as a printable PDF (WeasyPrint, PDF/UA tagged) with
a title page, a table of contents, page numbers, running headers with pathway and service, and
a diagonal «Utkast»/«Høringsutkast» stamp on every text that is not approved."""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.safe_files import export_file
from kartedit.services.publish.model import PublishedMap
from kartedit.services.publish.site import draft_label
from kartedit.services.publish.templates import asset, render

PDF_VARIANT = "pdf/ua-1"
"""Tagged PDF with the document language and title, for screen readers."""


def css_string(value: str) -> str:
    """A CSS string literal that holds ``value`` whatever it contains."""
    escaped = "".join(c if c.isalnum() or c in " .,-–·()" else f"\\{ord(c):x} " for c in value)
    return f'"{escaped}"'


def _css(doc: PublishedMap) -> Markup:
    """The stylesheet, with the running footer's words filled in as escaped CSS strings."""
    words = doc.words
    footer = f"{doc.edition.name} · {words['version']} {doc.publication.version}"
    if doc.drafts:
        footer += f" · {words['draft']}"
    css = asset("pdf/document.css").decode("utf-8")
    css = css.replace("PAGE_WORD", css_string(words["page"])).replace("FOOTER", css_string(footer))
    return Markup(css.replace("</", "<\\/"))


def pdf_html(doc: PublishedMap) -> str:
    words = doc.words
    return render(
        "pdf/document.html",
        doc=doc,
        w=words,
        lang=words.language,
        date=words.date,
        css=_css(doc),
        local_note=words["local_note"].format(edition=doc.edition.name),
        draft_label=lambda s: draft_label(doc, s),
    )


def pdf_bytes(doc: PublishedMap) -> bytes:
    try:
        from weasyprint import HTML
    except OSError as exc:  # pango missing: WeasyPrint cannot load its libraries
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "PDF needs the pango library. On Debian: sudo apt-get install {packages}"
            ),
            packages="libpango-1.0-0 libpangoft2-1.0-0",
            detail=repr(exc),
        ) from exc
    return HTML(string=pdf_html(doc)).write_pdf(pdf_variant=PDF_VARIANT)


def write_pdf(doc: PublishedMap, target: Path) -> None:
    export_file(target, pdf_bytes(doc))
