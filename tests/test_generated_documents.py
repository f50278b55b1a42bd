"""Generated documents: every HTML comes from templates, in the written standard of the round or
edition it describes, and private persons are named in a summary only with the round's consent."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import date
from importlib.util import find_spec
from pathlib import Path

import docx
import pytest

from kartedit.domain.hearing import is_private_person
from kartedit.domain.people import Author
from kartedit.domain.review import Reviewer
from kartedit.domain.sections import SectionRef, Status
from kartedit.services.approved import export_approved_bundle
from kartedit.services.decisions import Decisions
from kartedit.services.diff_export import diff_html
from kartedit.services.editions import Editions
from kartedit.services.merknad_document import summary_docx
from kartedit.services.publish.publisher import Publisher
from kartedit.services.response_import import import_responses
from kartedit.services.review import ReviewSession
from kartedit.services.rounds import list_rounds, start_round
from kartedit.services.summary import HearingSummary, hearing_summary
from kartedit.services.summary_render import CSV_HEADER_NN, summary_csv, summary_html
from kartedit.services.workspace import Workspace
from tests.bundle_support import KARI, entries, make_review_bundle
from tests.cli_support import ok
from tests.conftest import FixedClock
from tests.response_support import OLA, ROLE
from tests.test_publish_accessibility import CHROMIUM, WCAG_TAGS, _axe_script

SRC = Path(__file__).resolve().parents[1] / "src" / "kartedit"
HTML_TAG = re.compile(
    r"""["'][^"'\n]*</?(?:html|head|body|title|meta|style|main|h[1-6]|p|br|hr|ul|ol|li|table|"""
    r"""thead|tbody|tr|th|td|strong|em|b|i|span|div|blockquote|del|ins|small|a|section|"""
    r"""details|nav|header|footer)(?:\s|>|/>)"""
)
NOT_DOCUMENTS = {
    SRC / "text" / "markdown_html.py": "the sanitiser: the markup the templates take as it is",
    SRC / "text" / "fact_html.py": "the sanitiser's output with escaped local-fact values in it",
}
"""Python files allowed to hold HTML: the sanitiser and its fact chips. ``gui/`` is left out
of the check too: its rich text goes into Qt widgets on screen, not a file the program writes."""

RULES = ["heading-order", "page-has-heading-one", "landmark-one-main", "region"]
"""axe's structure rules a standalone document can meet (it has no skip link: no navigation)."""

MOR = Reviewer("Mona Mor", "", "forelder")
"""Answers for herself: no organisation."""
HOSTILE = "<script>alert(1)</script> <b>fet</b> & =1+1"


def test_no_html_is_built_in_python_outside_the_templates() -> None:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path in NOT_DOCUMENTS or "gui" in path.relative_to(SRC).parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = re.sub(r"``.*?``", "", line)  # markup named in a docstring is not made
            if HTML_TAG.search(code) and not code.lstrip().startswith("#"):
                found.append(f"{path.relative_to(SRC)}:{number}: {line.strip()}")
    assert found == [], "HTML belongs in resources/templates:\n" + "\n".join(found)


def test_who_answered_as_a_private_person() -> None:
    assert is_private_person("", "")
    assert is_private_person("  ", "forelder")
    assert is_private_person("Privatperson", "")
    assert is_private_person("Heimen", "pårørande")
    assert not is_private_person("PPT Voss", "rådgjevar")
    assert not is_private_person("Mental Helse Ungdom", "brukarrepresentant")


@pytest.fixture
def answered(workspace: Workspace, tmp_path: Path) -> HearingSummary:
    """A round on angst × fastlege and BUP, answered by OLA (PPT Voss) and MOR (herself)."""
    review = tmp_path / "runde.kartbundle"
    started, _ = make_review_bundle(workspace, review)
    responses = []
    for reviewer, quote, text in (
        (OLA, "portåpner til spesialisthelsetjenesten", "Skriv BUP."),
        (MOR, "hodepine", HOSTILE),
    ):
        work = tmp_path / reviewer.name.split()[0]
        session = ReviewSession.open(review, clock=FixedClock(), work_dir=work)
        session.add_comment(ROLE, *session.locate(ROLE, quote), text, reviewer)
        responses.append(work / "svar.kartbundle")
        session.export_response(responses[-1], reviewer)
    assert import_responses(workspace, responses).all_imported
    return hearing_summary(workspace, started.id)


