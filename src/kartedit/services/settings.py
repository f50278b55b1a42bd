"""Application services: the one place every user setting is declared, read and written.

Settings live in a small JSON file in the platform's config folder, so the command line
reads the same author identity as the GUI without importing Qt.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from kartedit.safe_files import write_atomically

LANGUAGES = ("nb", "nn", "en")
DEFAULT_FONT_SIZE = 11


def config_dir() -> Path:
    override = os.environ.get("KARTEDIT_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("kartedit", appauthor=False))


def data_dir() -> Path:
    override = os.environ.get("KARTEDIT_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("kartedit", appauthor=False))


def default_database() -> Path:
    return data_dir() / "kartedit.sqlite"


@dataclass(frozen=True)
class Settings:
    author_name: str = ""
    author_organisation: str = ""
    language: str = ""
    """Empty: follow the system (bokmål for any Norwegian locale, else English)."""
    editor_font_size: int = DEFAULT_FONT_SIZE
    last_edition: str = ""
    last_section: str = ""
    window_geometry: dict[str, str] = field(default_factory=dict)
    """Per window («main», «hearing», «reviewer», «compare»): its size and place on the
    screen, as Qt saves it (base64); written when the window closes."""
    window_layout: dict[str, str] = field(default_factory=dict)
    """Per main window: its docks and toolbars, as Qt saves them (base64)."""
    last_map: str = ""
    """The map database a response or approved bundle was last opened into."""

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> Settings:
    """Unknown keys and wrong types are ignored: a damaged file must not stop the app."""
    try:
        raw = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    defaults = Settings()
    values = {}
    for declared in fields(Settings):
        value = raw.get(declared.name)
        default = getattr(defaults, declared.name)
        if isinstance(value, dict):
            value = {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}
        if isinstance(value, type(default)):
            values[declared.name] = value
    settings = Settings(**values)
    if settings.language not in ("", *LANGUAGES):
        settings = settings.with_changes(language="")
    return settings


def save_settings(settings: Settings) -> bool:
    """Write to a temporary file and replace, so a crash never leaves half a file.

    Only when something changed: the window saves its place on every section opened, and
    an unchanged file is not rewritten (no needless writes, no changed modification time).
    Returns whether the file was written.
    """
    data = json.dumps(asdict(settings), indent=2, ensure_ascii=False).encode("utf-8")
    path = settings_path()
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass  # not there yet, or unreadable: write it
    write_atomically(path, data)
    return True
