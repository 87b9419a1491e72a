"""Command line: `onpe-guide check | generate | build | translations | add-language …`.
Problems are printed, never tracebacks."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from onpe_guide.bundle import BUNDLE, build_bundle, mkdocs_build
from onpe_guide.edition import edition
from onpe_guide.errors import DataError, HandoutError
from onpe_guide.history import french_then
from onpe_guide.languages import LanguageError, add_language
from onpe_guide.load import load_guide
from onpe_guide.site import generate
from onpe_guide.translations import format_report, load_status, record_translations, translation_status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="onpe-guide", description=__doc__)
    parser.add_argument(
        "--root", type=Path, default=Path.cwd(), help="project folder holding data/ and docs/ (default: here)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate data/ and print every problem with its file and line")
    check.add_argument("--release", action="store_true", help="also refuse texts still marked « À TRADUIRE »")
    commands.add_parser("generate", help="validate data/ and write its pages into docs/")
    build = commands.add_parser("build", help="check, then build the site into site/, replacing it only on success")
    build.add_argument("--site-dir", type=Path, default=Path("site"), help="where the site goes (default: site)")
    build.add_argument("--pdf", action="store_true", help="with the handouts and booklets as PDFs, linked from pages")
    build.add_argument("--release", action="store_true", help="refuse texts still marked « À TRADUIRE »")
    offline = commands.add_parser("offline", help="build the offline bundle (a zip to open from file://)")
    offline.add_argument("--out", type=Path, default=Path(f"build/{BUNDLE}.zip"), help="where (default: build/)")
    pdf = commands.add_parser("pdf", help="build the handouts and booklets as PDFs only")
    pdf.add_argument("--out", type=Path, default=Path("build/fiches"), help="where (default: build/fiches)")
    commands.add_parser("translations", help="per language: texts up to date, outdated, to translate")
    done = commands.add_parser("translated", help="record that texts translate the current French")
    done.add_argument("lang", help="the language, such as en")
    done.add_argument("keys", nargs="*", help="text keys, as `translations` prints them")
    done.add_argument("--all", action="store_true", help="every translated text of the language (after a review)")
    add = commands.add_parser("add-language", help="add a language: every text marked « À TRADUIRE »")
    add.add_argument("code", help="its code, such as de")
    add.add_argument("name", help="its name, in that language, such as Deutsch")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    root: Path = args.root.resolve()
    commands: dict[str, Callable[[], int]] = {
        "check": lambda: check(root, args.release),
        "generate": lambda: generate_pages(root),
        "offline": lambda: build_offline(root, root / args.out),
        "pdf": lambda: build_handouts(root, root / args.out),
        "build": lambda: build_site(root, args.site_dir, with_pdf=args.pdf, release=args.release),
        "translations": lambda: report_translations(root),
        "translated": lambda: mark_translated(root, args.lang, args.keys, args.all),
        "add-language": lambda: new_language(root, args.code, args.name),
    }
    try:
        return commands[args.command]()
    except (DataError, HandoutError, LanguageError) as error:
        print(error.report() if isinstance(error, DataError) else str(error), file=sys.stderr)
        return 1


def generate_pages(root: Path) -> int:
    _, report = generate(root / "data", root / "docs")
    print(f"docs/: {report.written} pages written, {report.unchanged} unchanged, {report.removed} removed")
    return 0


def report_translations(root: Path) -> int:
    guide = load_guide(root / "data", docs_dir=root / "docs")
    status, _ = load_status(root / "data", tuple(lang.code for lang in guide.languages[1:]))

    def previous(lang: str, key: str) -> str | None:  # from git history, by the recorded hash
        digest = status[lang].get(key)
        return french_then(root, key, digest, guide.default_language) if digest else None

    print(format_report(translation_status(guide, status), previous))
    return 0


def mark_translated(root: Path, lang: str, keys: list[str], every: bool) -> int:
    if bool(keys) == every:
        raise LanguageError("name the text keys that were translated again, or --all (after reviewing them all)")
    try:
        guide = load_guide(root / "data", docs_dir=root / "docs")
        recorded = record_translations(root / "data", guide, lang, keys or None)
    except ValueError as error:
        raise LanguageError(str(error)) from None
    print(f"data/translations/{lang}.yml: {len(recorded)} text(s) recorded as translating the current French")
    return 0


def new_language(root: Path, code: str, name: str) -> int:
    changed = add_language(root, code, name)
    print("\n".join(f"{path}: {what}" for path, what in changed) or f"{code} is already configured: nothing to do")
    return 0


def check(root: Path, release: bool = False) -> int:
    g = load_guide(root / "data", release, root / "docs")
    moments = sum(not m.is_hinge for m in g.moments)
    counts = (
        f"{len(g.verbs)} verbs, {moments} key moments, {len(g.actors)} actors, {len(g.roles)} roles, "
        f"{len(g.provisions)} kinds of provision, {len(g.references)} references"
    )
    print(f"data/ is valid: {counts}, in {', '.join(lang.code for lang in g.languages)}")
    return 0


def add_bundle(handouts: Path) -> None:
    """List the offline bundle beside each language's handouts, so that the kit page links to it."""
    manifest = handouts / "manifest.json"
    entries = json.loads(manifest.read_text("utf-8"))
    for items in entries.values():
        items.append({"id": BUNDLE, "title": BUNDLE, "file": f"../{BUNDLE}.zip", "pages": 0})
    manifest.write_text(json.dumps(entries, ensure_ascii=False, indent=1), "utf-8")


