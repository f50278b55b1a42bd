"""Bundle layer: a bundle's ``manifest.json`` ⇄ ``BundleManifest`` values, schema-checked."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import lru_cache
from typing import Any

from kartedit.bundle.problems import BundleError
from kartedit.bundle.schemas import dump_json, parse_json, schema_problems, version_needed
from kartedit.domain.bundles import BundleKind, BundleManifest, BundleSection, RoundRef
from kartedit.domain.errors import UserError
from kartedit.domain.ids import format_utc, parse_utc
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
from kartedit.domain.model import EditionInfo, EditionKind, MapInfo
from kartedit.domain.people import Author
from kartedit.domain.review import Reviewer
from kartedit.domain.sections import SectionRef

FORMAT = "kartedit-bundle"
SCHEMA_VERSION = 2
"""The newest version this kartedit reads; 2 added the pathway-level texts. A bundle is
written with the oldest version that can carry it (``mapfiles.version_needed``)."""
SCHEMA = "bundle-manifest"
MAX_LISTED_PROBLEMS = 20


def person_json(person: Author | Reviewer) -> dict[str, str]:
    out = {"name": person.name}
    if person.organisation:
        out["organisation"] = person.organisation
    if isinstance(person, Reviewer) and person.role:
        out["role"] = person.role
    return out


def manifest_json(manifest: BundleManifest) -> dict[str, Any]:
    edition = manifest.edition
    out: dict[str, Any] = {
        "format": FORMAT,
        "schema_version": version_needed(s.ref for s in manifest.sections),
        "kind": manifest.kind.value,
        "bundle_id": manifest.bundle_id,
        "map": {"id": manifest.map.id, "slug": manifest.map.slug, "name": manifest.map.name},
        "edition": {"slug": edition.slug, "name": edition.name, "kind": edition.kind.value},
        "round": {
            "id": manifest.round.id,
            "name": manifest.round.name,
            "deadline": manifest.round.deadline.isoformat(),
        },
        "made_by": person_json(manifest.made_by),
        "made_at": format_utc(manifest.made_at),
        "sections": [
            {"key": s.ref.key, "edition": s.edition, "revision": s.revision, "sha256": s.sha256}
            for s in manifest.sections
        ],
        "files": dict(sorted(manifest.files.items())),
    }
    if edition.organisation:
        out["edition"]["organisation"] = edition.organisation
    if manifest.reviewer is not None:
        out["reviewer"] = person_json(manifest.reviewer)
    if manifest.in_response_to is not None:
        out["in_response_to"] = manifest.in_response_to
    return out


def dump_manifest(manifest: BundleManifest) -> bytes:
    return dump_json(manifest_json(manifest))


def check_version(document: object, label: str, fmt: str, version: int, what: Message) -> None:
    """Format and version before anything else, so a newer file gets the right message."""
    if not isinstance(document, dict):
        raise BundleError(
            [
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: not a kartedit {what} (the JSON is not an object).",
                    ),
                    label=label,
                    what=what,
                )
            ]
        )
    found = document.get("format")
    if found == "kartedit-map":
        raise BundleError(
            [
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: this is the manifest of a map folder, not of a bundle; "
                        "use «kartedit import-folder» on the unzipped folder.",
                    ),
                    label=label,
                )
            ]
        )
    if found != fmt:
        raise BundleError(
            [
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: not a kartedit {what} (format {found}, expected {fmt}).",
                    ),
                    label=label,
                    what=what,
                    found=repr(found),
                    fmt=repr(fmt),
                )
            ]
        )
    number = document.get("schema_version")
    if not isinstance(number, int) or isinstance(number, bool):
        raise BundleError(
            [
                Message.of(
                    QT_TRANSLATE_NOOP("Errors", "{label}: the {what} has no schema version."),
                    label=label,
                    what=what,
                )
            ]
        )
    if number > version:
        raise BundleError(
            [
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: made with a newer kartedit ({what} format version "
                        "{number}; this kartedit reads up to {version}). Install the "
                        "newest kartedit to open it.",
                    ),
                    label=label,
                    what=what,
                    number=number,
                    version=version,
                )
            ]
        )


def check_schema(document: object, schema: str, label: str, what: Message) -> None:
    problems = schema_problems(document, schema)
    if problems:
        shown = [
            Message.of(
                QT_TRANSLATE_NOOP(
                    "Errors", "{label}: does not follow the {what} schema: {problem}"
                ),
                label=label,
                what=what,
                problem=p,
            )
            for p in problems
        ]
        if len(shown) > MAX_LISTED_PROBLEMS:
            rest = len(shown) - MAX_LISTED_PROBLEMS
            shown = [
                *shown[:MAX_LISTED_PROBLEMS],
                Message.of(
                    QT_TRANSLATE_NOOP("Errors", "{label}: … and {count} more schema problems."),
                    label=label,
                    count=rest,
                ),
            ]
        raise BundleError(shown)


BUNDLE_MANIFEST = Message.of(QT_TRANSLATE_NOOP("Bundles", "bundle manifest"))


_VALID_SECTIONS: dict[str, None] = {}
"""Digests of (kind, ``sections``) of manifests found valid: the responses to one review
bundle share its list (96 sections or more), so the schema walks it once, not per file."""
_MAX_REMEMBERED = 64


def _check_manifest_schema(document: Any, label: str) -> None:
    """``check_schema`` of a manifest; a ``sections`` list already seen in a valid manifest
    of the same kind is cut to its first entry. What the schema asks of ``sections``
    depends only on the list and the kind, so the problems found are the same."""
    sections = document.get("sections") if isinstance(document, dict) else None
    if not isinstance(sections, list) or not sections:
        check_schema(document, SCHEMA, label, BUNDLE_MANIFEST)
        return
    digest = hashlib.sha256(
        json.dumps([document.get("kind"), sections], sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()
    if digest in _VALID_SECTIONS:
        check_schema({**document, "sections": sections[:1]}, SCHEMA, label, BUNDLE_MANIFEST)
        return
    check_schema(document, SCHEMA, label, BUNDLE_MANIFEST)
    if len(_VALID_SECTIONS) >= _MAX_REMEMBERED:
        _VALID_SECTIONS.pop(next(iter(_VALID_SECTIONS)))
    _VALID_SECTIONS[digest] = None


def parse_manifest(raw: bytes, label: str) -> BundleManifest:
    """Parse and check a bundle manifest: JSON, then version, then schema, then values."""
    try:
        document = parse_json(raw, label)
    except UserError as exc:
        raise BundleError([exc.said]) from None
    check_version(document, label, FORMAT, SCHEMA_VERSION, BUNDLE_MANIFEST)
    _check_manifest_schema(document, label)
    try:
        return manifest_from_json(document)
    except UserError as exc:
        raise BundleError(
            [
                Message.of(
                    QT_TRANSLATE_NOOP("Errors", "{label}: {message}"),
                    label=label,
                    message=exc.said,
                )
            ]
        ) from None
    except ValueError as exc:
        raise BundleError(
            [
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{label}: a date or time in it is not valid ({exc})."
                    ),
                    label=label,
                    exc=exc,
                )
            ]
        ) from None


def _person(value: dict[str, str]) -> Author:
    return Author(value["name"], value.get("organisation", ""))


@lru_cache(maxsize=8192)
def _section(key: str, edition: str, revision: str, sha256: str) -> BundleSection:
    """One section entry as a value. Many responses to a round list the same entries, so
    each is made (and its key checked) once; a bad key raises, and nothing is kept."""
    return BundleSection(SectionRef.parse(key), edition, revision, sha256)


def manifest_from_json(document: dict[str, Any]) -> BundleManifest:
    """Values from a schema-valid manifest; raises UserError or ValueError on bad values."""
    m = document["map"]
    e = document["edition"]
    r = document["round"]
    reviewer = document.get("reviewer")
    return BundleManifest(
        kind=BundleKind(document["kind"]),
        bundle_id=document["bundle_id"],
        map=MapInfo(m["id"], m["slug"], m["name"]),
        edition=EditionInfo(
            e["slug"], e["name"], EditionKind(e["kind"]), e.get("organisation", "")
        ),
        round=RoundRef(r["id"], r["name"], date.fromisoformat(r["deadline"])),
        made_by=_person(document["made_by"]),
        made_at=parse_utc(document["made_at"]),
        sections=tuple(
            _section(s["key"], s["edition"], s["revision"], s["sha256"])
            for s in document["sections"]
        ),
        files=dict(document["files"]),
        reviewer=(
            Reviewer(reviewer["name"], reviewer.get("organisation", ""), reviewer.get("role", ""))
            if reviewer is not None
            else None
        ),
        in_response_to=document.get("in_response_to"),
    )
