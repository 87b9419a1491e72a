"""Every address: where each page lives in docs/ (and so on the site), each language's root,
the file that holds a page's text, and the sheets (handouts) there are. Stages after `data`
read these; none of them is computed twice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from onpe_guide.model import Guide, Text

VERBS, MOMENTS, ACTORS, ROLES, PROVISIONS = "verbes", "moments", "acteurs", "roles", "dispositifs"
SECTIONS = (VERBS, MOMENTS, ACTORS, ROLES, PROVISIONS)
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
SHEETS_FOLDER = "fiches"  # the PDFs, on the site: fiches/<lang>/<sheet id>.pdf
BOOKLET = "livret"  # the booklet's id and file name (livret.pdf)
BUNDLE = "guide-hors-ligne"  # the offline bundle's name (guide-hors-ligne.zip)
OPEN_DATA = "donnees/guide.json"  # the whole content as JSON, at a stable address
# The data file that holds each section's entries (edit links).
SECTION_FILES = {VERBS: "verbs", MOMENTS: "moments", ACTORS: "actors", ROLES: "roles", PROVISIONS: "provisions"}


def index_of(section: str) -> str:
    return f"{section}/index.md"


def page_of(section: str, entity_id: str) -> str:
    return f"{section}/{entity_id}.md"


def entity_pages(guide: Guide) -> dict[str, list[str]]:
    """Each section's entries, by id, in the guide's order."""
    return {
        VERBS: [v.id for v in guide.verbs],
        MOMENTS: [m.id for m in guide.moments],
        ACTORS: [a.id for a in guide.actors],
        ROLES: [r.id for r in guide.roles],
        PROVISIONS: [p.id for p in guide.provisions],
    }


def generated_pages(guide: Guide) -> list[str]:
    """Every page made from data/, docs-relative, in the site's order."""
    sections = [
        path
        for section, ids in entity_pages(guide).items()
        for path in (index_of(section), *(page_of(section, i) for i in ids))
    ]
    return [HOME, *sections, REFERENCES, KIT, TRANSLATIONS]


def known_pages(guide: Guide) -> list[str]:
    """Every page a text may link to, sorted."""
    return sorted({*generated_pages(guide), *HANDWRITTEN})


def language_root(guide: Guide, lang: str) -> str:
    """Where a language lives, from the site's root: "" for the default language, "en/" …"""
    return "" if lang == guide.default_language else f"{lang}/"


def page_address(page: str, directory_urls: bool = True) -> str:
    """Where MkDocs writes a docs page, from its language's root: `verbes/adapter.md` at
    `verbes/adapter/`, `verbes/index.md` at `verbes/`; in the offline bundle (no directory URLs,
    read from file://) at `verbes/adapter.html` and `verbes/index.html`."""
    stem = page.removesuffix(".md")
    if not directory_urls:
        return f"{stem}.html"
    return stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else f"{stem}/"


def page_url(guide: Guide, site_url: str, lang: str, path: str) -> str:
    """The absolute address of `path` (from a language's root, "verbes/adapter/") in `lang`."""
    return f"{site_url.rstrip('/')}/{language_root(guide, lang)}{path}"


def edit_path(guide: Guide, page: str, lang: str) -> str:
    """The file (and line) that holds a page's text: `data/verbs.yml#L14`, `docs/a-propos.en.md`."""
    if page in HANDWRITTEN:
        return f"docs/{page.removesuffix('.md')}.{lang}.md"
    if page == TRANSLATIONS and lang != guide.default_language:
        return f"data/translations/{lang}.yml"
    section, _, name = page.partition("/")
    own = {HOME: "guide", REFERENCES: "references", KIT: "interface", TRANSLATIONS: "interface"}
    kind = own.get(page) or SECTION_FILES.get(section, "guide")
    entity = name.removesuffix(".md")
    file, line = guide.locations.get(f"{kind}:{entity}", (f"data/{kind}.yml", 1))
    return f"{file}#L{line}" if line > 1 else file


SheetKind = Literal["verb", "moments", "actor", "provision", "matrix", "synthesis"]


@dataclass(frozen=True)
class SheetEntry:
    """One sheet (handout) there is, whatever its language: what the kit page lists and the
    print stage lays out. `section` and `title` are texts; `page_url` is from a language's root."""

    id: str
    kind: SheetKind
    section: Text
    title: Text
    page_url: str
    entity_id: str = ""
    pages: int = 1

    @property
    def file_name(self) -> str:
        return f"{self.id}.pdf"


def sheet_catalogue(guide: Guide) -> list[SheetEntry]:
    """Every sheet, in the site's order: one per verb, the moments, one per group of actors, one
    per kind of provision, who does what, and the two-page synthesis."""
    ui = guide.strings
    return [
        *(
            SheetEntry(f"verbe-{v.id}", "verb", ui["verbs_title"], v.label, f"{VERBS}/{v.id}/", v.id)
            for v in guide.verbs
        ),
        SheetEntry("temporalites", "moments", ui["moments_title"], ui["key_moments_title"], f"{MOMENTS}/"),
        *(
            SheetEntry(f"acteur-{a.id}", "actor", ui["actors_title"], a.label, f"{ACTORS}/{a.id}/", a.id)
            for a in guide.actors
        ),
        *(
            SheetEntry(
                f"dispositif-{p.id}", "provision", ui["provisions_title"], p.label, f"{PROVISIONS}/{p.id}/", p.id
            )
            for p in guide.provisions
        ),
        SheetEntry("qui-fait-quoi", "matrix", ui["actors_title"], ui["matrix_title"], f"{ACTORS}/#{MATRIX_ANCHOR}"),
        SheetEntry("synthese", "synthesis", guide.title, ui["synthesis_title"], "", pages=2),
    ]
