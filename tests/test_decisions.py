"""The coordinator's decisions: accept, reject, resolve, reply, three-way, approve, summary."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import pytest

from kartedit.domain.errors import UserError
from kartedit.domain.history import revision_message
from kartedit.domain.people import Author
from kartedit.domain.responses import AnchorStatus, CommentState
from kartedit.domain.review import Reviewer
from kartedit.domain.sections import SectionRef, Status
from kartedit.services.decisions import Accepted, Decisions, ThreeWayNeeded
from kartedit.services.response_import import import_responses
from kartedit.services.review import ReviewSession
from kartedit.services.summary import SummaryFormat, hearing_summary, save_summary
from kartedit.services.summary_render import CSV_HEADER, summary_csv, summary_html
from kartedit.services.workspace import Workspace
from kartedit.text.rebase import RegionKind
from tests.bundle_support import KARI, make_review_bundle
from tests.conftest import FixedClock
from tests.response_support import BUP_INTERVENTION, BUP_ROLE, OLA, ROLE, SIRI, table_rows

PORT = "portåpner til spesialisthelsetjenesten"
HOSTILE = Reviewer("Eve <script>alert(1)</script>", '=HYPERLINK("http://x")', "")


@dataclass
class Hearing:
    workspace: Workspace
    round_id: str
    suggestion: str
    """OLA's suggestion on ROLE: «portåpner …» → «døråpner til BUP»."""
    comment: str
    """OLA's comment on BUP_ROLE, with a reply of his own."""
    other: str
    """SIRI's suggestion on BUP_INTERVENTION."""
    siri_comment: str
    """SIRI's comment on ROLE, on the same passage as the suggestion."""
    hostile: str


@pytest.fixture
def hearing(workspace: Workspace, tmp_path: Path) -> Hearing:
    review = tmp_path / "runde.kartbundle"
    started, _ = make_review_bundle(workspace, review)
    ola = ReviewSession.open(review, clock=FixedClock(), work_dir=tmp_path / "ola")
    suggestion = ola.add_suggestion(ROLE, *ola.locate(ROLE, PORT), "døråpner til BUP", OLA, "Kort")
    comment = ola.add_comment(
        BUP_ROLE, *ola.locate(BUP_ROLE, "psykiske lidelser"), "Nemn rus.", OLA
    )
    ola.reply(comment.id, "Og spel.", OLA)
    ola.export_response(tmp_path / "ola.kartbundle", OLA)
    siri = ReviewSession.open(review, clock=FixedClock(), work_dir=tmp_path / "siri")
    other = siri.add_suggestion(
        BUP_INTERVENTION,
        *siri.locate(BUP_INTERVENTION, "vanligvis 12–16 timer"),
        "vanligvis 10–20 timer",
        SIRI,
    )
    siri_comment = siri.add_comment(ROLE, *siri.locate(ROLE, "hodepine"), "Og søvn.", SIRI)
    hostile = siri.add_comment(ROLE, *siri.locate(ROLE, "svimmelhet"), "<b>fet</b> & =1+1", HOSTILE)
    siri.export_response(tmp_path / "siri.kartbundle", SIRI)
    report = import_responses(
        workspace, [tmp_path / "ola.kartbundle", tmp_path / "siri.kartbundle"]
    )
    assert report.all_imported
    return Hearing(
        workspace, started.id, suggestion.id, comment.id, other.id, siri_comment.id, hostile.id
    )


def test_accepting_a_suggestion_makes_a_revision_by_the_coordinator_naming_the_reviewer(
    hearing: Hearing,
) -> None:
    ws = hearing.workspace
    outcome = Decisions(ws).accept(hearing.suggestion[:6], KARI, "Betre ordlyd")
    assert isinstance(outcome, Accepted) and outcome.revision is not None
    revision = outcome.revision
    assert revision.author == KARI
    assert (
        str(revision_message(revision.message))
        == "Accepted suggestion from Ola Nordmann (PPT Voss)"
    )
    assert (
        ws.section(ROLE).text.count("døråpner til BUP") == 1 and PORT not in ws.section(ROLE).text
    )
    decided = Decisions(ws).comment(hearing.suggestion)
    assert decided.state is CommentState.ACCEPTED
    decision = decided.decision
    assert decision is not None
    assert (decision.by, decision.reason, decision.revision, decision.message) == (
        KARI,
        "Betre ordlyd",
        revision.id,
        revision.message,
    )
    # Siri's comment further on in the same text is placed in the new text, exactly.
    siri = Decisions(ws).comment(hearing.siri_comment)
    assert siri.placement is not None and siri.placement.revision == revision.id
    assert siri.anchor_status is AnchorStatus.MOVED
    text = ws.section(ROLE).text
    assert text[siri.placement.start : siri.placement.end] == "hodepine"


