"""GUI: who is writing — services.identity's answer (settings, else KARTEDIT_AUTHOR), else the
settings dialog asked once. The one place every window and dialog learns the author's name.

API:
    ask_author(parent) -> Settings | None — the settings dialog titled «Who is writing?»
        (saved when accepted); None when cancelled
    current_author(parent, ask=ask_author) -> Author | None — the configured author, else
        asked once; None when nobody is named
    known_author() -> Author | None — the configured author, without asking
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from kartedit.domain.people import Author
from kartedit.services.identity import configured_author
from kartedit.services.settings import Settings, load_settings


def ask_author(parent: QWidget | None) -> Settings | None:
    """The settings dialog, opened because a revision or a decision needs a name."""
    from kartedit.gui.writer.settings_dialog import SettingsDialog

    dialog = SettingsDialog(load_settings(), parent)
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Who is writing?"))
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.settings()
    return None


def known_author() -> Author | None:
    """Who is writing as far as known without asking (settings, else KARTEDIT_AUTHOR)."""
    return configured_author()


def current_author(
    parent: QWidget | None,
    ask: Callable[[QWidget | None], Settings | None] = ask_author,
) -> Author | None:
    """Who is writing; asks once through ``ask`` when nobody is configured."""
    found = known_author()
    if found is None:
        chosen = ask(parent)
        found = configured_author(chosen) if chosen is not None else None
    return found
