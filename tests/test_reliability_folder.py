"""The folder form under stress: a full disk on export, a changed revision text on import,
links, files the manifest does not list, and texts over the section size limit."""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
import sqlite3
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartedit.bundle import folder as folder_module
from kartedit.domain.errors import UserError
from kartedit.domain.sections import SectionRef
from kartedit.domain.text_forms import MAX_SECTION_BYTES
from kartedit.services.folders import import_folder
from kartedit.services.workspace import Workspace
from tests.bundle_support import tree_snapshot
from tests.test_cli import kartedit
from tests.test_reliability_store import mounted_tmpfs

DEMO = Path(str(files("kartedit.resources") / "demo"))
ROLE = "texts/regional/angst/helsestasjon/role.md"


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


# -- a full disk ---------------------------------------------------------------------------


@settings(max_examples=15)
@given(fail_at=st.integers(min_value=0, max_value=400))
def test_export_onto_a_full_disk_is_calm_and_leaves_nothing_half_written(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory, fail_at: int
) -> None:
    """The disk fills up at the n-th file written (monkeypatched: any n, any machine)."""
    place = tmp_path_factory.mktemp("full")
    target = place / "kart"
    kartedit("export-folder", str(demo_template), str(target))
    before = tree_snapshot(target)
    written = 0
    real = Path.write_bytes

    def write_bytes(path: Path, data: bytes) -> int:
        nonlocal written
        written += 1
        if written > fail_at:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real(path, data)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(folder_module.Path, "write_bytes", write_bytes)
        code, out, err = kartedit("export-folder", str(demo_template), str(target))
    if code == 0:
        return  # everything fitted before the disk filled
    assert (code, out) == (1, "")
    assert err.startswith(f"kartedit: {target}: the map could not be written (No space left")
    assert tree_snapshot(target) == before
    assert sorted(p.name for p in place.iterdir()) == ["kart"]  # no staging folder left


def test_export_onto_a_really_full_file_system(demo_db: Path, tmp_path: Path) -> None:
    with mounted_tmpfs(tmp_path / "mnt", size="200k") as mount:
        code, out, err = kartedit("export-folder", str(demo_db), str(mount / "kart"))
        assert (code, out) == (1, "")
        assert "No space left on device" in err and "nothing was changed" in err
        assert list(mount.iterdir()) == []


# -- a revision id with another text --------------------------------------------------------


def _copy_demo(tmp_path: Path) -> Path:
    folder = tmp_path / "kart"
    shutil.copytree(DEMO, folder)
    return folder


def _rewrite(folder: Path, relative: str, text: str) -> None:
    """Change a section file and recompute its checksum, as a careful forger would."""
    data = text.encode("utf-8")
    (folder / relative).write_bytes(data)
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for section in manifest["sections"]:
        for revision in section["revisions"]:
            if revision["path"] == relative:
                revision["sha256"] = hashlib.sha256(data).hexdigest()
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def _revision_id(folder: Path, relative: str) -> str:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return next(
        r["id"] for s in manifest["sections"] for r in s["revisions"] if r["path"] == relative
    )


@pytest.mark.parametrize(
    "relative",
    [ROLE, "texts/regional/depresjon/bup/role.md", "history/regional/angst/fastlege/referral/1.md"],
)
def test_a_known_revision_with_another_text_is_refused_by_name(
    demo_db: Path, tmp_path: Path, relative: str
) -> None:
    folder = _copy_demo(tmp_path)
    if not (folder / relative).exists():
        relative = ROLE
    _rewrite(folder, relative, "Ein heilt annan tekst.\n")
    before = _dump(demo_db)
    code, out, err = kartedit("import-folder", str(demo_db), str(folder))
    assert (code, out) == (1, "")
    assert f"The revision {_revision_id(folder, relative)} of " in err
    assert "a different text" in err and "nothing was imported" in err
    assert _dump(demo_db) == before


# -- links, unlisted files, sizes -----------------------------------------------------------


