"""Store layer: a whole map in and out in bulk (folder import/export, later bundles).

Imports use executemany inserts, never one ORM object at a time: a region holds tens of
thousands of revisions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from kartedit.domain.content import MapContent, RevisionRecord, SectionRecord
from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import EditionInfo, EditionKind, MapInfo, PathwayInfo, ServiceInfo
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionKind, SectionRef, Status
from kartedit.domain.text_forms import nfc
from kartedit.store.facts import FactStore
from kartedit.store.models import (
    Base,
    EditionRow,
    MapRow,
    PathwayRow,
    PathwayServiceRow,
    RevisionRow,
    SectionRow,
    ServiceRow,
)
from kartedit.store.quality import load_lists, save_lists
from kartedit.store.revisions import last_seqs, record_heads


@dataclass(frozen=True)
class ImportCounts:
    sections: int
    revisions: int
    skipped_revisions: int
    ignored: tuple[str, ...] = ()
    """Files in an imported folder that its manifest does not list (left out)."""


def export_content(session: Session) -> MapContent:
    map_row = session.scalars(select(MapRow)).first()
    if map_row is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database holds no map yet; there is nothing to export.",
            )
        )
    services = session.scalars(
        select(ServiceRow).where(ServiceRow.map_id == map_row.id).order_by(ServiceRow.position)
    ).all()
    service_info = {s.id: ServiceInfo(s.slug, s.name) for s in services}
    pathway_rows = session.scalars(
        select(PathwayRow).where(PathwayRow.map_id == map_row.id).order_by(PathwayRow.position)
    ).all()
    links: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for link in session.scalars(select(PathwayServiceRow)).all():
        links[link.pathway_id].append((link.position, link.service_id))
    pathways = tuple(
        PathwayInfo(p.slug, p.name, tuple(service_info[sid] for _, sid in sorted(links[p.id])))
        for p in pathway_rows
    )
    edition_rows = session.scalars(
        select(EditionRow).where(EditionRow.map_id == map_row.id).order_by(EditionRow.id)
    ).all()
    editions = tuple(
        EditionInfo(e.slug, e.name, EditionKind(e.kind), e.organisation, e.language)
        for e in edition_rows
    )
    edition_slug = {e.id: e.slug for e in edition_rows}
    edition_order = {e.id: i for i, e in enumerate(edition_rows)}
    pathway_order = {p.id: (i, p.slug) for i, p in enumerate(pathway_rows)}
    service_order = {(pid, sid): pos for pid, items in links.items() for pos, sid in items}
    revisions: dict[int, list[RevisionRecord]] = defaultdict(list)
    for r in session.scalars(select(RevisionRow).order_by(RevisionRow.section_id, RevisionRow.seq)):
        revisions[r.section_id].append(
            RevisionRecord(
                r.id,
                Author(r.author_name, r.author_organisation),
                r.created,
                r.text,
                r.message,
                r.parent_id,
                r.base_id,
            )
        )
    section_rows = session.scalars(select(SectionRow)).all()
    section_rows = sorted(
        section_rows,
        key=lambda s: (
            edition_order[s.edition_id],
            pathway_order[s.pathway_id][0],
            -1 if s.service_id is None else service_order[(s.pathway_id, s.service_id)],
            SectionKind(s.kind).position,
        ),
    )
    sections = tuple(
        SectionRecord(
            SectionRef.of_row(
                pathway_order[s.pathway_id][1],
                None if s.service_id is None else service_info[s.service_id].slug,
                s.kind,
            ),
            edition_slug[s.edition_id],
            Status(s.status),
            tuple(revisions[s.id]),
            ended=s.ended,
        )
        for s in section_rows
        if revisions[s.id]
    )
    facts = FactStore(session)
    return MapContent(
        MapInfo(map_row.id, map_row.slug, map_row.name),
        tuple(service_info[s.id] for s in services),
        pathways,
        editions,
        sections,
        tuple(facts.fact_kinds()),
        tuple(facts.all_fact_values()),
        load_lists(session),
    )


def _refuse_conflicts(
    record: SectionRecord, section_id: int, known: dict[str, tuple[int, str]]
) -> None:
    """A revision id already here must be the same revision: same section, same text.

    Ids are random and never reused, so a different text under a known id is a forgery or
    an edited folder — importing it would silently keep one of two texts.
    """
    for revision in record.revisions:
        here = known.get(revision.id)
        if here is None:
            continue
        stored_section, stored_text = here
        if stored_section != section_id or nfc(stored_text) != nfc(revision.text):
            if stored_section != section_id:
                clash = QT_TRANSLATE_NOOP(
                    "Errors",
                    "The revision {revision} of {ref} ({edition}) is already in this database "
                    "with another section. The folder was changed after it was exported; "
                    "nothing was imported.",
                )
            else:
                clash = QT_TRANSLATE_NOOP(
                    "Errors",
                    "The revision {revision} of {ref} ({edition}) is already in this database "
                    "with a different text. The folder was changed after it was exported; "
                    "nothing was imported.",
                )
            raise UserError(clash, revision=revision.id, ref=record.ref, edition=record.edition)


def import_content(session: Session, content: MapContent) -> ImportCounts:
    """Merge a map into the database by identity: known revisions are skipped, so importing
    the same content twice changes nothing."""
    map_row = session.scalars(select(MapRow)).first()
    if map_row is None:
        session.execute(
            insert(MapRow),
            [{"id": content.map.id, "slug": content.map.slug, "name": content.map.name}],
        )
        map_id = content.map.id
    elif map_row.id != content.map.id:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database holds the map «{ours}»; the folder holds "
                "another map («{theirs}»). Import it into a new database "
                "instead.",
            ),
            ours=map_row.name,
            theirs=content.map.name,
        )
    else:
        map_id = map_row.id

    service_ids = _ensure(
        session, ServiceRow, map_id, [{"slug": s.slug, "name": s.name} for s in content.services]
    )
    pathway_ids = _ensure(
        session, PathwayRow, map_id, [{"slug": p.slug, "name": p.name} for p in content.pathways]
    )
    edition_ids = _ensure(
        session,
        EditionRow,
        map_id,
        [
            {
                "slug": e.slug,
                "name": e.name,
                "kind": e.kind.value,
                "organisation": e.organisation,
                "language": e.language,
            }
            for e in content.editions
        ],
    )
    existing_links = {
        (link.pathway_id, link.service_id): link.position
        for link in session.scalars(select(PathwayServiceRow)).all()
    }
    new_links = []
    for pathway in content.pathways:
        pid = pathway_ids[pathway.slug]
        taken = [pos for (p, _), pos in existing_links.items() if p == pid]
        next_pos = max(taken, default=-1) + 1
        for service in pathway.services:
            if (pid, service_ids[service.slug]) not in existing_links:
                new_links.append(
                    {
                        "pathway_id": pid,
                        "service_id": service_ids[service.slug],
                        "position": next_pos,
                    }
                )
                next_pos += 1
    if new_links:
        session.execute(insert(PathwayServiceRow), new_links)

    def section_key(record: SectionRecord) -> tuple[int, int, int | None, str]:
        return (
            edition_ids[record.edition],
            pathway_ids[record.ref.pathway],
            None if record.ref.is_pathway_level else service_ids[record.ref.service],
            record.ref.kind.value,
        )

    section_ids = _section_ids(session)
    missing = [section_key(s) for s in content.sections if section_key(s) not in section_ids]
    status_of = {section_key(s): s.status.value for s in content.sections}
    ended_of = {section_key(s): s.ended for s in content.sections}
    if missing:
        session.execute(
            insert(SectionRow),
            [
                {
                    "edition_id": e,
                    "pathway_id": p,
                    "service_id": s,
                    "kind": k,
                    "status": status_of[(e, p, s, k)],
                    "ended": ended_of[(e, p, s, k)],
                }
                for e, p, s, k in missing
            ],
        )
        section_ids = _section_ids(session)

    all_ids = [r.id for s in content.sections for r in s.revisions]
    known: dict[str, tuple[int, str]] = {}
    for chunk in range(0, len(all_ids), 500):
        known.update(
            (row.id, (row.section_id, row.text))
            for row in session.execute(
                select(RevisionRow.id, RevisionRow.section_id, RevisionRow.text).where(
                    RevisionRow.id.in_(all_ids[chunk : chunk + 500])
                )
            )
        )
    for record in content.sections:
        _refuse_conflicts(record, section_ids[section_key(record)], known)
    last_seq = last_seqs(session)
    rows = []
    heads: dict[int, str] = {}
    texts: dict[int, str] = {}
    for record in content.sections:
        sid = section_ids[section_key(record)]
        for revision in record.revisions:
            if revision.id in known:
                continue
            last_seq[sid] = last_seq.get(sid, 0) + 1
            rows.append(
                {
                    "id": revision.id,
                    "section_id": sid,
                    "seq": last_seq[sid],
                    "text": revision.text,
                    "author_name": revision.author.name,
                    "author_organisation": revision.author.organisation,
                    "created": revision.created,
                    "message": revision.message,
                    "parent_id": revision.parent,
                    "base_id": revision.base,
                }
            )
            heads[sid] = revision.id
            if not record.ended:
                texts[sid] = revision.text
    # Parents and bases may point at revisions later in the list: insert without them, then
    # link, so foreign keys hold at every step.
    if rows:
        unlinked = [{**r, "parent_id": None, "base_id": None} for r in rows]
        session.execute(insert(RevisionRow), unlinked)
        linked = [
            {"rid": r["id"], "parent_id": r["parent_id"], "base_id": r["base_id"]}
            for r in rows
            if r["parent_id"] or r["base_id"]
        ]
        if linked:
            revisions = Base.metadata.tables[RevisionRow.__tablename__]
            session.connection().execute(
                update(revisions)
                .where(revisions.c.id == bindparam("rid"))
                .values(parent_id=bindparam("parent_id"), base_id=bindparam("base_id")),
                linked,
            )
        record_heads(session, heads, texts)
    FactStore(session).import_facts(content.fact_kinds, content.fact_values)
    if not content.quality.empty:
        save_lists(session, content.quality, merge=True)
    return ImportCounts(len(missing), len(rows), len(known))


def _ensure(
    session: Session,
    table: type[ServiceRow] | type[PathwayRow] | type[EditionRow],
    map_id: str,
    items: list[dict[str, str]],
) -> dict[str, int]:
    """Slug → id for every item, inserting the ones the map lacks (in the given order)."""
    existing = dict(
        session.execute(select(table.slug, table.id).where(table.map_id == map_id)).all()
    )
    new = [item for item in items if item["slug"] not in existing]
    if new:
        rows: list[dict[str, str | int]]
        if table is EditionRow:
            rows = [{**item, "map_id": map_id} for item in new]
        else:
            start = len(existing)
            rows = [{**item, "map_id": map_id, "position": start + i} for i, item in enumerate(new)]
        session.execute(insert(table), rows)
        existing = dict(
            session.execute(select(table.slug, table.id).where(table.map_id == map_id)).all()
        )
    return existing


def _section_ids(session: Session) -> dict[tuple[int, int, int | None, str], int]:
    rows = session.execute(
        select(
            SectionRow.edition_id,
            SectionRow.pathway_id,
            SectionRow.service_id,
            SectionRow.kind,
            SectionRow.id,
        )
    ).all()
    return {(e, p, s, k): sid for e, p, s, k, sid in rows}
