"""The approved bundle: export a round's approved regional texts, apply them to another copy."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kartedit.bundle.kartbundle import bundle_problems, read_bundle
from kartedit.bundle.problems import BundleError
from kartedit.domain.bundles import BundleKind
from kartedit.domain.errors import UserError
from kartedit.domain.sections import SectionRef, Status
from kartedit.services.approved import (
    Applied,
    apply_approved_bundle,
    export_approved_bundle,
    preview_approved_bundle,
)
from kartedit.services.decisions import Accepted, Decisions
from kartedit.services.editions import Editions
from kartedit.services.folders import export_folder, import_folder
from kartedit.services.response_import import import_responses
from kartedit.services.rounds import start_round
from kartedit.services.workspace import Workspace
from tests.bundle_support import (
    KARI,
    date,
    entries,
    manifest_of,
    restamp,
    with_manifest,
    write_entries,
)
from tests.conftest import FixedClock
from tests.response_support import OLA, TEXT_TABLES, respond, table_rows

INTERVENTION = SectionRef.parse("depresjon/kommunal-psykisk-helse/intervention")
SESSIONS = "vanligvis 6–12 samtaler"


@pytest.fixture
def municipality(demo_db: Path, tmp_path: Path) -> Iterator[Workspace]:
    """Bergen's own copy of the map, taken before the round (it holds local overrides)."""
    path = tmp_path / "bergen.sqlite"
    shutil.copy(demo_db, path)
    workspace = Workspace.open(path, clock=FixedClock())
    yield workspace
    workspace.close()


@pytest.fixture
def approved(workspace: Workspace, municipality: Workspace, tmp_path: Path) -> Path:
    """A round on depresjon × kommunal psykisk helse, one suggestion accepted, all approved."""
    from kartedit.services.bundles import export_review_bundle

    hearing = start_round(
        workspace,
        name="Høring depresjon 2027",
        deadline=date(2027, 1, 15),
        author=KARI,
        pathways=["depresjon"],
        services=["kommunal-psykisk-helse"],
    )
    review = tmp_path / "runde.kartbundle"
    export_review_bundle(workspace, hearing.id, review)
    from kartedit.services.review import ReviewSession

    session = ReviewSession.open(review, clock=FixedClock(), work_dir=tmp_path / "ola")
    start, end = session.locate(INTERVENTION, SESSIONS)
    suggestion = session.add_suggestion(INTERVENTION, start, end, "vanligvis 6–15 samtaler", OLA)
    session.export_response(tmp_path / "ola.kartbundle", OLA)
    assert import_responses(workspace, [tmp_path / "ola.kartbundle"]).all_imported
    assert isinstance(Decisions(workspace).accept(suggestion.id, KARI), Accepted)
    assert Decisions(workspace).approve_round(hearing.id, KARI, close=True).complete
    path = tmp_path / "godkjent.kartbundle"
    export_approved_bundle(workspace, hearing.id, path)
    return path


def test_the_approved_bundle_carries_the_approved_regional_texts(
    approved: Path, workspace: Workspace
) -> None:
    assert bundle_problems(approved) == []
    bundle = read_bundle(approved, BundleKind.APPROVED)
    manifest = bundle.manifest
    assert manifest.kind is BundleKind.APPROVED and manifest.edition.slug == "regional"
    assert manifest.made_by == KARI and manifest.round.name == "Høring depresjon 2027"
    assert len(manifest.sections) == 6
    assert bundle.content is not None
    for record in bundle.content.sections:
        assert record.status is Status.APPROVED and len(record.revisions) == 1
        assert record.revisions[0].id == workspace.section(record.ref).revision_id
    index = entries(approved)["index.html"].decode()
    assert "vanligvis 6–15 samtaler" in index and "<script" not in index


def test_applying_adds_regional_revisions_and_makes_the_right_overrides_stale(
    approved: Path, municipality: Workspace, workspace: Workspace
) -> None:
    local_before = municipality.section(INTERVENTION, "bergen")
    stale_before = {s.override.ref for s in Editions(municipality).stale("bergen")}

    report = apply_approved_bundle(municipality, approved)

    assert [s.ref for s in report.updated] == [INTERVENTION]
    assert {s.outcome for s in report.sections} == {Applied.UPDATED, Applied.UP_TO_DATE}
    assert report.updated[0].stale == ("bergen",)
    regional = municipality.section(INTERVENTION)
    assert regional.revision_id == workspace.section(INTERVENTION).revision_id
    assert "vanligvis 6–15 samtaler" in regional.text and regional.status is Status.APPROVED
    head = municipality.history(INTERVENTION)[0]
    assert head.author == KARI
    assert "Høring depresjon 2027" in str(head.message)
    assert report.manifest.bundle_id in str(head.message)
    local = municipality.section(INTERVENTION, "bergen")
    assert (local.text, local.revision_id) == (local_before.text, local_before.revision_id)
    stale_after = {s.override.ref for s in Editions(municipality).stale("bergen")}
    assert stale_after - stale_before == {INTERVENTION}
    assert not Editions(municipality).stale("voss")


