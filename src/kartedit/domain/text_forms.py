"""Domain layer: the one form a text takes inside kartedit, and how large a section may be.

Text arrives composed (NFC: «å» as one character) from most keyboards, but decomposed (NFD:
«a» plus a ring) when pasted from some PDFs and Macs. The two look the same and compare
different, so search and anchoring would miss one of them: every way in normalises to NFC.
"""

from __future__ import annotations

import unicodedata

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message

MAX_SECTION_BYTES = 1024 * 1024
"""One section's text, as UTF-8: real sections are a few thousand characters; a megabyte
is a small book. It stays well inside a bundle's 2 MB limit per text file."""


def nfc(text: str) -> str:
    """The text in Unicode normal form C (composed characters)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def nfc_or_none(text: str | None) -> str | None:
    return None if text is None else nfc(text)


def section_size_problem(size: int) -> Message | None:
    """Why a section text of ``size`` UTF-8 bytes is refused, or None."""
    if size <= MAX_SECTION_BYTES:
        return None
    return Message.of(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the text is too long for one section ({size} MB; at most {limit} MB). Split it "
            "over several sections or shorten it.",
        ),
        size=f"{size / 1024 / 1024:.1f}",
        limit=MAX_SECTION_BYTES // 1024 // 1024,
    )


def section_text(text: str, where: str) -> str:
    """A section text as kartedit keeps it: within the size limit, in NFC."""
    problem = section_size_problem(len(text.encode("utf-8", "surrogatepass")))
    if problem:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{where}: {problem}"), where=where, problem=problem
        )
    return nfc(text)
