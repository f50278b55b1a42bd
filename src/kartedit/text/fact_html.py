"""Text services layer: Markdown with local-fact placeholders → sanitised HTML.

Each ``{{lokal:slug}}`` is swapped for an inert marker before Markdown runs and replaced
after the sanitiser by HTML built here from escaped text, so a value is never read as
Markdown or HTML, whatever it holds: «<script>» in a value shows as «<script>».
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from kartedit.domain.facts import FactType, substitute
from kartedit.text.markdown_html import render_markdown

_MARK = re.compile("\ue000(\\d+)\ue001")
CHIP_CLASS = "fact-chip"
MISSING_CLASS = "fact-missing"


def value_html(value: str, fact_type: FactType) -> str:
    """A fact value as escaped HTML; web and mail addresses become links."""
    text = html.escape(value, quote=True)
    if fact_type is FactType.URL and value.lower().startswith(("https://", "http://")):
        return f'<a href="{text}">{text}</a>'
    if fact_type is FactType.EMAIL:
        return f'<a href="mailto:{text}">{text}</a>'
    return text


def chip_html(label: str, *, missing: bool = False) -> str:
    """A marked placeholder: «lokal opplysning: Inntaksteam» where a value is not shown."""
    css = MISSING_CLASS if missing else CHIP_CLASS
    return f'<span class="{css}">[{html.escape(label)}]</span>'


def render_with_facts(text: str, fact: Callable[[str], str]) -> str:
    """``render_markdown(text)`` with each placeholder replaced by ``fact(slug)``, which
    must return safe HTML (from :func:`value_html` or :func:`chip_html`)."""
    pieces: list[str] = []

    def mark(slug: str) -> str:
        pieces.append(fact(slug))
        return f"\ue000{len(pieces) - 1}\ue001"

    rendered = render_markdown(substitute(text, mark))
    return _MARK.sub(lambda m: pieces[int(m.group(1))], rendered)