def _with(summary: HearingSummary, **round_fields: object) -> HearingSummary:
    return replace(summary, round=replace(summary.round, **round_fields))


def test_the_summary_speaks_the_rounds_written_standard(answered: HearingSummary) -> None:
    nb = summary_html(answered).decode()
    nn = summary_html(_with(answered, language="nn")).decode()

    assert '<html lang="nb">' in nb and "<h1>Høringsoppsummering: Høring angst 2027</h1>" in nb
    assert "Høringssvar fra 2: " in nb and '<th class="reason" scope="col">Begrunnelse' in nb
    assert "Tekster uten merknader" in nb and "Ikke avgjort" in nb
    assert '<html lang="nn">' in nn and "<h1>Høyringsoppsummering: Høring angst 2027</h1>" in nn
    assert "Høyringssvar frå 2: " in nn and "Grunngjeving" in nn and "Starta av" in nn
    assert "Tekstar utan merknader" in nn and "Ikkje avgjort" in nn
    assert "Vidare tilvising" in nn and "Videre henvisning" not in nn
    for page in (nb, nn):
        assert "<script>" not in page and "&lt;script&gt;" in page
        assert "&lt;b&gt;fet&lt;/b&gt; &amp; =1+1" in page
        assert page.count("<table") == 1 and "Ingen merknader" not in page

    nn_csv = summary_csv(_with(answered, language="nn")).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(nn_csv)))
    assert tuple(rows[0]) == CSV_HEADER_NN
    assert rows[0][7] == "namn" and rows[0][-1] == "grunngjeving"
    assert {row[15] for row in rows[1:]} == {"ikkje avgjort"}


def test_private_persons_are_named_only_with_the_rounds_consent(answered: HearingSummary) -> None:
    without = summary_html(answered).decode()
    assert "Mona Mor" not in without and "<strong>privatperson</strong>" in without
    assert "Ola Nordmann" in without and "PPT Voss" in without  # answered for PPT Voss
    [respondents] = re.findall(r"<p>Høringssvar fra 2: (.*)\.</p>", without)
    assert sorted(respondents.split(", ")) == ["Ola Nordmann (PPT Voss)", "privatperson"]
    consented = summary_html(_with(answered, names_consent=True)).decode()
    assert "<strong>Mona Mor</strong>" in consented and "privatperson" not in consented

    def who(summary: HearingSummary) -> tuple[set[str], list[str]]:
        document = docx.Document(io.BytesIO(summary_docx(summary)))
        rows = {row.cells[0].text for t in document.tables for row in t.rows[1:]}
        texts = [p.text for p in document.paragraphs]
        headings = ("Høringsinstanser", "Høyringsinstansar")
        start = next(i for i, t in enumerate(texts) if t in headings)
        return rows, texts[start + 1 : start + 3]

    assert who(answered) == ({"PPT Voss", "privatperson"}, ["PPT Voss", "privatperson"])
    assert who(_with(answered, names_consent=True, language="nn")) == (
        {"PPT Voss", "Mona Mor"},
        ["PPT Voss", "Mona Mor"],
    )
    # The coordinator's working list keeps every name.
    assert "Mona Mor" in summary_csv(answered).decode("utf-8-sig")


def test_a_round_takes_its_editions_written_standard_unless_told(workspace: Workspace) -> None:
    Publisher(workspace).set_language("bergen", "nn")
    start = {"deadline": date(2027, 1, 15), "author": KARI}
    on_bergen = start_round(workspace, name="Bergen", edition="bergen", pathways=["angst"], **start)
    told = start_round(workspace, name="Regional", pathways=["depresjon"], language="nn", **start)
    regional = start_round(workspace, name="Regional 2", pathways=["habilitering"], **start)
    assert (on_bergen.language, told.language, regional.language) == ("nn", "nn", "nb")
    assert not on_bergen.names_consent
    assert [r.language for r in list_rounds(workspace)] == ["nb", "nn", "nn"]


