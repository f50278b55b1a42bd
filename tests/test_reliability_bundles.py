"""Bundles under attack: ZIP header fields zipfile cannot read, and a seeded mutation fuzz
over sound review, response and approved bundles. Whatever the bytes, kartedit answers
with its own user error (naming the file) or accepts; the database stays sound."""

from __future__ import annotations

import contextlib
import json
import random
import shutil
import sqlite3
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kartedit.bundle.kartbundle import bundle_problems, read_bundle
from kartedit.bundle.problems import BundleError
from kartedit.domain.errors import UserError
from kartedit.domain.sections import SectionRef
from kartedit.services.approved import apply_approved_bundle, export_approved_bundle
from kartedit.services.bundles import export_review_bundle
from kartedit.services.decisions import Decisions
from kartedit.services.response_import import import_response, import_responses
from kartedit.services.review import ReviewSession
from kartedit.services.rounds import start_round
from kartedit.services.workspace import Workspace
from kartedit.store.sqlite import backup_copy
from tests.bundle_support import KARI, entries, restamp, write_entries
from tests.conftest import FixedClock
from tests.response_support import OLA
from tests.test_cli import kartedit

INTERVENTION = SectionRef.parse("depresjon/kommunal-psykisk-helse/intervention")


@dataclass(frozen=True)
class Sound:
    review: bytes
    response: bytes
    approved: bytes
    database: Path
    """The region's database before the response was imported (the response fits it)."""


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Sound:
    folder = tmp_path_factory.mktemp("sound")
    before = folder / "before.sqlite"
    region = folder / "region.sqlite"
    shutil.copy(demo_template, region)
    workspace = Workspace.open(region, clock=FixedClock())
    try:
        hearing = start_round(
            workspace, name="Høring depresjon", deadline=date(2027, 1, 15), author=KARI,
            pathways=["depresjon"], services=["kommunal-psykisk-helse"],
        )  # fmt: skip
        export_review_bundle(workspace, hearing.id, folder / "review.kartbundle")
        backup_copy(region, before)  # a copy of the open database, its WAL included
        session = ReviewSession.open(
            folder / "review.kartbundle", clock=FixedClock(), work_dir=folder / "ola"
        )
        start, end = session.locate(INTERVENTION, "vanligvis 6–12 samtaler")
        comment = session.add_comment(INTERVENTION, start, end, "Kor mange?", OLA)
        session.reply(comment.id, "Og kor ofte?", OLA)
        session.add_suggestion(INTERVENTION, start, end, "vanligvis 6–15 samtaler", OLA)
        session.export_response(folder / "response.kartbundle", OLA)
        assert import_responses(workspace, [folder / "response.kartbundle"]).all_imported
        Decisions(workspace).approve_round(hearing.id, KARI, close=True)
        export_approved_bundle(workspace, hearing.id, folder / "approved.kartbundle")
    finally:
        workspace.close()
    return Sound(
        (folder / "review.kartbundle").read_bytes(),
        (folder / "response.kartbundle").read_bytes(),
        (folder / "approved.kartbundle").read_bytes(),
        before,
    )


# -- ZIP header fields ---------------------------------------------------------------------

_CENTRAL = b"PK\x01\x02"
_LOCAL = b"PK\x03\x04"
# (name, offset in the central directory header, offset in the local header, format)
_FIELDS = [
    ("version needed", 6, 4, "<H"),
    ("flag bits", 8, 6, "<H"),
    ("compression method", 10, 8, "<H"),
]
_VALUES: dict[str, list[int]] = {
    "version needed": [64, 70, 99, 255, 0xFFFF],
    "flag bits": [0x20, 0x40, 0x60, 0x21, 0x61, 0xFFFF],
    "compression method": [1, 6, 9, 12, 14, 19, 93, 95, 98, 99, 0xFFFF],
}


def _headers(data: bytes, signature: bytes) -> list[int]:
    found, at = [], data.find(signature)
    while at >= 0:
        found.append(at)
        at = data.find(signature, at + 4)
    return found


