"""Bundle layer: reading and writing the plain-text folder form of a map, atomically."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from kartedit.bundle.mapfiles import MANIFEST, content_to_files, files_to_content, parse_manifest
from kartedit.domain.content import MapContent
from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP


def read_folder(folder: Path) -> MapContent:
    if not folder.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{folder}: no such folder."), folder=folder)
    manifest_path = folder / MANIFEST
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
        path = folder / relative
        return path.read_bytes() if path.is_file() and not path.is_symlink() else None

    return files_to_content(manifest, read, str(folder))


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
