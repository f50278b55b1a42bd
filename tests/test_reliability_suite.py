"""The test suite itself: no outcome decided by timing, no hang, no ignored Qt warning."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from hypothesis import settings

from kartedit.services import settings as settings_module
from kartedit.services.settings import Settings, load_settings, save_settings

PYPROJECT = Path(__file__).parents[1] / "pyproject.toml"


def test_hypothesis_never_fails_a_test_for_being_slow() -> None:
    assert settings.default.deadline is None
    assert settings.default.derandomize
    assert settings.default.database is None


def test_every_test_has_a_timeout_and_qt_warnings_fail(pytestconfig: pytest.Config) -> None:
    options = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert options["timeout"] == 120
    assert options["qt_log_level_fail"] == "WARNING"
    assert float(pytestconfig.getini("timeout")) == 120
    test_extra = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]["test"]
    assert any(requirement.startswith("pytest-timeout==") for requirement in test_extra)


def test_settings_are_written_only_when_something_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    writes: list[Path] = []
    real = settings_module.write_atomically

    def counting(path: Path, data: bytes, **options: object) -> None:
        writes.append(path)
        real(path, data)

    monkeypatch.setattr(settings_module, "write_atomically", counting)
    first = Settings(author_name="Kari", last_section="angst/fastlege/role")
    assert save_settings(first)
    for _ in range(5):  # the window remembers the same section on every open
        assert not save_settings(load_settings().with_changes(last_section="angst/fastlege/role"))
    assert save_settings(first.with_changes(last_section="angst/bup/role"))
    assert len(writes) == 2
    assert json.loads(writes[-1].read_text(encoding="utf-8"))["last_section"] == "angst/bup/role"
