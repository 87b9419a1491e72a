"""The catalogue of sheets: every sheet there is, whatever its language, in the site's order. The
kit page lists it, pages link to its files, the print stage lays each entry out."""

from __future__ import annotations

from dataclasses import dataclass

from onpe_guide.model import Guide, Text
from onpe_guide.outline.actors import actor_name
from onpe_guide.outline.writer import Writer
from onpe_guide.sections import ACTORS, SECTIONS, SheetKind, sheet_id
from onpe_guide.urls import EXERCISES, MATRIX_ANCHOR, page_address

MATRIX, SYNTHESIS = "qui-fait-quoi", "synthese"
EXERCISES_SHEET, ANSWER_KEY = "exercices", "exercices-corrige"
# The pages the exercises take on A4, in every language (the build refuses a sheet that takes more).
EXERCISES_PAGES, ANSWER_KEY_PAGES = 4, 6


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
    then who does what, the two-page synthesis, and the exercises with their answer key."""
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
        SheetEntry(EXERCISES_SHEET, "exercises", guide.title, ui["exercises_title"], exercises, pages=EXERCISES_PAGES),
        SheetEntry(ANSWER_KEY, "answer-key", guide.title, ui["answer_key_title"], exercises, pages=ANSWER_KEY_PAGES),
    ]


def sheet_title(entry: SheetEntry, w: Writer) -> str:
    """A sheet's title as its band and the kit page show it: a group's name marked where the site
    reconstructed it."""
    if entry.kind == "actor":
        return actor_name(next(a for a in w.guide.actors if a.id == entry.entity_id), w)
    return w.t(entry.title)
