"""Store for hearing comments: the migration matches the ORM, what a round sent is recorded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kartedit.domain.responses import CommentState
from kartedit.services.decisions import Decisions
from kartedit.services.response_import import import_response
from kartedit.services.workspace import Workspace
from kartedit.store.models import Base
from tests.bundle_support import make_review_bundle
from tests.response_support import OLA, PASSAGES, respond


def test_the_migrations_build_exactly_the_orm_tables(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    import kartedit.store.publications  # noqa: F401  # its tables join Base.metadata

    workspace = Workspace.create(tmp_path / "new.sqlite")
    try:
        with workspace.database.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        workspace.close()
    # FTS5 keeps its own shadow tables, which the ORM rightly does not declare.
    assert [d for d in differences if "section_fts" not in repr(d)] == []


def _sent(db: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT section_key, revision_id FROM hearing_round_sent")
        return set(rows.fetchall())


def test_export_and_import_record_what_the_round_sent(workspace: Workspace, tmp_path: Path) -> None:
    review = tmp_path / "runde.kartbundle"
    hearing, manifest = make_review_bundle(workspace, review)
    expected = {(s.ref.key, s.revision) for s in manifest.sections}
    assert _sent(workspace.path) == expected
    # A round exported before this kartedit recorded it: the first response fills it in.
    with sqlite3.connect(workspace.path) as connection:
        connection.execute("DELETE FROM hearing_round_sent")
    response = respond(review, tmp_path, OLA, list(PASSAGES[:1]))
    assert import_response(workspace, response.path).ok
    assert _sent(workspace.path) == expected
    assert all(o.kept == 1.0 for o in Decisions(workspace).sections(hearing.id))


def test_comment_ids_can_be_abbreviated(workspace: Workspace, tmp_path: Path) -> None:
    review = tmp_path / "runde.kartbundle"
    make_review_bundle(workspace, review)
    response = respond(review, tmp_path, OLA, list(PASSAGES[:2]))
    import_response(workspace, response.path)
    first = response.comments[0].id
    decisions = Decisions(workspace)
    assert decisions.comment(first[:4].upper()).id == first
    assert decisions.comment(first).state is CommentState.OPEN


def test_an_edition_with_hearing_rounds_is_not_deleted(workspace: Workspace) -> None:
    from kartedit.domain.errors import UserError
    from kartedit.services.editions import Editions
    from kartedit.services.rounds import start_round
    from tests.bundle_support import KARI, date

    start_round(workspace, name="Voss", deadline=date(2027, 1, 15), author=KARI, edition="voss")
    with pytest.raises(UserError, match="hearing rounds"):
        Editions(workspace).delete("voss", confirmed=True)
    assert "voss" in {e.slug for e in workspace.editions()}
