"""GUI: the main window's edition commands — adapt, return, compare, carry over, manage editions.

The window stays thin: this controller owns the Edition menu and the section commands that
only mean something with local editions. It sees the window only through its seat
(``common.seat.WindowSeat``: the open section and edition, who writes, a message, reload
and refresh), calls ``services.editions`` and the edition dialogs, and the window places
its menu and buttons (``writer.controller_wiring``). Every command returns what it did (a
dialog, a revision, True/False) so tests can drive it without clicking.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QToolButton, QWidget

from kartedit.domain.model import REGIONAL, EditionInfo, RevisionInfo, SectionView
from kartedit.gui.common import confirm, icons
from kartedit.gui.common.errors import calmly, ran_calmly
from kartedit.gui.common.labels import kind_label

# The edition dialogs and services are imported when first used: start-up reads only what
# the first screen shows.

if TYPE_CHECKING:
    from kartedit.domain.editions import OverrideInfo
    from kartedit.domain.sections import SectionRef
    from kartedit.gui.common.seat import WindowSeat
    from kartedit.gui.editions.compare_dialogs import CompareDialog
    from kartedit.gui.editions.deviation_view import DeviationDialog
    from kartedit.gui.editions.edition_dialogs import StaleOverridesDialog
    from kartedit.services.editions import Editions


class EditionActions(QObject):
    """The Edition menu's commands and the section commands of local editions."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)

        def make() -> QAction:
            action = QAction(window)
            window.addAction(action)
            return action

        self.new_edition = make()
        self.rename_edition = make()
        self.delete_edition = make()
        self.stale_list = make()
        self.stale_list.setIcon(icons.stale_icon())
        self.deviation = make()
        self.return_to_regional = make()
        self.return_to_regional.setIcon(icons.inherited_icon())
        self.compare_regional = make()
        self.compare_regional.setIcon(icons.local_icon())
        self.regional_change = make()
        self.carry_over = make()
        self.carry_over.setIcon(icons.stale_icon())
        self.retranslate()

    def retranslate(self) -> None:
        self.new_edition.setText(self.tr("&New local edition…"))
        self.new_edition.setToolTip(
            self.tr("Make a local edition for a municipality or health community.")
        )
        self.rename_edition.setText(self.tr("&Rename edition…"))
        self.rename_edition.setToolTip(self.tr("Change the name of the open local edition."))
        self.delete_edition.setText(self.tr("&Delete edition…"))
        self.delete_edition.setToolTip(
            self.tr("Delete the open local edition; you are asked first and may export it.")
        )
        self.stale_list.setText(self.tr("&Stale adaptations…"))
        self.stale_list.setToolTip(
            self.tr("Local adaptations whose regional text has changed since they were written.")
        )
        self.deviation.setText(self.tr("De&viation overview…"))
        self.deviation.setToolTip(
            self.tr("How much each local edition differs from the regional text.")
        )
        self.return_to_regional.setText(self.tr("Re&turn to regional…"))
        self.return_to_regional.setToolTip(
            self.tr("End the local adaptation: the edition shows the regional text again.")
        )
        self.compare_regional.setText(self.tr("&Compare with regional…"))
        self.compare_regional.setIconText(self.tr("Compare with regional"))
        self.compare_regional.setToolTip(
            self.tr("Show how the local text differs from the regional text.")
        )
        self.regional_change.setText(self.tr("&What changed regionally…"))
        self.regional_change.setToolTip(
            self.tr("What changed in the regional text since this adaptation was written.")
        )
        self.carry_over.setText(self.tr("Carry &over…"))
        self.carry_over.setToolTip(
            self.tr("Carry the local adaptation over to the new regional text.")
        )
        for action in (
            self.new_edition,
            self.rename_edition,
            self.delete_edition,
            self.stale_list,
            self.deviation,
            self.return_to_regional,
            self.compare_regional,
            self.regional_change,
            self.carry_over,
        ):
            action.setStatusTip(action.toolTip())


