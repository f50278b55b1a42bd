"""Atomic file writes for every layer: a temporary file beside the target, synced to disk,
then renamed over it (and the folder synced) — a crash, a power cut or a full disk never
leaves half a file behind.

Files get the permissions the user's umask gives a new file; private files (unsaved
drafts, a reviewer's work in progress) are readable by their owner only."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP

PRIVATE_MODE = 0o600


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); a no-op where folders cannot be opened."""
    if os.name == "nt":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems (network shares) refuse fsync on a folder: nothing to do
    finally:
        os.close(descriptor)


def write_atomically(
    path: Path,
    data: bytes,
    *,
    temp_prefix: str | None = None,
    verify: Callable[[Path], None] | None = None,
    private: bool = False,
) -> None:
    """Replace ``path`` with ``data`` in one step. Raises OSError; callers word the message.

    ``verify`` may check the finished temporary file; if it raises, the target is left
    as it was. ``temp_prefix`` lets a folder's reader recognise (and skip) temporary files.
    ``private`` files are 0600; others get what the umask allows (0644 with the usual 022).
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700 if private else 0o777)
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
        temporary.chmod(PRIVATE_MODE if private else 0o666 & ~current_umask())
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


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