def test_applying_twice_changes_nothing(approved: Path, municipality: Workspace) -> None:
    apply_approved_bundle(municipality, approved)
    before = table_rows(municipality.path, *TEXT_TABLES)
    again = apply_approved_bundle(municipality, approved)
    assert table_rows(municipality.path, *TEXT_TABLES) == before
    assert not again.updated and all(s.outcome is Applied.UP_TO_DATE for s in again.sections)


def test_the_region_applying_its_own_bundle_changes_nothing(
    approved: Path, workspace: Workspace
) -> None:
    before = table_rows(workspace.path, *TEXT_TABLES)
    assert not apply_approved_bundle(workspace, approved).updated
    assert table_rows(workspace.path, *TEXT_TABLES) == before


def test_a_copy_imported_from_a_folder_export_is_the_same_map(
    approved: Path, municipality: Workspace, tmp_path: Path
) -> None:
    """The map id travels in the folder manifest, so a municipality's copy made that way
    accepts the region's approved bundles."""
    folder = tmp_path / "kart"
    export_folder(municipality, folder)
    copy = Workspace.create(tmp_path / "fra-mappe.sqlite")
    try:
        import_folder(copy, folder)
        assert [s.ref for s in apply_approved_bundle(copy, approved).updated] == [INTERVENTION]
    finally:
        copy.close()


def test_a_bundle_for_another_map_is_refused(
    approved: Path, municipality: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "anna-kart"
    export_folder(municipality, folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["map"]["id"] = "9" * 32
    (folder / "manifest.json").write_text(json.dumps(manifest))
    other = Workspace.create(tmp_path / "anna.sqlite")
    try:
        import_folder(other, folder)
        before = table_rows(other.path, *TEXT_TABLES)
        with pytest.raises(UserError, match="another map"):
            apply_approved_bundle(other, approved)
        assert table_rows(other.path, *TEXT_TABLES) == before
    finally:
        other.close()


def test_other_kinds_and_forgeries_are_refused(
    approved: Path, municipality: Workspace, tmp_path: Path
) -> None:
    files = entries(approved)
    document = manifest_of(files)
    document["edition"]["kind"] = "local"
    forged = write_entries(tmp_path / "lokal.kartbundle", restamp(with_manifest(files, document)))
    with pytest.raises(BundleError, match="schema"):
        apply_approved_bundle(municipality, forged)
    tampered = {**files}
    key = next(name for name in files if name.startswith("texts/"))
    tampered[key] = files[key] + b"Tillegg."
    with pytest.raises(BundleError, match="checksum"):
        apply_approved_bundle(municipality, write_entries(tmp_path / "t.kartbundle", tampered))
    review = tmp_path / "runde.kartbundle"
    with pytest.raises(BundleError, match="not an approved bundle"):
        apply_approved_bundle(municipality, review)


def test_only_approved_sections_go_out_and_local_rounds_have_none(
    workspace: Workspace, tmp_path: Path
) -> None:
    hearing = start_round(
        workspace,
        name="Høring angst 2027",
        deadline=date(2027, 1, 15),
        author=KARI,
        pathways=["angst"],
        services=["fastlege"],
    )
    with pytest.raises(UserError, match="Nothing in the round"):
        export_approved_bundle(workspace, hearing.id, tmp_path / "a.kartbundle")
    role = SectionRef.parse("angst/fastlege/role")
    Decisions(workspace).approve_section(hearing.id, role, KARI)
    done = export_approved_bundle(workspace, hearing.id, tmp_path / "a.kartbundle")
    assert [s.ref for s in done.manifest.sections] == [role]
    assert len(done.left_out) == 5 and {s for _, s in done.left_out} == {Status.IN_HEARING}

    local = start_round(
        workspace,
        name="Voss",
        deadline=date(2027, 1, 15),
        author=KARI,
        edition="voss",
        pathways=["depresjon"],
    )
    with pytest.raises(UserError, match="local edition"):
        export_approved_bundle(workspace, local.id, tmp_path / "b.kartbundle")


def test_respond_helper_is_the_reviewer_code_path(workspace: Workspace, tmp_path: Path) -> None:
    """Guard for the helpers the other tests rely on: a response validates as one."""
    from tests.bundle_support import make_review_bundle
    from tests.response_support import PASSAGES

    make_review_bundle(workspace, tmp_path / "r.kartbundle")
    response = respond(tmp_path / "r.kartbundle", tmp_path, OLA, list(PASSAGES[:2]), reply=True)
    assert bundle_problems(response.path) == []
    assert len(response.comments) == 3


def test_the_preview_says_what_applying_will_change_and_writes_nothing(
    approved: Path, municipality: Workspace
) -> None:
    before = table_rows(municipality.path, *TEXT_TABLES)
    preview = preview_approved_bundle(municipality, approved)
    assert table_rows(municipality.path, *TEXT_TABLES) == before
    assert [s.ref for s in preview.updated] == [INTERVENTION]
    assert preview.updated[0].stale == ("bergen",)
    applied = apply_approved_bundle(municipality, approved)
    assert applied.sections == preview.sections
