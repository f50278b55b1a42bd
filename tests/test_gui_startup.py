"""Start-up: the main window imports only what the first screen shows; menu-only dialogs,
windows and services load when the user first picks the command."""

from __future__ import annotations

import subprocess
import sys

LAZY = (
    "kartedit.gui.hearing.hearing_window",
    "kartedit.gui.hearing.import_dialog",
    "kartedit.gui.hearing.round_dialogs",
    "kartedit.gui.hearing.start_round_dialog",
    "kartedit.gui.hearing.hearing_panes",
    "kartedit.gui.editions.compare_dialogs",
    "kartedit.gui.editions.deviation_view",
    "kartedit.gui.editions.edition_dialogs",
    "kartedit.gui.editions.three_way_dialog",
    "kartedit.gui.editions.three_way_parts",
    "kartedit.gui.editions.carry_over",
    "kartedit.gui.editions.deviation_models",
    "kartedit.gui.editions.fact_proposal",
    "kartedit.gui.editions.facts_grid",
    "kartedit.gui.writer.settings_dialog",
    "kartedit.gui.writer.save_dialog",
    "kartedit.gui.writer.publish_dialog",
    "kartedit.gui.writer.facts_panel",  # the side panels come after the first paint
    "kartedit.gui.writer.search_panel",
    "kartedit.services.publish.publisher",
    "kartedit.services.approved",
    "kartedit.services.bundles",
    "kartedit.services.deviation_report",
    "kartedit.services.editions",
    "kartedit.services.fact_proposals",
    "kartedit.text.rebase",
)


def test_main_window_and_app_import_no_menu_only_modules() -> None:
    code = (
        "import sys\n"
        "import kartedit.gui.writer.main_window, kartedit.gui.common.app\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    loaded = set(result.stdout.split())
    assert "kartedit.gui.writer.main_window" in loaded
    assert sorted(m for m in LAZY if m in loaded) == []


def test_modules_imported_while_the_window_runs_keep_no_source_text() -> None:
    """PySide6's import hook keeps the source of each module imported after it; the window
    runs with Python's own import, so the modules it loads later (the store, the checker)
    leave no copy of their text behind."""
    code = (
        "import linecache\n"
        "from kartedit.gui.common.app import plain_imports\n"
        "import PySide6.QtWidgets\n"
        "with plain_imports():\n"
        "    import colorsys\n"
        "print(any(name.endswith('colorsys.py') for name in linecache.cache))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False"]
