"""Ids, slugs, hashes and dates: a trailing newline or any control character is refused
by every schema pattern, in every id field of a bundle, and by every check in code."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartedit.bundle.kartbundle import read_bundle
from kartedit.bundle.problems import BundleError
from kartedit.domain.bundles import BundleKind
from kartedit.domain.errors import UserError
from kartedit.domain.hearing import parse_deadline
from kartedit.domain.sections import check_slug
from kartedit.domain.slugs import suggest_slug
from tests.bundle_support import restamp, write_entries
from tests.test_bundle_hostile import Sources, sources  # noqa: F401  (a module fixture)

CONTROL = ["\n", "\r", "\t", "\x00", "\x1b", "\x1f", "\x7f", "\x85", "\u2028", "\r\n"]
_SUFFIX = "(?!\\n)"


def _patterns(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                yield value
            else:
                yield from _patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from _patterns(value)


SCHEMA_PATTERNS = sorted(
    {
        pattern
        for schema in files("kartedit.schemas").iterdir()
        if schema.name.endswith(".schema.json")
        for pattern in _patterns(json.loads(schema.read_text(encoding="utf-8")))
    }
)


def test_every_schema_pattern_is_anchored_at_both_ends() -> None:
    assert len(SCHEMA_PATTERNS) >= 8
    for pattern in SCHEMA_PATTERNS:
        assert pattern.startswith("^") and pattern.endswith("$" + _SUFFIX), pattern


@pytest.mark.parametrize("pattern", SCHEMA_PATTERNS)
@settings(max_examples=25)
@given(data=st.data())
def test_no_schema_pattern_lets_a_control_character_through(
    pattern: str, data: st.DataObject
) -> None:
    # Hypothesis cannot generate from a lookahead; the bare pattern makes the same strings.
    value = data.draw(st.from_regex(pattern.removesuffix(_SUFFIX), fullmatch=True))
    control = data.draw(st.sampled_from(CONTROL))
    assert re.search(pattern, value)  # what jsonschema does with «pattern»
    for forged in (value + control, control + value, value[:1] + control + value[1:]):
        assert not re.search(pattern, forged), (pattern, forged)


def _string_leaves(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _string_leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _string_leaves(value, (*path, index))
    elif isinstance(node, str):
        yield path, node


_ID_LIKE = re.compile(r"[0-9a-f]{32}|[0-9a-f]{64}|[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9-]+){0,2}")


def _set(document: Any, path: tuple[Any, ...], value: str) -> None:
    for step in path[:-1]:
        document = document[step]
    document[path[-1]] = value


def _id_fields(bundle: dict[str, bytes], name: str) -> list[tuple[Any, ...]]:
    document = json.loads(bundle[name])
    restamped = ("files",) if name == "manifest.json" else ()  # restamp() rewrites these
    return [
        path
        for path, value in _string_leaves(document)
        if _ID_LIKE.fullmatch(value)
        and path[-1] not in ("format", "kind", "text", "quote")
        and path[:1] != restamped
    ]


@pytest.mark.parametrize(
    ("which", "name", "kind"),
    [
        ("response", "comments.json", BundleKind.RESPONSE),
        ("response", "manifest.json", BundleKind.RESPONSE),
        ("review", "manifest.json", BundleKind.REVIEW),
        ("review", "map.json", BundleKind.REVIEW),
    ],
)
def test_an_id_with_a_control_character_is_refused_in_every_id_field(
    sources: Sources,  # noqa: F811
    tmp_path: Path,
    which: str,
    name: str,
    kind: BundleKind,
) -> None:
    bundle: dict[str, bytes] = getattr(sources, which)
    fields = _id_fields(bundle, name)
    assert fields, name
    rng = random.Random(f"{which}/{name}")
    chosen = rng.sample(fields, min(len(fields), 12))
    for number, path in enumerate(chosen):
        document = json.loads(bundle[name])
        value = document
        for step in path:
            value = value[step]
        control = rng.choice(CONTROL)
        _set(document, path, value + control)
        forged = {**bundle, name: json.dumps(document).encode()}
        target = write_entries(tmp_path / f"{number}.kartbundle", restamp(forged))
        with pytest.raises(BundleError):
            read_bundle(target, kind)


@pytest.mark.parametrize("control", CONTROL)
def test_checks_in_code_match_the_whole_value(control: str) -> None:
    with pytest.raises(UserError):
        check_slug("angst" + control)
    assert suggest_slug("angst" + control) == "angst"
    with pytest.raises(UserError):
        parse_deadline("2027-01-15" + control + "x")
