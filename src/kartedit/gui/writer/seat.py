"""GUI: the main window's seat for its controllers (``common.seat.WindowSeat``).

A small QObject that answers for the main window: the controllers hold this, never the
window, so the window's widgets can change without them noticing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from kartedit.domain.model import SectionView
    from kartedit.domain.people import Author
    from kartedit.domain.sections import SectionRef
    from kartedit.gui.writer.main_window import MainWindow
    from kartedit.services.workspace import Workspace

MESSAGE_MS = 8000


class MainWindowSeat(QObject):
    """The main window, as far as its controllers may see it."""

    section_changed = Signal()
    map_changed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    @property
    def widget(self) -> QWidget:
        return self._window

    @property
    def workspace(self) -> Workspace:
        return self._window.workspace

    @property
    def edition(self) -> str:
        return self._window.edition

    @property
    def view(self) -> SectionView | None:
        return self._window.view

    def current_ref(self) -> SectionRef | None:
        return self._window.current_ref()

    def author(self) -> Author | None:
        return self._window.author()

    def say(self, message: str) -> None:
        self._window.statusBar().showMessage(message, MESSAGE_MS)

    def maybe_leave(self) -> bool:
        return self._window.maybe_leave()

    def is_modified(self) -> bool:
        return self._window.editor.is_modified()

    def editor_text(self) -> str:
        return self._window.editor.text()

    def discard_draft(self, ref: SectionRef) -> None:
        self._window.recovery.discard(self._window.edition, ref)

    def reload_section(self) -> None:
        self._window.reload_section()

    def focus_editor(self) -> None:
        self._window.focus_editor()

    def refresh_map(self, pathway: str | None = None) -> None:
        tree = self._window.tree
        for loaded in [pathway] if pathway else tree.model.loaded_pathways():
            tree.refresh(loaded)

    def select_section(self, ref: SectionRef) -> bool:
        return self._window.select_section(ref)

    def switch_edition(self, slug: str) -> bool:
        return self._window.switch_edition(slug)

    def refresh_editions(self, current: str | None = None) -> None:
        self._window.refresh_editions(current)

    def edition_name(self, slug: str) -> str:
        return self._window.edition_name(slug)

    def place_label(self, ref: SectionRef) -> str:
        return self._window.place_label(ref)

    def editor_font_size(self) -> int:
        return self._window.settings.editor_font_size

    def bring_to_front(self) -> None:
        self._window.raise_()
        self._window.activateWindow()
