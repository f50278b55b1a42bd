"""GUI: the hearing view's panes — the round's banner, its sections, and a section's marked text.

API:
    RoundBanner — show_round(hearing, edition_name, reviewers, open_count, total)
    SectionsList — set_sections(overview, names: MapNames), current_ref() -> SectionRef | None
        (None: all sections), select(ref | None); signal section_chosen(object: SectionRef | None)
    SectionTextPane — show_section(view, crumbs, highlights, orphans, overview),
        show_nothing(text); .passage (the reviewer's PassageView), .approve_button;
        signal orphan_chosen(str)
Fed with values from the services; they hold no rules of their own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kartedit.domain.hearing import HearingRound
from kartedit.domain.model import SectionView
from kartedit.domain.responses import HearingComment
from kartedit.domain.review import Reviewer
from kartedit.domain.sections import SectionRef, Status
from kartedit.gui.common import icons
from kartedit.gui.common.labels import (
    date_label,
    kind_label,
    local_time,
    status_label,
    titled,
)
from kartedit.gui.common.parts import (
    child_items,
    placeholder_label,
    set_heading_font,
    swatch,
    tree_items,
)
from kartedit.gui.common.theme import theme
from kartedit.gui.review.reviewer_view import (
    Highlight,
    PassageView,
    comment_mark,
    suggestion_mark,
)
from kartedit.services.decisions import SectionOverview
from kartedit.services.names import MapNames

REF_ROLE = Qt.ItemDataRole.UserRole + 1
ALL = "*"


class RoundBanner(QFrame):
    """Which round, on which edition, by when, and how far the decisions have come."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RoundBanner")
        self.setStyleSheet(theme().banner("RoundBanner", "round"))
        self.title = QLabel(self)
        set_heading_font(self.title, 1.25)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setStyleSheet(f"color: {theme().hex.soft};")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.icon = QLabel(self)
        self.icon.setPixmap(icons.comments_icon().pixmap(32, 32))
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

    def show_round(
        self,
        hearing: HearingRound,
        edition_name: str,
        reviewers: list[Reviewer],
        open_count: int,
        total: int,
    ) -> None:
        state = self.tr("open") if hearing.is_open else self.tr("closed")
        self.title.setText(titled(self.tr("Hearing: {name}"), hearing.name))
        parts = [
            edition_name,
            self.tr("deadline {deadline}").format(deadline=date_label(hearing.deadline)),
            state,
            self.tr("started {when} by {who}").format(
                when=date_label(hearing.started_at.astimezone().date()),
                who=hearing.started_by.name,
            ),
        ]
        line = " · ".join(parts)
        names = ", ".join(str(r.author) for r in reviewers)
        answers = self.tr("%n reviewer(s)", "", len(reviewers))
        if names:
            answers += f": {names}"
        decided = self.tr("{total}, {open} without a decision").format(
            total=self.tr("%n comment(s) and suggestion(s)", "", total), open=open_count
        )
        self.details.setText(f"{line}\n{answers}\n{decided}")
        self.setAccessibleName(self.tr("About this hearing round"))
        self.setAccessibleDescription(f"{self.title.text()}. {self.details.text()}")


