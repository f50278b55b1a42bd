"""Text services layer: carrying a local adaptation over to a new regional text (three-way)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from kartedit.text.diff import Hunk, apply_hunks, hunks


class RegionKind(Enum):
    """How a stretch of the old regional text fared on the two sides."""

    UNCHANGED = "unchanged"
    LOCAL_ONLY = "local_only"
    REGIONAL_ONLY = "regional_only"
    BOTH_SAME = "both_same"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class ThreeWayRegion:
    """One row of the three-way view: the same stretch of text as base, local and regional.

    ``base_start``/``base_end`` locate the stretch in the old regional text (the base).
    """

    kind: RegionKind
    base: str
    local: str
    regional: str
    base_start: int
    base_end: int

    @property
    def merged(self) -> str:
        """The text the re-base keeps here; a conflict keeps the local side as a start."""
        return self.regional if self.kind is RegionKind.REGIONAL_ONLY else self.local


@dataclass(frozen=True)
class Conflict:
    """A passage both sides changed differently; ``start``/``end`` locate it in the result."""

    base: str
    local: str
    regional: str
    start: int
    end: int


@dataclass(frozen=True)
class RebaseResult:
    """The merged text and every conflict in it; ``clean`` means nothing needs a decision."""

    text: str
    conflicts: list[Conflict]

    @property
    def clean(self) -> bool:
        return not self.conflicts


# A passage is a sentence, or a line (heading, list item, table row) without end punctuation.
_PASSAGE_BREAK = re.compile(r"(?<=[.!?])\s+|\s*\n\s*")


def _passages(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = 0
    for gap in _PASSAGE_BREAK.finditer(text):
        if gap.start() > position:
            spans.append((position, gap.start()))
        position = gap.end()
    if position < len(text):
        spans.append((position, len(text)))
    return spans


def _widened(hunk: Hunk, passages: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The hunk's base range grown to the whole passages it touches (ends included)."""
    start, end = hunk.old_start, hunk.old_end
    for passage_start, passage_end in passages:
        if passage_start <= hunk.old_end and hunk.old_start <= passage_end:
            start, end = min(start, passage_start), max(end, passage_end)
    return start, end


@dataclass
class _Cluster:
    start: int
    end: int
    reach: int
    local: list[Hunk]
    regional: list[Hunk]


def _clusters(base: str, local: Sequence[Hunk], regional: Sequence[Hunk]) -> list[_Cluster]:
    """Group the hunks of both sides that work on the same passage of the base.

    Word-level hunks are fine-grained: a sentence rewritten regionally may keep a few
    words, and a local edit next to them would then look separate. So hunks belong
    together when they touch the same sentence or line, or each other (two insertions
    at one place included): that passage is for a person to decide.
    """
    passages = _passages(base)
    tagged = sorted(
        [(_widened(h, passages), h, True) for h in local]
        + [(_widened(h, passages), h, False) for h in regional],
        key=lambda item: (item[0], item[1].old_start, item[1].old_end),
    )
    clusters: list[_Cluster] = []
    for (reach_start, reach_end), hunk, is_local in tagged:
        if clusters and reach_start <= clusters[-1].reach:
            current = clusters[-1]
            current.start = min(current.start, hunk.old_start)
            current.end = max(current.end, hunk.old_end)
            current.reach = max(current.reach, reach_end)
        else:
            current = _Cluster(hunk.old_start, hunk.old_end, reach_end, [], [])
            clusters.append(current)
        (current.local if is_local else current.regional).append(hunk)
    return clusters


def _side_text(base: str, cluster: _Cluster, side: Sequence[Hunk]) -> str:
    """The cluster's stretch of ``base`` with one side's hunks applied."""
    shifted = [
        replace(h, old_start=h.old_start - cluster.start, old_end=h.old_end - cluster.start)
        for h in side
    ]
    return apply_hunks(base[cluster.start : cluster.end], shifted)


def three_way_regions(base: str, local: str, new_base: str) -> list[ThreeWayRegion]:
    """The three-way view of a re-base: the base cut into regions, in order.

    Only where the local change and the regional change touch separate passages (sentences,
    lines) is a region LOCAL_ONLY or REGIONAL_ONLY; where both changed the same passage it
    is BOTH_SAME (identical result) or CONFLICT.
    """
    regions: list[ThreeWayRegion] = []
    position = 0

    def unchanged_until(end: int) -> None:
        if end > position:
            text = base[position:end]
            regions.append(ThreeWayRegion(RegionKind.UNCHANGED, text, text, text, position, end))

    for cluster in _clusters(base, hunks(base, local), hunks(base, new_base)):
        unchanged_until(cluster.start)
        local_text = _side_text(base, cluster, cluster.local)
        regional_text = _side_text(base, cluster, cluster.regional)
        if not cluster.regional:
            kind = RegionKind.LOCAL_ONLY
        elif not cluster.local:
            kind = RegionKind.REGIONAL_ONLY
        elif local_text == regional_text:
            kind = RegionKind.BOTH_SAME
        else:
            kind = RegionKind.CONFLICT
        base_text = base[cluster.start : cluster.end]
        regions.append(
            ThreeWayRegion(kind, base_text, local_text, regional_text, cluster.start, cluster.end)
        )
        position = cluster.end
    unchanged_until(len(base))
    return regions


def rebase(base: str, local: str, new_base: str) -> RebaseResult:
    """Carry the local change (base → local) over to the new regional text ``new_base``.

    Nothing is merged silently where both sides changed the same passage: such passages
    are returned as conflicts, filled in with the local wording as a starting point.
    """
    if base == new_base or local == new_base:
        return RebaseResult(local, [])
    if local == base:
        return RebaseResult(new_base, [])
    parts: list[str] = []
    conflicts: list[Conflict] = []
    offset = 0
    for region in three_way_regions(base, local, new_base):
        text = region.merged
        if region.kind is RegionKind.CONFLICT:
            conflicts.append(
                Conflict(region.base, region.local, region.regional, offset, offset + len(text))
            )
        parts.append(text)
        offset += len(text)
    return RebaseResult("".join(parts), conflicts)
