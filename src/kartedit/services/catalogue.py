"""Application services: kartedit's translations without Qt, for the CLI and documents.

The window translates through Qt (``QCoreApplication.translate``) from the compiled .qm
files; the CLI must not load Qt (start-up time, and a terminal needs no GUI library), so
it reads the same catalogue sources — kartedit_nb.ts and kartedit_nn.ts, shipped as
package data in ``kartedit.resources/translations`` — with ``xml.etree``, lazily and only
when a message has to be said in Norwegian. Unfinished translations are skipped, as
Qt's lrelease does, so the English source is shown instead.

API:
    language_from_environment(environ=os.environ) -> "nb" | "nn" | "en"
        LANGUAGE (its first entry), then LC_ALL, LC_MESSAGES, LANG: nb for nb/no, nn for nn
    translator(language) -> Translate  — (context, source) -> translation or the source
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache

from kartedit.domain.messages import Translate, english

_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def language_of_locale(name: str) -> str | None:
    """nb for nb_NO/no_NO/nb, nn for nn_NO/nn; en for other named locales; None for none."""
    code = name.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    if not code:
        return None
    if code in ("nb", "no"):
        return "nb"
    if code == "nn":
        return "nn"
    return "en"


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language a terminal user reads, from the usual locale variables."""
    environ = os.environ if environ is None else environ
    for variable in _ENVIRONMENT:
        value = environ.get(variable, "")
        first = value.split(":")[0] if variable == "LANGUAGE" else value
        if first in ("C", "POSIX"):
            return "en"
        found = language_of_locale(first)
        if found is not None:
            return found
    return "en"


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET  # only when a message must be said in nb or nn
    from importlib import resources

    resource = resources.files("kartedit.resources") / "translations" / f"kartedit_{language}.ts"
    if not resource.is_file():
        return {}
    entries: dict[tuple[str, str], str] = {}
    root = ET.fromstring(resource.read_bytes())
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                continue  # unfinished, obsolete or vanished: the source is shown
            if message.get("numerus") == "yes":
                continue  # plural forms are for the window's tr(…, n)
            text = translation.text or ""
            if text:
                entries[(name, message.findtext("source", ""))] = text
    return entries


def translator(language: str) -> Translate:
    """The translate function for a language; English needs no catalogue."""
    if language not in ("nb", "nn"):
        return english

    def translate(context: str, source: str) -> str:
        return _catalogue(language).get((context, source), source)

    return translate
