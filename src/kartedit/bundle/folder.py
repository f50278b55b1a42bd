"""Bundle layer: reading and writing the plain-text folder form of a map, atomically."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from kartedit.bundle.mapfiles import MANIFEST, content_to_files, files_to_content, parse_manifest
from kartedit.domain.content import MapContent
from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.text_forms import section_size_problem


def _link_in(folder: Path, relative: str) -> bool:
    """Whether any part of ``relative`` under ``folder`` is a symbolic link."""
    path = folder
    for part in relative.split("/"):
        path = path / part
        if path.is_symlink():
            return True
    return False


def _refuse_link(folder: Path, relative: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{folder}: {relative} is a symbolic link. A map folder holds its "
            "own files; copy the file in instead of linking to it.",
        ),
        folder=folder,
        relative=relative,
    )


def read_folder(folder: Path) -> MapContent:
    """The map in a folder, checked whole. Links and over-large files are refused."""
    if folder.is_symlink():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{folder}: is a symbolic link. Give the map folder itself, not a link to it.",
            ),
            folder=folder,
        )
    if not folder.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{folder}: no such folder."), folder=folder)
    manifest_path = folder / MANIFEST
    if manifest_path.is_symlink():
        raise _refuse_link(folder, MANIFEST)
    if not manifest_path.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{folder}: no {manifest} here — this is not a kartedit map folder.",
            ),
            folder=folder,
            manifest=MANIFEST,
        )
    manifest = parse_manifest(manifest_path.read_bytes(), str(manifest_path))

    def read(relative: str) -> bytes | None:
        if _link_in(folder, relative):
            raise _refuse_link(folder, relative)
        path = folder / relative
        if not path.is_file():
            return None
        problem = section_size_problem(path.stat().st_size)  # before reading it into memory
        if problem:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "{folder}: {relative}: {problem}"),
                folder=folder,
                relative=relative,
                problem=problem,
            )
        return path.read_bytes()

    return files_to_content(manifest, read, str(folder))


def unlisted_files(folder: Path, content: MapContent) -> tuple[str, ...]:
    """Files in the folder that its manifest does not list: left out of an import.

    Shared folders gather such files (a README, «Thumbs.db», «.DS_Store», an editor's
    backup); they are reported as ignored rather than refusing a sound map.
    """
    listed = set(content_to_files(content))
    found = []
    for root, folders, names in os.walk(folder):  # never follows links
        folders.sort()
        for name in sorted(names):
            relative = (Path(root) / name).relative_to(folder).as_posix()
            if relative not in listed:
                found.append(relative)
    return tuple(found)


def write_folder(content: MapContent, folder: Path) -> None:
    """Write the folder form; an existing map folder is replaced whole, never half-written."""
    if folder.exists() and not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{folder}: a file is in the way; choose a folder name."),
            folder=folder,
        )
    if folder.is_dir() and any(folder.iterdir()) and not (folder / MANIFEST).is_file():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{folder}: the folder is not empty and is not a kartedit map "
                "folder; choose an empty or new folder.",
            ),
            folder=folder,
        )
    parent = folder.resolve().parent
    if not parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{parent}: no such folder."), parent=parent)
    try:
        _replace_folder(content, folder, parent)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{folder}: the map could not be written ({reason}); nothing was "
                "changed there. Free some space or choose another place, and try "
                "again.",
            ),
            folder=folder,
            reason=exc.strerror or exc,
            detail=repr(exc),
        ) from exc


def _replace_folder(content: MapContent, folder: Path, parent: Path) -> None:
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=parent))
    try:
        for relative, data in sorted(content_to_files(content).items()):
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        if folder.exists():
            old = parent / f".{folder.name}.old"
            shutil.rmtree(old, ignore_errors=True)
            folder.rename(old)
            staging.rename(folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            staging.rename(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
