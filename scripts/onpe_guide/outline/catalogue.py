"""The catalogue of sheets: every sheet there is, whatever its language, in the site's order. The
kit page lists it, pages link to its files, the print stage lays each entry out."""

from __future__ import annotations

from dataclasses import dataclass

from onpe_guide.model import Guide, Text
from onpe_guide.outline.actors import actor_name
from onpe_guide.outline.writer import Writer
from onpe_guide.sections import ACTORS, SECTIONS, SheetKind, sheet_id
from onpe_guide.urls import (
    ANSWERS_SHEET,
    BOOKLET,
    EXERCISES,
    EXERCISES_SHEET,
    GLOSSARY,
    GLOSSARY_SHEET,
    MATRIX_ANCHOR,
    PLAN,
    PLAN_SHEET,
    SHEETS_ZIP,
    SLIDES,
    page_address,
)
from onpe_guide.urls import MATRIX_SHEET as MATRIX
from onpe_guide.urls import SYNTHESIS_SHEET as SYNTHESIS

# The pages the exercises take on A4, in every language (the build refuses a sheet that takes more).
EXERCISES_PAGES, ANSWERS_PAGES = 4, 6


@dataclass(frozen=True)
class SheetEntry:
    """One sheet: what the kit page lists and the print stage lays out. `section` and `title` are
    texts; `page_url` is the address of its page, from a language's root."""

    id: str
    kind: SheetKind
    section: Text
    title: Text
    page_url: str
    entity_id: str = ""
    pages: int = 1


def sheet_catalogue(guide: Guide) -> list[SheetEntry]:
    """Every sheet, in the site's order: each section's (one per entry, or one for the section),
    then who does what, the two-page synthesis, and the kit's: the session plan, the glossary, the
    exercises and their answer key."""
    ui = guide.strings
    exercises = page_address(EXERCISES)
    entries: list[SheetEntry] = []
    for section in SECTIONS:
        kind, title, folder = section.sheet_kind, ui[section.title_key], section.folder
        if kind and section.overview_sheet:
            overview = ui[section.overview_sheet_title]
            entries.append(SheetEntry(section.overview_sheet, kind, title, overview, f"{folder}/"))
        if kind and section.entry_sheet:
            entries += [
                SheetEntry(sheet_id(section, e.id), kind, title, e.label, f"{folder}/{e.id}/", e.id)
                for e in section.entries(guide)
            ]
    return [
        *entries,
        SheetEntry(MATRIX, "matrix", ui["actors_title"], ui["matrix_title"], f"{ACTORS.folder}/#{MATRIX_ANCHOR}"),
        SheetEntry(SYNTHESIS, "synthesis", guide.title, ui["synthesis_title"], "", pages=2),
        SheetEntry(PLAN_SHEET, "plan", ui["kit_title"], ui["plan_title"], page_address(PLAN), pages=2),
        SheetEntry(GLOSSARY_SHEET, "glossary", ui["kit_title"], ui["glossary_title"], page_address(GLOSSARY), pages=6),
        SheetEntry(
            EXERCISES_SHEET, "exercises", ui["kit_title"], ui["exercises_title"], exercises, pages=EXERCISES_PAGES
        ),
        SheetEntry(
            ANSWERS_SHEET, "answer-key", ui["kit_title"], ui["answer_key_title"], exercises, pages=ANSWERS_PAGES
        ),
    ]


# The kit's documents that are not in the catalogue of sheets, and the sheets a medium names by
# their interface string (the session plan names them all).
TITLES = {
    SLIDES: "kit_slides",
    BOOKLET: "kit_booklet",
    EXERCISES_SHEET: "kit_exercises",
    ANSWERS_SHEET: "kit_answers",
    SHEETS_ZIP: "kit_all_sheets",
}


def document_title(document: str, w: Writer) -> str:
    """A document of the kit (`urls.document_ids`) by its title: « Le diaporama », « Adapter »…"""
    if document in TITLES:
        return w.ui(TITLES[document])
    return sheet_title(next(e for e in sheet_catalogue(w.guide) if e.id == document), w)


def sheet_title(entry: SheetEntry, w: Writer) -> str:
    """A sheet's title as its band and the kit page show it: a group's name marked where the site
    reconstructed it."""
    if entry.kind == "actor":
        return actor_name(next(a for a in w.guide.actors if a.id == entry.entity_id), w)
    return w.t(entry.title)
