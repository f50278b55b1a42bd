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
from kartedit.cli.formatting import clean, local_time, plural
from kartedit.domain.errors import UserError

if TYPE_CHECKING:
    from kartedit.services.response_import import FileReport


def register(sub: Any) -> None:
    """Add ``bundle`` and its actions to the top-level parser."""
    group = sub.add_parser(
        "bundle", help="export, inspect, validate, import and apply .kartbundle files"
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("export", help="write the review (or approved) bundle of a round")
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("--round", required=True, metavar="ROUND")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.kartbundle")
    p.add_argument("--author", help='"Name (Organisation)" (default: settings, else the round)')
    p.add_argument(
        "--kind",
        choices=("review", "approved"),
        default="review",
        help="review: the texts sent out (default); approved: the approved regional texts",
    )
    p.add_argument(
        "--format",
        choices=("kartbundle", "docx"),
        default="kartbundle",
        help="kartbundle (default), or docx: a hearing document to answer in Word",
    )
    p.set_defaults(handler=bundle_export)

    p = actions.add_parser("info", help="kind, round, who, when and counts of a bundle")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=bundle_info)

    p = actions.add_parser("validate", help="check bundles whole; one line per problem")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.set_defaults(handler=bundle_validate)

    p = actions.add_parser(
        "import", help="import response bundles and answered hearing documents (.docx)"
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.set_defaults(handler=bundle_import)

    p = actions.add_parser("apply", help="apply an approved bundle to this copy of the map")
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
                "A Word document is made of a round's review texts only (--kind review)."
            )
        return _export_hearing_document(args)
    author = round_author(args.author)
    if args.kind == "review":
        with open_workspace(args.db) as workspace:
            manifest = export_review_bundle(workspace, args.round, args.output, author)
        print(
            f"Wrote the review bundle {args.output}: {len(manifest.sections)} sections of "
            f"«{clean(manifest.round.name)}» (bundle {manifest.bundle_id})."
        )
        return 0
    with open_workspace(args.db) as workspace:
        done = export_approved_bundle(workspace, args.round, args.output, author)
    m = done.manifest
    for ref, shown in done.left_out:
        print(f"left out\t{ref}\t{shown.value}")
    print(
        f"Wrote the approved bundle {args.output}: {plural(len(m.sections), 'approved section')} "
        f"of «{clean(m.round.name)}» (bundle {m.bundle_id})."
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
        f"Wrote the hearing document {args.output}: {len(done.sections)} sections of "
        f"«{clean(done.round.name)}» (document {done.document_id})."
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
                print(f"kartedit: {clean(problem)}", file=sys.stderr)
            continue
        manifest = open_bundle(path).manifest
        print(f"{path}: a valid {manifest.kind.label} ({len(manifest.sections)} sections).")
    return 1 if failed else 0


def _file_lines(report: FileReport) -> list[str]:
    if report.cancelled:
        return [f"{report.path}: not imported (cancelled)"]
    if report.refused is not None:
        return [f"{report.path}: refused: {clean(report.refused)}"]
    people = report.reviewers or ((report.reviewer,) if report.reviewer else ())
    whom = "; ".join(
        clean(f"{who.name} ({', '.join(p for p in (who.organisation, who.role) if p)})")
        for who in people
    )
    again = " (this response was imported before)" if report.seen_before else ""
    lines = [
        f"{report.path}: {whom} on «{clean(report.round_name or '')}»{again}: "
        f"{report.imported} new, {report.present} already present, {report.updated} updated; "
        f"{len(report.moved)} re-anchored (moved), {len(report.orphaned)} orphaned"
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
    lines.extend(f"  note\t{clean(note)}" for note in report.notes)
    return lines


def bundle_import(args: argparse.Namespace) -> int:
    from kartedit.services.response_import import import_responses

    with open_workspace(args.db) as workspace:
        report = import_responses(workspace, args.files)
    for file_report in report.files:
        print("\n".join(_file_lines(file_report)))
    refused = len(report.refused)
    total = len(report.files)
    print(f"Imported {total - refused} of {plural(total, 'file')}; {refused} refused.")
    if refused:
        rest = "nothing was imported" if refused == total else "the others were imported"
        print(
            f"kartedit: {refused} of {plural(total, 'file')} refused (see above); {rest}.",
            file=sys.stderr,
        )
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
        f"Applied the approved bundle of «{clean(m.round.name)}» by {clean(str(m.made_by))}: "
        f"{updated} updated, {len(report.sections) - updated} unchanged."
    )
    for edition, number in sorted(stale.items()):
        print(
            f"«{edition}»: {plural(number, 'local adaptation')} now stale; re-base with "
            f"«kartedit rebase {args.db} --edition {edition}»."
        )
    for kind in report.added_fact_kinds:  # values stay local: each edition fills them in
        print(f"New local fact «{clean(kind.name)}»: fill it in with «kartedit facts --set».")
    return 0
