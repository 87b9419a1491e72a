"""Lighthouse, mobile and desktop, on the home page and one page of each kind, in every language.

The built site is served with gzip on 127.0.0.1; Lighthouse (npm, pinned in package.json) drives
the system Chromium. Prints a Markdown table and, with --readme, writes it into README.md
between the `bench:lighthouse` markers. A benchmark, not a test: it never fails on a score.
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
from bench.readme import write_section

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
FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update "
    "--disable-sync --no-first-run --disable-quic"
)


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


def table(rows: list[tuple[str, str, dict[str, object]]]) -> str:
    head = ["page", "mode", *CATEGORIES, *METRICS, "KB"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join([page, mode, *(str(row[k]) for k in head[2:])]) + " |" for page, mode, row in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--port", type=int, default=8123, help="where to serve it: the site_url it was built for")
    parser.add_argument("--readme", action="store_true", help="write the table into README.md")
    args = parser.parse_args()
    rows = []
    with serve_gzip(args.site, args.port) as base:
        for lang in LANGUAGES:
            prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
            for page in PAGES:
                for mode in ("mobile", "desktop"):
                    rows.append((f"/{prefix}{page}", mode, run(base + prefix + page, mode)))
                    print(table(rows[-1:]).splitlines()[-1], flush=True)
    scores = [int(str(row[c])) for _, _, row in rows for c in CATEGORIES]
    summary = (
        f"{len(rows)} runs; lowest score {min(scores)}; pages below 100: "
        f"{sum(any(int(str(r[c])) < 100 for c in CATEGORIES) for _, _, r in rows)}"
    )
    markdown = f"{summary}\n\n{table(rows)}"
    print(markdown)
    if args.readme:
        write_section("lighthouse", markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
