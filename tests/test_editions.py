"""Local editions: adapt, return, diff, staleness, re-base and deviation — services and CLI."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kartedit.domain.errors import UserError
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef
from kartedit.services.editions import Editions
from kartedit.services.workspace import Workspace
from tests.cli_support import kartedit

PER = Author("Per Rongen", "Voss herad")
REGION = Author("Randi Økland", "Helse Bergen")
REF = SectionRef.parse("angst/skole/evaluation")
STALE = SectionRef.parse("angst/fastlege/referral")


@pytest.fixture
def editions(workspace: Workspace) -> Editions:
    return Editions(workspace)


def test_adapt_starts_from_the_regional_text_and_records_its_base(editions: Editions) -> None:
    ws = editions.workspace
    regional = ws.section(REF)
    revision = editions.adapt(REF, "voss", PER)
    local = ws.section(REF, "voss")
    assert not local.inherited and local.text == regional.text
    assert revision.base_id == regional.revision_id
    with pytest.raises(UserError, match="already adapted"):
        editions.adapt(REF, "voss", PER)


def test_return_to_regional_keeps_the_history(editions: Editions, demo_db: Path) -> None:
    ws = editions.workspace
    editions.adapt(REF, "voss", PER)
    ws.save(REF, "Voss evaluerer kvar månad.\n", PER, edition="voss")
    editions.revert(REF, "voss")
    assert ws.section(REF, "voss").inherited
    assert ws.search("månad", "voss") == []
    with sqlite3.connect(demo_db) as connection:
        kept = connection.execute(
            "SELECT count(*) FROM revisions WHERE text = 'Voss evaluerer kvar månad.\n'"
        ).fetchone()[0]
    assert kept == 1
    with pytest.raises(UserError, match="not adapted locally"):
        editions.revert(REF, "voss")
    # Adapting again starts from the regional text once more.
    editions.adapt(REF, "voss", PER)
    assert ws.section(REF, "voss").text == ws.section(REF).text


def test_regional_edit_marks_override_stale_and_rebase_carries_both(editions: Editions) -> None:
    ws = editions.workspace
    base = "Første avsnitt om skolen.\n\nAndre avsnitt om foreldra.\n"
    ws.save(REF, base, REGION)
    editions.adapt(REF, "voss", PER)
    ws.save(
        REF,
        "Første avsnitt om skolen.\n\nAndre avsnitt om foreldra på Voss.\n",
        PER,
        edition="voss",
    )
    ws.save(REF, "Første avsnitt om skulen og PPT.\n\nAndre avsnitt om foreldra.\n", REGION)
    assert [s.override.ref for s in editions.stale("voss")] == [REF]

    outcome = editions.rebase("voss", apply=True, author=PER)
    assert [o.result.clean for o in outcome] == [True]
    text = ws.section(REF, "voss").text
    assert "skulen og PPT" in text and "foreldra på Voss" in text
    assert editions.stale("voss") == []


def test_rebase_preview_needs_no_author_and_saving_needs_one(editions: Editions) -> None:
    ws = editions.workspace
    ws.save(REF, "Første avsnitt om skolen.\n\nAndre avsnitt om foreldra.\n", REGION)
    editions.adapt(REF, "voss", PER)
    local = "Første avsnitt om skolen.\n\nAndre avsnitt om foreldra på Voss.\n"
    ws.save(REF, local, PER, edition="voss")
    ws.save(REF, "Første avsnitt om skulen og PPT.\n\nAndre avsnitt om foreldra.\n", REGION)
    local_before = ws.section(REF, "voss")

    preview = editions.rebase("voss", apply=False, author=None)
    assert [(o.result.clean, o.saved) for o in preview] == [(True, None)]
    with pytest.raises(ValueError, match="author"):
        editions.rebase("voss", apply=True, author=None)
    assert ws.section(REF, "voss") == local_before


def test_overlapping_edits_are_a_conflict_and_nothing_is_saved(editions: Editions) -> None:
    ws = editions.workspace
    ws.save(REF, "Skolen evaluerer tiltaka kvar termin.\n", REGION)
    editions.adapt(REF, "voss", PER)
    ws.save(REF, "Skolen evaluerer tiltaka kvar månad på Voss.\n", PER, edition="voss")
    ws.save(REF, "Skolen og PPT evaluerer tiltaka to gonger i året.\n", REGION)
    local_before = ws.section(REF, "voss")
    outcome = editions.rebase("voss", apply=True, author=PER)
    assert not outcome[0].result.clean and outcome[0].saved is None
    assert ws.section(REF, "voss") == local_before


def test_minor_regional_change_is_marked_minor(editions: Editions) -> None:
    ws = editions.workspace
    ws.save(REF, "Skolen evaluerer tiltaka, kvar termin.\n", REGION)
    editions.adapt(REF, "voss", PER)
    ws.save(REF, "Skolen evaluerer tiltaka kvar termin.\n", REGION)
    assert [s.minor for s in editions.stale("voss")] == [True]


def test_deviation_counts_kept_text(editions: Editions) -> None:
    summary = {s.slug: s for s in editions.summaries()}
    assert (summary["bergen"].overrides, summary["bergen"].stale) == (3, 1)
    kept = {d.override.ref.key: d.kept for d in editions.deviation("voss")}
    assert 0.0 < kept["angst/helsestasjon/role"] < 0.5  # Voss writes it in nynorsk


def test_deleting_editions(editions: Editions, tmp_path: Path) -> None:
    editions.create("odda", "Ullensvang herad", "Ullensvang herad")
    assert editions.delete("odda", confirmed=False) == 0
    with pytest.raises(UserError, match="holds 3 local adaptations"):
        editions.delete("bergen", confirmed=False)
    assert editions.delete("bergen", confirmed=False, export_to=tmp_path / "backup") == 4
    assert (tmp_path / "backup" / "texts" / "bergen").is_dir()
    assert [e.slug for e in editions.workspace.editions()] == ["regional", "voss"]
    with pytest.raises(UserError, match="regional edition cannot be deleted"):
        editions.delete("regional", confirmed=True)


# -- property: re-basing onto an unchanged regional text changes nothing ----------------

paragraph = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå ,.", min_size=1, max_size=40).map(
    lambda s: s.strip() or "x"
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(local=st.lists(paragraph, min_size=1, max_size=4))
def test_saving_a_rebase_onto_the_same_base_keeps_the_local_text(
    editions: Editions, local: list[str]
) -> None:
    ws = editions.workspace
    text = "\n\n".join(local) + "\n"
    if ws.section(REF, "voss").inherited:
        editions.adapt(REF, "voss", PER)
    ws.save(REF, text, PER, edition="voss")
    override = editions.override(REF, "voss")
    assert editions.rebase_preview(override).text == ws.section(REF, "voss").text


# -- command line ------------------------------------------------------------------------


def test_cli_edition_lifecycle(demo_db: Path) -> None:
    db = str(demo_db)
    assert kartedit("edition", "create", db, "odda", "--name", "Ullensvang herad")[0] == 0
    code, _, err = kartedit("edition", "create", db, "odda", "--name", "Igjen")
    assert code == 1 and "already exists" in err
    assert (
        kartedit("edition", "rename", db, "odda", "--name", "Odda", "--slug", "ullensvang")[0] == 0
    )
    out = kartedit("edition", "list", db)[1]
    # Regional first, then local editions by name: Bergen kommune, Odda, Voss herad.
    assert [line.split("\t")[:3] for line in out.splitlines()] == [
        ["regional", "regional", "Regional tekst"],
        ["bergen", "local", "Bergen kommune"],
        ["ullensvang", "local", "Odda"],
        ["voss", "local", "Voss herad"],
    ]
    code, _, err = kartedit("edition", "delete", db, "regional", "--yes")
    assert code == 1 and "regional edition cannot be deleted" in err
    code, _, err = kartedit("edition", "delete", db, "bergen")
    assert code == 1 and "--export FOLDER" in err
    assert kartedit("edition", "delete", db, "ullensvang")[0] == 0


def test_cli_edition_delete_counts_one_adaptation_in_the_singular(demo_db: Path) -> None:
    db = str(demo_db)
    assert kartedit("edition", "create", db, "odda", "--name", "Odda")[0] == 0
    adapt = ("angst", "skole", "role", "--edition", "odda", "--author", "Per (Odda)")
    assert kartedit("adapt", db, *adapt)[0] == 0
    code, _, err = kartedit("--language", "nn", "edition", "delete", db, "odda")
    assert code == 1
    assert "«Odda» har éi lokal tilpassing. Eksporter ho først (--export MAPPE)" in err
    code, out, _ = kartedit("--language", "nb", "edition", "delete", db, "odda", "--yes")
    assert (code, out) == (0, "Slettet utgaven «odda» og den ene lokale tilpasningen i den.\n")


def test_cli_adapt_revert_and_bad_input(demo_db: Path) -> None:
    db = str(demo_db)
    args = ("angst", "skole", "role", "--edition", "voss", "--author", "Per (Voss herad)")
    assert kartedit("adapt", db, *args)[0] == 0
    code, _, err = kartedit("adapt", db, *args)
    assert code == 1 and "already adapted" in err
    assert kartedit("revert", db, "angst", "skole", "role", "--edition", "voss")[0] == 0
    code, _, err = kartedit("revert", db, "angst", "skole", "role", "--edition", "voss")
    assert code == 1 and "not adapted locally" in err
    code, _, err = kartedit("stale", db, "--edition", "oslo")
    assert code == 1 and "No edition «oslo»" in err
    code, _, err = kartedit("diff", db, "--edition", "regional")
    assert code == 1 and "no overrides" in err
    assert kartedit("adapt", db, "angst", "skole", "role")[0] == 2  # --edition is required


def test_cli_diff_formats(demo_db: Path) -> None:
    db = str(demo_db)
    code, out, _ = kartedit("diff", db, "--edition", "bergen", "--pathway", "habilitering")
    assert code == 0 and out.startswith("=== habilitering/ppt/role (bergen:")
    assert "{+" in out and "[-" in out
    code, out, _ = kartedit("diff", db, "--edition", "bergen", "--pathway", "angst")
    assert code == 0 and out.startswith("=== angst/introduction (bergen:")  # the pathway's own
    document = json.loads(kartedit("diff", db, "--edition", "bergen", "--format", "json")[1])
    assert {d["section"] for d in document} == {
        "angst/introduction",
        "depresjon/kommunal-psykisk-helse/intervention",
        "habilitering/ppt/role",
    }
    assert all(d["hunks"] for d in document)
    html = kartedit("diff", db, "--edition", "bergen", "--format", "html")[1]
    assert "<ins" in html and "<del" in html and "<script" not in html
    assert "Content-Security-Policy" in html


def test_cli_stale_and_rebase_the_demo(demo_db: Path) -> None:
    db = str(demo_db)
    out = kartedit("stale", db, "--edition", "bergen")[1]
    assert [line.split("\t")[0] for line in out.splitlines()] == ["habilitering/ppt/role"]
    code, out, _ = kartedit("rebase", db, "--edition", "bergen")
    assert code == 0 and out.count("\tclean") == 1
    assert kartedit("stale", db, "--edition", "bergen")[1] != ""  # a dry run saves nothing
    code, out, _ = kartedit("rebase", db, "--edition", "bergen", "--apply", "--author", "Nina")
    assert code == 0 and out.count("\tsaved") == 1
    assert kartedit("stale", db, "--edition", "bergen")[1] == ""
    text = kartedit("show", db, "habilitering", "ppt", "role", "--edition", "bergen")[1]
    assert "bydelskontorer" in text  # the local change …
    assert "organisasjonsutvikling" in text  # … and the regional one, both carried
    code, _, err = kartedit("rebase", db, "--edition", "bergen")
    assert code == 1 and "Nothing in «bergen» is stale" in err


def test_cli_rebase_exits_3_on_conflict(demo_db: Path) -> None:
    db = str(demo_db)
    ws = Workspace.open(demo_db)
    try:
        ws.save(REF, "Skolen evaluerer tiltaka kvar termin.\n", REGION)
        Editions(ws).adapt(REF, "voss", PER)
        ws.save(REF, "Skolen evaluerer tiltaka kvar veke.\n", PER, edition="voss")
        ws.save(REF, "Skolen evaluerer tiltaka kvart år.\n", REGION)
    finally:
        ws.close()
    code, out, _ = kartedit("rebase", db, "--edition", "voss", "--apply", "--author", "Per")
    assert code == 3 and "angst/skole/evaluation\tconflict" in out


def test_cli_deviation_text_and_csv(demo_db: Path) -> None:
    out = kartedit("deviation", str(demo_db))[1]
    assert "bergen\tBergen kommune\t3 adapted\t1 stale" in out
    rows = list(
        csv.DictReader(io.StringIO(kartedit("deviation", str(demo_db), "--format", "csv")[1]))
    )
    assert len(rows) == 5
    assert {r["edition"] for r in rows} == {"bergen", "voss"}
    assert all(0 <= int(r["kept_percent"]) <= 100 for r in rows)
