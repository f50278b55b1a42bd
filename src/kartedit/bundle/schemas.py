"""Bundle layer: loading the JSON Schemas in ``schemas/`` and validating documents against them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
from kartedit.domain.sections import SectionRef


@cache
def load_schema(name: str) -> dict[str, Any]:
    text = (files("kartedit.schemas") / f"{name}.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _inlined(node: Any, defs: dict[str, Any]) -> Any:
    """The schema with its local ``#/$defs/…`` references written out in place: the same
    rules, checked without a reference lookup at every value (twice as fast)."""
    if isinstance(node, list):
        return [_inlined(value, defs) for value in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in defs:
        target = _inlined(defs[ref[8:]], defs)
        rest = {k: _inlined(v, defs) for k, v in node.items() if k != "$ref"}
        return {"allOf": [target], **rest} if rest else target
    return {k: _inlined(v, defs) for k, v in node.items() if k != "$defs"}


@cache
def _validator(name: str) -> Any:
    from jsonschema import Draft202012Validator

    schema = load_schema(name)
    return Draft202012Validator(_inlined(schema, schema.get("$defs", {})))


@cache
def _fast_validator(name: str) -> Any:
    """A compiled validator (jsonschema-rs) that only says yes or no, or None without it."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs.validator_for(load_schema(name))


def schema_problems(document: object, name: str) -> list[Message]:
    """Every way the document breaks the schema, each as «where: what», sorted by place.

    A document the compiled validator accepts has none (it is at least as strict: it
    also reads ``$`` as the end of the text); any other is walked by ``jsonschema``, whose
    verdict and messages are the ones given.
    """
    fast = _fast_validator(name)
    if fast is not None and fast.is_valid(document):
        return []
    validator = _validator(name)
    problems = []
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        problems.append(
            Message.of(
                QT_TRANSLATE_NOOP("Errors", "{where}: {message}"),
                where=where,
                message=error.message,
            )
        )
    return problems


def parse_json(raw: bytes, label: str) -> Any:
    """JSON from an untrusted file, with a message that names the file and the line."""
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{label}: not UTF-8 text."), label=label
        ) from exc
    except json.JSONDecodeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{label}: not valid JSON (line {line}, column {column}: {problem}).",
            ),
            label=label,
            line=exc.lineno,
            column=exc.colno,
            problem=exc.msg,
        ) from exc
    except (ValueError, RecursionError) as exc:
        # Untrusted input: a number with thousands of digits, or arrays nested thousands deep.
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{label}: not valid JSON ({error}: {exc})."),
            label=label,
            error=type(exc).__name__,
            exc=exc,
        ) from exc


def version_needed(refs: Iterable[SectionRef]) -> int:
    """The oldest format version that can carry these sections: 2 only with pathway texts.

    Version 2 of the map folder, bundle manifest and comments formats added the
    pathway-level texts; whatever has none is written as version 1, which an older
    kartedit reads.
    """
    return 2 if any(ref.is_pathway_level for ref in refs) else 1


def dump_json(document: object) -> bytes:
    """Stable, diffable JSON: sorted keys, two-space indent, UTF-8, final newline."""
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
