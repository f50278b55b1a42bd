"""Benchmarks: every figure of «fast at region scale» as a ratio to its baseline, in one run.

``make bench`` builds a region-scale map (20 pathways × 16 services × 6 kinds, 60 local
editions × 192 overrides, 30 % stale, ~5 revisions per section), measures start-up, a tree
click, search, importing responses, memory and ``kartedit show`` side by side with their
baselines, then the growth of click and search at 2× and 4× the pathways.
``--quick`` does the same on a small map without the growth runs, for CI: it fails only
when a figure is worse than twice its goal (timings on a shared machine vary; unit tests
never assert them).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.generate_map import WORDS, build_database  # noqa: E402
from bench.responses import raw_import, response_bundles, review_bundle  # noqa: E402

PROBE = str(ROOT / "bench" / "gui_probe.py")
FULL = {"pathways": 20}
QUICK = {
    "pathways": 4,
    "editions": 12,
    "overrides_per_edition": 60,
    "revisions_per_section": 3,
}


DONE_FIGURE = "the same until its preview, statistics and check are painted too, p95"
"""The click above times the window painted with the text; the preview, the statistics and
the underlines follow right after it: this figure times the click until they are done."""

NOT_YET: dict[str, float] = {
    "cold start to a painted window with a section open": 3.0,
    "the same, another process writing to the disk": 33.0,
    DONE_FIGURE: 35.0,
    "memory after opening 60 sections, over a bare window": 70.0,
    "map search p95 over raw unranked MATCH": 8.0,
    "import 40 response bundles × 25 comments": 2.7,
}
"""Goals the code does not reach yet on the quick map, or reaches only on a quiet machine,
with the quick map's figure today (ratio or value as the goal is; the smoke run fails past
twice it): see the README's table for why and what the next step is. The click meets its
goal; with another process writing to the disk it does on a quiet machine (13.8 ms) but took
32.5 ms on a busy one. A click shows the text and checks it right after the paint, with the
dictionary of the text's own written standard only; that dictionary (~33 MiB for bokmål, ~39
MiB with Enchant) is most of what the memory figure is over its goal. (Browsing loads no
ORM: the store loads when a text is changed or a command needs it.) On the quick map a raw
unranked search takes well under a millisecond, so search's own fixed part (the hits named,
the first screen's snippets) weighs more there than on the region-scale map; the raw
import's time is mostly its commits' disk syncs, 0.1–0.7 s for 40 files, so the import's
ratio there runs from 0.4× to 2.7×."""
REFERENCE_BARE_CLICK_MS = 8.6
"""The bare QTextEdit click on the machine the goals were set on."""


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    baseline: float | None
    baseline_name: str
    goal: float
    goal_of: str
    """What the goal bounds: «value» (in ``unit``) or «ratio» (value / baseline)."""

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline else self.value / self.baseline

    @property
    def judged(self) -> float:
        return self.ratio if self.goal_of == "ratio" and self.ratio is not None else self.value

    def within(self, slack: float = 1.0) -> bool:
        return self.judged <= self.goal * slack

    def smoke_limit(self, slowness: float = 1.0) -> float:
        """What the CI smoke run allows: twice the goal, or — for a goal not reached yet
        (``NOT_YET``) — twice today's figure on the quick map, so a regression still fails.
        A goal in milliseconds grows with ``slowness``: how much slower than the reference
        machine the bare window clicked in this run (a ratio is left as it is)."""
        limit = 2 * max(self.goal, NOT_YET.get(self.name, 0.0))
        return limit * slowness if self.goal_of == "value" and self.unit == "ms" else limit


def _env() -> dict[str, str]:
    paths = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": paths}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_sources() -> None:
    """Byte-code for kartedit's modules, as an installed copy has (pip and the frozen build
    compile them; the bare window's PySide6 has its own): a checkout run with
    PYTHONDONTWRITEBYTECODE would otherwise compile every module on every start."""
    _run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "kartedit")])


def _run(command: list[str]) -> str:
    done = subprocess.run(command, env=_env(), capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr}")
    return done.stdout


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    _run(command)
    return time.perf_counter() - started


def _until_painted(command: list[str]) -> float:
    """Seconds from starting a command until it prints that its window is painted and
    grabbed (what it does after that — loading the rest of the map, checking the text,
    saving the picture — is not start-up)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    seen = None
    for line in process.stdout:
        if seen is None and line.startswith("Painted"):
            seen = time.perf_counter() - started
    if process.wait() != 0 or seen is None:
        raise RuntimeError(f"{' '.join(command)} failed or saved no picture")
    return seen


