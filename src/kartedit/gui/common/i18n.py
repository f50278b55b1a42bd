"""GUI: interface language — choosing it and installing kartedit's and Qt's translators.

API:
    install_translator(app: QCoreApplication, language: str | None) -> str
        language: "nb" | "nn" | "en" | "" / None (follow the system, see effective_language).
        Loads, from last searched to first: Qt's own qtbase_<lang>.qm where PySide6 ships it
        (nn; there is no nb), kartedit's supplement qtbase_<lang>.qm (file dialogs, buttons,
        context menus Qt lacks or words otherwise) and kartedit_<lang>.qm, both package data
        in kartedit.resources/translations; replaces the translators of an earlier call;
        returns the language in effect.
    effective_language(language: str | None, system_locale: str | None = None) -> str
        the setting when it names a language; otherwise from the system's first UI language
        (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): nn for nn_NO, nb for nb_NO/no_NO, else en
    shown(message: Message | str) -> str — a message from below the GUI (an error, a note
        the program wrote) in the installed language; a person's own text as it is
    qt_translate(context, source) -> str — QCoreApplication.translate as a Translate
    language_names() -> list[tuple[str, str]] — ("", "Follow the system"), ("nb", "Norsk
        bokmål"), ("nn", "Norsk nynorsk"), ("en", "English") for pickers
(Translated labels for kinds, statuses and dates live in gui/common/labels.py.) The .qm files are
compiled from resources/translations/*.ts by every build (setup.py).
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kartedit.domain.messages import Message, render
from kartedit.services.settings import LANGUAGES

log = logging.getLogger(__name__)

# A system language's primary subtag → kartedit's language («no» is Norwegian, written bokmål).
NORWEGIAN_LOCALES = {"nb": "nb", "no": "nb", "nn": "nn"}

# Qt's own catalogues, first found wins; PySide6 ships qtbase_nn but no qtbase_nb.
_QT_CATALOGUES = {
    "nb": ("qtbase_nb", "qtbase_no"),
    "nn": ("qtbase_nn",),
}
# kartedit's catalogues, in install order: the last is searched first.
_OUR_CATALOGUES = ("qtbase", "kartedit")

# Translators must outlive the call that installs them: Qt does not own them.
_installed: list[QTranslator] = []


def qt_translate(context: str, source: str) -> str:
    """kartedit's catalogues through Qt, as a ``kartedit.domain.messages.Translate``."""
    return QCoreApplication.translate(context, source)


def shown(message: Message | str) -> str:
    """A message in the window's language (an unmarked string is shown as it is)."""
    return render(message, qt_translate)


def language_names() -> list[tuple[str, str]]:
    """Language choices for pickers; each language is named in itself, as users look for it."""
    return [
        ("", QCoreApplication.translate("Language", "Follow the system")),
        ("nb", "Norsk bokmål"),
        ("nn", "Norsk nynorsk"),
        ("en", "English"),
    ]


def effective_language(language: str | None, system_locale: str | None = None) -> str:
    """The setting if it names a language; otherwise the system's Norwegian, or English."""
    if language in LANGUAGES:
        return str(language)
    if system_locale is None:
        system = QLocale.system()
        # the first UI language (LANGUAGE or the messages locale), then the formats locale
        names = [*system.uiLanguages()[:1], system.name()]
    else:
        names = [system_locale]
    primary = names[0].replace("-", "_").split("_")[0].lower() if names else ""
    return NORWEGIAN_LOCALES.get(primary, "en")


def install_translator(app: QCoreApplication, language: str | None) -> str:
    """Install kartedit's and Qt's translations for a language; returns the one in effect."""
    chosen = effective_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if chosen == "en":
        QLocale.setDefault(QLocale.system())
        return chosen
    QLocale.setDefault(QLocale(f"{chosen}_NO"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in _QT_CATALOGUES[chosen]:
        translator = QTranslator()
        if translator.load(catalogue, qt_dir):
            _installed.append(translator)
            break
    for catalogue in _OUR_CATALOGUES:  # installed last, so searched first: our wording wins
        ours = _load_ours(f"{catalogue}_{chosen}.qm")
        if ours is not None:
            _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    return chosen


def _load_ours(name: str) -> QTranslator | None:
    resource = resources.files("kartedit.resources") / "translations" / name
    if not resource.is_file():
        log.warning("no %s: build it with packaging/build_translations.py", name)
        return None
    translator = QTranslator()
    with resources.as_file(resource) as path:  # a real file in any normal installation
        if translator.load(str(path)):
            return translator
    return None
