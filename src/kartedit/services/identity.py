"""Application services: who is writing — the one place that answers it, for GUI and CLI.

The order, first that names someone wins:

1. ``--author "Name (Organisation)"`` on the command line (CLI only);
2. the name in kartedit's settings (Settings… in the window);
3. the ``KARTEDIT_AUTHOR`` environment variable, «Name (Organisation)».

``configured_author`` gives 2–3 (what the window uses; it asks when neither is set),
``resolve_author`` gives 1–3 and says what to do when nobody is named, and
``remember_author`` keeps a name the user gave as the settings' name.
"""

from __future__ import annotations

import os

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.people import Author
from kartedit.services.settings import Settings, load_settings, save_settings

AUTHOR_VARIABLE = "KARTEDIT_AUTHOR"


def configured_author(settings: Settings | None = None) -> Author | None:
    """The settings' name (``settings``, else the saved ones), else KARTEDIT_AUTHOR."""
    settings = settings or load_settings()
    if settings.author_name.strip():
        return Author(settings.author_name.strip(), settings.author_organisation.strip())
    from_env = os.environ.get(AUTHOR_VARIABLE, "").strip()
    if from_env:
        return Author.parse(from_env)
    return None


def remember_author(author: Author) -> bool:
    """Keep ``author`` as the settings' name; written only when it differs (True then).

    An OSError from writing the settings file reaches the caller."""
    settings = load_settings()
    if (settings.author_name, settings.author_organisation) == (author.name, author.organisation):
        return False
    save_settings(
        settings.with_changes(author_name=author.name, author_organisation=author.organisation)
    )
    return True


def resolve_author(explicit: str | None = None) -> Author:
    """``explicit`` (--author), else ``configured_author``; a UserError when neither."""
    if explicit:
        return Author.parse(explicit)
    found = configured_author()
    if found is not None:
        return found
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            'Who is writing? Give --author "Name (Organisation)", or set '
            "your name in kartedit's settings.",
        )
    )