class SectionsList(QTreeWidget):
    """The round's sections by service, each with its open comments and a flag when its text
    moved far from what was sent out; «All sections» on top."""

    section_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._quiet = False
        self.currentItemChanged.connect(self._on_current)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Section"), self.tr("Open"), self.tr("Text")])
        self.headerItem().setToolTip(1, self.tr("Comments without a decision, of all comments"))
        self.headerItem().setToolTip(2, self.tr("How the text stands since the hearing"))
        self.setAccessibleName(self.tr("Sections of the round"))

    def set_sections(
        self,
        overview: list[SectionOverview],
        names: MapNames,
    ) -> None:
        current = self.current_ref()
        self._quiet = True
        try:
            self.clear()
            total = sum(o.comments for o in overview)
            waiting = sum(o.open for o in overview)
            everything = QTreeWidgetItem([self.tr("All sections"), f"{waiting}/{total}", ""])
            everything.setData(0, REF_ROLE, ALL)
            everything.setIcon(0, icons.comments_icon())
            font = everything.font(0)
            font.setBold(True)
            everything.setFont(0, font)
            self.addTopLevelItem(everything)
            groups: dict[tuple[str, str], QTreeWidgetItem] = {}
            pathways = {o.ref.pathway for o in overview}
            for o in overview:
                key = (o.ref.pathway, o.ref.service)
                group = groups.get(key)
                if group is None:
                    if o.ref.is_pathway_level:
                        name = names.pathway(key[0])  # the pathway's own texts
                    else:
                        name = names.service(key[1])
                        if len(pathways) > 1:
                            name = f"{names.pathway(key[0])} › {name}"
                    group = QTreeWidgetItem([name, "", ""])
                    group.setToolTip(0, name)
                    group.setIcon(
                        0,
                        icons.pathway_icon() if o.ref.is_pathway_level else icons.service_icon(),
                    )
                    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    groups[key] = group
                    self.addTopLevelItem(group)
                group.addChild(self._row(o))
            for group in groups.values():
                opened = sum(int(item.data(1, REF_ROLE) or 0) for item in child_items(group))
                group.setText(1, str(opened) if opened else "")
                group.setExpanded(True)
            self.select(current)
        finally:
            self._quiet = False

    def _row(self, o: SectionOverview) -> QTreeWidgetItem:
        row = QTreeWidgetItem([kind_label(o.ref.kind), "", ""])
        row.setData(0, REF_ROLE, o.ref.key)
        row.setData(1, REF_ROLE, o.open)
        row.setIcon(0, icons.status_icon(o.status))
        if o.comments:
            row.setText(1, f"{o.open}/{o.comments}")
        tips = [
            self.tr("Status: {status}.").format(status=status_label(o.status)),
            self.tr("%n comment(s) or suggestion(s)", "", o.comments),
            self.tr("%n without a decision", "", o.open),
        ]
        if o.changed_substantially:
            row.setText(2, self.tr("changed"))
            row.setIcon(2, icons.stale_icon())
            row.setForeground(2, QBrush(theme().ink("warning")))
            tips.append(
                self.tr(
                    "The text keeps only {percent} % of what was sent out: it may need a new "
                    "hearing."
                ).format(percent=round(100 * (o.kept or 0)))
            )
        elif o.kept is not None and o.kept < 1:
            row.setText(2, self.tr("edited"))
        if o.open == 0 and o.comments:
            row.setForeground(1, QBrush(theme().ink("approved")))
        tip = "\n".join(tips)
        for column in range(3):
            row.setToolTip(column, tip)
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{row.text(0)}. {tip}")
        return row

    def current_ref(self) -> SectionRef | None:
        item = self.currentItem()
        key = item.data(0, REF_ROLE) if item is not None else None
        return SectionRef.parse(key) if key and key != ALL else None

    def select(self, ref: SectionRef | None) -> bool:
        wanted = ref.key if ref is not None else ALL
        for top in tree_items(self):
            for item in [top, *child_items(top)]:
                if item.data(0, REF_ROLE) == wanted:
                    quiet, self._quiet = self._quiet, True
                    try:
                        self.setCurrentItem(item)
                    finally:
                        self._quiet = quiet
                    return True
        return False

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None or self._quiet or not current.data(0, REF_ROLE):
            return
        self.section_chosen.emit(self.current_ref())


