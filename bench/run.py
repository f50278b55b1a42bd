"""Benchmarks: what a tree click costs at region scale, as a ratio to the same click on the
demo map measured in the same run. A ratio near 1 means nothing scans the whole map."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate_map import build_database
from kartedit.domain.sections import SectionRef
from kartedit.services.folders import import_demo
from kartedit.services.workspace import Workspace


def _median_ms(action: Callable[[], object], repeat: int = 30) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def _click_costs(workspace: Workspace, ref: SectionRef, edition: str) -> dict[str, float]:
    return {
        "open section": _median_ms(lambda: workspace.section(ref, edition)),
        "tree states of a pathway": _median_ms(
            lambda: workspace.section_states(ref.pathway, edition)
        ),
        "history": _median_ms(lambda: workspace.history(ref, edition)),
        "map search": _median_ms(lambda: workspace.search("samtale", edition), repeat=10),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        demo_path, large_path = Path(folder) / "demo.sqlite", Path(folder) / "large.sqlite"
        demo = Workspace.create(demo_path)
        import_demo(demo)
        started = time.perf_counter()
        build_database(large_path)
        import_seconds = time.perf_counter() - started
        large = Workspace.open(large_path)
        baseline = _click_costs(demo, SectionRef.parse("angst/fastlege/assessment"), "bergen")
        measured = _click_costs(
            large, SectionRef.parse("forlop-10/teneste-07/assessment"), "kommune-30"
        )
        demo.close()
        large.close()
    print(f"region-scale map (20×16×6, 60 editions) imported in {import_seconds:.2f} s")
    print(f"{'action':28} {'demo ms':>9} {'region ms':>10} {'ratio':>7}")
    for name, base in baseline.items():
        print(f"{name:28} {base:9.2f} {measured[name]:10.2f} {measured[name] / base:7.2f}")


if __name__ == "__main__":
    main()