def test_a_linked_map_folder_is_refused(demo_db: Path, tmp_path: Path) -> None:
    link = tmp_path / "lenke"
    link.symlink_to(_copy_demo(tmp_path), target_is_directory=True)
    code, _, err = kartedit("import-folder", str(demo_db), str(link))
    assert code == 1 and "is a symbolic link" in err


@pytest.mark.parametrize("linked", [ROLE, "texts/regional/angst", "manifest.json"])
def test_a_linked_file_or_folder_inside_is_refused(
    demo_db: Path, tmp_path: Path, linked: str
) -> None:
    folder = _copy_demo(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    (folder / linked).rename(elsewhere)
    (folder / linked).symlink_to(elsewhere)
    before = _dump(demo_db)
    code, out, err = kartedit("import-folder", str(demo_db), str(folder))
    assert (code, out) == (1, "")
    assert linked in err and "is a symbolic link" in err
    assert _dump(demo_db) == before


def test_unlisted_files_are_ignored_and_named(demo_db: Path, tmp_path: Path) -> None:
    folder = _copy_demo(tmp_path)
    (folder / "LESMEG.txt").write_text("Kartet for Vestland.\n", encoding="utf-8")
    (folder / "texts" / "regional" / ".DS_Store").write_bytes(b"\0\0")
    code, out, err = kartedit("import-folder", str(demo_db), str(folder))
    assert (code, err) == (0, "")
    assert out.splitlines()[1:] == [
        "Ignored 'LESMEG.txt': not listed in the folder's manifest.",
        "Ignored 'texts/regional/.DS_Store': not listed in the folder's manifest.",
    ]


def test_a_section_file_over_the_limit_is_refused(demo_db: Path, tmp_path: Path) -> None:
    folder = _copy_demo(tmp_path)
    _rewrite(folder, ROLE, "Tiltak. " * (MAX_SECTION_BYTES // 8 + 1))
    code, _, err = kartedit("import-folder", str(demo_db), str(folder))
    assert code == 1 and f"{ROLE}: the text is too long for one section" in err


@pytest.mark.parametrize("size", [MAX_SECTION_BYTES + 1, 3 * MAX_SECTION_BYTES])
def test_saving_a_text_over_the_limit_says_so(workspace: Workspace, size: int) -> None:
    from tests.bundle_support import KARI

    ref = SectionRef.parse("angst/skole/role")
    text = "å" * (size // 2 + 1)
    with pytest.raises(UserError, match="angst/skole/role: the text is too long for one section"):
        workspace.save(ref, text, KARI)
    saved = workspace.save(ref, "å" * (MAX_SECTION_BYTES // 2), KARI)
    assert saved is not None


def test_import_folder_counts_are_unchanged_for_a_sound_folder(
    workspace: Workspace,
) -> None:
    counts = import_folder(workspace, DEMO)
    assert (counts.revisions, counts.skipped_revisions, counts.ignored) == (0, 165, ())


def test_a_section_at_the_limit_goes_into_a_bundle_however_well_it_compresses(
    demo_db: Path, tmp_path: Path
) -> None:
    """A long table of repeated rows deflates hundreds of times: it is stored, not refused
    as a «zip bomb» by kartedit's own reader."""
    from tests.test_cli_hearing import KARI, ok, start

    row = "| Tiltak | Ansvar |\n"
    table = tmp_path / "tabell.md"
    table.write_text("| a | b |\n|---|---|\n" + row * (MAX_SECTION_BYTES // len(row) - 2))
    assert table.stat().st_size <= MAX_SECTION_BYTES
    ok("save", str(demo_db), "angst", "skole", "role", "-f", str(table), "-m", "tabell", *KARI)
    bundle = tmp_path / "r.kartbundle"
    ok("bundle", "export", str(demo_db), "--round", start(demo_db), "-o", str(bundle), *KARI)
    assert ok("bundle", "validate", str(bundle)).endswith("a valid review bundle (150 sections).\n")
