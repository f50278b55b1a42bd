"""GUI: the main window's hearing commands — import responses, the hearing view, apply an
approved bundle — and where an opened or dropped bundle goes.

API:
    HearingController(seat: WindowSeat) — the Hearing menu and its actions (the window
        places them; File → Import responses… too); start_round() -> StartRoundDialog
        (opened; on success the tree shows the sections in hearing and the export is
        offered), export_review_bundle(round_key=None, path=None) -> Path | None (the file
        written), export_hearing_document(round_key=None, path=None) -> Path | None (the
        round as a Word document);
        import_responses(paths=None) -> ResponseImport | None (runs in the background;
        ``importer`` is the last one), open_rounds(round_key=None) -> HearingWindow,
        apply_approved(path=None) -> ApplyReportDialog | None,
        open_bundle(path): a review bundle opens the reviewer window, responses are imported
        (several dropped at once go in one import), an approved bundle is offered for applying
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
from kartedit.gui.common import confirm, icons, who
from kartedit.gui.common.errors import calmly
from kartedit.gui.common.labels import section_label
from kartedit.gui.common.placement import place_window
from kartedit.services.names import MapNames

# The hearing window, dialogs and bundle services are imported when first used: start-up
# reads only what the first screen shows.

if TYPE_CHECKING:
    from kartedit.domain.bundles import BundleManifest
    from kartedit.domain.hearing import HearingRound
    from kartedit.domain.sections import SectionRef
    from kartedit.gui.common.seat import WindowSeat
    from kartedit.gui.hearing.hearing_window import HearingWindow
    from kartedit.gui.hearing.import_dialog import ResponseImport
    from kartedit.gui.hearing.round_dialogs import ApplyReportDialog
    from kartedit.gui.hearing.start_round_dialog import StartRoundDialog


class HearingController(QObject):
    """The coordinator's way in from the writer's window."""

    def __init__(self, seat: WindowSeat) -> None:
        super().__init__(seat.widget)
        self.seat = seat
        self.importer: ResponseImport | None = None
        self.hearing_window: HearingWindow | None = None
        self._pending: list[Path] = []

        def make(shortcut: str | None = None) -> QAction:
            action = QAction(seat.widget)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            seat.widget.addAction(action)
            return action

        self.start_round_action = make()
        self.export_bundle_action = make()
        self.export_document_action = make()
        self.rounds = make("Ctrl+Shift+R")
        self.rounds.setIcon(icons.comments_icon())
        self.import_responses_action = make("Ctrl+Shift+I")
        self.apply_action = make()
        self.menu = QMenu(seat.widget)
        self.menu.addAction(self.start_round_action)
        self.menu.addAction(self.export_bundle_action)
        self.menu.addAction(self.export_document_action)
        self.menu.addSeparator()
        self.menu.addAction(self.rounds)
        self.menu.addAction(self.import_responses_action)
        self.menu.addSeparator()
        self.menu.addAction(self.apply_action)
        seat.map_changed.connect(self._on_texts_changed)
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
        from kartedit.gui.hearing.start_round_dialog import StartRoundDialog

        dialog = StartRoundDialog(self.seat.workspace, self.seat.author, self.seat.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_round_started(dialog.started))
        dialog.open()
        return dialog

    def _on_round_started(self, started: HearingRound | None) -> None:
        if started is None:
            return
        self._refresh_tree()
        self.seat.reload_section()
        if self.hearing_window is not None:
            self.hearing_window.load_rounds()
        if confirm.ask(
            self.seat.widget,
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
        from kartedit.gui.hearing.hearing_word import pick_open_round
        from kartedit.gui.hearing.round_dialogs import info_box
        from kartedit.gui.hearing.start_round_dialog import choose_review_target
        from kartedit.services.bundles import export_review_bundle

        workspace = self.seat.workspace

        def export() -> tuple[HearingRound, Path, BundleManifest] | None:
            hearing = pick_open_round(self.seat, round_key)
            if hearing is None:
                return None
            today = workspace.clock().astimezone().date()
            target = path or choose_review_target(
                self.seat.widget, hearing, workspace.path.parent, today
            )
            if target is None:
                return None
            author = who.known_author()  # nobody: the person who started the round
            return hearing, target, export_review_bundle(workspace, hearing.id, target, author)

        done = calmly(self.seat.widget, export)
        if done is None:
            return None
        hearing, path, manifest = done
        info_box(
            self.seat.widget,
            self.tr("Review bundle exported"),
            self.tr(
                "The review bundle of «{name}» ({sections}) is saved as {path}.\n\n"
                "Send this file to the hearing participants, by e-mail or a shared drive. "
                "They open it in kartedit (or read it in a browser), comment, and send "
                "back a response bundle before {deadline}; import those with Hearing → "
                "Import responses…."
            ).format(
                name=hearing.name,
                sections=self.tr("%n section(s)", "", len(manifest.sections)),
                path=path,
                deadline=norwegian_date(hearing.deadline),
            ),
        ).open()
        return path

    def export_hearing_document(
        self, round_key: str | None = None, path: Path | None = None
    ) -> Path | None:
        """Hearing → Export hearing document… (``gui.hearing.hearing_word``)."""
        from kartedit.gui.hearing.hearing_word import export_hearing_document

        return export_hearing_document(self.seat, round_key, path)

    def open_rounds(self, round_key: str | None = None) -> HearingWindow:
        """Hearing → Hearing rounds…: one hearing window per main window, raised."""
        from kartedit.gui.hearing.hearing_window import HearingWindow

        window = self.hearing_window
        if window is None:
            window = HearingWindow(
                self.seat.workspace,
                round_key=round_key,
                author=self.seat.author,
                parent=self.seat.widget,
            )
            place_window(window, "hearing", window.apply_default_layout)
            window.texts_changed.connect(self.seat.map_changed)
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
            self.seat.say(self.tr("An import is already running; wait for its report."))
            return None
        chosen = paths if paths is not None else choose_responses(self.seat.widget)
        if not chosen:
            return None
        if self.importer is not None:
            self.importer.deleteLater()  # done: its report dialog lives on by itself
        self.importer = ResponseImport(self.seat.workspace, chosen, self.seat.widget)
        self.importer.finished.connect(self._on_imported)
        self.importer.start()
        return self.importer

    def _on_imported(self, _report: object) -> None:
        self._refresh_tree()
        if self.hearing_window is not None:
            self.hearing_window.load_rounds()

    def apply_approved(self, path: Path | None = None) -> ApplyReportDialog | None:
        """Add a region's approved texts; overrides whose base moved go stale, listed."""
        from kartedit.gui.hearing.round_dialogs import ApplyReportDialog, choose_approved_bundle
        from kartedit.services.approved import apply_approved_bundle

        path = path or choose_approved_bundle(self.seat.widget)
        if path is None:
            return None
        report = calmly(self.seat.widget, lambda: apply_approved_bundle(self.seat.workspace, path))
        if report is None:
            return None
        self._refresh_tree()
        self.seat.reload_section()
        workspace = self.seat.workspace
        names = MapNames.of_workspace(workspace)
        editions = {e.slug: e.name for e in calmly(self.seat.widget, workspace.editions) or []}
        dialog = ApplyReportDialog(
            report, lambda ref: section_label(names, ref), self.seat.widget, editions
        )
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
            preview = self._preview_approved(path)
            if preview is not None and confirm.ask(
                self.seat.widget,
                self.tr("Apply approved bundle"),
                self.tr(
                    "{file} holds approved regional texts. Add them to this map? Local "
                    "adaptations keep their text; those whose regional text changed go stale."
                ).format(file=path.name),
                self.tr("Apply"),
                detail=preview,
            ):
                self.apply_approved(path)
        else:
            open_bundle_window(path, self.seat.widget)

    def _preview_approved(self, path: Path) -> str | None:
        """What applying the bundle will change, one line a section; None if it is refused."""
        from kartedit.services.approved import preview_approved_bundle

        workspace = self.seat.workspace
        report = calmly(self.seat.widget, lambda: preview_approved_bundle(workspace, path))
        if report is None:
            return None
        names = MapNames.of_workspace(workspace)
        lines = []
        for section in report.updated:
            line = self.tr("New regional text: {section}").format(
                section=section_label(names, section.ref)
            )
            if section.stale:
                line += self.tr(" (local adaptations that go stale: {editions})").format(
                    editions=", ".join(section.stale)
                )
            lines.append(line)
        if not lines:
            lines.append(self.tr("Nothing changes: this map already has these texts."))
        unchanged = len(report.sections) - len(report.updated)
        if unchanged and report.updated:
            lines.append(self.tr("Already up to date: %n section(s)", "", unchanged))
        return "\n".join(lines)

    def _import_pending(self) -> None:
        paths, self._pending = self._pending, []
        if paths:
            self.import_responses(paths)

    # -- keeping the writer's window current --------------------------------------------

    def _refresh_tree(self) -> None:
        self.seat.refresh_map()

    def _on_texts_changed(self, ref: SectionRef | None) -> None:
        self._refresh_tree()
        view = self.seat.view
        if view is not None and (ref is None or view.ref == ref) and not self.seat.is_modified():
            self.seat.reload_section()
