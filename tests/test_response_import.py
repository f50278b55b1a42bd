"""Importing response bundles: forty at once, again (nothing changes), re-anchoring, refusals."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kartedit.domain.responses import AnchorStatus, CommentState
from kartedit.services.decisions import Decisions
from kartedit.services.response_import import ItemOutcome, import_response, import_responses
from kartedit.services.rounds import close_round
from kartedit.services.workspace import Workspace
from tests.bundle_support import (
    KARI,
    entries,
    make_review_bundle,
    manifest_of,
    restamp,
    with_manifest,
    write_entries,
)
from tests.conftest import FixedClock
from tests.response_support import (
    GOES,
    HEARING_TABLES,
    MOVES,
    OLA,
    PASSAGES,
    REVIEWERS,
    ROLE,
    SIRI,
    TEXT_TABLES,
    Response,
    edit_after_export,
    respond,
    table_rows,
)
from tests.sql_support import counted

BUNDLES = 40


@dataclass(frozen=True)
class Corpus:
    db: Path
    """The coordinator's database after the export and an edit of ROLE; nothing imported."""
    review: Path
    round_id: str
    responses: tuple[Response, ...]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Corpus:
    """Forty responses from eight reviewers on overlapping passages, made once per module."""
    folder = tmp_path_factory.mktemp("corpus")
    db = folder / "coordinator.sqlite"
    shutil.copy(demo_template, db)
    workspace = Workspace.open(db, clock=FixedClock())
    try:
        hearing, _ = make_review_bundle(workspace, folder / "runde.kartbundle")
        responses = []
        for i in range(BUNDLES):
            reviewer = REVIEWERS[i % len(REVIEWERS)]
            passages = [PASSAGES[i % len(PASSAGES)], PASSAGES[(i + 1) % len(PASSAGES)]]
            responses.append(
                respond(
                    folder / "runde.kartbundle",
                    folder,
                    reviewer,
                    passages,
                    suggest=i % 3 == 0,
                    reply=i % 4 == 0,
                    name=f"{i:02d}",
                )
            )
        text = workspace.section(ROLE).text
        workspace.save(ROLE, edit_after_export(text), KARI, message="Edited during the hearing")
    finally:
        workspace.close()
    return Corpus(db, folder / "runde.kartbundle", hearing.id, tuple(responses))


@pytest.fixture
def coordinator(corpus: Corpus, tmp_path: Path, clock: FixedClock) -> Iterator[Workspace]:
    path = tmp_path / "coordinator.sqlite"
    shutil.copy(corpus.db, path)
    workspace = Workspace.open(path, clock=clock)
    yield workspace
    workspace.close()


def test_forty_responses_go_in_at_once_with_an_itemised_report(
    corpus: Corpus, coordinator: Workspace
) -> None:
    seen: list[tuple[int, int]] = []
    report = import_responses(
        coordinator,
        [r.path for r in corpus.responses],
        progress=lambda done, total, _path: seen.append((done, total)),
    )
    assert seen == [(i, BUNDLES) for i in range(1, BUNDLES + 1)]
    assert report.all_imported and not report.refused and not report.cancelled
    for response, file in zip(corpus.responses, report.files, strict=True):
        assert file.path == response.path and file.ok and not file.seen_before
        assert file.reviewer == response.reviewer and file.round_id == corpus.round_id
        assert [i.comment_id for i in file.items] == [c.id for c in response.comments]
        assert file.imported == len(response.comments) and file.present == file.updated == 0
        assert {i.comment_id for i in file.moved} == response.on(MOVES)
        assert {i.comment_id for i in file.orphaned} == response.on(GOES)
        for item in file.items:
            if item.is_reply:
                assert item.anchor is None
            elif item.comment_id not in response.on(MOVES) | response.on(GOES):
                assert item.anchor is AnchorStatus.EXACT

    everything = [c for r in corpus.responses for c in r.comments]
    threads = Decisions(coordinator).threads(corpus.round_id)
    assert {t.root.id for t in threads} == {c.id for c in everything if c.parent is None}
    assert sum(len(t.replies) for t in threads) == sum(1 for c in everything if c.parent)
    assert {t.root.reviewer for t in threads} == set(REVIEWERS)
    assert all(t.root.state is CommentState.OPEN for t in threads)


