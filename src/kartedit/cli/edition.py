"""CLI: the ``edition`` group — create, rename, delete and list local editions."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kartedit.cli.common import (
    open_editions,
)
from kartedit.cli.language import say
from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, counted

if TYPE_CHECKING:
    pass


def register(sub: Any) -> None:
    """Add ``edition`` and its actions to the top-level parser."""
    edition = sub.add_parser(
        "edition", help=QT_TRANSLATE_NOOP("CLI", "create, rename, delete or list local editions")
    )
    actions = edition.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("create", help=QT_TRANSLATE_NOOP("CLI", "create a local edition"))
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("slug", metavar="SLUG", help=QT_TRANSLATE_NOOP("CLI", "e.g. voss"))
    p.add_argument("--name", required=True, help=QT_TRANSLATE_NOOP("CLI", "e.g. «Voss herad»"))
    p.add_argument(
        "--organisation",
        default="",
        help=QT_TRANSLATE_NOOP("CLI", "the municipality or health community"),
    )
    p.set_defaults(handler=edition_create)

    p = actions.add_parser(
        "rename", help=QT_TRANSLATE_NOOP("CLI", "change an edition's name, slug or organisation")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("slug", metavar="SLUG")
    p.add_argument("--name")
    p.add_argument("--slug", dest="new_slug", metavar="NEW_SLUG")
    p.add_argument("--organisation")
    p.set_defaults(handler=edition_rename)

    p = actions.add_parser(
        "delete", help=QT_TRANSLATE_NOOP("CLI", "delete a local edition and its adaptations")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("slug", metavar="SLUG")
    p.add_argument(
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "confirm deleting its adaptations"),
    )
    p.add_argument(
        "--export",
        type=Path,
        metavar="FOLDER",
        help=QT_TRANSLATE_NOOP("CLI", "export the map as a folder first"),
    )
    p.set_defaults(handler=edition_delete)

    p = actions.add_parser(
        "list", help=QT_TRANSLATE_NOOP("CLI", "one line per edition with its counts")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.set_defaults(handler=edition_list)


def edition_create(args: argparse.Namespace) -> int:
    with open_editions(args) as editions:
        info = editions.create(args.slug, args.name, args.organisation)
    print(
        say(
            QT_TRANSLATE_NOOP("CLI", "Created the local edition «{name}» ({slug})."),
            name=info.name,
            slug=info.slug,
        )
    )
    return 0


def edition_rename(args: argparse.Namespace) -> int:
    if args.name is None and args.new_slug is None and args.organisation is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nothing to change: give --name, --slug or --organisation.",
            )
        )
    with open_editions(args) as editions:
        info = editions.rename(
            args.slug, name=args.name, new_slug=args.new_slug, organisation=args.organisation
        )
    print(
        say(
            QT_TRANSLATE_NOOP("CLI", "The edition is now «{name}» ({slug})."),
            name=info.name,
            slug=info.slug,
        )
    )
    return 0


def edition_delete(args: argparse.Namespace) -> int:
    with open_editions(args) as editions:
        removed = editions.delete(args.slug, confirmed=args.yes, export_to=args.export)
    if args.export:
        done = QT_TRANSLATE_NOOP(
            "CLI",
            "Deleted the edition «{slug}» and {adaptations}. The map was exported to {folder} "
            "first.",
        )
    else:
        done = QT_TRANSLATE_NOOP("CLI", "Deleted the edition «{slug}» and {adaptations}.")
    adaptations = counted(
        removed,
        QT_TRANSLATE_NOOP("CLI", "its one local adaptation"),
        QT_TRANSLATE_NOOP("CLI", "its {count} local adaptations"),
    )
    print(say(done, slug=args.slug, adaptations=adaptations, folder=args.export))
    return 0


def edition_list(args: argparse.Namespace) -> int:
    with open_editions(args) as editions:
        summaries = editions.summaries()
    for s in summaries:
        kind = "regional" if s.regional else "local"
        print(
            f"{s.slug}\t{kind}\t{s.name}\t{s.organisation}\t{s.overrides} adapted\t{s.stale} stale"
        )
    return 0