def test_cli_round_start_stores_consent_and_the_editions_standard(demo_db: Path) -> None:
    db = str(demo_db)
    ok("language", db, "bergen", "nn")
    out = ok(
        "round", "start", db, "--name", "Høyring Bergen", "--edition", "bergen",
        "--pathway", "angst", "--deadline", "2027-06-01", "--author", "Kari (Helse Bergen)",
        "--names-consent",
    )  # fmt: skip
    round_id = out.split("\t")[0]
    assert "documents are in nynorsk; private persons are named in the summary" in out
    with Workspace.open(demo_db) as workspace:
        [hearing] = list_rounds(workspace)
    assert hearing.id == round_id and hearing.names_consent and hearing.language == "nn"


def test_cli_round_start_says_in_nynorsk_that_private_persons_stay_unnamed(demo_db: Path) -> None:
    out = ok(
        "--language", "nn", "round", "start", str(demo_db), "--name", "Høyring angst",
        "--pathway", "angst", "--deadline", "2027-06-01", "--author", "Kari (Helse Bergen)",
    )  # fmt: skip
    assert "Dokumenta i runden er på bokmål; privatpersonar blir ikkje namngitt" in out


def test_bundle_pages_speak_the_rounds_written_standard(
    workspace: Workspace, tmp_path: Path
) -> None:
    ref = SectionRef.parse("angst/fastlege/role")
    workspace.set_status(ref, Status.DRAFT, KARI)
    workspace.save(ref, "# Rolla\n\n## Kven\n\nFastlegen.", Author("Per", "Legekontoret"))
    make_review_bundle(workspace, tmp_path / "nb.kartbundle", pathways=["angst"])
    nn_round, _ = make_review_bundle(
        workspace, tmp_path / "nn.kartbundle", pathways=["depresjon"], language="nn"
    )
    nb = entries(tmp_path / "nb.kartbundle")["index.html"].decode()
    nn = entries(tmp_path / "nn.kartbundle")["index.html"].decode()
    assert '<html lang="nb">' in nb and "Frist for høringssvar" in nb and "Sendt på høring" in nb
    assert '<html lang="nn">' in nn and "Frist for høyringssvar" in nn and "Sendt på høyring" in nn
    assert "<h4>Vidare tilvising</h4>" in nn and "<h4>Videre henvisning</h4>" in nb
    # A text's own headings sit below its section's heading (h4), in order.
    assert "<h5>Rolla</h5>" in nb and "<h6>Kven</h6>" in nb
    for page in (nb, nn):
        assert "Content-Security-Policy" in page and "<script" not in page

    # Approved and closed: the approved bundle's page in the round's standard too.
    decisions = Decisions(workspace)
    decisions.approve_round(nn_round.id, KARI)
    approved = tmp_path / "godkjent.kartbundle"
    export_approved_bundle(workspace, nn_round.id, approved, KARI)
    page = entries(approved)["index.html"].decode()
    assert '<html lang="nn">' in page and "<h1>Godkjend tekst: Høring angst 2027</h1>" in page


def test_a_response_page_is_escaped_and_in_the_editions_standard(
    workspace: Workspace, tmp_path: Path
) -> None:
    Publisher(workspace).set_language("regional", "nn")
    review = tmp_path / "runde.kartbundle"
    make_review_bundle(workspace, review, pathways=["angst"])
    session = ReviewSession.open(review, clock=FixedClock(), work_dir=tmp_path / "mor")
    comment = session.add_comment(ROLE, *session.locate(ROLE, "hodepine"), HOSTILE, MOR)
    session.reply(comment.id, "Og <i>søvn</i>.", MOR)
    session.export_response(tmp_path / "svar.kartbundle", MOR)
    page = entries(tmp_path / "svar.kartbundle")["index.html"].decode()
    assert '<html lang="nn">' in page and "<h1>Høyringssvar: Høring angst 2027</h1>" in page
    assert "Frå Mona Mor, forelder" in page and "Svar frå Mona Mor, forelder" in page
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;i&gt;søvn" in page


