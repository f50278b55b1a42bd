"""Tests for the translation build step every build runs (packaging/build_translations.py)."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging_support import load_script


@pytest.fixture
def step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The build step, working on a copy of the catalogues."""
    module = load_script("build_translations")
    sources = tmp_path / "ts"
    shutil.copytree(module.TRANSLATIONS, sources, ignore=shutil.ignore_patterns("*.qm"))
    monkeypatch.setattr(module, "TRANSLATIONS", sources)
    return module


def test_a_build_compiles_every_catalogue(step: ModuleType, tmp_path: Path) -> None:
    written = step.build(tmp_path / "out")
    assert sorted(path.name for path in written) == sorted(step.qm_names())
    assert sorted(step.qm_names()) == [
        "kartedit_nb.qm",
        "kartedit_nn.qm",
        "qtbase_nb.qm",
        "qtbase_nn.qm",
    ]
    assert all(path.stat().st_size > 1000 for path in written)


@pytest.mark.parametrize("catalogue", ["kartedit", "qtbase"])
def test_an_unfinished_message_fails_the_build(
    step: ModuleType, tmp_path: Path, catalogue: str
) -> None:
    source = step.ts_path("nn", catalogue)
    text = source.read_text(encoding="utf-8")
    source.write_text(
        text.replace("<translation>", '<translation type="unfinished">', 1), encoding="utf-8"
    )
    with pytest.raises(step.TranslationError, match=rf"{catalogue}_nn\.ts: not translated"):
        step.build(tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_empty_translation_fails_the_build(step: ModuleType, tmp_path: Path) -> None:
    source = step.ts_path("nb", "qtbase")
    text = source.read_text(encoding="utf-8")
    emptied = text.replace("<translation>&amp;Søk i:</translation>", "<translation/>")
    assert emptied != text
    source.write_text(emptied, encoding="utf-8")
    with pytest.raises(step.TranslationError, match=r"qtbase_nb\.ts: not translated"):
        step.build(tmp_path / "out")


def test_a_missing_catalogue_fails_the_build(step: ModuleType, tmp_path: Path) -> None:
    step.ts_path("nb", "qtbase").unlink()
    with pytest.raises(step.TranslationError, match=r"qtbase_nb\.ts is missing"):
        step.build(tmp_path / "out")
