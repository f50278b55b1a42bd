"""Bundle layer: reading a returned hearing document — comments, replies, tracked changes,
the text of each bookmarked section, and the response form.

Reads what Microsoft Word and LibreOffice write (they differ: comment ranges or only
references, ``commentsExtended`` for threads, runs split mid-word, smart tags, proofing
marks, ``w:rsid*`` noise). Positions are counted in each section's *original* text — the
document as it reads with every tracked change rejected — so the caller can compare it
with the revision that was sent. Text typed before a section's first word or past its last,
and paragraphs added after it, lie outside its bookmark and belong to it (up to the next
heading); a paragraph mark inserted or deleted with tracking on is a tracked paragraph break.
The ZIP is read through ``SafeZip`` (sizes, entry count, compression ratio) and the XML
through ``ooxml.parse_xml`` (no DTD, no entities).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from kartedit.bundle.problems import BundleError
from kartedit.bundle.worddoc.blocks import FactTexts
from kartedit.bundle.worddoc.ooxml import (
    COMMENTS,
    COMMENTS_EXTENDED,
    CORE_PROPERTIES,
    CP,
    CUSTOM,
    CUSTOM_PROPERTIES,
    DC,
    DCTERMS,
    DOCUMENT,
    FORM_MARK,
    PROPERTY_DOCUMENT,
    PROPERTY_FACT,
    PROPERTY_FORMAT,
    PROPERTY_MAP,
    PROPERTY_PATHWAYS,
    PROPERTY_ROUND,
    REMARKS_MARK,
    SECTION_MARK,
    VT,
    W14,
    W15,
    parse_xml,
    w,
)
from kartedit.bundle.zipsafe import SafeZip
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message

_REVISION = re.compile(r"^[0-9a-f]{32}$")
_ID = re.compile(r"^[0-9a-f]{32}$")
_INSERTED = {w("ins"), w("moveTo")}
_DELETED = {w("del"), w("moveFrom")}
_P, _T, _DEL_TEXT, _R = w("p"), w("t"), w("delText"), w("r")
_ID_ATTR = w("id")
_BOOKMARK_START, _BOOKMARK_END = w("bookmarkStart"), w("bookmarkEnd")
_RANGE_START, _RANGE_END = w("commentRangeStart"), w("commentRangeEnd")
_REFERENCE = w("commentReference")
_BREAKS = {w("br"): "\n", w("cr"): "\n", w("tab"): "\t", w("noBreakHyphen"): "-"}
_BODY, _PPR, _RPR, _PSTYLE, _TABLE = w("body"), w("pPr"), w("rPr"), w("pStyle"), w("tbl")
_HEADING_STYLE = re.compile(r"(?i)^(heading\s*\d|title)$")
"""The document's own headings (python-docx's style ids, which Word and LibreOffice keep)."""
_SKIP = {w("instrText"), w("delInstrText")}
_WATCHED = (
    _INSERTED
    | _DELETED
    | _SKIP
    | set(_BREAKS)
    | {_P, _T, _DEL_TEXT, _BOOKMARK_START, _BOOKMARK_END, _RANGE_START, _RANGE_END, _REFERENCE}
)
"""The only elements the scan looks at; run properties and the like are passed over."""


@dataclass(frozen=True)
class WordComment:
    """A comment from ``comments.xml``; ``parent`` is the ``w:id`` of the one it answers."""

    id: str
    author: str
    date: datetime | None
    text: str
    parent: str | None = None


@dataclass(frozen=True)
class TrackedChange:
    """An insertion (``start == end``) or a deletion in a section's original text."""

    inserted: bool
    start: int
    end: int
    text: str
    author: str
    date: datetime | None
    order: int


