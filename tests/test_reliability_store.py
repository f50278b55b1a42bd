"""The database in bad states: damaged pages, a transaction a killed program left behind,
a read-only file or file system. Each gives a calm message or just works — no traceback,
and never «damaged» for a file that is not.

Read-only media: tests run as root, and root ignores file permissions, so chmod proves
nothing. Each case runs twice: with kartedit's writability check (``os.access``, which
reports a read-only file system even to root) answering «no», and — where the test may
mount file systems — on a real tmpfs remounted read-only.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kartedit.store import sqlite as store_sqlite
from tests.test_cli import kartedit

SECTION = ("angst", "fastlege", "role")


def _show(db: Path) -> tuple[int, str, str]:
    return kartedit("show", str(db), *SECTION)


def _corrupt(path: Path, rng: random.Random) -> None:
    """Overwrite blocks behind an intact header, as a failing disk or a bad copy would."""
    data = bytearray(path.read_bytes())
    start = rng.choice([1024, 4096, 8192, 12288])
    stride = rng.choice([4096, 16384, 65536])
    block = rng.choice([16, 512, 4096])
    for offset in range(start, len(data) - block, stride):
        data[offset : offset + block] = rng.randbytes(block)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("seed", range(8))
def test_damaged_pages_give_a_calm_message_in_every_command(demo_db: Path, seed: int) -> None:
    _corrupt(demo_db, random.Random(seed))
    for args in (
        ("show", str(demo_db), *SECTION),
        ("history", str(demo_db), *SECTION),
        ("search", str(demo_db), "angst"),
        ("diff", str(demo_db), "--edition", "voss", "--format", "text"),
        ("round", "list", str(demo_db)),
    ):
        code, _, err = kartedit(*args)  # anything but a UserError escapes and fails here
        assert code in (0, 1), (args, err)
        if code == 1:
            assert len(err.strip().splitlines()) == 1 and str(demo_db) in err, err


def test_the_reported_damage_names_the_file_and_the_remedy(demo_db: Path) -> None:
    data = bytearray(demo_db.read_bytes())
    for offset in range(8192, len(data), 16384):  # the reproduction in the report
        data[offset : offset + 512] = random.Random(offset).randbytes(512)
    demo_db.write_bytes(bytes(data))
    code, out, err = _show(demo_db)
    assert (code, out) == (1, "")
    assert err == (
        f"kartedit: {demo_db}: the database file is damaged and cannot be read. Restore it "
        "from a backup copy (kartedit keeps one beside it before every upgrade).\n"
    )


_INTERRUPTED_WRITER = """
import os, sqlite3, sys
path, shape = sys.argv[1], sys.argv[2]
connection = sqlite3.connect(path, isolation_level=None)
connection.execute("PRAGMA journal_mode=DELETE")
connection.execute("PRAGMA cache_size=1")  # changed pages spill into the file at once
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE revisions SET text = 'HALVSKRIVE'")
if shape in ("table", "all"):
    connection.execute("CREATE TABLE junk(x)")
    connection.execute("INSERT INTO junk VALUES (randomblob(300000))")
if shape in ("version", "all"):
    connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
if shape in ("delete", "all"):
    connection.execute("DELETE FROM sections")
os._exit(0)  # killed mid-transaction: the rollback journal stays behind, hot
"""


@pytest.mark.parametrize("shape", ["text", "table", "version", "delete", "all"])
def test_a_transaction_left_by_a_killed_program_is_rolled_back(
    demo_db: Path, tmp_path: Path, shape: str
) -> None:
    code, before, _ = _show(demo_db)
    assert code == 0
    subprocess.run(
        [sys.executable, "-c", _INTERRUPTED_WRITER, str(demo_db), shape], check=True, timeout=60
    )
    journal = demo_db.with_name(demo_db.name + "-journal")
    assert journal.stat().st_size > 0  # a hot journal, as after a kill
    code, out, err = _show(demo_db)
    assert (code, err) == (0, "")
    assert out == before
    with sqlite3.connect(demo_db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


# -- read-only -----------------------------------------------------------------------------


@pytest.fixture(params=["access check", "read-only mount"])
def read_only_db(
    request: pytest.FixtureRequest,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Path]:
    if request.param == "access check":
        monkeypatch.setattr(store_sqlite.os, "access", lambda path, mode: False)
        yield demo_db
        return
    with mounted_tmpfs(tmp_path / "mnt") as mount:
        shutil.copy(demo_db, mount / "demo.sqlite")
        _mount("-o", "remount,ro", str(mount))
        yield mount / "demo.sqlite"


def _mount(*args: str) -> bool:
    if shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", *args], capture_output=True, timeout=30, check=False)
    return done.returncode == 0


class mounted_tmpfs:  # noqa: N801  (used like contextlib's lower-case managers)
    """A small tmpfs at ``path`` for one test; skips the test where mounting is not allowed."""

    def __init__(self, path: Path, size: str = "16m") -> None:
        self.path = path
        self.size = size

    def __enter__(self) -> Path:
        self.path.mkdir(parents=True, exist_ok=True)
        if not _mount("-t", "tmpfs", "-o", f"size={self.size}", "tmpfs", str(self.path)):
            pytest.skip("this machine does not let the tests mount a file system")
        return self.path

    def __exit__(self, *exc: object) -> None:
        subprocess.run(["umount", str(self.path)], capture_output=True, timeout=30, check=False)


def test_a_read_only_database_can_be_read(read_only_db: Path) -> None:
    code, out, err = _show(read_only_db)
    assert (code, err) == (0, "") and "Fastlegen" in out
    code, out, err = kartedit("search", str(read_only_db), "angst")
    assert (code, err) == (0, "") and out
    code, out, err = kartedit("history", str(read_only_db), *SECTION)
    assert (code, err) == (0, "") and out


def test_saving_to_a_read_only_database_says_read_only(read_only_db: Path) -> None:
    before = read_only_db.read_bytes()
    code, out, err = kartedit(
        "save", str(read_only_db), "angst", "skole", "role", "-m", "x", "--author", "Kari (Voss)",
        stdin="Ny tekst\n",
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert "the database is read-only here" in err and "damaged" not in err
    assert read_only_db.read_bytes() == before


@pytest.mark.parametrize("where", ["access check", "read-only mount"])
def test_an_unfinished_transaction_on_a_read_only_medium_is_not_ignored(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """The rollback cannot happen there; reading past it would show half-written data."""

    def interrupted(db: Path) -> None:
        subprocess.run(
            [sys.executable, "-c", _INTERRUPTED_WRITER, str(db), "text"], check=True, timeout=60
        )

    if where == "access check":
        interrupted(demo_db)
        monkeypatch.setattr(store_sqlite.os, "access", lambda path, mode: False)
        db = demo_db
        code, out, err = _show(db)
    else:
        with mounted_tmpfs(tmp_path / "mnt") as mount:
            db = mount / "demo.sqlite"
            shutil.copy(demo_db, db)
            interrupted(db)
            _mount("-o", "remount,ro", str(mount))
            code, out, err = _show(db)
    assert (code, out) == (1, "")
    assert "a program stopped while writing this database" in err
    assert "HALVSKRIVE" not in out and "damaged" not in err
