"""CLI: the ``bundle`` group — export, inspect, validate, import and apply .kartbundle files;
``export --format docx`` writes a round's hearing document for Word, and ``import`` takes
answered hearing documents (.docx) with the response bundles.

Exit codes: 0 done; 1 a user error (for ``bundle import``: some file was refused, the
others went in; for ``bundle validate``: some file has problems)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kartedit.cli.common import (
    open_workspace,
    round_author,
)
from kartedit.cli.formatting import clean, local_time
from kartedit.cli.language import counted, said, say
from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from kartedit.services.response_import import FileReport


def register(sub: Any) -> None:
    """Add ``bundle`` and its actions to the top-level parser."""
    group = sub.add_parser(
        "bundle",
        help=QT_TRANSLATE_NOOP(
            "CLI", "export, inspect, validate, import and apply .kartbundle files"
        ),
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser(
        "export", help=QT_TRANSLATE_NOOP("CLI", "write the review (or approved) bundle of a round")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("--round", required=True, metavar="ROUND")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.kartbundle")
    p.add_argument(
        "--author",
        help=QT_TRANSLATE_NOOP("CLI", '"Name (Organisation)" (default: settings, else the round)'),
    )
    p.add_argument(
        "--kind",
        choices=("review", "approved"),
        default="review",
        help=QT_TRANSLATE_NOOP(
            "CLI", "review: the texts sent out (default); approved: the approved regional texts"
        ),
    )
    p.add_argument(
        "--format",
        choices=("kartbundle", "docx"),
        default="kartbundle",
        help=QT_TRANSLATE_NOOP(
            "CLI", "kartbundle (default), or docx: a hearing document to answer in Word"
        ),
    )
    p.set_defaults(handler=bundle_export)

    p = actions.add_parser(
        "info", help=QT_TRANSLATE_NOOP("CLI", "kind, round, who, when and counts of a bundle")
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=bundle_info)

    p = actions.add_parser(
        "validate", help=QT_TRANSLATE_NOOP("CLI", "check bundles whole; one line per problem")
    )
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.set_defaults(handler=bundle_validate)

    p = actions.add_parser(
        "import",
        help=QT_TRANSLATE_NOOP(
            "CLI", "import response bundles and answered hearing documents (.docx)"
        ),
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.set_defaults(handler=bundle_import)

    p = actions.add_parser(
        "apply", help=QT_TRANSLATE_NOOP("CLI", "apply an approved bundle to this copy of the map")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=bundle_apply)


def bundle_export(args: argparse.Namespace) -> int:
    """Write a round's review bundle, or with ``--kind approved`` its approved texts."""
    from kartedit.services.approved import export_approved_bundle
    from kartedit.services.bundles import export_review_bundle

    if args.format == "docx":
        if args.kind != "review":
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A Word document is made of a round's review texts only (--kind review).",
                )
            )
        return _export_hearing_document(args)
    author = round_author(args.author)
    if args.kind == "review":
        with open_workspace(args.db) as workspace:
            manifest = export_review_bundle(workspace, args.round, args.output, author)
        print(
            counted(
                len(manifest.sections),
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "Wrote the review bundle {output}: 1 section of «{round_name}» "
                    "(bundle {bundle_id}).",
                ),
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "Wrote the review bundle {output}: {count} sections of "
                    "«{round_name}» (bundle {bundle_id}).",
                ),
                output=args.output,
                round_name=clean(manifest.round.name),
                bundle_id=manifest.bundle_id,
            )
        )
        return 0
    with open_workspace(args.db) as workspace:
        done = export_approved_bundle(workspace, args.round, args.output, author)
    m = done.manifest
    for ref, shown in done.left_out:
        print(f"left out\t{ref}\t{shown.value}")
    print(
        counted(
            len(m.sections),
            QT_TRANSLATE_NOOP(
                "CLI",
                "Wrote the approved bundle {output}: 1 approved section of «{round_name}» "
                "(bundle {bundle_id}).",
            ),
            QT_TRANSLATE_NOOP(
                "CLI",
                "Wrote the approved bundle {output}: {count} approved sections of "
                "«{round_name}» (bundle {bundle_id}).",
            ),
            output=args.output,
            round_name=clean(m.round.name),
            bundle_id=m.bundle_id,
        )
    )
    return 0