def _set_field(data: bytes, field: str, value: int, *, entry: int, where: str) -> bytes:
    _, central, local, fmt = next(f for f in _FIELDS if f[0] == field)
    changed = bytearray(data)
    if where in ("central", "both"):
        at = _headers(data, _CENTRAL)[entry]
        struct.pack_into(fmt, changed, at + central, value)
    if where in ("local", "both"):
        at = _headers(data, _LOCAL)[entry]
        struct.pack_into(fmt, changed, at + local, value)
    return bytes(changed)


def _header_cases() -> Iterator[tuple[str, str, int, str, int]]:
    rng = random.Random(2026)
    for kind in ("review", "response", "approved"):
        for field, values in _VALUES.items():
            for value in values:
                where = rng.choice(["central", "local", "both"])
                yield kind, field, value, where, rng.randrange(3)


@pytest.mark.parametrize(("kind", "field", "value", "where", "entry"), list(_header_cases()))
def test_zip_header_fields_zipfile_cannot_read_give_a_message_naming_the_file(
    sound: Sound, tmp_path: Path, kind: str, field: str, value: int, where: str, entry: int
) -> None:
    path = tmp_path / f"{kind}.kartbundle"
    path.write_bytes(_set_field(getattr(sound, kind), field, value, entry=entry, where=where))
    try:
        read_bundle(path)
    except UserError as exc:
        assert exc.message.startswith(f"{path}: "), exc.message
    problems = bundle_problems(path)
    assert all(str(path) in str(problem) for problem in problems)
    code, _, err = kartedit("bundle", "validate", str(path))
    assert code in (0, 1) and "Traceback" not in err


@pytest.mark.parametrize("field", ["version needed", "flag bits"])
def test_one_unreadable_file_in_a_batch_import_is_reported_and_the_rest_go_on(
    sound: Sound, tmp_path: Path, field: str
) -> None:
    db = tmp_path / "region.sqlite"
    shutil.copy(sound.database, db)
    good = tmp_path / "svar.kartbundle"
    good.write_bytes(sound.response)
    bad = tmp_path / "ulesbar.kartbundle"
    bad.write_bytes(_set_field(sound.response, field, _VALUES[field][0], entry=0, where="central"))
    code, out, err = kartedit("bundle", "import", str(db), str(bad), str(good))
    assert code == 1 and "Traceback" not in err
    assert str(bad) in out + err, (out, err)
    assert "Imported 1 of 2 files; 1 refused." in out, (out, err)
    workspace = Workspace.open(db)
    try:
        report = import_response(workspace, good)
    finally:
        workspace.close()
    assert report.seen_before  # the good file after the bad one was imported


# -- the fuzz ------------------------------------------------------------------------------

CASES = 200


def _flip_bytes(data: bytes, rng: random.Random) -> bytes:
    changed = bytearray(data)
    for _ in range(rng.choice([1, 1, 2, 8, 64])):
        changed[rng.randrange(len(changed))] = rng.randrange(256)
    return bytes(changed)


def _header_field(data: bytes, rng: random.Random) -> bytes:
    field = rng.choice(_FIELDS)[0]
    candidates = [*_VALUES[field], 0, 8, 20, rng.randrange(0x10000)]
    entries_count = len(_headers(data, _CENTRAL))
    return _set_field(
        data,
        field,
        rng.choice(candidates),
        entry=rng.randrange(max(entries_count, 1)),
        where=rng.choice(["central", "local", "both"]),
    )


def _sizes_and_offsets(data: bytes, rng: random.Random) -> bytes:
    """Declared sizes, CRCs, name lengths and offsets: the fields a forger lies in."""
    changed = bytearray(data)
    at = rng.choice(_headers(data, _CENTRAL))
    offset, fmt = rng.choice(
        [(16, "<L"), (20, "<L"), (24, "<L"), (28, "<H"), (30, "<H"), (42, "<L")]
    )
    value = rng.choice([0, 1, 0xFFFF, 0xFFFFFFFF, rng.randrange(1 << 16)])
    struct.pack_into(fmt, changed, at + offset, value & (0xFFFF if fmt == "<H" else 0xFFFFFFFF))
    return bytes(changed)


_ODD_VALUES: list[Any] = [
    None, True, 0, -1, 2**63, 1.5, "", "x" * 5000, "a\nb", "\x00", "e" * 32, "e" * 31 + "\n",
    "../../etc/passwd", "2026-13-45T10:00:00Z", [], {}, [1, 2], {"a": 1}, "angst/fastlege/role",
]  # fmt: skip


