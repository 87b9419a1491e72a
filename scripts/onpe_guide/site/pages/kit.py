"""The trainer's kit, organised around what a trainer does: prepare (the session plan, the words
to use), run (the slides, the exercises), hand out (the synthesis, who does what, the booklet,
every sheet by section and all of them in one zip), check (the answer key), and the guide offline.
Each download says its kind, pages and size (read from the files built)."""

from __future__ import annotations

from onpe_guide.outline.catalogue import SheetEntry, document_title, sheet_catalogue
from onpe_guide.site.downloads import file_facts
from onpe_guide.site.markdown import page
from onpe_guide.site.render import Ctx, bullets
from onpe_guide.urls import (
    ANSWERS_SHEET,
    BOOKLET,
    BUNDLE,
    EXERCISES,
    EXERCISES_SHEET,
    GLOSSARY,
    GLOSSARY_SHEET,
    MATRIX_SHEET,
    PLAN,
    PLAN_SHEET,
    SHEETS_ZIP,
    SLIDES,
    SYNTHESIS_SHEET,
    generated_pages,
)

FIRST = (SYNTHESIS_SHEET, MATRIX_SHEET)  # the sheets a trainer hands out first
KIT_DOCUMENTS = {PLAN_SHEET, GLOSSARY_SHEET, EXERCISES_SHEET, ANSWERS_SHEET, *FIRST}


def kit_page(c: Ctx) -> str:
    parts = [c.ui("kit_intro")]
    if not (c.sheets or {}).get(c.lang):
        parts.append(f'!!! note ""\n\n    {c.ui("sheets_not_built")}')
    pages = set(generated_pages(c.guide))
    catalogue = sheet_catalogue(c.guide)
    handed = [
        *(sheet_line(c, e) for first in FIRST for e in catalogue if e.id == first),
        *(document_line(c, d) for d in (BOOKLET, SHEETS_ZIP)),
    ]
    steps = [
        ("kit_prepare", [document_line(c, PLAN_SHEET, PLAN), document_line(c, GLOSSARY_SHEET, GLOSSARY)]),
        (
            "kit_run",
            [document_line(c, SLIDES), document_line(c, EXERCISES_SHEET, EXERCISES if EXERCISES in pages else "")],
        ),
        ("kit_hand_out", handed),
    ]
    for key, lines in steps:
        found = [line for line in lines if line]
        parts += [f"## {c.ui(key)}", bullets(found)] if found else []
    for section, entries in by_section([e for e in catalogue if e.id not in KIT_DOCUMENTS]):
        parts += [f"### {c.t(section.section)}", bullets(sheet_line(c, e) for e in entries)]
    if answers := document_line(c, ANSWERS_SHEET):
        parts += [f"## {c.ui('kit_check')}", bullets([answers])]
    if c.built(BUNDLE):
        parts += [f"## {c.ui('kit_offline')}", c.ui("offline_intro"), c.download(BUNDLE, "download_offline")]
    return page(c, c.ui("kit_title"), *parts)


def by_section(entries: list[SheetEntry]) -> list[tuple[SheetEntry, list[SheetEntry]]]:
    """The sheets grouped by their section (verbs, moments, actors, provision), in order; each
    group keyed by its first sheet, which carries the section's name."""
    groups: list[tuple[SheetEntry, list[SheetEntry]]] = []
    for entry in entries:
        if groups and groups[-1][0].section == entry.section:
            groups[-1][1].append(entry)
        else:
            groups.append((entry, [entry]))
    return groups


def document_line(c: Ctx, document: str, page_path: str = "") -> str:
    """« Déroulé de séance — PDF, 2 pages A4, 40 Ko »: the page (where it has one) and the file
    (when built); "" when neither exists."""
    title = document_title(document, c)
    sheet = c.built(document)
    if sheet is None:
        return c.link(page_path, title) if page_path else ""
    download = f'<a href="{c.file_href(sheet)}" type="{sheet.media_type}">{c.ui("kit_pdf") if page_path else title}</a>'
    head = f"{c.link(page_path, title)} — {download}" if page_path else download
    return f"{head} — {file_facts(c.ui, sheet)}"


def sheet_line(c: Ctx, entry: SheetEntry) -> str:
    """« Sécuriser — PDF, 1 page A4, 16 Ko », linked when built; the pages it takes otherwise."""
    return document_line(c, entry.id) or f"{document_title(entry.id, c)} ({c.ui('pages_count', count=entry.pages)})"
