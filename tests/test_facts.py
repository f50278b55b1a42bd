"""Local facts: kinds, checked values, placeholders filled in, completeness, the folder form."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from kartedit.domain.errors import UserError
from kartedit.domain.facts import (
    FactKind,
    FactType,
    check_value,
    looks_like_contact_information,
    placeholder,
    referred_kinds,
)
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef
from kartedit.services.editions import Editions
from kartedit.services.fact_proposals import accept_proposal, proposals
from kartedit.services.facts import Facts
from kartedit.services.folders import export_folder, import_folder
from kartedit.services.workspace import Workspace
from tests.cli_support import kartedit

REFERRAL = SectionRef.parse("angst/fastlege/referral")
KARI = Author("Kari Solheim", "Vestland")
NINA = Author("Nina Berg", "Bergen kommune")
PHONE = FactKind("telefon", "Inntaksteam — telefon", FactType.PHONE)
MAIL = FactKind("epost", "E-post", FactType.EMAIL)
LINK = FactKind("skjema", "Tilvisingsskjema (lenke)", FactType.URL)
HOURS = FactKind("tid", "Telefontid", FactType.HOURS)


@pytest.fixture
def workspace(demo_db: Path) -> Workspace:
    ws = Workspace.open(demo_db)
    yield ws  # type: ignore[misc]
    ws.close()


# -- values are checked on entry ---------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("55565678", "55 56 56 78"),
        ("55 56 56 78", "55 56 56 78"),
        ("+47 55 56 56 78", "+47 55 56 56 78"),
        ("0047 40012345", "+47 400 12 345"),
        ("400 12 345", "400 12 345"),
    ],
)
def test_norwegian_phone_numbers_are_accepted_and_tidied(typed: str, stored: str) -> None:
    assert check_value(PHONE, typed) == stored


@pytest.mark.parametrize(
    "typed", ["5556567", "555656789", "+46 55 56 56 78", "ring oss", "55-56-aa"]
)
def test_a_wrong_phone_number_is_refused_with_an_example(typed: str) -> None:
    with pytest.raises(UserError, match=r"not a Norwegian phone number.*8 digits"):
        check_value(PHONE, typed)


def test_mail_links_and_hours_are_checked() -> None:
    assert check_value(MAIL, " post@bergen.kommune.no ") == "post@bergen.kommune.no"
    with pytest.raises(UserError, match="not an e-mail address"):
        check_value(MAIL, "post at bergen")
    assert check_value(LINK, "https://www.bergen.kommune.no/skjema") == (
        "https://www.bergen.kommune.no/skjema"
    )
    for bad in ("www.bergen.no", "javascript:alert(1)", "https://x y.no"):
        with pytest.raises(UserError, match="not a web address"):
            check_value(LINK, bad)
    with pytest.raises(UserError, match="does not say when"):
        check_value(HOURS, "om morgonen")
    assert check_value(HOURS, "") == ""  # clears the value


def test_placeholders_are_found_once_each_in_order() -> None:
    text = f"A {placeholder('tid')} b {{{{ lokal : telefon }}}} c {placeholder('tid')}"
    assert referred_kinds(text) == ["tid", "telefon"]


def test_contact_information_is_recognised() -> None:
    assert looks_like_contact_information("Ring inntaksteamet på 55 56 56 78.")
    assert looks_like_contact_information("Telefontid hverdager kl. 09.00–11.00")
    assert not looks_like_contact_information("Barnet får tilbod i kommunen.")
    assert looks_like_contact_information("Kontakt inntaksteamet for psykisk helse.")
    practice = (  # a paragraph about how the service works, which names the intake team
        "Alle henvendelser om psykisk helse hos barn og unge går gjennom inntaksteamet for "
        "psykisk helse, som fordeler saken til riktig tjeneste i bydelen. Helsestasjon, "
        "fastlege, skole og PPT samarbeider om tiltakene."
    )
    assert not looks_like_contact_information(practice)


# -- the demo: Bergen's intake team is a fact --------------------------------------------


def test_bergen_shows_the_regional_text_with_its_value_and_no_longer_overrides(
    demo_db: Path,
) -> None:
    db = str(demo_db)
    code, out, _ = kartedit("show", db, "angst", "fastlege", "referral", "--edition", "bergen")
    assert code == 0 and "Telefontid for fastleger: hverdager kl. 09.00–11.00." in out
    regional = kartedit("show", db, "angst", "fastlege", "referral")[1]
    assert "{{lokal:inntaksteam}}" in regional
    assert out == regional.replace("{{lokal:inntaksteam}}", "hverdager kl. 09.00–11.00")
    raw = kartedit("show", db, "angst", "fastlege", "referral", "--edition", "bergen", "--raw")
    assert raw[1] == regional
    stale = kartedit("stale", db, "--edition", "bergen")[1]
    assert [line.split("\t")[0] for line in stale.splitlines()] == ["habilitering/ppt/role"]
    diff = json.loads(kartedit("diff", db, "--edition", "bergen", "--format", "json")[1])
    assert "angst/fastlege/referral" not in {d["section"] for d in diff}


def test_voss_missing_lists_the_referred_fact_until_it_is_set(demo_db: Path) -> None:
    db = str(demo_db)
    code, out, _ = kartedit("facts", db, "--edition", "voss", "--missing")
    assert code == 0
    assert out.splitlines() == ["fastlege\tinntaksteam\t(missing)\tangst/fastlege/referral"]
    shown = kartedit("show", db, "angst", "fastlege", "referral", "--edition", "voss")[1]
    assert "[lokal opplysning manglar: Inntaksteam — telefon og telefontid]" in shown  # nn
    code, out, _ = kartedit(
        "facts", db, "--edition", "voss", "--set", "fastlege", "inntaksteam",
        "kvardagar kl. 08.30–10.00", "--author", "Per Voss (Voss herad)",
    )  # fmt: skip
    assert code == 0 and "set to «kvardagar kl. 08.30–10.00»" in out
    code, out, err = kartedit("facts", db, "--edition", "voss", "--missing")
    assert (code, out) == (0, "") and "No local facts missing" in err
    history = kartedit("facts", db, "--edition", "voss", "--history", "fastlege", "inntaksteam")
    assert history[1].split("\t")[2:] == ["Per Voss (Voss herad)", "kvardagar kl. 08.30–10.00\n"]
    listed = kartedit("facts", db, "--edition", "voss", "--format", "csv")[1]
    rows = list(csv.DictReader(io.StringIO(listed)))
    assert [(r["service"], r["kind"], r["value"], r["missing"]) for r in rows] == [
        ("fastlege", "inntaksteam", "kvardagar kl. 08.30–10.00", "no")
    ]


def test_set_refuses_a_bad_value_with_its_reason(demo_db: Path) -> None:
    db = str(demo_db)
    kartedit("facts", db, "--add-kind", "telefon", "phone", "Inntaksteam — telefon")
    code, _, err = kartedit(
        "facts", db, "--edition", "voss", "--set", "fastlege", "telefon", "12 34", "--author", "P"
    )
    assert code == 1 and "not a Norwegian phone number" in err
    code, _, err = kartedit(
        "facts",
        db,
        "--edition",
        "regional",
        "--set",
        "fastlege",
        "telefon",
        "55555555",
        "--author",
        "P",
    )
    assert code == 1 and "regional edition has no local facts" in err


def test_unknown_placeholder_is_an_error_at_save(workspace: Workspace) -> None:
    text = workspace.section(REFERRAL).text.replace("inntaksteam}}", "inntakstema}}")
    with pytest.raises(UserError, match=r"do not exist: \{\{lokal:inntakstema\}\}"):
        workspace.save(REFERRAL, text, KARI)
    assert "{{lokal:inntaksteam}}" in workspace.section(REFERRAL).text


def test_changing_text_around_a_placeholder_or_a_value_makes_nothing_stale(
    workspace: Workspace,
) -> None:
    facts = Facts(workspace)
    before = facts.values("bergen")
    text = workspace.section(REFERRAL).text.replace("Telefontid", "Eiga telefontid")
    assert workspace.save(REFERRAL, text, KARI) is not None
    facts.set_value("bergen", "fastlege", "inntaksteam", "måndag kl. 08.00–09.00", NINA)
    facts.set_value("voss", "fastlege", "inntaksteam", "tysdag kl. 12.00–13.00", NINA)
    for edition in ("bergen", "voss"):
        states = workspace.section_states("angst", edition)
        assert not [s for s in states if s.stale]
    assert facts.values("bergen").keys() == before.keys()
    history = facts.history("bergen", next(iter(before)))
    assert [v.value for v in history] == ["hverdager kl. 09.00–11.00", "måndag kl. 08.00–09.00"]


def test_values_are_escaped_in_the_preview(workspace: Workspace) -> None:
    facts = Facts(workspace)
    facts.add_kind(FactKind("kontakt", "Kontakt"))
    facts.set_value("bergen", "fastlege", "kontakt", "<script>x</script> *ikkje* [a](b)", NINA)
    text = "Kontakt: {{lokal:kontakt}}\n"
    html = facts.context("bergen").html(text, REFERRAL)
    assert "&lt;script&gt;x&lt;/script&gt; *ikkje* [a](b)" in html and "<script" not in html
    assert "<em>" not in html and "<a" not in html
    regional = facts.context().html(text, REFERRAL)
    assert "[lokal opplysning: Kontakt]" in regional and "fact-chip" in regional


def test_facts_survive_export_and_import(workspace: Workspace, tmp_path: Path) -> None:
    facts = Facts(workspace)
    facts.set_value("voss", "fastlege", "inntaksteam", "kvar dag kl. 10.00", NINA, message="Ny")
    export_folder(workspace, tmp_path / "first")
    copy = Workspace.create(tmp_path / "copy.sqlite")
    try:
        import_folder(copy, tmp_path / "first")
        assert import_folder(copy, tmp_path / "first").revisions == 0
        assert Facts(copy).values("voss") == facts.values("voss")
        assert [k.slug for k in Facts(copy).kinds()] == [k.slug for k in facts.kinds()]
        export_folder(copy, tmp_path / "second")
    finally:
        copy.close()
    first = (tmp_path / "first" / "manifest.json").read_bytes()
    assert first == (tmp_path / "second" / "manifest.json").read_bytes()
    assert len(Facts(workspace).history("voss", next(iter(facts.values("voss"))))) == 1


def test_publishing_fills_in_values_and_its_check_lists_missing_ones(
    demo_db: Path, tmp_path: Path
) -> None:
    db = str(demo_db)
    code, out, _ = kartedit("publish", db, "--edition", "voss", "--check", "--include-drafts")
    assert code == 1
    assert (
        "angst/fastlege/referral: the local fact «Inntaksteam — telefon og telefontid» "
        "has no value" in out.splitlines()
    )
    bergen = kartedit("publish", db, "--edition", "bergen", "--check", "--include-drafts")[1]
    assert "local fact" not in bergen
    site = tmp_path / "site"
    code, _, _ = kartedit(
        "publish", db, "--edition", "bergen", "--include-drafts", "-o", str(site),
        "--author", "Kari (Vestland)",
    )  # fmt: skip
    assert code == 0
    page = (site / "forlop" / "angst.html").read_text(encoding="utf-8")
    assert "Telefontid for fastleger: hverdager kl. 09.00–11.00." in page
    assert "{{lokal:" not in page


# -- an adaptation that only adds contact details becomes a fact -------------------------


def test_adaptations_that_differ_in_practice_are_not_proposed(workspace: Workspace) -> None:
    assert proposals(workspace, "bergen") == []  # Bergen's three left differ in practice
    assert proposals(workspace, "voss") == []


def test_a_contact_line_is_proposed_and_accepting_moves_it_into_a_fact(
    workspace: Workspace,
) -> None:
    school = SectionRef.parse("angst/skole/role")
    Editions(workspace).adapt(school, "voss", NINA)
    regional = workspace.section(school).text
    local = regional + "\nKontaktperson: rektor Kari Nordbø, tlf. 56 51 00 00.\n"
    workspace.save(school, local, NINA, edition="voss")
    [proposal] = proposals(workspace, "voss")
    assert proposal.ref == school and proposal.kind.slug == "kontaktperson"
    assert proposal.value == "rektor Kari Nordbø, tlf. 56 51 00 00."
    assert "Kontaktperson: {{lokal:kontaktperson}}" in proposal.proposed_regional
    assert workspace.section(school, "voss").text == local  # proposing changes nothing

    code, out, _ = kartedit("facts", str(workspace.path), "--edition", "voss", "--propose")
    assert code == 0 and out.startswith("angst/skole/role\tfact «Kontaktperson»")
    accept_proposal(workspace, proposal, KARI, value="rektor Kari Nordbø, 56 51 00 00")
    assert "{{lokal:kontaktperson}}" in workspace.section(school).text
    assert workspace.section(school, "voss").inherited
    shown = kartedit("show", str(workspace.path), "angst", "skole", "role", "--edition", "voss")
    assert "Kontaktperson: rektor Kari Nordbø, 56 51 00 00" in shown[1]
    bergen = kartedit("show", str(workspace.path), "angst", "skole", "role", "--edition", "bergen")
    assert "[lokal opplysning mangler: Kontaktperson]" in bergen[1]
    assert [n.key.kind for n in Facts(workspace).missing("bergen")] == ["kontaktperson"]
    history = kartedit(
        "--language", "nn", "facts", str(workspace.path), "--edition", "voss",
        "--history", "skole", "kontaktperson",
    )[1]  # fmt: skip
    assert history.rstrip("\n").endswith("\tFlytta frå den lokale tilpassinga av angst/skole/role")
    [note] = [r.message for r in workspace.history(school) if r.message and "fact" in r.message]
    assert json.loads(note) == {
        "event": "refers_to_fact",
        "fact": "Kontaktperson",
        "edition": "voss",
    }


def test_fact_refusals_and_lines_are_said_in_bokmal_and_nynorsk(demo_db: Path) -> None:
    db = str(demo_db)
    kartedit("facts", db, "--add-kind", "telefon", "phone", "Inntaksteam — telefon")
    setting = ("facts", db, "--edition", "voss", "--set", "fastlege", "telefon")
    code, _, err = kartedit("--language", "nb", *setting, "12 34", "--author", "P")
    assert code == 1 and "«12 34» er ikke et norsk telefonnummer: skriv 8 sifre" in err
    code, _, err = kartedit("--language", "nn", *setting, "12 34", "--author", "P")
    assert code == 1 and "«12 34» er ikkje eit norsk telefonnummer: skriv 8 siffer" in err
    code, out, _ = kartedit("--language", "nn", *setting, "55556666", "--author", "P")
    assert (code, out) == (0, "fastlege telefon: sett til «55 55 66 66» i «voss».\n")
    code, out, _ = kartedit(
        "--language", "nb", "facts", db, "--edition", "voss", "--format", "json"
    )
    assert code == 0 and json.loads(out)[0]["value"] is None  # records are not translated


def test_accepting_refuses_a_regional_text_without_the_placeholder(
    workspace: Workspace,
) -> None:
    school = SectionRef.parse("angst/skole/role")
    Editions(workspace).adapt(school, "voss", NINA)
    local = workspace.section(school).text + "\nTelefontid kvardagar kl. 08.00–09.00.\n"
    workspace.save(school, local, NINA, edition="voss")
    [proposal] = proposals(workspace, "voss")
    assert proposal.kind.slug == "inntaksteam"  # an hours fact the map has
    before = workspace.section(school).text
    with pytest.raises(UserError, match="does not refer to"):
        accept_proposal(workspace, proposal, KARI, regional_text=before)
    assert workspace.section(school).text == before
    assert not workspace.section(school, "voss").inherited
    assert Facts(workspace).values("voss") == {}


def test_an_older_database_gets_facts_and_its_bergen_adaptation_becomes_one(
    tmp_path: Path,
) -> None:
    """The demo as it was before local facts (schema 0001): upgraded, its folder has no fact
    keys, and the proposal turns Bergen's intake-team adaptation into a fact."""
    path = tmp_path / "old.sqlite"
    shutil.copy(Path(__file__).parent / "data" / "schema-0001.sqlite", path)
    workspace = Workspace.open(path)
    try:
        assert Facts(workspace).kinds() == []
        export_folder(workspace, tmp_path / "folder")
        manifest = json.loads((tmp_path / "folder" / "manifest.json").read_text("utf-8"))
        assert "fact_kinds" not in manifest and "facts" not in manifest
        [proposal] = [p for p in proposals(workspace, "bergen") if p.ref == REFERRAL]
        assert (proposal.kind.type, proposal.value) == (
            FactType.HOURS,
            "hverdager kl. 09.00–11.00",
        )
        assert proposal.new_kind and proposal.changes_regional
        stale_before = [s.override.ref for s in Editions(workspace).stale("bergen")]
        accept_proposal(workspace, proposal, KARI)
        stale_after = [s.override.ref for s in Editions(workspace).stale("bergen")]
        assert REFERRAL in stale_before and REFERRAL not in stale_after
        assert len(stale_after) == len(stale_before) - 1
        shown = (
            Facts(workspace)
            .context("bergen")
            .fill(workspace.section(REFERRAL, "bergen").text, REFERRAL)
        )
        assert "hverdager kl. 09.00–11.00" in shown and "{{" not in shown
    finally:
        workspace.close()
