"""Files kartedit writes: permissions follow the umask (private files are the owner's only),
renames are synced, and a backup that could not be finished never looks like a backup."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kartedit import safe_files
from kartedit.domain.errors import StoreError
from kartedit.domain.sections import SectionRef
from kartedit.safe_files import write_atomically
from kartedit.services.recovery import RecoveryStore
from kartedit.services.review import ReviewSession
from kartedit.services.workspace import Workspace
from kartedit.store import sqlite as store_sqlite
from tests.bundle_support import make_review_bundle

DATA = Path(__file__).parent / "data"
ROLE = SectionRef.parse("angst/fastlege/role")


@pytest.fixture
def umask() -> Iterator[None]:
    before = os.umask(0o022)
    os.umask(before)
    yield
    os.umask(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077, 0o002])
def test_an_ordinary_file_gets_what_the_umask_allows(
    tmp_path: Path, umask: None, mask: int
) -> None:
    os.umask(mask)
    target = tmp_path / "eksport.csv"
    write_atomically(target, b"a;b\n")
    assert _mode(target) == 0o666 & ~mask
    write_atomically(target, b"c;d\n")  # replacing keeps to the umask too
    assert _mode(target) == 0o666 & ~mask


@pytest.mark.parametrize("mask", [0o000, 0o022])
def test_unsaved_drafts_are_readable_by_their_owner_only(
    tmp_path: Path, umask: None, mask: int
) -> None:
    os.umask(mask)
    store = RecoveryStore(tmp_path / "recovery")
    store.put("regional", ROLE, "Utkast med sensitiv tekst", None)
    (draft,) = [p for p in (tmp_path / "recovery").iterdir() if p.is_file()]
    assert _mode(draft) == 0o600
    assert _mode(tmp_path / "recovery") == 0o700


def test_the_folder_is_synced_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[bool] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        synced.append(stat.S_ISDIR(os.fstat(descriptor).st_mode))
        real_fsync(descriptor)

    monkeypatch.setattr(safe_files.os, "fsync", fsync)
    write_atomically(tmp_path / "a.txt", b"x")
    assert synced == [False, True]  # the file's data, then the folder holding the rename


def test_an_upgrade_refused_for_lack_of_space_leaves_no_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema-0001.sqlite", path)
    before = path.read_bytes()
    real_connect = sqlite3.connect

    class FullDisk:
        """The backup's target is created, then the disk fills up during the copy."""

        def __init__(self, connection: sqlite3.Connection) -> None:
            self.connection = connection

        def backup(self, target: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        def __getattr__(self, name: str) -> object:
            return getattr(self.connection, name)

    def connect(database: object, *args: object, **kwargs: object) -> object:
        connection = real_connect(database, *args, **kwargs)  # type: ignore[arg-type]
        return FullDisk(connection) if Path(str(database)) == path else connection

    monkeypatch.setattr(store_sqlite.sqlite3, "connect", connect)
    with pytest.raises(StoreError, match="could not take a backup before upgrading"):
        Workspace.open(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sqlite"]
    assert path.read_bytes() == before


def test_a_finished_backup_is_whole_and_synced(tmp_path: Path, demo_db: Path) -> None:
    target = tmp_path / "kopi.bak"
    store_sqlite.backup_copy(demo_db, target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".kopi")) == []
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def review_session(demo_db: Path, folder: Path) -> ReviewSession:
    """A reviewer's session on a review bundle exported from the demo map."""
    workspace = Workspace.open(demo_db)
    try:
        make_review_bundle(workspace, folder / "r.kartbundle")
    finally:
        workspace.close()
    return ReviewSession.open(folder / "r.kartbundle", work_dir=folder / "arbeid")


def test_a_reviewers_work_in_progress_is_readable_by_its_owner_only(
    demo_db: Path, tmp_path: Path, umask: None
) -> None:
    from kartedit.domain.review import Reviewer

    os.umask(0o022)
    session = review_session(demo_db, tmp_path)
    start, end = session.locate(ROLE, "portåpner til spesialisthelsetjenesten")
    session.add_comment(ROLE, start, end, "Ein merknad under arbeid.", Reviewer("Ola", "PPT"))
    assert _mode(session.work_path) == 0o600
