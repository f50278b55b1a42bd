"""Domain layer: the two kinds of error — known user/environment errors and everything else.

A ``UserError`` carries a ``Message`` (a marked English source and its parameters), not a
finished sentence, so the window and the CLI can say it in the user's language:

    raise UserError(QT_TRANSLATE_NOOP("Errors", "The round «{name}» is closed."), name=n)
    str(err) / err.message          -> English
    err.message_in(translate)       -> in the language of ``translate``
"""

from __future__ import annotations

from typing import Any

from kartedit.domain.messages import Message, Translate


class UserError(Exception):
    """A known, expected problem with a plain-language message (bad input, missing file …).

    The CLI prints the message and exits 1; the GUI shows it in a calm dialog. Anything
    that is not a UserError is a bug and gets the crash dialog. ``detail`` is technical
    text for the «details» part of a dialog; it is not translated.
    """

    def __init__(
        self, message: Message | str, /, *, detail: str | None = None, **params: Any
    ) -> None:
        self.said = message if isinstance(message, Message) else Message.of(message, **params)
        super().__init__(self.said.render())
        self.detail = detail

    @property
    def message(self) -> str:
        """The message in English (the source language)."""
        return self.said.render()

    def message_in(self, translate: Translate) -> str:
        """The message in the language of ``translate``."""
        return self.said.render(translate)

    def detail_in(self, translate: Translate) -> str | None:
        """The «details» part in the language of ``translate``: technical text (a driver's
        error) stays as it is; an error whose details are sentences for the reader renders
        them (``BundleError``: every problem of the bundle)."""
        return self.detail


class NotFoundError(UserError):
    """A named pathway, service, edition, section or revision does not exist."""


class StoreError(UserError):
    """The database cannot be used: missing, locked, read-only, corrupt, or too new."""
