"""GUI: the two kinds of error — a calm dialog for known problems, one crash dialog for bugs.

API:
    set_error_dialogs_enabled(enabled: bool) -> None   — app.py: False for --no-error-dialogs
    error_dialogs_enabled() -> bool   — default: on, unless env KARTEDIT_NO_ERROR_DIALOGS=1
    show_user_error(parent: QWidget | None, error: UserError) -> None
        plain message; ``error.detail_in`` (the window's language) behind "Show Details…";
        printed to stderr when off
    calmly(parent, function, *args, **kwargs) -> T | None — run a service call; a known
        problem (UserError) becomes show_user_error and None. The GUI's one such wrapper.
    ran_calmly(parent, function, *args, **kwargs) -> bool — the same for calls whose
        result is None: True when it ran, False after the calm message
    default_log_path() -> Path   — data_dir()/logs/kartedit.log
    install_crash_handler(app, log_path: Path | None = None) -> CrashHandler
        sets sys.excepthook: logs the traceback, shows ONE CrashDialog (version, traceback,
        log path; copyable); a UserError reaching the hook gets show_user_error instead.
        CrashHandler.uninstall() puts the previous hook back. The log (LogFile) keeps to
        1 MB and three older files.
    CrashDialog(version: str, details: str, log_path: Path, parent=None)
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kartedit import __version__
from kartedit.domain.errors import UserError
from kartedit.gui.common.i18n import qt_translate, shown
from kartedit.services.settings import data_dir

log = logging.getLogger("kartedit")

_dialogs_enabled: bool | None = None

P = ParamSpec("P")
T = TypeVar("T")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def set_error_dialogs_enabled(enabled: bool) -> None:
    """Headless runs (--no-error-dialogs) must never block on a modal dialog."""
    global _dialogs_enabled
    _dialogs_enabled = enabled


def error_dialogs_enabled() -> bool:
    if _dialogs_enabled is not None:
        return _dialogs_enabled
    return os.environ.get("KARTEDIT_NO_ERROR_DIALOGS", "") not in ("1", "true", "yes")


def default_log_path() -> Path:
    return data_dir() / "logs" / "kartedit.log"


def show_user_error(parent: QWidget | None, error: UserError) -> None:
    """A known problem: say what happened and what to do; the technical part stays folded."""
    detail = error.detail_in(qt_translate)
    if not error_dialogs_enabled():
        print(f"kartedit: {shown(error.said)}", file=sys.stderr)
        if detail:
            print(f"  ({detail})", file=sys.stderr)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "kartedit"))
    box.setText(shown(error.said))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if detail:
        box.setDetailedText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(QCoreApplication.translate("Errors", "Problem"))
    box.exec()


def calmly(
    parent: QWidget | None, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs
) -> T | None:
    """Run a service call; a known problem becomes a calm message and None."""
    try:
        return function(*args, **kwargs)
    except UserError as exc:
        show_user_error(parent, exc)
        return None


def ran_calmly(
    parent: QWidget | None, function: Callable[P, object], *args: P.args, **kwargs: P.kwargs
) -> bool:
    """Run a service call that returns nothing; False after a known problem's message."""
    return calmly(parent, lambda: function(*args, **kwargs) or True) is not None


class CrashDialog(QDialog):
    """An unexpected error: what to do now, and everything a developer needs, copyable."""

    def __init__(
        self, version: str, details: str, log_path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("kartedit – unexpected error"))
        self.setMinimumSize(560, 380)
        self._version = version
        self._details = details
        self._log_path = log_path

        intro = QLabel(
            self.tr(
                "kartedit ran into an unexpected error. Your saved texts are safe, and "
                "unsaved text is kept for recovery. Please send the details below to the "
                "person who supports kartedit for you."
            )
        )
        intro.setWordWrap(True)
        where = QLabel(
            self.tr("Version: {version}\nLog file: {path}").format(
                version=version, path=str(log_path)
            )
        )
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setAccessibleName(self.tr("Version and log file"))

        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setAccessibleName(self.tr("Error details"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy Details"))
        self.copy_button.setAccessibleName(self.tr("Copy details to the clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        close_button.setAccessibleName(self.tr("Close"))
        close_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)

    def report(self) -> str:
        return f"kartedit {self._version}\nLog: {self._log_path}\n\n{self._details}"

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report())


class LogFile(logging.Handler):
    """The log file, kept to 1 MB and three older ones. Rotating is
    ``logging.handlers``' (socket, pickle, queue …: ~8 ms), imported with the first record
    logged rather than before the window's first paint."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(
                self.path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


class CrashHandler:
    """Owns the sys.excepthook: log every uncaught exception, show at most one dialog."""

    def __init__(self, app: QApplication, log_path: Path) -> None:
        self.app = app
        self.log_path = log_path
        self.previous_hook: ExceptHook = sys.excepthook
        self.dialog_open = False
        self.handler: logging.Handler | None = None

    def install(self) -> None:
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            handler = LogFile(self.log_path)
        except OSError as exc:  # no log is bad, a crash at start-up because of it worse
            print(f"kartedit: cannot write the log {self.log_path}: {exc}", file=sys.stderr)
        else:
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
            )
            log.addHandler(handler)
            self.handler = handler
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self.previous_hook
        if self.handler is not None:
            log.removeHandler(self.handler)
            self.handler.close()
            self.handler = None

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous_hook(kind, error, trace)
            return
        if isinstance(error, UserError):
            log.info("known problem: %s", error.message)
            show_user_error(self.app.activeWindow(), error)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error in kartedit %s\n%s", __version__, details.rstrip())
        if not error_dialogs_enabled():
            print(details, file=sys.stderr, end="")
            print(f"kartedit: the error was logged in {self.log_path}", file=sys.stderr)
            return
        if self.dialog_open:  # a cascade of errors: one dialog, the rest go to the log
            return
        self.dialog_open = True
        try:
            CrashDialog(__version__, details, self.log_path, self.app.activeWindow()).exec()
        finally:
            self.dialog_open = False


def install_crash_handler(app: QApplication, log_path: Path | None = None) -> CrashHandler:
    """Route uncaught exceptions (also those in Qt slots) to the log and one crash dialog."""
    handler = CrashHandler(app, log_path or default_log_path())
    handler.install()
    return handler
