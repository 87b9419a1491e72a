"""Every generated page, and the navigation, in the site's order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from onpe_guide import pages_network as net
from onpe_guide.model import Guide
from onpe_guide.pages import home, moment_page, moments_overview, verb_page, verbs_overview
from onpe_guide.paths import (
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
    E,
    Entity,
    index_of,
    page_of,
)
from onpe_guide.render import Ctx, PageFunction


def site_pages(g: Guide) -> list[tuple[str, PageFunction]]:
    """Every generated page: its docs-relative path and the function that writes it."""
    return [
        (HOME, home),
        (index_of(VERBS), verbs_overview),
        *each(VERBS, g.verbs, verb_page),
        (index_of(MOMENTS), moments_overview),
        *each(MOMENTS, g.moments, moment_page),
        (index_of(ACTORS), net.actors_overview),
        *each(ACTORS, g.actors, net.actor_page),
        (index_of(ROLES), net.roles_overview),
        *each(ROLES, g.roles, net.role_page),
        (index_of(PROVISIONS), net.provisions_overview),
        *each(PROVISIONS, g.provisions, net.provision_page),
        (REFERENCES, net.references_page),
    ]


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
        section("nav_roles", ROLES, g.roles),
        section("nav_provisions", PROVISIONS, g.provisions),
        {ui("nav_references"): REFERENCES},
        {ui("nav_kit"): KIT},
        {ui("nav_about"): [*HANDWRITTEN, TRANSLATIONS]},
    ]


def not_in_nav(g: Guide) -> list[str]:
    """Gitignore-style patterns (MkDocs `not_in_nav`) for the entries of sections past `NAV_LIMIT`."""
    sections = {VERBS: g.verbs, MOMENTS: g.moments, ACTORS: g.actors, ROLES: g.roles, PROVISIONS: g.provisions}
    big = [name for name, items in sections.items() if len(items) > NAV_LIMIT]
    return [line for name in big for line in (f"/{name}/*.md", f"!/{name}/index.*md")]


def each(section: str, items: Sequence[E], function: Callable[[E, Ctx], str]) -> list[tuple[str, PageFunction]]:
    """One page per entity, at `section/<id>.md`."""
    return [(page_of(section, item.id), partial(function, item)) for item in items]