def test_rejecting_needs_a_reason_and_stores_it(hearing: Hearing) -> None:
    decisions = Decisions(hearing.workspace)
    with pytest.raises(UserError, match="reason"):
        decisions.reject(hearing.other, KARI, "  ")
    rejected = decisions.reject(hearing.other, KARI, "Tilrådinga er 12–16 timar.")
    assert rejected.state is CommentState.REJECTED
    assert rejected.decision is not None
    assert rejected.decision.by == KARI and rejected.decision.reason == "Tilrådinga er 12–16 timar."
    assert rejected.decision.revision is None
    assert "12–16" in hearing.workspace.section(BUP_INTERVENTION).text


def test_resolve_reply_and_reopen(hearing: Hearing) -> None:
    decisions = Decisions(hearing.workspace)
    reply = decisions.reply(hearing.comment, "Takk, vi tek det med.", KARI)
    assert reply.from_coordinator and reply.reviewer.role == "koordinator"
    thread = decisions.thread(reply.id)
    assert thread.root.id == hearing.comment
    assert [r.comment.text for r in thread.replies] == ["Og spel.", "Takk, vi tek det med."]
    resolved = decisions.resolve(hearing.comment, KARI)
    assert resolved.state is CommentState.RESOLVED
    with pytest.raises(UserError, match="already resolved by Kari Koordinator"):
        decisions.resolve(hearing.comment, KARI)
    assert decisions.reopen(hearing.comment).state is CommentState.OPEN


def test_what_cannot_be_decided(hearing: Hearing) -> None:
    decisions = Decisions(hearing.workspace)
    with pytest.raises(UserError, match="Only a suggestion"):
        decisions.accept(hearing.comment, KARI)
    reply = decisions.thread(hearing.comment).replies[0]
    with pytest.raises(UserError, match="reply in a thread"):
        decisions.resolve(reply.id, KARI)
    with pytest.raises(UserError, match="No comment"):
        decisions.resolve("ffffffff", KARI)
    assert isinstance(decisions.accept(hearing.suggestion, KARI), Accepted)
    with pytest.raises(UserError, match="accepted and is in the text"):
        decisions.reopen(hearing.suggestion)


def test_accepting_an_outdated_suggestion_asks_for_the_three_way_view(hearing: Hearing) -> None:
    ws = hearing.workspace
    seen = ws.section(ROLE).text
    edited = seen.replace(PORT, "portåpner til BUP og andre spesialisthelsetjenester")
    ws.save(ROLE, edited, KARI, message="Edited during the hearing")
    before = table_rows(ws.path, "revisions", "hearing_comments")

    outcome = Decisions(ws).accept(hearing.suggestion, KARI)

    assert isinstance(outcome, ThreeWayNeeded)
    assert table_rows(ws.path, "revisions", "hearing_comments") == before
    assert outcome.base == seen
    assert outcome.local == seen.replace(PORT, "døråpner til BUP")
    assert outcome.regional == edited
    assert outcome.regional_revision_id == ws.section(ROLE).revision_id
    assert not outcome.result.clean
    assert any(r.kind is RegionKind.CONFLICT for r in outcome.regions)
    assert outcome.reason

    merged = edited.replace("portåpner til BUP", "døråpner til BUP")
    accepted = Decisions(ws).save_three_way(outcome, merged, KARI)
    assert accepted.revision is not None and ws.section(ROLE).text == merged
    assert (
        str(revision_message(accepted.revision.message))
        == "Accepted suggestion from Ola Nordmann (PPT Voss)"
    )
    assert accepted.comment.state is CommentState.ACCEPTED
    assert accepted.comment.decision is not None
    assert accepted.comment.decision.revision == accepted.revision.id


