"""Pathway-level texts (introduction, for children, young people and parents): sections of
the pathway itself — revisioned, adapted per edition, searchable, in the folder form and
bundles, heard like any section, and opening the published pathway page."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from kartedit.bundle.mapfiles import content_to_files
from kartedit.bundle.schemas import parse_json
from kartedit.domain.errors import UserError
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionKind, SectionRef, Status
from kartedit.services.approved import apply_approved_bundle, export_approved_bundle
from kartedit.services.decisions import Accepted, Decisions
from kartedit.services.folders import export_folder, import_demo, import_folder, read_folder
from kartedit.services.hearing_document import export_hearing_document
from kartedit.services.merknad_document import summary_docx
from kartedit.services.publish.publisher import Publisher
from kartedit.services.response_import import import_responses
from kartedit.services.review import ReviewSession
from kartedit.services.rounds import start_round
from kartedit.services.summary import hearing_summary
from kartedit.services.summary_render import summary_html
from kartedit.services.workspace import Workspace
from tests.bundle_support import KARI, entries, make_review_bundle, manifest_of
from tests.cli_support import fails, ok
from tests.conftest import FixedClock
from tests.publish_support import COORDINATOR, DailyClock, approve_change
from tests.response_support import OLA

INTRO = SectionRef.parse("angst/introduction")
FAMILIES = SectionRef.of_pathway("depresjon", SectionKind.FAMILIES)
"""A draft in the demo, so it can be edited."""
NINA = Author("Nina Berg", "Bergen kommune")
DEMO = Path(__file__).parents[1] / "resources" / "demo"


def test_the_demo_opens_every_pathway_with_its_own_texts(workspace: Workspace) -> None:
    for pathway in ("angst", "depresjon", "habilitering"):
        intro = workspace.section(SectionRef.parse(f"{pathway}/introduction"))
        families = workspace.section(SectionRef.parse(f"{pathway}/families"))
        assert "## Når skal man være bekymret?" in intro.text or pathway == "angst"
        assert intro.text.strip() and families.text.strip()
    assert "Spesialisthelsetjenesten" in workspace.section(INTRO).text
    assert len(workspace.history(INTRO)) == 2
    assert workspace.section(INTRO).status is Status.APPROVED
    bergen = workspace.section(INTRO, "bergen")
    assert not bergen.inherited and "inntaksteamet" in bergen.text
    voss = workspace.section(INTRO, "voss")
    assert voss.inherited and voss.text == workspace.section(INTRO).text


def test_a_pathway_text_is_revisioned_adapted_and_goes_stale_like_a_section(
    workspace: Workspace,
) -> None:
    first = workspace.save(FAMILIES, "Til foreldre: snakk med barnet.", KARI, message="Kortare")
    assert first is not None
    assert workspace.history(FAMILIES)[0].message == "Kortare"
    workspace.save(FAMILIES, "Til foreldre i Voss: ring helsestasjonen.", NINA, edition="voss")
    assert not workspace.section(FAMILIES, "voss").stale
    workspace.save(FAMILIES, "Til foreldre: snakk med barnet i dag.", KARI)
    local = workspace.section(FAMILIES, "voss")
    assert local.stale and local.text == "Til foreldre i Voss: ring helsestasjonen."
    stale = {s.ref for s in workspace.section_states("depresjon", "voss") if s.stale}
    assert FAMILIES in stale
    restored = workspace.restore(FAMILIES, first.id, KARI)
    assert restored is not None and workspace.section(FAMILIES).text == first.text


def test_pathway_texts_are_found_by_search_in_the_edition_that_shows_them(
    workspace: Workspace,
) -> None:
    hits = workspace.search("fordeler saken bydelen", "bergen")
    assert [h.ref for h in hits] == [INTRO]
    assert hits[0].pathway_name == "Angst hos barn og unge" and hits[0].service_name == ""
    assert workspace.search("fordeler saken bydelen") == []
    assert INTRO in {h.ref for h in workspace.search("varseltegn")}


def test_the_folder_form_carries_pathway_texts_and_old_folders_still_import(
    workspace: Workspace, tmp_path: Path
) -> None:
    export_folder(workspace, tmp_path / "kart")
    assert (tmp_path / "kart/texts/regional/angst/introduction.md").is_file()
    assert (tmp_path / "kart/history/regional/angst/introduction/1.md").is_file()
    assert (tmp_path / "kart/texts/bergen/angst/introduction.md").is_file()
    manifest = json.loads((tmp_path / "kart/manifest.json").read_text(encoding="utf-8"))
    assert manifest["schema_version"] == 2
    assert {"angst/introduction", "angst/families"} <= {s["key"] for s in manifest["sections"]}

    # A folder without pathway texts is still written, and read, as version 1.
    content = read_folder(DEMO)
    older = type(content)(
        content.map,
        content.services,
        content.pathways,
        content.editions,
        tuple(s for s in content.sections if not s.ref.is_pathway_level),
    )
    files = content_to_files(older)
    assert parse_json(files["manifest.json"], "m")["schema_version"] == 1
    folder = tmp_path / "gammal"
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    with Workspace.create(tmp_path / "ny.sqlite") as fresh:
        counts = import_folder(fresh, folder)
        assert counts.sections == len(older.sections)
        assert fresh.section(INTRO).text == ""
        assert fresh.section(SectionRef.parse("angst/bup/role")).text


def test_a_pathway_text_under_a_service_is_refused_in_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "kart"
    for name, data in content_to_files(read_folder(DEMO)).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["sections"][0]["key"] = "angst/bup/introduction"
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(UserError, match="manifest is not valid"):
        read_folder(folder)


def test_a_round_on_a_pathway_sends_its_texts_and_takes_comments_on_them(
    workspace: Workspace, tmp_path: Path
) -> None:
    review = tmp_path / "runde.kartbundle"
    hearing, manifest = make_review_bundle(workspace, review, services=[])
    keys = [s.ref.key for s in manifest.sections]
    assert keys[:2] == ["angst/introduction", "angst/families"]
    files = entries(review)
    assert manifest_of(files)["schema_version"] == 2
    assert "texts/regional/angst/introduction.md" in files
    assert "Innledning" in files["index.html"].decode()

    session = ReviewSession.open(review, clock=FixedClock(), work_dir=tmp_path / "ola")
    quote = "når angsten gir betydelig funksjonsfall"
    comment = session.add_comment(INTRO, *session.locate(INTRO, quote), "Nemn skulen.", OLA)
    phrase = "Fastlegen henviser."
    suggestion = session.add_suggestion(
        INTRO, *session.locate(INTRO, phrase), "Fastlegen eller legevakta henviser.", OLA
    )
    session.export_response(tmp_path / "svar.kartbundle", OLA)
    assert (
        parse_json(entries(tmp_path / "svar.kartbundle")["comments.json"], "c")["schema_version"]
        == 2
    )
    report = import_responses(workspace, [tmp_path / "svar.kartbundle"])
    assert report.all_imported

    decisions = Decisions(workspace)
    listed = decisions.comments(hearing.id)
    assert {c.id for c in listed if c.section == INTRO} == {comment.id, suggestion.id}
    assert isinstance(decisions.accept(suggestion.id, KARI), Accepted)
    assert "Fastlegen eller legevakta henviser." in workspace.section(INTRO).text
    overview = {o.ref: o for o in decisions.sections(hearing.id)}
    assert overview[INTRO].comments == 2

    # The summary names the pathway where a service would stand.
    summary = hearing_summary(workspace, hearing.id)
    assert [s.place for s in summary.sections if s.ref == INTRO] == ["Angst hos barn og unge"]
    html = summary_html(summary).decode()
    assert "<h2>Angst hos barn og unge</h2>\n<h3>Innledning</h3>" in html
    assert "Angst hos barn og unge: Innledning" in _docx_text(summary_docx(summary))

    # Approved, exported and applied elsewhere: Bergen's adaptation goes stale there.
    decisions.resolve(comment.id, KARI)
    assert decisions.approve_section(hearing.id, INTRO, KARI)
    export_approved_bundle(workspace, hearing.id, tmp_path / "godkjent.kartbundle")
    with Workspace.create(tmp_path / "kommune.sqlite") as elsewhere:
        import_demo(elsewhere)
        assert not elsewhere.section(INTRO, "bergen").stale
        report = apply_approved_bundle(elsewhere, tmp_path / "godkjent.kartbundle")
        applied = {s.ref: s for s in report.updated}
        assert applied[INTRO].stale == ("bergen",)
        assert "legevakta" in elsewhere.section(INTRO).text
        assert elsewhere.section(INTRO, "bergen").stale


def _docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)


def test_a_round_on_services_alone_leaves_the_pathway_texts_out(
    workspace: Workspace, tmp_path: Path
) -> None:
    _, manifest = make_review_bundle(workspace, tmp_path / "r.kartbundle")
    assert not any(s.ref.is_pathway_level for s in manifest.sections)
    assert manifest_of(entries(tmp_path / "r.kartbundle"))["schema_version"] == 1


def test_the_word_hearing_document_holds_the_pathway_texts_first(
    workspace: Workspace, tmp_path: Path
) -> None:
    hearing = start_round(
        workspace,
        name="Høring angst",
        deadline=date(2027, 1, 15),
        author=KARI,
        pathways=["angst"],
        sections=[INTRO, SectionRef.parse("angst/bup/role")],
    )
    path = tmp_path / "høring.docx"
    export_hearing_document(workspace, hearing.id, path)
    headings = [
        p.text for p in Document(str(path)).paragraphs if p.style.name.startswith("Heading")
    ]
    at = headings.index("Angst hos barn og unge", 2)
    assert headings[at + 1] == "Innledning"
    bup = headings.index("Barne- og ungdomspsykiatrisk poliklinikk (BUP)", at)
    assert "Når skal man være bekymret?" in headings[at + 2 : bup]
    assert headings[bup + 1] == "Rolle"


def test_the_published_pathway_page_opens_with_its_own_texts(
    workspace: Workspace, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    result = Publisher(workspace).publish(
        "bergen", "html", site, author=COORDINATOR, include_drafts=True
    )
    assert {"angst/introduction", "angst/families"} <= {r.key for r in result.publication.revisions}
    page = (site / "forlop/angst.html").read_text(encoding="utf-8")
    intro, families, who = (
        page.index('id="innledning-t"'),
        page.index('id="barn-unge-og-foreldre-t"'),
        page.index("Hvem gjør hva"),
    )
    assert intro < families < who
    assert "inntaksteamet for psykisk helse" in page[intro:families]
    assert 'class="del forlopstekst lokal' in page  # Bergen's own introduction is marked
    # the text's own «##» headings sit below the page's h2
    assert "<h3>Når skal man være bekymret?</h3>" in page
    # the front page says in a line what each pathway is about: its introduction's opening
    front = (site / "index.html").read_text(encoding="utf-8")
    assert '<p class="ingress-kort">Angst er en av de vanligste psykiske plagene' in front
    assert all(len(p.ingress) <= 162 and p.ingress for p in result.published.pathways)
    index = json.loads((site / "sokeindeks.json").read_text(encoding="utf-8"))
    found = [e for e in index if e["u"] == "forlop/angst.html#innledning"]
    assert len(found) == 1 and "inntaksteamet" in found[0]["x"]


def test_the_published_word_document_has_the_pathway_texts_as_headings(
    workspace: Workspace, tmp_path: Path
) -> None:
    result = Publisher(workspace).publish(
        "regional", "docx", tmp_path / "kart.docx", author=COORDINATOR, pathway="angst"
    )
    document = Document(str(result.path))
    headings = [(p.style.name, p.text) for p in document.paragraphs if "Heading" in p.style.name]
    at = headings.index(("Heading 1", "Angst hos barn og unge"))
    assert headings[at + 1 : at + 4] == [
        ("Heading 2", "Innledning"),
        ("Heading 3", "Når skal man være bekymret?"),
        ("Heading 3", "Hvem har ansvaret?"),
    ]
    assert ("Heading 2", "Til barn, unge og foreldre") in headings


def test_the_command_line_names_a_pathway_text_without_a_service(demo_db: Path) -> None:
    db = str(demo_db)
    assert ok("show", db, "angst", "introduction").startswith("Angst er en av de vanligste")
    assert "inntaksteamet" in ok("show", db, "angst", "introduction", "--edition", "bergen")
    ok("save", db, "depresjon", "families", "--author", "Kari (BUP)", stdin="Ny tekst.\n")
    assert ok("show", db, "depresjon", "families") == "Ny tekst.\n"
    assert "Name the service too" in fails("show", db, "angst", "role")
    assert "text of the pathway itself" in fails("show", db, "angst", "bup", "introduction")
    assert "angst\t\tintroduction" in ok("search", db, "varseltegn")


def test_a_service_named_without_its_kind_is_told_to_name_the_kind(demo_db: Path) -> None:
    """«angst fastlege» forgot the kind: not «Unknown section kind «fastlege»», but how to
    name a section."""
    db = str(demo_db)
    said = fails("show", db, "angst", "fastlege")
    assert said.startswith("kartedit: «fastlege» is not a section kind. Name a service's")
    assert "PATHWAY SERVICE KIND (KIND is one of role, assessment," in said
    nynorsk = fails("--language", "nn", "history", db, "angst", "fastlege")
    assert "«fastlege» er ikkje ein seksjonstype" in nynorsk and "FORLØP TENESTE TYPE" in nynorsk
    assert "Unknown section kind" in fails("show", db, "angst", "fastlege", "rolle")


@pytest.mark.parametrize(
    ("language", "no_service", "not_of_a_service"),
    [
        ("nb", "Oppgi tjenesten også", "er en tekst for selve forløpet, ikke for en tjeneste"),
        ("nn", "Oppgi tenesta òg", "er ein tekst for sjølve forløpet, ikkje for ei teneste"),
    ],
)
def test_the_command_line_refuses_a_misnamed_pathway_text_in_norwegian(
    demo_db: Path, language: str, no_service: str, not_of_a_service: str
) -> None:
    db = str(demo_db)
    assert no_service in fails("--language", language, "show", db, "angst", "role")
    refused = fails("--language", language, "show", db, "angst", "bup", "introduction")
    assert not_of_a_service in refused
    assert "angst/introduction" in refused
    assert "FORLØP/introduction" in fails(
        "--language",
        language,
        "round",
        "start",
        db,
        "--name",
        "x",
        "--deadline",
        "2027-01-01",
        "--section",
        "angst",
    )


def test_the_window_lists_the_pathway_texts_first_and_opens_them_in_the_editor(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kartedit.gui.writer.map_model import Node
    from tests.conftest import type_text

    window.tree.load("depresjon")
    model = window.tree.model
    pathway = model.pathway_index("depresjon")
    rows = [model.index(row, 0, pathway) for row in range(model.rowCount(pathway))]
    assert [model.ref_at(i) for i in rows[:2]] == [
        SectionRef.parse("depresjon/introduction"),
        FAMILIES,
    ]
    assert [i.data() for i in rows[:2]] == [
        "Introduction",
        "For children, young people and parents",
    ]
    assert all(model.node(i) is Node.SERVICE for i in rows[2:])

    window.tree.view.setCurrentIndex(rows[1])
    assert window.current_ref() == FAMILIES
    assert window.editor.text() == window.workspace.section(FAMILIES).text
    assert window.editor.title.text() == "For children, young people and parents"
    assert window.editor.crumbs.text().startswith("Depresjon hos barn og unge  ·  ")
    type_text(qtbot, window, " Ring oss.")
    monkeypatch.setattr(window, "ask_save_message", lambda: "Kontaktinfo")
    window.commands.save.trigger()
    assert window.workspace.section(FAMILIES).text.endswith(" Ring oss.")
    assert window.workspace.history(FAMILIES)[0].message == "Kontaktinfo"


def test_word_comments_and_tracked_changes_on_a_pathway_text_come_back(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests import word_fixtures

    hearing = start_round(
        workspace,
        name="Høring angst",
        deadline=date(2027, 1, 15),
        author=KARI,
        pathways=["angst"],
        sections=[
            INTRO,
            SectionRef.parse("angst/fastlege/role"),
            SectionRef.parse("angst/fastlege/assessment"),
            SectionRef.parse("angst/bup/intervention"),
        ],
    )
    sent = tmp_path / "høring.docx"
    export_hearing_document(workspace, hearing.id, sent)
    monkeypatch.setattr(word_fixtures, "COMMENT_2", ("Ved akutt selvmordsfare", "Nemn legevakta."))
    monkeypatch.setattr(word_fixtures, "REPLACED", ("Fastlegen henviser.", "Fastlegen tilviser."))
    reviewed = word_fixtures.review(sent, tmp_path / "svar.docx", word_style=True)
    report = import_responses(workspace, [reviewed])
    assert report.all_imported
    on_intro = {
        (c.kind.value, c.quote, c.comment.replacement)
        for c in Decisions(workspace).comments(hearing.id, section=INTRO)
    }
    assert ("comment", "Ved akutt selvmordsfare", None) in on_intro
    assert any(kind == "suggestion" and "tilviser" in (r or "") for kind, _, r in on_intro)


def test_a_link_to_a_pathway_text_leads_to_it_on_the_page(
    workspace: Workspace, tmp_path: Path
) -> None:
    from kartedit.services.publish.check import check, internal_targets
    from kartedit.services.publish.pdf import pdf_html

    ref = SectionRef.parse("depresjon/skole/role")
    workspace.save(ref, "Les [innleiinga](angst/introduction) først.", KARI)
    publisher = Publisher(workspace)
    result = publisher.publish(
        "voss", "html", tmp_path / "v", author=COORDINATOR, include_drafts=True
    )
    page = (tmp_path / "v/forlop/depresjon.html").read_text(encoding="utf-8")
    assert 'href="../forlop/angst.html#innleiing"' in page
    assert 'id="innleiing"' in (tmp_path / "v/forlop/angst.html").read_text(encoding="utf-8")
    assert 'href="#f-angst-innleiing"' in pdf_html(result.published)
    assert 'id="f-angst-innleiing"' in pdf_html(result.published)
    structure = [p.pathway for p in result.published.pathways]
    assert "angst/introduction" in internal_targets(structure)
    findings = check(publisher.candidates("voss", include_drafts=True), structure)
    assert not [f for f in findings if f.ref == ref and "link" in f.problem.value]


def test_what_changed_lists_a_changed_pathway_text_under_its_pathway(
    demo_db: Path, tmp_path: Path
) -> None:
    with Workspace.open(demo_db, clock=DailyClock()) as daily:
        publisher = Publisher(daily)
        publisher.publish("regional", "html", tmp_path / "site", author=COORDINATOR)
        approve_change(daily, "angst/introduction", "Angst er vanleg. Snakk med helsestasjonen.")
        result = publisher.publish("regional", "html", tmp_path / "site", author=COORDINATOR)
    [change] = result.published.changes
    assert (change.ref, change.service, change.what) == (INTRO, None, "changed")
    changes = (tmp_path / "site/endringer.html").read_text(encoding="utf-8")
    row = changes[changes.index("<tbody>") : changes.index("</tbody>")]
    assert 'href="forlop/angst.html#innledning">Angst hos barn og unge</a>' in row
    assert "<td>Innledning</td>" in row
    page = (tmp_path / "site/forlop/angst.html").read_text(encoding="utf-8")
    # the page's «Sist oppdatert» follows its introduction to the second publication
    assert _updated_on(page) == result.publication.created.astimezone().strftime("%Y-%m-%d")
    assert result.publication.created.date() != result.published.history[0].created.date()


def _updated_on(page: str) -> str:
    return page.split('Sist oppdatert: <time datetime="', 1)[1][:10]


def test_unsaved_text_of_a_pathway_text_survives_a_crash(tmp_path: Path) -> None:
    from kartedit.services.recovery import RecoveryStore

    store = RecoveryStore(tmp_path / "drafts")
    store.put("bergen", INTRO, "Halvskriven innleiing", None)
    [draft] = RecoveryStore(tmp_path / "drafts").drafts()
    assert (draft.edition, draft.ref, draft.text) == ("bergen", INTRO, "Halvskriven innleiing")


def test_the_hearing_window_lists_a_pathway_text_under_its_pathway(qtbot) -> None:
    from kartedit.gui.hearing.hearing_panes import SectionsList
    from kartedit.services.decisions import SectionOverview
    from kartedit.services.names import MapNames

    role = SectionRef.parse("angst/fastlege/role")
    sections = SectionsList()
    qtbot.addWidget(sections)
    sections.set_sections(
        [
            SectionOverview(INTRO, "regional", Status.IN_HEARING, "a", "a", 1.0, 2, 1),
            SectionOverview(role, "regional", Status.IN_HEARING, "b", "b", 1.0, 0, 0),
        ],
        MapNames({"angst": "Angst hos barn og unge"}, {"fastlege": "Fastlege"}),
    )
    groups = [sections.topLevelItem(i) for i in range(sections.topLevelItemCount())]
    assert [g.text(0) for g in groups[1:]] == ["Angst hos barn og unge", "Fastlege"]
    own = groups[1].child(0)
    assert (own.text(0), own.text(1)) == ("Introduction", "1/2")
    assert groups[1].text(1) == "1"
