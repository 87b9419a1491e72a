"""What is written after MkDocs has built every language: one search index per language (Material's
format), the content as open data with the data files' schemas (the site stage's), our search
worker pointed at Material's; and Material's markup made valid HTML, page by page (`valid_html`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from onpe_guide.edition import edition
from onpe_guide.engine.search import split_search_index
from onpe_guide.model import Guide
from onpe_guide.site.assets import strip_own_assets
from onpe_guide.site.opendata import write_open_data
from onpe_guide.urls import language_root

Indexes = Callable[[dict[str, dict[str, Any]]], dict[str, dict[str, Any]]]  # each language's search index, made final
WORKER = "assets/javascripts/workers/guide-search.js"  # ours: it loads Material's, named at build time


def finish_site(guide: Guide, site: Path, root: Path, *, offline: bool, search: Indexes | None = None) -> None:
    """Complete the built `site` of the project at `root`: search per language, open data and
    schemas (dated by the commit), the search worker, our stylesheet and scripts without comments.
    `search` makes the indexes that a build wrote (of the pages it rendered) the site's (see
    `engine.rebuild`)."""
    ed = edition(root)
    write_search_indexes(guide, site, offline, search)
    write_open_data(guide, site, root / "data" / "schemas", ed.version, ed.date)
    point_worker_at_material(site)
    strip_own_assets(site)


def write_search_indexes(guide: Guide, site: Path, offline: bool, search: Indexes | None = None) -> None:
    """static-i18n leaves one index for every language: each language gets its own, under its root."""
    merged = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    indexes = split_search_index(merged, [lang.code for lang in guide.languages])
    for lang, index in (search(indexes) if search else indexes).items():
        target = site / language_root(guide, lang) / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
        target.write_text(text, "utf-8")
        if offline:  # from file://, Material loads the index as a script
            target.with_suffix(".js").write_text(f"var __index = {text};\n", "utf-8")


def point_worker_at_material(site: Path) -> None:
    """Material's worker has a hashed name; ours imports it by that name."""
    ours = site / WORKER
    material = next(ours.parent.glob("search.*.min.js")).name
    ours.write_text(ours.read_text("utf-8").replace("__MATERIAL_WORKER__", material), "utf-8")


# Material writes autocomplete="off" on its two checkbox toggles (drawer, search), which HTML allows
# on text-like inputs only: the W3C Nu checker's only errors on the site (RGAA 8.2) once the table
# of contents' label is fixed (overrides/partials/toc.html).
CHECKBOX_AUTOCOMPLETE = ('id="__drawer" autocomplete="off"', 'id="__search" autocomplete="off"')
# Material writes the table of contents' toggle beside the current page in the navigation
# (partials/nav-item.html) on every page, and its label only when the page has a table of contents:
# on a page without one, a checkbox with no name and no use (HTML_CodeSniffer, WCAG F68 and H91).
TOC_TOGGLE = '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">'


def valid_html(text: str) -> str:
    """A page's HTML as MkDocs is to write it, without the attribute HTML does not allow and the
    nameless toggle (the hook's on_post_page and on_post_template: each page once, in memory)."""
    fixed = text
    for attribute in CHECKBOX_AUTOCOMPLETE:
        fixed = fixed.replace(attribute, attribute.removesuffix(' autocomplete="off"'))
    if 'for="__toc"' not in fixed:
        fixed = fixed.replace(TOC_TOGGLE, "")
    return fixed
