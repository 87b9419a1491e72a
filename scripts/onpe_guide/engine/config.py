"""The MkDocs configuration the hook sets for each language (`configure`): the navigation (in
MkDocs' `nav` shape, titles escaped), the pages kept out of it (`not_in_nav`), the site's name;
the check that static-i18n's languages are data's, and the one root 404.html static-i18n writes
once per language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pathspec
from markupsafe import Markup

from onpe_guide.engine.search import material_incremental_search_off
from onpe_guide.engine.templates import keep_compiled
from onpe_guide.engine.theme import site_identity
from onpe_guide.model import Guide
from onpe_guide.sections import SECTIONS
from onpe_guide.site.navigation import listed, navigation


def configure(config: Any, guide: Guide, lang: str, directory_urls: bool) -> None:
    """MkDocs' configuration (`MkDocsConfig`) for the build of `lang`."""
    config.use_directory_urls = directory_urls  # from file://, folders do not open index.html
    keep_compiled(config.theme)  # each language's (and each rebuild's) environment: templates compiled once
    material_incremental_search_off(config)  # make serve's rebuilds patch each language's index (engine.rebuild)
    config.nav = mkdocs_nav(guide, lang)
    config.not_in_nav = pathspec.gitignore.GitIgnoreSpec.from_lines(not_in_nav(guide))  # folded roles, long sections
    config.site_name, config.site_description = site_identity(guide, lang)  # escaped: Material prints them raw


def mkdocs_nav(g: Guide, lang: str) -> list[dict[str, Any]]:
    """MkDocs `nav` for one language, every section and page title escaped: Material prints them
    raw, and each page prints them all."""
    return [{Markup.escape(title): pages} for title, pages in navigation(g, lang)]


def not_in_nav(g: Guide) -> list[str]:
    """Gitignore-style patterns (MkDocs `not_in_nav`): the folded sections' pages (the roles,
    whose addresses stay), and the entries of sections too long to list (static-i18n's suffix
    layout: `index.fr.md`)."""
    folded = [f"/{s.folder}/" for s in SECTIONS if s.folded]
    long = [s.folder for s in SECTIONS if not s.folded and not listed(s, g)]
    return [*folded, *(line for name in long for line in (f"/{name}/*.md", f"!/{name}/index.*md"))]


def language_mismatch(guide: Guide, configured: list[str]) -> str | None:
    """static-i18n's languages (mkdocs.yml) must be data/interface.yml's, in its order."""
    expected = [lang.code for lang in guide.languages]
    if configured == expected:
        return None
    return f"mkdocs.yml: plugins.i18n.languages: expected {expected} as in data/interface.yml, found {configured}"


class NotFoundPage:
    """static-i18n builds each language in turn, and each writes the one root 404.html that GitHub
    Pages serves for every missing address: the default language's is kept there (it holds every
    language's explanation, shown without JavaScript); each other language's, its whole chrome in
    that language, is written to `<lang>/404.html`, which the root page loads in its place when the
    address names that language (overrides/assets/javascripts/not-found.js)."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}  # language -> its 404 page, as it last wrote it (`mkdocs serve` rebuilds)
        self.default = ""

    def keep(self, output: str, lang: str, default_language: bool) -> str:
        """What the root 404.html holds once `lang` has written its own: the default language's."""
        self.pages[lang] = output
        if default_language:
            self.default = lang
        return self.pages.get(self.default, output)

    def write_translations(self, site: Path) -> list[Path]:
        """Each other language's 404 page into `site/<lang>/404.html`."""
        written = []
        for lang, output in sorted(self.pages.items()):
            if lang != self.default:
                target = site / lang / "404.html"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(output, "utf-8")
                written.append(target)
        return written
