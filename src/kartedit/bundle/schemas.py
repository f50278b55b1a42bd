"""Bundle layer: loading the JSON Schemas in ``schemas/`` and validating documents against them."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message


@cache
def load_schema(name: str) -> dict[str, Any]:
    text = (files("kartedit.schemas") / f"{name}.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def schema_problems(document: object, name: str) -> list[Message]:
    """Every way the document breaks the schema, each as «where: what», sorted by place."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(load_schema(name))
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


def dump_json(document: object) -> bytes:
    """Stable, diffable JSON: sorted keys, two-space indent, UTF-8, final newline."""
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
