"""GUI: carrying a stale local adaptation over — the clean-result check, the regional change,
and carry_over(), which picks the clean check or the three-way view and saves.

API:
    CleanRebaseDialog(override, proposed: str, *, section_title="", edition_name="",
                      parent=None) — the proposed text as a diff against the local text now;
        Save / Cancel; final_text() -> str
    regional_change_dialog(override, *, section_title="", edition_name="", parent=None)
    carry_over(editions, override, author, *, section_title="", edition_name="",
               parent=None) -> RevisionInfo | None — Editions.three_way, the right dialog, and
        Editions.save_rebased once the writer saved; None when cancelled or refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.editions import OverrideInfo
from kartedit.domain.model import RevisionInfo
from kartedit.domain.people import Author
from kartedit.gui.common.errors import calmly
from kartedit.gui.common.placement import fit_resize
from kartedit.gui.editions.diff_view import (
    DiffDialog,
    DiffView,
)
from kartedit.gui.editions.three_way_dialog import ThreeWayDialog
from kartedit.services.editions import Editions


class CleanRebaseDialog(QDialog):
    """The re-base applied cleanly; the writer still sees and confirms the new text."""

    def __init__(
        self,
        override: OverrideInfo,
        proposed: str,
        *,
        section_title: str = "",
        edition_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.override = override
        self._proposed = proposed
        section = section_title or override.ref.key
        edition = edition_name or override.edition
        self._section, self._edition = section, edition
        self.setWindowTitle(self.tr("Carry over «{section}»").format(section=section))
        if proposed == override.local_text:
            message = self.tr(
                "The regional text of «{section}» has changed since «{edition}» adapted it, "
                "but the change does not alter the local text. Saving keeps the local text "
                "and records the new regional text as its base."
            )
        else:
            message = self.tr(
                "The regional text of «{section}» has changed since «{edition}» adapted it. "
                "The local change can be carried over without conflicts. Check the result: "
                "it is compared with the local text as it is now."
            )
        intro = QLabel(message.format(section=section, edition=edition), self)
        intro.setWordWrap(True)
        self.view = DiffView(self)
        self.view.set_texts(
            self.tr("Local text now"),
            override.local_text,
            self.tr("Carried over to the new regional text"),
            proposed,
        )
        buttons = QDialogButtonBox(self)
        self.regional_button = QPushButton(self.tr("Show the &regional change…"), self)
        self.regional_button.setAutoDefault(False)
        self.regional_button.setAccessibleName(
            self.tr("Show what changed in the regional text since the adaptation was written")
        )
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save the carried-over text"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel: keep the local text as it is"))
        self.regional_button.clicked.connect(self.show_regional_change)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.regional_button)
        footer.addStretch(1)
        footer.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self.setFocusProxy(self.view)
        fit_resize(self, 1200, 760)

    def final_text(self) -> str:
        return self._proposed

    def show_regional_change(self) -> DiffDialog:
        dialog = regional_change_dialog(
            self.override, self, section_title=self._section, edition_name=self._edition
        )
        dialog.open()
        return dialog


def regional_change_dialog(
    override: OverrideInfo,
    parent: QWidget | None,
    *,
    section_title: str = "",
    edition_name: str = "",
) -> DiffDialog:
    """«What changed in the regional text since this adaptation was written» (base → now)."""
    return DiffDialog(
        QCoreApplication.translate("ThreeWayDialog", "What changed in the regional text"),
        QCoreApplication.translate("ThreeWayDialog", "Regional text the adaptation was based on"),
        override.base_text,
        QCoreApplication.translate("ThreeWayDialog", "Regional text now"),
        override.regional_text,
        intro=QCoreApplication.translate(
            "ThreeWayDialog",
            "Changes in the regional text of «{section}» since «{edition}» adapted it.",
        ).format(
            section=section_title or override.ref.key, edition=edition_name or override.edition
        ),
        parent=parent,
    )


def carry_over(
    editions: Editions,
    override: OverrideInfo,
    author: Callable[[], Author | None],
    *,
    section_title: str = "",
    edition_name: str = "",
    parent: QWidget | None = None,
) -> RevisionInfo | None:
    """Preview the re-base, let the writer confirm (or resolve) it, then save it.

    The author is asked for first, so a resolved text is never lost to a missing name.
    """
    who = author()
    if who is None:
        return None
    preview = editions.three_way(override)
    result = preview.result
    dialog: ThreeWayDialog | CleanRebaseDialog
    if result.clean:
        dialog = CleanRebaseDialog(
            override,
            result.text,
            section_title=section_title,
            edition_name=edition_name,
            parent=parent,
        )
    else:
        dialog = ThreeWayDialog(
            override,
            preview,
            section_title=section_title,
            edition_name=edition_name,
            parent=parent,
        )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return calmly(parent, editions.save_rebased, override, dialog.final_text(), who)
    finally:
        dialog.deleteLater()
