"""Text services layer: the checks one text needs on its own — spelling, written standard,
discouraged terms and long sentences — as marks with offsets, line by line and cached.

The editor asks for one line at a time as the writer types; the map check asks for whole
texts. Both go through ``TextChecker.line_marks``, which keeps the marks of each line it has
seen, so a keystroke re-checks only the line it changed and a map whose sections share
sentences (local adaptations) checks each sentence once. Every word is looked up once per
checker, whatever the number of times it occurs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kartedit.domain.quality import LONG_SENTENCE_WORDS, FindingKind, QualityLists, TextMark
from kartedit.text.spelling import Dictionaries
from kartedit.text.terms import TermMatcher, suggestion
from kartedit.text.tokens import prose_lines, sentences, words

_LINE_CACHE_LIMIT = 50_000
_SUGGESTIONS = 4
_OTHER = {"nb": "nynorsk", "nn": "bokmål"}
_SHORT_WORD = 7
"""Up to this length a word is rarely a compound of ours (see ``_judge``)."""


def _checkable(word: str) -> bool:
    """Abbreviations (BUP, SDQ), words with digits and single letters are not spell-checked."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or any(c.isdigit() for c in word):
        return False
    stem = letters[:-1] if letters[-1] == "s" else letters  # «PPTs», «BUPs»: a genitive
    return not (len(stem) > 1 and all(c.isupper() for c in stem))


def _like(passage: str, word: str) -> str:
    """The suggestion capitalised as the passage is (at the start of a sentence)."""
    if passage[:1].isupper() and word[:1].islower():
        return word[:1].upper() + word[1:]
    return word


