"""Benchmarks: start-up — kartedit's window with the demo map, as a ratio to a bare PySide6
window measured in the same run (both: start Python, show a 1280×800 window, save a PNG)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("kartedit"))
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
"""


def _median_seconds(command: list[str], repeat: int = 5) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db, png = Path(folder) / "demo.sqlite", str(Path(folder) / "shot.png")
        kartedit = [sys.executable, "-m", "kartedit"]
        subprocess.run([*kartedit, "init", str(db), "--demo"], check=True, capture_output=True)
        bare = _median_seconds([sys.executable, "-c", BARE, png])
        window = _median_seconds(
            [*kartedit, str(db), "--screenshot", png, "--select", "angst/fastlege/assessment"]
        )
        cli = _median_seconds([*kartedit, "--help"])
        show = _median_seconds([*kartedit, "show", str(db), "angst", "fastlege", "role"])
    print(f"{'start-up':40} {'seconds':>8} {'ratio to bare window':>21}")
    print(f"{'bare PySide6 window (baseline)':40} {bare:8.2f} {1:21.2f}")
    print(f"{'kartedit window, section open':40} {window:8.2f} {window / bare:21.2f}")
    print(f"{'kartedit --help':40} {cli:8.2f} {cli / bare:21.2f}")
    print(f"{'kartedit show (opens the database)':40} {show:8.2f} {show / bare:21.2f}")


if __name__ == "__main__":
    main()
