"""GUI: the text-quality underlines in an editor — spelling, term, other written standard and
long sentences, each its own mark — with their tooltip and context-menu suggestions.

The Markdown highlighter calls ``QualityMarks.apply`` for the block Qt re-highlights (only the
changed line on a keystroke); the marks come from ``TextChecker.line_marks``, cached by line,
so typing never waits for a whole-text check.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat

from kartedit.domain.quality import FindingKind, TextMark
from kartedit.gui.common.theme import theme
from kartedit.text.checker import TextChecker

_STYLE = {
    FindingKind.SPELLING: (QTextCharFormat.UnderlineStyle.SpellCheckUnderline, "deleted"),
    FindingKind.TERM: (QTextCharFormat.UnderlineStyle.WaveUnderline, "hearing"),
    FindingKind.STANDARD: (QTextCharFormat.UnderlineStyle.DashUnderline, "local"),
    FindingKind.LONG_SENTENCE: (QTextCharFormat.UnderlineStyle.DotLine, "inherited"),
}


def explain(mark: TextMark) -> str:
    """The tooltip of a mark, in the reader's language."""
    if mark.kind is FindingKind.SPELLING:
        text = QCoreApplication.translate(
            "QualityMarks", "Not in the dictionary: «{word}»."
        ).format(word=mark.passage)
    elif mark.kind is FindingKind.STANDARD:
        text = (
            QCoreApplication.translate("QualityMarks", "Nynorsk form in a bokmål text: «{word}».")
            if mark.detail == "nynorsk"
            else QCoreApplication.translate(
                "QualityMarks", "Bokmål form in a nynorsk text: «{word}»."
            )
        ).format(word=mark.passage)
    elif mark.kind is FindingKind.TERM:
        text = QCoreApplication.translate(
            "QualityMarks", "The map's term list discourages «{word}»."
        ).format(word=mark.passage)
        if mark.detail:
            text += " " + mark.detail
    else:
        text = QCoreApplication.translate(
            "QualityMarks", "Long sentence: {count} words (more than 25)."
        ).format(count=mark.detail)
    if mark.suggestions:
        text += " " + QCoreApplication.translate("QualityMarks", "Suggestion: {words}").format(
            words=", ".join(mark.suggestions)
        )
    return text


class QualityMarks:
    """What one editor underlines; without a checker it underlines nothing."""

    def __init__(self) -> None:
        self.checker: TextChecker | None = None
        self.on_add_word: Callable[[str], None] | None = None

    def marks(self, line: str) -> tuple[TextMark, ...]:
        return self.checker.line_marks(line) if self.checker is not None else ()

    def apply(self, highlighter: QSyntaxHighlighter, text: str, cuts: set[int]) -> None:
        """Underline the line's marks over the formats the highlighter gave it; ``cuts``
        holds every place those formats may change (the ends of each formatted span)."""
        marks = self.marks(text)
        if not marks:  # most lines, and every line of a text shown before it is checked
            return
        t = theme()
        # a sentence's dotted line first, so the words' own marks show inside it
        ordered = sorted(marks, key=lambda m: m.kind is not FindingKind.LONG_SENTENCE)
        for mark in ordered:
            style, ink = _STYLE[mark.kind]
            colour = t.ink(ink)
            end = min(mark.end, len(text))
            # each run between two cuts is formatted alike and keeps its format, underlined:
            # one setFormat a run, not one a character (a long sentence has hundreds)
            bounds = [mark.start, *sorted(c for c in cuts if mark.start < c < end), end]
            for start, stop in pairwise(bounds):
                char_format = QTextCharFormat(highlighter.format(start))
                char_format.setUnderlineStyle(style)
                char_format.setUnderlineColor(colour)
                highlighter.setFormat(start, stop - start, char_format)

    def mark_at(self, line: str, column: int) -> TextMark | None:
        """The mark under a column (a word's mark before a sentence's), with suggestions."""
        found = [m for m in self.marks(line) if m.start <= column < m.end]
        found.sort(key=lambda m: m.kind is FindingKind.LONG_SENTENCE)
        if not found or self.checker is None:
            return None
        return self.checker.with_suggestions(found[0])  # suggested only when asked for
