"""CLI: the ``facts`` command — an edition's local facts: what is filled in, what is missing,
setting a value, and the map's fact kinds."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kartedit.cli.common import AUTHOR_HELP, open_workspace
from kartedit.cli.language import said, say
from kartedit.domain.messages import QT_TRANSLATE_NOOP


def register(sub: Any) -> None:
    """Add ``facts`` to the top-level parser."""
    p = sub.add_parser(
        "facts",
        help=QT_TRANSLATE_NOOP(
            "CLI", "list, check and set an edition's local facts (phone hours, forms …)"
        ),
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument(
        "--edition",
        default="regional",
        help=QT_TRANSLATE_NOOP("CLI", "edition slug (default: regional)"),
    )
    p.add_argument(
        "--missing",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "only facts the texts refer to with no value"),
    )
    p.add_argument(
        "--set",
        nargs=3,
        metavar=("SERVICE", "KIND", "VALUE"),
        help=QT_TRANSLATE_NOOP(
            "CLI", "fill in (or, with an empty VALUE, clear) one fact of the edition"
        ),
    )
    p.add_argument(
        "--history",
        nargs=2,
        metavar=("SERVICE", "KIND"),
        help=QT_TRANSLATE_NOOP(
            "CLI", "every value one fact has had in the edition: who, when and why"
        ),
    )
    p.add_argument(
        "--pathway",
        help=QT_TRANSLATE_NOOP("CLI", "the pathway, for kinds with a value per pathway"),
    )
    p.add_argument("--message", "-m", help=QT_TRANSLATE_NOOP("CLI", "why the value changed"))
    p.add_argument("--author", help=AUTHOR_HELP)
    p.add_argument(
        "--kinds",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "list the map's fact kinds and how to refer to them"),
    )
    p.add_argument(
        "--add-kind",
        nargs=3,
        metavar=("SLUG", "TYPE", "NAME"),
        help=QT_TRANSLATE_NOOP(
            "CLI", "define a fact kind (TYPE: text, phone, email, url or hours)"
        ),
    )
    p.add_argument(
        "--scope",
        default="service",
        choices=["service", "pathway"],
        help=QT_TRANSLATE_NOOP("CLI", "for --add-kind"),
    )
    p.add_argument(
        "--propose",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CLI", "adaptations that only add contact details: propose turning them into facts"
        ),
    )
    p.add_argument(
        "--accept",
        metavar="PATHWAY/SERVICE/KIND",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "accept the proposal for this adaptation: the value becomes a fact of the "
            "edition, the regional text refers to it, the section returns to the regional text",
        ),
    )
    p.add_argument(
        "--value",
        help=QT_TRANSLATE_NOOP("CLI", "with --accept: the value to keep instead of the one found"),
    )
    p.add_argument("--format", choices=["text", "csv", "json"], default="text")
    p.set_defaults(handler=facts)


def facts(args: argparse.Namespace) -> int:
    from kartedit.domain.facts import FactKind, FactScope, FactType, placeholder
    from kartedit.services.facts import Facts, needs_report

    with open_workspace(args.db) as workspace:
        service = Facts(workspace)
        if args.add_kind:
            slug, type_name, name = args.add_kind
            kind = FactKind(slug, name, FactType.parse(type_name), FactScope(args.scope))
            if service.add_kind(kind):
                print(
                    say(
                        QT_TRANSLATE_NOOP(
                            "CLI", "Added the fact kind «{name}»; refer to it as {placeholder}."
                        ),
                        name=name,
                        placeholder=placeholder(slug),
                    )
                )
            else:
                print(
                    say(
                        QT_TRANSLATE_NOOP(
                            "CLI", "The fact kind «{slug}» is already defined; nothing changed."
                        ),
                        slug=slug,
                    )
                )
            return 0
        if args.propose or args.accept:
            return _proposals(workspace, args)
        if args.history:
            from kartedit.cli.formatting import clean, local_time
            from kartedit.domain.facts import FactKey
            from kartedit.domain.history import revision_message

            service_slug, kind_slug = args.history
            key = FactKey(kind_slug, service_slug, args.pathway)
            for value in reversed(service.history(args.edition, key)):
                shown = clean(value.value) if value.value else "(cleared)"
                line = f"{value.seq}\t{local_time(value.created)}\t{value.author}\t{shown}"
                note = said(revision_message(value.message) or "")
                print((line + f"\t{clean(note)}").rstrip("\t"))
            return 0
        if args.kinds:
            for kind in service.kinds():
                print(
                    f"{kind.slug}\t{kind.type.value}\t{kind.scope.value}\t{kind.name}\t"
                    f"{placeholder(kind.slug)}"
                )
            return 0
        if args.set:
            from kartedit.services.identity import resolve_author

            service_slug, kind_slug, value = args.set
            written = service.set_value(
                args.edition,
                service_slug,
                kind_slug,
                value,
                resolve_author(args.author),
                pathway=args.pathway,
                message=args.message,
            )
            fact = {"service": service_slug, "kind": kind_slug, "edition": args.edition}
            if written is None:
                print(
                    say(
                        QT_TRANSLATE_NOOP("CLI", "{service} {kind}: unchanged in «{edition}»."),
                        **fact,
                    )
                )
            elif written.value:
                print(
                    say(
                        QT_TRANSLATE_NOOP(
                            "CLI", "{service} {kind}: set to «{value}» in «{edition}»."
                        ),
                        value=written.value,
                        **fact,
                    )
                )
            else:
                print(
                    say(
                        QT_TRANSLATE_NOOP("CLI", "{service} {kind}: cleared in «{edition}»."),
                        **fact,
                    )
                )
            return 0
        needs = service.missing(args.edition) if args.missing else service.needs(args.edition)
    sys.stdout.write(needs_report(needs, args.edition, args.format))
    if not needs and args.format == "text":
        none = (
            QT_TRANSLATE_NOOP("CLI", "No local facts missing in «{edition}».")
            if args.missing
            else QT_TRANSLATE_NOOP("CLI", "No local facts referred to in «{edition}».")
        )
        print(say(none, edition=args.edition), file=sys.stderr)
    return 0


def _proposals(workspace: Any, args: argparse.Namespace) -> int:
    from kartedit.cli.formatting import clean
    from kartedit.domain.sections import SectionRef
    from kartedit.services.fact_proposals import accept_proposal, proposals

    found = proposals(workspace, args.edition)
    if args.accept:
        ref = SectionRef.parse(args.accept)
        chosen = next((p for p in found if p.ref == ref), None)
        if chosen is None:
            from kartedit.domain.errors import UserError

            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No proposal for {section} in «{edition}»: it is not adapted there, or its "
                    "adaptation changes more than contact details. See «--propose».",
                ),
                section=str(ref),
                edition=args.edition,
            )
        from kartedit.services.identity import resolve_author

        accept_proposal(workspace, chosen, resolve_author(args.author), value=args.value)
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "{section}: «{edition}» now shows the regional text; «{name}» is a "
                    "local fact of the edition.",
                ),
                section=str(ref),
                edition=args.edition,
                name=chosen.kind.name,
            )
        )
        return 0
    for p in found:
        what = (
            QT_TRANSLATE_NOOP("CLI", "new fact kind «{name}» ({slug})")
            if p.new_kind
            else QT_TRANSLATE_NOOP("CLI", "fact «{name}» ({slug})")
        )
        change = (
            QT_TRANSLATE_NOOP("CLI", "adds a placeholder to the regional text")
            if p.changes_regional
            else QT_TRANSLATE_NOOP("CLI", "keeps the regional text")
        )
        fields = (
            str(p.ref),
            say(what, name=p.kind.name, slug=p.kind.slug),
            say(QT_TRANSLATE_NOOP("CLI", "value «{value}»"), value=clean(p.value)),
            say(change),
            say(QT_TRANSLATE_NOOP("CLI", "from: {passage}"), passage=clean(p.passage, 160)),
        )
        print("\t".join(fields))
    if not found:
        print(
            say(
                QT_TRANSLATE_NOOP("CLI", "No adaptation in «{edition}» only adds contact details."),
                edition=args.edition,
            ),
            file=sys.stderr,
        )
    return 0
