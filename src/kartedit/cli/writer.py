"""CLI: the writer's commands — init, import-folder, export-folder, show, save, history, search."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kartedit.cli.common import (
    open_workspace,
    section_args,
    section_ref,
)
from kartedit.cli.formatting import read_text_file, revision_line
from kartedit.cli.language import say
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.services.identity import resolve_author

if TYPE_CHECKING:
    pass


def register(sub: Any) -> None:
    """Add the writer's commands to the top-level parser."""
    p = sub.add_parser("init", help=QT_TRANSLATE_NOOP("CLI", "create a new map database"))
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument(
        "--demo", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "fill it with the demo map")
    )
    p.set_defaults(handler=init)

    p = sub.add_parser(
        "import-folder",
        help=QT_TRANSLATE_NOOP("CLI", "import a map from its plain-text folder form"),
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("folder", type=Path, metavar="FOLDER")
    p.set_defaults(handler=import_folder)

    p = sub.add_parser(
        "export-folder", help=QT_TRANSLATE_NOOP("CLI", "export the map as a plain-text folder")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("folder", type=Path, metavar="FOLDER")
    p.set_defaults(handler=export_folder)

    p = sub.add_parser(
        "show", help=QT_TRANSLATE_NOOP("CLI", "print the text a section has in an edition")
    )
    section_args(p)
    p.add_argument(
        "--raw",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "keep {{lokal:…}} placeholders instead of the values"),
    )
    p.set_defaults(handler=show)

    p = sub.add_parser("save", help=QT_TRANSLATE_NOOP("CLI", "save a new revision of a section"))
    section_args(p)
    p.add_argument("--message", "-m", help=QT_TRANSLATE_NOOP("CLI", "what changed and why"))
    p.add_argument(
        "--file",
        "-f",
        type=Path,
        help=QT_TRANSLATE_NOOP("CLI", "read the text from FILE (default: stdin)"),
    )
    p.add_argument(
        "--author", help=QT_TRANSLATE_NOOP("CLI", '"Name (Organisation)" (default: from settings)')
    )
    p.set_defaults(handler=save)

    p = sub.add_parser(
        "history", help=QT_TRANSLATE_NOOP("CLI", "list a section's revisions, newest first")
    )
    section_args(p)
    p.set_defaults(handler=history)

    p = sub.add_parser(
        "search", help=QT_TRANSLATE_NOOP("CLI", "full-text search over the texts of an edition")
    )
    p.add_argument("db", type=Path, metavar="DB")
    p.add_argument("query", metavar="QUERY")
    p.add_argument(
        "--edition",
        default="regional",
        help=QT_TRANSLATE_NOOP("CLI", "edition slug (default: regional)"),
    )
    p.set_defaults(handler=search)


def init(args: argparse.Namespace) -> int:
    from kartedit.services.folders import import_demo
    from kartedit.services.workspace import Workspace

    workspace = Workspace.create(args.db)  # refuses an existing file: nothing to undo
    try:
        with workspace:
            counts = import_demo(workspace) if args.demo else None
    except BaseException:
        args.db.unlink(missing_ok=True)
        raise
    if counts is not None:
        print(
            say(
                QT_TRANSLATE_NOOP("CLI", "Created {db} with the demo map ({revisions} revisions)."),
                db=args.db,
                revisions=counts.revisions,
            )
        )
    else:
        print(say(QT_TRANSLATE_NOOP("CLI", "Created an empty map database at {db}."), db=args.db))
    return 0


def import_folder(args: argparse.Namespace) -> int:
    from kartedit.services.folders import import_folder as run_import

    with open_workspace(args.db) as workspace:
        counts = run_import(workspace, args.folder)
    print(
        say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Imported {revisions} revisions ({sections} new sections); "
                "{skipped_revisions} were already there.",
            ),
            revisions=counts.revisions,
            sections=counts.sections,
            skipped_revisions=counts.skipped_revisions,
        )
    )
    for name in counts.ignored:  # a README or «Thumbs.db» beside the map: left out, said so
        print(
            say(
                QT_TRANSLATE_NOOP("CLI", "Ignored {name}: not listed in the folder's manifest."),
                name=repr(name),
            )
        )
    return 0


def export_folder(args: argparse.Namespace) -> int:
    from kartedit.services.folders import export_folder as run_export

    with open_workspace(args.db) as workspace:
        run_export(workspace, args.folder)
    print(say(QT_TRANSLATE_NOOP("CLI", "Exported the map to {folder}."), folder=args.folder))
    return 0


def show(args: argparse.Namespace) -> int:
    from kartedit.store.quick_read import section_text

    ref = section_ref(args)
    text = section_text(args.db, ref, args.edition)  # without the ORM, when it can
    if text is None or (not args.raw and "{{" in text):
        with open_workspace(args.db) as workspace:
            text = workspace.section(ref, args.edition).text
            if not args.raw and "{{" in text:  # a local edition's facts filled in
                from kartedit.services.facts import Facts

                text = Facts(workspace).context(args.edition).fill(text, ref)
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
    return 0


def save(args: argparse.Namespace) -> int:
    ref = section_ref(args)
    text = read_text_file(args.file) if args.file is not None else sys.stdin.read()
    with open_workspace(args.db) as workspace:
        workspace.section(ref, args.edition)  # a wrong name is told before «who is writing?»
        author = resolve_author(args.author)
        revision = workspace.save(ref, text, author, edition=args.edition, message=args.message)
    if revision is None:
        print(say(QT_TRANSLATE_NOOP("CLI", "{ref}: unchanged; no new revision."), ref=ref))
    else:
        print(
            say(
                QT_TRANSLATE_NOOP("CLI", "{ref}: saved revision {seq} ({revision_id})."),
                ref=ref,
                seq=revision.seq,
                revision_id=revision.id,
            )
        )
    return 0


def history(args: argparse.Namespace) -> int:
    ref = section_ref(args)
    with open_workspace(args.db) as workspace:
        revisions = workspace.history(ref, args.edition)
    for revision in revisions:
        print(revision_line(revision))
    return 0


def search(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as workspace:
        hits = workspace.search(args.query, args.edition, marked=None)
    for hit in hits:
        print(f"{hit.ref.pathway}\t{hit.ref.service}\t{hit.ref.kind.value}\t{hit.snippet}")
    if not hits:
        print(
            say(QT_TRANSLATE_NOOP("CLI", "No hits for «{query}»."), query=args.query),
            file=sys.stderr,
        )
    return 0
