"""CLI: the ``kartedit`` command — parse arguments, run one command, map errors to exit codes.

Exit codes: 0 done, 1 a user error (one line on stderr), 2 bad usage (argparse).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kartedit import __version__
from kartedit.domain.errors import UserError

Handler = Callable[[argparse.Namespace], int]


def _section_args(parser: argparse.ArgumentParser, *, edition_required: bool = False) -> None:
    parser.add_argument("db", type=Path, metavar="DB", help="the map database")
    parser.add_argument("pathway", metavar="PATHWAY", help="pathway slug, e.g. angst")
    parser.add_argument("service", metavar="SERVICE", help="service slug, e.g. fastlege")
    parser.add_argument(
        "kind",
        metavar="KIND",
        help="role, assessment, intervention, evaluation, collaboration or referral",
    )
    if edition_required:
        parser.add_argument("--edition", required=True, help="local edition slug")
    else:
        parser.add_argument(
            "--edition", default="regional", help="edition slug (default: regional)"
        )


def build_parser() -> argparse.ArgumentParser:
    from kartedit.cli import (
        commands,
        commands_editions,
        commands_hearing,
        commands_merge,
        commands_publish,
    )

    parser = argparse.ArgumentParser(
        prog="kartedit",
        description="Offline editor for samhandlingsforløp. Without a command, the window "
        "opens (see «kartedit gui --help»).",
    )
    parser.add_argument("--version", action="version", version=f"kartedit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create a new map database")
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("--demo", action="store_true", help="fill it with the demo map")
    p.set_defaults(handler=commands.init)

    p = sub.add_parser("import-folder", help="import a map from its plain-text folder form")
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("folder", type=Path, metavar="FOLDER")
    p.set_defaults(handler=commands.import_folder)

    p = sub.add_parser("export-folder", help="export the map as a plain-text folder")
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("folder", type=Path, metavar="FOLDER")
    p.set_defaults(handler=commands.export_folder)

    p = sub.add_parser("show", help="print the text a section has in an edition")
    _section_args(p)
    p.set_defaults(handler=commands.show)

    p = sub.add_parser("save", help="save a new revision of a section")
    _section_args(p)
    p.add_argument("--message", "-m", help="what changed and why")
    p.add_argument("--file", "-f", type=Path, help="read the text from FILE (default: stdin)")
    p.add_argument("--author", help='"Name (Organisation)" (default: from settings)')
    p.set_defaults(handler=commands.save)

    p = sub.add_parser("history", help="list a section's revisions, newest first")
    _section_args(p)
    p.set_defaults(handler=commands.history)

    p = sub.add_parser("search", help="full-text search over the texts of an edition")
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--edition", default="regional", help="edition slug (default: regional)")
    p.set_defaults(handler=commands.search)

    commands_editions.register(sub, _section_args)
    groups = commands_hearing.register(sub)
    commands_merge.register(sub, groups, _section_args)
    commands_publish.register(sub)

    p = sub.add_parser(
        "gui", help="open the window (the default without a command)", add_help=False
    )
    p.set_defaults(handler=None)
    return parser


COMMANDS = {
    "init",
    "import-folder",
    "export-folder",
    "show",
    "save",
    "history",
    "search",
    # local editions
    "edition",
    "adapt",
    "revert",
    "diff",
    "stale",
    "rebase",
    "deviation",
    # hearing rounds, bundles, reviewers
    "round",
    "bundle",
    "review",
    # the coordinator: comments, decisions, section status
    "comments",
    "decide",
    "status",
    # publishing
    "publish",
    "language",
}


def run(argv: Sequence[str]) -> int:
    args = list(argv)
    if not args or (args[0] not in COMMANDS and args[0] not in ("-h", "--help", "--version")):
        if args and args[0] == "gui":
            args = args[1:]
        from kartedit.gui.app import run_gui

        return run_gui(args)
    namespace = build_parser().parse_args(args)
    handler: Handler = namespace.handler
    try:
        return handler(namespace)
    except UserError as exc:
        print(f"kartedit: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kartedit: interrupted; nothing more was written.", file=sys.stderr)
        return 130