def _interleaved(
    commands: list[list[str]], repeat: int, timer: Callable[[list[str]], float] = _timed
) -> list[float]:
    """Medians of commands run turn about, so all see the same machine."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(repeat):
        for command, taken in zip(commands, times, strict=True):
            taken.append(timer(command))
    return [statistics.median(taken) for taken in times]


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _refs(db: Path, count: int, seed: int = 3) -> list[str]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT p.slug, v.slug, s.kind FROM sections s JOIN editions e ON e.id = s.edition_id "
            "JOIN pathways p ON p.id = s.pathway_id JOIN services v ON v.id = s.service_id "
            "WHERE e.kind = 'regional'"
        ).fetchall()
    rng = random.Random(seed)
    return ["/".join(row) for row in rng.sample(rows, min(count, len(rows)))]


def _local_edition(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        slugs = [r[0] for r in connection.execute("SELECT slug FROM editions WHERE kind='local'")]
    return sorted(slugs)[len(slugs) // 2]


def _texts(db: Path, keys: list[str], edition: str) -> list[str]:
    from kartedit.domain.sections import SectionRef
    from kartedit.services.workspace import Workspace

    with Workspace.open(db) as workspace:
        return [workspace.section(SectionRef.parse(key), edition).text for key in keys]


class DiskWriter:
    """Another process writing and syncing to the same disk, as a backup or sync tool does."""

    SCRIPT = (
        "import os, sys\n"
        "path = sys.argv[1]\n"
        "block = os.urandom(1 << 20)\n"
        "while True:\n"
        "    with open(path, 'wb') as f:\n"
        "        for _ in range(8):\n"
        "            f.write(block)\n"
        "            f.flush()\n"
        "            os.fsync(f.fileno())\n"
    )

    def __init__(self, folder: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", self.SCRIPT, str(folder / "busy.bin")]
        )

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()


def _click(db: Path, edition: str, keys_file: Path) -> dict[str, float]:
    return json.loads(_run([sys.executable, PROBE, "click", str(db), edition, str(keys_file)]))


START_FIGURE = "cold start to a painted window with a section open"


def measure_start(
    folder: Path, db: Path, key: str, edition: str, repeat: int
) -> tuple[Figure, float]:
    """The start-up figure, and the start of the least window showing the same first
    screen (``gui_probe.least_start``): the floor under it with these libraries."""
    png = str(folder / "shot.png")
    text_file = folder / "start-text.md"
    text_file.write_text(_texts(db, [key], edition)[0], encoding="utf-8")
    bare, least, window = _interleaved(
        [
            [sys.executable, PROBE, "bare-start", png, str(text_file)],
            [sys.executable, PROBE, "least-start", png, str(db), key],
            [
                sys.executable,
                "-m",
                "kartedit",
                str(db),
                "--screenshot",
                png,
                "--select",
                key,
                "--edition",
                edition,
            ],
        ],
        repeat,
        _until_painted,
    )
    figure = Figure(
        START_FIGURE,
        window,
        "s",
        bare,
        "bare PySide6 window (QMainWindow + QTextEdit)",
        1.5,
        "ratio",
    )
    return figure, least


def measure_clicks(
    folder: Path, db: Path, keys: list[str], edition: str, *, parts: bool = False
) -> list[Figure]:
    """The click figures and the memory after the clicks; with ``parts``, the memory again
    with the spelling check switched off: what kartedit holds besides the Hunspell tables
    that underline the open text."""
    keys_file = folder / "keys.json"
    keys_file.write_text(json.dumps(keys))
    texts_file = folder / "texts.json"
    texts_file.write_text(json.dumps(_texts(db, keys, edition)), encoding="utf-8")
    bare = json.loads(_run([sys.executable, PROBE, "bare-click", str(texts_file)]))
    ours = _click(db, edition, keys_file)
    writer = DiskWriter(folder)
    try:
        busy = _click(db, edition, keys_file)
    finally:
        writer.stop()
    baseline = "the same texts into a bare QTextEdit + Markdown render"
    memory = f"memory after opening {len(keys)} sections, over a bare window"
    bare_memory = f"bare window after the same texts: {bare['rss_mib']:.0f} MiB"
    unchecked = []
    if parts:
        os.environ["KARTEDIT_NO_SPELLING"] = "1"
        try:
            rss = _click(db, edition, keys_file)["rss_mib"] - bare["rss_mib"]
        finally:
            del os.environ["KARTEDIT_NO_SPELLING"]
        unchecked = [
            Figure(memory + ", spelling check off", rss, "MiB", None, bare_memory, 50, "value")
        ]
    return [
        *(
            Figure(name, result["p95_ms"], "ms", bare["p95_ms"], baseline, 16, "value")
            for name, result in (
                ("open a section by a tree click, p95", ours),
                ("the same, another process writing to the disk", busy),
            )
        ),
        Figure(
            DONE_FIGURE,
            ours["done_p95_ms"],
            "ms",
            bare["p95_ms"],
            baseline,
            16,
            "value",
        ),
        Figure(memory, ours["rss_mib"] - bare["rss_mib"], "MiB", None, bare_memory, 50, "value"),
        *unchecked,
    ]


def _queries(count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    queries = []
    for n in range(count):
        if n % 10 == 9:
            queries.append("kvitlauk")  # no hits
        elif n % 3 == 0:
            queries.append(" ".join(rng.sample(WORDS, 2)))
        else:
            word = rng.choice(WORDS)
            queries.append(word[: rng.randint(4, len(word))])
    return queries


def search_times(db: Path, edition: str, count: int = 50) -> tuple[float, float, float, float]:
    """p95 of kartedit's search, of raw ranked MATCH, of raw unranked MATCH, and of raw
    MATCH ranked within the edition — kartedit's own expression, without naming the hits or
    making their passages: the floor under its search with FTS5's bm25 (ms)."""
    from kartedit.services.workspace import Workspace
    from kartedit.store.sqlite import fts_query, fts_search

    ours, ranked, unranked, edition_ranked = [], [], [], []
    raw = sqlite3.connect(db)
    rank = "SELECT rowid FROM section_fts WHERE section_fts MATCH ? ORDER BY rank LIMIT 200"
    with Workspace.open(db) as workspace:
        workspace.search("warm", edition)
        for query in _queries(count):
            match = f"body : ({fts_query(query)})"
            found = fts_search(raw, query, edition, 200, 0)
            assert found is not None
            started = time.perf_counter()
            workspace.search(query, edition)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            raw.execute(rank, (match,)).fetchall()
            ranked.append(time.perf_counter() - started)
            started = time.perf_counter()
            raw.execute(
                "SELECT rowid FROM section_fts WHERE section_fts MATCH ?", (match,)
            ).fetchall()
            unranked.append(time.perf_counter() - started)
            started = time.perf_counter()
            raw.execute(rank, (found.match,)).fetchall()
            edition_ranked.append(time.perf_counter() - started)
    raw.close()
    return (
        _p95(ours) * 1000,
        _p95(ranked) * 1000,
        _p95(unranked) * 1000,
        _p95(edition_ranked) * 1000,
    )


