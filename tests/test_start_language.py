"""Tests for the start language: the system's locale picks nb, nn or English; settings win."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kartedit.services.settings import Settings, save_settings

# What the start-up does (gui/common/app.py): the settings' language, else the system's.
START = """
from PySide6.QtCore import QCoreApplication
from kartedit.gui.common.i18n import install_translator
from kartedit.services.settings import load_settings
app = QCoreApplication([])
language = install_translator(app, load_settings().language)
print(language, QCoreApplication.translate("SettingsDialog", "Settings"))
"""
LOCALE_VARIABLES = ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")


def start_language(**locale: str) -> tuple[str, str]:
    """The language a fresh kartedit process starts in, and its word for «Settings»."""
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    env.update(locale)
    result = subprocess.run(
        [sys.executable, "-c", START], env=env, capture_output=True, text=True, check=True
    )
    language, title = result.stdout.split(maxsplit=1)
    return language, title.strip()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ({"LANG": "nn_NO.UTF-8"}, ("nn", "Innstillingar")),
        ({"LC_ALL": "nn_NO.UTF-8"}, ("nn", "Innstillingar")),
        ({"LANG": "nb_NO.UTF-8"}, ("nb", "Innstillinger")),
        ({"LANG": "no_NO.UTF-8"}, ("nb", "Innstillinger")),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "nn"}, ("nn", "Innstillingar")),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "no"}, ("nb", "Innstillinger")),
        ({"LANG": "nn_NO.UTF-8", "LANGUAGE": "en_GB:nn"}, ("en", "Settings")),
        ({"LANG": "sv_SE.UTF-8"}, ("en", "Settings")),
        ({"LANG": "C.UTF-8"}, ("en", "Settings")),
    ],
)
def test_the_system_locale_chooses_the_start_language(
    locale: dict[str, str], expected: tuple[str, str]
) -> None:
    assert start_language(**locale) == expected


@pytest.mark.parametrize(
    ("setting", "locale", "expected"),
    [
        ("en", "nn_NO.UTF-8", ("en", "Settings")),
        ("nb", "nn_NO.UTF-8", ("nb", "Innstillinger")),
        ("nn", "en_US.UTF-8", ("nn", "Innstillingar")),
    ],
)
def test_the_settings_choice_wins_over_the_system(
    setting: str, locale: str, expected: tuple[str, str]
) -> None:
    save_settings(Settings(language=setting))
    assert start_language(LANG=locale) == expected
