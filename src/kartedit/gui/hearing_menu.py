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

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from kartedit.domain.errors import UserError
from kartedit.domain.hearing import norwegian_date
from kartedit.gui import confirm, icons
from kartedit.gui.errors import show_user_error

# The hearing window, dialogs and bundle services are imported when first used: start-up
# reads only what the first screen shows.

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kartedit.domain.hearing import HearingRound
    from kartedit.domain.sections import SectionRef
    from kartedit.gui.coordinator_view import HearingWindow
    from kartedit.gui.import_dialog import ResponseImport
    from kartedit.gui.main_window import MainWindow
    from kartedit.gui.round_dialogs import ApplyReportDialog
    from kartedit.gui.start_round_dialog import StartRoundDialog
    from kartedit.services.workspace import Workspace


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
        self.export_document_action = make()
        self.rounds = make("Ctrl+Shift+R")
        self.rounds.setIcon(icons.comments_icon())
        self.import_responses_action = make("Ctrl+Shift+I")
        self.apply_action = make()
        self.menu = QMenu(window)
        self.menu.addAction(self.start_round_action)
        self.menu.addAction(self.export_bundle_action)
        self.menu.addAction(self.export_document_action)
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
        self.export_document_action.triggered.connect(lambda: self.export_hearing_document())
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
        self.export_document_action.setText(self.tr("Export hearing &document…"))
        self.export_document_action.setToolTip(
            self.tr("Write a Word document for participants who answer without kartedit")
        )
        for action in (
            self.start_round_action,
            self.export_bundle_action,
            self.export_document_action,
            self.rounds,
            self.import_responses_action,
            self.apply_action,
        ):
            action.setStatusTip(action.toolTip())

    # -- commands -----------------------------------------------------------------------

    def start_round(self) -> StartRoundDialog:
        """Hearing → Start hearing round…: the dialog starts it; then offer the export."""
        from kartedit.gui.start_round_dialog import StartRoundDialog

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
        from kartedit.gui.hearing_word import pick_open_round, settings_author
        from kartedit.gui.round_dialogs import info_box
        from kartedit.gui.start_round_dialog import choose_review_target
        from kartedit.services.bundles import export_review_bundle

        workspace = self.window.workspace
        try:
            hearing = pick_open_round(self.window, round_key)
            if hearing is None:
                return None
            today = workspace.clock().astimezone().date()
            path = path or choose_review_target(self.window, hearing, workspace.path.parent, today)
            if path is None:
                return None
            author = settings_author()  # None: the person who started the round
            manifest = export_review_bundle(workspace, hearing.id, path, author)
        except UserError as exc:
            show_user_error(self.window, exc)
            return None
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

    def export_hearing_document(
        self, round_key: str | None = None, path: Path | None = None
    ) -> Path | None:
        """Hearing → Export hearing document… (``gui.hearing_word``)."""
        from kartedit.gui.hearing_word import export_hearing_document

        return export_hearing_document(self.window, round_key, path)

    def open_rounds(self, round_key: str | None = None) -> HearingWindow:
        """Hearing → Hearing rounds…: one hearing window per main window, raised."""
        from kartedit.gui.coordinator_view import HearingWindow

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
        from kartedit.gui.import_dialog import ResponseImport, choose_responses

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
        from kartedit.gui.hearing_panes import SectionNames
        from kartedit.gui.round_dialogs import ApplyReportDialog, choose_approved_bundle
        from kartedit.services.approved import apply_approved_bundle

        path = path or choose_approved_bundle(self.window)
        if path is None:
            return None
        try:
            report = apply_approved_bundle(self.window.workspace, path)
        except UserError as exc:
            show_user_error(self.window, exc)
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
        from kartedit.gui.bundle_drop import open_bundle_window
        from kartedit.services.bundles import open_bundle

        try:
            kind = open_bundle(path).manifest.kind
        except UserError:
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


def screenshot(
    app: QApplication,
    workspace: Workspace,
    round_key: str,
    select: SectionRef | None,
    target: Path,
) -> int:
    """``kartedit --screenshot FILE --coordinator ROUND``: the review view at 1280×800."""
    from PySide6.QtCore import QEventLoop

    from kartedit.gui.coordinator_view import HearingWindow

    window = HearingWindow(workspace, round_key=round_key, author=lambda: None)
    try:
        if window.hearing is None:
            print(f"kartedit: no hearing round «{round_key}» in {workspace.path}.", file=sys.stderr)
            return 1
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        window.apply_default_layout()
        window.show()
        if select is not None and not window.select_section(select):
            print(f"kartedit: {select} is not in the round.", file=sys.stderr)
        ids = window.threads.comment_ids()
        if ids:
            window.threads.select_comment(ids[0])
            window.show_thread(ids[0])
        for _ in range(5):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        window.apply_default_layout()
        app.processEvents()
        image = window.grab()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            print(f"kartedit: could not write {target}.", file=sys.stderr)
            return 1
        print(f"Saved a {image.width()}×{image.height()} screenshot to {target}.")
        return 0
    finally:
        window.close()
        window.deleteLater()