@dataclass
class SectionReply:
    """One bookmarked section as it came back."""

    revision: str
    original: str = ""
    """The section's text with every tracked change rejected."""
    comments: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Comment ``w:id`` → its range in ``original``."""
    changes: list[TrackedChange] = field(default_factory=list)


@dataclass(frozen=True)
class OutsideChange:
    """Text added or deleted with tracking on where nothing is on hearing."""

    inserted: bool
    text: str
    author: str


@dataclass(frozen=True)
class FormAnswers:
    name: str = ""
    organisation: str = ""
    role: str = ""
    remarks: tuple[tuple[str, str], ...] = ()
    """(pathway slug, remark) for each filled-in row of the remarks table."""


@dataclass(frozen=True)
class WordReply:
    document_id: str
    round_id: str
    map_id: str
    sections: tuple[SectionReply, ...]
    comments: dict[str, WordComment]
    form: FormAnswers
    modified: datetime | None
    modified_by: str
    outside: tuple[str, ...] = ()
    """Comments not on any text on hearing (in the letter or the form): their ``w:id``."""
    facts: dict[str, FactTexts] = field(default_factory=dict)
    """Revision id → (slug, text shown) of each local fact filled into it."""
    outside_changes: tuple[OutsideChange, ...] = ()
    """Tracked changes outside the texts on hearing (headings, the letter), to report."""


_WORD_PROCESSOR_SUFFIXES = {".docx", ".doc", ".odt", ".rtf"}
"""What a reviewer's word processor saves; only .docx is read, the others are named."""
_OLE, _RTF, _ZIP = b"\xd0\xcf\x11\xe0", b"{\\rtf", b"PK\x03\x04"
_ODF_MIMETYPE = b"application/vnd.oasis.opendocument"


def is_word_document(path: Path) -> bool:
    """A file a word processor saved: a hearing document answered, or one saved in a format
    kartedit cannot read, which ``read_word_reply`` then names for what it is."""
    return path.suffix.lower() in _WORD_PROCESSOR_SUFFIXES


def _refused(label: str, source: str, **fields: object) -> BundleError:
    return BundleError([Message.of(source, label=label, **fields)])


def read_word_reply(path: Path, label: str | None = None) -> WordReply:
    """Read and check a returned hearing document whole; any problem raises BundleError."""
    label = label or str(path)
    try:
        with path.open("rb") as stream:
            magic = stream.read(8)
    except OSError:
        magic = _ZIP  # let SafeZip say what is wrong with the file
    if not magic:
        raise _refused(
            label,
            QT_TRANSLATE_NOOP(
                "Errors", "{label}: the file is empty; ask the reviewer to send it again."
            ),
        )
    if magic.startswith((_OLE, _RTF)):
        raise _refused(
            label,
            QT_TRANSLATE_NOOP(
                "Errors",
                "{label}: saved in an old Word format (.doc or .rtf), which cannot be read. "
                "Open it in Word or LibreOffice, save it as a Word document (.docx) and "
                "import that.",
            ),
        )
    if not magic.startswith(_ZIP):
        raise _refused(
            label,
            QT_TRANSLATE_NOOP(
                "Errors",
                "{label}: not a Word document (.docx); an old .doc, a PDF or another "
                "kind of file renamed cannot be read. Save it from Word as .docx.",
            ),
        )
    if path.is_file() and not zipfile.is_zipfile(path):
        raise _refused(
            label,
            QT_TRANSLATE_NOOP(
                "Errors",
                "{label}: the Word document is damaged or incomplete (was it cut off when it "
                "was sent?); ask the reviewer to send it again.",
            ),
        )
    with SafeZip(path, label) as archive:
        names = set(archive.names)
        odf = "mimetype" in names and archive.read("mimetype").startswith(_ODF_MIMETYPE)
        if DOCUMENT not in names and odf:
            raise _refused(
                label,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: a LibreOffice document (.odt), not a Word document. Open it "
                    "in LibreOffice, choose File › Save As… with the type «Word "
                    "2007–365 (.docx)», and import that file.",
                ),
            )
        if DOCUMENT not in names:
            raise _refused(
                label,
                QT_TRANSLATE_NOOP(
                    "Errors", "{label}: not a Word document (it has no {part}); save it as .docx."
                ),
                part=DOCUMENT,
            )
        document = parse_xml(archive.read(DOCUMENT), label, DOCUMENT)
        properties = (
            _custom(parse_xml(archive.read(CUSTOM_PROPERTIES), label, CUSTOM_PROPERTIES))
            if CUSTOM_PROPERTIES in names
            else {}
        )
        comments_root = (
            parse_xml(archive.read(COMMENTS), label, COMMENTS) if COMMENTS in names else None
        )
        extended = (
            parse_xml(archive.read(COMMENTS_EXTENDED), label, COMMENTS_EXTENDED)
            if COMMENTS_EXTENDED in names
            else None
        )
        core = (
            parse_xml(archive.read(CORE_PROPERTIES), label, CORE_PROPERTIES)
            if CORE_PROPERTIES in names
            else None
        )
    ids = _identity(properties, label)
    comments = _comments(comments_root, extended)
    scan = _scan(document, set(comments))
    sections = scan.sections
    outside = sorted(set(comments) - scan.placed, key=lambda c: (len(c), c))
    for cid, parent in scan.implied.items():
        old = comments[cid]
        if old.parent is None and parent in comments:
            comments[cid] = WordComment(old.id, old.author, old.date, old.text, parent)
    if not sections:
        raise BundleError(
            [
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: none of the texts sent out could be found in it (their "
                        "bookmarks are gone: was the text copied into a new document?).",
                    ),
                    label=label,
                )
            ]
        )
    pathways = [p for p in properties.get(PROPERTY_PATHWAYS, "").split(",") if p]
    modified, modified_by = _core(core)
    return WordReply(
        document_id=ids[0],
        round_id=ids[1],
        map_id=ids[2],
        sections=tuple(sections),
        comments=comments,
        form=_form(document, pathways),
        modified=modified,
        modified_by=modified_by,
        outside=tuple(outside),
        outside_changes=tuple(
            OutsideChange(inserted, text, (element.get(w("author")) or "").strip())
            for element, inserted, text in scan.outside_changes
            if text.strip()
        ),
        facts=_facts(properties),
    )


