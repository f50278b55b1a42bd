"""GUI: the three-way view — where a local and a regional change touch, the writer decides.

API:
    ThreeWayDialog(override: ThreeTexts, preview: ThreePreview | None = None, *,
                   section_title="", edition_name="", parent=None, wording=None)
        three read-only columns (old regional base, new regional, local) from the service's
        preview (``services.editions.ThreeWayPreview`` unless given: its regions, and its
        re-based text as the editable result); conflicts marked and counted.
        ``override`` is an OverrideInfo or anything with its five fields (ThreeTexts);
        ``wording`` (ThreeWayWording) renames the sides, e.g. for merging a reviewer's
        suggestion (base: the text the reviewer read, local: it with the suggestion).
        conflict_count(), resolved_count(), current_conflict(), go_to_conflict(i),
        next_conflict(), previous_conflict(), choose(Choice, index=None), resolution(i),
        final_text() -> str (after exec() == Accepted); signal resolved_changed(int, int)
        Save… is enabled once every conflict is resolved and asks for confirmation.
The pieces it is made of are in three_way_parts.py; carry_over.py opens it and saves.
Opening it changes nothing; only carry_over (or the caller) saves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QFont,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kartedit.gui.common import confirm
from kartedit.gui.common.placement import fit_resize
from kartedit.gui.common.scroll_sync import ScrollSync
from kartedit.gui.common.theme import theme
from kartedit.gui.editions.diff_view import (
    NEXT_KEYS,
    PREVIOUS_KEYS,
    current_mark,
    make_browser,
    mark,
    scroll_into_view,
)
from kartedit.gui.editions.three_way_parts import (
    RegionLegend,
    ThreePreview,
    ThreeTexts,
    ThreeWayWording,
    bold_label,
    plain_text,
    qt_position,
    region_format,
    titled,
)
from kartedit.text.rebase import RegionKind
from kartedit.text.resolve import Choice, chosen_text


class ThreeWayDialog(QDialog):
    """Where the local and the regional change touch the same passage, the writer decides."""

    resolved_changed = Signal(int, int)

    def __init__(
        self,
        override: ThreeTexts,
        preview: ThreePreview | None = None,
        *,
        section_title: str = "",
        edition_name: str = "",
        parent: QWidget | None = None,
        wording: ThreeWayWording | None = None,
    ) -> None:
        super().__init__(parent)
        self.override = override
        self.wording = wording or self.default_wording()
        w = self.wording
        if preview is None:
            from kartedit.services.editions import ThreeWayPreview

            preview = ThreeWayPreview(
                override.base_text, override.local_text, override.regional_text
            )
        self._result = preview.result
        self._regions = preview.regions
        self._section = section_title or override.ref.key
        self._edition = edition_name or override.edition
        self._choices: list[Choice | None] = [None] * len(self._result.conflicts)
        self._edited: list[bool] = [False] * len(self._result.conflicts)
        self._current = -1
        self._applying = False
        self.setWindowTitle(w.title.format(section=self._section))

        intro = QLabel(w.intro.format(section=self._section, edition=self._edition), self)
        intro.setWordWrap(True)
        legend = RegionLegend(self, (w.legend_local, w.legend_regional))

        self.base_view = make_browser(self)
        self.regional_view = make_browser(self)
        self.local_view = make_browser(self)
        columns = QSplitter(Qt.Orientation.Horizontal, self)
        columns.setChildrenCollapsible(False)
        for view, (title, name) in (
            (self.base_view, w.base),
            (self.regional_view, w.regional),
            (self.local_view, w.local),
        ):
            view.setAccessibleName(name)
            columns.addWidget(titled(title, view, columns))
        self.sync = ScrollSync([self.base_view, self.regional_view, self.local_view], self)

        self.result_edit = QPlainTextEdit(self)
        self.result_edit.setAccessibleName(
            self.tr("Result: the text that will be saved (editable)")
        )
        self.result_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.result_edit.document().setDocumentMargin(10)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.conflict_label = QLabel(self)
        self.local_button = QPushButton(self)
        self.regional_button = QPushButton(self)
        self.both_button = QPushButton(self)
        self.status_label = QLabel(self)
        status_font = self.status_label.font()
        status_font.setBold(True)
        self.status_label.setFont(status_font)
        for button in (
            self.previous_button,
            self.next_button,
            self.local_button,
            self.regional_button,
            self.both_button,
        ):
            button.setAutoDefault(False)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.conflict_label)
        bar.addStretch(1)
        bar.addWidget(self.local_button)
        bar.addWidget(self.regional_button)
        bar.addWidget(self.both_button)
        bar.addSpacing(16)
        bar.addWidget(self.status_label)
        result_title = QLabel(self.tr("R&esult — edit freely; this text is saved"), self)
        bold_label(result_title)
        result_title.setBuddy(self.result_edit)
        result_box = QFrame(self)
        result_layout = QVBoxLayout(result_box)
        result_layout.setContentsMargins(0, 4, 0, 0)
        result_layout.addWidget(result_title)
        result_layout.addLayout(bar)
        result_layout.addWidget(self.result_edit, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(columns)
        splitter.addWidget(result_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.save_note = QLabel(self)
        self.save_note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save the result"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(w.cancel)
        self.save_button.clicked.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.save_note, 1)
        footer.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(legend)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)

        self._fill_columns()
        self._fill_result()
        self.previous_button.clicked.connect(self.previous_conflict)
        self.next_button.clicked.connect(self.next_conflict)
        self.local_button.clicked.connect(lambda: self.choose(Choice.LOCAL))
        self.regional_button.clicked.connect(lambda: self.choose(Choice.REGIONAL))
        self.both_button.clicked.connect(lambda: self.choose(Choice.BOTH))
        for keys, slot in (
            (NEXT_KEYS, self.next_conflict),
            (PREVIOUS_KEYS, self.previous_conflict),
        ):
            for key in keys:
                QShortcut(key, self).activated.connect(slot)
        self.result_edit.document().contentsChange.connect(self._on_contents_change)
        self.result_edit.cursorPositionChanged.connect(self._on_cursor_moved)
        self.retranslate()
        if self._result.conflicts:
            self.go_to_conflict(0)
        self._refresh()
        self.result_edit.setFocus()
        fit_resize(self, 1280, 860)

    def default_wording(self) -> ThreeWayWording:
        """Carrying a stale local adaptation over to the new regional text."""
        return ThreeWayWording(
            title=self.tr("Carry over «{section}»"),
            intro=self.tr(
                "The regional text of «{section}» has changed since «{edition}» adapted it. "
                "Where only one side changed a passage, the result already takes that change. "
                "Where both sides changed the same passage, the result starts with your local "
                "wording and the passage is marked as a conflict: pick a side for it, or edit it."
            ),
            base=(
                self.tr("&Old regional text (the base of the adaptation)"),
                self.tr("Old regional text, the base of the local adaptation (read-only)"),
            ),
            regional=(self.tr("New &regional text"), self.tr("New regional text (read-only)")),
            local=(self.tr("&Local text now"), self.tr("Local text as it is now (read-only)")),
            legend_local=(self.tr("local"), self.tr("changed locally only (dotted)")),
            legend_regional=(self.tr("regional"), self.tr("changed regionally only (dashed)")),
            use_local=(self.tr("Use l&ocal"), self.tr("Use the local wording for this conflict")),
            use_regional=(
                self.tr("Use re&gional"),
                self.tr("Use the new regional wording for this conflict"),
            ),
            use_both=(
                self.tr("Use both wordings for this conflict, local first"),
                self.tr("Keep the local wording followed by the regional one, then edit it down."),
            ),
            resolved_local=self.tr("resolved with the local wording"),
            resolved_regional=self.tr("resolved with the regional wording"),
            pending_note=self.tr(
                "Save becomes available when every conflict is resolved: use «Use local», "
                "«Use regional» or «Use both», or edit the marked passage yourself."
            ),
            cancel=self.tr("Cancel: keep the local text as it is"),
            save_question=(
                self.tr("Save the carried-over text"),
                self.tr("Save the result as a new revision of «{section}» in «{edition}»?"),
                self.tr(
                    "The new regional text becomes the base of this local adaptation, so it is "
                    "no longer stale. The earlier local text stays in the history."
                ),
            ),
        )

    def retranslate(self) -> None:
        w = self.wording
        self.previous_button.setText(self.tr("◀ &Previous conflict"))
        self.previous_button.setAccessibleName(self.tr("Previous conflict"))
        self.previous_button.setToolTip(self.tr("Previous conflict (Alt+Up or Shift+F8)"))
        self.next_button.setText(self.tr("&Next conflict ▶"))
        self.next_button.setAccessibleName(self.tr("Next conflict"))
        self.next_button.setToolTip(self.tr("Next conflict (Alt+Down or F8)"))
        self.local_button.setText(w.use_local[0])
        self.local_button.setAccessibleName(w.use_local[1])
        self.regional_button.setText(w.use_regional[0])
        self.regional_button.setAccessibleName(w.use_regional[1])
        self.both_button.setText(self.tr("Use &both"))
        self.both_button.setAccessibleName(w.use_both[0])
        self.both_button.setToolTip(w.use_both[1])

    # -- building ------------------------------------------------------------------------

    def _fill_columns(self) -> None:
        cursors = [
            QTextCursor(view.document())
            for view in (self.base_view, self.regional_view, self.local_view)
        ]
        self._conflict_spans: list[tuple[tuple[int, int], ...]] = []
        rows = []
        for region in self._regions:
            fmt = region_format(region.kind)
            row = []
            for cursor, text in zip(
                cursors, (region.base, region.regional, region.local), strict=True
            ):
                start = cursor.position()
                cursor.insertText(text, fmt)
                row.append((start, cursor.position()))
            rows.append(tuple(row))
            if region.kind is RegionKind.CONFLICT:
                self._conflict_spans.append(tuple(row))
        self.sync.set_spans(rows)

    def _fill_result(self) -> None:
        text = self._result.text
        self.result_edit.setPlainText(text)
        document = self.result_edit.document()
        self._ranges: list[QTextCursor] = []
        for conflict in self._result.conflicts:
            cursor = QTextCursor(document)
            cursor.setPosition(qt_position(text, conflict.start))
            cursor.setPosition(qt_position(text, conflict.end), QTextCursor.MoveMode.KeepAnchor)
            self._ranges.append(cursor)
        document.setModified(False)
        self.result_edit.moveCursor(QTextCursor.MoveOperation.Start)

    # -- conflicts -----------------------------------------------------------------------

    def conflict_count(self) -> int:
        return len(self._ranges)

    def resolution(self, index: int) -> Choice | str | None:
        """The side picked, "edited" when the writer typed in it, or None (unresolved)."""
        if self._edited[index]:
            return "edited"
        return self._choices[index]

    def is_resolved(self, index: int) -> bool:
        return self._edited[index] or self._choices[index] is not None

    def resolved_count(self) -> int:
        return sum(self.is_resolved(i) for i in range(self.conflict_count()))

    def current_conflict(self) -> int:
        return self._current

    def next_conflict(self) -> None:
        if self._current + 1 < self.conflict_count():
            self.go_to_conflict(self._current + 1)

    def previous_conflict(self) -> None:
        if self._current > 0:
            self.go_to_conflict(self._current - 1)

    def go_to_conflict(self, index: int) -> None:
        if not 0 <= index < self.conflict_count():
            return
        self._current = index
        cursor = QTextCursor(self._ranges[index])
        cursor.setPosition(cursor.selectionStart())
        self.result_edit.setTextCursor(cursor)
        scroll_into_view(self.result_edit, cursor.position())
        self.sync.scroll_to(0, self._conflict_spans[index][0][0])
        self._refresh()

    def choose(self, choice: Choice, index: int | None = None) -> None:
        """Put one side's wording (or both) in place of the conflict; counts as resolved."""
        index = self._current if index is None else index
        if not 0 <= index < self.conflict_count():
            return
        conflict = self._result.conflicts[index]
        text = chosen_text(conflict.local, conflict.regional, choice)
        cursor = self._ranges[index]
        start = cursor.selectionStart()
        self._applying = True
        try:
            cursor.beginEditBlock()
            cursor.insertText(text)
            cursor.endEditBlock()
        finally:
            self._applying = False
        cursor.setPosition(start)
        cursor.setPosition(start + qt_position(text, len(text)), QTextCursor.MoveMode.KeepAnchor)
        self._choices[index] = choice
        self._edited[index] = False
        self._current = index
        self._refresh()

    def final_text(self) -> str:
        return plain_text(self.result_edit)

    def is_dirty(self) -> bool:
        return self.result_edit.document().isModified()

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        if self._applying:
            return
        for index, cursor in enumerate(self._ranges):
            if position <= cursor.selectionEnd() and position + added >= cursor.selectionStart():
                self._edited[index] = True
        self._refresh()

    def _on_cursor_moved(self) -> None:
        position = self.result_edit.textCursor().position()
        for index, cursor in enumerate(self._ranges):
            if cursor.selectionStart() <= position <= cursor.selectionEnd():
                if index != self._current:
                    self._current = index
                    self._refresh()
                return

    # -- showing the state ---------------------------------------------------------------

    def _refresh(self) -> None:
        total, resolved = self.conflict_count(), self.resolved_count()
        status = self.tr("{resolved} of {total} resolved").format(resolved=resolved, total=total)
        self.status_label.setText(status)
        self.status_label.setAccessibleName(status)
        if self._current >= 0:
            state = self._state_text(self._current)
            where = self.tr("Conflict {current} of {total}: {state}").format(
                current=self._current + 1, total=total, state=state
            )
        elif total:
            where = self.tr("%n conflict(s)", "", total)
        else:
            where = self.tr("No conflicts")
        self.conflict_label.setText(where)
        self.conflict_label.setAccessibleName(where)
        has_current = self._current >= 0
        for button in (self.local_button, self.regional_button, self.both_button):
            button.setEnabled(has_current)
        self.previous_button.setEnabled(self._current > 0)
        self.next_button.setEnabled(0 <= self._current + 1 < total)
        done = resolved == total
        self.save_button.setEnabled(done)
        self.save_note.setText(
            self.tr("Every conflict is resolved. Save… asks once more before saving.")
            if done
            else self.wording.pending_note
        )
        self._mark_result()
        self._mark_columns()
        self.resolved_changed.emit(resolved, total)

    def _state_text(self, index: int) -> str:
        labels: dict[Choice | str | None, str] = {
            None: self.tr("not resolved yet"),
            Choice.LOCAL: self.wording.resolved_local,
            Choice.REGIONAL: self.wording.resolved_regional,
            Choice.BOTH: self.tr("resolved with both wordings"),
            "edited": self.tr("resolved by editing"),
        }
        return labels[self.resolution(index)]

    def _mark_result(self) -> None:
        selections = []
        t = theme()
        for index, cursor in enumerate(self._ranges):
            fmt = QTextCharFormat()
            if index == self._current:
                fmt.setBackground(current_mark())
                fmt.setForeground(t.on(current_mark()))
            elif self.is_resolved(index):
                fmt.setBackground(t.tint("resolved", 0.12))
            else:
                fmt.setBackground(t.tint("conflict", 0.28))
            if self.is_resolved(index):
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(t.ink("resolved"))
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(t.ink("deleted"))
                fmt.setFontWeight(QFont.Weight.DemiBold)
            if not cursor.hasSelection():  # an empty passage: mark its line instead
                fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.result_edit.setExtraSelections(selections)

    def _mark_columns(self) -> None:
        views = (self.base_view, self.regional_view, self.local_view)
        for column, view in enumerate(views):
            spans = [self._conflict_spans[self._current][column]] if self._current >= 0 else []
            mark(view, spans, current_mark())

    # -- closing -------------------------------------------------------------------------

    def _on_save(self) -> None:
        if self.resolved_count() < self.conflict_count():
            return
        title, text, detail = self.wording.save_question
        if confirm.ask(
            self,
            title,
            text.format(section=self._section, edition=self._edition),
            self.tr("Save"),
            detail=detail,
        ):
            self.accept()

    def reject(self) -> None:
        if self.is_dirty() and not confirm.ask(
            self,
            self.tr("Discard your choices?"),
            self.tr("Close without saving? Your choices and edits in the result are lost."),
            self.tr("Discard"),
            destructive=True,
        ):
            return
        super().reject()
