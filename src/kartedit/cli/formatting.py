"""CLI: how dates, authors and revisions are printed for a Norwegian reader."""

from __future__ import annotations

from datetime import datetime

from kartedit.domain.model import RevisionInfo


def local_time(moment: datetime) -> str:
    """Norwegian convention: 23.11.2026 14:05, in the machine's local time."""
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def revision_line(revision: RevisionInfo) -> str:
    message = revision.message or ""
    return "\t".join(
        [
            str(revision.seq),
            local_time(revision.created),
            str(revision.author),
            revision.id,
            message,
        ]
    ).rstrip("\t")
