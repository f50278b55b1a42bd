"""Application services: the one Jinja2 environment every published or exported HTML uses.

Templates are package data in ``resources/templates`` (loaded with importlib.resources, so an
installed or frozen copy finds them). Autoescaping is on for everything; the only markup that
goes in unescaped is sanitised Markdown output, marked ``|safe`` in the templates.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import jinja2
from markupsafe import Markup


def _load(name: str) -> str:
    resource = files("kartedit.resources").joinpath("templates", *name.split("/"))
    return resource.read_text(encoding="utf-8")


def asset(name: str) -> bytes:
    """A static file shipped beside the templates (stylesheet, script)."""
    return files("kartedit.resources").joinpath("templates", *name.split("/")).read_bytes()


def _text(fragment: str, level: int) -> Markup:
    """A sanitised text fragment, its headings placed below the page heading at ``level``.

    The only filter that lets markup through: its input is sanitiser output.
    """
    from kartedit.services.publish.model import shift_headings

    return Markup(shift_headings(fragment, level))


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["sanitised_text"] = _text
    return env


def render(name: str, **context: object) -> str:
    return environment().get_template(name).render(**context)