def _facts(properties: dict[str, str]) -> dict[str, FactTexts]:
    """What each placeholder showed, by revision; a long text is joined from its pieces."""
    pieces: dict[tuple[str, str], dict[int, str]] = {}
    for name, value in properties.items():
        if not name.startswith(PROPERTY_FACT):
            continue
        revision, _, rest = name[len(PROPERTY_FACT) :].partition("-")
        slug, _, number = rest.partition(".")
        if _REVISION.match(revision) and slug and (number.isdigit() or not number):
            pieces.setdefault((revision, slug), {})[int(number or 0)] = value
    found: dict[str, list[tuple[str, str]]] = {}
    for (revision, slug), parts in pieces.items():
        text = "".join(parts[n] for n in sorted(parts))
        if text:
            found.setdefault(revision, []).append((slug, text))
    return {revision: tuple(sorted(pairs)) for revision, pairs in found.items()}


def _identity(properties: dict[str, str], label: str) -> tuple[str, str, str]:
    if PROPERTY_FORMAT not in properties or PROPERTY_ROUND not in properties:
        raise BundleError(
            [
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: not a kartedit hearing document (it does not say which "
                        "hearing round it answers: was the text copied into a new document?).",
                    ),
                    label=label,
                )
            ]
        )
    found = (
        properties.get(PROPERTY_DOCUMENT, ""),
        properties[PROPERTY_ROUND],
        properties.get(PROPERTY_MAP, ""),
    )
    if not all(_ID.match(value) for value in found):
        raise BundleError(
            [
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{label}: its hearing round information is damaged."
                    ),
                    label=label,
                )
            ]
        )
    return found


def _custom(root: etree._Element) -> dict[str, str]:
    return {
        str(item.get("name")): _property_text(item) for item in root.iter(f"{{{CUSTOM}}}property")
    }


def _property_text(item: etree._Element) -> str:
    """A property's text; trimmed, but for a fact's (a piece of one may end in a space)."""
    value = item.find(f"{{{VT}}}lpwstr")
    if value is not None and str(item.get("name")).startswith(PROPERTY_FACT):
        return value.text or ""
    return "".join(item.itertext()).strip()


def _core(root: etree._Element | None) -> tuple[datetime | None, str]:
    if root is None:
        return None, ""
    modified = root.find(f"{{{DCTERMS}}}modified")
    by = root.find(f"{{{CP}}}lastModifiedBy")
    if by is None:
        by = root.find(f"{{{DC}}}creator")
    return (
        parse_date(modified.text if modified is not None else None),
        (by.text or "").strip() if by is not None else "",
    )


