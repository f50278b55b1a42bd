"""GUI: the deviation overview's models — per edition a sortable table, the pathway × service
grid, and the heat-map cell that draws it, with the colour scale from the theme."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from kartedit.gui.common import icons
from kartedit.gui.common.labels import kind_label
from kartedit.gui.common.theme import theme
from kartedit.services.deviation_report import (
    DeviationReport,
    DeviationRow,
    GridCell,
)
from kartedit.services.names import MapNames

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


ROW_ROLE = Qt.ItemDataRole.UserRole + 2


CELL_ROLE = Qt.ItemDataRole.UserRole + 3


SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 4


# The scale's stops (shares of the text changed), dense at the low end where most
# adaptations sit; the theme gives each an evenly stronger orange.
HEAT_STOPS: tuple[float, ...] = (0.00, 0.05, 0.10, 0.20, 0.30, 0.45, 0.60)


def heat_color(deviation: float) -> QColor:
    """The heat-map colour of a deviation from 0.0 to 1.0 (interpolated between stops)."""
    last = len(HEAT_STOPS) - 1
    level = 1.0
    for step, (low, high) in enumerate(pairwise(HEAT_STOPS)):
        if deviation <= high:
            level = (step + max(0.0, deviation - low) / (high - low)) / last
            break
    return theme().heat(level)


def no_adaptation_color() -> QColor:
    return theme().base


def not_in_pathway_color() -> QColor:
    return theme().panel


def percent_text(share: float) -> str:
    """«77%»; never «0%» or «100%» for a share that is not exactly that."""
    value = 100 * share
    if 0 < value < 1:
        number = "<1"
    elif 99 < value < 100:
        number = ">99"
    else:
        number = f"{value:.0f}"
    return QCoreApplication.translate("DeviationView", "{number}%").format(number=number)


class EditionDeviationModel(QAbstractTableModel):
    """One edition's overridden sections: pathway, service, section, share kept, stale."""

    PATHWAY, SERVICE, SECTION, KEPT, STALE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DeviationRow] = []
        self._names = MapNames()

    def set_rows(self, rows: list[DeviationRow], names: MapNames) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._names = names
        self.endResetModel()

    def row_at(self, row: int) -> DeviationRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Pathway"),
                self.tr("Service"),
                self.tr("Section"),
                self.tr("Keeps of the regional text"),
                self.tr("Stale"),
            )
            return titles[section] if 0 <= section < len(titles) else None
        if role == Qt.ItemDataRole.ToolTipRole and section == self.KEPT:
            return self.tr(
                "How much of the regional text the local text keeps, ignoring case, "
                "spacing and punctuation."
            )
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            if column == self.KEPT:
                return row.kept
            if column == self.STALE:
                return int(row.stale)
            if column == self.SECTION:
                return row.ref.kind.position
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STALE and row.stale:
            return icons.stale_icon()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.KEPT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._sentence(row) if column in (self.KEPT, self.STALE) else None
        return None

    def _display(self, row: DeviationRow, column: int) -> str:
        if column == self.PATHWAY:
            return self._names.pathway(row.ref.pathway)
        if column == self.SERVICE:
            return self._names.service(row.ref.service)
        if column == self.SECTION:
            return kind_label(row.ref.kind)
        if column == self.KEPT:
            return percent_text(row.kept)
        return self.tr("Yes") if row.stale else self.tr("No")

    def _sentence(self, row: DeviationRow) -> str:
        text = self.tr("{section} keeps {percent} of the regional text.").format(
            section=kind_label(row.ref.kind), percent=percent_text(row.kept)
        )
        if row.stale:
            text += " " + self.tr("Stale: the regional text has changed since it was adapted.")
        else:
            text += " " + self.tr("Up to date with the regional text.")
        return text


