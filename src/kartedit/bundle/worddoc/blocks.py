"""Bundle layer: a section's Markdown as Word-ready blocks, and the plain text they show.

The same blocks are written into the hearing document and, when a reply comes back,
rebuilt from the revision that was sent: the plain text both give is what comments and
tracked changes in the returned document are measured against. ``SourceMap`` carries a
position in that plain text back to the Markdown source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import lxml.html
from diff_match_patch import diff_match_patch

from kartedit.text.markdown_html import render_markdown

PARAGRAPH_BREAK = "\n"
"""Between blocks in the plain text (and for a line break inside one)."""

_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_LINK_TARGET = re.compile(r"\]\(([^)\n]*)\)")
_HEADINGS = {"h1": 1, "h2": 1, "h3": 2, "h4": 2, "h5": 3, "h6": 3}


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    strike: bool = False
    link: str | None = None
    line_break: bool = False
    """A hard line break (``<br>``) rather than text."""


@dataclass
class Block:
    """One paragraph: plain, a heading inside the text, a list item, a quote or a table cell."""

    kind: str
    """``paragraph``, ``heading``, ``bullet``, ``number``, ``quote``, ``code`` or ``cell``."""
    level: int = 1
    runs: list[Run] = field(default_factory=list)
    row: int = -1
    column: int = -1
    table: int = -1
    """Table cells: which table of the text, and where in it."""

    @property
    def text(self) -> str:
        return "".join(PARAGRAPH_BREAK if r.line_break else r.text for r in self.runs)


@dataclass
class _Style:
    bold: bool = False
    italic: bool = False
    code: bool = False
    strike: bool = False
    link: str | None = None


def markdown_blocks(markdown: str) -> list[Block]:
    """The blocks of a Markdown text, rendered through the same sanitiser as every export."""
    html = render_markdown(markdown)
    if not html.strip():
        return []
    blocks: list[Block] = []
    state = {"table": -1}
    for element in lxml.html.fragments_fromstring(html):
        if isinstance(element, str):
            if element.strip():
                blocks.append(Block("paragraph", runs=[Run(element)]))
            continue
        _block(element, blocks, 0, state)
    for block in blocks:
        _tidy(block)
    return [b for b in blocks if b.runs or b.kind == "cell"]


def _block(element: lxml.html.HtmlElement, out: list[Block], depth: int, state: dict) -> None:
    tag = element.tag
    if tag in _HEADINGS:
        out.append(_inline_block(element, Block("heading", _HEADINGS[tag])))
    elif tag in ("ul", "ol"):
        kind = "bullet" if tag == "ul" else "number"
        for item in element:
            if item.tag != "li":
                continue
            block = Block(kind, depth + 1)
            nested: list[lxml.html.HtmlElement] = []
            _inline(item, _Style(), block.runs, skip_blocks=nested)
            out.append(block)
            for child in nested:
                if child.tag in ("ul", "ol"):
                    _block(child, out, depth + 1, state)
                elif child.tag == "p":
                    if not block.runs:
                        _inline(child, _Style(), block.runs)
                    else:
                        out.append(_inline_block(child, Block("paragraph")))
                else:
                    _block(child, out, depth + 1, state)
    elif tag == "blockquote":
        for child in element:
            if child.tag == "p":
                out.append(_inline_block(child, Block("quote")))
            else:
                _block(child, out, depth, state)
    elif tag == "pre":
        out.append(Block("code", runs=[Run(element.text_content().rstrip("\n"), code=True)]))
    elif tag == "table":
        state["table"] += 1
        rows = list(element.iter("tr"))
        for row_number, row in enumerate(rows):
            for column, cell in enumerate(c for c in row if c.tag in ("td", "th")):
                block = Block("cell", row=row_number, column=column, table=state["table"])
                _inline(cell, _Style(bold=cell.tag == "th"), block.runs)
                out.append(block)
    elif tag == "hr":
        return
    else:  # p, and anything unexpected: its text as a paragraph
        out.append(_inline_block(element, Block("paragraph")))


def _inline_block(element: lxml.html.HtmlElement, block: Block) -> Block:
    _inline(element, _Style(), block.runs)
    return block


def _inline(
    element: lxml.html.HtmlElement,
    style: _Style,
    runs: list[Run],
    skip_blocks: list[lxml.html.HtmlElement] | None = None,
) -> None:
    if element.text:
        runs.append(_run(element.text, style))
    for child in element:
        tag = child.tag
        if skip_blocks is not None and tag in ("ul", "ol", "p", "blockquote", "pre", "table"):
            skip_blocks.append(child)
        elif tag == "br":
            runs.append(Run("", line_break=True))
        else:
            inner = _Style(style.bold, style.italic, style.code, style.strike, style.link)
            if tag in ("strong", "b", "th"):
                inner.bold = True
            elif tag in ("em", "i"):
                inner.italic = True
            elif tag == "code":
                inner.code = True
            elif tag == "del":
                inner.strike = True
            elif tag == "a":
                inner.link = child.get("href")
            _inline(child, inner, runs)
        if child.tail:
            if skip_blocks is not None and child in skip_blocks and not child.tail.strip():
                continue
            runs.append(_run(child.tail, style))


def _run(text: str, style: _Style) -> Run:
    return Run(text, style.bold, style.italic, style.code, style.strike, style.link)


def _tidy(block: Block) -> None:
    """Whitespace as a browser shows it: runs of spaces and newlines are one space, none at
    the ends of a paragraph or around a line break."""
    tidied: list[Run] = []
    space_before = True
    for run in block.runs:
        if run.line_break:
            if tidied and not tidied[-1].line_break:
                last = tidied[-1]
                tidied[-1] = _with_text(last, last.text.rstrip(" "))
            tidied.append(run)
            space_before = True
            continue
        text = run.text if run.code and block.kind == "code" else _SPACE.sub(" ", run.text)
        if space_before:
            text = text.lstrip(" ")
        if not text:
            continue
        space_before = text.endswith(" ")
        tidied.append(_with_text(run, text))
    while tidied and not tidied[-1].line_break and tidied[-1].text.endswith(" "):
        stripped = tidied[-1].text.rstrip(" ")
        if stripped:
            tidied[-1] = _with_text(tidied[-1], stripped)
            break
        tidied.pop()
    block.runs = [r for r in tidied if r.text or r.line_break]


def _with_text(run: Run, text: str) -> Run:
    return Run(text, run.bold, run.italic, run.code, run.strike, run.link, run.line_break)


def plain_text(blocks: list[Block]) -> str:
    """What a reader sees of the blocks: paragraphs one per line."""
    return PARAGRAPH_BREAK.join(block.text for block in blocks)


@lru_cache(maxsize=512)
def rendered_text(markdown: str) -> str:
    """The plain text a section's Markdown shows in the hearing document."""
    return plain_text(markdown_blocks(markdown))


