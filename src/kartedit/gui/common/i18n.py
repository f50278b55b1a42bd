"""GUI: interface language — choosing it and installing kartedit's and Qt's translators.

API:
    install_translator(app: QCoreApplication, language: str | None) -> str
        language: "nb" | "nn" | "en" | "" / None (follow the system: nb for any Norwegian
        locale — nb, nn, no — else en). Loads kartedit_<lang>.qm from package data
        kartedit.resources/translations and Qt's own qtbase translation; replaces the
        translators installed by an earlier call; returns the language in effect.
    effective_language(language: str | None, system_locale: str | None = None) -> str
    language_names() -> list[tuple[str, str]] — ("", "Follow the system"), ("nb", "Norsk
        bokmål"), ("nn", "Norsk nynorsk"), ("en", "English") for pickers
(Translated labels for kinds, statuses and dates live in gui/common/labels.py.) PySide6 ships no
qtbase_nb, so Qt's own standard texts (OK/Cancel/Save…, context menus) are listed below in
QT_STRINGS and translated in kartedit's own .ts files; ours is searched before Qt's.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kartedit.services.settings import LANGUAGES

log = logging.getLogger(__name__)

NORWEGIAN_LOCALES = ("nb", "nn", "no")

_QT_CATALOGUES = {
    "nb": ("qtbase_nb", "qtbase_no"),
    "nn": ("qtbase_nn", "qtbase_nb", "qtbase_no"),
}

# Qt's own texts that users see in kartedit: buttons, "Show Details...", context menus.
# lupdate collects them into kartedit_nb/nn.ts, because PySide6 has no qtbase_nb.qm.
QT_STRINGS = (
    QT_TRANSLATE_NOOP("QDockWidget", "Close"),
    QT_TRANSLATE_NOOP("QDockWidget", "Float"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
)

# Translators must outlive the call that installs them: Qt does not own them.
_installed: list[QTranslator] = []


def language_names() -> list[tuple[str, str]]:
    """Language choices for pickers; each language is named in itself, as users look for it."""
    return [
        ("", QCoreApplication.translate("Language", "Follow the system")),
        ("nb", "Norsk bokmål"),
        ("nn", "Norsk nynorsk"),
        ("en", "English"),
    ]


def effective_language(language: str | None, system_locale: str | None = None) -> str:
    """The setting if it names a language; otherwise bokmål on any Norwegian system."""
    if language in LANGUAGES:
        return str(language)
    if system_locale is None:
        system = QLocale.system()
        names = [system.name(), *system.uiLanguages()[:1]]  # formats, and the first UI language
    else:
        names = [system_locale]
    for name in names:
        if name.replace("-", "_").split("_")[0].lower() in NORWEGIAN_LOCALES:
            return "nb"
    return "en"


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
    ours = _load_ours(chosen)
    if ours is not None:  # installed last, so searched first: our wording wins
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    return chosen


def _load_ours(language: str) -> QTranslator | None:
    resource = resources.files("kartedit.resources") / "translations" / f"kartedit_{language}.qm"
    if not resource.is_file():
        log.warning("no %s: build it with packaging/build_translations.py", resource.name)
        return None
    translator = QTranslator()
    with resources.as_file(resource) as path:  # a real file in any normal installation
        if translator.load(str(path)):
            return translator
    return None
