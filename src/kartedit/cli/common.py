"""CLI: what every command group shares — section arguments, opening the database, authors."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.sections import SERVICE_KINDS, SectionKind, SectionRef

if TYPE_CHECKING:
    from kartedit.domain.people import Author
    from kartedit.services.editions import Editions
    from kartedit.services.workspace import Workspace

AUTHOR_HELP = QT_TRANSLATE_NOOP("CLI", '"Name (Organisation)" (default: from settings)')


def section_args(parser: argparse.ArgumentParser, *, edition_required: bool = False) -> None:
    """DB PATHWAY SERVICE KIND and --edition: the arguments that name one section.

    A pathway's own text is named by DB PATHWAY KIND (introduction or families).
    """
    parser.add_argument(
        "db", type=Path, metavar="DB", help=QT_TRANSLATE_NOOP("CLI", "the map database")
    )
    parser.add_argument(
        "pathway", metavar="PATHWAY", help=QT_TRANSLATE_NOOP("CLI", "pathway slug, e.g. angst")
    )
    parser.add_argument(
        "service",
        metavar="SERVICE",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "service slug, e.g. fastlege; or introduction / families for the pathway's own text",
        ),
    )
    parser.add_argument(
        "kind",
        metavar="KIND",
        nargs="?",
        help=QT_TRANSLATE_NOOP(
            "CLI", "role, assessment, intervention, evaluation, collaboration or referral"
        ),
    )
    if edition_required:
        parser.add_argument(
            "--edition", required=True, help=QT_TRANSLATE_NOOP("CLI", "local edition slug")
        )
    else:
        parser.add_argument(
            "--edition",
            default="regional",
            help=QT_TRANSLATE_NOOP("CLI", "edition slug (default: regional)"),
        )


def section_ref(args: argparse.Namespace) -> SectionRef:
    """The section named by the arguments of ``section_args``."""
    if args.kind is None:
        kind = _kind_without_service(args.service)
        if not kind.is_pathway_level:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Name the service too: PATHWAY SERVICE {kind}. Only introduction and "
                    "families belong to the pathway itself.",
                ),
                kind=kind.value,
            )
        return SectionRef.of_pathway(_slug(args.pathway, "pathway"), kind)
    return SectionRef(
        _slug(args.pathway, "pathway"), _slug(args.service, "service"), SectionKind.parse(args.kind)
    )


def _kind_without_service(value: str) -> SectionKind:
    """The kind named where a service was expected: «angst fastlege» has forgotten its kind."""
    try:
        return SectionKind(value.strip().lower())
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "«{value}» is not a section kind. Name a service's section as PATHWAY SERVICE "
                "KIND (KIND is one of {kinds}), or a pathway's own text as PATHWAY introduction "
                "or PATHWAY families.",
            ),
            value=value,
            kinds=", ".join(kind.value for kind in SERVICE_KINDS),
        ) from None


def _slug(value: str, what: str) -> str:
    from kartedit.domain.sections import PATHWAY_SLUG, SERVICE_SLUG, check_slug

    return check_slug(value, PATHWAY_SLUG if what == "pathway" else SERVICE_SLUG)


def open_workspace(path: Path) -> Workspace:
    """The ORM is imported here, when a command needs the database, not for «--help»."""
    from kartedit.services.workspace import Workspace

    return Workspace.open(path)


@contextmanager
def open_editions(args: argparse.Namespace) -> Iterator[Editions]:
    """The edition services on the database of ``args.db``, closed when the block ends."""
    from kartedit.services.editions import Editions

    with open_workspace(args.db) as workspace:
        yield Editions(workspace)


def round_author(given: str | None) -> Author | None:
    """The --author given, or else the configured one; with neither, None: the person
    who started the round (a --author that cannot be used is still refused)."""
    from kartedit.services.identity import resolve_author

    try:
        return resolve_author(given)
    except UserError:
        if given:
            raise
        return None
