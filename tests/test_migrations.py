"""Migrations: a new database is at head; an older one is upgraded after a backup; a newer
or foreign one is refused."""

from __future__ import annotations

import shutil
import sqlite3
from importlib.resources import files
from pathlib import Path

import pytest

from kartedit.domain.errors import StoreError
from kartedit.domain.people import Author
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


def _upgrade_to(path: Path, revision: str) -> None:
    """Bring a saved database to an older revision with the scripts themselves."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    config = Config()
    config.set_main_option("script_location", str(files("kartedit.store.migrations")))
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def test_database_at_0011_upgrades_and_takes_pathway_texts(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema-0001.sqlite", path)
    _upgrade_to(path, "0011")
    assert _stamp(path) == "0011"
    service_ref = SectionRef.parse("angst/fastlege/referral")
    intro = SectionRef.parse("angst/introduction")

    workspace = Workspace.open(path)
    try:
        assert _stamp(path) == HEAD_REVISION
        assert "BUP" in workspace.section(service_ref).text
        assert workspace.section(service_ref, "bergen").stale
        assert workspace.section(intro).text == ""
        workspace.save(intro, "Angst er vanleg hos barn og unge.", Author("Kari", "BUP"))
        workspace.save(
            intro, "Angst er vanleg i Bergen.", Author("Nina", "Bergen"), edition="bergen"
        )
        assert workspace.section(intro).text == "Angst er vanleg hos barn og unge."
        assert workspace.section(intro, "bergen").text == "Angst er vanleg i Bergen."
        assert [h.ref for h in workspace.search("vanleg")] == [intro]
        assert len(workspace.history(service_ref)) == 2
    finally:
        workspace.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        indexes = {row[1] for row in connection.execute("PRAGMA index_list(sections)")}
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO sections (edition_id, pathway_id, service_id, kind, status, ended)"
                " SELECT edition_id, pathway_id, NULL, kind, 'draft', 0 FROM sections"
                " WHERE service_id IS NULL LIMIT 1"
            )
    assert {"ix_sections_pathway_edition", "ux_sections_pathway_level"} <= indexes


def test_an_upgraded_database_searches_by_edition(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema-0001.sqlite", path)
    with Workspace.open(path) as workspace:
        assert [h.ref.key for h in workspace.search("inntaksteam", "bergen")] == [
            "angst/fastlege/referral"
        ]
        assert workspace.search("inntaksteam") == []
        assert workspace.search("søvn")