def _export_hearing_document(args: argparse.Namespace) -> int:
    """``bundle export --format docx``: the hearing document, answered in Word and returned
    through ``bundle import``."""
    from kartedit.services.hearing_document import export_hearing_document

    author = round_author(args.author)
    with open_workspace(args.db) as workspace:
        done = export_hearing_document(workspace, args.round, args.output, author)
    print(
        counted(
            len(done.sections),
            QT_TRANSLATE_NOOP(
                "CLI",
                "Wrote the hearing document {output}: 1 section of «{round_name}» "
                "(document {document_id}).",
            ),
            QT_TRANSLATE_NOOP(
                "CLI",
                "Wrote the hearing document {output}: {count} sections of «{round_name}» "
                "(document {document_id}).",
            ),
            output=args.output,
            round_name=clean(done.round.name),
            document_id=done.document_id,
        )
    )
    return 0


def bundle_info(args: argparse.Namespace) -> int:
    from kartedit.domain.bundles import BundleKind
    from kartedit.domain.hearing import norwegian_date
    from kartedit.services.bundles import comment_counts, open_bundle

    bundle = open_bundle(args.file)
    m = bundle.manifest
    lines = [
        ("kind", m.kind.value),
        ("bundle", m.bundle_id),
        ("map", f"{clean(m.map.name)} ({m.map.slug})"),
        ("edition", f"{clean(m.edition.name)} ({m.edition.slug})"),
        ("round", f"{clean(m.round.name)} ({m.round.id})"),
        ("deadline", norwegian_date(m.round.deadline)),
        ("made by", clean(str(m.made_by))),
        ("made at", local_time(m.made_at)),
        ("sections", str(len(m.sections))),
    ]
    if bundle.content is not None:
        pathways = ", ".join(clean(p.name) for p in bundle.content.pathways)
        lines.append(("pathways", pathways))
    if m.kind is BundleKind.RESPONSE and bundle.comments is not None:
        counts = comment_counts(bundle.comments.comments)
        lines += [
            ("reviewer", clean(str(m.reviewer))),
            ("in response to", str(m.in_response_to)),
            ("comments", str(counts.comments)),
            ("suggestions", str(counts.suggestions)),
            ("replies", str(counts.replies)),
        ]
    for key, value in lines:
        print(f"{key}:\t{value}")
    return 0


def bundle_validate(args: argparse.Namespace) -> int:
    from kartedit.services.bundles import open_bundle, validate_bundle

    failed = False
    for path in args.files:
        problems = validate_bundle(path)
        if problems:
            failed = True
            for problem in problems:
                print(f"kartedit: {clean(said(problem))}", file=sys.stderr)
            continue
        manifest = open_bundle(path).manifest
        print(
            counted(
                len(manifest.sections),
                QT_TRANSLATE_NOOP("CLI", "{path}: a valid {kind} (1 section)."),
                QT_TRANSLATE_NOOP("CLI", "{path}: a valid {kind} ({count} sections)."),
                path=path,
                kind=manifest.kind.label,
            )
        )
    return 1 if failed else 0


def _who(name: str, *about: str) -> str:
    """«Name (organisation, role)», or the name alone when a Word comment's author is all
    that is known."""
    known = ", ".join(part for part in about if part)
    return f"{name} ({known})" if known else name


