"""GUI: dialogs for local editions — create, rename, delete, and the list of stale adaptations.

API:
    CreateEditionDialog(editions: Editions, parent=None) — name, slug (suggested from the
        name until edited), organisation; on Create calls Editions.create, errors stay in
        the dialog; ``created: EditionInfo | None``
    RenameEditionDialog(editions, slug, parent=None) — same form, pre-filled; ``renamed``
    DeleteEditionDialog(editions, slug, parent=None) — says what is lost; with adaptations
        it offers «Export first, then delete…» (folder form via Editions.delete(export_to=))
        ``deleted: bool``, ``exported_to: Path | None``
    create_edition / rename_edition / delete_edition(editions, …, parent) — exec() helpers
    StaleOverridesDialog(editions, edition, author: Callable[[], Author | None], *,
                         names: MapNames | None = None, parent=None)
        one row per stale adaptation (section; minor or changed); «Show regional change…»
        (base → regional diff) and «Carry over…» (three_way_dialog.carry_over); signal
        carried_over(ref: SectionRef, revision: RevisionInfo)
    section_title(ref, names) -> str — «Angst hos barn og unge › Fastlege › Referral»
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.errors import UserError
from kartedit.domain.model import EditionInfo, RevisionInfo
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef, check_slug
from kartedit.domain.slugs import suggest_slug
from kartedit.gui.common import icons
from kartedit.gui.common.errors import calmly
from kartedit.gui.common.i18n import shown
from kartedit.gui.common.labels import section_label
from kartedit.gui.common.placement import fit_resize
from kartedit.gui.common.theme import theme
from kartedit.gui.editions.carry_over import carry_over, regional_change_dialog
from kartedit.services.editions import Editions, StaleOverride
from kartedit.services.names import MapNames

AnyIndex = QModelIndex | QPersistentModelIndex


def section_title(ref: SectionRef, names: MapNames) -> str:
    return section_label(names, ref)


class _EditionForm(QDialog):
    """Name, slug and organisation, with the problem (if any) said under the fields."""

    def __init__(self, editions: Editions, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.editions = editions
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(200)
        self.slug_edit = QLineEdit(self)
        self.slug_edit.setMaxLength(60)
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setMaxLength(200)
        self.slug_hint = QLabel(self)
        self.slug_hint.setWordWrap(True)
        self.slug_hint.setMinimumWidth(360)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme().hex.ink_error};")
        self.error_label.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(self.tr("&Name:"), self)
        self.name_label.setBuddy(self.name_edit)
        self.slug_label = QLabel(self.tr("&Short name:"), self)
        self.slug_label.setBuddy(self.slug_edit)
        self.organisation_label = QLabel(self.tr("&Organisation:"), self)
        self.organisation_label.setBuddy(self.organisation_edit)
        self.form.addRow(self.name_label, self.name_edit)
        self.form.addRow(self.slug_label, self.slug_edit)
        self.form.addRow("", self.slug_hint)
        self.form.addRow(self.organisation_label, self.organisation_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.name_edit.setAccessibleName(self.tr("Name of the edition"))
        self.name_edit.setPlaceholderText(self.tr("For example: Voss herad"))
        self.slug_edit.setAccessibleName(self.tr("Short name used in files and bundles"))
        self.slug_edit.setPlaceholderText(self.tr("for example: voss-herad"))
        self.organisation_edit.setAccessibleName(
            self.tr("Municipality or health community the edition belongs to")
        )
        self.organisation_edit.setPlaceholderText(self.tr("For example: Voss herad"))
        self.slug_hint.setText(
            self.tr("Lower-case letters a–z, digits and hyphens; used in files and bundles.")
        )
        self.name_edit.textChanged.connect(self._update)
        self.slug_edit.textChanged.connect(self._update)
        self.setMinimumWidth(520)

    def values(self) -> tuple[str, str, str]:
        return (
            self.name_edit.text().strip(),
            self.slug_edit.text().strip(),
            self.organisation_edit.text().strip(),
        )

    def _slug_problem(self, slug: str) -> str:
        if not slug:
            return self.tr("Give the edition a short name.")
        try:
            check_slug(slug, "short name")
        except UserError:  # the form's own hint, not a dialog
            return self.tr(
                "Use only lower-case letters a–z, digits and single hyphens, "
                "for example «voss-herad»."
            )
        return ""

    def _update(self, *_args: object) -> None:
        name, slug, _organisation = self.values()
        problem = self._slug_problem(slug) if slug or name else ""
        self.slug_hint.setStyleSheet(f"color: {theme().hex.ink_error};" if problem else "")
        self.slug_hint.setText(
            problem
            or self.tr("Lower-case letters a–z, digits and hyphens; used in files and bundles.")
        )
        self.ok_button.setEnabled(bool(name) and not problem)
        self.error_label.hide()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _on_ok(self) -> None:
        raise NotImplementedError


class CreateEditionDialog(_EditionForm):
    """A new local edition: it starts out inheriting every regional text."""

    def __init__(self, editions: Editions, parent: QWidget | None = None) -> None:
        super().__init__(editions, parent)
        self.created: EditionInfo | None = None
        self._slug_edited = False
        self.setWindowTitle(self.tr("New local edition"))
        self.intro.setText(
            self.tr(
                "A local edition shows the regional text everywhere until you adapt a "
                "section for local practice."
            )
        )
        self.ok_button.setText(self.tr("&Create"))
        self.slug_edit.textEdited.connect(self._on_slug_edited)
        self.name_edit.textChanged.connect(self._suggest)
        self._update()

    def _on_slug_edited(self, text: str) -> None:
        self._slug_edited = bool(text)  # emptied: follow the name again

    def _suggest(self, name: str) -> None:
        if not self._slug_edited:
            self.slug_edit.setText(suggest_slug(name))

    def _on_ok(self) -> None:
        name, slug, organisation = self.values()
        try:
            self.created = self.editions.create(slug, name, organisation)
        except UserError as exc:  # shown inside the form, which stays open
            self._show_error(shown(exc.said))
            return
        self.accept()


class RenameEditionDialog(_EditionForm):
    """Change an edition's name, short name or organisation; its texts stay as they are."""

    def __init__(self, editions: Editions, slug: str, parent: QWidget | None = None) -> None:
        super().__init__(editions, parent)
        self.renamed: EditionInfo | None = None
        summary = editions.summary(slug)
        self._old = (summary.name, summary.slug, summary.organisation)
        self.setWindowTitle(self.tr("Rename «{name}»").format(name=summary.name))
        self.intro.setText(
            self.tr(
                "The short name travels in exported files and bundles: change it only when "
                "it is wrong. Texts and history stay as they are."
            )
        )
        self.ok_button.setText(self.tr("&Rename"))
        self.name_edit.setText(summary.name)
        self.slug_edit.setText(summary.slug)
        self.organisation_edit.setText(summary.organisation)
        self._update()

    def _on_ok(self) -> None:
        name, slug, organisation = self.values()
        old_name, old_slug, old_organisation = self._old
        if (name, slug, organisation) == self._old:
            self.reject()
            return
        try:
            self.renamed = self.editions.rename(
                old_slug,
                name=name if name != old_name else None,
                new_slug=slug if slug != old_slug else None,
                organisation=organisation if organisation != old_organisation else None,
            )
        except UserError as exc:  # shown inside the form, which stays open
            self._show_error(shown(exc.said))
            return
        self.accept()


