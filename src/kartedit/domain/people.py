"""Domain layer: who wrote something — name and organisation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP

_AUTHOR = re.compile(r"^\s*(?P<name>[^()]+?)\s*(?:\((?P<org>[^()]*)\))?\s*$")


@dataclass(frozen=True)
class Author:
    name: str
    organisation: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise UserError(QT_TRANSLATE_NOOP("Errors", "An author needs a name."))

    @classmethod
    def parse(cls, value: str) -> Author:
        """Read the command line's ``"Name (Organisation)"`` form."""
        match = _AUTHOR.match(value or "")
        if not match:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    '«{value}» is not an author: write it as "Name (Organisation)".',
                ),
                value=value,
            )
        return cls(match["name"].strip(), (match["org"] or "").strip())

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name