def measure_search(db: Path, edition: str) -> list[Figure]:
    ours, ranked, unranked, floor = search_times(db, edition)
    return [
        Figure(
            "map search, 50 queries, p95",
            ours,
            "ms",
            unranked,
            f"raw FTS5 MATCH unranked (ranked: {ranked:.1f} ms; ranked within the edition, "
            f"the floor: {floor:.1f} ms)",
            10,
            "value",
        ),
        Figure(
            "map search p95 over raw unranked MATCH",
            ours,
            "ms",
            unranked,
            "raw FTS5 MATCH unranked",
            1.5,
            "ratio",
        ),
    ]


def measure_import(folder: Path, db: Path, files: int) -> Figure:
    from kartedit.services.response_import import import_responses
    from kartedit.services.workspace import Workspace

    work = folder / "import.sqlite"
    shutil.copy(db, work)
    responses = folder / "responses"
    responses.mkdir()
    with Workspace.open(work) as workspace:
        pathway = workspace.pathways()[0].slug
        review = review_bundle(workspace, pathway, folder / "review.kartbundle")
        paths = response_bundles(review, responses, files, 25)
        started = time.perf_counter()
        raw_import(paths, folder / "raw.sqlite")
        raw = time.perf_counter() - started
        started = time.perf_counter()
        report = import_responses(workspace, paths)
        ours = time.perf_counter() - started
    assert report.all_imported and sum(f.imported for f in report.files) == files * 25
    return Figure(
        f"import {files} response bundles × 25 comments",
        ours,
        "s",
        raw,
        "unzip + json + checksum + executemany insert of the same comments",
        2,
        "ratio",
    )


def measure_show(db: Path, key: str, edition: str, repeat: int) -> Figure:
    pathway, service, kind = key.split("/")
    bare, show = _interleaved(
        [
            [sys.executable, "-c", "pass"],
            [
                sys.executable,
                "-m",
                "kartedit",
                "show",
                str(db),
                pathway,
                service,
                kind,
                "--edition",
                edition,
            ],
        ],
        repeat,
    )
    return Figure("kartedit show DB …", show, "s", bare, "python -c pass", 5, "ratio")


