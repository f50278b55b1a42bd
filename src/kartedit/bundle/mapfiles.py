"""Bundle layer: a map as a set of files (manifest.json + Markdown), independent of storage.

The folder form and every zipped bundle share this layout::

    manifest.json
    texts/<edition>/<pathway>/<service>/<kind>.md          current text
    history/<edition>/<pathway>/<service>/<kind>/<n>.md    older revision n (1 = oldest)
    texts/<edition>/<pathway>/<kind>.md                    a pathway's own text
    history/<edition>/<pathway>/<kind>/<n>.md              (kind: introduction, families)

Version 2 of the manifest adds the pathway-level texts; a folder without them is still
written as version 1, so an older kartedit reads it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from kartedit.bundle.factfiles import facts_from_manifest, facts_to_manifest
from kartedit.bundle.schemas import dump_json, parse_json, schema_problems, version_needed
from kartedit.domain.content import MapContent, RevisionRecord, SectionRecord
from kartedit.domain.errors import UserError
from kartedit.domain.ids import format_utc, parse_utc
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import EditionInfo, EditionKind, MapInfo, PathwayInfo, ServiceInfo
from kartedit.domain.people import Author
from kartedit.domain.quality import QualityLists, Term
from kartedit.domain.sections import SectionRef, Status
from kartedit.domain.text_forms import nfc, section_size_problem

FORMAT = "kartedit-map"
SCHEMA_VERSION = 2
"""The newest version this kartedit reads; 2 added the pathway-level texts."""
MANIFEST = "manifest.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def revision_path(edition: str, ref: SectionRef, index: int, count: int) -> str:
    """Where revision ``index`` (0-based, oldest first, of ``count``) of a section lives."""
    stem = f"{edition}/{ref.key}"
    if index == count - 1:
        return f"texts/{stem}.md"
    return f"history/{stem}/{index + 1}.md"


def content_to_files(content: MapContent) -> dict[str, bytes]:
    """Every file of the folder form, keyed by relative path; deterministic byte for byte."""
    files: dict[str, bytes] = {}
    sections = []
    for section in content.sections:
        revisions = []
        for index, revision in enumerate(section.revisions):
            data = revision.text.encode("utf-8")
            path = revision_path(section.edition, section.ref, index, len(section.revisions))
            files[path] = data
            entry: dict[str, Any] = {
                "id": revision.id,
                "author": {"name": revision.author.name},
                "created": format_utc(revision.created),
                "path": path,
                "sha256": sha256(data),
            }
            if revision.author.organisation:
                entry["author"]["organisation"] = revision.author.organisation
            for key, value in (
                ("message", revision.message),
                ("parent", revision.parent),
                ("base", revision.base),
            ):
                if value:
                    entry[key] = value
            revisions.append(entry)
        entry_out: dict[str, Any] = {
            "key": section.ref.key,
            "edition": section.edition,
            "status": section.status.value,
            "revisions": revisions,
        }
        if section.ended:
            entry_out["ended"] = True
        sections.append(entry_out)
    manifest = {
        "format": FORMAT,
        "schema_version": version_needed(s.ref for s in content.sections),
        "map": {"id": content.map.id, "slug": content.map.slug, "name": content.map.name},
        "services": [
            {"slug": s.slug, "name": s.name}
            | (
                {"aliases": list(aliases)}
                if (aliases := content.quality.aliases_of(s.slug))
                else {}
            )
            for s in content.services
        ],
        "pathways": [
            {"slug": p.slug, "name": p.name, "services": [s.slug for s in p.services]}
            for p in content.pathways
        ],
        "editions": [
            {"slug": e.slug, "name": e.name, "kind": e.kind.value, "organisation": e.organisation}
            | ({"language": e.language} if e.language != "nb" else {})
            for e in content.editions
        ],
        "sections": sections,
    }
    manifest.update(facts_to_manifest(content))
    manifest |= _quality_entries(content.quality)
    files[MANIFEST] = dump_json(manifest)
    return files


def _quality_entries(lists: QualityLists) -> dict[str, Any]:
    """The word list and term list, only when the map has them (older folders stay as they were)."""
    entries: dict[str, Any] = {}
    if lists.words:
        entries["word_list"] = list(lists.words)
    if lists.terms:
        entries["terms"] = [
            {
                "preferred": {"nb": t.preferred_nb, "nn": t.preferred_nn},
                "discouraged": list(t.discouraged),
            }
            | ({"reason": t.reason} if t.reason else {})
            for t in lists.terms
        ]
    return entries


def _quality_lists(manifest: Mapping[str, Any]) -> QualityLists:
    terms = tuple(
        Term(
            nfc(t["preferred"].get("nb", "")),
            nfc(t["preferred"].get("nn", "")),
            tuple(nfc(v) for v in t["discouraged"]),
            nfc(t.get("reason", "")),
        )
        for t in manifest.get("terms", [])
    )
    aliases = tuple(
        (s["slug"], tuple(nfc(a) for a in s["aliases"]))
        for s in manifest["services"]
        if s.get("aliases")
    )
    return QualityLists(tuple(nfc(w) for w in manifest.get("word_list", [])), terms, aliases)


def parse_manifest(raw: bytes, label: str) -> dict[str, Any]:
    """Check format and version first (a newer file gets a clear message), then the schema."""
    document = parse_json(raw, label)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{label}: not a kartedit map manifest."), label=label
        )
    version = document.get("schema_version")
    if not isinstance(version, int):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{label}: the manifest has no schema version."), label=label
        )
    if version > SCHEMA_VERSION:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{label}: made with a newer kartedit (format version {version}; "
                "this kartedit reads up to {newest}). Install the newest "
                "kartedit to read it.",
            ),
            label=label,
            version=version,
            newest=SCHEMA_VERSION,
        )
    problems = schema_problems(document, "map-folder")
    if problems:
        listed = "; ".join(str(p) for p in problems[:5])
        if len(problems) > 5:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{label}: the manifest is not valid: {listed} (and {count} more)."
                ),
                label=label,
                listed=listed,
                count=len(problems) - 5,
            )
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{label}: the manifest is not valid: {listed}."),
            label=label,
            listed=listed,
        )
    return document


def files_to_content(manifest: Mapping[str, Any], read: Any, label: str) -> MapContent:
    """Build the map from a checked manifest; ``read(path)`` returns a file's bytes or None.

    Refuses missing files, checksum mismatches, unknown references and non-canonical
    paths, so nothing inconsistent ever reaches the database.
    """
    services = tuple(ServiceInfo(s["slug"], s["name"]) for s in manifest["services"])
    by_slug = {s.slug: s for s in services}
    _unique(
        label,
        QT_TRANSLATE_NOOP("Errors", "{label}: the service «{value}» appears twice."),
        [s.slug for s in services],
    )
    pathways = []
    for entry in manifest["pathways"]:
        missing = [slug for slug in entry["services"] if slug not in by_slug]
        if missing:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: pathway «{entry}» names unknown services: {missing}.",
                ),
                label=label,
                entry=entry["slug"],
                missing=", ".join(missing),
            )
        pathways.append(
            PathwayInfo(entry["slug"], entry["name"], tuple(by_slug[s] for s in entry["services"]))
        )
    _unique(
        label,
        QT_TRANSLATE_NOOP("Errors", "{label}: the pathway «{value}» appears twice."),
        [p.slug for p in pathways],
    )
    editions = tuple(
        EditionInfo(
            e["slug"],
            e["name"],
            EditionKind(e["kind"]),
            e.get("organisation", ""),
            e.get("language", "nb"),
        )
        for e in manifest["editions"]
    )
    _unique(
        label,
        QT_TRANSLATE_NOOP("Errors", "{label}: the edition «{value}» appears twice."),
        [e.slug for e in editions],
    )
    regional = [e for e in editions if e.is_regional]
    if len(regional) != 1:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{label}: a map needs exactly one regional edition."),
            label=label,
        )
    known_editions = {e.slug for e in editions}
    services_in = {p.slug: {s.slug for s in p.services} for p in pathways}

    sections = []
    seen: set[tuple[str, str]] = set()
    for entry in manifest["sections"]:
        ref = SectionRef.parse(entry["key"])
        if entry["edition"] not in known_editions:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: section {ref} names an unknown edition «{entry}».",
                ),
                label=label,
                ref=ref,
                entry=entry["edition"],
            )
        if ref.pathway not in services_in or (
            not ref.is_pathway_level and ref.service not in services_in[ref.pathway]
        ):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: section {ref} is not in the map's pathways and services.",
                ),
                label=label,
                ref=ref,
            )
        if (entry["edition"], ref.key) in seen:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "{label}: section {ref} appears twice in «{entry}»."),
                label=label,
                ref=ref,
                entry=entry["edition"],
            )
        seen.add((entry["edition"], ref.key))
        revisions = []
        count = len(entry["revisions"])
        for index, rev in enumerate(entry["revisions"]):
            expected = revision_path(entry["edition"], ref, index, count)
            if rev["path"] != expected:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: section {ref} points to «{path}»; expected «{expected}».",
                    ),
                    label=label,
                    ref=ref,
                    path=rev["path"],
                    expected=expected,
                )
            data = read(expected)
            if data is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("Errors", "{label}: the section file {expected} is missing."),
                    label=label,
                    expected=expected,
                )
            size_problem = section_size_problem(len(data))
            if size_problem:
                raise UserError(
                    QT_TRANSLATE_NOOP("Errors", "{label}: {expected}: {problem}"),
                    label=label,
                    expected=expected,
                    problem=size_problem,
                )
            if sha256(data) != rev["sha256"]:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: {expected} does not match its checksum (changed or damaged).",
                    ),
                    label=label,
                    expected=expected,
                )
            try:
                text = nfc(data.decode("utf-8"))
            except UnicodeDecodeError as exc:
                raise UserError(
                    QT_TRANSLATE_NOOP("Errors", "{label}: {expected} is not UTF-8 text."),
                    label=label,
                    expected=expected,
                ) from exc
            author = rev["author"]
            revisions.append(
                RevisionRecord(
                    id=rev["id"],
                    author=Author(author["name"], author.get("organisation", "")),
                    created=parse_utc(rev["created"]),
                    text=text,
                    message=rev.get("message"),
                    parent=rev.get("parent"),
                    base=rev.get("base"),
                )
            )
        sections.append(
            SectionRecord(
                ref,
                entry["edition"],
                Status(entry["status"]),
                tuple(revisions),
                ended=bool(entry.get("ended", False)),
            )
        )
    _unique(
        label,
        QT_TRANSLATE_NOOP("Errors", "{label}: the revision «{value}» appears twice."),
        [r.id for s in sections for r in s.revisions],
    )
    m = manifest["map"]
    kinds, values = facts_from_manifest(manifest, label, known_editions, set(by_slug), services_in)
    return MapContent(
        MapInfo(m["id"], m["slug"], m["name"]),
        services,
        tuple(pathways),
        editions,
        tuple(sections),
        kinds,
        values,
        _quality_lists(manifest),
    )


def _unique(label: str, twice: str, values: list[str]) -> None:
    """``twice``: the marked sentence for a repeated value, with {label} and {value}."""
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise UserError(twice, label=label, value=value)
        seen.add(value)
