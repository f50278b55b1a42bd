"""CLI: how dates, authors, counts, revisions and untrusted text are printed for a reader."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from kartedit.cli.language import said
from kartedit.domain.errors import UserError
from kartedit.domain.history import revision_message
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import RevisionInfo

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def clean(text: str, limit: int | None = None) -> str:
    """One line of untrusted text for a terminal: no control characters, no escapes."""
    flat = " ".join(_CONTROL.sub(" ", text).split())
    if limit is not None and len(flat) > limit:
        return flat[: limit - 1] + "…"
    return flat


def plural(number: int, one: str, many: str | None = None) -> str:
    """«1 section», «3 sections», «2 replies»."""
    return f"{number} {one if number == 1 else many or one + 's'}"


def read_text_file(path: Path) -> str:
    """A UTF-8 text file named on the command line; a missing or unreadable one is a user error."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{file}: no such file."), file=path) from exc
    except UnicodeDecodeError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{file}: not UTF-8 text."), file=path) from exc
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{file}: cannot be read ({reason})."),
            file=path,
            reason=exc.strerror,
        ) from exc


def local_time(moment: datetime) -> str:
    """Norwegian convention: 23.11.2026 14:05, in the machine's local time."""
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def revision_line(revision: RevisionInfo) -> str:
    message = said(revision_message(revision.message) or "")
    return "\t".join(
        [
            str(revision.seq),
            local_time(revision.created),
            str(revision.author),
            revision.id,
            message,
        ]
    ).rstrip("\t")
