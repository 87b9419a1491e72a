"""Command line: `onpe-guide check | generate | build | pdf | offline | translations | translated |
add-language`. Argument parsing and dispatch only; problems are printed, never tracebacks."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from onpe_guide.build import BuildOptions, build_offline, build_sheets, build_site
from onpe_guide.data.load import load_guide
from onpe_guide.data.tracking import load_records
from onpe_guide.data.values import language_tag_problem
from onpe_guide.engine.generate import check_project, generate
from onpe_guide.engine.mkdocs_yml import language_edits
from onpe_guide.errors import DataError, SheetError, printable
from onpe_guide.preview import serve
from onpe_guide.translations.add_language import LanguageError, add_language
from onpe_guide.translations.history import History
from onpe_guide.translations.record import record_translations
from onpe_guide.translations.report import format_report, outdated_summary, translation_status
from onpe_guide.urls import BUNDLE, SHEETS_FOLDER

DEFAULT_SITE_URL = "http://127.0.0.1:8000/"  # as in mkdocs.yml; a deployment sets SITE_URL


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
    build.add_argument("--pdf", action="store_true", help="with the sheets and booklets as PDFs, linked from pages")
    build.add_argument("--release", action="store_true", help="refuse texts still marked « À TRADUIRE »")
    offline = commands.add_parser("offline", help="build the offline bundle (a zip to open from file://)")
    offline.add_argument("--out", type=Path, default=Path(f"build/{BUNDLE}.zip"), help="where (default: build/)")
    pdf = commands.add_parser("pdf", help="build the sheets, booklets and slides as PDFs only")
    pdf.add_argument("--out", type=Path, default=Path("build/fiches"), help="where (default: build/fiches)")
    proofs = commands.add_parser("proofs", help="every sheet, every slide, the booklets' first pages as PNG")
    proofs.add_argument("--out", type=Path, default=Path("build/proofs"), help="where (default: build/proofs)")
    preview = commands.add_parser("preview", help="serve the built site as GitHub Pages does (404 pages included)")
    preview.add_argument("--site-dir", type=Path, default=Path("site"), help="the built site (default: site)")
    preview.add_argument("--port", type=int, default=8000, help="on http://127.0.0.1:<port>/ (default: 8000)")
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
    site_url = os.environ.get("SITE_URL") or DEFAULT_SITE_URL
    commands: dict[str, Callable[[], int]] = {
        "check": lambda: check(root, args.release),
        "generate": lambda: generate_pages(root),
        "offline": lambda: offline(root, root / args.out, site_url),
        "pdf": lambda: pdf(root, root / args.out, site_url),
        "proofs": lambda: proofs(root, root / args.out, site_url),
        "build": lambda: build(root, args.site_dir, site_url, args.pdf, args.release),
        "preview": lambda: preview_site(root / args.site_dir, args.port),
        "translations": lambda: report_translations(root),
        "translated": lambda: mark_translated(root, args.lang, args.keys, args.all),
        "add-language": lambda: new_language(root, args.code, args.name),
    }
    try:
        return commands[args.command]()
    except (DataError, SheetError, LanguageError) as error:
        report = error.report() if isinstance(error, DataError) else str(error)
        print("\n".join(printable(line) for line in report.splitlines()), file=sys.stderr)
        return 1


def check(root: Path, release: bool = False) -> int:
    g = check_project(root, release)
    moments = len(g.key_moments)
    counts = (
        f"{len(g.verbs)} verbs, {moments} key moments, {len(g.actors)} actors, {len(g.roles)} roles, "
        f"{len(g.provisions)} kinds of provision, {len(g.references)} references"
    )
    print(f"data/ is valid: {counts}, in {', '.join(lang.code for lang in g.languages)}")
    if summary := outdated_summary(translation_status(g, {})):
        print(summary)
    return 0


def generate_pages(root: Path) -> int:
    _, report = generate(root / "data", root / "docs")
    print(f"docs/: {report.written} pages written, {report.unchanged} unchanged, {report.removed} removed")
    return 0


def build(root: Path, site_dir: Path, site_url: str, with_pdf: bool, release: bool) -> int:
    target = site_dir if site_dir.is_absolute() else root / site_dir
    shown = target.relative_to(root) if target.is_relative_to(root) else target
    if not with_pdf and (target / SHEETS_FOLDER).is_dir():  # `make pdf`, then `make build`: the PDFs stay
        print(f"{shown}/ has PDFs (make pdf): they are built again with the site (delete {shown}/ to build it without)")
        with_pdf = True
    if with_pdf and not qr_address_ok(site_url, release):  # before the data: the quickest refusal
        return 1
    check(root, release)
    options = BuildOptions(release=release)  # the hook adds REPO_URL (BuildOptions.from_environment)
    if not build_site(root, target, site_url, with_pdf, options):
        return 1
    print(f"site built in {shown}/")
    if with_pdf:
        langs = sorted(p.name for p in (target / SHEETS_FOLDER).iterdir() if p.is_dir())
        folders = ", ".join(f"{shown}/{SHEETS_FOLDER}/{lang}/" for lang in langs)
        print(f"PDFs in {folders} (to browse them with the site: make preview)")
    return 0


def qr_address_ok(site_url: str, release: bool) -> bool:
    """The PDFs print the site's address and its QR code: one clear line when it is this computer's
    (fine for `make preview`, useless on paper); a release refuses it."""
    if urlsplit(site_url).hostname not in ("127.0.0.1", "localhost"):
        return True
    if release:
        print(f"error: the PDFs' QR codes would point to {site_url} (this computer); set SITE_URL", file=sys.stderr)
        return False
    print(f"warning: SITE_URL is not set: the PDFs' QR codes point to {site_url} (this computer only)", file=sys.stderr)
    return True


def pdf(root: Path, out: Path, site_url: str) -> int:
    qr_address_ok(site_url, release=False)
    print(f"{build_sheets(root, out, site_url)} PDFs in {out}")
    return 0


def proofs(root: Path, out: Path, site_url: str) -> int:
    """The PDFs into `out/pdf/`, then their PNGs and one contact sheet per language."""
    from onpe_guide.print.proofs import render_proofs  # noqa: PLC0415 (PDFium and Pillow: proofs only)

    build_sheets(root, out / "pdf", site_url)
    written = render_proofs(out / "pdf", out)
    count = sum(len(paths) for paths in written.values())
    print(
        f"{count} pages as PNG in {out}/<lang>/; contact sheets: {', '.join(f'{out}/{lang}.png' for lang in written)}"
    )
    return 0


def offline(root: Path, out: Path, site_url: str) -> int:
    check(root)
    ok = build_offline(root, out, site_url)
    print(f"offline bundle: {out}" if ok else "offline build failed", file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


def preview_site(site: Path, port: int, until: Callable[[], object] | None = None) -> int:
    """Serve `site` until interrupted (or until `until` returns, for a test)."""
    if not (site / "index.html").is_file():
        print(f"no site in {site}/ yet: run make pdf (or make build) first", file=sys.stderr)
        return 2
    with serve(site, port) as url:
        print(f"serving {site.name}/ on {url} as GitHub Pages would (Ctrl+C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            (until or threading.Event().wait)()
    return 0


def report_translations(root: Path) -> int:
    guide = load_guide(root / "data", docs_dir=root / "docs")
    records, _ = load_records(root / "data", tuple(lang.code for lang in guide.translated_languages))

    history = History(root)  # each commit and file read once for the whole report

    def previous(lang: str, key: str) -> str | None:  # from git history, by the recorded hash
        digest = records[lang].get(key)
        return history.french_then(key, digest, guide.default_language) if digest else None

    print(format_report(translation_status(guide, records), previous))
    return 0


def mark_translated(root: Path, lang: str, keys: list[str], every: bool) -> int:
    strange = [key for key in keys if not re.fullmatch(r"[a-z0-9_.-]+(/[a-z0-9_.-]+)*", key)]
    if language_tag_problem(lang) or strange:
        found = " ".join(f'"{printable(v)}"' for v in [lang, *strange])
        raise LanguageError(
            f'expected a language code and text keys such as "interface.yml/strings/nav_home", found {found}'
        )
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
    changed = add_language(root, code, name, language_edits(root))
    print("\n".join(f"{path}: {what}" for path, what in changed) or f"{code} is already configured: nothing to do")
    return 0


if __name__ == "__main__":
    sys.exit(main())
