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
    """One compiled pattern for many words or phrases; ``hits(line)`` finds every use."""

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        self._variants: dict[str, T] = {}
        alternatives = []
        endings = "|".join(sorted((re.escape(e) for e in _ENDINGS if e), key=len, reverse=True))
        for raw, payload in phrases:
            variant = " ".join(raw.split()).casefold()
            if not variant or variant in self._variants:
                continue
            index = len(self._variants)
            self._variants[variant] = payload
            stems = "|".join(_phrase(s) for s in _stems(variant))
            long = len(variant) >= _COMPOUND_MIN
            head = f"(?:{_LETTER}{{3,}})?" if long else ""
            tail = f"(?:s?{_LETTER}{{3,}})?" if long else ""
            alternatives.append(
                f"(?P<a{index}>(?<!{_LETTER}){head}(?:{stems})"
                f"(?P<e{index}>{endings})?{tail}(?!{_LETTER}))"
            )
        self._keys = list(self._variants)
        self._pattern = re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None

    def hits(self, line: str) -> Iterator[Hit[T]]:
        if self._pattern is None:
            return
        for match in self._pattern.finditer(line):
            index = int(str(match.lastgroup)[1:])  # the alternative that matched: «aN»
            variant = self._keys[index]
            ending = match.group(f"e{index}") or ""
            yield Hit(match.start(), match.end(), self._variants[variant], variant, ending)


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
