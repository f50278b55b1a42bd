"""CLI: how dates, authors and revisions are printed for a Norwegian reader."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kartedit.domain.errors import UserError
from kartedit.domain.model import RevisionInfo


def read_text_file(path: Path) -> str:
    """A UTF-8 text file named on the command line; a missing or unreadable one is a user error."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise UserError(f"{path}: no such file.") from exc
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: not UTF-8 text.") from exc
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror}).") from exc


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
