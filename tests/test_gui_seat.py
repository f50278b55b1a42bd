"""Controllers work through a window's seat alone: a stand-in seat, with no main window
behind it, is enough for the editions and hearing controllers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kartedit.domain.model import SectionView
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef
from kartedit.gui.common import confirm
from kartedit.gui.common.seat import WindowSeat
from kartedit.gui.editions.editions_controller import EditionsController
from kartedit.gui.hearing.hearing_controller import HearingController
from kartedit.services.workspace import Workspace

ASSESSMENT = SectionRef.parse("angst/fastlege/assessment")
WRITER = Author("Kari Tester", "Bergen kommune")


class StandInSeat(QObject):
    """A seat with a plain widget behind it; it records what the controllers ask of it."""

    section_changed = Signal()
    map_changed = Signal(object)

    def __init__(self, workspace: Workspace, edition: str, ref: SectionRef) -> None:
        super().__init__()
        self.widget = QWidget()
        self.workspace = workspace
        self.edition = edition
        self.ref = ref
        self.asked: list[str] = []
        self.messages: list[str] = []

    @property
    def view(self) -> SectionView:
        return self.workspace.section(self.ref, self.edition)

    def current_ref(self) -> SectionRef:
        return self.ref

    def author(self) -> Author:
        return WRITER

    def say(self, message: str) -> None:
        self.messages.append(message)

    def maybe_leave(self) -> bool:
        return True

    def is_modified(self) -> bool:
        return False

    def editor_text(self) -> str:
        return self.view.text

    def discard_draft(self, ref: SectionRef) -> None:
        self.asked.append(f"discard {ref.key}")

    def reload_section(self) -> None:
        self.asked.append("reload")

    def focus_editor(self) -> None:
        self.asked.append("focus")

    def refresh_map(self, pathway: str | None = None) -> None:
        self.asked.append(f"refresh {pathway or 'all'}")

    def select_section(self, ref: SectionRef) -> bool:
        self.ref = ref
        return True

    def switch_edition(self, slug: str) -> bool:
        self.edition = slug
        return True

    def refresh_editions(self, current: str | None = None) -> None:
        self.asked.append("editions")

    def edition_name(self, slug: str) -> str:
        return slug

    def place_label(self, ref: SectionRef) -> str:
        return f"{ref.pathway} › {ref.service}"

    def editor_font_size(self) -> int:
        return 11

    def bring_to_front(self) -> None:
        self.asked.append("front")


@pytest.fixture
def seat(qapp: object, workspace: Workspace) -> Iterator[StandInSeat]:
    made = StandInSeat(workspace, "bergen", ASSESSMENT)
    yield made
    made.widget.deleteLater()


def _as_seat(seat: StandInSeat) -> WindowSeat:
    return seat  # type: ignore[return-value]  # a structural match of the Protocol


def test_the_editions_controller_adapts_a_section_through_a_stand_in_seat(
    seat: StandInSeat, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(confirm, "ask", lambda *_args, **_kwargs: True)
    controller = EditionsController(_as_seat(seat))
    seat.section_changed.emit()
    assert controller.can_adapt()
    assert not controller.actions.return_to_regional.isEnabled()

    revision = controller.adapt_locally()

    assert revision is not None
    assert not workspace.section(ASSESSMENT, "bergen").inherited
    assert seat.asked[:2] == ["reload", "focus"]
    assert seat.messages and "adapted locally" in seat.messages[-1]
    seat.section_changed.emit()
    assert controller.actions.return_to_regional.isEnabled()
    assert not controller.can_adapt()


def test_the_hearing_controller_follows_the_seats_map_changes(seat: StandInSeat) -> None:
    HearingController(_as_seat(seat))
    seat.map_changed.emit(ASSESSMENT)
    assert seat.asked == ["refresh all", "reload"]
    seat.asked.clear()
    seat.map_changed.emit(SectionRef.parse("angst/bup/role"))
    assert seat.asked == ["refresh all"]
