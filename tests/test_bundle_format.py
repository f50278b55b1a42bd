"""The bundle format: schemas, value round trips, deterministic atomic writes, safe HTML."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from kartedit.bundle.comments import CommentsDocument, dump_comments, parse_comments
from kartedit.bundle.kartbundle import content_files, read_bundle, write_bundle
from kartedit.bundle.manifest import dump_manifest, parse_manifest
from kartedit.bundle.schemas import load_schema
from kartedit.bundle.zipsafe import write_zip
from kartedit.domain.bundles import BundleKind, BundleManifest, BundleSection, RoundRef
from kartedit.domain.content import MapContent, RevisionRecord, SectionRecord
from kartedit.domain.model import EditionInfo, EditionKind, MapInfo, PathwayInfo, ServiceInfo
from kartedit.domain.people import Author
from kartedit.domain.review import Comment, CommentAnchor, CommentKind, Reviewer
from kartedit.domain.sections import PATHWAY_KINDS, SERVICE_KINDS, SectionRef, Status
from kartedit.services.workspace import Workspace
from tests.bundle_support import KARI, entries, make_review_bundle, sha

# -- strategies ---------------------------------------------------------------------------

ids = st.uuids().map(lambda u: u.hex)
slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)
names = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
short = st.text(max_size=40)
moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))
refs = st.one_of(
    st.builds(SectionRef, slugs, slugs, st.sampled_from(SERVICE_KINDS)),
    st.builds(SectionRef.of_pathway, slugs, st.sampled_from(PATHWAY_KINDS)),
)
authors = st.builds(Author, names, short)
reviewers = st.builds(Reviewer, names, short, short)
checksums = st.binary(max_size=16).map(sha)


@st.composite
def manifests(draw: st.DrawFn) -> BundleManifest:
    kind = draw(st.sampled_from(list(BundleKind)))
    approved = kind is BundleKind.APPROVED  # regional texts only, at least one
    sections = draw(st.lists(refs, min_size=approved, max_size=6, unique_by=lambda r: r.key))
    response = kind is BundleKind.RESPONSE
    edition_kind = EditionKind.REGIONAL if approved else draw(st.sampled_from(list(EditionKind)))
    edition_slug = "regional" if approved else draw(slugs)
    return BundleManifest(
        kind=kind,
        bundle_id=draw(ids),
        map=MapInfo(draw(ids), draw(slugs), draw(names)),
        edition=EditionInfo(edition_slug, draw(names), edition_kind, draw(short)),
        round=RoundRef(draw(ids), draw(names), draw(st.dates())),
        made_by=draw(authors),
        made_at=draw(moments),
        sections=tuple(
            BundleSection(
                ref, edition_slug if approved else draw(slugs), draw(ids), draw(checksums)
            )
            for ref in sections
        ),
        files=draw(
            st.dictionaries(
                st.sampled_from(
                    ["map.json", "index.html", "comments.json", "texts/regional/a/b/role.md"]
                ),
                checksums,
            )
        ),
        reviewer=draw(reviewers) if response else None,
        in_response_to=draw(ids) if response else None,
    )


@st.composite
def anchors(draw: st.DrawFn) -> CommentAnchor:
    quote = draw(st.text(min_size=1, max_size=60))
    start = draw(st.integers(0, 100_000))
    return CommentAnchor(
        draw(refs),
        draw(ids),
        quote,
        draw(st.text(max_size=32)),
        draw(st.text(max_size=32)),
        start,
        start + len(quote),
    )


@st.composite
def comment_lists(draw: st.DrawFn) -> list[Comment]:
    comments: list[Comment] = []
    for _ in range(draw(st.integers(0, 8))):
        created = draw(moments)
        edited = draw(st.none() | st.just(created))
        if comments and draw(st.booleans()):
            parent = draw(st.sampled_from(comments)).id
            comments.append(
                Comment(
                    draw(ids),
                    CommentKind.COMMENT,
                    draw(names),
                    draw(reviewers),
                    created,
                    parent=parent,
                    edited=edited,
                )
            )
            continue
        kind = draw(st.sampled_from(list(CommentKind)))
        comments.append(
            Comment(
                draw(ids),
                kind,
                draw(names) if kind is CommentKind.COMMENT else draw(short),
                draw(reviewers),
                created,
                anchor=draw(anchors()),
                replacement=draw(st.text(max_size=80)) if kind is CommentKind.SUGGESTION else None,
                edited=edited,
            )
        )
    return comments


# -- schemas ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["bundle-manifest", "comments", "map-folder"])
def test_schemas_are_valid_draft_2020_12(name: str) -> None:
    schema = load_schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


# -- value round trips --------------------------------------------------------------------


@given(manifests())
def test_manifests_survive_write_and_read(manifest: BundleManifest) -> None:
    assert parse_manifest(dump_manifest(manifest), "m") == manifest


@given(ids, comment_lists())
def test_comments_survive_write_and_read(review_bundle: str, comments: list[Comment]) -> None:
    document = CommentsDocument(review_bundle, tuple(comments))
    assert parse_comments(dump_comments(document), "c") == document


markdown_texts = st.text(
    st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=300
) | st.sampled_from(
    ["# Tittel\n\n- ein\n- to\n", "| a | b |\n|---|---|\n| 1 | 2 |\n", "æøå ÆØÅ\r\n"]
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(markdown_texts, min_size=1, max_size=6))
def test_texts_survive_a_bundle_exactly(tmp_path: Path, texts: list[str]) -> None:
    service = ServiceInfo("fastlege", "Fastlege")
    sections = tuple(
        SectionRecord(
            SectionRef("angst", "fastlege", kind),
            "regional",
            Status.IN_HEARING,
            (RevisionRecord(f"{i:032x}", KARI, datetime(2026, 11, 23, tzinfo=UTC), text),),
        )
        for i, (kind, text) in enumerate(zip(SERVICE_KINDS, texts, strict=False))
    )
    content = MapContent(
        MapInfo("a" * 32, "demo", "Demo"),
        (service,),
        (PathwayInfo("angst", "Angst", (service,)),),
        (EditionInfo("regional", "Regional", EditionKind.REGIONAL),),
        sections,
    )
    manifest = BundleManifest(
        BundleKind.REVIEW,
        "b" * 32,
        content.map,
        content.editions[0],
        RoundRef("c" * 32, "Runde", datetime(2027, 1, 1).date()),
        KARI,
        datetime(2026, 11, 23, tzinfo=UTC),
        tuple(
            BundleSection(s.ref, "regional", s.revisions[0].id, sha(s.revisions[0].text.encode()))
            for s in sections
        ),
    )
    path = tmp_path / "t.kartbundle"
    payload = {**content_files(content), "index.html": b"<p>x</p>"}
    written = write_bundle(path, manifest, payload)
    bundle = read_bundle(path, BundleKind.REVIEW)
    assert bundle.manifest == written
    assert bundle.content == content


# -- writing ------------------------------------------------------------------------------


def test_the_same_bundle_is_written_byte_for_byte_the_same(tmp_path: Path) -> None:
    files = {"b.md": b"x" * 100, "a.json": b"{}"}
    write_zip(tmp_path / "1.zip", files)
    write_zip(tmp_path / "2.zip", dict(reversed(files.items())))
    assert (tmp_path / "1.zip").read_bytes() == (tmp_path / "2.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "1.zip") as archive:
        assert archive.namelist() == ["a.json", "b.md"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "r.kartbundle"
    write_zip(target, {"a.json": b"{}"})
    before = target.read_bytes()

    def refuse(_: Path) -> None:
        raise RuntimeError("verification failed")

    with pytest.raises(RuntimeError):
        write_zip(target, {"a.json": b"[]"}, refuse)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.kartbundle"]


def test_review_bundle_carries_exact_revisions_and_a_safe_rendering(
    workspace: Workspace, tmp_path: Path
) -> None:
    ref = SectionRef.parse("angst/fastlege/role")
    hostile = (
        "Fastlegen <script>alert('x')</script> ser barnet.\n\n"
        "[klikk](javascript:alert(1)) ![bilde](https://example.com/spor.png)\n"
    )
    workspace.set_status(ref, Status.DRAFT, KARI)
    saved = workspace.save(ref, hostile, Author("Per", "Legekontoret"))
    assert saved is not None
    hearing, manifest = make_review_bundle(workspace, tmp_path / "r.kartbundle")

    files = entries(tmp_path / "r.kartbundle")
    document = json.loads(files["manifest.json"])
    assert document["format"] == "kartedit-bundle" and document["kind"] == "review"
    assert document["round"] == {"id": hearing.id, "name": hearing.name, "deadline": "2027-01-15"}
    listed = {s["key"]: s for s in document["sections"]}
    assert len(listed) == 12
    assert listed[ref.key]["revision"] == saved.id
    assert listed[ref.key]["sha256"] == sha(hostile.encode())
    assert set(document["files"]) == set(files) - {"manifest.json"}
    assert all(sha(files[name]) == digest for name, digest in document["files"].items())
    assert files["texts/regional/angst/fastlege/role.md"] == hostile.encode()
    assert json.loads(files["map.json"])["format"] == "kartedit-map"

    page = files["index.html"].decode()
    assert "Fastlegen" in page and "<script" not in page and "javascript:" not in page
    assert "example.com" not in page and "Content-Security-Policy" in page
    assert manifest.files == document["files"]


def test_bundle_writer_refuses_files_that_do_not_belong(tmp_path: Path) -> None:
    manifest = BundleManifest(
        BundleKind.RESPONSE,
        "b" * 32,
        MapInfo("a" * 32, "demo", "Demo"),
        EditionInfo("regional", "Regional", EditionKind.REGIONAL),
        RoundRef("c" * 32, "Runde", datetime(2027, 1, 1).date()),
        KARI,
        datetime(2026, 11, 23, tzinfo=UTC),
        (),
        reviewer=Reviewer("Ola"),
        in_response_to="d" * 32,
    )
    with pytest.raises(ValueError, match="do not belong"):
        write_bundle(tmp_path / "x.kartbundle", manifest, {"texts/regional/a/b/role.md": b""})
    assert not (tmp_path / "x.kartbundle").exists()
