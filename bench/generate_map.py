"""Benchmarks: a generator for region-scale maps (20 pathways × 16 services × 6 sections,
60 local editions), written through the same bulk import a user's folder goes through."""

from __future__ import annotations

import argparse
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kartedit.domain.content import MapContent, RevisionRecord, SectionRecord
from kartedit.domain.model import EditionInfo, EditionKind, MapInfo, PathwayInfo, ServiceInfo
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionKind, SectionRef, Status

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


def _text(rng: random.Random, paragraphs: int) -> str:
    blocks = []
    for _ in range(paragraphs):
        if rng.random() < 0.3:
            items = [" ".join(rng.choices(WORDS, k=rng.randint(3, 8))) for _ in range(4)]
            blocks.append("\n".join(f"- {item}" for item in items))
        else:
            sentence = " ".join(rng.choices(WORDS, k=rng.randint(25, 60)))
            blocks.append(sentence.capitalize() + ".")
    return "\n\n".join(blocks) + "\n"


def make_content(
    pathways: int = 20,
    services: int = 16,
    editions: int = 60,
    overrides_per_edition: int = 12,
    seed: int = 7,
) -> MapContent:
    rng = random.Random(seed)

    def rid() -> str:
        return f"{rng.getrandbits(128):032x}"

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
    heads: dict[SectionRef, RevisionRecord] = {}
    for p in pathway_infos:
        for s in service_infos:
            for kind in SectionKind:
                ref = SectionRef(p.slug, s.slug, kind)
                first = RevisionRecord(rid(), writer, start, _text(rng, rng.randint(1, 4)))
                revisions = [first]
                if rng.random() < 0.3:
                    revisions.append(
                        RevisionRecord(
                            rid(),
                            writer,
                            start + timedelta(days=9),
                            _text(rng, 3),
                            "Oppdatert",
                            parent=first.id,
                        )
                    )
                heads[ref] = revisions[-1]
                sections.append(SectionRecord(ref, "regional", Status.DRAFT, tuple(revisions)))
    refs = list(heads)
    for edition in edition_infos[1:]:
        for ref in rng.sample(refs, overrides_per_edition):
            base = heads[ref]
            record = RevisionRecord(
                rid(),
                writer,
                start + timedelta(days=20),
                base.text + "\nLokal tilpasning.\n",
                base=base.id,
            )
            sections.append(SectionRecord(ref, edition.slug, Status.DRAFT, (record,)))
    return MapContent(
        MapInfo(f"{rng.getrandbits(128):032x}", "benk", "Benkekart"),
        service_infos,
        pathway_infos,
        edition_infos,
        tuple(sections),
    )


def build_database(path: Path, **sizes: int) -> None:
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
    args = parser.parse_args()
    build_database(args.db)
    print(f"Wrote {args.db}")


if __name__ == "__main__":
    main()
