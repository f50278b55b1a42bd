"""GUI: one confirmation question whose buttons name the action («Delete», «Save»), not Yes/No.

API:
    ask(parent, title, text, action, *, detail="", destructive=False) -> bool
        True when the writer chose ``action``; Escape or «Cancel» give False. A destructive
        question starts on «Cancel», so Enter never deletes by accident. Tests replace it
        with monkeypatch.setattr(confirm, "ask", ...); callers use ``confirm.ask(...)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    action: str,
    *,
    detail: str = "",
    destructive: bool = False,
) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    chosen = box.addButton(
        action,
        QMessageBox.ButtonRole.DestructiveRole
        if destructive
        else QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel if destructive else chosen)
    box.setEscapeButton(cancel)
    box.setAccessibleName(QCoreApplication.translate("Confirm", "Confirmation"))
    box.exec()
    return box.clickedButton() is chosen
