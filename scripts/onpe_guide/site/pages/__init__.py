"""What each page of the site says: one function per page, taking a `Ctx`, returning Markdown;
`site_pages` lists them all, in the site's order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TypeVar

from onpe_guide.model import Guide
from onpe_guide.sections import ACTORS, MOMENTS, PROVISIONS, ROLES, VERBS, Entry, Section
from onpe_guide.site.pages import actors, moments, provisions, verbs
from onpe_guide.site.pages.exercises import exercises_page
from onpe_guide.site.pages.home import home
from onpe_guide.site.pages.kit import kit_page
from onpe_guide.site.pages.references import references_page
from onpe_guide.site.pages.training import glossary_page, plan_page
from onpe_guide.site.pages.translations import translations_page
from onpe_guide.site.render import Ctx, PageFunction
from onpe_guide.urls import EXERCISES, GLOSSARY, HOME, KIT, PLAN, REFERENCES, TRANSLATIONS

E = TypeVar("E", bound=Entry)


def site_pages(g: Guide) -> list[tuple[str, PageFunction]]:
    """Every generated page: its docs-relative path and the function that writes it, in the
    order of `urls.generated_pages`, which the validator reads (a test checks they agree)."""
    return [
        (HOME, home),
        *section(VERBS, verbs.verbs_overview, g.verbs, verbs.verb_page),
        *section(MOMENTS, moments.moments_overview, g.moments, moments.moment_page),
        *section(ACTORS, actors.actors_overview, g.actors, actors.actor_page),
        *section(ROLES, actors.roles_overview, g.roles, actors.role_page),
        *section(PROVISIONS, provisions.provisions_overview, g.provisions, provisions.provision_page),
        (REFERENCES, references_page),
        (KIT, kit_page),
        (PLAN, plan_page),
        (EXERCISES, exercises_page),
        (GLOSSARY, glossary_page),
        (TRANSLATIONS, translations_page),
    ]


def section(
    s: Section, overview: PageFunction, entries: Sequence[E], page: Callable[[E, Ctx], str]
) -> list[tuple[str, PageFunction]]:
    """A section's overview, then one page per entry, at `<folder>/<id>.md`."""
    return [(s.index(), overview), *((s.page(e.id), partial(page, e)) for e in entries)]
