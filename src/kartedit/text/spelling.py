"""Text services layer: the bokmål and nynorsk dictionaries (Hunspell through pyenchant).

pyenchant drives the C Hunspell library: a lookup takes microseconds and suggestions tens of
milliseconds, so the editor can check as the writer types. On Linux the dictionaries come
from Debian's ``hunspell-no`` (nb_NO, nn_NO); a frozen build ships them in a folder that
``KARTEDIT_DICTIONARIES`` or the ``dictionaries`` folder next to the program names. When the
library or a dictionary is missing, ``load_dictionaries`` says why and kartedit checks
everything but spelling and written standard.

Hunspell's Norwegian dictionaries list few compounds, and Norwegian makes new ones freely
(«kartleggingsverktøy»), so a word the dictionary lacks is accepted when it splits into
known words, with the linking «s» or «e» between them.

Each standard's dictionary is opened on its first lookup: a text is checked in its own
standard, and the other one is consulted only for a word its own does not know, so a map
written in one standard rarely holds both in memory.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Protocol

from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message

_MIN_PART = 3
"""The shortest part of a compound: shorter ones would let misspellings through."""
_LINKS = ("", "s", "e")


class Dictionary(Protocol):
    def check(self, word: str) -> bool: ...
    def suggest(self, word: str) -> list[str]: ...


class LazyDictionary:
    """An Enchant dictionary opened on its first lookup (tens of MiB and a tenth of a second
    each: not before a text needs it)."""

    def __init__(self, enchant: ModuleType, tag: str) -> None:
        self._enchant = enchant
        self.tag = tag
        self._dictionary: Dictionary | None = None

    @property
    def opened(self) -> bool:
        return self._dictionary is not None

    def _opened(self) -> Dictionary:
        if self._dictionary is None:
            self._dictionary = self._enchant.Dict(self.tag)
        return self._dictionary

    def check(self, word: str) -> bool:
        return bool(self._opened().check(word))

    def suggest(self, word: str) -> list[str]:
        return list(self._opened().suggest(word))


@dataclass
class Lexicon:
    """One standard's dictionary with compound splitting and a cache per word."""

    dictionary: Dictionary
    _known: dict[str, bool] = field(default_factory=dict)
    _suggested: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    """Hunspell is not thread-safe: the window checks the map off the UI thread."""

    def lookup(self, word: str) -> bool:
        """Only the dictionary's own answer (no compounds): what the bench compares with."""
        with self._lock:
            return bool(self.dictionary.check(word))

    def knows(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self.lookup(word) or self._compound(word.lower(), 2)
            self._known[word] = known
        return known

    def _compound(self, word: str, depth: int) -> bool:
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            head = word[:cut]
            if not self.lookup(head):
                continue
            for link in _LINKS:
                tail = word[cut:]
                if not tail.startswith(link) or len(tail) - len(link) < _MIN_PART:
                    continue
                tail = tail[len(link) :]
                if self.lookup(tail) or (depth > 1 and self._compound(tail, depth - 1)):
                    return True
        return False

    def suggest(self, word: str) -> tuple[str, ...]:
        found = self._suggested.get(word)
        if found is None:
            with self._lock:
                found = tuple(self.dictionary.suggest(word))
            self._suggested[word] = found
        return found


@dataclass(frozen=True)
class Dictionaries:
    nb: Lexicon
    nn: Lexicon

    def for_standard(self, standard: str) -> Lexicon:
        return self.nn if standard == "nn" else self.nb

    def other(self, standard: str) -> Lexicon:
        return self.nb if standard == "nn" else self.nn


@dataclass(frozen=True)
class Loaded:
    """The dictionaries, or None and why not (shown as «spelling is unavailable»)."""

    dictionaries: Dictionaries | None
    problem: Message | str = ""


_loaded: Loaded | None = None


def _point_enchant_at_shipped_dictionaries() -> None:
    """Let Enchant find dictionaries a frozen build ships (``hunspell/nb_NO.dic`` in a folder).

    Enchant 2 reads its user dictionaries from ``ENCHANT_CONFIG_DIR/hunspell``; a folder named
    by ``KARTEDIT_DICTIONARIES``, or ``dictionaries`` beside the program, becomes that folder.
    """
    if os.environ.get("ENCHANT_CONFIG_DIR"):
        return
    candidates = [os.environ.get("KARTEDIT_DICTIONARIES", "")]
    candidates.append(str(Path(sys.executable).resolve().parent / "dictionaries"))
    for candidate in candidates:
        if candidate and (Path(candidate) / "hunspell" / "nb_NO.dic").is_file():
            os.environ["ENCHANT_CONFIG_DIR"] = candidate
            return


def load_dictionaries() -> Loaded:
    """Load nb_NO and nn_NO once per process; never raises."""
    global _loaded
    if _loaded is None:
        _loaded = _load()
    return _loaded


def _load() -> Loaded:
    if os.environ.get("KARTEDIT_NO_SPELLING"):
        return Loaded(
            None, Message.of(QT_TRANSLATE_NOOP("CLI", "switched off (KARTEDIT_NO_SPELLING)"))
        )
    _point_enchant_at_shipped_dictionaries()
    try:
        import enchant
    except (ImportError, OSError) as exc:  # pyenchant missing, or libenchant not installed
        return Loaded(
            None,
            Message.of(
                QT_TRANSLATE_NOOP("CLI", "the spelling library is missing ({detail})"),
                detail=str(exc),
            ),
        )
    try:  # both must be there; each is opened when first used
        missing = [tag for tag in ("nb_NO", "nn_NO") if not enchant.dict_exists(tag)]
    except (enchant.errors.Error, OSError) as exc:
        return Loaded(
            None,
            Message.of(
                QT_TRANSLATE_NOOP("CLI", "the spelling library could not start ({detail})"),
                detail=str(exc),
            ),
        )
    if missing:
        return Loaded(
            None,
            Message.of(
                QT_TRANSLATE_NOOP("CLI", "the Norwegian dictionaries are missing ({detail})"),
                detail=", ".join(missing),
            ),
        )
    nb, nn = LazyDictionary(enchant, "nb_NO"), LazyDictionary(enchant, "nn_NO")
    return Loaded(Dictionaries(Lexicon(nb), Lexicon(nn)))


def reset_for_tests(loaded: Loaded | None = None) -> None:
    """Forget the loaded dictionaries (or put test ones in their place)."""
    global _loaded
    _loaded = loaded
