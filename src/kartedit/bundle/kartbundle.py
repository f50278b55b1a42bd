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
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message

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
                    Message.of(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{label}: manifest.json is missing, so this is not a kartedit "
                            "bundle (or it is damaged).",
                        ),
                        label=label,
                    )
                ]
            )
        manifest = parse_manifest(archive.read(MANIFEST), f"{label}: {MANIFEST}")
        _check_kind(manifest, expect, label)
        files = _read_listed(archive, manifest, label)
    if manifest.kind is BundleKind.RESPONSE:
        return Bundle(path, manifest, comments=_comments(files, manifest, label))
    return Bundle(path, manifest, content=_content(files, manifest, label))


def bundle_problems(path: Path, expect: BundleKind | None = None) -> list[Message]:
    """Every problem found, one each; empty when the bundle is sound."""
    try:
        read_bundle(path, expect)
    except BundleError as exc:
        return list(exc.messages)
    except UserError as exc:
        return [exc.said]
    return []


def _check_kind(manifest: BundleManifest, expect: BundleKind | None, label: str) -> None:
    found = manifest.kind
    if expect is None or found is expect:
        return
    if found is BundleKind.RESPONSE and expect is BundleKind.REVIEW:
        message = Message.of(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{label}: this is a response bundle (comments by {reviewer}), not a "
                "review bundle. Reviewers open the review bundle the coordinator sent them; "
                "responses are for the coordinator to import.",
            ),
            label=label,
            reviewer=manifest.reviewer,
        )
    elif found is BundleKind.REVIEW and expect is BundleKind.RESPONSE:
        message = Message.of(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{label}: this is a review bundle (the texts sent out for «{round}»), "
                "not a response. Open it to comment, then export a response bundle from it.",
            ),
            label=label,
            round=manifest.round.name if manifest.round else "",
        )
    else:
        message = Message.of(
            QT_TRANSLATE_NOOP("Errors", "{label}: this is {found}, not {expected}."),
            label=label,
            found=found.with_article,
            expected=expect.with_article,
        )
    raise BundleError([message])


def _read_listed(archive: SafeZip, manifest: BundleManifest, label: str) -> dict[str, bytes]:
    kind = manifest.kind
    problems = Problems()
    present = set(archive.names) - {MANIFEST}
    listed = set(manifest.files)
    for name in _REQUIRED[kind]:
        if name not in listed and name not in present:
            problems.add(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{label}: {name} is missing (every {kind} has one)."
                    ),
                    label=label,
                    name=name,
                    kind=kind.label,
                )
            )
    for name in sorted(listed - present):
        problems.add(
            Message.of(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: {name} is listed in the manifest but missing from the bundle.",
                ),
                label=label,
                name=name,
            )
        )
    for name in sorted(present - listed):
        problems.add(
            Message.of(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: {name} is in the bundle but not listed in its manifest.",
                ),
                label=label,
                name=name,
            )
        )
    for name in sorted(listed & present):
        if not _allowed(kind, name):
            if kind is BundleKind.RESPONSE:
                wrong = QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: {name} does not belong in a response bundle (responses carry "
                    "comments, not texts).",
                )
            else:
                wrong = QT_TRANSLATE_NOOP("Errors", "{label}: {name} does not belong in {kind}.")
            problems.add(Message.of(wrong, label=label, name=name, kind=kind.with_article))
    problems.raise_if_any()
    files = {}
    for name in sorted(listed):
        data = archive.read(name)
        if mapfiles.sha256(data) != manifest.files[name]:
            problems.add(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: {name} does not match its checksum (changed or damaged "
                        "on the way).",
                    ),
                    label=label,
                    name=name,
                )
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
        raise BundleError([exc.said]) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleError(
            [
                Message.of(
                    QT_TRANSLATE_NOOP("Errors", "{where}: a value in it is not valid ({exc})."),
                    where=where,
                    exc=exc,
                )
            ]
        ) from None
    problems = Problems()
    if content.map.id != manifest.map.id:
        problems.add(
            Message.of(
                QT_TRANSLATE_NOOP("Errors", "{where}: holds another map than manifest.json names."),
                where=where,
            )
        )
    if manifest.edition.slug not in {e.slug for e in content.editions}:
        problems.add(
            Message.of(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{where}: the round's edition «{edition_slug}» is not in it.",
                ),
                where=where,
                edition_slug=manifest.edition.slug,
            )
        )
    used = {
        mapfiles.revision_path(s.edition, s.ref, i, len(s.revisions))
        for s in content.sections
        for i in range(len(s.revisions))
    }
    for name in sorted(files):
        if name.startswith(("texts/", "history/")) and name not in used:
            problems.add(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{label}: {name} is not part of the map in {map_file}."
                    ),
                    label=label,
                    name=name,
                    map_file=MAP,
                )
            )
    carried = {(s.edition, s.ref.key): s for s in content.sections}
    listed = set()
    for entry in manifest.sections:
        listed.add((entry.edition, entry.ref.key))
        record = carried.get((entry.edition, entry.ref.key))
        if record is None:
            problems.add(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: section {ref} is listed in manifest.json but not in {map_file}.",
                    ),
                    label=label,
                    ref=entry.ref,
                    map_file=MAP,
                )
            )
            continue
        head = record.revisions[-1]
        if head.id != entry.revision:
            problems.add(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: section {ref}: manifest.json names revision "
                        "{revision}, {map_file} carries {carried}.",
                    ),
                    label=label,
                    ref=entry.ref,
                    revision=entry.revision,
                    map_file=MAP,
                    carried=head.id,
                )
            )
        elif mapfiles.sha256(head.text.encode("utf-8")) != entry.sha256:
            problems.add(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: section {ref}: its text does not match the checksum in "
                        "manifest.json.",
                    ),
                    label=label,
                    ref=entry.ref,
                )
            )
    for key in sorted(set(carried) - listed):
        problems.add(
            Message.of(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: {map_file} carries section {key} ({edition}), which "
                    "manifest.json does not list.",
                ),
                label=label,
                map_file=MAP,
                key=key[1],
                edition=key[0],
            )
        )
    problems.raise_if_any()
    return content


def _comments(files: dict[str, bytes], manifest: BundleManifest, label: str) -> CommentsDocument:
    document = parse_comments(files[COMMENTS], f"{label}: {COMMENTS}")
    problems = Problems()
    if document.review_bundle != manifest.in_response_to:
        problems.add(
            Message.of(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: {comments_file} is about another review bundle than "
                    "manifest.json names.",
                ),
                label=label,
                comments_file=COMMENTS,
            )
        )
    sections = {s.ref: s for s in manifest.sections}
    for comment in document.comments:
        anchor = comment.anchor
        if anchor is None:
            continue
        entry = sections.get(anchor.section)
        if entry is None:
            problems.add(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: comment {comment_id} is on section {section}, which "
                        "the bundle does not list.",
                    ),
                    label=label,
                    comment_id=comment.id,
                    section=anchor.section,
                )
            )
        elif entry.revision != anchor.revision:
            problems.add(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: comment {comment_id} is on revision {revision} of "
                        "{section}, but the bundle lists revision {listed}.",
                    ),
                    label=label,
                    comment_id=comment.id,
                    revision=anchor.revision,
                    section=anchor.section,
                    listed=entry.revision,
                )
            )
    problems.raise_if_any()
    return document
