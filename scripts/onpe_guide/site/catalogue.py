"""Every generated page with the function that writes it, and the navigation, in the site's order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Protocol, TypeVar

from onpe_guide.model import Guide
from onpe_guide.site.pages import actors, moments, provisions, verbs
from onpe_guide.site.pages.home import home
from onpe_guide.site.pages.kit import kit_page
from onpe_guide.site.pages.references import references_page
from onpe_guide.site.pages.status import translations_page
from onpe_guide.site.render import Ctx, PageFunction
from onpe_guide.urls import (
    ACTORS,
    HANDWRITTEN,
    HOME,
    KIT,
    MOMENTS,
    PROVISIONS,
    REFERENCES,
    ROLES,
    TRANSLATIONS,
    VERBS,
    index_of,
    page_of,
)


class Entity(Protocol):
    @property
    def id(self) -> str: ...


E = TypeVar("E", bound=Entity)


def site_pages(g: Guide) -> list[tuple[str, PageFunction]]:
    """Every generated page: its docs-relative path and the function that writes it, in the
    order of `urls.generated_pages`, which the validator reads (a test checks they agree)."""
    pages = [
        (HOME, home),
        (index_of(VERBS), verbs.verbs_overview),
        *each(VERBS, g.verbs, verbs.verb_page),
        (index_of(MOMENTS), moments.moments_overview),
        *each(MOMENTS, g.moments, moments.moment_page),
        (index_of(ACTORS), actors.actors_overview),
        *each(ACTORS, g.actors, actors.actor_page),
        (index_of(ROLES), actors.roles_overview),
        *each(ROLES, g.roles, actors.role_page),
        (index_of(PROVISIONS), provisions.provisions_overview),
        *each(PROVISIONS, g.provisions, provisions.provision_page),
        (REFERENCES, references_page),
        (KIT, kit_page),
        (TRANSLATIONS, translations_page),
    ]
    return pages


# Past this many entries, a section's navigation shows only its overview page, which lists them
# all: Material writes the whole navigation into every page, so listing every entry there would
# make each page grow with the data, and the build grow with its square.
NAV_LIMIT = 40


def navigation(g: Guide, lang: str) -> list[dict[str, object]]:
    """MkDocs `nav` for one language: section titles from interface.yml, page titles from pages."""

    def ui(key: str) -> str:
        return g.strings[key][lang]

    def section(key: str, name: str, items: Sequence[Entity]) -> dict[str, object]:
        listed = items if len(items) <= NAV_LIMIT else ()
        return {ui(key): [index_of(name), *(page_of(name, i.id) for i in listed)]}

    return [
        {ui("nav_home"): HOME},
        section("nav_verbs", VERBS, g.verbs),
        section("nav_moments", MOMENTS, g.moments),
        section("nav_actors", ACTORS, g.actors),
        section("nav_provisions", PROVISIONS, g.provisions),
        {ui("nav_references"): REFERENCES},
        {ui("nav_kit"): KIT},
        {ui("nav_about"): [*HANDWRITTEN, TRANSLATIONS]},
    ]


def not_in_nav(g: Guide) -> list[str]:
    """Gitignore-style patterns (MkDocs `not_in_nav`): the entries of sections past `NAV_LIMIT`,
    and the role pages, folded into the actors' pages and the matrix (their addresses stay)."""
    sections = {VERBS: g.verbs, MOMENTS: g.moments, ACTORS: g.actors, PROVISIONS: g.provisions}
    big = [name for name, items in sections.items() if len(items) > NAV_LIMIT]
    return [f"/{ROLES}/", *(line for name in big for line in (f"/{name}/*.md", f"!/{name}/index.*md"))]


def each(section: str, items: Sequence[E], function: Callable[[E, Ctx], str]) -> list[tuple[str, PageFunction]]:
    """One page per entity, at `section/<id>.md`."""
    return [(page_of(section, item.id), partial(function, item)) for item in items]


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
