"""The site's navigation, in each language: section titles from interface.yml, pages by path."""

from __future__ import annotations

from onpe_guide.model import Guide
from onpe_guide.sections import SECTIONS, Section
from onpe_guide.urls import HANDWRITTEN, HOME, KIT_PAGES, REFERENCES, TRANSLATIONS

# Past this many entries, a section's navigation shows only its overview page, which lists them
# all: every page holds the whole navigation, so listing every entry there would make each page
# grow with the data, and the build grow with its square.
NAV_LIMIT = 40

NavItem = tuple[str, str | list[str]]  # a title, and its page or its pages


def listed(section: Section, guide: Guide) -> bool:
    """Whether a section's entries are listed in the navigation (else only its overview is)."""
    return not section.folded and len(section.entries(guide)) <= NAV_LIMIT


def navigation(g: Guide, lang: str) -> list[NavItem]:
    """The navigation for one language; folded sections (the roles) are not in it."""

    def ui(key: str) -> str:
        return g.strings[key][lang]

    sections: list[NavItem] = [
        (ui(s.nav_key), [s.index(), *(s.page(i) for i in (s.ids(g) if listed(s, g) else ()))])
        for s in SECTIONS
        if not s.folded
    ]
    return [
        (ui("nav_home"), HOME),
        *sections,
        (ui("nav_references"), REFERENCES),
        (ui("nav_kit"), list(KIT_PAGES)),
        (ui("nav_about"), [*HANDWRITTEN, TRANSLATIONS]),
    ]