class DeleteEditionDialog(QDialog):
    """Deleting is never a silent loss: it says what goes and offers an export first."""

    def __init__(self, editions: Editions, slug: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editions = editions
        self.summary = editions.summary(slug)
        self.deleted = False
        self.exported_to: Path | None = None
        name = self.summary.name
        self.setWindowTitle(self.tr("Delete «{name}»").format(name=name))
        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32)
        )
        if self.summary.overrides:
            text = self.tr(
                "«{name}» holds %n local adaptation(s). Deleting the edition deletes them "
                "and their history.",
                "",
                self.summary.overrides,
            ).format(name=name)
            detail = self.tr(
                "Export first saves the whole map, with this edition, as a folder you can "
                "import again; then the edition is deleted."
            )
        else:
            text = self.tr(
                "«{name}» has no local adaptations: it shows the regional text everywhere. "
                "Deleting it removes only the edition."
            ).format(name=name)
            detail = ""
        message = QLabel(text, self)
        message.setWordWrap(True)
        font = message.font()
        font.setBold(True)
        message.setFont(font)
        explanation = QLabel(detail, self)
        explanation.setWordWrap(True)
        explanation.setVisible(bool(detail))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme().hex.ink_error};")
        self.error_label.hide()

        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            self.tr("&Export first, then delete…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setAccessibleName(
            self.tr("Export the map to a folder, then delete the edition")
        )
        self.export_button.setVisible(bool(self.summary.overrides))
        self.delete_button = buttons.addButton(
            self.tr("&Delete without export") if self.summary.overrides else self.tr("&Delete"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.delete_button.setAccessibleName(self.tr("Delete the edition now"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel: keep the edition"))
        for button in (self.export_button, self.delete_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.cancel_button.setDefault(True)
        self.export_button.clicked.connect(lambda: self.export_then_delete())
        self.delete_button.clicked.connect(self.delete_now)
        self.cancel_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(message)
        texts.addWidget(explanation)
        texts.addWidget(self.error_label)
        top.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.cancel_button.setFocus()
        self.setMinimumWidth(560)

    def delete_now(self) -> bool:
        return self._delete(None)

    def export_then_delete(self, folder: Path | None = None) -> bool:
        """Ask for a folder (or use ``folder``), export the map into a new folder in it, delete."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Choose where to save the export"), str(Path.home())
            )
            if not chosen:
                return False
            folder = Path(chosen)
        return self._delete(_new_folder(folder, f"kartedit-{self.summary.slug}"))

    def _delete(self, export_to: Path | None) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.editions.delete(self.summary.slug, confirmed=True, export_to=export_to)
        except UserError as exc:  # shown inside the dialog, which stays open
            self.error_label.setText(shown(exc.said))
            self.error_label.show()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.deleted = True
        self.exported_to = export_to
        self.accept()
        return True


def _new_folder(parent: Path, stem: str) -> Path:
    """A folder name that is not taken yet: kartedit-bergen-2026-11-23, then …-2, …-3."""
    base = f"{stem}-{date.today().isoformat()}"
    candidate, number = parent / base, 2
    while candidate.exists():
        candidate, number = parent / f"{base}-{number}", number + 1
    return candidate


def create_edition(editions: Editions, parent: QWidget | None = None) -> EditionInfo | None:
    dialog = CreateEditionDialog(editions, parent)
    dialog.exec()
    return dialog.created


def rename_edition(
    editions: Editions, slug: str, parent: QWidget | None = None
) -> EditionInfo | None:
    dialog = calmly(parent, lambda: RenameEditionDialog(editions, slug, parent))
    if dialog is None:
        return None
    dialog.exec()
    return dialog.renamed


def delete_edition(editions: Editions, slug: str, parent: QWidget | None = None) -> bool:
    """False when cancelled; the regional edition is refused with a message."""

    def checked() -> DeleteEditionDialog:
        if editions.summary(slug).regional:
            raise UserError(
                QCoreApplication.translate(
                    "EditionDialogs",
                    "The regional edition cannot be deleted: every edition builds on it.",
                )
            )
        return DeleteEditionDialog(editions, slug, parent)

    dialog = calmly(parent, checked)
    if dialog is None:
        return False
    dialog.exec()
    return dialog.deleted


class StaleModel(QAbstractTableModel):
    """Stale adaptations of one edition: section, and whether the regional change is minor."""

    SECTION, CHANGE = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[StaleOverride] = []
        self._names = MapNames()

    def set_items(self, items: list[StaleOverride], names: MapNames) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._names = names
        self.endResetModel()

    def item(self, row: int) -> StaleOverride:
        return self._items[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Section"), self.tr("Regional change"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if index.column() == self.SECTION:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return section_title(item.override.ref, self._names)
            if role == Qt.ItemDataRole.DecorationRole:
                return icons.stale_icon()
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Minor") if item.minor else self.tr("Changed")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                self.tr("Minor: only spacing, punctuation or case changed in the regional text.")
                if item.minor
                else self.tr("Changed: the regional wording changed.")
            )
        return None


class StaleOverridesDialog(QDialog):
    """The edition's stale adaptations; each can be compared and carried over."""

    carried_over = Signal(object, object)

    def __init__(
        self,
        editions: Editions,
        edition: str,
        author: Callable[[], Author | None],
        *,
        names: MapNames | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editions = editions
        self.edition = edition
        self._author = author
        self._names = names or MapNames.of_workspace(editions.workspace)
        self._edition_name = editions.summary(edition).name
        self.setWindowTitle(
            self.tr("Stale adaptations in «{name}»").format(name=self._edition_name)
        )
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = StaleModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Stale local adaptations"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(StaleModel.SECTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(StaleModel.CHANGE, QHeaderView.ResizeMode.ResizeToContents)
        self.show_button = QPushButton(self.tr("&Show regional change…"), self)
        self.show_button.setAccessibleName(
            self.tr("Show what changed in the regional text since the adaptation was written")
        )
        self.carry_button = QPushButton(self.tr("&Carry over…"), self)
        self.carry_button.setAccessibleName(
            self.tr("Carry the local adaptation over to the new regional text")
        )
        for button in (self.show_button, self.carry_button):
            button.setAutoDefault(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.show_button)
        actions.addWidget(self.carry_button)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.show_button.clicked.connect(self.show_regional_change)
        self.carry_button.clicked.connect(self.carry_over_current)
        self.table.activated.connect(lambda _index: self.show_regional_change())
        self.reload()
        fit_resize(self, 760, 420)

    def reload(self) -> None:
        chosen = self.current()
        items = calmly(self, self.editions.stale, self.edition) or []
        self.model.set_items(items, self._names)
        if items:
            self.intro.setText(
                self.tr(
                    "The regional text has changed under %n local adaptation(s) in «{name}». "
                    "Compare what changed, then carry each adaptation over; you see the "
                    "result before anything is saved.",
                    "",
                    len(items),
                ).format(name=self._edition_name)
            )
            refs = [item.override.ref for item in items]
            row = refs.index(chosen.override.ref) if chosen and chosen.override.ref in refs else 0
            self.table.selectRow(row)
            self.table.setFocus()
        else:
            self.intro.setText(
                self.tr("Nothing in «{name}» is stale; every adaptation is up to date.").format(
                    name=self._edition_name
                )
            )
        self.show_button.setEnabled(bool(items))
        self.carry_button.setEnabled(bool(items))

    def current(self) -> StaleOverride | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.item(index.row())

    def select(self, ref: SectionRef) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.item(row).override.ref == ref:
                self.table.selectRow(row)
                return True
        return False

    def show_regional_change(self) -> QDialog | None:
        chosen = self.current()
        if chosen is None:
            return None
        dialog = regional_change_dialog(
            chosen.override,
            self,
            section_title=section_title(chosen.override.ref, self._names),
            edition_name=self._edition_name,
        )
        dialog.open()
        return dialog

    def carry_over_current(self) -> RevisionInfo | None:
        chosen = self.current()
        if chosen is None:
            return None
        revision = carry_over(
            self.editions,
            chosen.override,
            self._author,
            section_title=section_title(chosen.override.ref, self._names),
            edition_name=self._edition_name,
            parent=self,
        )
        if revision is not None:
            self.carried_over.emit(chosen.override.ref, revision)
            self.reload()
        return revision
