"""GUI: the seat a window offers its controllers — the narrow interface they work through.

The editions and hearing controllers never reach into a window's widgets: they read the
open section and edition, ask who is writing, say a message, and ask the window to reload
or refresh through this interface; they hear of changes through its two signals. A window
can change its layout and widgets without breaking them. ``writer.seat.MainWindowSeat``
is the main window's.

API:
    WindowSeat (Protocol)
        section_changed: signal() — the open section, its state or the edition changed
        map_changed: signal(object: SectionRef | None) — texts or statuses changed elsewhere
        widget: QWidget — the parent for dialogs
        workspace, edition: str, view: SectionView | None, current_ref() -> SectionRef | None
        author() -> Author | None — who is writing (asked once when unknown)
        say(message) — a passing note in the status bar
        maybe_leave() -> bool — unsaved text saved or dropped, or False to stay
        is_modified() -> bool; editor_text() -> str (unsaved too); discard_draft(ref)
        reload_section(); focus_editor()
        refresh_map(pathway=None) — the map tree (one pathway, or every loaded one)
        select_section(ref) -> bool; switch_edition(slug) -> bool
        refresh_editions(current=None); edition_name(slug) -> str; place_label(ref) -> str
        editor_font_size() -> int; bring_to_front()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from kartedit.domain.model import SectionView
    from kartedit.domain.people import Author
    from kartedit.domain.sections import SectionRef
    from kartedit.services.workspace import Workspace


class WindowSeat(Protocol):
    """What a controller may use of the window that hosts it."""

    section_changed: SignalInstance
    map_changed: SignalInstance

    @property
    def widget(self) -> QWidget: ...

    @property
    def workspace(self) -> Workspace: ...

    @property
    def edition(self) -> str: ...

    @property
    def view(self) -> SectionView | None: ...

    def current_ref(self) -> SectionRef | None: ...

    def author(self) -> Author | None: ...

    def say(self, message: str) -> None: ...

    def maybe_leave(self) -> bool: ...

    def is_modified(self) -> bool: ...

    def editor_text(self) -> str: ...

    def discard_draft(self, ref: SectionRef) -> None: ...

    def reload_section(self) -> None: ...

    def focus_editor(self) -> None: ...

    def refresh_map(self, pathway: str | None = None) -> None: ...

    def select_section(self, ref: SectionRef) -> bool: ...

    def switch_edition(self, slug: str) -> bool: ...

    def refresh_editions(self, current: str | None = None) -> None: ...

    def edition_name(self, slug: str) -> str: ...

    def place_label(self, ref: SectionRef) -> str: ...

    def editor_font_size(self) -> int: ...

    def bring_to_front(self) -> None: ...
