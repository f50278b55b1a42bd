"""Bundle layer: the error a refused bundle raises, carrying every problem found."""

from __future__ import annotations

from collections.abc import Sequence

from kartedit.domain.errors import UserError


class BundleError(UserError):
    """A bundle that must not be used. Each problem is one line naming the file.

    The message is the first problem (with a count of the rest), for a dialog or the
    CLI's one line on stderr; ``bundle validate`` prints every problem.
    """

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems) or ("the bundle cannot be used.",)
        more = len(self.problems) - 1
        message = self.problems[0]
        if more:
            message += f" (and {more} more problem{'s' if more > 1 else ''})"
        super().__init__(message, detail="\n".join(self.problems))


class Problems:
    """Collects the problems of one checking stage; ``raise_if_any`` ends the stage."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, message: str) -> None:
        self.items.append(message)

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise BundleError(self.items)
