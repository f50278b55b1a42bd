"""Application services: argparse's own words — «usage:», its section titles, the «-h» line
and its errors — in the user's language, for the command line and the window's options.

argparse says these through gettext (its module-level ``_`` and ``ngettext``). kartedit keeps
one catalogue per language, so they are marked here under the ``CLI`` context and said
through ``services.catalogue`` while a command line is parsed. The catalogue is read only
when argparse speaks (help, usage, a mistake): a command line that parses says nothing of
argparse's and never loads it. Titles and ``-h`` lines argparse wrote while the parser was
built are said again in the language when help is printed (``Parser``).

API:
    Parser — an ArgumentParser (its sub-parsers too) whose help speaks while ``speaking``
    language_asked(argv, before_command=True) -> str | None — a command line's ``--language X``
    speaking(language) — context: argparse's words in that language (nb, nn, en)
    said_while_parsing(source, **values) -> str — a marked ``CLI`` sentence of a ``type=``
        function's refusal, in the language argparse speaks
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.services.catalogue import translator
from kartedit.services.settings import LANGUAGES

CONTEXT = "CLI"

# What argparse says to a user, as Python words it (an unmarked one stays English).
WORDS = (
    QT_TRANSLATE_NOOP("CLI", "usage: "),
    QT_TRANSLATE_NOOP("CLI", "positional arguments"),
    QT_TRANSLATE_NOOP("CLI", "options"),
    QT_TRANSLATE_NOOP("CLI", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CLI", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("CLI", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("CLI", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("CLI", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("CLI", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("CLI", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("CLI", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("CLI", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("CLI", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("CLI", "expected one argument"),
    QT_TRANSLATE_NOOP("CLI", "expected at most one argument"),
    QT_TRANSLATE_NOOP("CLI", "expected at least one argument"),
    QT_TRANSLATE_NOOP("CLI", "expected %s argument"),
    QT_TRANSLATE_NOOP("CLI", "expected %s arguments"),
    QT_TRANSLATE_NOOP("CLI", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("CLI", "ignored explicit argument %r"),
)

_Say = Callable[[str], str]


def language_asked(argv: Sequence[str], *, before_command: bool = True) -> str | None:
    """``--language X`` (or ``--language=X``) when X is a language: before the command, or
    anywhere for the window's options (which have no command)."""
    for index, word in enumerate(argv):
        value = None
        if word == "--language" and index + 1 < len(argv):
            value = argv[index + 1]
        elif word.startswith("--language="):
            value = word.partition("=")[2]
        if value is not None:
            return value if value in LANGUAGES else None
        if before_command and not word.startswith("-"):
            return None  # the command: a later --language is its own (round start)
    return None


def _sayer(language: str) -> tuple[_Say, Callable[[str, str, int], str]]:
    translate = translator(language)

    def say(text: str) -> str:
        if not text:
            return text
        body, end = (text[:-1], "\n") if text.endswith("\n") else (text, "")
        return translate(CONTEXT, body) + end

    def say_counted(one: str, many: str, count: int) -> str:
        return say(one if count == 1 else many)

    return say, say_counted


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """argparse's words in ``language`` until the block ends (also when it exits)."""
    said, counted = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _sayer(language)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = said, counted  # type: ignore[attr-defined]


def said_while_parsing(source: str, /, **values: object) -> str:
    """A marked ``CLI`` sentence with its values, in the language argparse speaks now: for
    the refusal of a ``type=`` function, which argparse shows after «argument --size:»."""
    say: _Say = argparse._  # type: ignore[attr-defined]
    return say(source).format(**values)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help is said in the language spoken: the titles and
    ``-h``/``--version`` lines argparse wrote in English while it was built, and the
    description and help lines kartedit marked (``QT_TRANSLATE_NOOP("CLI", …)``), such as
    each command's line in ``kartedit --help``. Unmarked help stays as written."""

    def format_help(self) -> str:
        say: _Say = argparse._  # type: ignore[attr-defined]
        self.description = say(self.description) if self.description else self.description
        for group in self._action_groups:
            group.title = say(group.title) if group.title else group.title
        for action in self._actions:
            # a command group's sub-commands are listed by their own one-line help
            for line in (action, *getattr(action, "_choices_actions", ())):
                if line.help:
                    line.help = say(line.help)
        return super().format_help()
