"""Build time, scaling and weight, against a plain Material + static-i18n site of the same size.

Prints one report and, with --readme, writes it into BENCHMARKS.md between the `bench:build`
markers. Budgets (BENCHMARKS.md): build ≤ 1.15× the plain site; an edit on the served page in ≤ 1 s
(bench/serve.py); first visit ≤ 0.65× its bytes; no page's HTML over 40 KB compressed. A
benchmark, not a test: it reports budgets, it does not time tests. `--parts` runs some parts only
(the report then holds those, and is not written into BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import copy
import gzip
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from bench.project import ENV, ROOT, project_copy
from bench.readme import publish
from bench.serve import report as edit_to_page
from bench.weight import first_visit_bytes

KINDS = {
    "home": "",
    "verb": "verbes/rehumaniser/",
    "moments": "moments/",
    "actors (matrix)": "acteurs/",
    "role": "roles/reperer/",
    "provision": "dispositifs/dispositifs-hors-les-murs/",
    "references": "references/",
}
PLAIN_CONFIG = """site_name: Plain
theme: {name: material}
plugins:
  - search
  - i18n:
      docs_structure: suffix
      languages:
        - {locale: fr, name: Français, default: true}
        - {locale: en, name: English}
        - {locale: es, name: Español}
"""
# Actors are not multiplied: each actor's page lists every actor sharing a role, and the matrix
# crosses actors with roles, so those pages grow with the square of the actors by design.
# A first visit loads no search (it loads on first use) and our files without comments: at most
# 0.65× the bytes of the plain site, which loads its search, index and lunr scripts at once.
FIRST_VISIT_BUDGET = 0.65
BUILD_BUDGET = 1.15  # this site's build, against the plain site's (issue 25)
PARTS = ("build", "serve", "weight", "pdf")
SCALE_LIMIT = 300.0  # seconds; a build past this is reported as stopped
SCALED = {"verbs.yml": "verbs", "moments.yml": "moments", "roles.yml": "roles", "provisions.yml": "provisions"}


def timed(command: list[str], cwd: Path, limit: float | None = None) -> float:
    """Seconds the command took; `inf` if it ran past `limit` (and was stopped)."""
    start = time.perf_counter()
    try:
        subprocess.run(command, cwd=cwd, env=ENV, check=True, capture_output=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return float("inf")
    return time.perf_counter() - start


def plain_site(into: Path) -> Path:
    """The same Markdown pages, built by Material + static-i18n with no hook, no overrides."""
    (into / "docs").mkdir(parents=True)
    for page in (ROOT / "docs").rglob("*.md"):
        target = into / "docs" / page.relative_to(ROOT / "docs")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.read_text("utf-8"), "utf-8")
    (into / "mkdocs.yml").write_text(PLAIN_CONFIG, "utf-8")
    return into


def mkdocs(project: Path, site: Path) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(site)]


def scale_data(project: Path, factor: int) -> None:
    """`factor` times as many entities, as copies with new ids (references keep pointing at originals)."""
    for name, key in SCALED.items():
        path = project / "data" / name
        head = path.read_text("utf-8").splitlines()[0]
        value = yaml.safe_load(path.read_text("utf-8"))
        originals = value[key]
        value[key] = originals + [
            {**copy.deepcopy(item), "id": f"{item['id']}-{n}"} for n in range(2, factor + 1) for item in originals
        ]
        path.write_text(head + "\n" + yaml.safe_dump(value, allow_unicode=True, sort_keys=False), "utf-8")
    for lang in ("en", "es"):  # the copies translate the current French, as the originals do
        command = [sys.executable, "-m", "onpe_guide", "translated", lang, "--all"]
        subprocess.run(command, cwd=project, env=ENV, check=True, capture_output=True)


def pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("index.html"))


def build_ratio(work: Path, pairs: int) -> tuple[float, float, float]:
    ours, plain = project_copy(work / "ours"), plain_site(work / "plain")
    subprocess.run(mkdocs(ours, work / "warm"), cwd=ours, env=ENV, check=True, capture_output=True)
    times: list[tuple[float, float]] = []
    for _ in range(pairs):  # in alternation, so that the machine's drift touches both alike
        times.append((timed(mkdocs(ours, work / "s1"), ours), timed(mkdocs(plain, work / "s2"), plain)))
    ours_median = statistics.median(t for t, _ in times)
    plain_median = statistics.median(p for _, p in times)
    return ours_median, plain_median, statistics.median(t / p for t, p in times)


def scaling(work: Path) -> list[tuple[int, int, float]]:
    rows = []
    for factor in (1, 10, 100):
        project = project_copy(work / f"x{factor}")
        scale_data(project, factor)
        seconds = timed(mkdocs(project, work / f"x{factor}-site"), project, limit=SCALE_LIMIT)
        expected = len(list((project / "docs").rglob("*.md"))) if seconds == float("inf") else 0
        rows.append((factor, pages(work / f"x{factor}-site") or expected, seconds))
    return rows


def report(work: Path, pairs: int) -> tuple[str, list[str]]:
    ours_s, plain_s, ratio = build_ratio(work, pairs)
    failures = [] if ratio <= BUILD_BUDGET else [f"build ratio {ratio:.2f} > {BUILD_BUDGET}"]
    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.platform(terse=True)}; {time.strftime('%Y-%m-%d')}.",
        "",
        f"**Build** (3 languages, no PDFs), median of {pairs} alternated pairs: this site {ours_s:.2f} s, "
        f"plain Material + static-i18n with the same pages {plain_s:.2f} s, "
        f"ratio **{ratio:.2f}** (budget ≤ {BUILD_BUDGET}).",
        "",
        "| data | pages (all languages) | build | per page |",
        "|---|---|---|---|",
    ]
    for factor, count, seconds in scaling(work):
        if seconds == float("inf"):
            lines.append(f"| ×{factor} | {count} pages to build | stopped after {SCALE_LIMIT:.0f} s | — |")
        else:
            lines.append(f"| ×{factor} | {count} | {seconds:.2f} s | {1000 * seconds / count:.1f} ms |")
    return "\n".join(lines), failures


def search_index_line(site: Path, lang: str) -> str:
    """One language's search index: its size, its lunr pipeline, and the lunr scripts its language
    loads (stemmer support and the language's stemmer and stop words; none for English)."""
    raw = (site / lang / "search" / "search_index.json").read_bytes()
    config = json.loads(raw)["config"]
    code = config["lang"][0]
    lunr = site / "assets" / "javascripts" / "lunr" / "min"
    scripts = [] if code == "en" else [lunr / "lunr.stemmer.support.min.js", lunr / f"lunr.{code}.min.js"]
    extra = sum(len(gzip.compress(path.read_bytes())) for path in scripts)
    loads = f"its language scripts {extra / 1024:.1f} KB gzip" if scripts else "its stemmer is built into lunr"
    return (
        f"Search index {lang or 'fr/'}: {len(raw) / 1024:.1f} KB, {len(gzip.compress(raw)) / 1024:.1f} KB gzip; "
        f"lunr {code}, pipeline {' + '.join(config['pipeline'])}; {loads}."
    )


def weight(work: Path) -> tuple[str, list[str]]:
    ours, plain = work / "s1", work / "s2"
    lines = ["", "| first visit (gzip) | this site | plain site | ratio |", "|---|---|---|---|"]
    failures, ratios = [], []
    for kind, url in KINDS.items():
        mine, theirs = first_visit_bytes(ours, url), first_visit_bytes(plain, url)
        ratios.append(mine / theirs)
        lines.append(f"| {kind} | {mine / 1024:.1f} KB | {theirs / 1024:.1f} KB | {mine / theirs:.2f} |")
    if max(ratios) > FIRST_VISIT_BUDGET:
        failures.append(f"first visit up to {max(ratios):.2f}× the plain site's > {FIRST_VISIT_BUDGET}")
    biggest = max((len(gzip.compress(p.read_bytes())), p) for p in ours.rglob("*.html"))
    lines += [
        "",
        f"Largest page HTML: {biggest[0] / 1024:.1f} KB gzip ({biggest[1].relative_to(ours)}; budget ≤ 40 KB).",
    ]
    if biggest[0] > 40 * 1024:
        failures.append("a page's HTML is over 40 KB compressed")
    lines += [search_index_line(ours, lang) for lang in ("", "en/", "es/")]
    merged = (plain / "search" / "search_index.json").read_bytes()
    lines.append(f"Plain site's single index (all languages): {len(gzip.compress(merged)) / 1024:.1f} KB gzip.")
    return "\n".join(lines), failures


def pdf_time(work: Path) -> str:
    """Every PDF (`onpe-guide pdf`), on two processes when the machine has two cores (print/pdf.py)."""
    seconds = timed([sys.executable, "-m", "onpe_guide", "pdf", "--out", str(work / "fiches")], ROOT)
    count = sum(1 for _ in (work / "fiches").rglob("*.pdf"))
    processes = "two processes" if (os.cpu_count() or 1) >= 2 else "one process"
    return (
        f"\n**PDFs**: {count} sheets, booklets and decks of slides in {seconds:.1f} s, "
        f"{seconds / count:.2f} s per document ({processes})."
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=5, help="alternated build pairs (default 5)")
    parser.add_argument("--readme", action="store_true", help="write the report into BENCHMARKS.md")
    parser.add_argument("--parts", default=",".join(PARTS), help=f"some of {','.join(PARTS)} (default: all)")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    if parts - set(PARTS) or ("weight" in parts and "build" not in parts):
        parser.error(f"--parts: some of {', '.join(PARTS)} (weight measures the build part's sites)")
    subprocess.run([sys.executable, "-m", "onpe_guide", "generate"], cwd=ROOT, env=ENV, check=True, capture_output=True)
    texts: list[str] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        runs: dict[str, Callable[[], tuple[str, list[str]]]] = {
            "build": lambda: report(work, args.pairs),
            "serve": lambda: edit_to_page(work),
            "weight": lambda: weight(work),
            "pdf": lambda: (pdf_time(work), []),
        }
        for part, run in runs.items():
            if part in parts:
                text, failed = run()
                texts.append(text if part != "serve" else f"\n{text}")
                failures += failed
    return publish("build", "\n".join(texts), "Budgets", failures, args.readme and parts == set(PARTS))


if __name__ == "__main__":
    sys.exit(main())
