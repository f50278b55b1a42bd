"""CLI: the language the command line speaks — chosen once per run, used by every command.

``--language`` wins, then the locale variables (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
``LANG``): the coordinator's terminal and window agree. Sentences for a reader go through
``say``; machine-readable output (``--format json|csv``, ids, tab-separated fields) never
does, so scripts see the same words in every language.
"""

from __future__ import annotations

from typing import Any

from kartedit.domain.messages import Message, Translate, english
from kartedit.domain.messages import counted as plural
from kartedit.services.catalogue import language_from_environment, translator

_current: list[Translate] = [english]


def use_language(language: str | None) -> str:
    """Speak ``language`` (nb, nn, en), or the environment's when None; returns the one used."""
    chosen = language or language_from_environment()
    _current[0] = translator(chosen)
    return chosen


def translate_now() -> Translate:
    """The translate function of the CLI's language."""
    return _current[0]


def said(message: Message | str) -> str:
    """A message (or a person's own text, as it is) in the CLI's language."""
    return message.render(_current[0]) if isinstance(message, Message) else message


def say(source: str, /, **params: Any) -> str:
    """A marked sentence with its values, in the CLI's language."""
    return Message.of(source, **params).render(_current[0])


def counted(count: int, one: str, many: str, /, **params: Any) -> str:
    """``one`` for a count of 1, else ``many`` (with {count}): whole sentences per form."""
    return said(plural(count, one, many, **params))