def _json_value(files: dict[str, bytes], rng: random.Random) -> dict[str, bytes] | None:
    """One JSON value changed, and every checksum recomputed, as a careful forger would."""
    names = [n for n in files if n.endswith(".json")]
    name = rng.choice(names)
    document = json.loads(files[name])
    leaves = list(_leaves(document))
    if not leaves:
        return None
    path = rng.choice(leaves)
    target = document
    for step in path[:-1]:
        target = target[step]
    action = rng.random()
    if action < 0.15 and isinstance(target, dict):
        del target[path[-1]]
    else:
        target[path[-1]] = rng.choice(_ODD_VALUES)
    changed = {**files, name: json.dumps(document, ensure_ascii=False).encode()}
    return restamp(changed) if name != "manifest.json" or rng.random() < 0.5 else changed


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*path, index)
            yield from _leaves(value, (*path, index))


def _text_value(files: dict[str, bytes], rng: random.Random) -> dict[str, bytes] | None:
    texts = [n for n in files if n.endswith(".md")]
    if not texts:
        return None
    name = rng.choice(texts)
    body = rng.choice([b"", b"- " * 600 + b"x", b"\xff\xfe", "å".encode() * 3, b"\x00" * 10])
    return restamp({**files, name: body})


def _mutate(data: bytes, rng: random.Random, path: Path) -> str:
    how = rng.choice(["bytes", "header", "sizes", "json", "json", "text"])
    if how == "bytes":
        path.write_bytes(_flip_bytes(data, rng))
    elif how == "header":
        path.write_bytes(_header_field(data, rng))
    elif how == "sizes":
        path.write_bytes(_sizes_and_offsets(data, rng))
    else:
        write_entries(path, {})  # a placeholder in case nothing below applies
        tmp = path.with_suffix(".sound")
        tmp.write_bytes(data)
        files = entries(tmp)
        changed = _json_value(files, rng) if how == "json" else _text_value(files, rng)
        write_entries(path, changed if changed is not None else files)
    return how


def _integrity(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def _attempt(action: Callable[[], object]) -> None:
    """Accepted, or refused with kartedit's own user error: anything else fails the test."""
    with contextlib.suppress(UserError):
        action()


def test_mutated_bundles_give_user_errors_only_and_leave_the_database_sound(
    sound: Sound, tmp_path: Path
) -> None:
    rng = random.Random(20261203)
    db = tmp_path / "region.sqlite"
    shutil.copy(sound.database, db)
    municipality = tmp_path / "bergen.sqlite"
    shutil.copy(sound.database, municipality)
    region = Workspace.open(db, clock=FixedClock())
    local = Workspace.open(municipality, clock=FixedClock())
    seen: dict[str, int] = {}
    try:
        for case in range(CASES):
            kind = ("review", "response", "approved")[case % 3]
            path = tmp_path / f"{case}-{kind}.kartbundle"
            how = _mutate(getattr(sound, kind), rng, path)
            seen[how] = seen.get(how, 0) + 1
            _attempt(lambda p=path: bundle_problems(p))  # type: ignore[misc]
            _attempt(lambda p=path: read_bundle(p))  # type: ignore[misc]
            if kind == "response":
                report = import_response(region, path)
                assert report.ok or report.refused, case
            elif kind == "approved":
                _attempt(lambda p=path: apply_approved_bundle(local, p))  # type: ignore[misc]
            else:
                _attempt(
                    lambda p=path: ReviewSession.open(  # type: ignore[misc]
                        p, clock=FixedClock(), work_dir=tmp_path / "work"
                    )
                )
            assert _integrity(db) == "ok" and _integrity(municipality) == "ok", case
    finally:
        region.close()
        local.close()
    assert set(seen) == {"bytes", "header", "sizes", "json", "text"}


def test_the_fuzz_starts_from_sound_bundles(sound: Sound, tmp_path: Path) -> None:
    for kind in ("review", "response", "approved"):
        path = tmp_path / f"{kind}.kartbundle"
        path.write_bytes(getattr(sound, kind))
        assert bundle_problems(path) == [], kind


def test_bundle_error_is_the_user_error_type() -> None:
    assert issubclass(BundleError, UserError)