def test_a_three_way_result_is_not_saved_over_a_text_that_moved_on(hearing: Hearing) -> None:
    ws = hearing.workspace
    gone = ws.section(ROLE).text.replace(PORT, "portvakt")
    ws.save(ROLE, gone.replace("i spesialisthelsetjenesten", "hos BUP"), KARI)
    outcome = Decisions(ws).three_way(hearing.suggestion)
    assert outcome.placement.status is AnchorStatus.ORPHANED
    assert "no longer in the text" in str(outcome.reason)
    ws.save(ROLE, ws.section(ROLE).text + "\nMeir.", KARI)
    with pytest.raises(UserError, match="changed while you were merging"):
        Decisions(ws).save_three_way(outcome, "Anything", KARI)
    assert Decisions(ws).comment(hearing.suggestion).state is CommentState.OPEN


def test_a_moved_passage_also_goes_through_the_three_way_view(hearing: Hearing) -> None:
    ws = hearing.workspace
    text = ws.section(BUP_INTERVENTION).text
    ws.save(BUP_INTERVENTION, text.replace("er førstevalg", "er det første valet"), KARI)
    outcome = Decisions(ws).accept(hearing.other, KARI)
    assert isinstance(outcome, ThreeWayNeeded)
    assert outcome.placement.status is AnchorStatus.MOVED and "edited or moved" in str(
        outcome.reason
    )
    assert outcome.result.clean  # separate sentences: the view can offer the merge to confirm
    assert "det første valet" in outcome.result.text and "10–20 timer" in outcome.result.text


def test_a_change_elsewhere_in_the_text_does_not_stop_an_accept(hearing: Hearing) -> None:
    ws = hearing.workspace
    ws.save(ROLE, ws.section(ROLE).text + "\nEit nytt avsnitt til slutt.\n", KARI)
    outcome = Decisions(ws).accept(hearing.suggestion, KARI)
    assert isinstance(outcome, Accepted)
    assert ws.section(ROLE).text.endswith("Eit nytt avsnitt til slutt.\n")
    assert "døråpner til BUP" in ws.section(ROLE).text


def test_filters_by_state_reviewer_organisation_and_section(hearing: Hearing) -> None:
    decisions = Decisions(hearing.workspace)
    decisions.reject(hearing.other, KARI, "Nei")
    ids = lambda found: {c.id for c in found}  # noqa: E731
    everything = {hearing.suggestion, hearing.comment, hearing.other, hearing.siri_comment}
    everything.add(hearing.hostile)
    assert ids(decisions.comments(hearing.round_id)) == everything
    assert ids(decisions.comments(hearing.round_id, state=CommentState.REJECTED)) == {hearing.other}
    assert ids(decisions.comments(reviewer="ola")) == {hearing.suggestion, hearing.comment}
    assert ids(decisions.comments(organisation="BUP bergen")) == {
        hearing.other,
        hearing.siri_comment,
    }
    on_role = decisions.comments(hearing.round_id, section=ROLE)
    assert [c.id for c in on_role] == [hearing.suggestion, hearing.siri_comment, hearing.hostile]
    assert OLA in decisions.reviewers(hearing.round_id)


def test_approve_round_approves_the_decided_sections_and_lists_the_rest(hearing: Hearing) -> None:
    ws = hearing.workspace
    decisions = Decisions(ws)
    decisions.accept(hearing.suggestion, KARI)
    decisions.resolve(hearing.siri_comment, KARI)
    decisions.resolve(hearing.hostile, KARI)

    report = decisions.approve_round(hearing.round_id[:6], KARI, close=True)

    assert set(report.undecided) == {(BUP_ROLE, 1), (BUP_INTERVENTION, 1)}
    assert ROLE in report.approved and len(report.approved) == 10
    assert not report.closed and report.round.is_open
    assert ws.section(ROLE).status is Status.APPROVED
    assert ws.section(BUP_ROLE).status is Status.IN_HEARING
    with pytest.raises(UserError, match="without a decision"):
        decisions.approve_section(hearing.round_id, BUP_ROLE, KARI)

    decisions.reject(hearing.comment, KARI, "Utanfor tema")
    decisions.resolve(hearing.other, KARI)
    report = decisions.approve_round(hearing.round_id, KARI, close=True)
    assert set(report.approved) == {BUP_ROLE, BUP_INTERVENTION}
    assert len(report.already) == 10 and report.complete and report.closed
    assert not report.round.is_open
    assert ws.section(BUP_ROLE).status is Status.APPROVED


