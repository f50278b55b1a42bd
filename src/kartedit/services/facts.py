"""Application services: local facts — kinds, values, completeness, and texts filled in.

A local edition fills in its phone hours, forms and addresses as facts instead of
overriding regional prose; the regional text refers to them by placeholder. Values are
checked on entry (Norwegian phone numbers, e-mail, web addresses) and shown escaped.
Setting a value touches no section, so nothing becomes stale.
"""

from __future__ import annotations

import csv
import io
import json

from sqlalchemy.orm import Session

from kartedit.domain.errors import UserError
from kartedit.domain.facts import (
    FactKey,
    FactKind,
    FactNeed,
    FactValue,
    check_value,
    key_for,
    referred_kinds,
)
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import REGIONAL
from kartedit.domain.people import Author
from kartedit.services.fact_context import FactContext
from kartedit.services.workspace import Workspace
from kartedit.store.facts import FactStore, kind_info


def context_in(session: Session, edition: str) -> FactContext:
    """An edition's fact kinds and values, read in a session the caller already holds."""
    store = FactStore(session)
    row = store.edition_row(edition)
    regional = row.id == store.regional_edition().id
    return FactContext(
        edition,
        regional,
        row.language or "nb",
        {k.slug: k for k in store.fact_kinds()},
        {} if regional else store.fact_values(edition),
    )


def bundle_facts(
    session: Session, edition: str, services: set[str], pathways: set[str]
) -> tuple[tuple[FactKind, ...], tuple[FactValue, ...]]:
    """What a review bundle carries: every fact kind, and the edition's current values for
    the services (and pathways) it sends — the values the round's edition shows."""
    store = FactStore(session)
    values = tuple(
        v
        for v in store.fact_values(edition).values()
        if v.key.service in services and (v.key.pathway is None or v.key.pathway in pathways)
    )
    return tuple(store.fact_kinds()), values


class Facts:
    """The use cases of local facts on one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def kinds(self) -> list[FactKind]:
        with self.workspace.database.reading() as session:
            return FactStore(session).fact_kinds()

    def add_kind(self, kind: FactKind) -> bool:
        """Define a new fact kind for the whole map; False when the slug is taken."""
        with self.workspace.database.transaction() as session:
            return bool(FactStore(session).add_fact_kinds([kind]))

    def context(self, edition: str = REGIONAL) -> FactContext:
        return self.workspace.fact_context(edition)

    def values(self, edition: str) -> dict[FactKey, FactValue]:
        with self.workspace.database.reading() as session:
            return FactStore(session).fact_values(edition)

    def history(self, edition: str, key: FactKey) -> list[FactValue]:
        with self.workspace.database.reading() as session:
            return FactStore(session).fact_history(edition, key)

    def set_value(
        self,
        edition: str,
        service: str,
        kind: str,
        value: str,
        author: Author,
        *,
        pathway: str | None = None,
        message: str | None = None,
    ) -> FactValue | None:
        """Check and store a value (empty: clear it); None when it was already so."""
        with self.workspace.database.transaction() as session:
            store = FactStore(session)
            checked = check_value(kind_info(store.fact_kind_row(kind)), value)
            return store.set_fact_value(
                edition,
                FactKey(kind, service, pathway),
                checked,
                author,
                created=self.workspace.clock(),
                message=message,
            )

    def needs(self, edition: str) -> list[FactNeed]:
        """Every fact the texts an edition shows refer to, with its value or None."""
        with self.workspace.database.reading() as session:
            store = FactStore(session)
            kinds = {k.slug: k for k in store.fact_kinds()}
            order = {slug: i for i, slug in enumerate(kinds)}
            services = {s.slug: i for i, s in enumerate(store.all_services())}
            texts = store.texts_with_placeholders(edition)
            values = store.fact_values(edition)
        where: dict[FactKey, list[str]] = {}
        for ref, text in texts.items():
            for slug in referred_kinds(text):
                if slug in kinds:
                    where.setdefault(key_for(kinds[slug], ref.service, ref.pathway), []).append(
                        ref.key
                    )
        needs = [
            FactNeed(
                key,
                kinds[key.kind],
                tuple(sorted(refs)),
                values[key].value if key in values else None,
            )
            for key, refs in where.items()
        ]
        return sorted(
            needs,
            key=lambda n: (services.get(n.key.service, 0), order[n.key.kind], n.key.pathway or ""),
        )

    def missing(self, edition: str) -> list[FactNeed]:
        return [need for need in self.needs(edition) if need.missing]


# -- reports -----------------------------------------------------------------------------

FORMATS = ("text", "csv", "json")


def needs_report(needs: list[FactNeed], edition: str, fmt: str) -> str:
    """The completeness list as text (tab-separated), CSV or JSON."""
    if fmt == "json":
        return (
            json.dumps(
                [
                    {
                        "edition": edition,
                        "service": n.key.service,
                        "kind": n.key.kind,
                        "name": n.kind.name,
                        "type": n.kind.type.value,
                        "pathway": n.key.pathway,
                        "value": n.value,
                        "sections": list(n.sections),
                    }
                    for n in needs
                ],
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["edition", "service", "kind", "pathway", "value", "missing", "sections"])
        for n in needs:
            writer.writerow(
                [
                    edition,
                    n.key.service,
                    n.key.kind,
                    n.key.pathway or "",
                    n.value or "",
                    "yes" if n.missing else "no",
                    " ".join(n.sections),
                ]
            )
        return out.getvalue()
    if fmt != "text":
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Unknown format «{format}»; use text, csv or json."),
            format=fmt,
        )
    lines = []
    for n in needs:
        service = n.key.service if n.key.pathway is None else f"{n.key.pathway}/{n.key.service}"
        shown = n.value if n.value is not None else "(missing)"
        lines.append(f"{service}\t{n.key.kind}\t{shown}\t{', '.join(n.sections)}")
    return "".join(line + "\n" for line in lines)
