"""Manifest checks stay whole when many responses share one review bundle's section list."""

from __future__ import annotations

import json

import pytest

from kartedit.bundle.manifest import parse_manifest
from kartedit.bundle.problems import BundleError

SECTIONS = [
    {
        "key": f"angst/teneste-{i:02d}/role",
        "edition": "bergen",
        "revision": f"{i:032x}",
        "sha256": "a" * 64,
    }
    for i in range(30)
]


def manifest(**changes: object) -> dict[str, object]:
    document: dict[str, object] = {
        "format": "kartedit-bundle",
        "schema_version": 1,
        "kind": "response",
        "bundle_id": "b" * 32,
        "map": {"id": "c" * 32, "slug": "kart", "name": "Kart"},
        "edition": {"slug": "bergen", "name": "Bergen", "kind": "local"},
        "round": {"id": "d" * 32, "name": "Runde", "deadline": "2027-01-15"},
        "made_by": {"name": "Ola"},
        "made_at": "2026-11-02T09:00:00Z",
        "sections": SECTIONS,
        "files": {"comments.json": "e" * 64},
        "reviewer": {"name": "Ola"},
        "in_response_to": "f" * 32,
    }
    document.update(changes)
    return document


def parse(document: dict[str, object]) -> object:
    return parse_manifest(json.dumps(document).encode(), "svar.kartbundle: manifest.json")


def test_a_section_list_seen_before_does_not_let_other_faults_through() -> None:
    assert parse(manifest()) is not None
    assert parse(manifest(bundle_id="1" * 32)) is not None  # the same list, read again
    with pytest.raises(BundleError, match="made_at"):
        parse(manifest(made_at="i går"))
    with pytest.raises(BundleError, match="reviewer"):
        parse({k: v for k, v in manifest().items() if k != "reviewer"})


def test_the_same_list_under_another_kind_is_checked_for_that_kind() -> None:
    parse(manifest())
    approved = manifest(
        kind="approved", edition={"slug": "regional", "name": "R", "kind": "regional"}
    )
    del approved["reviewer"], approved["in_response_to"]
    with pytest.raises(BundleError, match="regional"):
        parse(approved)  # an approved bundle's sections must all be regional


def test_a_changed_entry_is_checked_again() -> None:
    parse(manifest())
    broken = [dict(s) for s in SECTIONS]
    broken[-1]["sha256"] = "not a checksum"
    with pytest.raises(BundleError, match="sections/29/sha256"):
        parse(manifest(sections=broken))


def test_the_compiled_check_never_accepts_what_jsonschema_refuses() -> None:
    from kartedit.bundle.schemas import _fast_validator, _validator

    fast = _fast_validator("bundle-manifest")
    if fast is None:
        pytest.skip("jsonschema-rs is not installed; jsonschema alone checks")
    broken = [
        manifest(bundle_id="b" * 32 + "\n"),  # «$» before a final newline, in Python's re
        manifest(bundle_id="B" * 32),
        manifest(kind="other"),
        manifest(extra=1),
        manifest(made_by={"name": ""}),
        manifest(sections=[{**SECTIONS[0], "key": "Angst/x/role"}]),
        manifest(files={"../x": "e" * 64}),
        manifest(schema_version=True),
        {k: v for k, v in manifest().items() if k != "files"},
    ]
    for document in broken:
        if list(_validator("bundle-manifest").iter_errors(document)):
            assert not fast.is_valid(document), document
    assert fast.is_valid(manifest())
