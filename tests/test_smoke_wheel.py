"""Tests for packaging/smoke_wheel.py's judgement of a rendered window's language."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.packaging_support import load_script

ACTIONS_NB = ["&Lagre versjon…", "&Innstillinger…", "&Avslutt", "&Om kartedit"]
MENUS_NB = ["&Fil", "&Rediger", "&Vis", "&Utgave", "&Seksjon", "H&øring", "&Hjelp"]
MENUS_EN = ["&File", "&Edit", "&View", "&Edition", "&Section", "&Hearing", "&Help"]


@pytest.fixture
def smoke() -> ModuleType:
    return load_script("smoke_wheel")


def shown(menus: list[str], actions: list[str]) -> dict[str, list[str]]:
    return {"title": ["kartedit"], "menus": menus, "actions": actions, "docks": [], "widgets": []}


def test_a_bokmal_window_passes(smoke: ModuleType) -> None:
    assert smoke.check_strings("nb", shown(MENUS_NB, ACTIONS_NB)) == []


def test_an_english_window_fails_by_name(smoke: ModuleType) -> None:
    problems = smoke.check_strings("nb", shown(MENUS_EN, ["&Settings…", "&Quit"]))
    assert "nb: menu '&File' is not from the catalogue" in problems
    assert "nb: English menu '&File'" in problems
    assert any("actions translated" in problem for problem in problems)


def test_bokmal_is_not_taken_for_nynorsk(smoke: ModuleType) -> None:
    problems = smoke.check_strings("nn", shown(MENUS_NB, []))
    assert "nn: menu '&Utgave' is not from the catalogue" in problems
