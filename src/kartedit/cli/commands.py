"""CLI: one handler per command, each a thin call into the application services."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kartedit.cli.formatting import read_text_file, revision_line
from kartedit.domain.sections import SectionKind, SectionRef
from kartedit.services.identity import resolve_author

if TYPE_CHECKING:
    from kartedit.services.workspace import Workspace


def _ref(args: argparse.Namespace) -> SectionRef:
    return SectionRef(
        _slug(args.pathway, "pathway"), _slug(args.service, "service"), SectionKind.parse(args.kind)
    )


def _slug(value: str, what: str) -> str:
    from kartedit.domain.sections import check_slug

    return check_slug(value, f"{what} slug")


def _open(path: Path) -> Workspace:
    """The ORM is imported here, when a command needs the database, not for «--help»."""
    from kartedit.services.workspace import Workspace

    return Workspace.open(path)


def init(args: argparse.Namespace) -> int:
    from kartedit.services.folders import import_demo
    from kartedit.services.workspace import Workspace

    workspace = Workspace.create(args.db)
    try:
        if args.demo:
            counts = import_demo(workspace)
            print(f"Created {args.db} with the demo map ({counts.revisions} revisions).")
        else:
            print(f"Created an empty map database at {args.db}.")
    except BaseException:
        workspace.close()
        args.db.unlink(missing_ok=True)
        raise
    workspace.close()
    return 0


def import_folder(args: argparse.Namespace) -> int:
    from kartedit.services.folders import import_folder as run_import

    workspace = _open(args.db)
    try:
        counts = run_import(workspace, args.folder)
    finally:
        workspace.close()
    print(
        f"Imported {counts.revisions} revisions ({counts.sections} new sections); "
        f"{counts.skipped_revisions} were already there."
    )
    return 0


def export_folder(args: argparse.Namespace) -> int:
    from kartedit.services.folders import export_folder as run_export

    workspace = _open(args.db)
    try:
        run_export(workspace, args.folder)
    finally:
        workspace.close()
    print(f"Exported the map to {args.folder}.")
    return 0


def show(args: argparse.Namespace) -> int:
    ref = _ref(args)
    workspace = _open(args.db)
    try:
        view = workspace.section(ref, args.edition)
    finally:
        workspace.close()
    sys.stdout.write(view.text if view.text.endswith("\n") or not view.text else view.text + "\n")
    return 0


def save(args: argparse.Namespace) -> int:
    ref = _ref(args)
    author = resolve_author(args.author)
    text = read_text_file(args.file) if args.file is not None else sys.stdin.read()
    workspace = _open(args.db)
    try:
        revision = workspace.save(ref, text, author, edition=args.edition, message=args.message)
    finally:
        workspace.close()
    if revision is None:
        print(f"{ref}: unchanged; no new revision.")
    else:
        print(f"{ref}: saved revision {revision.seq} ({revision.id}).")
    return 0


def history(args: argparse.Namespace) -> int:
    ref = _ref(args)
    workspace = _open(args.db)
    try:
        revisions = workspace.history(ref, args.edition)
    finally:
        workspace.close()
    for revision in revisions:
        print(revision_line(revision))
    return 0


def search(args: argparse.Namespace) -> int:
    workspace = _open(args.db)
    try:
        hits = workspace.search(args.query, args.edition)
    finally:
        workspace.close()
    for hit in hits:
        print(f"{hit.ref.pathway}\t{hit.ref.service}\t{hit.ref.kind.value}\t{hit.snippet}")
    if not hits:
        print(f"No hits for «{args.query}».", file=sys.stderr)
    return 0