class EditionsController(QObject):
    """Local editions for a window, through its seat: the Edition menu, the section commands
    of local editions and the comparisons. The window places the menu, the actions and the
    «Compare with regional» button where it wants them (writer.controller_wiring)."""

    def __init__(self, seat: WindowSeat) -> None:
        super().__init__(seat.widget)
        self.seat = seat
        self.actions = EditionActions(seat.widget)
        self.deviation_dialog: DeviationDialog | None = None
        a = self.actions

        self.menu = QMenu(seat.widget)
        for action in (a.new_edition, a.rename_edition, a.delete_edition):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(a.stale_list)
        self.menu.addAction(a.deviation)
        self.section_actions = [
            a.return_to_regional,
            a.compare_regional,
            None,
            a.regional_change,
            a.carry_over,
        ]
        """For the window's Section menu, in order (None: a separator)."""

        self.compare_button = QToolButton(seat.widget)
        self.compare_button.setDefaultAction(a.compare_regional)
        self.compare_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.compare_tool: QAction | None = None
        """Where the window placed ``compare_button`` in its toolbar (shown in local editions)."""

        self._connect()
        seat.section_changed.connect(self.update_actions)
        self.retranslate()

    def _connect(self) -> None:
        a = self.actions
        a.return_to_regional.triggered.connect(lambda: self.return_to_regional())
        a.compare_regional.triggered.connect(lambda: self.compare_with_regional())
        a.regional_change.triggered.connect(lambda: self.show_regional_change())
        a.carry_over.triggered.connect(lambda: self.carry_over())
        a.new_edition.triggered.connect(lambda: self.new_edition())
        a.rename_edition.triggered.connect(lambda: self.rename_edition())
        a.delete_edition.triggered.connect(lambda: self.delete_edition())
        a.stale_list.triggered.connect(lambda: self.show_stale_list())
        a.deviation.triggered.connect(lambda: self.show_deviation())

    @cached_property
    def editions(self) -> Editions:
        from kartedit.services.editions import Editions

        return Editions(self.seat.workspace)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("E&dition"))
        self.compare_button.setAccessibleName(self.tr("Compare with regional"))
        self.actions.retranslate()

    # -- state --------------------------------------------------------------------------

    def is_local(self) -> bool:
        return self.seat.edition != REGIONAL

    def _adapted(self) -> SectionView | None:
        """The open section when it is a local adaptation in a local edition."""
        view = self.seat.view
        if view is None or view.inherited or not self.is_local():
            return None
        return view

    def can_adapt(self) -> bool:
        """The open section is inherited in a local edition: «Adapt locally» applies."""
        view = self.seat.view
        return self.is_local() and view is not None and view.inherited

    def update_actions(self) -> None:
        """On the seat's section_changed: enable what applies to the open section."""
        a = self.actions
        local = self.is_local()
        adapted = self._adapted()
        stale = adapted is not None and adapted.stale
        a.return_to_regional.setEnabled(adapted is not None)
        a.compare_regional.setEnabled(adapted is not None)
        a.regional_change.setEnabled(stale)
        a.carry_over.setEnabled(stale and adapted is not None and not adapted.status.is_read_only)
        for action in (a.rename_edition, a.delete_edition, a.stale_list):
            action.setEnabled(local)

    def _names(self, ref: SectionRef) -> tuple[str, str]:
        """(«Pathway › Service › Kind», edition name) for dialogs and messages."""
        section = f"{self.seat.place_label(ref)} › {kind_label(ref.kind)}"
        return section, self.seat.edition_name(self.seat.edition)

    def _say(self, message: str) -> None:
        self.seat.say(message)

    def _override(self, ref: SectionRef) -> OverrideInfo | None:
        return calmly(self.seat.widget, lambda: self.editions.override(ref, self.seat.edition))

    # -- one section --------------------------------------------------------------------

    def adapt_locally(self) -> RevisionInfo | None:
        """Start a local adaptation of the open inherited section, after asking."""
        w = self.seat
        view = w.view
        if view is None or not view.inherited or not self.is_local():
            return None
        section, edition = self._names(view.ref)
        if not confirm.ask(
            w.widget,
            self.tr("Adapt locally"),
            self.tr("Adapt «{section}» locally in «{edition}»?").format(
                section=section, edition=edition
            ),
            self.tr("Adapt locally"),
            detail=self.tr(
                "The local text starts as a copy of the regional text. Keep the adaptation "
                "small: later changes to the regional text reach it only when you carry them "
                "over, and kartedit tells you when that is due."
            ),
        ):
            return None
        author = w.author()
        if author is None:
            return None
        revision = calmly(w.widget, lambda: self.editions.adapt(view.ref, w.edition, author))
        if revision is None:
            return None
        w.reload_section()
        w.focus_editor()
        self._say(
            self.tr("«{section}» is now adapted locally; write the local text and save it.").format(
                section=section
            )
        )
        return revision

    def return_to_regional(self) -> bool:
        """End the open adaptation (after asking); its history stays in the database."""
        w = self.seat
        view = self._adapted()
        if view is None or not w.maybe_leave():
            return False
        section, edition = self._names(view.ref)
        if not confirm.ask(
            w.widget,
            self.tr("Return to regional"),
            self.tr("Return «{section}» to the regional text in «{edition}»?").format(
                section=section, edition=edition
            ),
            self.tr("Return to regional"),
            detail=self.tr(
                "«{edition}» will show the regional text again. The local text and its "
                "revisions stay in the database: to get it back, adapt the section again and "
                "restore the text from the history."
            ).format(edition=edition),
            destructive=True,
        ):
            return False
        if not ran_calmly(w.widget, lambda: self.editions.revert(view.ref, w.edition)):
            return False
        w.discard_draft(view.ref)
        w.reload_section()
        self._say(self.tr("«{section}» shows the regional text again.").format(section=section))
        return True

    def regional_vs_local(self) -> CompareDialog | None:
        """The comparison of the open adaptation (with any unsaved text), not yet shown."""
        from kartedit.gui.editions.compare_dialogs import regional_vs_local_dialog

        w = self.seat
        view = self._adapted()
        if view is None:
            return None
        regional = calmly(w.widget, lambda: w.workspace.section(view.ref, REGIONAL).text)
        if regional is None:
            return None
        edition = self.seat.edition_name(w.edition)
        return regional_vs_local_dialog(
            w.place_label(view.ref),
            kind_label(view.ref.kind),
            edition,
            regional,
            w.editor_text(),
            unsaved=w.is_modified(),
            font_size=w.editor_font_size(),
            parent=w.widget,
        )

    def compare_with_regional(self) -> CompareDialog | None:
        """Section → Compare with regional…: side by side or inline, word by word."""
        dialog = self.regional_vs_local()
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        return dialog

    def show_regional_change(self) -> QDialog | None:
        """What changed in the regional text since the open adaptation was written."""
        from kartedit.gui.editions.carry_over import regional_change_dialog

        view = self._adapted()
        if view is None or not view.stale:
            return None
        override = self._override(view.ref)
        if override is None:
            return None
        section, edition = self._names(view.ref)
        dialog = regional_change_dialog(
            override, self.seat.widget, section_title=section, edition_name=edition
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def carry_over(self) -> RevisionInfo | None:
        """Carry the open stale adaptation over: a confirmed clean result or the three-way view."""
        from kartedit.gui.editions.carry_over import carry_over

        w = self.seat
        view = self._adapted()
        if view is None or not view.stale or not w.maybe_leave():
            return None
        override = self._override(view.ref)
        if override is None:
            return None
        section, edition = self._names(view.ref)
        revision = carry_over(
            self.editions,
            override,
            w.author,
            section_title=section,
            edition_name=edition,
            parent=w.widget,
        )
        if revision is not None:
            w.discard_draft(view.ref)
            w.reload_section()
            self._say(
                self.tr("Carried over to the new regional text as revision {seq}.").format(
                    seq=revision.seq
                )
            )
        return revision

    def compare_revisions(self, older_id: str, newer_id: str) -> CompareDialog | None:
        """History → Compare…: two revisions of the open section."""
        from kartedit.gui.editions.compare_dialogs import revisions_dialog

        w = self.seat
        view = w.view
        if view is None:
            return None
        pair = calmly(
            w.widget, lambda: (w.workspace.revision(older_id), w.workspace.revision(newer_id))
        )
        if pair is None:
            return None
        older, newer = pair
        edition = w.edition_name(w.edition)
        dialog = revisions_dialog(
            older,
            newer,
            head_id=view.revision_id,
            ref_label=f"{w.place_label(view.ref)}  ·  {edition}",
            kind_title=kind_label(view.ref.kind),
            font_size=w.editor_font_size(),
            parent=w.widget,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- the edition --------------------------------------------------------------------

    def show_stale_list(self) -> StaleOverridesDialog | None:
        """Edition → Stale adaptations…; each one carried over refreshes tree and editor."""
        from kartedit.gui.editions.edition_dialogs import StaleOverridesDialog

        w = self.seat
        if not self.is_local() or not w.maybe_leave():
            return None
        dialog = calmly(
            w.widget,
            lambda: StaleOverridesDialog(self.editions, w.edition, w.author, parent=w.widget),
        )
        if dialog is None:
            return None
        dialog.carried_over.connect(self._on_carried_over)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_carried_over(self, ref: SectionRef, _revision: RevisionInfo) -> None:
        w = self.seat
        if w.current_ref() == ref:
            w.reload_section()
        else:
            w.refresh_map(ref.pathway)

    def show_deviation(self) -> DeviationDialog | None:
        """Edition → Deviation overview…, beside the window; a row opens its section."""
        from kartedit.gui.editions.deviation_view import DeviationDialog
        from kartedit.services.deviation_report import deviation_report

        w = self.seat
        report = calmly(w.widget, lambda: deviation_report(self.editions))
        if report is None:
            return None
        if self.deviation_dialog is not None:
            self.deviation_dialog.close()
        dialog = DeviationDialog(report, w.widget)
        if self.is_local():
            dialog.view.show_edition(w.edition)
        dialog.view.section_activated.connect(self.open_from_overview)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_deviation)
        dialog.show()
        self.deviation_dialog = dialog
        return dialog

    def _forget_deviation(self, *_args: object) -> None:
        self.deviation_dialog = None

    def open_from_overview(self, edition: str, ref: SectionRef) -> bool:
        w = self.seat
        if not w.switch_edition(edition) or not w.select_section(ref):
            return False
        w.bring_to_front()
        return True

    def new_edition(self) -> EditionInfo | None:
        """Edition → New local edition…; the window then switches to it."""
        from kartedit.gui.editions.edition_dialogs import create_edition

        w = self.seat
        created = create_edition(self.editions, w.widget)
        if created is None:
            return None
        w.refresh_editions()
        w.switch_edition(created.slug)
        self._say(
            self.tr("Made the local edition «{name}». It inherits every regional text.").format(
                name=created.name
            )
        )
        return created

    def rename_edition(self) -> EditionInfo | None:
        from kartedit.gui.editions.edition_dialogs import rename_edition

        w = self.seat
        if not self.is_local() or not w.maybe_leave():
            return None
        renamed = rename_edition(self.editions, w.edition, w.widget)
        if renamed is None:
            return None
        w.refresh_editions(renamed.slug)
        w.reload_section()
        return renamed

    def delete_edition(self) -> bool:
        """Edition → Delete edition… for the open local edition; then the regional text shows."""
        from kartedit.gui.editions.edition_dialogs import delete_edition

        w = self.seat
        slug = w.edition
        if not self.is_local() or not w.maybe_leave():
            return False
        if not delete_edition(self.editions, slug, w.widget):
            return False
        name = w.edition_name(slug)
        w.switch_edition(REGIONAL)
        w.refresh_editions()
        self._say(self.tr("Deleted the local edition «{name}».").format(name=name))
        return True
