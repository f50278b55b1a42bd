"""GUI: syntax highlighting of Markdown in the editor — headings, lists, emphasis, links, and
local-fact placeholders."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from kartedit.domain.facts import PLACEHOLDER
from kartedit.gui.common.theme import theme
from kartedit.gui.writer.quality_marks import QualityMarks


def _format(
    color: QColor, *, bold: bool = False, italic: bool = False, underline: bool = False
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(color)
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    fmt.setFontUnderline(underline)
    return fmt


_HEADING = re.compile(r"^(#{1,6})\s+\S.*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_LIST = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])\s")
_QUOTE = re.compile(r"^\s*>")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_TABLE = re.compile(r"^\s*\|")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*_\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_\w])")
_CODE = re.compile(r"`[^`\n]+`")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^>\s]+>|\bhttps?://[^\s<>()]+")


class MarkdownHighlighter(QSyntaxHighlighter):
    """Line-based and cheap: it runs on every keystroke, for the changed block only."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        t = theme()
        self.heading = _format(t.ink("heading"), bold=True)
        self.marker = _format(t.ink("marker"), bold=True)
        self.quote = _format(t.muted, italic=True)
        self.strong = _format(t.text, bold=True)
        self.emphasis = _format(t.text, italic=True)
        self.code = _format(t.ink("code"))
        self.code.setFontFamilies(["DejaVu Sans Mono", "Consolas", "monospace"])
        self.link_text = _format(t.ink("link"), underline=True)
        self.link_target = _format(t.muted)
        self.muted = _format(t.muted)
        self.fact = _format(t.ink("local"), bold=True)
        self.fact.setBackground(t.tint("local"))
        self.quality = QualityMarks()
        self._cuts: set[int] = set()
        """Where the line's formats may change: the ends of every span formatted so far."""

    def highlightBlock(self, text: str) -> None:
        self._cuts = {0, len(text)}
        self._markdown(text)
        self.quality.apply(self, text, self._cuts)

    def setFormat(self, start: int, count: int, fmt: QTextCharFormat) -> None:  # type: ignore[override]
        """Qt's, noting where the line's formats may change (see ``QualityMarks.apply``)."""
        self._cuts.add(start)
        self._cuts.add(start + count)
        super().setFormat(start, count, fmt)

    def _markdown(self, text: str) -> None:
        if _HEADING.match(text):
            self.setFormat(0, len(text), self.heading)
            return
        if _SETEXT.match(text) or _RULE.match(text):
            self.setFormat(0, len(text), self.muted)
            return
        if _QUOTE.match(text):
            self.setFormat(0, len(text), self.quote)
        elif _TABLE.match(text):
            for match in re.finditer(r"\|", text):
                self.setFormat(match.start(), 1, self.muted)
        list_match = _LIST.match(text)
        if list_match:
            self.setFormat(list_match.start(2), len(list_match.group(2)), self.marker)
        self._inline(text)

    def _inline(self, text: str) -> None:
        for match in _STRONG.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self.strong)
        for match in _EMPHASIS.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self.emphasis)
        for match in _CODE.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self.code)
        for match in _LINK.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self.link_target)
            self.setFormat(match.start(1), len(match.group(1)), self.link_text)
        for match in _AUTOLINK.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self.link_text)
        for match in PLACEHOLDER.finditer(text):  # a local fact: each edition's own value
            self.setFormat(match.start(), match.end() - match.start(), self.fact)
