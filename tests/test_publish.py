"""Publishing: versioned publications of approved texts, the static website, drafts, nynorsk,
«what changed» and «Sist oppdatert», and the pre-publish check on the command line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kartedit.cli.main import run
from kartedit.domain.errors import UserError
from kartedit.domain.publishing import Version
from kartedit.domain.sections import SectionRef, Status
from kartedit.services.publish.publisher import Publisher
from kartedit.services.workspace import Workspace
from tests.publish_support import COORDINATOR, DailyClock, approve_change


@pytest.fixture
def daily(demo_db: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(demo_db, clock=DailyClock())
    yield workspace
    workspace.close()


def _approved_keys(workspace: Workspace) -> list[str]:
    return sorted(
        c.ref.key
        for c in Publisher(workspace).candidates("regional", include_drafts=False)
        if c.revision_id
    )


def _page(folder: Path, path: str) -> str:
    return (folder / path).read_text(encoding="utf-8")


def _updated(page: str) -> str:
    found = re.search(r'Sist oppdatert: <time datetime="([0-9-]+)"', page)
    assert found, "the page says when it was last updated"
    return found.group(1)


def test_default_publishes_only_approved_texts_and_records_them(
    daily: Workspace, tmp_path: Path
) -> None:
    approved = _approved_keys(daily)
    assert len(approved) == 19
    result = Publisher(daily).publish(
        "regional", "html", tmp_path / "site", author=COORDINATOR, note="Første versjon"
    )
    assert result.publication.version == Version(1, 0)
    assert sorted(r.key for r in result.publication.revisions) == approved
    assert all(r.approved for r in result.publication.revisions)
    site = tmp_path / "site"
    index = _page(site, "index.html")
    assert '<html lang="nb">' in index
    assert "Utkast" not in index
    pathway = _page(site, "forlop/angst.html")
    assert "Hvem gjør hva" in pathway and "<details>" in pathway
    draft_only = SectionRef.parse("angst/skole/role")
    assert draft_only.key not in approved
    assert Publisher(daily).publications("regional")[0].note == "Første versjon"
    marker = json.loads(_page(site, "publisering.json"))
    assert marker["version"] == "1.0" and marker["drafts"] is False


def test_an_approved_change_shows_on_what_changed_and_only_its_pages_get_a_new_date(
    daily: Workspace, tmp_path: Path
) -> None:
    daily.set_status(SectionRef.parse("depresjon/fastlege/role"), Status.APPROVED, COORDINATOR)
    publisher = Publisher(daily)
    first = publisher.publish("regional", "html", tmp_path / "v1", author=COORDINATOR)
    key = next(k for k in _approved_keys(daily) if k.startswith("angst/"))
    ref = SectionRef.parse(key)
    approve_change(daily, key, daily.section(ref).text + "\n\nNytt avsnitt om oppfølging.")
    second = publisher.publish("regional", "html", tmp_path / "v2", author=COORDINATOR)
    assert second.publication.version == Version(1, 1)
    assert [c.ref.key for c in second.published.changes] == [key]

    changes = _page(tmp_path / "v2", "endringer.html")
    assert "Endringer siden versjon 1.0" in changes
    listed = changes.split('<table class="endringar">')[1].split("</table>")[0]
    assert listed.count("<tr><td>") == 1
    assert "Nytt avsnitt" in _page(tmp_path / "v2", "forlop/angst.html")

    old_day = first.publication.created.strftime("%Y-%m-%d")
    new_day = second.publication.created.strftime("%Y-%m-%d")
    assert old_day != new_day
    assert _updated(_page(tmp_path / "v2", "forlop/angst.html")) == new_day
    others = {k.split("/")[0] for k in _approved_keys(daily)} - {ref.pathway}
    assert others, "the demo has approved texts in more than one pathway"
    for pathway in others:
        assert _updated(_page(tmp_path / "v2", f"forlop/{pathway}.html")) == old_day
    assert _updated(_page(tmp_path / "v2", f"tjenester/{ref.service}.html")) == new_day


def test_a_reopened_section_keeps_publishing_its_last_approved_revision(
    daily: Workspace, tmp_path: Path
) -> None:
    key = "habilitering/ppt/role"
    ref = SectionRef.parse(key)
    approved_text = daily.section(ref).text
    daily.set_status(ref, Status.APPROVED, COORDINATOR)
    daily.set_status(ref, Status.DRAFT, COORDINATOR)
    daily.save(ref, "Halvferdig omskriving TODO", COORDINATOR)
    result = Publisher(daily).publish("regional", "html", tmp_path / "s", author=COORDINATOR)
    page = _page(tmp_path / "s", f"forlop/{ref.pathway}.html")
    assert "Halvferdig" not in page
    assert approved_text.split()[0] in page
    assert key in {r.key for r in result.publication.revisions}


def test_include_drafts_makes_a_marked_draft_edition(daily: Workspace, tmp_path: Path) -> None:
    result = Publisher(daily).publish(
        "regional", "html", tmp_path / "u", author=COORDINATOR, include_drafts=True
    )
    assert result.publication.drafts
    assert len(result.publication.revisions) == 150
    page = _page(tmp_path / "u", "forlop/angst.html")
    assert "Dette er et utkast" in page
    assert '<p class="utkast-etikett">Utkast</p>' in page
    assert '<p class="utkast-etikett">Høringsutkast</p>' in _page(tmp_path / "u", "index.html") or (
        any(
            "Høringsutkast" in _page(tmp_path / "u", f"forlop/{p}.html")
            for p in ("angst", "depresjon", "habilitering")
        )
    )


def test_a_nynorsk_edition_speaks_nynorsk_and_marks_local_adaptations(
    daily: Workspace, tmp_path: Path
) -> None:
    Publisher(daily).publish(
        "voss", "html", tmp_path / "voss", author=COORDINATOR, include_drafts=True
    )
    site = tmp_path / "voss"
    pathway = _page(site, "forlop/angst.html")
    assert '<html lang="nn">' in pathway
    assert "Kven gjer kva" in pathway and "Vidare tilvising" in pathway
    assert "Hvem gjør hva" not in pathway
    assert "Lokal tilpassing for Voss herad" in pathway
    assert (site / "tenester" / "fastlege.html").is_file()
    assert (site / "endringar.html").is_file()


def test_the_footer_names_the_organisation_only_when_it_is_not_the_editions_name(
    daily: Workspace, tmp_path: Path
) -> None:
    """Voss herad is both the edition and its organisation: its footer names it once."""
    for edition in ("voss", "regional"):
        Publisher(daily).publish(edition, "html", tmp_path / edition, author=COORDINATOR)
    voss = _page(tmp_path / "voss", "index.html").split("<footer")[1]
    assert "Vestland (demo) · Voss herad</p>" in voss
    assert voss.count("Voss herad") == 1
    regional = _page(tmp_path / "regional", "index.html").split("<footer")[1]
    assert "Vestland (demo) · Regional tekst · Helsefellesskapet Bergen</p>" in regional


def test_a_regional_text_in_bokmal_is_marked_as_such_on_a_nynorsk_page(
    daily: Workspace, tmp_path: Path
) -> None:
    """Voss publishes in nynorsk; the regional texts it inherits are bokmål, and a screen
    reader must read them so (WCAG 3.1.2): lang="nb" on those texts, none on Voss's own."""
    from kartedit.services.publish.pdf import pdf_html

    result = Publisher(daily).publish(
        "voss", "html", tmp_path / "voss", author=COORDINATOR, include_drafts=True
    )
    page = _page(tmp_path / "voss", "forlop/angst.html")
    assert '<html lang="nn">' in page
    inherited = page.split('id="fastlege-tilvising"')[1].split("</section>")[0]
    assert '<div class="tekst" lang="nb">' in inherited
    own = page.split('id="helsestasjon-rolle"')[1].split("</section>")[0]
    assert "Lokal tilpassing for Voss herad" in own and "lang=" not in own
    assert '<div class="tekst" lang="nb"><p>Henvis til' in pdf_html(result.published)
    Publisher(daily).publish("regional", "html", tmp_path / "regional", author=COORDINATOR)
    regional = _page(tmp_path / "regional", "forlop/angst.html")
    assert regional.count(" lang=") == 1  # the page's own: every text is in its standard