class SectionTextPane(QWidget):
    """The section's text as it is now, each commented passage marked where it is today."""

    orphan_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget(self)
        self.empty = placeholder_label(self.stack, "padding: 24px;")
        page = QWidget(self.stack)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        self.crumbs = QLabel(page)
        self.crumbs.setStyleSheet(f"color: {theme().hex.muted};")
        self.title = QLabel(page)
        set_heading_font(self.title, 1.5)
        self.status = QLabel(page)
        self.status.setStyleSheet(f"color: {theme().hex.soft};")
        self.approve_button = QPushButton(page)
        self.approve_button.setIcon(icons.status_icon(Status.APPROVED))
        self.changed = QLabel(page)
        self.changed.setWordWrap(True)
        self.changed.setStyleSheet(
            f"background: {theme().hex.tint_warning}; color: {theme().hex.ink_warning}; "
            "padding: 4px 8px; border-radius: 3px;"
        )
        self.comment_legend = QLabel(page)
        self.suggestion_legend = QLabel(page)
        self.passage = PassageView(page)
        self.orphans_label = QLabel(page)
        self.orphans_label.setStyleSheet(f"color: {theme().hex.ink_error}; font-weight: bold;")
        self.orphans = QListWidget(page)
        self.orphans.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(8)
        heading.addWidget(self.status)
        heading.addStretch(1)
        heading.addWidget(self.approve_button)
        legend = QHBoxLayout()
        legend.addWidget(swatch(comment_mark(), theme().mark("comment"), dashed=False))
        legend.addWidget(self.comment_legend)
        legend.addSpacing(10)
        legend.addWidget(swatch(suggestion_mark(), theme().mark("suggestion"), dashed=True))
        legend.addWidget(self.suggestion_legend)
        legend.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.setSpacing(6)
        layout.addWidget(self.crumbs)
        layout.addLayout(heading)
        layout.addWidget(self.changed)
        layout.addLayout(legend)
        layout.addWidget(self.passage, 1)
        layout.addWidget(self.orphans_label)
        layout.addWidget(self.orphans)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.setFocusProxy(self.passage)
        self.orphans.itemActivated.connect(self._on_orphan)
        self.orphans.itemClicked.connect(self._on_orphan)
        self.retranslate()
        self.show_nothing()

    def retranslate(self) -> None:
        self.approve_button.setText(self.tr("Approve &section"))
        self.approve_button.setAccessibleName(
            self.tr("Approve this section (every comment on it must be decided)")
        )
        self.comment_legend.setText(self.tr("Comment"))
        self.suggestion_legend.setText(self.tr("Suggestion"))
        self.passage.setAccessibleName(self.tr("Section text as it is now (read-only)"))
        self.passage.setAccessibleDescription(
            self.tr("Commented passages are marked; choose one to see its comments.")
        )
        self.orphans.setAccessibleName(self.tr("Comments whose passage is gone from the text"))

    def show_nothing(self, text: str = "") -> None:
        self.empty.setText(text or self.tr("Choose a hearing round and a section."))
        self.stack.setCurrentIndex(0)

    def show_section(
        self,
        view: SectionView,
        crumbs: str,
        highlights: list[Highlight],
        orphans: list[HearingComment],
        overview: SectionOverview | None,
    ) -> None:
        self.crumbs.setText(crumbs)
        self.title.setText(kind_label(view.ref.kind))
        words = [status_label(view.status)]
        if overview is not None and overview.comments:
            words.append(self.tr("%n without a decision", "", overview.open))
        self.status.setText(" · ".join(words))
        changed = overview is not None and overview.changed_substantially
        self.changed.setVisible(changed)
        if overview is not None and changed:
            self.changed.setText(
                self.tr(
                    "⚠ Changed substantially since the hearing: the text keeps only {percent} % "
                    "of what was sent out. It may need a new hearing."
                ).format(percent=round(100 * (overview.kept or 0)))
            )
        self.passage.show_text(view.text, highlights)
        self.orphans.clear()
        for item in orphans:
            line = self.tr("«{quote}» — {who}: passage gone").format(
                quote=" ".join(item.quote.split()), who=str(item.reviewer.author)
            )
            entry = QListWidgetItem(icons.stale_icon(), line)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setToolTip(
                self.tr("Orphaned: this passage is no longer in the text ({when}).").format(
                    when=local_time(item.comment.created)
                )
            )
            self.orphans.addItem(entry)
        self.orphans_label.setText(
            self.tr("Orphaned — passage no longer in the text (%n)", "", len(orphans))
        )
        rows = max(1, min(len(orphans), 4))
        self.orphans.setFixedHeight(rows * (self.orphans.sizeHintForRow(0) + 2) + 8)
        self.orphans_label.setVisible(bool(orphans))
        self.orphans.setVisible(bool(orphans))
        self.stack.setCurrentIndex(1)

    def _on_orphan(self, entry: QListWidgetItem) -> None:
        self.orphan_chosen.emit(str(entry.data(Qt.ItemDataRole.UserRole)))
