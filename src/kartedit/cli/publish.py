"""CLI: the ``publish`` group — ``publish`` (the pre-publish check, and publishing an edition
as a website, a PDF or a Word document with a recorded version) and ``language`` (the written
standard an edition is published in).

Exit codes: 0 done; 1 a user error, or ``publish --check`` found something to fix."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kartedit.cli.common import AUTHOR_HELP, open_workspace
from kartedit.cli.language import counted, said, say
from kartedit.domain.messages import QT_TRANSLATE_NOOP


def register(sub: Any) -> None:
    """Add ``publish`` and ``language`` to the top-level parser."""
    p = sub.add_parser(
        "publish",
        help=QT_TRANSLATE_NOOP(
            "CLI", "publish an edition as a website, PDF or Word document (or --check it first)"
        ),
        description=QT_TRANSLATE_NOOP(
            "CLI",
            "Publishes the approved texts (the last approved revision of each "
            "section) and records the publication with its version, so a later one can list "
            "what changed. --include-drafts makes a clearly marked draft edition.",
        ),
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument(
        "--edition",
        default="regional",
        help=QT_TRANSLATE_NOOP("CLI", "edition slug (default: regional)"),
    )
    p.add_argument(
        "--format",
        dest="fmt",
        choices=("html", "pdf", "docx"),
        default="html",
        help=QT_TRANSLATE_NOOP("CLI", "(html)"),
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="PATH",
        help=QT_TRANSLATE_NOOP("CLI", "folder (html) or file"),
    )
    p.add_argument(
        "--version",
        dest="pub_version",
        metavar="X.Y",
        help=QT_TRANSLATE_NOOP("CLI", "default: next minor"),
    )
    p.add_argument(
        "--note",
        default="",
        help=QT_TRANSLATE_NOOP("CLI", "the change note shown with the version"),
    )
    p.add_argument(
        "--since", metavar="X.Y", help=QT_TRANSLATE_NOOP("CLI", "«what changed» since this version")
    )
    p.add_argument(
        "--include-drafts",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "publish a marked draft"),
    )
    p.add_argument(
        "--pathway",
        metavar="SLUG",
        help=QT_TRANSLATE_NOOP("CLI", "pdf or docx of one pathway only"),
    )
    p.add_argument(
        "--check",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "only list what would embarrass; exit 1 if any"),
    )
    p.add_argument("--author", help=AUTHOR_HELP)
    p.set_defaults(handler=publish)

    p = sub.add_parser(
        "language",
        help=QT_TRANSLATE_NOOP(
            "CLI", "set the written standard (nb or nn) an edition is published in"
        ),
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument(
        "edition", metavar="EDITION", help=QT_TRANSLATE_NOOP("CLI", "edition slug, e.g. voss")
    )
    p.add_argument("language", choices=("nb", "nn"), metavar="nb|nn")
    p.set_defaults(handler=language)


def language(args: argparse.Namespace) -> int:
    from kartedit.services.publish.publisher import Publisher

    with open_workspace(args.db) as workspace:
        changed = Publisher(workspace).set_language(args.edition, args.language)
    sentences = {
        ("nb", True): QT_TRANSLATE_NOOP("CLI", "«{edition}» is published in bokmål."),
        ("nn", True): QT_TRANSLATE_NOOP("CLI", "«{edition}» is published in nynorsk."),
        ("nb", False): QT_TRANSLATE_NOOP(
            "CLI", "«{edition}» is published in bokmål (it already was)."
        ),
        ("nn", False): QT_TRANSLATE_NOOP(
            "CLI", "«{edition}» is published in nynorsk (it already was)."
        ),
    }
    print(say(sentences[(args.language, changed)], edition=args.edition))
    return 0


def publish(args: argparse.Namespace) -> int:
    from kartedit.domain.errors import UserError
    from kartedit.domain.publishing import Version
    from kartedit.services.identity import resolve_author
    from kartedit.services.publish.publisher import Publisher

    version = Version.parse(args.pub_version) if args.pub_version else None
    if not args.check and args.output is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Where to? Give -o FOLDER (or a file name for pdf and docx)."
            )
        )
    with open_workspace(args.db) as workspace:
        publisher = Publisher(workspace)
        if args.check:
            return _check(publisher, args)
        workspace.edition(args.edition)  # a wrong edition is told before «who is writing?»
        result = publisher.publish(
            args.edition,
            args.fmt,
            args.output,
            author=resolve_author(args.author),
            version=version,
            note=args.note,
            include_drafts=args.include_drafts,
            pathway=args.pathway,
            since=Version.parse(args.since) if args.since else None,
        )
    _warn_about_links(result)
    publication = result.publication
    sentences = {
        (False, False): QT_TRANSLATE_NOOP(
            "CLI",
            "Published version {version} of «{edition}»: {sections} sections, {changed} "
            "changed, to {path}.",
        ),
        (True, False): QT_TRANSLATE_NOOP(
            "CLI",
            "Published draft version {version} of «{edition}»: {sections} sections, "
            "{changed} changed, to {path}.",
        ),
        (False, True): QT_TRANSLATE_NOOP(
            "CLI",
            "Published version {version} of «{edition}» (the same texts as recorded "
            "before): {sections} sections, {changed} changed, to {path}.",
        ),
        (True, True): QT_TRANSLATE_NOOP(
            "CLI",
            "Published draft version {version} of «{edition}» (the same texts as recorded "
            "before): {sections} sections, {changed} changed, to {path}.",
        ),
    }
    print(
        say(
            sentences[(publication.drafts, result.reused)],
            version=publication.version,
            edition=args.edition,
            sections=len(publication.revisions),
            changed=len(result.published.changes),
            path=result.path,
        )
    )
    return 0


def _warn_about_links(result: Any) -> None:
    """Links inside the published texts are checked: a malformed one is named on stderr."""
    from kartedit.services.publish.check import internal_targets, link_problem, links

    published = result.published
    internal = internal_targets([page.pathway for page in published.pathways])
    for page in published.pathways:
        for block in page.blocks:
            for section in block.sections:
                for target in links(section.text):
                    if link_problem(target, internal) is not None:
                        note = say(
                            QT_TRANSLATE_NOOP(
                                "CLI",
                                "note: {section}: the link «{target}» does not work; see "
                                "«publish --check».",
                            ),
                            section=section.ref.key,
                            target=target,
                        )
                        print(f"kartedit: {note}", file=sys.stderr)


def _check(publisher: Any, args: argparse.Namespace) -> int:
    from kartedit.services.facts import context_in
    from kartedit.services.publish.check import check
    from kartedit.services.publish.publisher import structure
    from kartedit.store.repository import MapRepository

    candidates = publisher.candidates(args.edition, include_drafts=args.include_drafts)
    with publisher.workspace.database.reading() as session:
        pathways = structure(MapRepository(session))
        facts = context_in(session, args.edition)
    findings = check(candidates, pathways, facts)
    for finding in findings:
        print(said(finding.describe()))
    if findings:
        print(
            counted(
                len(findings),
                QT_TRANSLATE_NOOP("CLI", "1 finding in «{edition}»."),
                QT_TRANSLATE_NOOP("CLI", "{count} findings in «{edition}»."),
                edition=args.edition,
            ),
            file=sys.stderr,
        )
        return 1
    print(say(QT_TRANSLATE_NOOP("CLI", "Nothing to fix in «{edition}»."), edition=args.edition))
    return 0
