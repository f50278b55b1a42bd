"""Test helpers for bundles: make a review bundle from the demo map, take ZIPs apart, forge them."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

from kartedit.domain.bundles import BundleManifest
from kartedit.domain.hearing import HearingRound
from kartedit.domain.people import Author
from kartedit.services.bundles import export_review_bundle
from kartedit.services.rounds import start_round
from kartedit.services.workspace import Workspace

KARI = Author("Kari Koordinator", "Helse Bergen")


def make_review_bundle(
    workspace: Workspace, path: Path, **scope: Any
) -> tuple[HearingRound, BundleManifest]:
    """Start a round (angst × fastlege and BUP unless told otherwise) and export it."""
    options: dict[str, Any] = {"pathways": ["angst"], "services": ["fastlege", "bup"]}
    options.update(scope)
    hearing = start_round(
        workspace, name="Høring angst 2027", deadline=date(2027, 1, 15), author=KARI, **options
    )
    return hearing, export_review_bundle(workspace, hearing.id, path)


def with_kind(bundle: Path, kind: str, path: Path) -> Path:
    """A copy of ``bundle`` whose manifest claims another kind, checksums recomputed."""
    files = entries(bundle)
    document = manifest_of(files)
    document["kind"] = kind
    return write_entries(path, restamp(with_manifest(files, document)))


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_entries(
    path: Path, files: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED
) -> Path:
    """A ZIP with exactly these entries — no checks, as a forger would write it."""
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def manifest_of(files: dict[str, bytes]) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(files["manifest.json"])
    return document


def with_manifest(files: dict[str, bytes], document: dict[str, Any]) -> dict[str, bytes]:
    return {**files, "manifest.json": json.dumps(document, ensure_ascii=False).encode()}


def restamp(files: dict[str, bytes]) -> dict[str, bytes]:
    """Recompute the manifest's checksums, as a careful forger would."""
    document = manifest_of(files)
    document["files"] = {
        name: hashlib.sha256(data).hexdigest()
        for name, data in files.items()
        if name != "manifest.json"
    }
    return with_manifest(files, document)


def tree_snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder (empty when it does not exist), to prove nothing changed."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


__all__ = [
    "KARI",
    "date",
    "entries",
    "make_review_bundle",
    "manifest_of",
    "restamp",
    "sha",
    "tree_snapshot",
    "with_manifest",
    "write_entries",
]
