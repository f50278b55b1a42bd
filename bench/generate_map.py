"""Benchmarks: a generator for region-scale maps (20 pathways × 16 services × 6 sections,
plus each pathway's introduction and text for families; 60 local editions × 192
overrides, 30 % stale, ~5 revisions per section), written through the same bulk import
(executemany inserts) a user's folder goes through."""

from __future__ import annotations

import argparse
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kartedit.domain.content import MapContent, RevisionRecord, SectionRecord
from kartedit.domain.model import EditionInfo, EditionKind, MapInfo, PathwayInfo, ServiceInfo
from kartedit.domain.people import Author
from kartedit.domain.sections import PATHWAY_KINDS, SERVICE_KINDS, SectionRef, Status

WORDS = [
    "barnet",
    "ungdommen",
    "foresatte",
    "fastlegen",
    "skolen",
    "helsesykepleier",
    "kartlegging",
    "tiltak",
    "samarbeid",
    "henvisning",
    "oppfølging",
    "samtale",
    "veiledning",
    "vurdering",
    "angst",
    "depresjon",
    "søvn",
    "fravær",
    "mestring",
    "tverrfaglig",
    "ansvarsgruppe",
    "individuell",
    "plan",
    "koordinator",
    "samtykke",
    "taushetsplikt",
    "tjenesten",
    "kommunen",
    "spesialisthelsetjenesten",
    "behandling",
    "evaluering",
    "møte",
    "skriftlig",
    "melding",
    "rutine",
]


def _paragraphs(rng: random.Random, count: int) -> list[str]:
    """A pool of Markdown paragraphs (sentences and lists) the texts are put together from."""
    pool = []
    for _ in range(count):
        if rng.random() < 0.3:
            items = [" ".join(rng.choices(WORDS, k=rng.randint(3, 8))) for _ in range(4)]
            pool.append("\n".join(f"- {item}" for item in items))
        else:
            sentence = " ".join(rng.choices(WORDS, k=rng.randint(25, 60)))
            pool.append(sentence.capitalize() + ".")
    return pool


def _text(rng: random.Random, pool: list[str], paragraphs: int) -> str:
    return "\n\n".join(rng.choices(pool, k=paragraphs)) + "\n"


def _edited(rng: random.Random, pool: list[str], text: str) -> str:
    """The next revision: one paragraph replaced or added, as a writer's edit would."""
    blocks = text.rstrip("\n").split("\n\n")
    if len(blocks) > 2 and rng.random() < 0.6:
        blocks[rng.randrange(len(blocks))] = rng.choice(pool)
    else:
        blocks.insert(rng.randrange(len(blocks) + 1), rng.choice(pool))
    return "\n\n".join(blocks) + "\n"


def make_content(
    pathways: int = 20,
    services: int = 16,
    editions: int = 60,
    overrides_per_edition: int = 192,
    revisions_per_section: int = 5,
    stale_share: float = 0.3,
    seed: int = 7,
) -> MapContent:
    """A map of the given size: every section with ``revisions_per_section`` revisions (the
    regional ones ±1, so histories differ), and per local edition ``overrides_per_edition``
    overrides as long-lived as the regional texts, ``stale_share`` of them stale."""
    rng = random.Random(seed)
    pool = _paragraphs(rng, 3000)

    def rid() -> str:
        return f"{rng.getrandbits(128):032x}"

    def chain(first_text: str, count: int, start_at: datetime, base: str | None) -> list:
        records = [RevisionRecord(rid(), writer, start_at, first_text, base=base)]
        for n in range(1, count):
            records.append(
                RevisionRecord(
                    rid(),
                    writer,
                    start_at + timedelta(days=n),
                    _edited(rng, pool, records[-1].text),
                    "Oppdatert" if n % 2 else None,
                    parent=records[-1].id,
                    base=base,
                )
            )
        return records

    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    service_infos = tuple(ServiceInfo(f"teneste-{i:02d}", f"Teneste {i}") for i in range(services))
    pathway_infos = tuple(
        PathwayInfo(f"forlop-{i:02d}", f"Forløp {i}", service_infos) for i in range(pathways)
    )
    locals_ = [
        EditionInfo(f"kommune-{i:02d}", f"Kommune {i}", EditionKind.LOCAL, f"Kommune {i}")
        for i in range(editions)
    ]
    edition_infos = (EditionInfo("regional", "Regional tekst", EditionKind.REGIONAL), *locals_)
    writer = Author("Benk Skrivar", "Benk kommune")
    sections: list[SectionRecord] = []
    regional: dict[SectionRef, list[RevisionRecord]] = {}
    for p in pathway_infos:
        own = [SectionRef.of_pathway(p.slug, kind) for kind in PATHWAY_KINDS]
        of_services = [SectionRef(p.slug, s.slug, k) for s in service_infos for k in SERVICE_KINDS]
        for ref in own + of_services:
            count = max(2, revisions_per_section + rng.choice((-1, 0, 0, 1)))
            revisions = chain(_text(rng, pool, rng.randint(2, 4)), count, start, None)
            regional[ref] = revisions
            sections.append(SectionRecord(ref, "regional", Status.DRAFT, tuple(revisions)))
    refs = list(regional)
    local_start = start + timedelta(days=40)
    for edition in edition_infos[1:]:
        for ref in rng.sample(refs, min(overrides_per_edition, len(refs))):
            history = regional[ref]
            base = history[-2] if rng.random() < stale_share else history[-1]
            text = base.text + "\nLokal tilpasning for " + edition.name + ".\n"
            records = chain(text, revisions_per_section, local_start, base.id)
            sections.append(SectionRecord(ref, edition.slug, Status.DRAFT, tuple(records)))
    return MapContent(
        MapInfo(f"{rng.getrandbits(128):032x}", "benk", "Benkekart"),
        service_infos,
        pathway_infos,
        edition_infos,
        tuple(sections),
    )


def build_database(path: Path, **sizes: float) -> None:
    from kartedit.services.workspace import Workspace
    from kartedit.store.bulk import import_content

    workspace = Workspace.create(path)
    try:
        with workspace.database.transaction() as session:
            import_content(session, make_content(**sizes))
    finally:
        workspace.close()


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a region-scale benchmark map database.")
    parser.add_argument("db", type=Path)
    parser.add_argument("--pathways", type=int, default=20)
    args = parser.parse_args()
    build_database(args.db, pathways=args.pathways)
    print(f"Wrote {args.db}")


if __name__ == "__main__":
    main()