def test_importing_everything_again_changes_nothing(corpus: Corpus, coordinator: Workspace) -> None:
    paths = [r.path for r in corpus.responses]
    import_responses(coordinator, paths)
    before = table_rows(coordinator.path, *HEARING_TABLES, *TEXT_TABLES)

    again = import_responses(coordinator, paths)

    assert table_rows(coordinator.path, *HEARING_TABLES, *TEXT_TABLES) == before
    assert again.all_imported
    for response, file in zip(corpus.responses, again.files, strict=True):
        assert file.seen_before and file.imported == file.updated == 0
        assert file.present == len(response.comments)
        assert {i.comment_id for i in file.orphaned} == response.on(GOES)


def test_moved_and_orphaned_comments_are_listed_with_their_quotes(
    corpus: Corpus, coordinator: Workspace
) -> None:
    import_responses(coordinator, [r.path for r in corpus.responses[:6]])
    decisions = Decisions(coordinator)
    text = coordinator.section(ROLE).text
    on_role = decisions.comments(corpus.round_id, section=ROLE)
    moved = [c for c in on_role if c.anchor_status is AnchorStatus.MOVED]
    orphaned = [c for c in on_role if c.anchor_status is AnchorStatus.ORPHANED]
    assert moved and orphaned
    for item in moved:
        placement = item.placement
        assert placement is not None and placement.start is not None
        assert text[placement.start : placement.end] == MOVES[1]
        assert placement.start != item.comment.anchor.start  # type: ignore[union-attr]
    for item in orphaned:
        assert item.quote == GOES[1] and item.placement is not None
        assert item.placement.start is None
    # Orphaned ones come last in their section, still there to decide on.
    assert on_role[-len(orphaned) :] == orphaned
    marked = decisions.highlights(corpus.round_id, ROLE)
    assert {c.id for _, _, c in marked} == {c.id for c in moved}


def test_a_bad_file_is_refused_and_the_others_go_in(
    corpus: Corpus, coordinator: Workspace, tmp_path: Path
) -> None:
    files = entries(corpus.responses[0].path)
    document = manifest_of(files)
    other_map = tmp_path / "other-map.kartbundle"
    document["map"]["id"] = "0" * 32
    write_entries(other_map, with_manifest(files, document))
    tampered = tmp_path / "tampered.kartbundle"
    write_entries(tampered, {**files, "comments.json": files["comments.json"] + b" "})
    other_round = tmp_path / "other-round.kartbundle"
    document = manifest_of(files)
    document["round"]["id"] = "1" * 32
    write_entries(other_round, restamp(with_manifest(files, document)))
    good = [corpus.responses[1].path, corpus.responses[2].path]
    before = table_rows(coordinator.path, *HEARING_TABLES)

    report = import_responses(
        coordinator, [other_map, good[0], corpus.review, tampered, other_round, good[1]]
    )

    reasons = {f.path.name: f.refused for f in report.refused}
    assert set(reasons) == {
        "other-map.kartbundle",
        "runde.kartbundle",
        "tampered.kartbundle",
        "other-round.kartbundle",
    }
    assert "another map" in str(reasons["other-map.kartbundle"])
    assert "review bundle" in str(reasons["runde.kartbundle"])
    assert "not a response" in str(reasons["runde.kartbundle"])
    assert "checksum" in str(reasons["tampered.kartbundle"])
    assert "does not have" in str(reasons["other-round.kartbundle"])
    for file in report.refused:
        assert str(file.path) in str(file.refused) and not file.items
    assert [f.imported for f in report.files if f.ok] == [
        len(corpus.responses[1].comments),
        len(corpus.responses[2].comments),
    ]
    assert table_rows(coordinator.path, *HEARING_TABLES) != before
    assert not report.all_imported


