"""GUI: the diff view — two texts side by side or inline, word-level changes, change navigation.

API:
    DiffView(parent: QWidget | None = None)
        set_texts(left_title, left_text, right_title, right_text) — the old text on the left;
            differences come from kartedit.text.diff.diff_words only
        set_mode(DiffMode.SIDE_BY_SIDE | DiffMode.INLINE), mode() -> DiffMode
        change_count() -> int, current_change() -> int (0-based; -1 when there is none)
        next_change(), previous_change(), go_to_change(index)
        signals: current_change_changed(index: int, count: int), mode_changed(str: mode value)
        widgets for tests: left_view, right_view, inline_view (QTextBrowser), position_label
    DiffDialog(title, left_title, left_text, right_title, right_text, *, intro="", parent=None)
        a DiffView with a Close button, e.g. «what changed in the regional text» (base →
        regional), regional → local, or revision → revision
Deleted words are struck through and inserted words underlined, each with its own colour;
Alt+Down / F8 and Alt+Up / Shift+F8 move to the next / previous change.
"""

from __future__ import annotations

from enum import Enum
from html import escape
from itertools import groupby

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kartedit.gui.common.placement import fit_resize
from kartedit.gui.common.scroll_sync import ScrollSync
from kartedit.gui.common.theme import theme
from kartedit.text.diff import Op, Segment, diff_words

"""The change (or conflict) being looked at; its strike-through or underline stays."""

INSERTION_MARK = "\u2038"
"""Shown on the side that lacks a change's text (‸), so every change has a place on both."""

NEXT_KEYS = (QKeySequence("Alt+Down"), QKeySequence("F8"))
PREVIOUS_KEYS = (QKeySequence("Alt+Up"), QKeySequence("Shift+F8"))


class DiffMode(Enum):
    SIDE_BY_SIDE = "side_by_side"
    INLINE = "inline"


def deleted_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(theme().tint("deleted"))
    fmt.setForeground(theme().ink("deleted"))
    fmt.setFontStrikeOut(True)
    fmt.setToolTip(QCoreApplication.translate("DiffView", "Removed"))
    return fmt


def inserted_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(theme().tint("inserted"))
    fmt.setForeground(theme().ink("inserted"))
    fmt.setFontUnderline(True)
    fmt.setToolTip(QCoreApplication.translate("DiffView", "Added"))
    return fmt


def marker_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(theme().ink("marker"))
    fmt.setBackground(theme().tint("marker"))
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def legend_html(removed: str, added: str) -> str:
    """A key that names both marks in words, so neither colour nor line is needed alone."""
    t = theme()
    deleted = f"background:{t.tint('deleted').name()};color:{t.ink('deleted').name()}"
    inserted = f"background:{t.tint('inserted').name()};color:{t.ink('inserted').name()}"
    return (
        f'<span style="{deleted};text-decoration:line-through">&nbsp;{escape(removed)}'
        f'&nbsp;</span>&nbsp;&nbsp;<span style="{inserted};text-decoration:underline">'
        f"&nbsp;{escape(added)}&nbsp;</span>"
    )


def make_browser(parent: QWidget) -> QTextBrowser:
    """A read-only view the keyboard can scroll and select in, with room around the text."""
    view = QTextBrowser(parent)
    view.setOpenLinks(False)
    view.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    view.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
    view.document().setDocumentMargin(10)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return view


class _Change:
    """Where one change sits in each of the three documents: (start, end) positions."""

    __slots__ = ("inline", "left", "right")

    def __init__(self, left: tuple[int, int], right: tuple[int, int], inline: tuple[int, int]):
        self.left, self.right, self.inline = left, right, inline


