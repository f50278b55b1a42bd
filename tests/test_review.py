"""The reviewer's work on a review bundle: comments, suggestions, threads, persistence, response."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kartedit.bundle.comments import parse_comments
from kartedit.bundle.kartbundle import read_bundle
from kartedit.domain.bundles import BundleKind, BundleManifest
from kartedit.domain.errors import NotFoundError, UserError
from kartedit.domain.review import CommentKind, Reviewer
from kartedit.domain.sections import SectionRef, Status
from kartedit.services import review as review_module
from kartedit.services.bundles import validate_bundle
from kartedit.services.review import ReviewSession, resolve_reviewer
from kartedit.services.settings import Settings, save_settings
from kartedit.services.workspace import Workspace
from kartedit.text.anchor import Anchor, AnchorStatus, relocate
from tests.bundle_support import entries, make_review_bundle, tree_snapshot
from tests.conftest import FixedClock

OLA = Reviewer("Ola Nordmann", "PPT Voss", "rådgjevar")
RANDI = Reviewer("Randi Brukar", "Mental Helse", "brukarrepresentant")
ROLE = SectionRef.parse("angst/fastlege/role")
BUP = SectionRef.parse("angst/bup/referral")


@pytest.fixture
def bundle(workspace: Workspace, tmp_path: Path) -> tuple[Path, BundleManifest]:
    path = tmp_path / "høyring.kartbundle"
    _, manifest = make_review_bundle(workspace, path)
    return path, manifest


@pytest.fixture
def session(bundle: tuple[Path, BundleManifest], clock: FixedClock) -> ReviewSession:
    return ReviewSession.open(bundle[0], clock=clock)


def comment_on(session: ReviewSession, ref: SectionRef, quote: str, text: str) -> str:
    start, end = session.locate(ref, quote)
    return session.add_comment(ref, start, end, text, OLA).id


def test_review_round_trip_from_round_to_validated_response(
    workspace: Workspace, demo_db: Path, tmp_path: Path, private_dirs: Path, clock: FixedClock
) -> None:
    path = tmp_path / "runde.kartbundle"
    hearing, review = make_review_bundle(workspace, path)
    workspace.close()
    demo_db.unlink()  # the reviewer has no database of their own

    session = ReviewSession.open(path, clock=clock)
    start, end = session.locate(ROLE, "portåpner til spesialisthelsetjenesten")
    comment = session.add_comment(ROLE, start, end, "Nemn BUP og inntaksteamet.", OLA)
    start, end = session.locate(ROLE, "hodepine")
    suggestion = session.add_suggestion(ROLE, start, end, "hovudverk", OLA, "Nynorsk.")
    reply = session.reply(comment.id, "Einig.", RANDI)
    del session  # the window closes

    reopened = ReviewSession.open(path, clock=clock)
    assert [c.id for c in reopened.comments()] == [comment.id, suggestion.id, reply.id]
    assert reopened.notices == []
    response = reopened.export_response(tmp_path / "svar.kartbundle", OLA)

    assert validate_bundle(tmp_path / "svar.kartbundle") == []
    bundle = read_bundle(tmp_path / "svar.kartbundle", BundleKind.RESPONSE)
    assert bundle.manifest == response
    assert response.in_response_to == review.bundle_id
    assert response.round.id == hearing.id and response.reviewer == OLA
    assert response.sections == review.sections
    assert bundle.comments is not None
    typed = {c.id: c for c in bundle.comments.comments}
    seen = next(s for s in review.sections if s.ref == ROLE).revision
    assert typed[comment.id].text == "Nemn BUP og inntaksteamet."
    assert typed[comment.id].anchor is not None
    assert typed[comment.id].anchor.quote == "portåpner til spesialisthelsetjenesten"
    assert typed[comment.id].anchor.revision == seen
    assert typed[suggestion.id].kind is CommentKind.SUGGESTION
    assert (typed[suggestion.id].replacement, typed[suggestion.id].text) == (
        "hovudverk",
        "Nynorsk.",
    )
    assert typed[reply.id].parent == comment.id and typed[reply.id].reviewer == RANDI
    assert set(entries(tmp_path / "svar.kartbundle")) == {
        "manifest.json",
        "comments.json",
        "index.html",
    }
    assert not list(private_dirs.rglob("*.sqlite"))


def test_the_reviewer_sees_the_bundle_like_the_tree(session: ReviewSession) -> None:
    assert [p.slug for p in session.pathways()] == ["angst"]
    assert [s.slug for s in session.pathways()[0].services] == ["fastlege", "bup"]
    assert len(session.sections()) == 12 and session.sections()[0] == ROLE
    view = session.section(ROLE)
    assert view.status is Status.IN_HEARING and "Fastlegen" in view.text
    assert view.revision_id == session.manifest.sections[0].revision
    comment_on(session, ROLE, "hodepine", "Og magevondt?")
    states = {s.ref: s for s in session.section_states("angst")}
    assert states[ROLE].open_comments == 1 and states[BUP].open_comments == 0
    with pytest.raises(NotFoundError, match="no section angst/nav/role"):
        session.section(SectionRef.parse("angst/nav/role"))


def test_work_is_on_disk_after_every_change(session: ReviewSession) -> None:
    first = comment_on(session, ROLE, "hodepine", "Og magevondt?")
    saved = parse_comments(session.work_path.read_bytes(), "work")
    assert [c.id for c in saved.comments] == [first]
    assert session.work_path.parent.name == "reviews"
    assert session.work_path.name == f"{session.manifest.bundle_id}.json"


def test_a_killed_reviewer_loses_nothing(bundle: tuple[Path, BundleManifest]) -> None:
    code = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from kartedit.domain.review import Reviewer\n"
        "from kartedit.domain.sections import SectionRef\n"
        "from kartedit.services.review import ReviewSession\n"
        "s = ReviewSession.open(Path(sys.argv[1]))\n"
        "ref = SectionRef.parse('angst/fastlege/role')\n"
        "a, b = s.locate(ref, 'hodepine')\n"
        "s.add_comment(ref, a, b, 'Skrive før krasjet', Reviewer('Ola'))\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(bundle[0])], check=False)
    assert result.returncode != 0
    texts = [c.text for c in ReviewSession.open(bundle[0]).comments()]
    assert texts == ["Skrive før krasjet"]


def test_edit_and_delete_own_comments(session: ReviewSession, clock: FixedClock) -> None:
    first = comment_on(session, ROLE, "hodepine", "Og magevondt?")
    start, end = session.locate(ROLE, "svimmelhet")
    suggestion = session.add_suggestion(ROLE, start, end, "svimmelheit", OLA)
    reply = session.reply(first, "Ja.", RANDI)
    answer = session.reply(reply.id, "Takk.", OLA)

    edited = session.edit(first, text="Og magesmerter?")
    assert edited.text == "Og magesmerter?" and edited.edited is not None
    assert session.edit(first, text="Og magesmerter?") == edited  # no change, no new time
    assert session.edit(suggestion.id, replacement="svimmel").replacement == "svimmel"
    with pytest.raises(UserError, match="Only a suggestion"):
        session.edit(first, replacement="x")
    with pytest.raises(UserError, match="empty"):
        session.edit(first, text="  ")

    assert session.delete(first) == [first, reply.id, answer.id]
    assert [c.id for c in session.comments()] == [suggestion.id]
    with pytest.raises(NotFoundError):
        session.delete(first)
    saved = parse_comments(session.work_path.read_bytes(), "work")
    assert [c.replacement for c in saved.comments] == ["svimmel"]


def test_threads_and_comments_per_section(session: ReviewSession) -> None:
    later = comment_on(session, ROLE, "svimmelhet", "Seinare i teksten.")
    earlier = comment_on(session, ROLE, "hodepine", "Tidlegare i teksten.")
    other = comment_on(session, BUP, session.text(BUP).split()[0], "BUP.")
    reply = session.reply(later, "Svar.", RANDI)

    threads = session.threads(ROLE)
    assert [t.root.id for t in threads] == [earlier, later]
    assert [r.id for r in threads[1].replies] == [reply.id]
    assert {c.id for c in session.comments(ROLE)} == {later, earlier, reply.id}
    assert [c.id for c in session.comments(BUP)] == [other]
    assert [t.root.id for t in session.threads()] == [earlier, later, other]
    text = session.text(ROLE)
    marks = [(text[start:end], c.id) for start, end, c in session.highlights(ROLE)]
    assert marks == [("hodepine", earlier), ("svimmelhet", later)]


@pytest.mark.parametrize(
    ("quote", "occurrence", "message"),
    [
        ("tannlege", None, "«tannlege» does not occur in the text"),
        ("og", None, "occurs 6 times"),
        ("og", 9, "no occurrence number 9"),
        ("", None, "quote is empty"),
    ],
)
def test_quotes_must_name_one_passage(
    session: ReviewSession, quote: str, occurrence: int | None, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        session.locate(ROLE, quote, occurrence)


def test_occurrence_picks_one_of_several(session: ReviewSession) -> None:
    first = session.locate(ROLE, "og", 1)
    second = session.locate(ROLE, "og", 2)
    assert first < second and session.text(ROLE)[slice(*second)] == "og"


def test_bad_comments_are_refused_and_nothing_is_written(session: ReviewSession) -> None:
    start, end = session.locate(ROLE, "hodepine")
    with pytest.raises(UserError, match="empty"):
        session.add_comment(ROLE, start, end, "   ", OLA)
    with pytest.raises(UserError, match="same as the passage"):
        session.add_suggestion(ROLE, start, end, "hodepine", OLA)
    with pytest.raises(UserError, match="nothing is selected"):
        session.add_comment(ROLE, start, start, "Tomt utval", OLA)
    with pytest.raises(UserError, match="outside the text"):
        session.add_comment(ROLE, 0, 10**6, "For langt", OLA)
    with pytest.raises(UserError, match="too long"):
        session.add_comment(ROLE, start, end, "x" * 20_001, OLA)
    with pytest.raises(NotFoundError, match="to reply to"):
        session.reply("0" * 32, "Svar", OLA)
    assert not session.work_path.exists()


def test_a_full_disk_keeps_the_old_state(
    session: ReviewSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = comment_on(session, ROLE, "hodepine", "Først.")
    before = session.work_path.read_bytes()

    def full(path: Path, data: bytes, **options: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(review_module, "write_atomically", full)
    with pytest.raises(UserError, match=r"could not be saved.*No space left"):
        comment_on(session, ROLE, "svimmelhet", "Andre.")
    assert [c.id for c in session.comments()] == [kept]
    assert session.work_path.read_bytes() == before


def test_a_window_and_the_command_line_do_not_overwrite_each_other(
    bundle: tuple[Path, BundleManifest],
) -> None:
    window = ReviewSession.open(bundle[0])
    terminal = ReviewSession.open(bundle[0])
    a = comment_on(window, ROLE, "hodepine", "Frå vindauget.")
    b = comment_on(terminal, ROLE, "svimmelhet", "Frå terminalen.")
    c = comment_on(window, BUP, window.text(BUP).split()[0], "Igjen frå vindauget.")
    assert [x.id for x in window.comments()] == [a, b, c]
    assert [x.id for x in ReviewSession.open(bundle[0]).comments()] == [a, b, c]


def test_a_damaged_work_file_is_kept_aside_never_deleted(
    bundle: tuple[Path, BundleManifest], private_dirs: Path
) -> None:
    work = private_dirs / "data" / "reviews" / f"{bundle[1].bundle_id}.json"
    work.parent.mkdir(parents=True)
    work.write_bytes(b'{"format": "kartedit-comments", "comments": [')

    session = ReviewSession.open(bundle[0])

    assert session.comments() == []
    assert len(session.notices) == 1 and "could not be read" in str(session.notices[0])
    kept = [p for p in work.parent.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes().endswith(b"[")
    comment_on(session, ROLE, "hodepine", "Ny start.")
    assert len(parse_comments(work.read_bytes(), "w").comments) == 1


def test_work_for_another_bundle_is_not_mixed_in(
    bundle: tuple[Path, BundleManifest], private_dirs: Path
) -> None:
    session = ReviewSession.open(bundle[0])
    comment_on(session, ROLE, "hodepine", "Merknad.")
    document = json.loads(session.work_path.read_bytes())
    document["review_bundle"] = "f" * 32
    session.work_path.write_text(json.dumps(document), encoding="utf-8")
    again = ReviewSession.open(bundle[0])
    assert again.comments() == [] and "another bundle" in str(again.notices[0])


def test_the_response_never_replaces_the_review_bundle(session: ReviewSession) -> None:
    before = session.path.read_bytes()
    with pytest.raises(UserError, match="the review bundle itself"):
        session.export_response(session.path, OLA)
    assert session.path.read_bytes() == before


def test_reviewer_identity_comes_from_option_settings_or_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(UserError, match="--reviewer"):
        resolve_reviewer()
    monkeypatch.setenv("KARTEDIT_AUTHOR", "Eva Miljø (Bergen kommune)")
    assert resolve_reviewer(role="helsesjukepleiar") == Reviewer(
        "Eva Miljø", "Bergen kommune", "helsesjukepleiar"
    )
    save_settings(Settings(author_name="Siv", author_organisation="Voss herad"))
    assert resolve_reviewer() == Reviewer("Siv", "Voss herad")
    assert resolve_reviewer("Ola (PPT)") == Reviewer("Ola", "PPT")


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_selection_is_anchored_exactly(session: ReviewSession, data: st.DataObject) -> None:
    ref = data.draw(st.sampled_from(session.sections()))
    text = session.text(ref)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    comment = session.add_comment(ref, start, end, "Merknad", OLA)
    anchor = comment.anchor
    assert anchor is not None and anchor.quote == text[start:end]
    assert (anchor.section, anchor.revision) == (ref, session.section(ref).revision_id)
    found = relocate(
        Anchor(anchor.quote, anchor.prefix, anchor.suffix, anchor.start, anchor.end), text
    )
    assert found.status is AnchorStatus.EXACT
    assert ReviewSession.open(session.path).comment(comment.id) == comment


def test_work_files_are_private_to_the_data_folder(
    session: ReviewSession, private_dirs: Path
) -> None:
    comment_on(session, ROLE, "hodepine", "Merknad.")
    assert set(tree_snapshot(private_dirs / "data")) == {f"reviews/{session.work_path.name}"}
    assert os.access(session.work_path, os.R_OK)


def test_the_reviewer_code_path_loads_no_database_code() -> None:
    code = (
        "import sys, kartedit.services.review\n"
        "print(any(m.startswith(('sqlalchemy', 'alembic', 'sqlite3')) for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
