"""Migrations: a new database is at head; an older one is upgraded after a backup; a newer
or foreign one is refused."""

from __future__ import annotations

import shutil
import sqlite3
from importlib.resources import files
from pathlib import Path

import pytest

from kartedit.domain.errors import StoreError
from kartedit.domain.sections import SectionRef
from kartedit.services.workspace import Workspace
from kartedit.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS

DATA = Path(__file__).parent / "data"


def _stamp(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_known_revisions_match_the_alembic_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(files("kartedit.store.migrations")))
    scripts = ScriptDirectory.from_config(config)
    chain = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(chain) == KNOWN_REVISIONS
    assert scripts.get_current_head() == HEAD_REVISION


def test_new_database_is_created_at_head(tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path / "new.sqlite")
    workspace.close()
    assert _stamp(tmp_path / "new.sqlite") == HEAD_REVISION


def test_saved_older_database_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema-0001.sqlite", path)
    assert _stamp(path) == "0001"
    ref = SectionRef.parse("angst/fastlege/referral")

    workspace = Workspace.open(path)
    try:
        assert len(workspace.history(ref)) == 2
        assert "BUP" in workspace.section(ref).text
        assert workspace.section(ref, "bergen").stale
    finally:
        workspace.close()

    assert _stamp(path) == HEAD_REVISION
    backups = list(tmp_path.glob("old.sqlite.before-*.bak"))
    assert len(backups) == 1
    assert _stamp(backups[0]) == "0001"
    with sqlite3.connect(path) as connection:
        indexes = {row[1] for row in connection.execute("PRAGMA index_list(sections)")}
    assert "ix_sections_pathway_edition" in indexes


def test_database_from_a_newer_kartedit_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    shutil.copy(DATA / "schema-0001.sqlite", path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer kartedit"):
        Workspace.open(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_an_upgraded_database_searches_by_edition(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema-0001.sqlite", path)
    with Workspace.open(path) as workspace:
        assert [h.ref.key for h in workspace.search("inntaksteam", "bergen")] == [
            "angst/fastlege/referral"
        ]
        assert workspace.search("inntaksteam") == []
        assert workspace.search("søvn")