def test_the_search_index_is_prebuilt_and_the_site_needs_nothing_from_outside(
    daily: Workspace, tmp_path: Path
) -> None:
    Publisher(daily).publish(
        "bergen", "html", tmp_path / "b", author=COORDINATOR, include_drafts=True
    )
    site = tmp_path / "b"
    index = json.loads(_page(site, "sokeindeks.json"))
    assert any("inntaksteam" in entry["x"] for entry in index)
    assert _page(site, "sokeindeks.js").startswith("window.kartSok = ")
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r'(?:src|href)="(?:https?:)?//', text.split("<main", 1)[0]), page
        assert 'src="http' not in text


def test_hostile_markdown_is_sanitised_on_the_site(daily: Workspace, tmp_path: Path) -> None:
    ref = SectionRef.parse("angst/skole/role")
    daily.save(
        ref,
        '<script>alert(1)</script> [x](javascript:alert(2)) <img src="http://evil/x.png">',
        COORDINATOR,
    )
    Publisher(daily).publish(
        "regional", "html", tmp_path / "h", author=COORDINATOR, include_drafts=True
    )
    page = _page(tmp_path / "h", "forlop/angst.html")
    assert "<script>alert" not in page
    assert "javascript:" not in page
    assert "<img" not in page


def test_versions_are_checked(daily: Workspace, tmp_path: Path) -> None:
    publisher = Publisher(daily)
    publisher.publish("regional", "html", tmp_path / "a", author=COORDINATOR, version=Version(2, 0))
    again = publisher.publish("regional", "html", tmp_path / "b", author=COORDINATOR)
    assert again.reused and again.publication.version == Version(2, 0)
    with pytest.raises(UserError, match="older than the latest"):
        publisher.publish(
            "regional",
            "html",
            tmp_path / "c",
            author=COORDINATOR,
            version=Version(1, 5),
            include_drafts=True,
        )
    with pytest.raises(UserError, match="other texts"):
        publisher.publish(
            "regional",
            "html",
            tmp_path / "d",
            author=COORDINATOR,
            version=Version(2, 0),
            include_drafts=True,
        )
    assert len(publisher.publications("regional")) == 1


