"""The guide's sections, each declared once: its folder on the site, the data file that holds its
entries, the entries themselves, its navigation title, its sheets, and whether its entries are
listed in the navigation. Page paths, the navigation, the validator's list of pages, reserved ids
and the sheet catalogue are all derived from this table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from onpe_guide.model import Guide, Text

SheetKind = Literal[
    "verb", "moments", "actor", "provision", "matrix", "synthesis", "plan", "glossary", "exercises", "answer-key"
]


class Entry(Protocol):
    """What every section entry has: an id, which names its page and its sheet, and a label."""

    @property
    def id(self) -> str: ...

    @property
    def label(self) -> Text: ...


@dataclass(frozen=True)
class Section:
    folder: str  # where its pages live: verbes/index.md, verbes/<id>.md
    data_file: str  # the file of data/ that holds its entries (edit links): verbs → data/verbs.yml
    data_key: str  # the list in that file: verbs.yml's `verbs`
    entries: Callable[[Guide], Sequence[Entry]]
    nav_key: str  # its title in the navigation (an interface string)
    title_key: str  # its title over its pages and sheets (an interface string)
    sheet_kind: SheetKind | None = None  # what its sheets are; None: it has none
    entry_sheet: str = ""  # one sheet per entry, `<entry_sheet>-<id>` (« verbe-adapter »); "": none
    overview_sheet: str = ""  # one sheet for the whole section (« temporalites »); "": none
    overview_sheet_title: str = ""  # that sheet's title (an interface string)
    folded: bool = False  # entries left out of the navigation (their addresses stay)

    def index(self) -> str:
        """The section's overview page, docs-relative."""
        return f"{self.folder}/index.md"

    def page(self, entry_id: str) -> str:
        """An entry's page, docs-relative."""
        return f"{self.folder}/{entry_id}.md"

    def ids(self, guide: Guide) -> list[str]:
        return [entry.id for entry in self.entries(guide)]


VERBS = Section("verbes", "verbs", "verbs", lambda g: g.verbs, "nav_verbs", "verbs_title", "verb", entry_sheet="verbe")
MOMENTS = Section(
    "moments",
    "moments",
    "moments",
    lambda g: g.moments,
    "nav_moments",
    "moments_title",
    "moments",
    overview_sheet="temporalites",
    overview_sheet_title="key_moments_title",
)
ACTORS = Section(
    "acteurs", "actors", "actors", lambda g: g.actors, "nav_actors", "actors_title", "actor", entry_sheet="acteur"
)
# The roles' pages are folded into the actors' pages and the matrix; their addresses stay.
ROLES = Section("roles", "roles", "roles", lambda g: g.roles, "nav_roles", "roles_title", folded=True)
PROVISIONS = Section(
    "dispositifs",
    "provisions",
    "provisions",
    lambda g: g.provisions,
    "nav_provisions",
    "provisions_title",
    "provision",
    entry_sheet="dispositif",
)
SECTIONS: tuple[Section, ...] = (VERBS, MOMENTS, ACTORS, ROLES, PROVISIONS)


def section_of(folder: str) -> Section | None:
    return next((s for s in SECTIONS if s.folder == folder), None)


def sheet_id(section: Section, entry_id: str) -> str:
    """The id (and file name, without `.pdf`) of an entry's sheet: « verbe-adapter »."""
    assert section.entry_sheet, f"the section {section.folder} has no sheet per entry"
    return f"{section.entry_sheet}-{entry_id}"


def section_pages(guide: Guide) -> list[str]:
    """Every section's overview and entries' pages, docs-relative, in the site's order."""
    return [path for s in SECTIONS for path in (s.index(), *(s.page(i) for i in s.ids(guide)))]