class DeviationGridModel(QAbstractTableModel):
    """Pathways (rows) × services (columns); each cell the mean deviation of its adaptations."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._report: DeviationReport | None = None
        self._grid: list[list[GridCell | None]] = []
        self._editions = 0

    def set_report(self, report: DeviationReport, edition: str | None = None) -> None:
        self.beginResetModel()
        self._report = report
        self._grid = report.grid(edition)
        self._editions = len(report.editions) if edition is None else 1
        self.endResetModel()

    def cell(self, row: int, column: int) -> GridCell | None:
        return self._grid[row][column]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._report is None else len(self._report.pathways)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._report is None else len(self._report.services)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if self._report is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        items = (
            self._report.services
            if orientation == Qt.Orientation.Horizontal
            else self._report.pathways
        )
        return items[section].name if 0 <= section < len(items) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self._report is None or not index.isValid():
            return None
        cell = self._grid[index.row()][index.column()]
        if role == CELL_ROLE:
            return cell
        if cell is None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(not_in_pathway_color())
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("{service} has no part in {pathway}.").format(
                    service=self._report.services[index.column()].name,
                    pathway=self._report.pathways[index.row()].name,
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return percent_text(cell.deviation) if cell.adapted else self.tr("0%")
        if role == SECONDARY_ROLE:
            return self.tr("%n adapted", "", cell.adapted) if cell.adapted else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(heat_color(cell.deviation) if cell.adapted else no_adaptation_color())
        if role == Qt.ItemDataRole.ForegroundRole:
            background = heat_color(cell.deviation) if cell.adapted else no_adaptation_color()
            return QBrush(theme().on(background))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._sentence(cell, index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _sentence(self, cell: GridCell, row: int, column: int) -> str:
        assert self._report is not None
        where = self.tr("{pathway}, {service}").format(
            pathway=self._report.pathways[row].name, service=self._report.services[column].name
        )
        if not cell.adapted:
            return self.tr(
                "{where}: no local adaptations; every edition uses the regional text."
            ).format(where=where)
        lines = [
            self.tr(
                "{where}: {adapted} of {sections} sections adapted; they differ by {percent} "
                "from the regional text on average."
            ).format(
                where=where,
                adapted=cell.adapted,
                sections=cell.sections,
                percent=percent_text(cell.deviation),
            )
        ]
        for item in cell.rows:
            line = self.tr("{edition}: {section} keeps {percent}").format(
                edition=item.edition_name,
                section=kind_label(item.ref.kind),
                percent=percent_text(item.kept),
            )
            if item.stale:
                line += " " + self.tr("(stale)")
            lines.append(line)
        return "\n".join(lines)


class HeatCellDelegate(QStyledItemDelegate):
    """The cell's number in bold, «n adapted» small beneath; a frame marks the current cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        rect = option.rect.adjusted(1, 1, -1, -1)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QBrush):
            painter.fillRect(rect, background)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        color = foreground.color() if isinstance(foreground, QBrush) else theme().text
        primary = index.data(Qt.ItemDataRole.DisplayRole) or ""
        secondary = index.data(SECONDARY_ROLE) or ""
        cell = index.data(CELL_ROLE)
        adapted = isinstance(cell, GridCell) and cell.adapted > 0
        if primary:
            font = QFont(option.font)
            font.setBold(adapted)
            painter.setFont(font)
            painter.setPen(color if adapted else theme().muted)
            top = QRect(rect)
            if secondary:
                top.setBottom(rect.center().y() + 2)
                painter.drawText(
                    top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, primary
                )
                small = QFont(option.font)
                small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.82))
                painter.setFont(small)
                bottom = QRect(rect)
                bottom.setTop(rect.center().y() + 3)
                painter.drawText(
                    bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, secondary
                )
            else:
                painter.drawText(top, Qt.AlignmentFlag.AlignCenter, primary)
        else:
            painter.setPen(QPen(theme().border))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "–")
        if (
            option.state & QStyle.StateFlag.State_HasFocus
            or option.state & QStyle.StateFlag.State_Selected
        ):
            highlight = option.palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        height = option.fontMetrics.lineSpacing()
        return QSize(96, int(height * 2.6))
