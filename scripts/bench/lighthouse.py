"""Lighthouse, mobile and desktop, on the home page and one page of each kind, in every language.

The built site is served with gzip on 127.0.0.1; Lighthouse (npm, pinned in package.json) drives
the system Chromium. Prints a Markdown table and, with --readme, writes it into BENCHMARKS.md
between the `bench:lighthouse` markers. A benchmark, not a test: it exits 1 when the budget
(performance 100, median of the mobile runs) is not met, and no test depends on it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.gzip_server import serve_gzip
from bench.readme import publish
from bench.weight import FLAGS as CHROMIUM_FLAGS

ROOT = Path(__file__).resolve().parents[2]
PAGES = [
    "",
    "verbes/rehumaniser/",
    "moments/",
    "moments/gerer-l-urgence/",
    "acteurs/",
    "acteurs/acteurs-de-sante/",
    "roles/reperer/",
    "dispositifs/dispositifs-hors-les-murs/",
    "references/",
    "a-propos/",
]
LANGUAGES = ["fr", "en", "es"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
METRICS = {
    "FCP": "first-contentful-paint",
    "LCP": "largest-contentful-paint",
    "TBT": "total-blocking-time",
    "CLS": "cumulative-layout-shift",
}
FLAGS = " ".join(["--headless", *CHROMIUM_FLAGS])  # the same Chromium as the weight bench


def run(url: str, mode: str) -> dict[str, object]:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        lighthouse = str(ROOT / "node_modules/.bin/lighthouse")
        command = [
            lighthouse,
            url,
            "--quiet",
            f"--chrome-flags={FLAGS}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--output=json",
            f"--output-path={out.name}",
        ]
        if mode == "desktop":
            command.append("--preset=desktop")
        env = {**os.environ, "CHROME_PATH": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")}
        subprocess.run(command, check=True, env=env, capture_output=True)
        report = json.loads(Path(out.name).read_text("utf-8"))
    audits = report["audits"]
    row: dict[str, object] = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    row.update({name: audits[key]["displayValue"] for name, key in METRICS.items()})
    row["KB"] = round(audits["total-byte-weight"]["numericValue"] / 1024, 1)
    return row


def median_run(url: str, mode: str, runs: int) -> dict[str, object]:
    """Lighthouse's own advice for its variance: several runs, the median one reported
    (by performance score); every run's performance score is kept beside it."""
    rows = sorted((run(url, mode) for _ in range(runs)), key=lambda r: int(str(r["performance"])))
    median = rows[len(rows) // 2]
    median["runs"] = ", ".join(str(r["performance"]) for r in rows)
    return median


def table(rows: list[tuple[str, str, dict[str, object]]]) -> str:
    head = ["page", "mode", *CATEGORIES, *METRICS, "KB", "runs"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join([page, mode, *(str(row[k]) for k in head[2:])]) + " |" for page, mode, row in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--port", type=int, default=8123, help="where to serve it: the site_url it was built for")
    parser.add_argument("--readme", action="store_true", help="write the table into BENCHMARKS.md")
    parser.add_argument("--mobile-runs", type=int, default=3, help="mobile runs per page, median kept (default 3)")
    args = parser.parse_args()
    rows = []
    with serve_gzip(args.site, args.port) as base:
        for lang in LANGUAGES:
            prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
            for page in PAGES:
                for mode in ("mobile", "desktop"):
                    runs = args.mobile_runs if mode == "mobile" else 1
                    rows.append((f"/{prefix}{page}", mode, median_run(base + prefix + page, mode, runs)))
                    print(table(rows[-1:]).splitlines()[-1], flush=True)
    scores = [int(str(row[c])) for _, _, row in rows for c in CATEGORIES]
    single = [int(score) for _, _, row in rows for score in str(row["runs"]).split(", ")]
    summary = (
        f"{len(single)} Lighthouse runs ({args.mobile_runs} per page on mobile, median kept; 1 on desktop); "
        f"lowest reported score {min(scores)}; pages below 100: "
        f"{sum(any(int(str(r[c])) < 100 for c in CATEGORIES) for _, _, r in rows)}; "
        f"single runs below 100 on performance: {sum(score < 100 for score in single)} of {len(single)}"
    )
    below = [f"{page} {mode}" for page, mode, row in rows if int(str(row["performance"])) < 100]
    return publish(
        "lighthouse", f"{summary}\n\n{table(rows)}", "Budget (performance 100 on every page)", below, args.readme
    )


if __name__ == "__main__":
    sys.exit(main())