class TextChecker:
    """Marks in texts of one written standard, with a map's lists; dictionaries optional."""

    def __init__(
        self,
        standard: str,
        lists: QualityLists,
        dictionaries: Dictionaries | None,
    ) -> None:
        self.standard = standard
        self.dictionaries = dictionaries
        self._accepted = {w.casefold() for w in lists.words}
        self._terms = TermMatcher(lists.terms)
        self._words: dict[str, TextMark | None] = {}
        self._lines: dict[str, tuple[TextMark, ...]] = {}

    @property
    def spelling_available(self) -> bool:
        return self.dictionaries is not None

    def accept(self, word: str) -> None:
        """A word added to the map's word list: forget what was said about it."""
        folded = word.casefold()
        self._accepted.add(folded)
        for known in [w for w in self._words if w.rstrip(".").casefold() == folded]:
            del self._words[known]
        self._lines.clear()

    def forget_lines(self) -> None:
        """Let go of the marks of lines seen so far (the editor's checker, when another
        text is opened: what each word is stays known)."""
        self._lines.clear()

    def marks(self, text: str, *, suggest: bool = True) -> list[TextMark]:
        """Every mark in a Markdown text, offsets into the text (with suggestions)."""
        found = []
        for offset, line in prose_lines(text):
            for mark in self.line_marks(line):
                if suggest:
                    mark = self.with_suggestions(mark)
                found.append(replace(mark, start=mark.start + offset, end=mark.end + offset))
        return found

    def line_marks(self, line: str) -> tuple[TextMark, ...]:
        """The marks of one line, offsets into the line (cached by the line's text)."""
        cached = self._lines.get(line)
        if cached is None:
            cached = tuple(self._check_line(line))
            if len(self._lines) >= _LINE_CACHE_LIMIT:
                self._lines.clear()
            self._lines[line] = cached
        return cached

    def _check_line(self, line: str) -> Iterable[TextMark]:
        term_spans = []
        for hit in self._terms.hits(line):
            passage = line[hit.start : hit.end]
            term_spans.append((hit.start, hit.end))
            yield TextMark(
                FindingKind.TERM,
                hit.start,
                hit.end,
                passage,
                (_like(passage, suggestion(hit, self.standard)),),
                hit.payload.reason,
            )
        if self.dictionaries is not None:
            for token in words(line):
                if any(a <= token.start < b for a, b in term_spans):
                    continue
                abbreviated = line[token.end : token.end + 1] == "."
                for part_start, part in _parts(token.text, token.start):
                    mark = self._word_mark(part + "." if abbreviated else part)
                    if mark is not None:
                        yield TextMark(
                            mark.kind,
                            part_start,
                            part_start + len(part),
                            part,
                            mark.suggestions,
                            mark.detail,
                        )
        for start, end, count in sentences(line):
            if count > LONG_SENTENCE_WORDS:
                passage = line[start:end].rstrip()
                yield TextMark(
                    FindingKind.LONG_SENTENCE, start, start + len(passage), passage, (), str(count)
                )

    def _word_mark(self, word: str) -> TextMark | None:
        if word in self._words:
            return self._words[word]
        mark = self._judge(word)
        self._words[word] = mark
        return mark

    def _judge(self, word: str) -> TextMark | None:
        assert self.dictionaries is not None
        if word.endswith("."):  # «kl.», «f.eks.»: the dictionary knows it with its dot
            known = self.dictionaries.for_standard(self.standard).lookup(word)
            return None if known else self._judge(word[:-1])
        if not _checkable(word) or word.casefold() in self._accepted:
            return None
        own = self.dictionaries.for_standard(self.standard)
        other = self.dictionaries.other(self.standard)
        if own.lookup(word):
            return None
        # A short word the other standard has is its form even if it splits into two of
        # ours («korleis» is not «kor» + «leis»); a long one is more likely our compound.
        short = len(word) <= _SHORT_WORD
        if short and other.lookup(word):
            return TextMark(FindingKind.STANDARD, 0, len(word), word, (), _OTHER[self.standard])
        if own.knows(word) or (word.endswith("s") and own.knows(word[:-1])):
            return None  # a compound, a genitive, or a compound's first part before a hyphen
        if other.lookup(word):
            return TextMark(FindingKind.STANDARD, 0, len(word), word, (), _OTHER[self.standard])
        return TextMark(FindingKind.SPELLING, 0, len(word), word)

    def with_suggestions(self, mark: TextMark) -> TextMark:
        """The mark with its suggestions: asked for only when shown (menu, tooltip, report),
        since Hunspell takes tens of milliseconds to suggest and typing must not wait."""
        if self.dictionaries is None or mark.kind not in (
            FindingKind.SPELLING,
            FindingKind.STANDARD,
        ):
            return mark
        own = self.dictionaries.for_standard(self.standard)
        word = mark.passage
        found = own.suggest(word)
        if mark.kind is FindingKind.STANDARD:  # the own standard's forms, not shared words,
            other = self.dictionaries.other(self.standard)  # spelt alike (first letter, case)
            found = tuple(
                s
                for s in found
                if " " not in s
                and s[:1].casefold() == word[:1].casefold()
                and _distance(s.casefold(), word.casefold()) <= 2
                and (s[1:].islower() or not word[1:].islower())
                and not other.lookup(s)
            )
        return replace(mark, suggestions=tuple(found[:_SUGGESTIONS]))


def _distance(a: str, b: str) -> int:
    """Levenshtein distance: a suggestion of the other standard is spelt nearly alike."""
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[-1] + 1, previous[j - 1] + (char != other)))
        previous = current
    return previous[-1]


def _parts(word: str, start: int) -> Iterable[tuple[int, str]]:
    """A hyphenated word's parts («PP-tjenesten» → «PP», «tjenesten»); others whole."""
    if not any(c in word for c in "-‐‑"):
        yield start, word
        return
    offset = start
    piece = ""
    for char in word:
        if char in "-‐‑":
            if piece:
                yield offset, piece
            offset += len(piece) + 1
            piece = ""
        else:
            piece += char
    if piece:
        yield offset, piece
