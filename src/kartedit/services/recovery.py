"""Application services: the crash-recovery store that keeps unsaved editor text on disk.

API (no Qt):
    RecoveryStore(directory: Path, clock=utc_now)  — one folder of JSON draft files
    RecoveryStore.for_database(db_path) -> RecoveryStore  — data_dir()/recovery/<hash>/
    store.put(edition, ref, text, base_revision_id) -> Draft  — atomic (temp file + rename);
        raises UserError (plain message) when the disk is full or the folder is not writable
    store.get(edition, ref) -> Draft | None;  store.drafts() -> list[Draft] (oldest first)
    store.discard(edition, ref);  store.discard_all()
    Draft(edition, ref, text, base_revision_id, saved_at: aware UTC datetime, path)
    change_size(saved_text: str | None, draft_text: str) -> ChangeSize(added, removed)
Damaged or unreadable draft files are skipped (and logged), never raised.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kartedit.domain.errors import UserError
from kartedit.domain.ids import format_utc, parse_utc, utc_now
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.sections import EDITION_SLUG, SectionRef, check_slug
from kartedit.safe_files import write_atomically
from kartedit.services.settings import data_dir
from kartedit.text.diff import Op, diff_words

log = logging.getLogger(__name__)

FORMAT = 1
_SUFFIX = ".draft.json"
_TEMP_PREFIX = ".tmp-"


@dataclass(frozen=True)
class Draft:
    """Unsaved text of one section in one edition, as last written before a save or crash."""

    edition: str
    ref: SectionRef
    text: str
    base_revision_id: str | None
    """The revision the writer started from: tells whether the saved text moved on since."""
    saved_at: datetime
    path: Path = field(compare=False, repr=False)

    @property
    def characters(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class ChangeSize:
    """How much a draft differs from the saved text, in characters (word-level diff)."""

    added: int
    removed: int

    @property
    def total(self) -> int:
        return self.added + self.removed


def change_size(saved_text: str | None, draft_text: str) -> ChangeSize:
    """Characters added and removed; a section with no saved text counts as all added."""
    if not saved_text:
        return ChangeSize(len(draft_text), 0)
    added = removed = 0
    for segment in diff_words(saved_text, draft_text):
        if segment.op is Op.INSERT:
            added += len(segment.text)
        elif segment.op is Op.DELETE:
            removed += len(segment.text)
    return ChangeSize(added, removed)


def database_key(db_path: Path) -> str:
    """A short, stable folder name for one database file (the same file, however named)."""
    resolved = str(Path(db_path).expanduser().resolve())
    return hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:16]


class RecoveryStore:
    """Draft files in one folder, one per (edition, section), each replaced atomically.

    Every write goes to a temporary file that is flushed, synced and then renamed over the
    old draft, so a process killed at any moment leaves either the previous draft or the
    new one — never half a file.
    """

    def __init__(self, directory: Path, clock: Callable[[], datetime] = utc_now) -> None:
        self.directory = Path(directory)
        self.clock = clock
        self._last_written: dict[tuple[str, SectionRef], tuple[str, str | None]] = {}

    @classmethod
    def for_database(cls, db_path: Path, clock: Callable[[], datetime] = utc_now) -> RecoveryStore:
        """The store for one database: drafts of two maps never mix."""
        return cls(data_dir() / "recovery" / database_key(db_path), clock)

    # -- writing ------------------------------------------------------------------------

    def put(self, edition: str, ref: SectionRef, text: str, base_revision_id: str | None) -> Draft:
        """Keep ``text`` as the unsaved text of a section; unchanged text is not rewritten."""
        check_slug(edition, EDITION_SLUG)
        path = self._path(edition, ref)
        key = (edition, ref)
        if self._last_written.get(key) == (text, base_revision_id) and path.exists():
            existing = self._read(path)
            if existing is not None:
                return existing
        saved_at = self.clock()
        payload = {
            "format": FORMAT,
            "edition": edition,
            "section": ref.key,
            "base_revision_id": base_revision_id,
            "saved_at": format_utc(saved_at),
            "text": text,
        }
        try:
            write_atomically(
                path,
                json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8"),
                temp_prefix=_TEMP_PREFIX,
                private=True,
            )
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The unsaved text of {ref} could not be kept for recovery in "
                    "{directory} ({reason}). Save the section to be safe.",
                ),
                ref=ref,
                directory=self.directory,
                reason=exc.strerror or exc,
                detail=repr(exc),
            ) from exc
        self._last_written[key] = (text, base_revision_id)
        return Draft(edition, ref, text, base_revision_id, parse_utc(format_utc(saved_at)), path)

    def discard(self, edition: str, ref: SectionRef) -> None:
        """Forget the draft of a section (after a save, or when the writer discards it)."""
        self._last_written.pop((edition, ref), None)
        try:
            self._path(edition, ref).unlink(missing_ok=True)
        except UserError:
            return
        except OSError as exc:
            log.warning("could not remove draft of %s in %s: %s", ref, edition, exc)

    def discard_all(self) -> None:
        """Forget every draft, including temporary files left by a killed process."""
        self._last_written.clear()
        if not self.directory.is_dir():
            return
        for path in self.directory.iterdir():
            if path.name.endswith(_SUFFIX) or path.name.startswith(_TEMP_PREFIX):
                try:
                    path.unlink(missing_ok=True)
                except OSError as exc:
                    log.warning("could not remove %s: %s", path, exc)

    # -- reading ------------------------------------------------------------------------

    def get(self, edition: str, ref: SectionRef) -> Draft | None:
        try:
            path = self._path(edition, ref)
        except UserError:
            return None
        return self._read(path) if path.exists() else None

    def drafts(self) -> list[Draft]:
        """Every readable draft, oldest first; damaged files are skipped, not fatal."""
        if not self.directory.is_dir():
            return []
        found = []
        for path in sorted(self.directory.glob(f"*{_SUFFIX}")):
            draft = self._read(path)
            if draft is not None:
                found.append(draft)
        found.sort(key=lambda d: (d.saved_at, d.edition, d.ref.key))
        return found

    # -- files --------------------------------------------------------------------------

    def _path(self, edition: str, ref: SectionRef) -> Path:
        # Slugs hold only a–z, 0–9 and single hyphens, so dots separate them unambiguously.
        check_slug(edition, EDITION_SLUG)
        name = f"{edition}.{ref.pathway}.{ref.service}.{ref.kind.value}{_SUFFIX}"
        return self.directory / name

    def _read(self, path: Path) -> Draft | None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != FORMAT:
                raise ValueError("not a draft of a known format")
            text = raw["text"]
            edition = raw["edition"]
            base = raw.get("base_revision_id")
            if not isinstance(text, str) or not isinstance(edition, str):
                raise ValueError("text or edition is not a string")
            if base is not None and not isinstance(base, str):
                raise ValueError("base revision is not a string")
            check_slug(edition, EDITION_SLUG)
            ref = SectionRef.parse(str(raw["section"]))
            saved_at = parse_utc(str(raw["saved_at"]))
        except (OSError, ValueError, KeyError, TypeError, UserError) as exc:
            log.warning("skipping unreadable recovery draft %s: %s", path, exc)
            return None
        return Draft(edition, ref, text, base, saved_at, path)