def test_a_folder_with_other_files_is_refused(daily: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notat.txt").write_text("mitt")
    with pytest.raises(UserError, match="holds other files"):
        Publisher(daily).publish("regional", "html", folder, author=COORDINATOR)
    assert (folder / "notat.txt").read_text() == "mitt"
    assert Publisher(daily).publications("regional") == []


def test_publish_check_names_the_section_with_a_placeholder(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KARTEDIT_AUTHOR", "Kari Koordinator (Helse Bergen)")
    text_file = demo_db.parent / "tekst.md"
    text_file.write_text("Se skjemaet (link) og [BUP](angst/bup) og [feil](angst/ingen).\n")
    assert run(["save", str(demo_db), "depresjon", "nav", "role", "-f", str(text_file)]) == 0
    capsys.readouterr()
    assert run(["publish", str(demo_db), "--check"]) == 1
    out = capsys.readouterr().out
    assert "depresjon/nav/role: placeholder left in the text: «(link)»" in out
    assert "depresjon/nav/role: the link «angst/ingen» points nowhere" in out
    assert "angst/bup»" not in out
    assert "not approved" in out


def test_publish_on_the_command_line(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KARTEDIT_AUTHOR", "Kari Koordinator (Helse Bergen)")
    out = tmp_path / "nett"
    code = run(
        [
            "publish",
            str(demo_db),
            "--edition",
            "regional",
            "--format",
            "html",
            "-o",
            str(out),
            "--version",
            "1.0",
            "--note",
            "Første",
        ]
    )
    assert code == 0
    assert "Published version 1.0 of «regional»: 19 sections" in capsys.readouterr().out
    assert (out / "index.html").is_file()
    assert run(["publish", str(demo_db), "--version", "x"]) == 1


ENGLISH = re.compile(
    r"\b(role|assessment|intervention|evaluation|collaboration|referral|draft|version|"
    r"search|updated|changes?|published|service|pathway|skip|contents|page|local)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("edition", ["regional", "voss"])
def test_no_english_words_in_the_published_pages(
    daily: Workspace, tmp_path: Path, edition: str
) -> None:
    from kartedit.text.markdown_html import plain_words

    Publisher(daily).publish(
        edition, "html", tmp_path / edition, author=COORDINATOR, include_drafts=True
    )
    for page in (tmp_path / edition).rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        visible = plain_words(re.sub(r"<(script|style)[^>]*>.*?</\1>", "", text, flags=re.S))
        attributes = " ".join(re.findall(r'(?:aria-label|title|id|href)="([^"]*)"', text))
        assert not ENGLISH.findall(visible), page
        assert not ENGLISH.findall(attributes.replace("-", " ").replace("/", " ")), page


def test_internal_links_lead_to_the_page_and_section_they_name(
    daily: Workspace, tmp_path: Path
) -> None:
    from kartedit.services.publish.pdf import pdf_html

    ref = SectionRef.parse("angst/skole/role")
    daily.save(
        ref,
        "Se [BUP](angst/bup) og [tilvisinga](depresjon/fastlege/referral) og "
        "[forløpet](habilitering).",
        COORDINATOR,
    )
    result = Publisher(daily).publish(
        "voss", "html", tmp_path / "v", author=COORDINATOR, include_drafts=True
    )
    page = _page(tmp_path / "v", "forlop/angst.html")
    assert 'href="../forlop/angst.html#bup"' in page
    assert 'href="../forlop/depresjon.html#fastlege-tilvising"' in page
    assert 'href="../forlop/habilitering.html"' in page
    assert 'id="fastlege-tilvising"' in _page(tmp_path / "v", "forlop/depresjon.html")
    assert "kart.invalid" not in page
    assert 'href="#f-angst-bup"' in pdf_html(result.published)


def test_an_imported_approved_text_reopened_after_publishing_stays_published(
    daily: Workspace, tmp_path: Path
) -> None:
    """The demo's approved texts came with the map: no approval is recorded in this database,
    so the last publication says which revision was the approved one."""
    key = _approved_keys(daily)[0]
    ref = SectionRef.parse(key)
    approved_text = daily.section(ref).text
    publisher = Publisher(daily)
    publisher.publish("regional", "html", tmp_path / "v1", author=COORDINATOR)
    daily.set_status(ref, Status.DRAFT, COORDINATOR)
    daily.save(ref, "Halvferdig omskriving", COORDINATOR)
    second = publisher.publish("regional", "html", tmp_path / "v2", author=COORDINATOR)
    assert second.reused  # the same texts as version 1.0
    page = _page(tmp_path / "v2", f"forlop/{ref.pathway}.html")
    assert "Halvferdig" not in page
    assert approved_text.split()[0] in page


def test_texts_in_an_open_hearing_round_are_marked_as_hearing_drafts(
    daily: Workspace, tmp_path: Path
) -> None:
    from datetime import date

    from kartedit.services.rounds import start_round

    start_round(
        daily,
        name="Høring depresjon",
        deadline=date(2027, 1, 15),
        author=COORDINATOR,
        pathways=["depresjon"],
    )
    result = Publisher(daily).publish(
        "regional", "html", tmp_path / "h", author=COORDINATOR, include_drafts=True
    )
    page = _page(tmp_path / "h", "forlop/depresjon.html")
    assert '<p class="utkast-etikett">Høringsutkast</p>' in page
    assert '<p class="utkast-etikett">Utkast</p>' not in page
    assert result.publication.drafts


def test_what_changed_since_an_asked_version_and_the_list_of_versions(
    daily: Workspace, tmp_path: Path
) -> None:
    publisher = Publisher(daily)
    publisher.publish("regional", "html", tmp_path / "a", author=COORDINATOR, note="Første")
    keys = [k for k in _approved_keys(daily) if k.startswith("angst/")][:2]
    for number, key in enumerate(keys):
        ref = SectionRef.parse(key)
        approve_change(daily, key, daily.section(ref).text + f"\n\nTillegg {number}.")
        publisher.publish("regional", "html", tmp_path / "a", author=COORDINATOR)
    latest = publisher.publish(
        "regional", "html", tmp_path / "a", author=COORDINATOR, since=Version(1, 0)
    )
    assert latest.reused and latest.publication.version == Version(1, 2)
    assert sorted(c.ref.key for c in latest.published.changes) == sorted(keys)
    changes = _page(tmp_path / "a", "endringer.html")
    assert "Endringer siden versjon 1.0" in changes
    assert "Publiserte versjoner" in changes and "Første" in changes
    with pytest.raises(UserError, match=r"No earlier version 0\.9"):
        publisher.publish(
            "regional", "html", tmp_path / "a", author=COORDINATOR, since=Version(0, 9)
        )


def test_an_editions_written_standard_is_set_and_survives_the_folder_form(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["language", str(demo_db), "bergen", "nn"]) == 0
    assert "«bergen» is published in nynorsk." in capsys.readouterr().out
    assert run(["export-folder", str(demo_db), str(tmp_path / "kart")]) == 0
    manifest = json.loads((tmp_path / "kart" / "manifest.json").read_text(encoding="utf-8"))
    languages = {e["slug"]: e.get("language", "nb") for e in manifest["editions"]}
    assert languages == {"regional": "nb", "bergen": "nn", "voss": "nn"}
    assert run(["init", str(tmp_path / "ny.sqlite")]) == 0
    assert run(["import-folder", str(tmp_path / "ny.sqlite"), str(tmp_path / "kart")]) == 0
    workspace = Workspace.open(tmp_path / "ny.sqlite")
    try:
        result = Publisher(workspace).publish(
            "bergen", "html", tmp_path / "b", author=COORDINATOR, include_drafts=True
        )
    finally:
        workspace.close()
    assert result.published.words.language == "nn"
    assert '<html lang="nn">' in _page(tmp_path / "b", "index.html")
    with pytest.raises(SystemExit):
        run(["language", str(demo_db), "bergen", "sv"])
