"""Bundle layer: a section's Markdown as Word-ready blocks, and the plain text they show.

The same blocks are written into the hearing document and, when a reply comes back,
rebuilt from the revision that was sent: the plain text both give is what comments and
tracked changes in the returned document are measured against. ``SourceMap`` carries a
position in that plain text back to the Markdown source.

Local facts: a text's ``{{lokal:…}}`` placeholders show what a reader sees everywhere else —
the edition's value or the marked «[lokal opplysning: …]» wording — as runs of their own
(``Run.fact``). The value is not in the Markdown, so ``SourceMap`` takes each such run as
one unit standing for the whole placeholder: any passage that touches it covers the
placeholder in the source.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from urllib.parse import unquote

import lxml.html
from diff_match_patch import diff_match_patch

from kartedit.domain.facts import PLACEHOLDER, FactShown
from kartedit.text.markdown_html import render_markdown

PARAGRAPH_BREAK = "\n"
"""Between blocks in the plain text (and for a line break inside one)."""

_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_LINK_TARGET = re.compile(r"\]\(([^)\n]*)\)")
_HEADINGS = {"h1": 1, "h2": 1, "h3": 2, "h4": 2, "h5": 3, "h6": 3}
_FACT_MARK = re.compile("\ue000(\\d+)\ue001")
"""Where a placeholder stood, through Markdown and the sanitiser: its number in the text."""


FactTexts = tuple[tuple[str, str], ...]
"""(slug, text shown) for each fact a text showed filled in; hashable, for the caches."""


@dataclass(frozen=True)
class FactMark:
    """A run that shows a local fact: which placeholder of the source (counted from 0)."""

    slug: str
    number: int
    chip: bool = False


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
    fact: FactMark | None = None
    """A local fact filled in; never split, never Markdown."""


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


def markdown_blocks(markdown: str, facts: Mapping[str, FactShown] | None = None) -> list[Block]:
    """The blocks of a Markdown text, rendered through the same sanitiser as every export.

    With ``facts``, each placeholder whose slug it names shows that text as a run of its
    own (see ``FactMark``); other placeholders stay as written.
    """
    shown: list[tuple[str, FactShown]] = []
    if facts:
        markdown = _mark_facts(markdown, facts, shown)
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
        if shown:
            block.runs = _fact_runs(block.runs, shown)
    return [b for b in blocks if b.runs or b.kind == "cell"]


def _mark_facts(
    markdown: str, facts: Mapping[str, FactShown], shown: list[tuple[str, FactShown]]
) -> str:
    """Each placeholder with a text in ``facts`` as an inert marker holding its number."""
    count = -1

    def mark(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        slug = match.group(1)
        if slug not in facts:
            return match.group(0)
        while len(shown) < count:
            shown.append(("", FactShown("")))
        shown.append((slug, facts[slug]))
        return f"\ue000{count}\ue001"

    return PLACEHOLDER.sub(mark, markdown)


def _fact_runs(runs: list[Run], shown: list[tuple[str, FactShown]]) -> list[Run]:
    """Runs with each marker split out as a run showing its fact, in the style around it."""
    out: list[Run] = []
    for run in runs:
        link = run.link
        if link is not None and _FACT_MARK.search(unquote(link)):
            # A fact as a link's target: the value is the address; a chip is no address.
            def target(match: re.Match[str]) -> str:
                fact = shown[int(match.group(1))][1]
                return "" if fact.chip else fact.text

            link = _FACT_MARK.sub(target, unquote(link)) or None
            run = replace(run, link=link)
        position = 0
        for match in _FACT_MARK.finditer(run.text):
            if match.start() > position:
                out.append(replace(run, text=run.text[position : match.start()]))
            number = int(match.group(1))
            slug, fact = shown[number]
            if fact.text:
                out.append(replace(run, text=fact.text, fact=FactMark(slug, number, fact.chip)))
            position = match.end()
        if position == 0:
            out.append(run)
        elif position < len(run.text):
            out.append(replace(run, text=run.text[position:]))
    return out


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
    return replace(run, text=text)


def plain_text(blocks: list[Block]) -> str:
    """What a reader sees of the blocks: paragraphs one per line."""
    return PARAGRAPH_BREAK.join(block.text for block in blocks)


@lru_cache(maxsize=512)
def rendered_text(markdown: str, facts: FactTexts = ()) -> str:
    """The plain text a section's Markdown shows in the hearing document."""
    return plain_text(markdown_blocks(markdown, fact_shown(facts)))


def fact_shown(facts: FactTexts) -> dict[str, FactShown]:
    return {slug: FactShown(text) for slug, text in facts}


