"""Domain layer: the two kinds of error — known user/environment errors and everything else."""


class UserError(Exception):
    """A known, expected problem with a plain-language message (bad input, missing file …).

    The CLI prints the message and exits 1; the GUI shows it in a calm dialog. Anything
    that is not a UserError is a bug and gets the crash dialog.
    """

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class NotFoundError(UserError):
    """A named pathway, service, edition, section or revision does not exist."""


class StoreError(UserError):
    """The database cannot be used: missing, locked, read-only, corrupt, or too new."""
