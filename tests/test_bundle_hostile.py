"""Hostile bundles: one per kind of bad input, each refused with its own message, no change."""

from __future__ import annotations

import json
import random
import shutil
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kartedit.bundle.kartbundle import content_files, read_bundle
from kartedit.bundle.manifest import SCHEMA_VERSION
from kartedit.bundle.mapfiles import content_to_files
from kartedit.bundle.problems import BundleError
from kartedit.bundle.zipsafe import MAX_ENTRIES, MB
from kartedit.domain.bundles import BundleKind
from kartedit.domain.review import Reviewer
from kartedit.domain.sections import SectionRef
from kartedit.services.review import ReviewSession
from kartedit.services.workspace import Workspace
from kartedit.store.bulk import export_content
from tests.bundle_support import (
    entries,
    make_review_bundle,
    manifest_of,
    restamp,
    sha,
    tree_snapshot,
    with_manifest,
    write_entries,
)
from tests.cli_support import kartedit
from tests.conftest import FixedClock

OLA = Reviewer("Ola Nordmann", "PPT Voss", "rådgjevar")
ROLE = SectionRef.parse("angst/fastlege/role")
TEXT = "texts/regional/angst/fastlege/role.md"
Files = dict[str, bytes]


@dataclass(frozen=True)
class Sources:
    review: Files
    response: Files
    folder: Files


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Sources:
    """A sound review bundle, a sound response to it, and a zipped map folder."""
    folder = tmp_path_factory.mktemp("sources")
    db = folder / "demo.sqlite"
    shutil.copy(demo_template, db)
    workspace = Workspace.open(db, clock=FixedClock())
    try:
        make_review_bundle(workspace, folder / "review.kartbundle")
        with workspace.database.reading() as session:
            map_folder = content_to_files(export_content(session))
    finally:
        workspace.close()
    session = ReviewSession.open(
        folder / "review.kartbundle", work_dir=folder / "work", clock=FixedClock()
    )
    start, end = session.locate(ROLE, "portåpner til spesialisthelsetjenesten")
    comment = session.add_comment(ROLE, start, end, "Nemn BUP her.", OLA)
    session.reply(comment.id, "Og inntaksteamet.", OLA)
    session.export_response(folder / "response.kartbundle", OLA)
    return Sources(
        entries(folder / "review.kartbundle"), entries(folder / "response.kartbundle"), map_folder
    )


# -- forging ------------------------------------------------------------------------------


