"""Bundle layer: the error a refused bundle raises, carrying every problem found."""

from __future__ import annotations

from collections.abc import Sequence

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message, Translate


class BundleError(UserError):
    """A bundle that must not be used. Each problem is one line naming the file.

    The message is the first problem (with a count of the rest), for a dialog or the
    CLI's one line on stderr; ``bundle validate`` prints every problem. Problems are
    messages, so they can be shown in the reader's language (``problems_in``).
    """

    def __init__(self, problems: Sequence[Message | str]) -> None:
        self.messages = tuple(p if isinstance(p, Message) else Message.of(p) for p in problems) or (
            Message.of(QT_TRANSLATE_NOOP("Errors", "the bundle cannot be used.")),
        )
        more = len(self.messages) - 1
        first = self.messages[0]
        if more == 1:
            message = Message.of(
                QT_TRANSLATE_NOOP("Errors", "{problem} (and 1 more problem)"), problem=first
            )
        elif more:
            message = Message.of(
                QT_TRANSLATE_NOOP("Errors", "{problem} (and {count} more problems)"),
                problem=first,
                count=more,
            )
        else:
            message = first
        super().__init__(message, detail="\n".join(self.problems))

    @property
    def problems(self) -> tuple[str, ...]:
        """Every problem, in English."""
        return tuple(p.render() for p in self.messages)

    def problems_in(self, translate: Translate) -> tuple[str, ...]:
        return tuple(p.render(translate) for p in self.messages)

    def detail_in(self, translate: Translate) -> str | None:
        """Every problem, one a line, in the reader's language (the dialog's details)."""
        return "\n".join(self.problems_in(translate))


class Problems:
    """Collects the problems of one checking stage; ``raise_if_any`` ends the stage."""

    def __init__(self) -> None:
        self.items: list[Message] = []

    def add(self, message: Message) -> None:
        self.items.append(message)

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise BundleError(self.items)
