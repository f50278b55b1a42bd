"""Local facts in bundles: a review bundle shows its edition's values; an approved bundle
carries the fact kinds to another copy of the map and never its values."""

from __future__ import annotations

import shutil
from pathlib import Path

from kartedit.bundle.kartbundle import read_bundle
from kartedit.domain.facts import FactKind, FactType
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef, Status
from kartedit.services.approved import apply_approved_bundle, export_approved_bundle
from kartedit.services.bundles import export_review_bundle
from kartedit.services.fact_context import content_context
from kartedit.services.facts import Facts
from kartedit.services.review import ReviewSession
from kartedit.services.rounds import start_round
from kartedit.services.workspace import Workspace
from tests.bundle_support import KARI, date, entries
from tests.cli_support import kartedit
from tests.conftest import FixedClock

REFERRAL = SectionRef.parse("angst/fastlege/referral")
NINA = Author("Nina Berg", "Bergen kommune")


def test_a_review_bundle_for_bergen_shows_bergens_values(
    workspace: Workspace, tmp_path: Path
) -> None:
    hearing = start_round(
        workspace,
        name="Høring Bergen",
        deadline=date(2027, 1, 15),
        author=KARI,
        edition="bergen",
        pathways=["angst"],
        services=["fastlege"],
    )
    path = tmp_path / "bergen.kartbundle"
    export_review_bundle(workspace, hearing.id, path)
    bundle = read_bundle(path)
    assert bundle.content is not None
    assert [(v.edition, v.key.kind, v.value) for v in bundle.content.fact_values] == [
        ("bergen", "inntaksteam", "hverdager kl. 09.00–11.00")
    ]
    index = entries(path)["index.html"].decode()
    assert "Telefontid for fastleger: hverdager kl. 09.00–11.00." in index
    assert "{{lokal:" not in index
    session = ReviewSession.open(path, clock=FixedClock(), work_dir=tmp_path / "ola")
    text = session.section(REFERRAL).text
    assert "{{lokal:inntaksteam}}" in text  # comments anchor in the text as stored …
    html = content_context(session.content, "bergen").html(text, REFERRAL)
    assert "hverdager kl. 09.00–11.00" in html  # … and the reader sees Bergen's value


def test_a_regional_review_bundle_marks_the_fact_as_local(
    workspace: Workspace, tmp_path: Path
) -> None:
    hearing = start_round(
        workspace, name="Høring", deadline=date(2027, 1, 15), author=KARI, pathways=["angst"]
    )
    path = tmp_path / "regional.kartbundle"
    export_review_bundle(workspace, hearing.id, path)
    bundle = read_bundle(path)
    assert bundle.content is not None and bundle.content.fact_values == ()
    index = entries(path)["index.html"].decode()
    assert "[lokal opplysning: Inntaksteam — telefon og telefontid]" in index


def test_an_approved_bundle_adds_fact_kinds_and_leaves_values_alone(
    demo_db: Path, tmp_path: Path
) -> None:
    copy_path = tmp_path / "bergen.sqlite"
    shutil.copy(demo_db, copy_path)
    region = Workspace.open(demo_db, clock=FixedClock())
    bergen = Workspace.open(copy_path, clock=FixedClock())
    try:
        facts = Facts(region)
        facts.add_kind(FactKind("telefon", "Inntaksteam — telefon", FactType.PHONE))
        facts.set_value("bergen", "fastlege", "inntaksteam", "fredag kl. 12.00", NINA)
        hearing = start_round(
            region,
            name="Høring",
            deadline=date(2027, 1, 15),
            author=KARI,
            pathways=["angst"],
            services=["fastlege"],
        )
        text = region.section(REFERRAL).text + "\nTelefon: {{lokal:telefon}}\n"
        region.set_status(REFERRAL, Status.DRAFT, KARI)
        region.save(REFERRAL, text, KARI)
        region.set_status(REFERRAL, Status.APPROVED, KARI)
        path = tmp_path / "godkjent.kartbundle"
        export_approved_bundle(region, hearing.id, path)
        bundle = read_bundle(path)
        assert bundle.content is not None and bundle.content.fact_values == ()
        assert "telefon" in {k.slug for k in bundle.content.fact_kinds}

        before = Facts(bergen).values("bergen")
        report = apply_approved_bundle(bergen, path)
        assert [k.slug for k in report.added_fact_kinds] == ["telefon"]
        assert Facts(bergen).values("bergen") == before  # Bergen's own value stays
        assert bergen.section(REFERRAL).text == text
        missing = [n.key.kind for n in Facts(bergen).missing("bergen")]
        assert missing == ["telefon"]
        code, out, _ = kartedit("bundle", "apply", str(copy_path), str(path))
        assert code == 0 and "already up to date" in out
    finally:
        region.close()
        bergen.close()