def measure_growth(
    folder: Path, sizes: dict[str, int], base_db: Path
) -> list[tuple[str, float, float, float]]:
    """(pathways, click median ms, search p95 ms, its floor's p95 ms) at 1×, 2× and 4× the
    pathways."""
    rows = []
    for factor in (1, 2, 4):
        db = base_db
        if factor > 1:
            db = folder / f"growth-{factor}.sqlite"
            build_database(db, **{**sizes, "pathways": sizes.get("pathways", 20) * factor})
        edition = _local_edition(db)
        keys = _refs(db, 100)
        keys_file = folder / f"growth-{factor}.json"
        keys_file.write_text(json.dumps(keys))
        click = _click(db, edition, keys_file)
        ours, _, _, floor = search_times(db, edition)
        rows.append((f"{factor}×", click["median_ms"], ours, floor))
    return rows


def _cell(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:.2f} {unit}" if unit == "s" else f"{value:.1f} {unit}"


def table(figures: list[Figure]) -> str:
    lines = [
        "| figure | measured | baseline | ratio | goal | met |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        ratio = "—" if f.ratio is None else f"{f.ratio:.1f}×"
        goal = f"≤ {f.goal:g}×" if f.goal_of == "ratio" else f"≤ {f.goal:g} {f.unit}"
        baseline = (
            f"{f.baseline_name}: {_cell(f.baseline, f.unit)}" if f.baseline else f.baseline_name
        )
        lines.append(
            f"| {f.name} | {_cell(f.value, f.unit)} | {baseline} | {ratio} | {goal} | "
            f"{'yes' if f.within() else 'no'} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small map, no growth runs (CI)")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    repeat = 3 if args.quick else 5
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ["KARTEDIT_CONFIG_DIR"] = str(folder / "config")
        os.environ["KARTEDIT_DATA_DIR"] = str(folder / "data")
        db = folder / "map.sqlite"
        compile_sources()
        started = time.perf_counter()
        build_database(db, **sizes)
        built = time.perf_counter() - started
        with sqlite3.connect(db) as connection:
            (revisions,) = connection.execute("SELECT count(*) FROM revisions").fetchone()
        size_mb = db.stat().st_size / 1e6
        edition = _local_edition(db)
        keys = _refs(db, 60 if args.quick else 200)
        start, least = measure_start(folder, db, keys[0], edition, repeat)
        steps: list[Callable[[], list[Figure]]] = [
            lambda: measure_clicks(folder, db, keys, edition, parts=not args.quick),
            lambda: measure_search(db, edition),
            lambda: [measure_import(folder, db, 40 if args.quick else 200)],
            lambda: [measure_show(db, keys[1], edition, repeat + 2)],
        ]
        figures = [start, *(figure for step in steps for figure in step())]
        growth = [] if args.quick else measure_growth(folder, sizes, db)
    print(
        f"Map: {sizes.get('pathways', 20)} pathways, {revisions} revisions, {size_mb:.0f} MB, "
        f"built in {built:.0f} s; edition «{edition}»."
    )
    print(table(figures))
    if start.baseline:
        print(
            f"\nThe least window showing the same first screen (a tree of the pathways, the "
            f"text and its Markdown preview, read with sqlite3): {least:.2f} s, "
            f"{least / start.baseline:.1f}× the bare window — the floor under «{START_FIGURE}» "
            "with these libraries."
        )
    if growth:
        base_click, base_search, base_floor = growth[0][1], growth[0][2], growth[0][3]
        print(
            "\n| pathways | click median | ratio (goal ≤ 1.1×) | search p95 | ratio (goal ≤ 1.5×) "
            "| ranked MATCH alone, p95 | ratio |"
        )
        print("|---|---|---|---|---|---|---|")
        for label, click, search, floor in growth:
            print(
                f"| {label} | {click:.1f} ms | {click / base_click:.2f}× | {search:.1f} ms | "
                f"{search / base_search:.2f}× | {floor:.1f} ms | {floor / base_floor:.2f}× |"
            )
    if args.quick:
        bare_click = next(f.baseline for f in figures if f.name.startswith("open a section"))
        slowness = max(1.0, (bare_click or 0) / REFERENCE_BARE_CLICK_MS)
        over = [f for f in figures if f.judged > f.smoke_limit(slowness)]
        for f in over:
            limit = f.smoke_limit(slowness)
            print(f"FAILED: «{f.name}» is past {limit:.1f}.", file=sys.stderr)
        return 1 if over else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
