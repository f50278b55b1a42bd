"""CLI: hearings in Word — ``bundle export --format docx`` (the hearing document).

Returned ``.docx`` files go through ``bundle import`` with the response bundles, and the
merknadsdokument through ``round summary --format docx``; both live with those commands.
"""

from __future__ import annotations

import argparse

from kartedit.cli.commands_hearing import clean, round_author


def export_hearing_document(args: argparse.Namespace) -> int:
    from kartedit.cli.commands import _open
    from kartedit.services.hearing_document import export_hearing_document as export

    author = round_author(args.author)
    workspace = _open(args.db)
    try:
        done = export(workspace, args.round, args.output, author)
    finally:
        workspace.close()
    print(
        f"Wrote the hearing document {args.output}: {len(done.sections)} sections of "
        f"«{clean(done.round.name)}» (document {done.document_id})."
    )
    return 0
