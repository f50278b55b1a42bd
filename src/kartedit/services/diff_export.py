"""Application services: the regional → local comparison of an edition as text, JSON or HTML.

``kartedit diff --format text|json|html`` prints these; the formats live here beside the
other exports (deviation CSV, hearing summary) so any front end writes the same document.
The HTML comes from a template with autoescaping, in the edition's written standard.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from kartedit.domain.editions import OverrideInfo
from kartedit.domain.model import EditionInfo
from kartedit.services.hearing_wording import Wording
from kartedit.services.publish.templates import render
from kartedit.text.diff import Hunk, diff_words
from kartedit.text.diff_render import inline_text

Compared = Sequence[tuple[OverrideInfo, list[Hunk]]]
"""What ``Editions.diff`` returns: each override with its regional → local hunks."""


def diff_json(found: Compared) -> str:
    """Every override with its hunks, for scripts; character offsets into both texts."""
    document = [
        {
            "section": o.ref.key,
            "edition": o.edition,
            "stale": o.stale,
            "regional_revision": o.regional_revision_id,
            "local_revision": o.local_revision_id,
            "hunks": [
                {
                    "regional_start": h.old_start,
                    "regional_end": h.old_end,
                    "local_start": h.new_start,
                    "local_end": h.new_end,
                    "regional": h.old_text,
                    "local": h.new_text,
                }
                for h in hunks
            ],
        }
        for o, hunks in found
    ]
    return json.dumps(document, ensure_ascii=False, indent=2)


def diff_html(edition: EditionInfo, found: Compared) -> str:
    """A self-contained page in the edition's written standard (template ``documents/diff.html``):
    one heading and one marked-up comparison per override, deletions struck through and
    insertions underlined (not colour alone)."""
    words = Wording(edition.language)
    return render(
        "documents/diff.html",
        lang=words.language,
        title=words("diff_title", edition=edition.name),
        wide=False,
        words=words,
        edition=edition,
        found=[(o, diff_words(o.regional_text, o.local_text)) for o, _ in found],
    )


def diff_text(found: Compared) -> str:
    """For a terminal: a header line per override, then the text with its changes marked."""
    parts = []
    for o, hunks in found:
        stale_note = ", stale" if o.stale else ""
        parts.append(f"=== {o.ref.key} ({o.edition}: {len(hunks)} changes{stale_note})\n")
        parts.append(inline_text(diff_words(o.regional_text, o.local_text)).rstrip("\n") + "\n\n")
    return "".join(parts)
