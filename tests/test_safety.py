"""Safety: concurrent writers, failed actions leave nothing behind, folder round trips."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartedit.bundle.mapfiles import content_to_files, files_to_content, parse_manifest
from kartedit.domain.content import MapContent, RevisionRecord, SectionRecord
from kartedit.domain.model import EditionInfo, EditionKind, MapInfo, PathwayInfo, ServiceInfo
from kartedit.domain.people import Author
from kartedit.domain.sections import (
    PATHWAY_KINDS,
    PATHWAY_LEVEL,
    SERVICE_KINDS,
    SectionRef,
    Status,
)
from kartedit.services.folders import import_folder
from kartedit.services.workspace import Workspace
from kartedit.store import sqlite as sqlite_module

WRITER = """
import sys
from pathlib import Path
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef
from kartedit.services.workspace import Workspace
ws = Workspace.open(Path(sys.argv[1]))
ref = SectionRef.parse(sys.argv[2])
for i in range(25):
    ws.save(ref, f"{sys.argv[3]} nummer {i}.\\n", Author(sys.argv[3], "Test"))
ws.close()
"""


def test_two_processes_saving_at_once_lose_nothing(demo_db: Path) -> None:
    processes = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(demo_db), ref, name])
        for ref, name in (("angst/ppt/role", "Kari"), ("angst/ppt/role", "Ola"))
    ]
    assert [p.wait(timeout=60) for p in processes] == [0, 0]
    with sqlite3.connect(demo_db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ws = Workspace.open(demo_db)
    try:
        history = ws.history(SectionRef.parse("angst/ppt/role"))
    finally:
        ws.close()
    assert len(history) == 51
    assert sorted(r.seq for r in history) == list(range(1, 52))


def test_a_failing_import_leaves_the_database_as_it_was(
    workspace: Workspace, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kartedit.services.folders import export_folder

    ref = SectionRef.parse("angst/ppt/role")
    workspace.save(ref, "Ny tekst før eksport.\n", Author("Kari"))
    export_folder(workspace, tmp_path / "folder")
    other = Workspace.create(tmp_path / "fresh.sqlite")

    def broken(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(sqlite_module, "fts_replace_many", broken)
    with pytest.raises(OSError, match="disk full"):
        import_folder(other, tmp_path / "folder")
    assert not other.has_map()
    other.close()


# -- property: any map survives the trip through its files -----------------------------

slugs = st.from_regex(r"[a-z]{1,6}(-[a-z0-9]{1,4})?", fullmatch=True)
texts = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=80
)


@st.composite
def map_contents(draw: st.DrawFn) -> MapContent:
    service_slugs = draw(st.lists(slugs, min_size=1, max_size=3, unique=True))
    services = tuple(ServiceInfo(s, draw(texts.filter(str.strip))) for s in service_slugs)
    pathway = PathwayInfo(draw(slugs), "Forløp", services)
    editions = (
        EditionInfo("regional", "Regional", EditionKind.REGIONAL),
        EditionInfo("voss", "Voss herad", EditionKind.LOCAL, "Voss herad"),
    )
    moment = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    sections = []
    counter = 0
    slots = [(service, kind) for service in service_slugs for kind in SERVICE_KINDS] + [
        (PATHWAY_LEVEL, kind) for kind in PATHWAY_KINDS
    ]
    for service, kind in draw(st.lists(st.sampled_from(slots), unique=True, max_size=6)):
        revisions = []
        for text in draw(st.lists(texts, min_size=1, max_size=3)):
            counter += 1
            revisions.append(
                RevisionRecord(
                    f"{counter:032x}",
                    Author("Kari", draw(st.sampled_from(["", "BUP"]))),
                    moment,
                    text,
                    draw(st.one_of(st.none(), texts.filter(str.strip))),
                    parent=revisions[-1].id if revisions else None,
                )
            )
        edition = draw(st.sampled_from(["regional", "voss"]))
        sections.append(
            SectionRecord(
                SectionRef(pathway.slug, service, kind),
                edition,
                draw(st.sampled_from(list(Status))),
                tuple(revisions),
                ended=edition == "voss" and draw(st.booleans()),
            )
        )
    return MapContent(
        MapInfo("a" * 32, "kart", "Kart"), services, (pathway,), editions, tuple(sections)
    )


@settings(max_examples=60, deadline=None)
@given(content=map_contents())
def test_any_map_survives_the_trip_through_its_files(content: MapContent) -> None:
    files = content_to_files(content)
    manifest = parse_manifest(files["manifest.json"], "test")
    back = files_to_content(manifest, files.get, "test")
    assert back == content
    assert content_to_files(back) == files
