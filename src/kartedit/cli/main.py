"""CLI: the ``kartedit`` command — build the parser from the command groups, run one command.

Each command group owns its part of the parser (``writer``, ``adaptations``, ``edition``,
``facts``, ``round``, ``bundle``, ``review``, ``decisions``, ``desktop``); the list of commands
is read back from the parser, so a new group cannot be forgotten here. Opening the window is
decided in ``kartedit.__main__``, never here: the CLI does not import the GUI.

Exit codes: 0 done, 1 a user error (one line on stderr), 2 bad usage (argparse).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from kartedit import __version__
from kartedit.cli.language import say, translate_now, use_language
from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.services.command_words import Parser, language_asked, speaking
from kartedit.services.settings import LANGUAGES

Handler = Callable[[argparse.Namespace], int]
GUI_COMMAND = "gui"


def build_parser() -> argparse.ArgumentParser:
    from kartedit.cli import (
        adaptations,
        bundle,
        check,
        decisions,
        desktop,
        edition,
        facts,
        publish,
        review,
        round,
        writer,
    )

    parser = Parser(
        prog="kartedit",
        description=QT_TRANSLATE_NOOP(
            "CLI",
            "Offline editor for samhandlingsforløp. Without a command, the window "
            "opens (see «kartedit gui --help»).",
        ),
    )
    parser.add_argument("--version", action="version", version=f"kartedit {__version__}")
    parser.add_argument(
        "--language",
        dest="speak",  # not «language»: ``round start --language`` and ``language`` have one
        choices=LANGUAGES,
        help=QT_TRANSLATE_NOOP(
            "CLI", "language of messages (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in (
        writer,
        adaptations,
        edition,
        facts,
        round,
        bundle,
        review,
        decisions,
        publish,
        check,
        desktop,
    ):
        group.register(sub)
    sub.add_parser(
        GUI_COMMAND,
        help=QT_TRANSLATE_NOOP("CLI", "open the window (the default without a command)"),
        add_help=False,
    )
    return parser


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The commands a parser knows, by name, read from its sub-parsers."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def command_names() -> set[str]:
    """Every top-level command of ``kartedit`` (including ``gui``)."""
    return set(subcommands(build_parser()))


def run(argv: Sequence[str]) -> int:
    """Run one CLI command; usage errors exit 2 through argparse, in the user's language."""
    language = use_language(language_asked(argv))
    with speaking(language):
        namespace = build_parser().parse_args(list(argv))
        handler: Handler | None = getattr(namespace, "handler", None)
        if handler is None:
            # «kartedit» or «kartedit gui» reached the CLI: the window is opened by __main__.
            build_parser().error(
                say(
                    QT_TRANSLATE_NOOP(
                        "CLI", "name a command; without one, run «kartedit» to open the window"
                    )
                )
            )
    try:
        return handler(namespace)
    except UserError as exc:
        print(f"kartedit: {exc.message_in(translate_now())}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        message = say(QT_TRANSLATE_NOOP("CLI", "interrupted; nothing more was written."))
        print(f"kartedit: {message}", file=sys.stderr)
        return 130