def test_a_section_rewritten_after_the_hearing_is_flagged(hearing: Hearing) -> None:
    ws = hearing.workspace
    ws.save(BUP_ROLE, "Heilt ny tekst om BUP, skriven etter høyringa.", KARI)
    overview = {o.ref: o for o in Decisions(ws).sections(hearing.round_id)}
    assert overview[BUP_ROLE].changed_substantially
    assert overview[BUP_ROLE].kept is not None and overview[BUP_ROLE].kept < 0.2
    assert not overview[ROLE].changed_substantially and overview[ROLE].kept == 1.0
    assert (overview[ROLE].comments, overview[ROLE].open) == (3, 3)
    report = Decisions(ws).approve_round(hearing.round_id, KARI)
    assert [o.ref for o in report.changed] == [BUP_ROLE]


def test_the_summary_lists_every_comment_and_decision(hearing: Hearing, tmp_path: Path) -> None:
    ws = hearing.workspace
    decisions = Decisions(ws)
    decisions.accept(hearing.suggestion, KARI)
    decisions.reject(hearing.other, KARI, "Held fast på 12–16 timar")
    decisions.reply(hearing.comment, "Takk!", Author("Kari Koordinator", "Helse Bergen"))
    summary = hearing_summary(ws, hearing.round_id)
    assert [s.ref for s in summary.sections][:2] == [
        ROLE,
        SectionRef.parse("angst/fastlege/assessment"),
    ]

    rows = list(csv.reader(io.StringIO(summary_csv(summary).decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_HEADER
    by_id = {row[4]: dict(zip(CSV_HEADER, row, strict=True)) for row in rows[1:]}
    assert set(by_id) == {c.id for t in summary.threads for c in (t.root, *t.replies)}
    accepted = by_id[hearing.suggestion]
    assert (accepted["navn"], accepted["organisasjon"], accepted["rolle"]) == (
        "Ola Nordmann",
        "PPT Voss",
        "rådgjevar",
    )
    assert (accepted["type"], accepted["vedtak"], accepted["vedtatt av"]) == (
        "forslag",
        "tatt til følge",
        "Kari Koordinator (Helse Bergen)",
    )
    assert accepted["foreslått tekst"] == "døråpner til BUP" and accepted["sitert tekst"] == PORT
    assert accepted["vedtaksdato"] == "23.11.2026"
    rejected = by_id[hearing.other]
    assert (rejected["vedtak"], rejected["begrunnelse"]) == (
        "ikke tatt til følge",
        "Held fast på 12–16 timar",
    )
    assert by_id[hearing.comment]["vedtak"] == "ikke avgjort"
    replies = [r for r in by_id.values() if r["type"] == "svar"]
    assert {r["svar på"] for r in replies} == {hearing.comment}
    assert by_id[hearing.hostile]["organisasjon"].startswith("'=")  # no formula in Excel

    page = summary_html(summary).decode()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "&lt;b&gt;fet&lt;/b&gt; &amp; =1+1" in page
    for text in ("Høringsoppsummering", "Ola Nordmann", "rådgjevar", "Tatt til følge"):
        assert text in page
    assert "Held fast på 12–16 timar" in page and "15.01.2027" in page
    assert "Høringssvar fra 3: " in page  # Siri's, Ola's, and the forged name, escaped
    assert page.count("<table") == 3  # one table per section with comments

    for fmt in (SummaryFormat.CSV, SummaryFormat.HTML):  # the .docx: tests/test_word_summary.py
        target = tmp_path / f"oppsummering.{fmt.value}"
        save_summary(ws, hearing.round_id, fmt, target)
        assert "Held fast på 12–16 timar" in target.read_text(encoding="utf-8-sig")
