"""Atomic file writes for every layer: a temporary file beside the target, synced to disk,
then renamed over it — a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP


def write_atomically(
    path: Path,
    data: bytes,
    *,
    temp_prefix: str | None = None,
    verify: Callable[[Path], None] | None = None,
) -> None:
    """Replace ``path`` with ``data`` in one step. Raises OSError; callers word the message.

    ``verify`` may check the finished temporary file; if it raises, the target is left
    as it was. ``temp_prefix`` lets a folder's reader recognise (and skip) temporary files.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(
        prefix=temp_prefix or f".{path.name}.", suffix=".part", dir=path.parent
    )
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if verify is not None:
            verify(temporary)
        temporary.chmod(0o644)  # a file to keep or share, not mkstemp's private 0600
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def export_file(path: Path, data: bytes, *, verify: Callable[[Path], None] | None = None) -> None:
    """Write a file the user asked for (bundle, summary, CSV), with plain-language refusals."""
    if path.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{path}: is a folder; give a file name."), path=path
        )
    parent = path.absolute().parent
    if not parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{parent}: no such folder."), parent=parent)
    try:
        write_atomically(path, data, verify=verify)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: could not be written ({reason}); nothing was changed.",
            ),
            path=path,
            reason=exc.strerror or exc,
            detail=repr(exc),
        ) from exc
