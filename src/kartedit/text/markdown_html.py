"""Text services layer: Markdown → sanitised HTML fragments.

Whole pages around them come from the templates in ``resources/templates`` (autoescaping on;
this module's output is the only markup they take unescaped)."""

from __future__ import annotations

import html
import re
import threading
from functools import lru_cache
from xml.etree import ElementTree

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.treeprocessors import Treeprocessor
from mdx_breakless_lists.mdx_breakless_lists import (  # type: ignore[import-untyped]  # untyped
    BreaklessLists,
)

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "p", "br", "strong", "em", "b", "i", "ul", "ol", "li",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "code", "pre",
        "table", "thead", "tbody", "tr", "th", "td", "a", "hr", "del", "sup", "sub", "span",
    }
)  # fmt: skip
"""Everything else is dropped; images and frames are absent so nothing loads remote content."""

ALLOWED_URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})

_ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "ol": {"start"},
    "th": {"align"},
    "td": {"align"},
}

# Tags whose *content* is dropped too, not just the tag: their text is code or markup, not prose.
_DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "noscript", "template"}


class _EscapeRawHtml(Extension):
    """Raw HTML in a section text is shown as text, never passed through as markup.

    This is Python-Markdown's documented replacement for the old ``safe_mode="escape"``.
    The sanitiser below still runs on the result: Markdown itself can produce unsafe
    links (``[x](javascript:…)``) and images.
    """

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


class _ImagesAsText(Treeprocessor):
    """An image would load remote content: show its description instead of dropping it silently."""

    def run(self, root: ElementTree.Element) -> None:
        for image in root.iter("img"):
            description = image.get("alt", "").strip()
            image.tag = "span"
            image.attrib.clear()
            image.text = f"[{description}]" if description else ""


class _NoImages(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # After the inline patterns (priority 20) have turned ![…](…) into <img>.
        md.treeprocessors.register(_ImagesAsText(md), "images_as_text", 15)


# Writers put a list straight under its lead-in line («Vurder ut fra:» then «- …»), as
# CommonMark allows; mdx_breakless_lists makes Python-Markdown read that as a list too.
# The preview renders on every keystroke: build the converter and the cleaner once.
# A Markdown instance keeps state between conversions, so uses are serialised and reset.
# Extensions are given as objects: by name, Markdown would scan every installed package's
# entry points to find them (tens of milliseconds at start-up).
_converter = markdown.Markdown(
    extensions=[
        TableExtension(use_align_attribute=True),
        SaneListExtension(),
        BreaklessLists(),
        _EscapeRawHtml(),
        _NoImages(),
    ],
    output_format="html",
)
_converter_lock = threading.Lock()

_cleaner = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags=_DROP_WITH_CONTENT,
    attributes=_ALLOWED_ATTRIBUTES,
    url_schemes=set(ALLOWED_URL_SCHEMES),
    url_relative="deny",
    link_rel="noopener noreferrer",
    strip_comments=True,
)


def sanitize_html(fragment: str) -> str:
    """Reduce any HTML fragment to the safe tag, attribute and link-scheme set above."""
    return _cleaner.clean(fragment)


MAX_NESTING = 16
"""Deeper lists and quotes are flattened to this depth: real texts nest two or three levels,
and Python-Markdown recurses once per level (a RecursionError near 500, and time that grows
much faster than the text when the nesting is by indentation)."""

_MAX_INDENT = 4 * MAX_NESTING
_LEADING_SPACE = re.compile(r"[ \t]*")
_CONTAINER_MARKER = re.compile(r">[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+")


def _cap_line(line: str) -> str:
    indent = _LEADING_SPACE.match(line).end()  # type: ignore[union-attr]  # always matches
    width = len(line[:indent].expandtabs(4))
    prefix = " " * _MAX_INDENT if width > _MAX_INDENT else line[:indent]
    markers: list[str] = []
    at = indent
    while (marker := _CONTAINER_MARKER.match(line, at)) is not None:
        if len(markers) < MAX_NESTING:
            markers.append(marker.group())
        at = marker.end()
    return prefix + "".join(markers) + line[at:]


def cap_nesting(text: str) -> str:
    """The text with lists and block quotes nested at most :data:`MAX_NESTING` deep.

    Markers beyond that depth (``- - - … x``, ``> > > … x``) are dropped and indentation
    beyond it is reduced; the words themselves are all kept.
    """
    return "\n".join(_cap_line(line) for line in text.split("\n"))


def _as_plain_text(text: str) -> str:
    """The last resort: the text shown as escaped paragraphs, with its line breaks."""
    paragraphs = [part for part in re.split(r"\n\s*\n", text) if part.strip()]
    return "\n".join(
        "<p>" + html.escape(part).replace("\n", "<br>\n") + "</p>" for part in paragraphs
    )


@lru_cache(maxsize=8)
def render_markdown(text: str) -> str:
    """Markdown → sanitised HTML fragment, for the live preview and for every export.

    The last few results are kept: a click renders a text for the preview and again for
    its readability figures.

    Never raises on any text: nesting is capped first, and should Markdown still give up
    (it recurses on structure), the text is shown as plain paragraphs instead.
    """
    capped = cap_nesting(text)
    with _converter_lock:
        try:
            raw = _converter.convert(capped)
        except RecursionError:
            raw = _as_plain_text(text)
        finally:
            _converter.reset()
    return sanitize_html(raw)


_HEADING = re.compile(r"<(/?)h([1-6])>")


def shift_headings(fragment: str, by: int) -> str:
    """Headings inside a text sit below the page's own: ``h1`` becomes ``h{1+by}`` (max h6).

    The fragment is sanitised output, whose heading tags carry no attributes.
    """
    return _HEADING.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + by)}>", fragment)


_TAG = re.compile(r"<[^>]+>")


def plain_words(fragment: str) -> str:
    """Sanitised HTML → its words, one space apart: for a search index or a short summary."""
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())
