"""Application services: who is writing — from --author, the settings, or KARTEDIT_AUTHOR."""

from __future__ import annotations

import os

from kartedit.domain.errors import UserError
from kartedit.domain.people import Author
from kartedit.services.settings import load_settings


def resolve_author(explicit: str | None = None) -> Author:
    if explicit:
        return Author.parse(explicit)
    settings = load_settings()
    if settings.author_name.strip():
        return Author(settings.author_name.strip(), settings.author_organisation.strip())
    from_env = os.environ.get("KARTEDIT_AUTHOR", "").strip()
    if from_env:
        return Author.parse(from_env)
    raise UserError(
        'Who is writing? Give --author "Name (Organisation)", or set your name in '
        "kartedit's settings."
    )
