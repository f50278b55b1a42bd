"""Application services: hearing rounds — start, list, get, close — for the GUI and the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from kartedit.domain.errors import UserError
from kartedit.domain.hearing import HearingRound, RoundScope, check_round_name, norwegian_date
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import REGIONAL, PathwayInfo, ServiceInfo
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef
from kartedit.services.workspace import Workspace
from kartedit.store.repository import MapRepository
from kartedit.store.rounds import RoundRepository, SectionHead


def start_round(
    workspace: Workspace,
    *,
    name: str,
    deadline: date,
    author: Author,
    edition: str = REGIONAL,
    pathways: Sequence[str] = (),
    services: Sequence[str] = (),
    sections: Sequence[SectionRef] = (),
    questions: str = "",
    language: str | None = None,
    names_consent: bool = False,
) -> HearingRound:
    """Start a round on the sections the scope picks; they show as *til høring* at once.

    ``questions`` (Markdown) and ``language`` (nb/nn) go into the hearing letter; without a
    ``language`` the round takes its edition's written standard. ``names_consent``: private
    persons who answer agreed to be named in the hearing summary.
    Refused: an empty name, a deadline already passed, unknown names in the scope, a scope
    with no text in it, and sections already in another open round on the same edition.
    """
    check_round_name(name)
    scope = RoundScope(tuple(pathways), tuple(services), tuple(sections))
    now = workspace.clock()
    if deadline < now.astimezone().date():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The deadline {deadline} has already passed; choose a later day.",
            ),
            deadline=norwegian_date(deadline),
        )
    with workspace.database.transaction() as session:
        maps = MapRepository(session)
        if language is None:
            language = maps.edition_row(edition).language or "nb"
        return RoundRepository(maps).add(
            name=name.strip(),
            edition=edition,
            scope=scope,
            deadline=deadline,
            author=author,
            created=now,
            questions=questions.strip(),
            language=language,
            names_consent=names_consent,
        )


def outgoing(
    maps: MapRepository, round_key: str
) -> tuple[HearingRound, list[SectionHead], list[tuple[PathwayInfo, list[ServiceInfo]]]]:
    """What an open round sends out (bundle or Word document): the round, each section's
    current text, and the pathways they are in with their services, in the map's order."""
    rounds = RoundRepository(maps)
    hearing = rounds.get(round_key)
    if not hearing.is_open:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The round «{round}» is closed; start a new round to send texts out again.",
            ),
            round=hearing.name,
        )
    heads = rounds.heads(hearing)
    if not heads:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The round «{round}» has no sections with text to send out."
            ),
            round=hearing.name,
        )
    pathways = [
        (pathway, maps.services_of(pathway.slug))
        for pathway in maps.pathways()
        if any(h.ref.pathway == pathway.slug for h in heads)
    ]
    return hearing, heads, pathways


def list_rounds(workspace: Workspace) -> list[HearingRound]:
    """Every round of the map, newest first."""
    with workspace.database.reading() as session:
        return RoundRepository(MapRepository(session)).rounds()


def get_round(workspace: Workspace, key: str) -> HearingRound:
    """A round by its id, or by the first few characters of its id."""
    with workspace.database.reading() as session:
        return RoundRepository(MapRepository(session)).get(key)


def close_round(workspace: Workspace, key: str, author: Author) -> HearingRound:
    """Close a round: its sections are no longer *til høring* (unless another round holds them)."""
    with workspace.database.transaction() as session:
        return RoundRepository(MapRepository(session)).close(key, author, workspace.clock())


def round_sections(workspace: Workspace, key: str) -> list[SectionHead]:
    """The sections a round sends out and the text each shows now, in the map's order."""
    with workspace.database.reading() as session:
        rounds = RoundRepository(MapRepository(session))
        return rounds.heads(rounds.get(key))