def fact_spans(blocks: list[Block]) -> list[tuple[int, int, int]]:
    """(start, end, placeholder number) of each fact run in ``plain_text(blocks)``."""
    spans: list[tuple[int, int, int]] = []
    position = 0
    for index, block in enumerate(blocks):
        if index:
            position += len(PARAGRAPH_BREAK)
        for run in block.runs:
            length = len(PARAGRAPH_BREAK) if run.line_break else len(run.text)
            if run.fact is not None:
                spans.append((position, position + length, run.fact.number))
            position += length
    return spans


@lru_cache(maxsize=1)
def _matcher() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 2.0
    return dmp


@dataclass(frozen=True)
class FactSpan:
    """A filled-in fact: its run in the shown text and its placeholder in the source."""

    start: int
    end: int
    source_start: int
    source_end: int


class SourceMap:
    """Positions in the plain text a reader saw → positions in the Markdown source.

    The plain text is the source without its markup (``**``, ``#``, list markers, link
    targets), so the two are aligned by a character diff; link targets are masked first so
    their letters are never taken for the words of the text. A filled-in fact is one unit:
    each of its characters stands for the whole placeholder, so a passage starting or
    ending inside it (or at its edge) takes the placeholder whole.
    """

    def __init__(
        self, shown: str, source: str, spans: list[tuple[int, int, int]] | None = None
    ) -> None:
        self.shown = shown
        self.source = source
        masked = _LINK_TARGET.sub(lambda m: "](" + "\x00" * len(m.group(1)) + ")", source)
        places = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(source)]
        facts = {number: (a, b) for a, b, number in spans or () if number < len(places)}
        # Each shown fact and its placeholder become one same character: the diff pairs them.
        source_chars: list[str] = []
        source_at: list[int] = []
        last = 0
        for number, (a, b) in enumerate(places):
            if number not in facts:
                continue
            source_chars.append(masked[last:a])
            source_at.extend(range(last, a))
            source_chars.append(_unit(number))
            source_at.append(a)
            last = b
        source_chars.append(masked[last:])
        source_at.extend(range(last, len(source)))
        source_at.append(max(len(source) - 1, 0))
        shown_chars: list[str] = []
        shown_at: list[tuple[int, int]] = []  # the shown range each masked character stands for
        last = 0
        for number, (a, b) in sorted(facts.items(), key=lambda item: item[1]):
            shown_chars.append(shown[last:a])
            shown_at.extend((i, i + 1) for i in range(last, a))
            shown_chars.append(_unit(number))
            shown_at.append((a, b))
            last = b
        shown_chars.append(shown[last:])
        shown_at.extend((i, i + 1) for i in range(last, len(shown)))
        masked_source = "".join(source_chars)
        masked_shown = "".join(shown_chars)
        at = _alignment(masked_shown, masked_source)
        self._first = [0] * len(shown)
        self._last = [0] * len(shown)
        self.facts: list[FactSpan] = []
        for k, (a, b) in enumerate(shown_at):
            j = at[k]
            first = last_ = source_at[j]
            unit = ord(masked_shown[k]) - _UNITS
            if unit >= 0 and j < len(masked_source) and masked_source[j] == masked_shown[k]:
                first, end = places[unit]
                last_ = end - 1
                self.facts.append(FactSpan(a, b, first, end))
            for i in range(a, b):
                self._first[i] = first
                self._last[i] = last_

    def start(self, position: int) -> int:
        """Where a passage starting at ``position`` starts in the source."""
        if position >= len(self.shown):
            return len(self.source)
        return self._first[position]

    def end(self, position: int) -> int:
        """Where a passage ending at ``position`` (exclusive) ends in the source."""
        if position <= 0:
            return 0
        return self._last[position - 1] + 1

    def insertion(self, position: int) -> int:
        """Where text inserted before ``position`` goes: right after the character before it."""
        return self.end(position) if position > 0 else self.start(0)

    def cut_fact(self, start: int, end: int) -> FactSpan | None:
        """The filled-in fact a passage ``start:end`` of the shown text cuts into — starts or
        ends strictly inside (an insertion: is made inside). None when the passage takes
        every fact it touches whole."""
        for fact in self.facts:
            if fact.start < start < fact.end or fact.start < end < fact.end:
                return fact
        return None


_UNITS = 0x100000
"""Plane 16 private use: one character per placeholder while aligning."""


def _unit(number: int) -> str:
    return chr(_UNITS + number)


@lru_cache(maxsize=1024)
def source_map(source: str, facts: FactTexts = ()) -> SourceMap:
    """The map from a section's shown text back to ``source``, with ``facts`` filled in as
    the document showed them; made once per text."""
    blocks = markdown_blocks(source, fact_shown(facts))
    return SourceMap(plain_text(blocks), source, fact_spans(blocks))


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