def test_a_response_for_a_round_this_database_lacks_is_refused(
    corpus: Corpus, workspace: Workspace
) -> None:
    """The demo database as it was before the round: it has the texts, not the round."""
    before = table_rows(workspace.path, *HEARING_TABLES)
    report = import_response(workspace, corpus.responses[0].path)
    assert report.refused is not None and "Høring angst 2027" in str(report.refused)
    assert "does not have" in str(report.refused)
    assert table_rows(workspace.path, *HEARING_TABLES) == before


def test_a_closed_round_takes_no_new_responses_but_knows_its_own(
    corpus: Corpus, coordinator: Workspace
) -> None:
    first, second = corpus.responses[:2]
    import_response(coordinator, first.path)
    close_round(coordinator, corpus.round_id, KARI)
    assert import_response(coordinator, first.path).seen_before
    refused = import_response(coordinator, second.path)
    assert refused.refused is not None and "closed" in str(refused.refused)


def test_a_forged_quote_is_refused(corpus: Corpus, coordinator: Workspace, tmp_path: Path) -> None:
    files = entries(corpus.responses[0].path)
    # Same length, so the anchor's own check (offsets fit the quote) passes.
    forged = files["comments.json"].replace("portåpner til".encode(), "dørvokter til".encode())
    assert forged != files["comments.json"]
    path = write_entries(
        tmp_path / "forged.kartbundle", restamp({**files, "comments.json": forged})
    )
    report = import_response(coordinator, path)
    assert report.refused is not None and "quotes a passage" in str(report.refused)


def test_cancelling_leaves_the_rest_untouched(corpus: Corpus, coordinator: Workspace) -> None:
    paths = [r.path for r in corpus.responses[:5]]
    done: list[int] = []
    report = import_responses(
        coordinator,
        paths,
        progress=lambda n, _total, _path: done.append(n),
        cancel=lambda: len(done) >= 2,
    )
    assert report.cancelled and not report.all_imported
    assert [f.ok for f in report.files] == [True, True, False, False, False]
    assert all(f.cancelled and not f.items for f in report.files[2:])
    imported = {t.root.reviewer for t in Decisions(coordinator).threads(corpus.round_id)}
    assert imported == {REVIEWERS[0], REVIEWERS[1]}


def test_a_later_response_with_an_edited_comment_updates_it_until_decided(
    workspace: Workspace, tmp_path: Path
) -> None:
    from kartedit.services.review import ReviewSession

    review = tmp_path / "runde.kartbundle"
    hearing, _ = make_review_bundle(workspace, review)
    session = ReviewSession.open(review, clock=FixedClock(), work_dir=tmp_path / "ola")
    start, end = session.locate(ROLE, "portåpner til spesialisthelsetjenesten")
    comment = session.add_comment(ROLE, start, end, "Første utgåve", OLA)
    session.export_response(tmp_path / "svar1.kartbundle", OLA)
    session.edit(comment.id, text="Retta utgåve")
    session.export_response(tmp_path / "svar2.kartbundle", OLA)

    first = import_response(workspace, tmp_path / "svar1.kartbundle")
    second = import_response(workspace, tmp_path / "svar2.kartbundle")
    assert [i.outcome for i in first.items] == [ItemOutcome.NEW]
    assert [i.outcome for i in second.items] == [ItemOutcome.UPDATED]
    decisions = Decisions(workspace)
    assert decisions.comment(comment.id).comment.text == "Retta utgåve"
    assert decisions.comment(comment.id).response_id == second.bundle_id

    decisions.resolve(comment.id, KARI)
    session.edit(comment.id, text="Tredje utgåve")
    session.export_response(tmp_path / "svar3.kartbundle", OLA)
    third = import_response(workspace, tmp_path / "svar3.kartbundle")
    assert [i.outcome for i in third.items] == [ItemOutcome.PRESENT]
    assert decisions.comment(comment.id).comment.text == "Retta utgåve"
    assert hearing.id == third.round_id


