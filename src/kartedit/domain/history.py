"""Domain layer: notes the program writes into a section's history, stored as facts.

A revision's message is either a person's own words («shorter referral criteria») or a
note kartedit wrote itself. The latter is stored in a stable machine form — a JSON object
with an ``event`` key and the facts (which revision was restored, which reviewer's
suggestion, which round) — and rendered in the reader's language wherever it is shown
(history panel, CLI ``history``, bundles opened elsewhere). Databases and bundles from
before this form hold English sentences; those are recognised by pattern and shown
translated too, and anything else is shown as it was written.

API:
    restored(created) / adapted() / carried_over() / accepted(reviewer) /
        approved(round_name, bundle_id) / refers_to_fact(fact, edition) /
        moved_to_fact(section) -> str   (the stored form)
    revision_message(stored: str | None) -> Message | str | None   (for showing)
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from kartedit.domain.ids import format_utc, parse_utc
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message

_SAID = {
    "restored": QT_TRANSLATE_NOOP("History", "Restored the revision of {created}"),
    "adapted": QT_TRANSLATE_NOOP("History", "Adapted locally"),
    "carried_over": QT_TRANSLATE_NOOP("History", "Carried over to the new regional text"),
    "accepted": QT_TRANSLATE_NOOP("History", "Accepted suggestion from {reviewer}"),
    "approved": QT_TRANSLATE_NOOP(
        "History", "Approved in the hearing round «{round}» (approved bundle {bundle})"
    ),
    "refers_to_fact": QT_TRANSLATE_NOOP(
        "History", "Refers to the local fact «{fact}» (from «{edition}»'s adaptation)"
    ),
    "moved_to_fact": QT_TRANSLATE_NOOP("History", "Moved from the local adaptation of {section}"),
}

# The English sentences stored before messages were facts (any database or bundle).
_OLD = (
    (re.compile(r"Restored the revision of (?P<created>\d\d\.\d\d\.\d{4} \d\d:\d\d)"), "restored"),
    (re.compile(r"Adapted locally"), "adapted"),
    (re.compile(r"Carried over to the new regional text"), "carried_over"),
    (re.compile(r"Accepted suggestion from (?P<reviewer>.+)"), "accepted"),
    (
        re.compile(
            r"Approved in the hearing round «(?P<round>.*)» \(approved bundle (?P<bundle>\w+)\)"
        ),
        "approved",
    ),
)


def _event(event: str, **facts: Any) -> str:
    return json.dumps({"event": event, **facts}, ensure_ascii=False, sort_keys=True)


def restored(created: datetime) -> str:
    """Stored when an earlier revision (made at ``created``) is brought back."""
    return _event("restored", created=format_utc(created))


def adapted() -> str:
    return _event("adapted")


def carried_over() -> str:
    return _event("carried_over")


def accepted(reviewer: str) -> str:
    return _event("accepted", reviewer=reviewer)


def approved(round_name: str, bundle_id: str) -> str:
    return _event("approved", round=round_name, bundle=bundle_id)


def refers_to_fact(fact: str, edition: str) -> str:
    """Stored on the regional text when an edition's adaptation became the local fact ``fact``."""
    return _event("refers_to_fact", fact=fact, edition=edition)


def moved_to_fact(section: str) -> str:
    """Stored on a fact value that came from the local adaptation of ``section``."""
    return _event("moved_to_fact", section=section)


def _local(moment: str) -> str:
    try:
        return parse_utc(moment).astimezone().strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return moment


def revision_message(stored: str | None) -> Message | str | None:
    """What to show for a stored message: a Message for the program's notes, else the text."""
    if not stored:
        return stored
    if stored.startswith("{"):
        try:
            facts = json.loads(stored)
        except ValueError:
            return stored
        if isinstance(facts, dict) and facts.get("event") in _SAID:
            params = {k: str(v) for k, v in facts.items() if k != "event"}
            if "created" in params:
                params["created"] = _local(params["created"])
            return Message.of(_SAID[facts["event"]], **params)
        return stored
    for pattern, event in _OLD:
        found = pattern.fullmatch(stored)
        if found:
            return Message.of(_SAID[event], **found.groupdict())
    return stored
