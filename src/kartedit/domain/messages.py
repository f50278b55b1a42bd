"""Domain layer: messages as an id and parameters, rendered in the reader's language later.

Every sentence the program says below the GUI — an error, a line of the CLI, a note it
writes into a section's history — is a ``Message``: a context and an English source
string (together the id in kartedit's Qt Linguist catalogues) plus named parameters. The
source is marked with ``QT_TRANSLATE_NOOP(context, source)``, a plain function that
``pyside6-lupdate`` recognises in any Python file, so the same kartedit_nb.ts and
kartedit_nn.ts catalogues the window uses hold every message (one catalogue per language,
checked by the build). This module has no Qt: the GUI renders with
``QCoreApplication.translate``, the CLI with the .ts catalogue read by
``kartedit.services.catalogue``.

API:
    QT_TRANSLATE_NOOP(context, source) -> Source  (a str that remembers its context)
    Message(context, source, params); Message.of(source, **params); message.render(translate)
    counted(count, one, many, **params) -> Message  (whole forms for 1 and for many)
    english(context, source) -> source: the translate function for English
    Translate: Callable[[str, str], str] — (context, source) -> translated source
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

Translate = Callable[[str, str], str]

ERRORS = "Errors"
"""The context of error messages raised below the GUI."""


class Source(str):
    """An English source string marked for translation; it remembers its context."""

    context: str

    def __new__(cls, source: str, context: str) -> Source:
        made = super().__new__(cls, source)
        made.context = context
        return made


def QT_TRANSLATE_NOOP(context: str, source: str) -> Source:
    """Mark ``source`` for extraction into the catalogues under ``context``; no translation."""
    return Source(source, context)


def english(context: str, source: str) -> str:
    """The translate function for the source language."""
    del context
    return source


@dataclass(frozen=True)
class Message:
    """A sentence to show: catalogue context, English source with ``{name}`` fields, values.

    A parameter may itself be a ``Message`` (rendered in the same language) or anything
    with a ``str``; values are inserted as they are, never interpreted as a template.
    """

    context: str
    source: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    @classmethod
    def of(cls, source: str, /, **params: Any) -> Message:
        """A message from a marked source (its context) or an unmarked string (no context)."""
        return cls(getattr(source, "context", ""), str(source), params)

    def render(self, translate: Translate = english) -> str:
        if not self.context and not self.params:
            return self.source  # unmarked text: shown as it is, braces and all
        template = translate(self.context, self.source) if self.context else self.source
        values = {
            name: value.render(translate) if isinstance(value, Message) else value
            for name, value in self.params.items()
        }
        try:
            return template.format_map(values)
        except (KeyError, IndexError, ValueError, AttributeError):
            # A translation that names a field the message lacks: say it in English.
            return self.source.format_map(values)

    def __str__(self) -> str:
        return self.render()


def counted(count: int, one: str, many: str, /, **params: Any) -> Message:
    """A phrase or sentence for a count: ``one`` for 1, ``many`` (with {count}) otherwise."""
    return Message.of(one if count == 1 else many, count=count, **params)


def fields(template: str) -> set[str]:
    """The ``{name}`` fields of a template (for checking translations keep them)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def render(text: Message | str, translate: Translate = english) -> str:
    """A message in a language; plain text (from a person, not the program) as it is."""
    return text.render(translate) if isinstance(text, Message) else text