def test_the_diff_page_speaks_the_editions_written_standard(workspace: Workspace) -> None:
    editions = Editions(workspace)
    ref = SectionRef.parse("angst/fastlege/role")
    editions.adapt(ref, "bergen", Author("Nina", "Bergen kommune"))
    text = workspace.section(ref, "bergen").text
    workspace.save(
        ref, text + "\n\n<script>alert(1)</script> Lokalt.", Author("Nina"), edition="bergen"
    )
    bergen = next(e for e in workspace.editions() if e.slug == "bergen")
    found = editions.diff("bergen", "angst")

    nb = diff_html(bergen, found)
    nn = diff_html(replace(bergen, language="nn"), found)
    assert '<html lang="nb">' in nb and "Lokale tilpasninger i Bergen" in nb
    assert '<html lang="nn">' in nn and "Lokale tilpassingar i Bergen" in nn
    for page in (nb, nn):
        assert "<ins" in page and "&lt;script&gt;" in page and "<script>" not in page
        assert "Content-Security-Policy" in page


@pytest.mark.skipif(
    CHROMIUM is None or find_spec("playwright") is None,
    reason="needs Debian's chromium and playwright (see tests/test_publish_accessibility.py)",
)
def test_generated_documents_pass_axe_wcag21_aa(
    answered: HearingSummary, workspace: Workspace, tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    make_review_bundle(workspace, tmp_path / "nn.kartbundle", pathways=["depresjon"], language="nn")
    bergen = next(e for e in workspace.editions() if e.slug == "bergen")
    documents = {
        "summary.html": summary_html(_with(answered, language="nn")),
        "index.html": entries(tmp_path / "nn.kartbundle")["index.html"],
        "diff.html": diff_html(bergen, Editions(workspace).diff("bergen")).encode(),
    }
    failures = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_context(bypass_csp=True).new_page()  # the pages forbid scripts
        for name, data in documents.items():
            (tmp_path / name).write_bytes(data)
            page.goto((tmp_path / name).as_uri())
            page.add_script_tag(content=_axe_script())
            for run_only in (
                {"type": "tag", "values": WCAG_TAGS},
                {"type": "rule", "values": RULES},
            ):
                result = page.evaluate("o => axe.run(document, {runOnly: o})", run_only)
                failures += [f"{name}: {v['id']} {v['help']}" for v in result["violations"]]
        browser.close()
    assert failures == []


@pytest.mark.parametrize(
    ("language", "counts", "intro", "diff"),
    [
        ("nb", "6 tekster, 1 høringsinstans, 1 merknad og 0 forslag.",
         "Laget 04.12.2026", ": 1 tekst."),
        ("nn", "6 tekstar, 1 høyringsinstans, 1 merknad og 0 forslag.",
         "Laga 04.12.2026", ": 1 tekst."),
    ],
)  # fmt: skip
def test_generated_documents_count_one_in_the_singular(
    language: str, counts: str, intro: str, diff: str
) -> None:
    """«1 høyringsinstansar, 1 merknader» in the merknadsdokument, «1 merknader og forslag»
    in the summary and «1 tekstar» on the comparison page were wrong for one."""
    from kartedit.services.hearing_wording import Wording

    words = Wording(language)
    line = words(
        "count_line",
        sections=words("n_texts", count=6),
        respondents=words("n_respondents", count=1),
        comments=words("n_comments", count=1),
        suggestions=words("n_suggestions", count=0),
    )
    assert line == counts
    one = words(
        "summary_intro", map="M", edition="E", deadline="d", who="w", started="s",
        made="04.12.2026", count=1,
    )  # fmt: skip
    assert one.endswith(f"1 merknad eller forslag. {intro}.")
    assert "1 merknader" not in one
    assert diff in words("diff_lead", edition="Voss herad", count=1)
    assert words("response_lead", who="Ola", day="d", count=2).endswith(
        "2 merknader, forslag og svar."
    )
