"""The core's entry points: everything the CLI, the tests and the MkDocs hook call."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from onpe_guide.kit import kit_page
from onpe_guide.load import load_guide
from onpe_guide.model import Guide
from onpe_guide.pages_status import translations_page
from onpe_guide.paths import KIT, TRANSLATIONS
from onpe_guide.render import RenderedPage, render_pages
from onpe_guide.sitemap import site_pages
from onpe_guide.writer import WriteReport, write_pages

Built = Mapping[str, Mapping[str, str]]  # lang -> handout id -> PDF file name


def render_guide(guide: Guide, handouts: Built | None = None, directory_urls: bool = True) -> list[RenderedPage]:
    """Every page in every language; with `handouts`, pages link to their PDFs."""
    pages = [*site_pages(guide), (KIT, kit_page), (TRANSLATIONS, translations_page)]
    return render_pages(guide, pages, handouts, directory_urls)


def built_handouts(handouts_dir: Path | None) -> Built | None:
    """What `onpe-guide pdf` wrote into `handouts_dir` (its manifest), or None."""
    manifest = handouts_dir / "manifest.json" if handouts_dir else None
    if manifest is None or not manifest.is_file():
        return None
    entries = json.loads(manifest.read_text("utf-8"))
    return {lang: {e["id"]: e["file"] for e in items} for lang, items in entries.items()}


def generate(
    data_dir: Path,
    docs_dir: Path,
    handouts_dir: Path | None = None,
    directory_urls: bool = True,
    release: bool = False,
) -> tuple[Guide, WriteReport]:
    """Load and check `data_dir`, then write its pages into `docs_dir` (raises `DataError`)."""
    guide = load_guide(data_dir, release, docs_dir)
    return guide, write_pages(render_guide(guide, built_handouts(handouts_dir), directory_urls), docs_dir)
