"""Bundle layer: ``.kartbundle`` files — a map's folder layout, zipped, with a bundle manifest.

Layout (see ``docs/bundle-format.md``)::

    manifest.json      the bundle manifest: kind, round, maker, sections, file checksums
    map.json           review/approved: the map folder's manifest (``bundle/mapfiles.py``)
    texts/…, history/… review/approved: the Markdown texts, as in the folder form
    comments.json      response: the reviewer's comments and suggestions
    index.html         a read-only rendering for people without kartedit

Reading checks everything, in this order, before any of it is used: the ZIP structure and
limits, the manifest (format, version, schema), the bundle kind, the file list and every
checksum, then the kind's own content and its agreement with the manifest.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from kartedit.bundle import mapfiles
from kartedit.bundle.comments import COMMENTS, CommentsDocument, parse_comments
from kartedit.bundle.manifest import dump_manifest, parse_manifest
from kartedit.bundle.problems import BundleError, Problems
from kartedit.bundle.zipsafe import SafeZip, write_zip
from kartedit.domain.bundles import BundleKind, BundleManifest
from kartedit.domain.content import MapContent
from kartedit.domain.errors import UserError

MANIFEST = mapfiles.MANIFEST
MAP = "map.json"
INDEX = "index.html"
SUFFIX = ".kartbundle"

_REQUIRED = {
    BundleKind.REVIEW: (MAP, INDEX),
    BundleKind.APPROVED: (MAP, INDEX),
    BundleKind.RESPONSE: (COMMENTS,),
}


@dataclass(frozen=True)
class Bundle:
    """A checked bundle: its manifest, and the map content or the comments it carries."""

    path: Path
    manifest: BundleManifest
    content: MapContent | None = None
    """Review and approved bundles: the texts, one revision per section for a review."""
    comments: CommentsDocument | None = None
    """Response bundles: the reviewer's comments."""

    @property
    def kind(self) -> BundleKind:
        return self.manifest.kind


def content_files(content: MapContent) -> dict[str, bytes]:
    """The folder form of a map, its manifest renamed to map.json (manifest.json is ours)."""
    files = mapfiles.content_to_files(content)
    files[MAP] = files.pop(MANIFEST)
    return files


def _allowed(kind: BundleKind, name: str) -> bool:
    if kind is BundleKind.RESPONSE:
        return name in (COMMENTS, INDEX)
    return name in (MAP, INDEX) or name.startswith(("texts/", "history/"))


def write_bundle(
    path: Path,
    manifest: BundleManifest,
    payload: Mapping[str, bytes],
    *,
    verify: bool = True,
) -> BundleManifest:
    """Write a bundle atomically; the manifest's checksums are computed from ``payload``.

    With ``verify`` the finished file is read back through ``read_bundle`` before it takes
    the target's place, so kartedit never hands out a bundle it would itself refuse.
    """
    if MANIFEST in payload:
        raise ValueError("the payload must not hold manifest.json; it is written here")
    bad = [name for name in payload if not _allowed(manifest.kind, name)]
    if bad:
        raise ValueError(f"files that do not belong in a {manifest.kind.label}: {bad}")
    final = replace(manifest, files={name: mapfiles.sha256(data) for name, data in payload.items()})
    check: Callable[[Path], None] | None = None
    if verify:

        def check(written: Path) -> None:
            read_bundle(written, final.kind, label=str(path))

    write_zip(path, {**payload, MANIFEST: dump_manifest(final)}, check)
    return final


def read_bundle(
    path: Path, expect: BundleKind | None = None, *, label: str | None = None
) -> Bundle:
    """Open and check a bundle whole; raises ``BundleError`` naming the file and each problem."""
    label = label or str(path)
    with SafeZip(path, label) as archive:
        if MANIFEST not in archive.names:
            raise BundleError(
                [
                    f"{label}: manifest.json is missing, so this is not a kartedit bundle "
                    "(or it is damaged)."
                ]
            )
        manifest = parse_manifest(archive.read(MANIFEST), f"{label}: {MANIFEST}")
        _check_kind(manifest, expect, label)
        files = _read_listed(archive, manifest, label)
    if manifest.kind is BundleKind.RESPONSE:
        return Bundle(path, manifest, comments=_comments(files, manifest, label))
    return Bundle(path, manifest, content=_content(files, manifest, label))


def bundle_problems(path: Path, expect: BundleKind | None = None) -> list[str]:
    """Every problem found, one line each; empty when the bundle is sound."""
    try:
        read_bundle(path, expect)
    except BundleError as exc:
        return list(exc.problems)
    except UserError as exc:
        return [exc.message]
    return []


