"""Start-up: the main window imports only what the first screen shows; menu-only dialogs,
windows and services load when the user first picks the command."""

from __future__ import annotations

import subprocess
import sys

LAZY = (
    "kartedit.gui.coordinator_view",
    "kartedit.gui.import_dialog",
    "kartedit.gui.round_dialogs",
    "kartedit.gui.start_round_dialog",
    "kartedit.gui.hearing_panes",
    "kartedit.gui.compare_dialogs",
    "kartedit.gui.deviation_view",
    "kartedit.gui.edition_dialogs",
    "kartedit.gui.three_way_dialog",
    "kartedit.gui.settings_dialog",
    "kartedit.gui.save_dialog",
    "kartedit.gui.publish_dialog",
    "kartedit.services.publish.publisher",
    "kartedit.services.approved",
    "kartedit.services.bundles",
    "kartedit.services.deviation_report",
    "kartedit.services.editions",
    "kartedit.text.rebase",
)


def test_main_window_and_app_import_no_menu_only_modules() -> None:
    code = (
        "import sys\n"
        "import kartedit.gui.main_window, kartedit.gui.app\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    loaded = set(result.stdout.split())
    assert "kartedit.gui.main_window" in loaded
    assert sorted(m for m in LAZY if m in loaded) == []