def test_a_comment_id_used_by_another_reviewer_is_refused(
    corpus: Corpus, coordinator: Workspace, tmp_path: Path
) -> None:
    import_response(coordinator, corpus.responses[0].path)
    files = entries(corpus.responses[0].path)
    document = manifest_of(files)
    document["bundle_id"] = "2" * 32
    forged = files["comments.json"].replace(REVIEWERS[0].name.encode(), SIRI.name.encode())
    path = tmp_path / "stolen.kartbundle"
    write_entries(path, restamp(with_manifest({**files, "comments.json": forged}, document)))
    report = import_response(coordinator, path)
    assert report.refused is not None and "already used" in str(report.refused)


def test_a_file_costs_the_same_statements_however_many_comments_it_holds(
    corpus: Corpus, coordinator: Workspace, tmp_path: Path
) -> None:
    """Texts are read once a file and comments go in with one insert, not one per comment."""
    few = respond(corpus.review, tmp_path, OLA, [PASSAGES[2]], name="few")
    many = respond(
        corpus.review, tmp_path, SIRI, list(PASSAGES), suggest=True, reply=True, name="many"
    )
    import_response(coordinator, corpus.responses[0].path)  # the round's first: records sent
    with counted(coordinator) as for_few:
        assert import_response(coordinator, few.path).imported == 1
    with counted(coordinator) as for_many:
        assert import_response(coordinator, many.path).imported == len(PASSAGES) + 2
    assert len(for_many) == len(for_few), for_many


ASSESSED = PASSAGES[2]
ASSESSMENT_REF = ASSESSED[0]


def test_later_files_of_one_import_reuse_what_the_first_read(
    corpus: Corpus, coordinator: Workspace, tmp_path: Path
) -> None:
    """The round, its texts and its revisions are read for the first file, not for each."""
    made = [
        respond(corpus.review, tmp_path, who, [ASSESSED], name=f"batch-{n}")
        for n, who in enumerate((OLA, SIRI, REVIEWERS[2]))
    ]
    import_response(coordinator, corpus.responses[0].path)  # the round's first: records sent
    with counted(coordinator) as alone:
        assert import_responses(coordinator, [made[0].path]).all_imported
    with counted(coordinator) as together:
        assert import_responses(coordinator, [m.path for m in made[1:]]).all_imported
    assert len(together) < 2 * len(alone), together


def test_a_text_saved_by_another_program_during_an_import_is_what_later_files_meet(
    corpus: Corpus, coordinator: Workspace, tmp_path: Path
) -> None:
    first = respond(corpus.review, tmp_path, OLA, [ASSESSED], name="before")
    second = respond(corpus.review, tmp_path, SIRI, [ASSESSED], name="after")
    saved: list[str] = []

    def another_program_saves(done: int, _total: int, _path: Path) -> None:
        if done == 1:
            with Workspace.open(coordinator.path) as other:
                text = "Ny innleiing.\n\n" + other.section(ASSESSMENT_REF).text
                other.save(ASSESSMENT_REF, text, KARI, message="Saved during the import")
                saved.append(other.section(ASSESSMENT_REF).revision_id or "")

    report = import_responses(
        coordinator, [first.path, second.path], progress=another_program_saves
    )
    assert report.all_imported and saved
    before, after = (file.items[0].anchor for file in report.files)
    assert (before, after) == (AnchorStatus.EXACT, AnchorStatus.MOVED)
    [placed] = [
        c.placement
        for c in Decisions(coordinator).comments(section=ASSESSMENT_REF)
        if c.reviewer == SIRI
    ]
    assert placed.revision == saved[0]