def parse_date(value: str | None) -> datetime | None:
    """Word writes ``2026-12-01T10:00:00Z``; LibreOffice may leave out the zone or add
    fractions. A date that cannot be read is left out, not a refusal."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0)


def _paragraph_text(paragraph: etree._Element) -> str:
    """A paragraph as it reads with tracked changes accepted (comments and form fields)."""
    parts = []
    for node in paragraph.iter():
        if node.tag == _T:
            parts.append(node.text or "")
        elif node.tag in _BREAKS:
            parts.append(_BREAKS[node.tag])
    return "".join(parts)


def _comments(
    root: etree._Element | None, extended: etree._Element | None
) -> dict[str, WordComment]:
    if root is None:
        return {}
    found: dict[str, WordComment] = {}
    last_paragraph: dict[str, str] = {}
    for item in root.iter(w("comment")):
        cid = item.get(w("id"))
        if cid is None:
            continue
        paragraphs = item.findall(_P)
        text = "\n".join(_paragraph_text(p) for p in paragraphs).strip()
        found[cid] = WordComment(
            cid, (item.get(w("author")) or "").strip(), parse_date(item.get(w("date"))), text
        )
        if paragraphs:
            para_id = paragraphs[-1].get(f"{{{W14}}}paraId")
            if para_id:
                last_paragraph[para_id.upper()] = cid
    if extended is not None:
        for entry in extended.iter(f"{{{W15}}}commentEx"):
            child = last_paragraph.get((entry.get(f"{{{W15}}}paraId") or "").upper())
            parent = last_paragraph.get((entry.get(f"{{{W15}}}paraIdParent") or "").upper())
            if child and parent and child != parent:
                old = found[child]
                found[child] = WordComment(old.id, old.author, old.date, old.text, parent)
    return found


class _Scan:
    """One pass over the body in document order, collecting each bookmarked section."""

    def __init__(self, known_comments: set[str]) -> None:
        self.known = known_comments
        self.names: dict[str, str] = {}
        self.current: SectionReply | None = None
        self.marks: set[str | None] = set()
        self.sections: list[SectionReply] = []
        self.open_comments: dict[str, tuple[SectionReply, int]] = {}
        self.placed: set[str] = set()
        self.implied: dict[str, str] = {}
        """LibreOffice keeps no thread links: a reply is a comment with no range of its own
        whose reference sits where the comment it answers ends."""
        self._last_end: tuple[SectionReply, int, str] | None = None
        self.change: list[etree._Element] = []
        self.mark: etree._Element | None = None
        """The current paragraph's mark, when it is a tracked insertion or deletion."""
        self.trailing = False
        """Past the section's bookmark: paragraphs a reviewer added after its last one."""
        self.outside_changes: list[tuple[etree._Element, bool, str]] = []
        self.skip = 0
        self.order = 0
        self.pieces: list[str] = []
        self.length = 0

    def start(self, node: etree._Element) -> None:
        tag = node.tag
        if tag in _INSERTED or tag in _DELETED:
            self.change.append(node)
            parent = node.getparent()
            if parent is not None and parent.tag == _RPR and parent.getparent().tag == _PPR:
                self.mark = node
        elif tag in _SKIP:
            self.skip += 1
        elif tag == _P:
            if self.trailing and _ends_trailing(node):
                self._close()
            if self.current is not None and self.started_paragraph:
                self._paragraph_break()
            self.mark = None
            self.started_paragraph = True
        elif tag == _BOOKMARK_START:
            self._bookmark_start(node)
        elif tag == _BOOKMARK_END:
            if self.current is not None and node.get(_ID_ATTR) in self.marks:
                # Text typed after a section's last word, or paragraphs added after it, fall
                # outside its bookmark in both programs: they belong to it until the next
                # heading.
                self.trailing = True
        elif tag == _RANGE_START:
            cid = node.get(_ID_ATTR)
            if cid in self.known and self.current is not None:
                self.open_comments[cid] = (self.current, self.length)
        elif tag == _RANGE_END:
            self._comment_end(node.get(_ID_ATTR))
        elif tag == _REFERENCE:
            cid = node.get(_ID_ATTR)
            if cid in self.known and cid not in self.placed:
                if cid in self.open_comments:
                    self._comment_end(cid)
                elif self.current is not None:
                    last = self._last_end
                    if last is not None and last[0] is self.current and last[1] == self.length:
                        self.implied[cid] = self.implied.get(last[2], last[2])
                    else:
                        self._last_end = (self.current, self.length, cid)
                    self.current.comments[cid] = (self.length, self.length)
                    self.placed.add(cid)
        elif self.current is not None and not self.skip:
            if tag == _T:
                self.text(node.text or "", deleted=False)
            elif tag == _DEL_TEXT:
                self.text(node.text or "", deleted=True)
            elif tag in _BREAKS and node.getparent().tag == _R:  # not a tab stop in pPr
                self.text(_BREAKS[tag], deleted=self._in(_DELETED))
        elif tag in (_T, _DEL_TEXT) and self.change and node.text and not self.skip:
            self._outside_change(node)

    def _outside_change(self, node: etree._Element) -> None:
        """Tracked text outside the texts on hearing (a heading, the letter), but for the
        form's tables, which are filled in: kept to be reported, never imported."""
        element = self.change[-1]
        if any(True for _ in node.iterancestors(_TABLE)):
            return
        inserted = element.tag in _INSERTED and node.tag == _T
        last = self.outside_changes[-1] if self.outside_changes else None
        if last is not None and last[0] is element:
            self.outside_changes[-1] = (element, inserted, last[2] + (node.text or ""))
        else:
            self.outside_changes.append((element, inserted, node.text or ""))

    def end(self, node: etree._Element) -> None:
        tag = node.tag
        if tag in _INSERTED or tag in _DELETED:
            self.change.pop()
        elif tag in _SKIP:
            self.skip -= 1

    started_paragraph = False

    def _paragraph_break(self) -> None:
        """The break between the last paragraph and this one, tracked when its mark was
        inserted (Enter pressed) or deleted (two paragraphs joined)."""
        mark = self.mark
        if mark is not None and mark.tag in _INSERTED:
            self._record(mark, True, self.length, self.length, "\n")
        elif mark is not None:
            start = self.length
            self.add("\n")
            self._record(mark, False, start, self.length, "\n")
        else:
            self.add("\n")

    def _in(self, tags: set[str]) -> bool:
        return bool(self.change) and self.change[-1].tag in tags

    def _bookmark_start(self, node: etree._Element) -> None:
        name = node.get(w("name")) or ""
        revision = name[len(SECTION_MARK) :].lower()
        if not name.startswith(SECTION_MARK) or not _REVISION.match(revision):
            return
        if self.current is not None:
            if self.current.revision == revision:
                # LibreOffice may write a second start for a bookmark over several paragraphs.
                self.marks.add(node.get(w("id")))
                return
            self._close()
        self.current = SectionReply(revision)
        self.marks = {node.get(w("id"))}
        self.pieces = []
        self.length = 0
        self.started_paragraph = True
        self._read_before(node)

    def _read_before(self, bookmark: etree._Element) -> None:
        """Text typed at a section's very start lies before its bookmark, in its first
        paragraph: it is read again, now into the section."""
        paragraph = bookmark.getparent()
        if paragraph is None or paragraph.tag != _P:
            return
        self.outside_changes = [
            change
            for change in self.outside_changes
            if not any(a is paragraph for a in change[0].iterancestors(_P))
        ]
        for sibling in paragraph:
            if sibling is bookmark:
                break
            if sibling.tag == _PPR:
                continue
            for event, node in etree.iterwalk(sibling, events=("start", "end"), tag=_WATCHED):
                if event == "start":
                    self.start(node)
                else:
                    self.end(node)

    def _close(self) -> None:
        assert self.current is not None
        section = self.current
        for cid, (where, start) in list(self.open_comments.items()):
            if where is section:  # the range runs past the section: it ends with it
                section.comments[cid] = (start, self.length)
                self.placed.add(cid)
                del self.open_comments[cid]
        text = "".join(self.pieces)
        section.original = text.rstrip("\n")
        section.changes = _within(section.changes, len(section.original))
        self.sections.append(section)
        self.current = None
        self.marks = set()
        self.trailing = False

    def _comment_end(self, cid: str | None) -> None:
        if cid is None or cid not in self.open_comments:
            return
        section, start = self.open_comments.pop(cid)
        if section is self.current:
            section.comments[cid] = (start, self.length)
            self.placed.add(cid)
            self._last_end = (section, self.length, cid)

    def add(self, text: str) -> None:
        self.pieces.append(text)
        self.length += len(text)

    def text(self, text: str, *, deleted: bool) -> None:
        assert self.current is not None
        if not text:
            return
        element = self.change[-1] if self.change else None
        if element is not None and element.tag in _INSERTED and not deleted:
            self._record(element, True, self.length, self.length, text)
        elif element is not None and element.tag in _DELETED:
            start = self.length
            self.add(text)
            self._record(element, False, start, self.length, text)
        else:
            self.add(text)

    def _record(
        self, element: etree._Element, inserted: bool, start: int, end: int, text: str
    ) -> None:
        """One tracked piece; it extends the previous one when it simply continues it."""
        assert self.current is not None
        self.order += 1
        author = (element.get(w("author")) or "").strip()
        changes = self.current.changes
        last = changes[-1] if changes else None
        if (
            last is not None
            and last.inserted == inserted
            and last.author == author
            and (last.start == start if inserted else last.end == start)
        ):
            changes[-1] = TrackedChange(
                inserted, last.start, end, last.text + text, author, last.date, last.order
            )
            return
        date = parse_date(element.get(w("date")))
        changes.append(TrackedChange(inserted, start, end, text, author, date, self.order))