def build_offline(root: Path, out: Path) -> int:
    """`make offline`: the handouts, then the bundle, into `out` (a .zip)."""
    check(root)
    handouts = out.with_name(f".{out.stem}-fiches")
    build_handouts(root, handouts)
    ed = edition(root)
    env = {"SOURCE_DATE_EPOCH": str(ed.timestamp), "NO_MKDOCS_2_WARNING": "1"}
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = build_bundle(root, handouts, out, env, ed.timestamp)
    shutil.rmtree(handouts, ignore_errors=True)
    print(f"offline bundle: {out}" if ok else "offline build failed", file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


def build_handouts(root: Path, out: Path) -> int:
    from onpe_guide.pdf import DEFAULT_SITE_URL, build_pdfs  # noqa: PLC0415 (WeasyPrint takes 0.4 s to import)

    guide = load_guide(root / "data")
    shutil.rmtree(out, ignore_errors=True)
    manifest = build_pdfs(guide, out, os.environ.get("SITE_URL") or DEFAULT_SITE_URL, edition(root))
    print(f"{sum(len(files) for files in manifest.values())} PDFs in {out}")
    return 0


def build_site(root: Path, site_dir: Path, with_pdf: bool = False, release: bool = False) -> int:
    """Build into a fresh folder; the previous site is replaced only when the build succeeded.
    With PDFs, the handouts and the offline bundle are built first, and the pages link to them."""
    check(root, release)
    target = site_dir if site_dir.is_absolute() else root / site_dir
    staging, handouts = target.with_name(f".{target.name}-build"), target.with_name(f".{target.name}-fiches")
    for folder in (staging, handouts):
        shutil.rmtree(folder, ignore_errors=True)
    # Dates in the sitemap come from the commit, not the clock: two builds of one commit are identical.
    ed = edition(root)
    env = {"SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", str(ed.timestamp)), "NO_MKDOCS_2_WARNING": "1"}
    if release:
        env["GUIDE_RELEASE"] = "1"
    ok = True
    if with_pdf:
        build_handouts(root, handouts)
        ok = build_bundle(root, handouts, handouts / f"{BUNDLE}.zip", env, ed.timestamp)
        add_bundle(handouts)
        env["GUIDE_HANDOUTS"] = str(handouts)
    if not (ok and mkdocs_build(root, staging, env)):
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
