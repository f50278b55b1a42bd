"""Bundle layer: the OOXML names, kartedit's marks in a hearing document, and safe XML parsing.

A returned ``.docx`` is untrusted: its XML is parsed with entity resolution, DTD loading
and network access off, and a document type declaration is refused outright (Word and
LibreOffice never write one; entity tricks need one).
"""

from __future__ import annotations

from lxml import etree

from kartedit.bundle.problems import BundleError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"

CUSTOM_PROPERTIES_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_PROPERTIES_REL = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)
CUSTOM_PROPERTY_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

DOCUMENT = "word/document.xml"
COMMENTS = "word/comments.xml"
COMMENTS_EXTENDED = "word/commentsExtended.xml"
CUSTOM_PROPERTIES = "docProps/custom.xml"
CORE_PROPERTIES = "docProps/core.xml"

PROPERTY_FORMAT = "kartedit-format"
PROPERTY_FORMAT_VALUE = "kartedit-hearing-document-1"
PROPERTY_DOCUMENT = "kartedit-document-id"
PROPERTY_ROUND = "kartedit-round-id"
PROPERTY_MAP = "kartedit-map-id"
PROPERTY_PATHWAYS = "kartedit-form-pathways"
"""The pathways of the form's remarks table, one slug per row, comma-separated."""
PROPERTY_FACT = "kartedit-fact-"
"""With the revision id, ``-`` and a fact kind's slug: the text a placeholder of that
revision showed (a value or the marked wording), so a reply is measured against what the
reviewer read even when the value has changed since. Word keeps at most 255 characters
of a text property, so a longer text goes in pieces: ``….1``, ``….2`` after the first."""
PROPERTY_PIECE = 200

SECTION_MARK = "KE_"
"""Bookmark name prefix: ``KE_`` and the 32-hex revision id sent (Word allows 40 characters)."""
FORM_MARK = "KE_FORM"
"""Bookmark in the heading cell of the form's table of name, organisation and role."""
REMARKS_MARK = "KE_REMARKS"
"""Bookmark in the heading cell of the form's table of remarks per pathway."""


def w(name: str) -> str:
    return f"{{{W}}}{name}"


_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


def parse_xml(data: bytes, label: str, name: str) -> etree._Element:
    """An XML part of an untrusted document; a DTD or broken XML refuses the document."""
    head = data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip()
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise BundleError(
            [
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: {name} declares a document type or entities, which Word "
                        "documents never do (an attempt to expand or fetch content while "
                        "reading it); refused.",
                    ),
                    label=label,
                    name=name,
                )
            ]
        )
    if not head.startswith(b"<"):
        raise BundleError(
            [
                Message.of(
                    QT_TRANSLATE_NOOP("Errors", "{label}: {name} is not XML (damaged document?)."),
                    label=label,
                    name=name,
                )
            ]
        )
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        message = Message.of(
            QT_TRANSLATE_NOOP("Errors", "{label}: {name} is damaged XML ({detail})."),
            label=label,
            name=name,
            detail=exc.msg,
        )
        raise BundleError([message]) from None