def _within(changes: list[TrackedChange], end: int) -> list[TrackedChange]:
    """The changes of a section whose trailing empty paragraphs were cut off at ``end``."""
    kept = []
    for change in changes:
        if change.end > end:
            if not change.inserted and change.start >= end:
                continue
            cut = max(0, end - change.start) if not change.inserted else len(change.text)
            change = replace(change, start=min(change.start, end), end=end, text=change.text[:cut])
        kept.append(change)
    return kept


def _ends_trailing(paragraph: etree._Element) -> bool:
    """Whether a paragraph after a section's bookmark is the document's own again: a
    heading, the page break before the form, or a table (the form)."""
    if paragraph.getparent().tag != _BODY:
        return True
    properties = paragraph.find(_PPR)
    style = properties.find(_PSTYLE) if properties is not None else None
    if style is not None and _HEADING_STYLE.match(style.get(w("val")) or ""):
        return True
    return any(br.get(w("type")) == "page" for br in paragraph.iter(w("br")))


def _scan(document: etree._Element, known: set[str]) -> _Scan:
    body = document.find(w("body"))
    scan = _Scan(known)
    if body is None:
        return scan
    for event, node in etree.iterwalk(body, events=("start", "end"), tag=_WATCHED):
        if event == "start":
            scan.start(node)
        else:
            scan.end(node)
    if scan.current is not None:
        scan._close()
    return scan


def _table_of(document: etree._Element, mark: str) -> etree._Element | None:
    for node in document.iter(w("bookmarkStart")):
        if node.get(w("name")) == mark:
            for ancestor in node.iterancestors(w("tbl")):
                return ancestor
    return None


def _cells(row: etree._Element) -> list[str]:
    return [
        "\n".join(_paragraph_text(p) for p in cell.iter(_P)).strip()
        for cell in row.findall(w("tc"))
    ]


def _form(document: etree._Element, pathways: list[str]) -> FormAnswers:
    values = ["", "", ""]
    people = _table_of(document, FORM_MARK)
    if people is not None:
        for index, row in enumerate(people.findall(w("tr"))[1:4]):
            cells = _cells(row)
            if len(cells) >= 2:
                values[index] = " ".join(cells[-1].split())
    remarks = []
    table = _table_of(document, REMARKS_MARK)
    if table is not None:
        for slug, row in zip(pathways, table.findall(w("tr"))[1:], strict=False):
            cells = _cells(row)
            if len(cells) >= 2 and cells[-1]:
                remarks.append((slug, cells[-1]))
    return FormAnswers(values[0], values[1], values[2], tuple(remarks))
