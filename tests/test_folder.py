"""The plain-text folder form: byte-identical round trips, and refusal of bad folders."""

from __future__ import annotations

import json
import shutil
import sqlite3
from importlib.resources import files
from pathlib import Path

import pytest

from kartedit.bundle.folder import read_folder
from kartedit.domain.errors import UserError
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef
from kartedit.services.folders import export_folder, import_folder
from kartedit.services.workspace import Workspace

DEMO = Path(str(files("kartedit.resources") / "demo"))


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_demo_folder_is_exported_byte_identical(workspace: Workspace, tmp_path: Path) -> None:
    export_folder(workspace, tmp_path / "out")
    assert _tree(tmp_path / "out") == _tree(DEMO)


def test_export_import_export_is_byte_identical_after_edits(
    workspace: Workspace, tmp_path: Path
) -> None:
    ref = SectionRef.parse("depresjon/nav/role")
    workspace.save(ref, "NAV hjelper unge over 16 år.\n", Author("Linn", "NAV"), message="Kort")
    workspace.save(ref, "Lokalt på Voss.\n", Author("Per", "Voss herad"), edition="voss")
    export_folder(workspace, tmp_path / "first")

    copy = Workspace.create(tmp_path / "copy.sqlite")
    try:
        counts = import_folder(copy, tmp_path / "first")
        assert counts.skipped_revisions == 0
        export_folder(copy, tmp_path / "second")
        assert copy.section(ref, "voss").text == "Lokalt på Voss.\n"
        assert copy.map_info() == workspace.map_info()
    finally:
        copy.close()
    assert _tree(tmp_path / "first") == _tree(tmp_path / "second")


def test_importing_the_same_folder_twice_changes_nothing(
    workspace: Workspace, demo_db: Path
) -> None:
    counts = import_folder(workspace, DEMO)
    assert counts.revisions == 0
    assert counts.skipped_revisions == 165
    with sqlite3.connect(demo_db) as connection:
        assert connection.execute("SELECT count(*) FROM revisions").fetchone()[0] == 165
        assert connection.execute("SELECT count(*) FROM fact_values").fetchone()[0] == 1


def _broken_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "broken"
    shutil.copytree(DEMO, folder)
    return folder


def _edit_manifest(folder: Path, change: object) -> None:
    path = folder / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    change(manifest)  # type: ignore[operator]
    path.write_text(json.dumps(manifest), encoding="utf-8")


def _first_revision(manifest: dict) -> dict:  # type: ignore[type-arg]
    return manifest["sections"][0]["revisions"][0]


BAD_FOLDERS = {
    "no manifest": (lambda f: (f / "manifest.json").unlink(), "no manifest.json"),
    "malformed json": (
        lambda f: (f / "manifest.json").write_text("{ not json", encoding="utf-8"),
        r"not valid JSON \(line 1",
    ),
    "newer version": (
        lambda f: _edit_manifest(f, lambda m: m.update(schema_version=7)),
        "made with a newer kartedit",
    ),
    "schema": (
        lambda f: _edit_manifest(f, lambda m: m["map"].update(id="not-an-id")),
        "the manifest is not valid: map/id",
    ),
    "missing section file": (
        lambda f: (f / "texts/regional/angst/fastlege/role.md").unlink(),
        "texts/regional/angst/fastlege/role.md is missing",
    ),
    "checksum": (
        lambda f: (f / "texts/regional/angst/helsestasjon/role.md").write_text(
            "Endra i smug.\n", encoding="utf-8"
        ),
        "does not match its checksum",
    ),
    "path escape": (
        lambda f: _edit_manifest(
            f, lambda m: _first_revision(m).update(path="texts/../../../etc/passwd.md")
        ),
        "expected «history/regional/angst/introduction/1.md»",
    ),
    "unknown service": (
        lambda f: _edit_manifest(f, lambda m: m["pathways"][0]["services"].append("tannlege")),
        "names unknown services: tannlege",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FOLDERS))
def test_bad_folder_is_refused_with_its_own_message_and_changes_nothing(
    case: str, tmp_path: Path, workspace: Workspace, demo_db: Path
) -> None:
    folder = _broken_copy(tmp_path)
    breaker, message = BAD_FOLDERS[case]
    breaker(folder)
    before = _dump(demo_db)
    with pytest.raises(UserError, match=message):
        import_folder(workspace, folder)
    assert _dump(demo_db) == before


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [line for line in connection.iterdump() if "section_fts" not in line]


def test_a_folder_of_another_map_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path)
    _edit_manifest(folder, lambda m: m["map"].update(id="0" * 32))
    with pytest.raises(UserError, match="holds another map"):
        import_folder(workspace, folder)


def test_read_folder_returns_the_whole_demo() -> None:
    content = read_folder(DEMO)
    assert {p.slug for p in content.pathways} >= {"angst", "depresjon", "habilitering"}
    assert {e.slug for e in content.editions} == {"regional", "bergen", "voss"}
    regional = [s for s in content.sections if s.edition == "regional"]
    assert len(regional) == sum(len(p.services) * 6 + 2 for p in content.pathways) >= 150
    lengths = [len(s.revisions[-1].text) for s in regional]
    assert min(lengths) >= 200 and max(lengths) <= 1500
