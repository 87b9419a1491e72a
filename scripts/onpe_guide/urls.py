"""Every address: where each page lives in docs/ (and so on the site), each language's root, and
the file that holds a page's text. Stages after `data` read these; none of them is computed twice.
The sections' pages come from the table of sections (`sections.py`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from onpe_guide.model import Guide
from onpe_guide.sections import MOMENTS, PROVISIONS, SECTIONS, VERBS, section_of, section_pages

HOME, REFERENCES, KIT = "index.md", "references.md", "kit-du-formateur.md"
# The trainer's kit's own pages: the session plan, the exercises, the words to use.
PLAN, EXERCISES, GLOSSARY = "plan-de-seance.md", "exercices.md", "glossaire.md"
KIT_PAGES = (KIT, PLAN, EXERCISES, GLOSSARY)
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
SLIDES = "diaporama"  # the slides to project (diaporama.pdf)
# The sheets that are no section's: who does what, the synthesis, and the kit's.
MATRIX_SHEET, SYNTHESIS_SHEET = "qui-fait-quoi", "synthese"
PLAN_SHEET, GLOSSARY_SHEET, EXERCISES_SHEET, ANSWERS_SHEET = "plan-de-seance", "glossaire", "exercices", "corrige"
BUNDLE = "guide-hors-ligne"  # the offline bundle's name (guide-hors-ligne.zip)
SHEETS_ZIP = "toutes-les-fiches"  # every sheet of a language in one zip (fiches/<lang>/toutes-les-fiches.zip)
OPEN_DATA = "donnees/guide.json"  # the whole content as JSON, at a stable address
# Folders no entry may take as its id: the site's own, and the sections'.
SITE_FOLDERS = ("search", "assets", "stylesheets", "schemas", "donnees", SHEETS_FOLDER, *(s.folder for s in SECTIONS))


def generated_pages(guide: Guide) -> list[str]:
    """Every page made from data/, docs-relative, in the site's order."""
    return [HOME, *section_pages(guide), REFERENCES, *KIT_PAGES, TRANSLATIONS]


def document_ids(entries: Mapping[str, Sequence[str]]) -> list[str]:
    """Every document of the kit by its id (its file's name): the sections' sheets (`entries`: each
    section's entry ids, by its folder), the other sheets, the slides and the booklet."""
    sections = [
        *(s.overview_sheet for s in SECTIONS if s.overview_sheet),
        *(f"{s.entry_sheet}-{i}" for s in SECTIONS if s.entry_sheet for i in entries.get(s.folder, ())),
    ]
    fixed = (MATRIX_SHEET, SYNTHESIS_SHEET, PLAN_SHEET, GLOSSARY_SHEET, EXERCISES_SHEET, ANSWERS_SHEET)
    return [*sections, *fixed, SLIDES, BOOKLET]


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
    folder, _, name = page.partition("/")
    own = {HOME: "guide", REFERENCES: "references", KIT: "interface", TRANSLATIONS: "interface", PLAN: "session"}
    own |= {GLOSSARY: "terminology", EXERCISES: "interface"}
    section = section_of(folder)
    kind = own.get(page) or (section.data_file if section else "guide")
    entity = name.removesuffix(".md")
    file, line = guide.locations.get(f"{kind}:{entity}", (f"data/{kind}.yml", 1))
    return f"{file}#L{line}" if line > 1 else file


def sheet_files(guide: Guide) -> list[str]:
    """Every file of a language's folder of documents (fiches/<lang>/): each PDF of the kit, and
    the zip of every sheet; a hand-written page may link to them."""
    entries = {s.folder: [e.id for e in s.entries(guide)] for s in SECTIONS}
    return [*(f"{name}.pdf" for name in document_ids(entries)), f"{SHEETS_ZIP}.zip"]


# Texts that are no section entry's, by the start of their key: the page that shows them.
SHOWN_ON = {
    "guide.yml/title": HOME,
    "guide.yml/introduction": HOME,
    "guide.yml/attitude": MOMENTS.index(),
    "guide.yml/key_words": VERBS.index(),
    "moments.yml/path_note": MOMENTS.index(),
    "provisions.yml/": PROVISIONS.index(),
    "references.yml/": REFERENCES,
    "terminology.yml/": GLOSSARY,
}


def page_showing(key: str) -> str | None:
    """The page (docs-relative) that shows the text `key` (`verbs.yml/verbs/adapter/label` ->
    `verbes/adapter.md`, `docs/a-propos.md` -> `a-propos.md`); None for the interface's strings,
    which every page shows."""
    if key.startswith("docs/"):
        return key.removeprefix("docs/")
    file, _, rest = key.partition("/")
    data_key, _, entry = rest.partition("/")
    for section in SECTIONS:
        if file == f"{section.data_file}.yml" and data_key == section.data_key and entry:
            return section.page(entry.split("/", 1)[0])
    return next((page for start, page in SHOWN_ON.items() if key.startswith(start)), None)
