"""The MkDocs configuration the hook sets for each language: the navigation (in MkDocs' `nav`
shape, titles escaped), the pages kept out of it (`not_in_nav`), the check that static-i18n's
languages are data's, and the one root 404.html static-i18n writes once per language."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from onpe_guide.model import Guide
from onpe_guide.sections import SECTIONS
from onpe_guide.site.navigation import listed, navigation


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
    Pages serves for every missing address: the default language's (built first) is kept; it holds
    every language's explanation (overrides/404.html), and a script shows the reader's."""

    def __init__(self) -> None:
        self.default: str | None = None  # as the default language last wrote it (`mkdocs serve` rebuilds)

    def keep(self, output: str, default_language: bool) -> str:
        if default_language:
            self.default = output
        return self.default or output
