"""GUI: the find-and-replace bar for the section editor (Ctrl+F within one section).

API:
    FindReplaceBar(editor: QPlainTextEdit, parent: QWidget | None = None)  — hidden at first
    bar.open_find() — show, seed from a one-line selection, focus the query (wire to Ctrl+F)
    bar.open_replace() — the same with the replace row shown (wire to Ctrl+H)
    bar.find_next() -> bool, bar.find_previous() -> bool — wrap around; select the match
    bar.replace() -> bool, bar.replace_all() -> int — replace all is ONE undo step
    bar.close_bar() — hide and give focus back to the editor (Esc does this)
    bar.counter_text() -> str — "3 of 7", shown in the bar
    signal closed()
Case-insensitive unless "Match case" is ticked; replacing is disabled while the editor is
read-only (followed automatically through the editor's ReadOnlyChange event).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FindReplaceBar(QWidget):
    """Find and replace inside the editor's document, without leaving the keyboard."""

    closed = Signal()

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._matches: list[tuple[int, int]] = []
        self._current = -1

        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setAccessibleName(self.tr("Find text"))
        self.find_edit.setClearButtonEnabled(True)
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_edit)

        self.previous_button = self._button(
            self.tr("Previous"), self.tr("Find previous (Shift+Enter)"), self.find_previous
        )
        self.next_button = self._button(
            self.tr("Next"), self.tr("Find next (Enter)"), self.find_next
        )
        self.case_box = QCheckBox(self.tr("Match &case"))
        self.case_box.setAccessibleName(self.tr("Match case"))
        self.counter_label = QLabel()
        self.counter_label.setAccessibleName(self.tr("Matches"))
        self.counter_label.setMinimumWidth(90)
        self.close_button = self._button(
            self.tr("Close"), self.tr("Close the find bar (Esc)"), self.close_bar
        )

        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_edit.setAccessibleName(self.tr("Replacement text"))
        self.replace_label = QLabel(self.tr("R&eplace:"))
        self.replace_label.setBuddy(self.replace_edit)
        self.replace_button = self._button(
            self.tr("Replace"), self.tr("Replace this match and find the next"), self.replace
        )
        self.replace_all_button = self._button(
            self.tr("Replace All"),
            self.tr("Replace every match (one undo step)"),
            self.replace_all,
        )

        layout = QGridLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(find_label, 0, 0)
        layout.addWidget(self.find_edit, 0, 1)
        layout.addWidget(self.previous_button, 0, 2)
        layout.addWidget(self.next_button, 0, 3)
        layout.addWidget(self.case_box, 0, 4)
        layout.addWidget(self.counter_label, 0, 5)
        layout.addWidget(self.close_button, 0, 6)
        layout.addWidget(self.replace_label, 1, 0)
        layout.addWidget(self.replace_edit, 1, 1)
        layout.addWidget(self.replace_button, 1, 2, 1, 2)
        layout.addWidget(self.replace_all_button, 1, 4)
        layout.setColumnStretch(1, 1)

        self.find_edit.textEdited.connect(self._query_edited)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.installEventFilter(self)
        self.replace_edit.returnPressed.connect(self.replace)
        self.replace_edit.installEventFilter(self)
        self.case_box.toggled.connect(self._options_changed)
        self.editor.textChanged.connect(self._document_changed)  # follows setDocument too
        self.editor.installEventFilter(self)

        self.set_replace_visible(False)
        self.hide()
        self._update_counter()

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- opening and closing ------------------------------------------------------------

    def open_find(self) -> None:
        self._open(replace=False)

    def open_replace(self) -> None:
        self._open(replace=True)

    def _open(self, replace: bool) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:  # a one-line selection seeds the query
            self.find_edit.setText(selected)
        self.set_replace_visible(replace)
        self.show()
        self._refresh_matches()
        self._update_replace_enabled()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def set_replace_visible(self, visible: bool) -> None:
        for widget in (
            self.replace_label,
            self.replace_edit,
            self.replace_button,
            self.replace_all_button,
        ):
            widget.setVisible(visible)

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    # -- finding ------------------------------------------------------------------------

    def _flags(self) -> QTextDocument.FindFlag:
        if self.case_box.isChecked():
            return QTextDocument.FindFlag.FindCaseSensitively
        return QTextDocument.FindFlag(0)

    def _refresh_matches(self) -> None:
        """All matches in document order; texts are short, so a full scan per change is fine."""
        self._matches = []
        query = self.find_edit.text()
        if query:
            document = self.editor.document()
            flags = self._flags()
            cursor = document.find(query, 0, flags)
            while not cursor.isNull() and cursor.hasSelection():
                self._matches.append((cursor.selectionStart(), cursor.selectionEnd()))
                cursor = document.find(query, cursor.selectionEnd(), flags)
        selection = self.editor.textCursor()
        span = (selection.selectionStart(), selection.selectionEnd())
        self._current = self._matches.index(span) if span in self._matches else -1
        self._update_counter()

    def find_next(self) -> bool:
        return self._step(forward=True)

    def find_previous(self) -> bool:
        return self._step(forward=False)

    def _step(self, forward: bool) -> bool:
        self._refresh_matches()
        if not self._matches:
            return False
        cursor = self.editor.textCursor()
        if forward:
            after = cursor.selectionEnd() if cursor.hasSelection() else cursor.position()
            following = [i for i, (start, _) in enumerate(self._matches) if start >= after]
            index = following[0] if following else 0
        else:
            before = cursor.selectionStart()
            earlier = [i for i, (_, end) in enumerate(self._matches) if end <= before]
            index = earlier[-1] if earlier else len(self._matches) - 1
        self._select(index)
        return True

    def _select(self, index: int) -> None:
        start, end = self._matches[index]
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self._current = index
        self._update_counter()

    def _query_edited(self) -> None:
        """Find as you type: the first match from where the current selection starts."""
        self._refresh_matches()
        if not self._matches:
            return
        start = self.editor.textCursor().selectionStart()
        following = [i for i, (begin, _) in enumerate(self._matches) if begin >= start]
        self._select(following[0] if following else 0)

    def _options_changed(self) -> None:
        self._refresh_matches()

    def _document_changed(self) -> None:
        if self.isVisible():
            self._refresh_matches()

    def counter_text(self) -> str:
        return self.counter_label.text()

    def _update_counter(self) -> None:
        total = len(self._matches)
        if not self.find_edit.text():
            text = ""
        elif not total:
            text = self.tr("No matches")
        elif self._current >= 0:
            text = self.tr("{current} of {total}").format(current=self._current + 1, total=total)
        elif total == 1:
            text = self.tr("1 match")
        else:
            text = self.tr("{count} matches").format(count=total)
        self.counter_label.setText(text)
        has_matches = total > 0
        self.next_button.setEnabled(has_matches)
        self.previous_button.setEnabled(has_matches)
        self._update_replace_enabled()

    # -- replacing ----------------------------------------------------------------------

    def _update_replace_enabled(self) -> None:
        writable = not self.editor.isReadOnly()
        self.replace_edit.setEnabled(writable)
        self.replace_button.setEnabled(writable and bool(self._matches))
        self.replace_all_button.setEnabled(writable and bool(self._matches))
        if not writable:
            self.replace_edit.setToolTip(self.tr("This section is read-only."))
        else:
            self.replace_edit.setToolTip("")

    def replace(self) -> bool:
        """Replace the selected match (if the selection is one) and move to the next."""
        if self.editor.isReadOnly():
            return False
        self._refresh_matches()
        if self._current < 0:
            return self.find_next()
        start, end = self._matches[self._current]
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(self.replace_edit.text())
        self.editor.setTextCursor(cursor)
        self.find_next()
        return True

    def replace_all(self) -> int:
        """Every match at once, as one undo step; returns how many were replaced."""
        if self.editor.isReadOnly():
            return 0
        self._refresh_matches()
        if not self._matches:
            return 0
        replacement = self.replace_edit.text()
        matches = list(self._matches)  # the document's change signal refreshes _matches
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        for start, end in reversed(matches):  # from the end, so offsets stay valid
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
        cursor.endEditBlock()
        count = len(matches)
        self._refresh_matches()
        if count == 1:
            self.counter_label.setText(self.tr("Replaced 1 match"))
        else:
            self.counter_label.setText(self.tr("Replaced {count} matches").format(count=count))
        return count

    # -- keyboard and editor state ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.ReadOnlyChange:
            self._update_replace_enabled()
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape and watched in (self.find_edit, self.replace_edit):
                self.close_bar()
                return True
            shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if watched is self.find_edit and shifted and key in _ENTER_KEYS:
                self.find_previous()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc anywhere in the bar (buttons, check box) closes it, as in any find bar."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
