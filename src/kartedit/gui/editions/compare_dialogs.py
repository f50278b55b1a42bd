"""GUI: comparisons the writer opens from the main window — regional vs local, revision vs revision.

API:
    CompareDialog(title, *, crumbs, heading, left_title, left_text, right_title, right_text,
                  summary="", font_size=None, parent=None)
        a DiffDialog with a heading like the editor's (where, what, how much differs)
    regional_vs_local_dialog(ref_label, kind_title, edition_name, regional_text, local_text, *,
                             unsaved=False, font_size=None, parent=None) -> CompareDialog
    revisions_dialog(older: RevisionInfo, newer: RevisionInfo, *, head_id, ref_label,
                     kind_title, font_size=None, parent=None) -> CompareDialog
Opening a comparison changes nothing; the texts are handed in, nothing is read here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kartedit.domain.model import RevisionInfo
from kartedit.gui.common.labels import local_time
from kartedit.gui.common.parts import set_heading_font
from kartedit.gui.common.placement import fit_resize, remember_place, restore_place
from kartedit.gui.common.theme import theme
from kartedit.gui.editions.diff_view import DiffDialog
from kartedit.text.diff import similarity


class CompareDialog(DiffDialog):
    """A diff with the section's place above it, so a screenshot or a glance says what it is."""

    def __init__(
        self,
        title: str,
        *,
        crumbs: str,
        heading: str,
        left_title: str,
        left_text: str,
        right_title: str,
        right_text: str,
        summary: str = "",
        font_size: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, left_title, left_text, right_title, right_text, parent=parent)
        self.setObjectName("CompareDialog")
        self.crumbs = QLabel(crumbs, self)
        self.crumbs.setStyleSheet(f"color: {theme().hex.muted};")
        self.heading = QLabel(heading, self)
        set_heading_font(self.heading, 1.5)
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.summary.setVisible(bool(summary))
        header = QWidget(self)
        column = QVBoxLayout(header)
        column.setContentsMargins(0, 0, 0, 6)
        column.setSpacing(4)
        for label in (self.crumbs, self.heading, self.summary):
            column.addWidget(label)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, header)
        self.setAccessibleName(title)
        if font_size is not None:
            self.set_font_size(font_size)
        fit_resize(self, 1280, 800)
        restore_place(self, "compare")  # as the writer left it last time, if it fits

    def done(self, result: int) -> None:
        remember_place(self, "compare")
        super().done(result)

    def showEvent(self, event: QShowEvent) -> None:
        """Once laid out, bring the current change into view (it may sit far down)."""
        super().showEvent(event)
        QTimer.singleShot(0, self._show_current_change)

    def _show_current_change(self) -> None:
        current = self.view.current_change()
        if current >= 0:
            self.view.go_to_change(current)

    def set_font_size(self, points: int) -> None:
        """The writer's text size, as in the editor."""
        for view in (self.view.left_view, self.view.right_view, self.view.inline_view):
            font = QFont(view.font())
            font.setPointSize(max(6, points))
            view.setFont(font)

    # -- what is compared, in words ---------------------------------------------------------

    def describe_regional_vs_local(
        self, edition_name: str, regional_text: str, local_text: str
    ) -> None:
        count = self.view.change_count()
        if count == 0:
            summary = self.tr(
                "The local text of «{edition}» says the same as the regional text."
            ).format(edition=edition_name)
        else:
            summary = self.tr(
                "{changes} between the regional text and «{edition}»; the local text keeps "
                "{kept}% of the regional wording."
            ).format(
                changes=self.tr("%n change(s)", "", count),
                edition=edition_name,
                kept=round(similarity(regional_text, local_text) * 100),
            )
        self.summary.setText(summary)
        self.summary.show()

    def describe_revisions(self, older: int, newer: int) -> None:
        count = self.view.change_count()
        if count == 0:
            summary = self.tr("Revision {new} is the same text as revision {old}.")
        else:
            summary = self.tr("{changes} from revision {old} to revision {new}.")
        self.summary.setText(
            summary.format(changes=self.tr("%n change(s)", "", count), old=older, new=newer)
        )
        self.summary.show()


def regional_vs_local_dialog(
    ref_label: str,
    kind_title: str,
    edition_name: str,
    regional_text: str,
    local_text: str,
    *,
    unsaved: bool = False,
    font_size: int | None = None,
    parent: QWidget | None = None,
) -> CompareDialog:
    """«Compare with regional»: the regional text on the left, the local one on the right."""
    if unsaved:
        local_title = QCoreApplication.translate("CompareDialog", "{edition} (unsaved text)")
    else:
        local_title = QCoreApplication.translate("CompareDialog", "{edition} (local text)")
    dialog = CompareDialog(
        QCoreApplication.translate("CompareDialog", "Compare with the regional text"),
        crumbs=f"{ref_label}  ·  {edition_name}",
        heading=kind_title,
        left_title=QCoreApplication.translate("CompareDialog", "Regional text"),
        left_text=regional_text,
        right_title=local_title.format(edition=edition_name),
        right_text=local_text,
        font_size=font_size,
        parent=parent,
    )
    dialog.describe_regional_vs_local(edition_name, regional_text, local_text)
    return dialog


def revision_title(revision: RevisionInfo, head_id: str | None) -> str:
    """«Revision 3 · 23.11.2026 10:04 · Kari Nordmann», with «(current)» for the newest."""
    title = QCoreApplication.translate("CompareDialog", "Revision {seq} · {when} · {author}")
    title = title.format(
        seq=revision.seq, when=local_time(revision.created), author=revision.author.name
    )
    if revision.id == head_id:
        title += " " + QCoreApplication.translate("CompareDialog", "(current)")
    return title


def revisions_dialog(
    older: RevisionInfo,
    newer: RevisionInfo,
    *,
    head_id: str | None,
    ref_label: str,
    kind_title: str,
    font_size: int | None = None,
    parent: QWidget | None = None,
) -> CompareDialog:
    """History → Compare…: what changed from one revision to a later one."""
    if older.seq > newer.seq:
        older, newer = newer, older
    title = QCoreApplication.translate("CompareDialog", "Compare revisions {old} and {new}")
    dialog = CompareDialog(
        title.format(old=older.seq, new=newer.seq),
        crumbs=ref_label,
        heading=kind_title,
        left_title=revision_title(older, head_id),
        left_text=older.text,
        right_title=revision_title(newer, head_id),
        right_text=newer.text,
        font_size=font_size,
        parent=parent,
    )
    dialog.describe_revisions(older.seq, newer.seq)
    return dialog
