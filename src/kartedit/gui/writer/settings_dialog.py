"""GUI: the settings dialog — author identity, interface language and editor font size.

API:
    SettingsDialog(settings: Settings | None = None, parent: QWidget | None = None)
        reads load_settings() when no settings are given; OK saves with save_settings()
    dialog.settings() -> Settings — the form's values (fields it does not show unchanged)
    signal settings_saved(object) — the saved Settings, emitted on OK
    edit_settings(parent: QWidget | None = None) -> Settings | None — exec; saved or None
A changed language takes effect on the next start (the dialog says so).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.errors import UserError
from kartedit.gui.common.errors import show_user_error
from kartedit.gui.common.i18n import language_names
from kartedit.services.settings import Settings, load_settings, save_settings

MIN_FONT_SIZE = 6
MAX_FONT_SIZE = 48


NAME_LETTERS = 30
"""Letters a name or an organisation field shows without scrolling («Helsestasjonen i Voss»)."""


def _room_for_a_name(edit: QLineEdit) -> None:
    """Wide enough for its example and a name of NAME_LETTERS letters: the dialog opens at
    its smallest size, which cut the examples short («t.d. Helsestasjone…»)."""
    metrics = edit.fontMetrics()
    longest = max(edit.placeholderText(), "n" * NAME_LETTERS, key=metrics.horizontalAdvance)
    edit.setMinimumWidth(metrics.horizontalAdvance(longest) + 24)  # frame and text margins


class SettingsDialog(QDialog):
    """Who writes (recorded on every revision), in which language, at which text size."""

    settings_saved = Signal(object)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings if settings is not None else load_settings()

        self.name_edit = QLineEdit(self._original.author_name)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Kari Nordmann"))
        self.organisation_edit = QLineEdit(self._original.author_organisation)
        self.organisation_edit.setAccessibleName(self.tr("Your organisation"))
        self.organisation_edit.setPlaceholderText(self.tr("e.g. Helsestasjonen i Voss"))
        for edit in (self.name_edit, self.organisation_edit):
            _room_for_a_name(edit)

        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Interface language"))
        for code, name in language_names():
            self.language_box.addItem(name, code)
        index = self.language_box.findData(self._original.language)
        self.language_box.setCurrentIndex(max(index, 0))

        self.font_size_box = QSpinBox()
        self.font_size_box.setAccessibleName(self.tr("Editor font size"))
        self.font_size_box.setRange(MIN_FONT_SIZE, MAX_FONT_SIZE)
        self.font_size_box.setSuffix(self.tr(" pt"))
        self.font_size_box.setValue(
            min(max(self._original.editor_font_size, MIN_FONT_SIZE), MAX_FONT_SIZE)
        )

        self.restart_note = QLabel(
            self.tr("The new language is used the next time kartedit starts.")
        )
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)
        self.language_box.currentIndexChanged.connect(self._language_changed)

        form = QFormLayout()
        intro = QLabel(
            self.tr("Your name and organisation are recorded on every revision you save.")
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("Editor &font size:"), self.font_size_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _language_changed(self) -> None:
        self.restart_note.setVisible(self.language_box.currentData() != self._original.language)

    def settings(self) -> Settings:
        return self._original.with_changes(
            author_name=self.name_edit.text().strip(),
            author_organisation=self.organisation_edit.text().strip(),
            language=str(self.language_box.currentData() or ""),
            editor_font_size=self.font_size_box.value(),
        )

    def accept(self) -> None:
        settings = self.settings()
        try:
            save_settings(settings)
        except OSError as exc:
            show_user_error(
                self,
                UserError(
                    self.tr("The settings could not be saved: {reason}").format(
                        reason=exc.strerror or str(exc)
                    ),
                    detail=repr(exc),
                ),
            )
            return
        self.settings_saved.emit(settings)
        super().accept()


def edit_settings(parent: QWidget | None = None) -> Settings | None:
    """Show the dialog; the saved settings, or None when the user cancelled."""
    dialog = SettingsDialog(parent=parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.settings()
    return None
