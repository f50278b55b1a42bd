"""Application services: the one Jinja2 environment every published or exported HTML uses.

Templates are package data in ``resources/templates`` (loaded with importlib.resources, so an
installed or frozen copy finds them). Autoescaping is on for everything; the only markup that
goes in unescaped is sanitised Markdown output, through the ``sanitised_text`` filter.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

import jinja2
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from kartedit.domain.publishing import Words
from kartedit.domain.sections import PATHWAY_KINDS, PATHWAY_LEVEL, SectionKind
from kartedit.text.markdown_html import shift_headings


def _load(name: str) -> str:
    resource = files("kartedit.resources").joinpath("templates", *name.split("/"))
    return resource.read_text(encoding="utf-8")


def asset(name: str) -> bytes:
    """A static file shipped beside the templates (stylesheet, script)."""
    return files("kartedit.resources").joinpath("templates", *name.split("/")).read_bytes()


_INTERNAL_HREF = re.compile(
    r'href="https://kart\.invalid/([a-z0-9-]+)(?:/([a-z0-9-]+))?(?:/([a-z]+))?"'
)


def internal_href(form: str, words: Words, match: re.Match[str]) -> str:
    """An internal link's address in a site page (``form`` «site») or a PDF («pdf»)."""
    pathway, service, kind = match.groups()
    if service in {k.value for k in PATHWAY_KINDS}:  # a pathway's own text: angst/introduction
        anchor = words.anchor(PATHWAY_LEVEL, SectionKind(service))
        if form == "pdf":
            return f"#f-{pathway}-{anchor}"
        return f"../forlop/{pathway}.html#{anchor}"
    if form == "pdf":
        return f"#f-{pathway}" + (f"-{service}" if service else "")
    anchor = ""
    if service:
        anchor = "#" + (words.anchor(service, SectionKind(kind)) if kind else service)
    return f"../forlop/{pathway}.html{anchor}"


@pass_context
def _text(context: Context, fragment: str, level: int, form: str = "site") -> Markup:
    """A sanitised text fragment, its headings placed below the page heading at ``level``
    and its internal links pointed at the page or section they name.

    The only filter that lets markup through: its input is sanitiser output.
    """
    words = context["w"]
    fragment = _INTERNAL_HREF.sub(
        lambda m: f'href="{internal_href(form, words, m)}"', shift_headings(fragment, level)
    )
    return Markup(fragment)


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
