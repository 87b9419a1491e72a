"""Building: the site (MkDocs, strict, into a fresh folder), the PDFs, the offline bundle.

`BuildOptions` is how a build is asked for: the CLI makes one, passes it to MkDocs as one
environment variable, and the hook reads it back (`BuildOptions.from_environment`), the only
place an option is read from the environment.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from onpe_guide.bundle import write_zip, zip_files
from onpe_guide.data.load import load_guide
from onpe_guide.edition import Edition, edition
from onpe_guide.outline.catalogue import sheet_catalogue
from onpe_guide.urls import BUNDLE, SHEETS_FOLDER, SHEETS_ZIP

ENVIRONMENT = "GUIDE_BUILD"  # the variable that carries the options to the MkDocs hook, as JSON


@dataclass(frozen=True)
class BuildOptions:
    """How the site is built."""

    sheets_dir: str = ""  # the folder of built PDFs (with their manifest), which pages then link to
    offline: bool = False  # the bundle opened from file://: pages as .html, search indexes as scripts
    release: bool = False  # a text still marked « À TRADUIRE » (shown in French) fails the build
    repo_url: str = ""  # the repository's web address: pages link to the file that holds their text

    def to_environment(self) -> dict[str, str]:
        return {ENVIRONMENT: json.dumps(asdict(self), sort_keys=True)}

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> BuildOptions:
        """The options the CLI passed; under plain `mkdocs serve`, the defaults. The repository's
        address comes from REPO_URL (GitHub Actions sets it) unless the options name one."""
        options = cls(**json.loads(environ[ENVIRONMENT])) if environ.get(ENVIRONMENT) else cls()
        if not options.repo_url and environ.get("REPO_URL"):
            return replace(options, repo_url=environ["REPO_URL"])
        return options

    @property
    def sheets(self) -> Path | None:
        return Path(self.sheets_dir) if self.sheets_dir else None

    @property
    def directory_urls(self) -> bool:
        """Pages at `verbes/adapter/` online; at `verbes/adapter.html` in the offline bundle."""
        return not self.offline


def _environment(ed: Edition, options: BuildOptions) -> dict[str, str]:
    """Dates in the sitemap come from the commit, not the clock: two builds of one commit are identical."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", str(ed.timestamp))
    return {"SOURCE_DATE_EPOCH": epoch, "NO_MKDOCS_2_WARNING": "1", **options.to_environment()}


def mkdocs_build(root: Path, site: Path, env: dict[str, str]) -> bool:
    config = str(root / "mkdocs.yml")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", config, "-d", str(site)]
    return subprocess.run(command, cwd=root, env={**os.environ, **env}, check=False).returncode == 0


def build_bundle(root: Path, sheets: Path, zip_path: Path, options: BuildOptions) -> bool:
    """Build the offline site into `zip_path` (see bundle.py); False, and nothing written, if MkDocs fails."""
    ed = edition(root)
    staging = Path(tempfile.mkdtemp(prefix="onpe-offline-"))  # never inside `sheets`: it is copied in
    offline = replace(options, offline=True, sheets_dir=str(sheets))
    if not mkdocs_build(root, staging / BUNDLE, _environment(ed, offline)):
        shutil.rmtree(staging, ignore_errors=True)
        return False
    # The sheets and their zips; never the bundle itself (it is being made).
    shutil.copytree(
        sheets, staging / BUNDLE / SHEETS_FOLDER, ignore=shutil.ignore_patterns("manifest.json", f"{BUNDLE}.zip")
    )
    write_zip(staging, zip_path, ed.timestamp)
    shutil.rmtree(staging)
    return True


def build_sheets(root: Path, out: Path, site_url: str) -> int:
    """Every sheet and booklet as PDF into `out/<lang>/`, and each language's sheets in one zip;
    returns how many PDFs."""
    from onpe_guide.print.pdf import build_pdfs  # noqa: PLC0415 (WeasyPrint takes 0.4 s to import)

    shutil.rmtree(out, ignore_errors=True)
    guide, ed = load_guide(root / "data"), edition(root)
    manifest = build_pdfs(guide, out, site_url, ed)
    count = sum(len(files) for files in manifest.values())
    _zip_sheets(out, {entry.id for entry in sheet_catalogue(guide)}, ed.timestamp)
    return count


def _zip_sheets(sheets: Path, ids: set[str], timestamp: int) -> None:
    """Each language's A4 sheets in one zip (`toutes-les-fiches.zip`, listed beside them), for a
    trainer who prints them all; named in the zip as on the site."""
    path = sheets / "manifest.json"
    entries = json.loads(path.read_text("utf-8"))
    for lang, items in entries.items():
        files = [(e["file"], sheets / lang / e["file"]) for e in items if e["id"] in ids]
        zip_files(files, sheets / lang / f"{SHEETS_ZIP}.zip", timestamp)
        items.append({"id": SHEETS_ZIP, "file": f"{SHEETS_ZIP}.zip", "pages": 0})
    path.write_text(json.dumps(entries, ensure_ascii=False, indent=1), "utf-8")


def _list_bundle(sheets: Path) -> None:
    """List the offline bundle beside each language's sheets, so that the kit page links to it."""
    manifest = sheets / "manifest.json"
    entries = json.loads(manifest.read_text("utf-8"))
    for items in entries.values():
        items.append({"id": BUNDLE, "file": f"../{BUNDLE}.zip", "pages": 0})
    manifest.write_text(json.dumps(entries, ensure_ascii=False, indent=1), "utf-8")


def build_offline(root: Path, out: Path, site_url: str) -> bool:
    """The sheets, then the bundle, into `out` (a .zip)."""
    sheets = out.with_name(f".{out.stem}-fiches")
    build_sheets(root, sheets, site_url)
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = build_bundle(root, sheets, out, BuildOptions())
    shutil.rmtree(sheets, ignore_errors=True)
    return ok


def build_site(root: Path, target: Path, site_url: str, with_pdf: bool, options: BuildOptions) -> bool:
    """Build into a fresh folder; the previous site is replaced only when the build succeeded.
    With PDFs, the sheets and the offline bundle are built first, and the pages link to them."""
    staging, sheets = target.with_name(f".{target.name}-build"), target.with_name(f".{target.name}-fiches")
    for folder in (staging, sheets):
        shutil.rmtree(folder, ignore_errors=True)
    ed = edition(root)
    ok = True
    if with_pdf:
        build_sheets(root, sheets, site_url)
        ok = build_bundle(root, sheets, sheets / f"{BUNDLE}.zip", options)
        _list_bundle(sheets)
        options = replace(options, sheets_dir=str(sheets))
    if not (ok and mkdocs_build(root, staging, _environment(ed, options))):
        for folder in (staging, sheets):
            shutil.rmtree(folder, ignore_errors=True)
        print(f"build failed: {target.name}/ left as it was", file=sys.stderr)
        return False
    if with_pdf:
        shutil.copytree(sheets, staging / SHEETS_FOLDER, ignore=shutil.ignore_patterns("manifest.json"))
        shutil.rmtree(sheets)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return True
