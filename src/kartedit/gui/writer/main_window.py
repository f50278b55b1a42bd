"""GUI: the main window — wires the map tree, editor, history, search and recovery to services.

The window holds no rules of its own: what a section is, who may write it and what a save
does come from the ``Workspace``; the widgets only show values they are handed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMessageBox,
    QWidget,
)

from kartedit import __version__
from kartedit.domain.errors import UserError
from kartedit.domain.model import (
    REGIONAL,
    RevisionInfo,
    SectionState,
    SectionView,
    ServiceInfo,
)
from kartedit.domain.sections import SectionRef, Status
from kartedit.gui.common.bundle_drop import accept_bundle_drops, choose_bundle
from kartedit.gui.common.errors import calmly, show_user_error
from kartedit.gui.common.labels import (
    kind_and_owner,
    local_time,
    place_label,
    section_label,
)
from kartedit.gui.common.painting import paint_on_gui_thread
from kartedit.gui.common.parts import add_dock, focus_next_pane
from kartedit.gui.common.placement import remember_place
from kartedit.gui.editions.edition_switcher import EditionSwitcher
from kartedit.gui.editions.editions_controller import EditionsController
from kartedit.gui.hearing.hearing_controller import HearingController
from kartedit.gui.writer.controller_wiring import install_editions, install_hearing
from kartedit.gui.writer.editor import SectionContext, SectionEditor
from kartedit.gui.writer.find_replace import FindReplaceBar
from kartedit.gui.writer.history_panel import HistoryPanel
from kartedit.gui.writer.map_tree import MapTree
from kartedit.gui.writer.publish_menu import PublishMenu
from kartedit.gui.writer.seat import MainWindowSeat
from kartedit.gui.writer.section_work import SectionWork
from kartedit.gui.writer.status_bar import ReadabilityIndicator
from kartedit.gui.writer.window_actions import WindowActions, WindowMenus
from kartedit.services.names import MapNames
from kartedit.services.quality import QualityChecker
from kartedit.services.recovery import Draft, RecoveryStore
from kartedit.services.settings import Settings, load_settings, save_settings

if TYPE_CHECKING:  # the ORM is loaded when first needed (see services.first_screen)
    from kartedit.services.fact_context import FactContext
    from kartedit.services.facts import Facts
    from kartedit.services.workspace import Workspace

if TYPE_CHECKING:
    from kartedit.gui.editions.fact_proposal import FactProposalDialog
    from kartedit.gui.editions.facts_grid import FactsGridDialog
    from kartedit.gui.writer.facts_panel import FactsPanel
    from kartedit.gui.writer.quality_wiring import QualityUi
    from kartedit.gui.writer.search_panel import SearchPanel

# The settings and save-message dialogs are imported when first used: start-up reads only
# what the first screen shows.

log = logging.getLogger(__name__)

AUTOSAVE_INTERVAL_MS = 4000
"""Unsaved text goes to the recovery store this often, and whenever focus moves."""
REMEMBER_DELAY_MS = 1500
"""The open section is written to the settings this long after the last click."""


@dataclass
class _SidePanels:
    search: SearchPanel
    search_dock: QDockWidget
    facts: FactsPanel
    facts_dock: QDockWidget
    quality: QualityUi


class MainWindow(SectionWork):
    """One map database: tree on the left, the open section in the middle."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        settings: Settings | None = None,
        edition: str | None = None,
        recovery: RecoveryStore | None = None,
    ) -> None:
        super().__init__()
        paint_on_gui_thread()  # before anything is painted
        self.workspace = workspace
        self.settings = settings if settings is not None else load_settings()
        self.recovery = recovery or RecoveryStore.for_database(workspace.path)
        self.view: SectionView | None = None
        self.edition = REGIONAL
        self._restored: dict[tuple[str, SectionRef], Draft] = {}
        self._checked_ref: SectionRef | None = None
        self._fact_contexts: dict[str, FactContext] = {}
        """Each edition's facts as read once (not on every click), forgotten whenever the
        window writes or reloads anything."""
        self.names = MapNames()
        self.quality = QualityChecker(workspace)
        self.setObjectName("MainWindow")

        self.commands = WindowActions(self)
        self.menus = WindowMenus(self, self.commands)
        self.switcher = EditionSwitcher(self)
        self.switcher_tool = self.menus.add_toolbar_widget(self.switcher)
        self.menus.finish_toolbar(self.commands)

        self.tree = MapTree(self._services_of, self._states_of, self)
        self.editor = SectionEditor(self)
        self.find_bar = FindReplaceBar(self.editor.editor, self.editor)
        self.editor.add_bar(self.find_bar)
        self.history = HistoryPanel(self)
        self.readability = ReadabilityIndicator(self)
        self.setCentralWidget(self.editor)
        self.statusBar().addPermanentWidget(self.readability)

        self.map_dock = self._dock("MapDock", self.tree, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.history_dock = self._dock(
            "HistoryDock", self.history, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.splitDockWidget(self.map_dock, self.history_dock, Qt.Orientation.Vertical)
        self._side: _SidePanels | None = None

        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave.timeout.connect(self.autosave)
        self._autosave.start()
        self._remember_timer = QTimer(self)
        self._remember_timer.setSingleShot(True)
        self._remember_timer.setInterval(REMEMBER_DELAY_MS)
        self._remember_timer.timeout.connect(self._write_remembered)
        self._check_timer = QTimer(self)
        """The open text's check, once it is painted; a new click cancels the pending one,
        typing before it runs puts it off."""
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(0)
        self._check_timer.timeout.connect(self._check_open_text)
        self._store_timer = QTimer(self)
        """A quick-started window reads through the store once the writer has changed a
        text and paused: the save that follows finds it loaded."""
        self._store_timer.setSingleShot(True)
        self._store_timer.setInterval(1500)
        self._store_timer.timeout.connect(self._load_store)
        self._watching_focus = False
        self.bundle_drop = accept_bundle_drops(self, self.open_bundle)
        self.seat = MainWindowSeat(self)
        self.editions = EditionsController(self.seat)
        install_editions(self, self.editions)
        self.hearing = HearingController(self.seat)
        install_hearing(self, self.hearing)
        self.publishing = PublishMenu(self)
        self._connect()
        self.retranslate()
        self._first_screen = not getattr(workspace, "loaded", True)
        """Quick-started and not painted yet: the open text's facts and check wait for
        ``first_screen_painted``."""
        if not self._first_screen:
            self._build_side_panels()
            self._take_drops_on_text()

        editions = calmly(self, self.workspace.editions) or []
        wanted = edition or self.settings.last_edition or REGIONAL
        if not any(e.slug == wanted for e in editions):
            if edition:
                message = self.tr("There is no edition «{slug}» in this map.")
                show_user_error(self, UserError(message.format(slug=edition)))
            wanted = REGIONAL
        self.edition = wanted
        self.switcher.set_editions(editions, wanted)
        self._load_tree()
        self.editor.set_font_size(self.settings.editor_font_size)
        self._update_actions()
        self._update_title()

    # -- building -----------------------------------------------------------------------

    def _dock(
        self, name: str, widget: QWidget, area: Qt.DockWidgetArea, *, hidden: bool = False
    ) -> QDockWidget:
        return add_dock(self, self.menus, name, widget, area, hidden=hidden)

    def _connect(self) -> None:
        a = self.commands
        a.save.triggered.connect(lambda: self.save_current())
        a.open_bundle.triggered.connect(lambda: self.open_bundle())
        a.settings.triggered.connect(self.edit_settings)
        a.quit.triggered.connect(self.close)
        text = self.editor.editor
        a.undo.triggered.connect(text.undo)
        a.redo.triggered.connect(text.redo)
        a.cut.triggered.connect(text.cut)
        a.copy.triggered.connect(text.copy)
        a.paste.triggered.connect(text.paste)
        a.select_all.triggered.connect(text.selectAll)
        text.undoAvailable.connect(a.undo.setEnabled)
        text.redoAvailable.connect(a.redo.setEnabled)
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.find.triggered.connect(self.find_bar.open_find)
        a.replace.triggered.connect(self.find_bar.open_replace)
        a.search_map.triggered.connect(self.open_map_search)
        a.show_editor.toggled.connect(self._show_editor)
        a.show_preview.toggled.connect(self._show_preview)
        a.next_pane.triggered.connect(lambda: self.cycle_focus(1))
        a.previous_pane.triggered.connect(lambda: self.cycle_focus(-1))
        a.focus_map.triggered.connect(self.focus_map)
        a.focus_editor.triggered.connect(self.focus_editor)
        for status, action in a.status_actions.items():
            action.triggered.connect(lambda _checked=False, s=status: self.change_status(s))
        a.about.triggered.connect(self.about)

        self.switcher.edition_requested.connect(self.switch_edition)
        self.tree.section_chosen.connect(self.open_section)
        self.tree.open_requested.connect(self._open_and_focus)
        self.editor.modification_changed.connect(self._on_modified)
        self.editor.modification_changed.connect(self._on_changed)
        self.editor.text_settled.connect(self.readability.show_text)
        text.textChanged.connect(self._put_off_check)
        self.editor.reopen_requested.connect(lambda: self.change_status(Status.DRAFT))
        self.history.view_requested.connect(self.view_revision)
        self.history.restore_requested.connect(self.restore_revision)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
            self._watching_focus = True

    def retranslate(self) -> None:
        self.map_dock.setWindowTitle(self.tr("Map"))
        self.history_dock.setWindowTitle(self.tr("History"))
        self.map_dock.toggleViewAction().setText(self.tr("&Map"))
        self.history_dock.toggleViewAction().setText(self.tr("&History"))
        self.setAccessibleName(self.tr("kartedit main window"))
        if self._side is not None:
            self._retranslate_side()

    # -- the panels not on the first screen ---------------------------------------------

    @property
    def search(self) -> SearchPanel:
        return self._side_panels().search

    @property
    def search_dock(self) -> QDockWidget:
        return self._side_panels().search_dock

    @property
    def facts_panel(self) -> FactsPanel:
        return self._side_panels().facts

    @property
    def facts_dock(self) -> QDockWidget:
        return self._side_panels().facts_dock

    @property
    def quality_ui(self) -> QualityUi:
        return self._side_panels().quality

    def _side_panels(self) -> _SidePanels:
        if self._side is None:
            self._build_side_panels()
        assert self._side is not None
        return self._side

    def _build_side_panels(self) -> None:
        """Search results, local facts and quality: docks the first screen does not show,
        built once it is painted (``workspace_loaded``) or when first asked for; each takes
        the place the writer left it in (``restoreDockWidget``)."""
        if self._side is not None:
            return
        from kartedit.gui.writer.facts_panel import FactsPanel
        from kartedit.gui.writer.quality_wiring import install_quality
        from kartedit.gui.writer.search_panel import SearchPanel

        search = SearchPanel(lambda query: self.workspace.search(query, self.edition))
        search_dock = self._dock(
            "SearchDock", search, Qt.DockWidgetArea.BottomDockWidgetArea, hidden=True
        )
        facts = FactsPanel(self._facts, self.author, self)
        facts_dock = self._dock(
            "FactsDock", facts, Qt.DockWidgetArea.RightDockWidgetArea, hidden=True
        )
        quality = install_quality(self, beside=search_dock)
        self._side = _SidePanels(search, search_dock, facts, facts_dock, quality)
        search.section_activated.connect(self._open_search_hit)
        facts.insert_requested.connect(self.editor.editor.insert_fact)
        facts.saved.connect(lambda: self._reload_current(keep_text=True))
        facts.saved.connect(self.editor.settle)  # the preview shows the new value
        facts.grid_requested.connect(self.open_facts_grid)
        facts.proposals_requested.connect(self.open_fact_proposals)
        self._retranslate_side()
        if self.view is not None and self.editor.context is not None:
            facts.show_for(self.view.ref, self.editor.context.facts)

    def _take_drops_on_text(self) -> None:
        """A bundle dropped on the text or the preview opens rather than pasting its name.
        Their viewports are asked for after the first paint: the first widget Qt hands back
        unasked makes PySide6 set up dozens of widget classes it has not met yet (~11 ms)."""
        self.bundle_drop.watch([self.editor.editor.viewport(), self.editor.preview.viewport()])

    def _retranslate_side(self) -> None:
        self.search_dock.setWindowTitle(self.tr("Search results"))
        self.search_dock.toggleViewAction().setText(self.tr("Search &results"))
        self.facts_dock.setWindowTitle(self.tr("Local facts"))
        self.facts_dock.toggleViewAction().setText(self.tr("&Local facts"))
        self.facts_panel.retranslate()
        self.quality_ui.retranslate()

    def apply_default_layout(self, width: int = 1280, height: int = 800) -> None:
        """Sensible sizes for a fresh window: tree a third wide, editor and preview halves."""
        self.resize(width, height)
        tree_width = max(320, min(420, width * 3 // 10))
        self.resizeDocks([self.map_dock], [tree_width], Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.map_dock, self.history_dock],
            [height * 6 // 10, height * 3 // 10],
            Qt.Orientation.Vertical,
        )
        half = max(200, (width - tree_width) // 2)
        self.editor.splitter.setSizes([half, half])

    # -- loading ------------------------------------------------------------------------

    def _local(self) -> bool:
        return self.edition != REGIONAL

    def _services_of(self, pathway: str) -> list[ServiceInfo]:
        return calmly(self, self.workspace.services_of, pathway) or []

    def _states_of(self, pathway: str) -> list[SectionState]:
        return calmly(self, self.workspace.section_states, pathway, self.edition) or []

    def _load_tree(self) -> None:
        pathways = calmly(self, self.workspace.pathways) or []
        self.names = calmly(self, MapNames.of_workspace, self.workspace) or MapNames()
        self.tree.set_pathways(pathways, local_edition=self._local())

    def restore_last_section(self) -> None:
        """Open the section the writer had open last time, or show the first pathway."""
        last = self.settings.last_section
        try:
            ref = SectionRef.parse(last) if last else None
        except UserError:  # a stale setting: start at the first pathway
            ref = None
        if ref is None or not self.select_section(ref):
            self.tree.expand_first()

    def _facts(self) -> Facts:
        from kartedit.services.facts import Facts

        return Facts(self.workspace)

    def _context(self, view: SectionView, last_saved: str = "") -> SectionContext:
        ref = view.ref
        edition = self.switcher.edition(view.edition)
        facts = None
        if not self._first_screen or "{{" in view.text:
            # the first screen is painted without them; ``first_screen_painted`` fills the
            # panel
            facts = self._fact_contexts.get(self.edition)
            if facts is None:
                facts = calmly(self, self.workspace.fact_context, self.edition)
                if facts is not None:
                    self._fact_contexts[self.edition] = facts
        if self._side is not None:  # else it is shown when built
            self._side.facts.show_for(ref, facts)
        return SectionContext(
            pathway_name=self.names.pathway(ref.pathway),
            service_name="" if ref.is_pathway_level else self.names.service(ref.service),
            edition_name=edition.name if edition else view.edition,
            local_edition=self._local(),
            last_saved=last_saved,
            facts=facts,
        )

    def open_facts_grid(self) -> FactsGridDialog | None:
        """The completeness grid of the current edition's local facts."""
        from kartedit.gui.writer.facts_panel import open_facts_grid

        self._fact_contexts.clear()
        edition = self.switcher.edition(self.edition)
        name = edition.name if edition else self.edition
        return open_facts_grid(self, self._facts(), self.edition, name, self.names)

    def open_fact_proposals(self) -> FactProposalDialog | None:
        """Adaptations of this edition that only add contact details, proposed as facts."""
        from kartedit.gui.writer.facts_panel import open_fact_proposals

        edition = self.switcher.edition(self.edition)
        dialog = open_fact_proposals(
            self,
            self.workspace,
            self.edition,
            edition.name if edition else self.edition,
            self.current_ref(),
            self.author,
            lambda ref: section_label(self.names, ref),
        )
        if dialog is not None:
            dialog.accepted.connect(lambda: self._reload_current(keep_text=False))
        return dialog

    # -- opening sections ---------------------------------------------------------------

    def current_ref(self) -> SectionRef | None:
        return self.view.ref if self.view else None

    def select_section(self, ref: SectionRef) -> bool:
        """Show a section in the tree and open it (asks first about unsaved text)."""
        if not self.tree.reveal(ref) or not self.open_section(ref):
            return False
        self.tree.select(ref, quiet=True)
        return True

    def open_section(self, ref: SectionRef) -> bool:
        if self.view is not None and ref == self.view.ref:
            return True
        if not self.maybe_leave():
            current = self.current_ref()
            if current is not None:
                self.tree.select(current, quiet=True)
            return False
        return self._load_section(ref)

    def _open_and_focus(self, ref: SectionRef) -> None:
        if self.open_section(ref):
            self.focus_editor()

    def _load_section(self, ref: SectionRef) -> bool:
        opened = calmly(self, self.workspace.open_section, ref, self.edition)
        if opened is None:
            return False
        view = opened.view
        previous = self.current_ref()
        self.tree.set_modified(previous, False)
        self.view = view
        self._check_timer.stop()  # the previous text's check, if it has not run yet
        self.editor.editor.pause_checks()
        self.editor.show_section(
            view, self._context(view, self._show_history(view, opened.history))
        )
        self.check_as_you_type()
        self._update_title()  # its «[*]» first: restored text below marks the window modified
        draft = self._restored.pop((self.edition, ref), None)
        if draft is not None and not view.read_only:
            self._put_text(draft.text)
            self.statusBar().showMessage(self.tr("Recovered unsaved text; check it and save."))
        self._update_actions()
        self._update_title()
        self._remember()
        return True

    def check_as_you_type(self) -> None:
        """Underline spelling, terms and the other standard in the open text, once it is
        painted: the click shows the text, the check follows (see ``_check_open_text``)."""
        self._check_timer.start()

    def first_screen_painted(self) -> None:
        """After a quick start: the side panels, bundle drops on the text views, the open
        text's facts and its check, which the first screen went without."""
        self._first_screen = False
        self._fact_contexts.clear()
        self._build_side_panels()
        self._take_drops_on_text()
        if self.view is None:
            return
        last_saved = self.editor.context.last_saved if self.editor.context else ""
        self.editor.update_context(self._context(self.view, last_saved))
        self.check_as_you_type()

    def _put_off_check(self) -> None:
        for timer in (self._check_timer, self._store_timer):
            if timer.isActive():
                timer.start()

    def _on_changed(self, modified: bool) -> None:
        if modified and not getattr(self.workspace, "loaded", True):
            self._store_timer.start()

    def _load_store(self) -> None:
        """Load the full workspace behind a quick start (``QuickStartWorkspace.load``)."""
        calmly(self, self.workspace.load)  # type: ignore[attr-defined]

    def pending_work(self) -> bool:
        """Whether the open text's preview, statistics or check are still to come."""
        return self._check_timer.isActive() or self.editor.settling()

    def finish_pending_work(self) -> None:
        """Render the preview and check the open text now (for a picture of the window)."""
        if self.editor.settling():
            self.editor.settle()
        if self._check_timer.isActive():
            self._check_open_text()

    def _check_open_text(self) -> None:
        """The check in the written standard of the edition the open text comes from (an
        inherited text is the regional one). The first screen is painted before the store
        and the dictionaries load; ``first_screen_painted`` checks it afterwards."""
        self._check_timer.stop()
        if self.view is None or self._first_screen:
            return
        shown = REGIONAL if self.view.inherited else self.edition
        edition = self.switcher.edition(shown)
        standard = edition.language if edition is not None else "nb"
        marks = self.editor.editor
        marks.highlighter.quality.on_add_word = self._add_to_word_list
        checker = calmly(self, self.quality.text_checker, standard)
        if checker is not None and self.view.ref != self._checked_ref:
            checker.forget_lines()  # only the text on screen keeps its lines' marks
        self._checked_ref = self.view.ref
        marks.set_checker(checker)

    def _add_to_word_list(self, word: str) -> None:
        calmly(self, self.quality.add_word, word)

    def _load_history(self, view: SectionView) -> str:
        """Fill the history panel; returns «Saved … by …» for the header."""
        revisions = calmly(self, self.workspace.history, view.ref, self.edition) or []
        return self._show_history(view, revisions)

    def _show_history(self, view: SectionView, revisions: list[RevisionInfo]) -> str:
        """The history panel shows summaries (texts are fetched when one is viewed)."""
        self.history.set_revisions(revisions, view.revision_id, can_restore=not view.read_only)
        if not revisions:
            return ""
        head = revisions[0]
        return self.tr("Saved {when} by {author}").format(
            when=local_time(head.created), author=head.author.name
        )

    def _reload_current(self, *, keep_text: bool) -> None:
        """After a save, a status change or a restore: fresh state from the service."""
        self._fact_contexts.clear()  # a save, a status change, a fact: read them afresh
        if self.view is None:
            return
        view = calmly(self, self.workspace.section, self.view.ref, self.edition)
        if view is None:
            return
        self.view = view
        context = self._context(view, self._load_history(view))
        if keep_text:
            self.editor.mark_saved(view, context)
        else:
            self.editor.show_section(view, context)
        self.tree.refresh(view.ref.pathway)
        self._update_actions()
        self._update_title()

    def _put_text(self, text: str) -> None:
        """Replace the editor text as one undoable edit, so it counts as unsaved."""
        cursor = QTextCursor(self.editor.editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)

    # -- editions -----------------------------------------------------------------------

    def switch_edition(self, slug: str) -> bool:
        if slug == self.edition:
            return True
        if not self.maybe_leave():
            self.switcher.set_current(self.edition)
            return False
        self.edition = slug
        self.switcher.set_current(slug)
        self.tree.switch_edition(local_edition=self._local())
        if self.view is not None:
            self._load_section(self.view.ref)
        self._update_actions()
        self._remember()
        return True

    def refresh_editions(self, current: str | None = None) -> None:
        """The switcher's list after an edition was made, renamed or deleted; ``current``
        is the slug the open edition goes by now (a rename may change it)."""
        if current is not None:
            self.edition = current
        self._fact_contexts.clear()
        self.switcher.set_editions(calmly(self, self.workspace.editions) or [], self.edition)
        self._remember()

    def reload_section(self) -> None:
        """After an edition command changed the open section: its text, state and history."""
        self._reload_current(keep_text=False)

    def offer_recovery(self) -> None:
        """At start: unsaved text left by a crash is offered back, section by section."""
        drafts = self.recovery.drafts()
        if not drafts:
            return
        from kartedit.gui.writer.recovery_dialog import ask_recovery

        choice = ask_recovery(
            drafts,
            self,
            saved=lambda d: self.workspace.section(d.ref, d.edition),
            section_label=self._ref_label,
            edition_label=self._edition_label,
        )
        for draft in choice.discard:
            self.recovery.discard(draft.edition, draft.ref)
        if not choice.restore:
            return
        for draft in choice.restore:
            self._restored[(draft.edition, draft.ref)] = draft
        first = choice.restore[0]
        if first.edition != self.edition:
            self.switch_edition(first.edition)
        if self.view is not None and self.view.ref == first.ref:
            self._load_section(first.ref)
        else:
            self.select_section(first.ref)
        for edition, ref in self._restored:
            if edition == self.edition:
                self.tree.set_modified(ref, True)

    # -- search -------------------------------------------------------------------------

    def open_map_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.focus_query()

    def _open_search_hit(self, ref: SectionRef, word: str) -> None:
        if not self.select_section(ref):
            return
        if word:
            document = self.editor.editor.document()
            found = document.find(word, 0)
            if not found.isNull():
                self.editor.editor.setTextCursor(found)
                self.editor.editor.ensureCursorVisible()
        self.focus_editor()

    # -- view and focus -----------------------------------------------------------------

    def _show_editor(self, visible: bool) -> None:
        if not visible and not self.commands.show_preview.isChecked():
            self.commands.show_preview.setChecked(True)
        self.editor.set_editor_visible(visible)

    def _show_preview(self, visible: bool) -> None:
        if not visible and not self.commands.show_editor.isChecked():
            self.commands.show_editor.setChecked(True)
        self.editor.set_preview_visible(visible)

    def focus_map(self) -> None:
        self.map_dock.show()
        self.tree.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_editor(self) -> None:
        if self.view is not None:
            widget = self.editor.editor if self.editor.editor.isVisible() else self.editor.preview
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _panes(self) -> list[QWidget]:
        panes: list[QWidget] = [
            self.tree.view,
            self.editor.editor,
            self.editor.preview,
            self.history.list,
        ]
        if self._side is not None:
            panes.append(self._side.search.query_edit)
        return [p for p in panes if p.isVisible() and p.isEnabled()]

    def cycle_focus(self, step: int) -> None:
        """F6 / Shift+F6: map → text → preview → history → search results."""
        focus_next_pane(self._panes(), step)

    # -- state shown around the editor --------------------------------------------------

    def _update_actions(self) -> None:
        view = self.view
        writable = view is not None and not view.read_only
        self.commands.save.setEnabled(writable)
        self.commands.find.setEnabled(view is not None)
        self.commands.replace.setEnabled(view is not None)
        can_change = view is not None and not view.inherited
        for status, action in self.commands.status_actions.items():
            action.setEnabled(can_change)
            action.setChecked(view is not None and view.status is status)
        self.seat.section_changed.emit()

    def _section_title(self) -> str:
        if self.view is None:
            return ""
        return kind_and_owner(self.names, self.view.ref)

    def _ref_label(self, ref: SectionRef) -> str:
        return section_label(self.names, ref)

    def place_label(self, ref: SectionRef) -> str:
        """«Angst hos barn og unge › Fastlege»: where a section sits, by name."""
        return place_label(self.names, ref)

    def _edition_label(self, slug: str) -> str:
        edition = self.switcher.edition(slug)
        return edition.name if edition else slug

    edition_name = _edition_label

    def _update_title(self) -> None:
        title = "kartedit"
        if self.view is not None:
            pathway = self.names.pathway(self.view.ref.pathway)
            title = f"{self._section_title()} · {pathway}[*] — kartedit"
        if title != self.windowTitle():  # an unchanged title repaints nothing
            self.setWindowTitle(title)

    def _remember(self) -> None:
        """The edition and section to reopen next time: written a moment after the last
        change (not on every click, and never when nothing changed), and on closing."""
        ref = self.current_ref()
        wanted = (self.edition, ref.key if ref else "")
        if wanted == (self.settings.last_edition, self.settings.last_section):
            return
        self.settings = self.settings.with_changes(last_edition=wanted[0], last_section=wanted[1])
        self._remember_timer.start()

    def _write_remembered(self) -> None:
        self._remember_timer.stop()
        settings = load_settings().with_changes(
            last_edition=self.settings.last_edition, last_section=self.settings.last_section
        )
        try:
            save_settings(settings)
        except OSError as exc:
            log.warning("could not remember the open section: %s", exc)

    # -- dialogs and closing ------------------------------------------------------------

    def edit_settings(self) -> None:
        from kartedit.gui.writer.settings_dialog import SettingsDialog

        dialog = SettingsDialog(load_settings(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.settings = dialog.settings()
            self.editor.set_font_size(self.settings.editor_font_size)

    def open_bundle(self, path: Path | None = None) -> None:
        """File → Open bundle… or a dropped file: a review bundle opens a reviewer window,
        apart from the map; responses are imported, an approved bundle offered for applying."""
        path = path or choose_bundle(self)
        if path is not None:
            self.hearing.open_bundle(path)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About kartedit"),
            self.tr(
                "<p><b>kartedit {version}</b></p><p>An offline editor for regional and local "
                "<i>samhandlingsforløp</i> for children and young people.</p>"
                "<p>Database: {path}</p>"
            ).format(version=__version__, path=str(self.workspace.path)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_leave():
            event.ignore()
            return
        self._autosave.stop()
        if self._side is not None:
            self._side.quality.panel.wait()
        app = QApplication.instance()
        if self._watching_focus and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_focus_changed)
            self._watching_focus = False
        self._remember()
        if self._remember_timer.isActive():
            self._write_remembered()
        remember_place(self, "main")
        event.accept()
