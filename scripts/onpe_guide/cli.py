"""Command line: `onpe-guide check | generate | build`. Problems are printed, never tracebacks."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from onpe_guide.errors import DataError
from onpe_guide.load import load_guide
from onpe_guide.pdf import DEFAULT_SITE_URL, HandoutError, build_pdfs, edition
from onpe_guide.site import generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="onpe-guide", description=__doc__)
    parser.add_argument(
        "--root", type=Path, default=Path.cwd(), help="project folder holding data/ and docs/ (default: here)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate data/ and print every problem with its file and line")
    commands.add_parser("generate", help="validate data/ and write its pages into docs/")
    build = commands.add_parser("build", help="check, then build the site into site/, replacing it only on success")
    build.add_argument("--site-dir", type=Path, default=Path("site"), help="where the site goes (default: site)")
    build.add_argument("--pdf", action="store_true", help="with the handouts and booklets as PDFs, linked from pages")
    pdf = commands.add_parser("pdf", help="build the handouts and booklets as PDFs only")
    pdf.add_argument("--out", type=Path, default=Path("build/fiches"), help="where (default: build/fiches)")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    try:
        if args.command == "check":
            return check(root)
        if args.command == "generate":
            _, report = generate(root / "data", root / "docs")
            print(f"docs/: {report.written} pages written, {report.unchanged} unchanged, {report.removed} removed")
            return 0
        if args.command == "pdf":
            return build_handouts(root, root / args.out)
        return build_site(root, args.site_dir, with_pdf=args.pdf)
    except (DataError, HandoutError) as error:
        print(error.report() if isinstance(error, DataError) else str(error), file=sys.stderr)
        return 1


def check(root: Path) -> int:
    g = load_guide(root / "data")
    moments = sum(not m.is_hinge for m in g.moments)
    counts = (
        f"{len(g.verbs)} verbs, {moments} key moments, {len(g.actors)} actors, {len(g.roles)} roles, "
        f"{len(g.provisions)} kinds of provision, {len(g.references)} references"
    )
    print(f"data/ is valid: {counts}, in {', '.join(lang.code for lang in g.languages)}")
    return 0


def build_handouts(root: Path, out: Path) -> int:
    guide = load_guide(root / "data")
    shutil.rmtree(out, ignore_errors=True)
    manifest = build_pdfs(guide, out, os.environ.get("SITE_URL") or DEFAULT_SITE_URL, edition(root))
    print(f"{sum(len(files) for files in manifest.values())} PDFs in {out}")
    return 0


def build_site(root: Path, site_dir: Path, with_pdf: bool = False) -> int:
    """Build into a fresh folder; the previous site is replaced only when the build succeeded."""
    check(root)
    target = site_dir if site_dir.is_absolute() else root / site_dir
    staging, handouts = target.with_name(f".{target.name}-build"), target.with_name(f".{target.name}-fiches")
    for folder in (staging, handouts):
        shutil.rmtree(folder, ignore_errors=True)
    # Dates in the sitemap come from the commit, not the clock: two builds of one commit are identical.
    env = {"SOURCE_DATE_EPOCH": str(edition(root).timestamp), **os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if with_pdf:
        build_handouts(root, handouts)
        env["GUIDE_HANDOUTS"] = str(handouts)
    config = str(root / "mkdocs.yml")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", config, "-d", str(staging)]
    if subprocess.run(command, cwd=root, env=env, check=False).returncode != 0:
        for folder in (staging, handouts):
            shutil.rmtree(folder, ignore_errors=True)
        print(f"build failed: {target.name}/ left as it was", file=sys.stderr)
        return 1
    if with_pdf:
        shutil.copytree(handouts, staging / "fiches", ignore=shutil.ignore_patterns("manifest.json"))
        shutil.rmtree(handouts)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    print(f"site built in {target.relative_to(root) if target.is_relative_to(root) else target}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