def _raw(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip_with(path: Path, files: Files, extra: list[tuple[zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)
    return path


def _symlink(path: Path, s: Sources) -> Path:
    info = zipfile.ZipInfo("texts/regional/angst/fastlege/lenke.md")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return _zip_with(path, s.review, [(info, b"/etc/passwd")])


def _encrypted(path: Path, s: Sources) -> Path:
    """zipfile will not write the encryption flag, so set it in the central directory."""
    write_entries(path, {**s.review, "secret.md": b"x"})
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02"))
    while data[at + 46 : at + 46 + len(b"secret.md")] != b"secret.md":
        at = data.find(b"PK\x01\x02", at + 4)
    data[at + 8] |= 0x1
    return _raw(path, bytes(data))


def _duplicate(path: Path, s: Sources) -> Path:
    info = zipfile.ZipInfo("index.html")
    with pytest.warns(UserWarning, match="Duplicate name"):
        return _zip_with(path, s.review, [(info, b"<p>other</p>")])


def _many(path: Path, s: Sources) -> Path:
    files = {f"texts/x/{i}.md": b"" for i in range(MAX_ENTRIES + 1)}
    return write_entries(path, files)


def _big_entry(path: Path, s: Sources) -> Path:
    noise = random.Random(5).randbytes(2 * MB + 100)  # incompressible: not a ratio problem
    return write_entries(path, {**s.review, TEXT: noise})


def _big_total(path: Path, s: Sources) -> Path:
    rng = random.Random(7)
    block = bytearray(b"a" * (19 * MB // 10))
    for i in range(0, len(block), 200):  # compresses ~57 times: under the ratio limit
        block[i] = rng.randrange(256)
    files = {f"texts/regional/x/y{i}/role.md": bytes(block) for i in range(28)}
    return write_entries(path, {**s.review, **files})


def _bomb(path: Path, s: Sources) -> Path:
    return write_entries(path, {**s.review, TEXT: b"\0" * (19 * MB // 10)})


def _damaged(path: Path, s: Sources) -> Path:
    write_entries(path, {**s.review, TEXT: b"Fastlegen " * 3000}, method=zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    at = data.find(b"Fastlegen Fastlegen")
    data[at + 5 : at + 9] = b"XXXX"
    return _raw(path, bytes(data))


def _manifest_change(base: str, change: Callable[[dict], None]) -> Callable[[Path, Sources], Path]:
    def build(path: Path, s: Sources) -> Path:
        files = getattr(s, base)
        document = manifest_of(files)
        change(document)
        return write_entries(path, with_manifest(files, document))

    return build


def _schema_break(document: dict) -> None:
    del document["bundle_id"]
    document["made_at"] = "yesterday"


def _other_revision(document: dict) -> None:
    document["sections"][0]["revision"] = "f" * 32


def _files_change(base: str, change: Callable[[Files], Files]) -> Callable[[Path, Sources], Path]:
    def build(path: Path, s: Sources) -> Path:
        return write_entries(path, change(dict(getattr(s, base))))

    return build


def _comments_change(change: Callable[[dict], None]) -> Callable[[Path, Sources], Path]:
    def build(path: Path, s: Sources) -> Path:
        document = json.loads(s.response["comments.json"])
        change(document)
        files = {**s.response, "comments.json": json.dumps(document).encode()}
        return write_entries(path, restamp(files))

    return build


def _impossible_date(files: Files) -> Files:
    document = json.loads(files["map.json"])
    document["sections"][0]["revisions"][0]["created"] = "2026-13-45T10:00:00Z"
    return restamp({**files, "map.json": json.dumps(document).encode()})


def _orphan_reply(document: dict) -> None:
    document["comments"][1]["parent"] = "e" * 32


def _unknown_section(document: dict) -> None:
    document["comments"][0]["anchor"]["section"] = "depresjon/nav/role"


def _texts_in_response(files: Files) -> Files:
    return restamp({**files, TEXT: b"Ein kopi av teksten.\n"})


def _without(name: str) -> Callable[[Files], Files]:
    return lambda files: {k: v for k, v in files.items() if k != name}


def _tampered(files: Files) -> Files:
    return {**files, TEXT: files[TEXT].replace(b"Fastlegen", b"Legen", 1)}


def _map_folder(path: Path, s: Sources) -> Path:
    return write_entries(path, s.folder)


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path, Sources], Path]
    message: str
    expect: BundleKind = BundleKind.REVIEW


CASES = [
    Case(
        "not-a-zip",
        lambda p, s: _raw(p, b"Kjaere koordinator, her er svaret.\n" * 40),
        "not a ZIP file",
    ),
    Case("empty", lambda p, s: _raw(p, b""), "the file is empty"),
    Case(
        "parent-path",
        _files_change("review", lambda f: {**f, "../utanfor.md": b"x"}),
        "escapes the bundle",
    ),
    Case(
        "absolute-path",
        _files_change("review", lambda f: {**f, "/etc/cron.d/x": b"x"}),
        "absolute path",
    ),
    Case(
        "drive-letter",
        _files_change("review", lambda f: {**f, "C:/Windows/x.md": b"x"}),
        "drive letter",
    ),
    Case("backslash", _files_change("review", lambda f: {**f, "texts\\x.md": b"x"}), "backslashes"),
    Case("symlink", _symlink, "is a symbolic link"),
    Case("encrypted", _encrypted, "is encrypted"),
    Case("too-many-entries", _many, "too many files in the bundle"),
    Case("oversized-entry", _big_entry, "is too large"),
    Case("oversized-total", _big_total, "the bundle unpacks to"),
    Case("compression-bomb", _bomb, "suspicious compression ratio"),
    Case("damaged-entry", _damaged, "is damaged and cannot be unpacked"),
    Case("duplicate-entry", _duplicate, "appears twice in the bundle"),
    Case(
        "no-manifest",
        _files_change("review", _without("manifest.json")),
        "manifest.json is missing",
    ),
    Case(
        "malformed-json",
        _files_change("review", lambda f: {**f, "manifest.json": b'{"format": '}),
        "not valid JSON",
    ),
    Case(
        "schema-failure",
        _manifest_change("review", _schema_break),
        "does not follow the bundle manifest schema",
    ),
    Case(
        "newer-version",
        _manifest_change("review", lambda d: d.update(schema_version=SCHEMA_VERSION + 1)),
        "made with a newer kartedit",
    ),
    Case("map-folder", _map_folder, "the manifest of a map folder"),
    Case(
        "missing-file",
        _files_change("review", _without(TEXT)),
        "listed in the manifest but missing",
    ),
    Case(
        "unlisted-file",
        _files_change("review", lambda f: {**f, "notes.md": b"x"}),
        "not listed in its manifest",
    ),
    Case("checksum-mismatch", _files_change("review", _tampered), "does not match its checksum"),
    Case(
        "revision-mismatch",
        _manifest_change("review", _other_revision),
        "manifest.json names revision",
    ),
    Case(
        "impossible-date",
        _files_change("review", _impossible_date),
        "map.json: a value in it is not valid",
    ),
    Case("response-as-review", _files_change("response", dict), "this is a response bundle"),
    Case(
        "review-as-response",
        _files_change("review", dict),
        "this is a review bundle",
        BundleKind.RESPONSE,
    ),
    Case(
        "texts-in-response",
        _files_change("response", _texts_in_response),
        "does not belong in a response bundle",
        BundleKind.RESPONSE,
    ),
    Case(
        "orphan-reply",
        _comments_change(_orphan_reply),
        "answers a comment that is not in the file",
        BundleKind.RESPONSE,
    ),
    Case(
        "comment-elsewhere",
        _comments_change(_unknown_section),
        "which the bundle does not list",
        BundleKind.RESPONSE,
    ),
]


WRONG_KIND = {"response-as-review", "review-as-response"}


@pytest.fixture(scope="module")
def corpus(sources: Sources, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    return {case.name: case.build(folder / f"{case.name}.kartbundle", sources) for case in CASES}


def _refusal(path: Path, expect: BundleKind) -> BundleError:
    with pytest.raises(BundleError) as caught:
        read_bundle(path, expect)
    return caught.value


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_hostile_bundle_gets_its_own_message_naming_the_file(
    case: Case, corpus: dict[str, Path]
) -> None:
    path = corpus[case.name]
    error = _refusal(path, case.expect)
    assert error.message.startswith(f"{path}: ")
    assert case.message in error.message
    others = [c.message for c in CASES if c is not case]
    assert not any(message in error.message for message in others)


def test_the_messages_are_all_different(corpus: dict[str, Path]) -> None:
    messages = {_refusal(corpus[c.name], c.expect).message.split(": ", 1)[1] for c in CASES}
    assert len(messages) == len(CASES)


def test_the_sound_sources_are_accepted(sources: Sources, tmp_path: Path) -> None:
    review = write_entries(tmp_path / "r.kartbundle", sources.review)
    response = write_entries(tmp_path / "s.kartbundle", sources.response)
    assert read_bundle(review, BundleKind.REVIEW).content is not None
    comments = read_bundle(response, BundleKind.RESPONSE).comments
    assert comments is not None and len(comments.comments) == 2
    assert (
        sha(sources.response["comments.json"])
        == manifest_of(sources.response)["files"]["comments.json"]
    )
    assert "map.json" in content_files(read_bundle(review).content)  # type: ignore[arg-type]


def test_a_hostile_bundle_changes_nothing_anywhere(
    corpus: dict[str, Path], demo_db: Path, private_dirs: Path
) -> None:
    """Opened as a reviewer, inspected and validated: refused every time, nothing written."""
    db_before = demo_db.read_bytes()
    data_dir = private_dirs / "data"
    for case in CASES:
        if case.name == "review-as-response":
            continue  # a sound review bundle: only an import (next issue) must refuse it
        path = corpus[case.name]
        before = path.read_bytes()
        with pytest.raises(BundleError):
            ReviewSession.open(path)
        out_file = private_dirs / "svar.kartbundle"
        for args in (
            ("bundle", "info", str(path)),
            ("review", "list", str(path)),
            (
                "review",
                "comment",
                str(path),
                "--section",
                ROLE.key,
                "--quote",
                "Fastlegen",
                "--text",
                "Merknad",
                "--reviewer",
                "Ola (PPT)",
            ),
            ("review", "export", str(path), "-o", str(out_file), "--reviewer", "Ola (PPT)"),
        ):
            code, out, err = kartedit(*args)
            if case.name in WRONG_KIND and args[:2] == ("bundle", "info"):
                continue  # sound bundles, only of the other kind: fine to inspect
            assert (code, out) == (1, ""), (case.name, args)
            assert len(err.strip().splitlines()) == 1 and str(path) in err
        code, _, err = kartedit("bundle", "validate", str(path))
        if case.name not in WRONG_KIND:
            assert code == 1 and case.message in err
        assert path.read_bytes() == before
        assert not out_file.exists()
    assert tree_snapshot(data_dir / "reviews") == {}
    assert demo_db.read_bytes() == db_before


def test_validate_lists_every_problem_one_per_line(sources: Sources, tmp_path: Path) -> None:
    files = {
        **sources.review,
        TEXT: b"endra",
        "texts/regional/angst/bup/role.md": b"endra",
    }
    path = write_entries(tmp_path / "to-feil.kartbundle", files)
    code, out, err = kartedit("bundle", "validate", str(path))
    lines = err.strip().splitlines()
    assert code == 1 and out == ""
    assert len(lines) == 2 and all("does not match its checksum" in line for line in lines)