def _file_lines(report: FileReport) -> list[str]:
    """A file's report for a reader (its item lines are tab-separated records)."""
    if report.cancelled:
        return [say(QT_TRANSLATE_NOOP("CLI", "{path}: not imported (cancelled)"), path=report.path)]
    if report.refused is not None:
        reason = clean(said(report.refused))
        named = f"{report.path}: "  # a bundle's refusal names its file: once is enough
        return [
            say(
                QT_TRANSLATE_NOOP("CLI", "{path}: refused: {reason}"),
                path=report.path,
                reason=reason.removeprefix(named),
            )
        ]
    people = report.reviewers or ((report.reviewer,) if report.reviewer else ())
    whom = "; ".join(clean(_who(who.name, who.organisation, who.role)) for who in people) or "?"
    if report.seen_before:
        summary = QT_TRANSLATE_NOOP(
            "CLI",
            "{path}: {reviewer} on «{round}» (this response was imported before): {new} new, "
            "{present} already present, {updated} updated; {moved} re-anchored (moved), "
            "{orphaned} orphaned",
        )
    else:
        summary = QT_TRANSLATE_NOOP(
            "CLI",
            "{path}: {reviewer} on «{round}»: {new} new, {present} already present, "
            "{updated} updated; {moved} re-anchored (moved), {orphaned} orphaned",
        )
    lines = [
        say(
            summary,
            path=report.path,
            reviewer=whom,
            round=clean(report.round_name or ""),
            new=report.imported,
            present=report.present,
            updated=report.updated,
            moved=len(report.moved),
            orphaned=len(report.orphaned),
        )
    ]
    for item in report.items:
        where = "reply" if item.is_reply else item.anchor.value if item.anchor else "-"
        lines.append(
            "\t".join(
                [
                    f"  {item.outcome.value}",
                    where,
                    item.comment_id,
                    item.kind.value,
                    item.section.key,
                    f"«{clean(item.quote, 60)}»",
                    *([item.note] if item.note else []),
                ]
            )
        )
    lines.extend(f"  note\t{clean(said(note))}" for note in report.notes)
    return lines


def bundle_import(args: argparse.Namespace) -> int:
    from kartedit.services.response_import import import_responses

    with open_workspace(args.db) as workspace:
        report = import_responses(workspace, args.files)
    for file_report in report.files:
        print("\n".join(_file_lines(file_report)))
    refused = len(report.refused)
    total = len(report.files)
    print(
        counted(
            total,
            QT_TRANSLATE_NOOP("CLI", "Imported {imported} of 1 file; {refused} refused."),
            QT_TRANSLATE_NOOP("CLI", "Imported {imported} of {total} files; {refused} refused."),
            imported=total - refused,
            total=total,
            refused=refused,
        )
    )
    if refused:
        if total == 1:
            rest = QT_TRANSLATE_NOOP(
                "CLI", "{refused} of 1 file refused (see above); nothing was imported."
            )
        elif refused == total:
            rest = QT_TRANSLATE_NOOP(
                "CLI", "{refused} of {total} files refused (see above); nothing was imported."
            )
        else:
            rest = QT_TRANSLATE_NOOP(
                "CLI",
                "{refused} of {total} files refused (see above); the others were imported.",
            )
        print(f"kartedit: {say(rest, refused=refused, total=total)}", file=sys.stderr)
        return 1
    return 0


def bundle_apply(args: argparse.Namespace) -> int:
    from kartedit.services.approved import apply_approved_bundle

    with open_workspace(args.db) as workspace:
        report = apply_approved_bundle(workspace, args.file)
    stale: dict[str, int] = {}
    for entry in report.sections:
        line = f"{entry.ref}\t{entry.outcome.value}\trevision {entry.revision_id}"
        if entry.stale:
            line += f"\tstale in: {', '.join(entry.stale)}"
            for edition in entry.stale:
                stale[edition] = stale.get(edition, 0) + 1
        print(line)
    m = report.manifest
    updated = len(report.updated)
    print(
        say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Applied the approved bundle of «{round_name}» by {made_by}: "
                "{updated} updated, {unchanged} unchanged.",
            ),
            round_name=clean(m.round.name),
            made_by=clean(str(m.made_by)),
            updated=updated,
            unchanged=len(report.sections) - updated,
        )
    )
    for edition, number in sorted(stale.items()):
        print(
            counted(
                number,
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "«{edition}»: 1 local adaptation now stale; re-base with "
                    "«kartedit rebase {db} --edition {edition}».",
                ),
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "«{edition}»: {count} local adaptations now stale; re-base with "
                    "«kartedit rebase {db} --edition {edition}».",
                ),
                edition=edition,
                db=args.db,
            )
        )
    for kind in report.added_fact_kinds:  # values stay local: each edition fills them in
        print(f"New local fact «{clean(kind.name)}»: fill it in with «kartedit facts --set».")
    return 0
