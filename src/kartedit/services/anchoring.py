"""Application services: finding a comment's passage in today's text, and threads in text order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kartedit.domain.responses import AnchorStatus, HearingComment, HearingThread, Placement
from kartedit.domain.review import CommentAnchor, section_order
from kartedit.domain.sections import PATHWAY_LEVEL, SectionRef
from kartedit.store.repository import MapRepository
from kartedit.store.rounds import RoundRepository
from kartedit.text.anchor import Anchor, relocate


def place(anchor: CommentAnchor, revision: str | None, text: str) -> Placement:
    """Where the passage is in ``text`` (the section's revision ``revision`` now).

    Still the revision the reviewer read: the offsets hold. Otherwise the quote and its
    context are searched for; a passage that is gone is orphaned, never dropped.
    """
    if revision is None:
        return Placement(AnchorStatus.ORPHANED, anchor.revision)
    if revision == anchor.revision:
        return Placement(AnchorStatus.EXACT, revision, anchor.start, anchor.end)
    found = relocate(
        Anchor(anchor.quote, anchor.prefix, anchor.suffix, anchor.start, anchor.end), text
    )
    return Placement(found.status, revision, found.start, found.end)


class LivePlacer:
    """Places comments in each section's current text, reading each text once."""

    def __init__(self, maps: MapRepository, rounds: RoundRepository) -> None:
        self.maps = maps
        self.rounds = rounds
        self._editions: dict[str, str] = {}
        self._texts: dict[tuple[str, SectionRef], tuple[str | None, str]] = {}

    def current(self, round_id: str, ref: SectionRef) -> tuple[str | None, str]:
        if round_id not in self._editions:
            self._editions[round_id] = self.rounds.get(round_id).edition
        edition = self._editions[round_id]
        if (edition, ref) not in self._texts:
            view = self.maps.section(ref, edition)
            self._texts[(edition, ref)] = (view.revision_id, view.text)
        return self._texts[(edition, ref)]

    def placed(self, item: HearingComment) -> HearingComment:
        anchor = item.comment.anchor
        if anchor is None:
            return item
        revision, text = self.current(item.round_id, item.section)
        if item.placement is not None and item.placement.revision == revision:
            return item
        if item.state.decided and item.placement is not None:
            return item  # decided: where it was when decided is what matters
        return replace(item, placement=place(anchor, revision, text))


def map_positions(maps: MapRepository) -> dict[tuple[str, str], tuple[int, int]]:
    """(pathway, service) → their places in the map, so listings follow the map's order.

    A pathway's own texts (service ``PATHWAY_LEVEL``) come before its services.
    """
    order: dict[tuple[str, str], tuple[int, int]] = {}
    for i, pathway in enumerate(maps.pathways()):
        order[(pathway.slug, PATHWAY_LEVEL)] = (i, -1)
        for j, service in enumerate(maps.services_of(pathway.slug)):
            order[(pathway.slug, service.slug)] = (i, j)
    return order


def order_threads(
    roots: list[HearingComment],
    items: Iterable[HearingComment],
    order: dict[tuple[str, str], tuple[int, int]],
) -> list[HearingThread]:
    """Threads by section in the map's order, then place in the text (orphaned last)."""
    by_id = {c.id: c for c in items}
    replies: dict[str, list[HearingComment]] = {}
    for item in by_id.values():
        if not item.is_reply:
            continue
        root = item
        for _ in range(len(by_id)):
            parent = root.comment.parent
            if parent is None or parent not in by_id:
                break
            root = by_id[parent]
        replies.setdefault(root.id, []).append(item)

    def key(item: HearingComment) -> tuple[object, ...]:
        ref = item.section
        start = item.placement.start if item.placement is not None else None
        return (
            order.get((ref.pathway, ref.service), (len(order), 0)),
            section_order(ref),
            start is None,
            start or 0,
            item.comment.created,
            item.id,
        )

    return [
        HearingThread(
            root,
            tuple(sorted(replies.get(root.id, []), key=lambda c: (c.comment.created, c.id))),
        )
        for root in sorted(roots, key=key)
    ]