class DiffView(QWidget):
    """Shows how the right text differs from the left one; the writer walks the changes."""

    current_change_changed = Signal(int, int)
    mode_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._changes: list[_Change] = []
        self._current = -1
        self._titles = ("", "")

        self.side_button = QPushButton(self)
        self.inline_button = QPushButton(self)
        self.mode_group = QButtonGroup(self)
        for button in (self.side_button, self.inline_button):
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.mode_group.addButton(button)
        self.side_button.setChecked(True)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)
        self.position_label = QLabel(self)
        self.position_label.setMinimumWidth(120)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.side_button)
        bar.addWidget(self.inline_button)
        bar.addSpacing(16)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.position_label)
        bar.addStretch(1)
        bar.addWidget(self.legend)

        self.left_title = _title_label(self)
        self.right_title = _title_label(self)
        self.inline_title = _title_label(self)
        self.left_view = make_browser(self)
        self.right_view = make_browser(self)
        self.inline_view = make_browser(self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(_titled(self.left_title, self.left_view))
        splitter.addWidget(_titled(self.right_title, self.right_view))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(splitter)
        self.stack.addWidget(_titled(self.inline_title, self.inline_view))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.sync = ScrollSync([self.left_view, self.right_view], self)
        self.mode_group.buttonToggled.connect(self._on_mode_toggled)
        self.previous_button.clicked.connect(self.previous_change)
        self.next_button.clicked.connect(self.next_change)
        for keys, slot in ((NEXT_KEYS, self.next_change), (PREVIOUS_KEYS, self.previous_change)):
            for key in keys:
                shortcut = QShortcut(key, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self.setFocusProxy(self.left_view)
        self.retranslate()
        self._update_position()

    def retranslate(self) -> None:
        self.side_button.setText(self.tr("Si&de by side"))
        self.side_button.setAccessibleName(self.tr("Show the two texts side by side"))
        self.inline_button.setText(self.tr("In&line"))
        self.inline_button.setAccessibleName(self.tr("Show the changes inline in one text"))
        self.previous_button.setText(self.tr("◀ &Previous change"))
        self.previous_button.setAccessibleName(self.tr("Previous change"))
        self.previous_button.setToolTip(self.tr("Previous change (Alt+Up or Shift+F8)"))
        self.next_button.setText(self.tr("&Next change ▶"))
        self.next_button.setAccessibleName(self.tr("Next change"))
        self.next_button.setToolTip(self.tr("Next change (Alt+Down or F8)"))
        self.legend.setText(legend_html(self.tr("removed"), self.tr("added")))
        self.legend.setAccessibleName(
            self.tr("Key: removed words are struck through, added words are underlined")
        )
        self._update_titles()
        self._update_position()

    # -- content -------------------------------------------------------------------------

    def set_texts(self, left_title: str, left_text: str, right_title: str, right_text: str) -> None:
        """Show how ``right_text`` differs from ``left_text``; the first change is current."""
        self._titles = (left_title, right_title)
        segments = diff_words(left_text, right_text)
        self._build(segments)
        self._update_titles()
        self._current = -1
        for view in (self.left_view, self.right_view, self.inline_view):
            view.verticalScrollBar().setValue(0)
        if self._changes:
            self.go_to_change(0)
        else:
            self._update_position()

    def _build(self, segments: list[Segment]) -> None:
        """Write the three documents run by run, noting where each change lands in each."""
        plain, deleted, inserted, marker = (
            QTextCharFormat(),
            deleted_format(),
            inserted_format(),
            marker_format(),
        )
        cursors = []
        for view in (self.left_view, self.right_view, self.inline_view):
            view.clear()
            cursors.append(QTextCursor(view.document()))
        left, right, inline = cursors
        self._changes = []
        spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
        for unchanged, run in groupby(segments, key=lambda s: s.op is Op.EQUAL):
            run_segments = list(run)
            starts = (left.position(), right.position(), inline.position())
            if unchanged:
                text = "".join(s.text for s in run_segments)
                for cursor in cursors:
                    cursor.insertText(text, plain)
            else:
                old = "".join(s.text for s in run_segments if s.op is Op.DELETE)
                new = "".join(s.text for s in run_segments if s.op is Op.INSERT)
                left.insertText(*((old, deleted) if old else (INSERTION_MARK, marker)))
                right.insertText(*((new, inserted) if new else (INSERTION_MARK, marker)))
                for segment in run_segments:
                    inline.insertText(
                        segment.text, deleted if segment.op is Op.DELETE else inserted
                    )
            ends = (left.position(), right.position(), inline.position())
            spans.append(((starts[0], ends[0]), (starts[1], ends[1])))
            if not unchanged:
                self._changes.append(
                    _Change((starts[0], ends[0]), (starts[1], ends[1]), (starts[2], ends[2]))
                )
        self.sync.set_spans(spans)
        count = self.tr("%n change(s)", "", len(self._changes))
        for view, side in (
            (self.left_view, self._titles[0]),
            (self.right_view, self._titles[1]),
            (self.inline_view, self.tr("Changes")),
        ):
            view.setAccessibleDescription(count)
            view.setAccessibleName(side)

    # -- modes ---------------------------------------------------------------------------

    def mode(self) -> DiffMode:
        return DiffMode.INLINE if self.inline_button.isChecked() else DiffMode.SIDE_BY_SIDE

    def set_mode(self, mode: DiffMode) -> None:
        button = self.inline_button if mode is DiffMode.INLINE else self.side_button
        button.setChecked(True)

    def _on_mode_toggled(self, _button: QPushButton, checked: bool) -> None:
        if not checked:
            return
        inline = self.mode() is DiffMode.INLINE
        self.stack.setCurrentIndex(1 if inline else 0)
        self.setFocusProxy(self.inline_view if inline else self.left_view)
        if self._current >= 0:
            self._show_current()
        self.mode_changed.emit(self.mode().value)

    # -- navigation ----------------------------------------------------------------------

    def change_count(self) -> int:
        return len(self._changes)

    def current_change(self) -> int:
        return self._current

    def next_change(self) -> None:
        if self._current + 1 < len(self._changes):
            self.go_to_change(self._current + 1)

    def previous_change(self) -> None:
        if self._current > 0:
            self.go_to_change(self._current - 1)

    def go_to_change(self, index: int) -> None:
        if not 0 <= index < len(self._changes):
            return
        self._current = index
        self._show_current()
        self._update_position()
        self.current_change_changed.emit(index, len(self._changes))

    def _show_current(self) -> None:
        change = self._changes[self._current]
        if self.mode() is DiffMode.INLINE:
            mark(self.inline_view, [change.inline], current_mark())
            scroll_into_view(self.inline_view, change.inline[0])
        else:
            mark(self.left_view, [change.left], current_mark())
            mark(self.right_view, [change.right], current_mark())
            self.sync.scroll_to(0, change.left[0])

    def _update_position(self) -> None:
        count = len(self._changes)
        if count == 0:
            text = self.tr("No differences")
        elif self._current < 0:
            text = self.tr("%n change(s)", "", count)
        else:
            text = self.tr("Change {current} of {count}").format(
                current=self._current + 1, count=count
            )
        self.position_label.setText(text)
        self.position_label.setAccessibleName(text)
        self.previous_button.setEnabled(self._current > 0)
        self.next_button.setEnabled(0 <= self._current + 1 < count)

    def _update_titles(self) -> None:
        left, right = self._titles
        self.left_title.setText(left)
        self.right_title.setText(right)
        self.inline_title.setText(
            self.tr("{left} → {right}").format(left=left, right=right) if left or right else ""
        )


def _title_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return label


def _titled(title: QLabel, view: QWidget) -> QWidget:
    box = QFrame(view.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(title)
    layout.addWidget(view, 1)
    title.setBuddy(view)
    return box


def current_mark() -> QColor:
    """The background of the change being looked at, above its removed/added marks."""
    return theme().tint("current", 0.4)


def mark(view: QTextEdit, spans: list[tuple[int, int]], color: QColor) -> None:
    """Highlight the current change on top of its removed/added formats (which stay)."""
    selections = []
    for start, end in spans:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        fmt.setForeground(theme().on(color))
        if start == end:  # nothing to colour: mark the whole line, so the place shows
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.format = fmt
        selections.append(selection)
    view.setExtraSelections(selections)


def scroll_into_view(view: QTextEdit | QPlainTextEdit, position: int) -> None:
    """Bring a position to the upper third of the view, where the eye starts reading."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    bar = view.verticalScrollBar()
    rect = view.cursorRect(cursor)
    bar.setValue(bar.value() + rect.center().y() - view.viewport().height() // 3)


class DiffDialog(QDialog):
    """A diff on its own: regional vs local, two revisions, or what the region changed."""

    def __init__(
        self,
        title: str,
        left_title: str,
        left_text: str,
        right_title: str,
        right_text: str,
        *,
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.view = DiffView(self)
        self.view.set_texts(left_title, left_text, right_title, right_text)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setFocusProxy(self.view)
        fit_resize(self, 1100, 700)