@lru_cache(maxsize=1)
def _matcher() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 2.0
    return dmp


class SourceMap:
    """Positions in the plain text a reader saw → positions in the Markdown source.

    The plain text is the source without its markup (``**``, ``#``, list markers, link
    targets), so the two are aligned by a character diff; link targets are masked first so
    their letters are never taken for the words of the text.
    """

    def __init__(self, shown: str, source: str) -> None:
        self.shown = shown
        self.source = source
        masked = _LINK_TARGET.sub(lambda m: "](" + "\x00" * len(m.group(1)) + ")", source)
        self._at = _alignment(shown, masked)

    def start(self, position: int) -> int:
        """Where a passage starting at ``position`` starts in the source."""
        if position >= len(self.shown):
            return len(self.source)
        return self._at[position]

    def end(self, position: int) -> int:
        """Where a passage ending at ``position`` (exclusive) ends in the source."""
        if position <= 0:
            return 0
        return self._at[position - 1] + 1

    def insertion(self, position: int) -> int:
        """Where text inserted before ``position`` goes: right after the character before it."""
        return self.end(position) if position > 0 else self.start(0)


@lru_cache(maxsize=1024)
def source_map(source: str) -> SourceMap:
    """The map from a section's shown text back to ``source``; made once per text."""
    return SourceMap(rendered_text(source), source)


def _alignment(shown: str, source: str) -> list[int]:
    """For each character of ``shown``, the index of the source character it stands for."""
    diffs = _matcher().diff_main(shown, source, False)
    at: list[int] = []
    j = 0
    for op, chunk in diffs:
        if op == 0:
            at.extend(range(j, j + len(chunk)))
            j += len(chunk)
        elif op == 1:
            j += len(chunk)
        else:
            at.extend([min(j, max(len(source) - 1, 0))] * len(chunk))
    return at


def alignment(old: str, new: str) -> list[int]:
    """For each character of ``old``, where it is (or would be) in ``new``."""
    return _alignment(old, new)
