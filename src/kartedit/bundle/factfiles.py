"""Bundle layer: local facts in the folder form's manifest — kinds and every value revision.

Both keys are optional (``fact_kinds``, ``facts``) and written only when a map has facts,
so folders of maps without them stay byte for byte as older kartedit wrote them, and older
folders read as maps without facts.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import groupby
from typing import Any

from kartedit.domain.content import MapContent
from kartedit.domain.errors import UserError
from kartedit.domain.facts import FactKey, FactKind, FactScope, FactType, FactValue, check_value
from kartedit.domain.ids import format_utc, parse_utc
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.people import Author
from kartedit.domain.text_forms import nfc


def facts_to_manifest(content: MapContent) -> dict[str, Any]:
    """The manifest keys for a map's facts (none when it has none)."""
    out: dict[str, Any] = {}
    if content.fact_kinds:
        out["fact_kinds"] = [
            {"slug": k.slug, "name": k.name, "type": k.type.value, "scope": k.scope.value}
            for k in content.fact_kinds
        ]
    facts = []
    for (edition, key), group in groupby(content.fact_values, lambda v: (v.edition, v.key)):
        entry: dict[str, Any] = {"edition": edition, "kind": key.kind, "service": key.service}
        if key.pathway:
            entry["pathway"] = key.pathway
        revisions = []
        for value in group:
            revision: dict[str, Any] = {
                "id": value.id,
                "author": {"name": value.author.name},
                "created": format_utc(value.created),
                "value": value.value,
            }
            if value.author.organisation:
                revision["author"]["organisation"] = value.author.organisation
            if value.message:
                revision["message"] = value.message
            revisions.append(revision)
        entry["revisions"] = revisions
        facts.append(entry)
    if facts:
        out["facts"] = facts
    return out


def facts_from_manifest(
    manifest: Mapping[str, Any],
    label: str,
    editions: set[str],
    services: set[str],
    services_in: Mapping[str, set[str]],
) -> tuple[tuple[FactKind, ...], tuple[FactValue, ...]]:
    """The facts of a checked manifest; unknown editions, services or kinds are refused."""
    kinds = tuple(
        FactKind(k["slug"], nfc(k["name"]), FactType(k["type"]), FactScope(k["scope"]))
        for k in manifest.get("fact_kinds", [])
    )
    by_slug = {k.slug: k for k in kinds}
    if len(by_slug) != len(kinds):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{label}: a fact kind appears twice."), label=label
        )
    values: list[FactValue] = []
    seen: set[tuple[str, FactKey]] = set()
    for entry in manifest.get("facts", []):
        kind = by_slug.get(entry["kind"])
        where = {"label": label, "kind": entry["kind"], "service": entry["service"]}
        if kind is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: the fact «{kind}» of «{service}» names a fact kind the manifest "
                    "does not define.",
                ),
                **where,
            )
        if entry["edition"] not in editions or entry["service"] not in services:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: the fact «{kind}» of «{service}» names an unknown edition or "
                    "service.",
                ),
                **where,
            )
        pathway = entry.get("pathway")
        if (pathway is None) != (kind.scope is FactScope.SERVICE) or (
            pathway is not None and entry["service"] not in services_in.get(pathway, set())
        ):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: the fact «{kind}» of «{service}» does not match the kind's scope "
                    "or the map's pathways.",
                ),
                **where,
            )
        key = FactKey(kind.slug, entry["service"], pathway)
        if (entry["edition"], key) in seen:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: the fact «{kind}» of «{service}» appears twice in «{edition}».",
                ),
                edition=entry["edition"],
                **where,
            )
        seen.add((entry["edition"], key))
        for seq, revision in enumerate(entry["revisions"], start=1):
            author = revision["author"]
            try:
                check_value(kind, revision["value"])
            except UserError as exc:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{label}: the fact «{kind}» of «{service}»: {problem}"
                    ),
                    problem=exc.said,
                    **where,
                ) from exc
            values.append(
                FactValue(
                    revision["id"],
                    entry["edition"],
                    key,
                    seq,
                    nfc(revision["value"]),
                    Author(author["name"], author.get("organisation", "")),
                    parse_utc(revision["created"]),
                    revision.get("message"),
                )
            )
    return kinds, tuple(values)
