"""Where each page lives in docs/ (and so on the site): one place for every address."""

from __future__ import annotations

from typing import Protocol, TypeVar

VERBS, MOMENTS, ACTORS, ROLES, PROVISIONS = "verbes", "moments", "acteurs", "roles", "dispositifs"
HOME, REFERENCES, KIT = "index.md", "references.md", "kit-du-formateur.md"
TRANSLATIONS = "traductions.md"  # the translation status, generated from data/translations/
# Written by hand, in docs/ (one file per language): the site's own pages, not the leaflet's.
ABOUT, ACCESSIBILITY, LEGAL, PRIVACY = (
    "a-propos.md",
    "accessibilite.md",
    "mentions-legales.md",
    "donnees-personnelles.md",
)
HANDWRITTEN = (ABOUT, ACCESSIBILITY, LEGAL, PRIVACY)
MATRIX_ANCHOR = "matrix"  # the who-does-what table on the actors' overview


class Entity(Protocol):
    @property
    def id(self) -> str: ...


E = TypeVar("E", bound=Entity)


def index_of(section: str) -> str:
    return f"{section}/index.md"


def page_of(section: str, entity_id: str) -> str:
    return f"{section}/{entity_id}.md"
