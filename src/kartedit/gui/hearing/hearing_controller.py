"""GUI: the main window's hearing commands — import responses, the hearing view, apply an
approved bundle — and where an opened or dropped bundle goes.

API:
    HearingController(window: MainWindow) — adds the Hearing menu (and File → Import
        responses…); start_round() -> StartRoundDialog (opened; on success the tree shows
        the sections in hearing and the export is offered), export_review_bundle(round_key=
        None, path=None) -> Path | None (the file written);
        import_responses(paths=None) -> ResponseImport | None (runs in the background;
        ``importer`` is the last one), open_rounds(round_key=None) -> HearingWindow,
        apply_approved(path=None) -> ApplyReportDialog | None,
        open_bundle(path): a review bundle opens the reviewer window, responses are imported
        (several dropped at once go in one import), an approved bundle is offered for applying
    screenshot(app, workspace, round_key, select, target) -> int — ``--coordinator``
Every command returns what it did, so tests drive it without clicking.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from kartedit.domain.errors import UserError
from kartedit.domain.hearing import norwegian_date
from kartedit.domain.people import Author
from kartedit.gui.common import confirm, icons
from kartedit.gui.common.errors import calmly
from kartedit.services.settings import load_settings

# The hearing window, dialogs and bundle services are imported when first used: start-up
# reads only what the first screen shows.

if TYPE_CHECKING:
    from kartedit.domain.bundles import BundleManifest
    from kartedit.domain.hearing import HearingRound
    from kartedit.domain.sections import SectionRef
    from kartedit.gui.hearing.hearing_window import HearingWindow
    from kartedit.gui.hearing.import_dialog import ResponseImport
    from kartedit.gui.hearing.round_dialogs import ApplyReportDialog
    from kartedit.gui.hearing.start_round_dialog import StartRoundDialog
    from kartedit.gui.writer.main_window import MainWindow


class HearingController(QObject):
    """The coordinator's way in from the writer's window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.importer: ResponseImport | None = None
        self.hearing_window: HearingWindow | None = None
        self._pending: list[Path] = []

        def make(shortcut: str | None = None) -> QAction:
            action = QAction(window)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            window.addAction(action)
            return action

        self.start_round_action = make()
        self.export_bundle_action = make()
        self.rounds = make("Ctrl+Shift+R")
        self.rounds.setIcon(icons.comments_icon())
        self.import_responses_action = make("Ctrl+Shift+I")
        self.apply_action = make()
        self.menu = QMenu(window)
        self.menu.addAction(self.start_round_action)
        self.menu.addAction(self.export_bundle_action)
        self.menu.addSeparator()
        self.menu.addAction(self.rounds)
        self.menu.addAction(self.import_responses_action)
        self.menu.addSeparator()
        self.menu.addAction(self.apply_action)
        window.menuBar().insertMenu(window.menus.help.menuAction(), self.menu)
        file_menu = window.menus.file
        actions = file_menu.actions()
        anchor = window.commands.open_bundle
        after = actions.index(anchor) + 1 if anchor in actions else len(actions)
        if after < len(actions):
            file_menu.insertAction(actions[after], self.import_responses_action)
        else:
            file_menu.addAction(self.import_responses_action)
        self.start_round_action.triggered.connect(lambda: self.start_round())
        self.export_bundle_action.triggered.connect(lambda: self.export_review_bundle())
        self.rounds.triggered.connect(lambda: self.open_rounds())
        self.import_responses_action.triggered.connect(lambda: self.import_responses())
        self.apply_action.triggered.connect(lambda: self.apply_approved())
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Hea&ring"))
        self.rounds.setText(self.tr("Hearing &rounds…"))
        self.rounds.setToolTip(
            self.tr("Read and decide on the comments of a hearing round (Ctrl+Shift+R)")
        )
        self.import_responses_action.setText(self.tr("&Import responses…"))
        self.import_responses_action.setToolTip(
            self.tr("Import reviewers' response bundles, many at once (Ctrl+Shift+I)")
        )
        self.apply_action.setText(self.tr("&Apply approved bundle…"))
        self.apply_action.setToolTip(
            self.tr("Bring approved regional texts into this copy of the map")
        )
        self.start_round_action.setText(self.tr("&Start hearing round…"))
        self.start_round_action.setToolTip(
            self.tr("Send pathways and services out for hearing, with a deadline")
        )
        self.export_bundle_action.setText(self.tr("&Export review bundle…"))
        self.export_bundle_action.setToolTip(
            self.tr("Write the file to send to the hearing participants")
        )
        for action in (
            self.start_round_action,
            self.export_bundle_action,
            self.rounds,
            self.import_responses_action,
            self.apply_action,
        ):
            action.setStatusTip(action.toolTip())

    # -- commands -----------------------------------------------------------------------

    def start_round(self) -> StartRoundDialog:
        """Hearing → Start hearing round…: the dialog starts it; then offer the export."""
        from kartedit.gui.hearing.start_round_dialog import StartRoundDialog

        dialog = StartRoundDialog(self.window.workspace, self.window.author, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_round_started(dialog.started))
        dialog.open()
        return dialog

    def _on_round_started(self, started: HearingRound | None) -> None:
        if started is None:
            return
        self._refresh_tree()
        self.window.reload_section()
        if self.hearing_window is not None:
            self.hearing_window.load_rounds()
        if confirm.ask(
            self.window,
            self.tr("Hearing round started"),
            self.tr(
                "«{name}» has started; its sections are now in hearing. Export the review "
                "bundle to send to the participants now?"
            ).format(name=started.name),
            self.tr("Export review bundle…"),
        ):
            self.export_review_bundle(started.id)

    def export_review_bundle(
        self, round_key: str | None = None, path: Path | None = None
    ) -> Path | None:
        """Hearing → Export review bundle…: pick an open round and a file, write it, say
        where it went and what to do with it. Returns the file written."""
        from kartedit.gui.hearing.round_dialogs import info_box
        from kartedit.gui.hearing.start_round_dialog import choose_open_round, choose_review_target
        from kartedit.services.bundles import export_review_bundle
        from kartedit.services.rounds import list_rounds

        workspace = self.window.workspace

        def export() -> tuple[HearingRound, Path, BundleManifest] | None:
            rounds = [r for r in list_rounds(workspace) if r.is_open]
            if round_key is not None:
                rounds = [r for r in rounds if r.id.startswith(round_key)]
            if not rounds:
                raise UserError(
                    self.tr(
                        "There is no open hearing round; start one with Hearing → Start "
                        "hearing round… first."
                    )
                )
            hearing = choose_open_round(self.window, rounds)
            if hearing is None:
                return None
            today = workspace.clock().astimezone().date()
            target = path or choose_review_target(
                self.window, hearing, workspace.path.parent, today
            )
            if target is None:
                return None
            settings = load_settings()
            author = (
                Author(settings.author_name.strip(), settings.author_organisation.strip())
                if settings.author_name.strip()
                else None  # the person who started the round
            )
            return hearing, target, export_review_bundle(workspace, hearing.id, target, author)

        done = calmly(self.window, export)
        if done is None:
            return None
        hearing, path, manifest = done
        info_box(
            self.window,
            self.tr("Review bundle exported"),
            self.tr(
                "The review bundle of «{name}» ({count} sections) is saved as {path}.\n\n"
                "Send this file to the hearing participants, by e-mail or a shared drive. "
                "They open it in kartedit (or read it in a browser), comment, and send "
                "back a response bundle before {deadline}; import those with Hearing → "
                "Import responses…."
            ).format(
                name=hearing.name,
                count=len(manifest.sections),
                path=path,
                deadline=norwegian_date(hearing.deadline),
            ),
        ).open()
        return path

    def open_rounds(self, round_key: str | None = None) -> HearingWindow:
        """Hearing → Hearing rounds…: one hearing window per main window, raised."""
        from kartedit.gui.hearing.hearing_window import HearingWindow

        window = self.hearing_window
        if window is None:
            window = HearingWindow(
                self.window.workspace,
                round_key=round_key,
                author=self.window.author,
                parent=self.window,
            )
            window.apply_default_layout()
            window.texts_changed.connect(self._on_texts_changed)
            window.destroyed.connect(lambda *_: setattr(self, "hearing_window", None))
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.hearing_window = window
        else:
            window.load_rounds(round_key)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def import_responses(self, paths: list[Path] | None = None) -> ResponseImport | None:
        """Off the UI thread with a progress dialog; the report follows."""
        from kartedit.gui.hearing.import_dialog import ResponseImport, choose_responses

        if self.importer is not None and self.importer.is_running():
            self.window.statusBar().showMessage(
                self.tr("An import is already running; wait for its report."), 5000
            )
            return None
        chosen = paths if paths is not None else choose_responses(self.window)
        if not chosen:
            return None
        if self.importer is not None:
            self.importer.deleteLater()  # done: its report dialog lives on by itself
        self.importer = ResponseImport(self.window.workspace, chosen, self.window)
        self.importer.finished.connect(self._on_imported)
        self.importer.start()
        return self.importer

    def _on_imported(self, _report: object) -> None:
        self._refresh_tree()
        if self.hearing_window is not None:
            self.hearing_window.load_rounds()

    def apply_approved(self, path: Path | None = None) -> ApplyReportDialog | None:
        """Add a region's approved texts; overrides whose base moved go stale, listed."""
        from kartedit.gui.hearing.hearing_panes import SectionNames
        from kartedit.gui.hearing.round_dialogs import ApplyReportDialog, choose_approved_bundle
        from kartedit.services.approved import apply_approved_bundle

        path = path or choose_approved_bundle(self.window)
        if path is None:
            return None
        report = calmly(self.window, lambda: apply_approved_bundle(self.window.workspace, path))
        if report is None:
            return None
        self._refresh_tree()
        self.window.reload_section()
        dialog = ApplyReportDialog(report, SectionNames(self.window.workspace).label, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- bundles opened or dropped ------------------------------------------------------

    def open_bundle(self, path: Path) -> None:
        """Review → reviewer window; response → import (one import for a dropped batch);
        approved → apply, after asking. An unreadable file: the reviewer window says why."""
        from kartedit.domain.bundles import BundleKind
        from kartedit.gui.common.bundle_drop import open_bundle_window
        from kartedit.services.bundles import open_bundle

        try:
            kind = open_bundle(path).manifest.kind
        except UserError:  # not a bundle kind we route: handled below
            kind = None
        if kind is BundleKind.RESPONSE:
            self._pending.append(path)
            if len(self._pending) == 1:
                QTimer.singleShot(0, self._import_pending)
        elif kind is BundleKind.APPROVED:
            if confirm.ask(
                self.window,
                self.tr("Apply approved bundle"),
                self.tr(
                    "{file} holds approved regional texts. Add them to this map? Local "
                    "adaptations keep their text; those whose regional text changed go stale."
                ).format(file=path.name),
                self.tr("Apply"),
            ):
                self.apply_approved(path)
        else:
            open_bundle_window(path, self.window)

    def _import_pending(self) -> None:
        paths, self._pending = self._pending, []
        if paths:
            self.import_responses(paths)

    # -- keeping the writer's window current --------------------------------------------

    def _refresh_tree(self) -> None:
        tree = self.window.tree
        for pathway in tree.model.loaded_pathways():
            tree.refresh(pathway)

    def _on_texts_changed(self, ref: SectionRef) -> None:
        self._refresh_tree()
        view = self.window.view
        if view is not None and view.ref == ref and not self.window.editor.is_modified():
            self.window.reload_section()
