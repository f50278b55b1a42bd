"""Text services layer: finding a map's discouraged terms in their inflected forms.

A term in the list catches its Norwegian inflections — «helsesøster» also «helsesøstera»,
«helsesøsteren», «helsesøstre», «helsesøstrenes» — and compounds it heads or ends
(«skolehelsesøster», «helsesøstertenesta») when it is long enough not to hide inside
unrelated words. The endings are those of Norwegian nouns, verbs and adjectives in both
standards; a word merely beginning with the term («legemiddel» for «lege») is not a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from kartedit.domain.quality import Term
from kartedit.text.tokens import words

_ENDINGS = (
    "", "s", "en", "ens", "et", "ets", "a", "as", "er", "ers", "ene", "enes", "ar", "ars",
    "ane", "anes", "e", "es", "n", "ns", "r", "rs", "ne", "nes", "t", "te", "de", "tt",
    "ende", "ing", "inga", "ingen",
)  # fmt: skip
_KEEP_ON_SUGGESTION = frozenset({"s", "en", "ens", "et", "ets", "n", "ns"})
"""Endings that carry over to the preferred word as they are (definite, genitive)."""
_COMPOUND_MIN = 6
"""A variant this long may also be matched as part of a compound."""
_LETTER = r"[^\W\d_]"
T = TypeVar("T")
_HYPHENS = "-‐‑"
_ENDING_SET = frozenset(_ENDINGS)


@dataclass(frozen=True)
class Hit(Generic[T]):
    start: int
    end: int
    payload: T
    variant: str
    ending: str


def _stems(variant: str) -> list[str]:
    """The variant and its contracted stem: «søster» → «søstr-», «sykkel» → «sykl-»."""
    stems = [variant]
    if len(variant) > 4 and variant[-2:] in ("er", "el", "en") and variant[-3] not in "aeiouyæøå":
        stems.append(variant[:-2] + variant[-1])
    return stems


def _phrase(stem: str) -> str:
    return r"\s+".join(re.escape(part) for part in stem.split())


class InflectedMatcher(Generic[T]):
    """Finds many words or phrases, inflected, in a line.

    A one-word variant is found by looking each word of the line up among its inflected
    forms (a dictionary lookup, whatever the length of the list); long variants are also
    looked for inside compounds, and the parts of a hyphenated word count on their own
    («BUP-henvisning» names BUP). Phrases of several words are one pattern, their last word
    inflected.
    """

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        self._forms: dict[str, tuple[str, str]] = {}
        """inflected form → (variant, ending)"""
        self._payloads: dict[str, T] = {}
        self._long: list[tuple[str, str]] = []
        """(stem, variant) of variants long enough to be found inside compounds"""
        alternatives: list[str] = []
        endings = "|".join(sorted((re.escape(e) for e in _ENDINGS if e), key=len, reverse=True))
        for raw, payload in phrases:
            variant = " ".join(raw.split()).casefold()
            if not variant or variant in self._payloads:
                continue
            self._payloads[variant] = payload
            if " " in variant:
                index = len(alternatives)
                stems = "|".join(_phrase(s) for s in _stems(variant))
                alternatives.append(
                    f"(?P<a{index}>(?<!{_LETTER})(?:{stems})(?P<e{index}>{endings})?(?!{_LETTER}))"
                )
                continue
            for stem in _stems(variant):
                for ending in _ENDINGS:
                    self._forms.setdefault(stem + ending, (variant, ending))
                if len(variant) >= _COMPOUND_MIN:
                    self._long.append((stem, variant))
        self._phrase_list = [v for v in self._payloads if " " in v]
        self._heads = {v.split()[0] for v in self._phrase_list}
        """First words of the phrases: a line without any of them needs no pattern search."""
        self._pattern = re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None

    def _word(self, word: str) -> tuple[str, str] | None:
        folded = word.casefold()
        found = self._forms.get(folded)
        if found is not None:
            return found
        for stem, variant in self._long:
            at = folded.find(stem)
            if at < 0:
                continue
            rest = folded[at + len(stem) :]
            if (at == 0 and len(rest) >= _COMPOUND_MIN // 2) or (at >= 3 and rest in _ENDING_SET):
                return variant, ""
        return None

    def hits(self, line: str) -> Iterator[Hit[T]]:
        found: list[Hit[T]] = []
        tokens = list(words(line))
        if self._pattern is not None and any(t.text.casefold() in self._heads for t in tokens):
            for match in self._pattern.finditer(line):
                index = int(str(match.lastgroup)[1:])  # the alternative that matched: «aN»
                variant = self._phrase_list[index]
                ending = match.group(f"e{index}") or ""
                found.append(
                    Hit(match.start(), match.end(), self._payloads[variant], variant, ending)
                )
        taken = [(h.start, h.end) for h in found]
        for token in tokens:
            parts = [(token.start, token.text)]
            if any(c in token.text for c in _HYPHENS):
                parts += list(_hyphen_parts(token.text, token.start))
            for start, part in parts:
                if taken and any(a <= start < b for a, b in taken):
                    continue
                matched = self._word(part)
                if matched is not None:
                    variant, ending = matched
                    end = start + len(part)
                    found.append(Hit(start, end, self._payloads[variant], variant, ending))
                    taken.append((start, end))
        found.sort(key=lambda h: h.start)
        yield from found


def _hyphen_parts(word: str, start: int) -> Iterator[tuple[int, str]]:
    offset = start
    for piece in re.split(f"[{_HYPHENS}]", word):
        if piece:
            yield offset, piece
        offset += len(piece) + 1


class TermMatcher(InflectedMatcher[Term]):
    """The discouraged variants of a term list."""

    def __init__(self, terms: Sequence[Term]) -> None:
        super().__init__((variant, term) for term in terms for variant in term.discouraged)


def suggestion(hit: Hit[Term], standard: str) -> str:
    """The preferred word, with the hit's definite or genitive ending when it carries over."""
    preferred = hit.payload.preferred(standard)
    if hit.ending in _KEEP_ON_SUGGESTION and " " not in preferred:
        if preferred.endswith("e") and hit.ending.startswith("e"):
            return preferred + hit.ending[1:]
        return preferred + hit.ending
    return preferred