def _check_kind(manifest: BundleManifest, expect: BundleKind | None, label: str) -> None:
    found = manifest.kind
    if expect is None or found is expect:
        return
    if found is BundleKind.RESPONSE and expect is BundleKind.REVIEW:
        message = (
            f"{label}: this is a response bundle (comments by {manifest.reviewer}), not a "
            "review bundle. Reviewers open the review bundle the coordinator sent them; "
            "responses are for the coordinator to import."
        )
    elif found is BundleKind.REVIEW and expect is BundleKind.RESPONSE:
        message = (
            f"{label}: this is a review bundle (the texts sent out for «{manifest.round.name}»), "
            "not a response. Open it to comment, then export a response bundle from it."
        )
    else:
        message = f"{label}: this is {_a(found)}, not {_a(expect)}."
    raise BundleError([message])


def _a(kind: BundleKind) -> str:
    article = "an" if kind.label[0] in "aeiou" else "a"
    return f"{article} {kind.label}"


def _read_listed(archive: SafeZip, manifest: BundleManifest, label: str) -> dict[str, bytes]:
    kind = manifest.kind
    problems = Problems()
    present = set(archive.names) - {MANIFEST}
    listed = set(manifest.files)
    for name in _REQUIRED[kind]:
        if name not in listed and name not in present:
            problems.add(f"{label}: {name} is missing (every {kind.label} has one).")
    for name in sorted(listed - present):
        problems.add(f"{label}: {name} is listed in the manifest but missing from the bundle.")
    for name in sorted(present - listed):
        problems.add(f"{label}: {name} is in the bundle but not listed in its manifest.")
    for name in sorted(listed & present):
        if not _allowed(kind, name):
            why = " (responses carry comments, not texts)" if kind is BundleKind.RESPONSE else ""
            problems.add(f"{label}: {name} does not belong in a {kind.label}{why}.")
    problems.raise_if_any()
    files = {}
    for name in sorted(listed):
        data = archive.read(name)
        if mapfiles.sha256(data) != manifest.files[name]:
            problems.add(
                f"{label}: {name} does not match its checksum (changed or damaged on the way)."
            )
        files[name] = data
    problems.raise_if_any()
    return files


def _content(files: dict[str, bytes], manifest: BundleManifest, label: str) -> MapContent:
    where = f"{label}: {MAP}"
    try:
        document = mapfiles.parse_manifest(files[MAP], where)
        content = mapfiles.files_to_content(document, files.get, where)
    except BundleError:
        raise
    except UserError as exc:
        raise BundleError([exc.message]) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleError([f"{where}: a value in it is not valid ({exc})."]) from None
    problems = Problems()
    if content.map.id != manifest.map.id:
        problems.add(f"{where}: holds another map than manifest.json names.")
    if manifest.edition.slug not in {e.slug for e in content.editions}:
        problems.add(f"{where}: the round's edition «{manifest.edition.slug}» is not in it.")
    used = {
        mapfiles.revision_path(s.edition, s.ref, i, len(s.revisions))
        for s in content.sections
        for i in range(len(s.revisions))
    }
    for name in sorted(files):
        if name.startswith(("texts/", "history/")) and name not in used:
            problems.add(f"{label}: {name} is not part of the map in {MAP}.")
    carried = {(s.edition, s.ref.key): s for s in content.sections}
    listed = set()
    for entry in manifest.sections:
        listed.add((entry.edition, entry.ref.key))
        record = carried.get((entry.edition, entry.ref.key))
        if record is None:
            problems.add(
                f"{label}: section {entry.ref} is listed in manifest.json but not in {MAP}."
            )
            continue
        head = record.revisions[-1]
        if head.id != entry.revision:
            problems.add(
                f"{label}: section {entry.ref}: manifest.json names revision {entry.revision}, "
                f"{MAP} carries {head.id}."
            )
        elif mapfiles.sha256(head.text.encode("utf-8")) != entry.sha256:
            problems.add(
                f"{label}: section {entry.ref}: its text does not match the checksum in "
                "manifest.json."
            )
    for key in sorted(set(carried) - listed):
        problems.add(
            f"{label}: {MAP} carries section {key[1]} ({key[0]}), "
            "which manifest.json does not list."
        )
    problems.raise_if_any()
    return content


def _comments(files: dict[str, bytes], manifest: BundleManifest, label: str) -> CommentsDocument:
    document = parse_comments(files[COMMENTS], f"{label}: {COMMENTS}")
    problems = Problems()
    if document.review_bundle != manifest.in_response_to:
        problems.add(
            f"{label}: {COMMENTS} is about another review bundle than manifest.json names."
        )
    sections = {s.ref: s for s in manifest.sections}
    for comment in document.comments:
        anchor = comment.anchor
        if anchor is None:
            continue
        entry = sections.get(anchor.section)
        if entry is None:
            problems.add(
                f"{label}: comment {comment.id} is on section {anchor.section}, which the "
                "bundle does not list."
            )
        elif entry.revision != anchor.revision:
            problems.add(
                f"{label}: comment {comment.id} is on revision {anchor.revision} of "
                f"{anchor.section}, but the bundle lists revision {entry.revision}."
            )
    problems.raise_if_any()
    return document
