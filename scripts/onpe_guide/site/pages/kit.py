"""The trainer's kit page (« Kit du formateur »): first the synthesis, who does what and the
booklet; then the sheets by section; then the offline guide. Each says its kind, pages and size."""

from __future__ import annotations

from onpe_guide.outline.catalogue import SheetEntry, sheet_catalogue, sheet_title
from onpe_guide.site.downloads import file_facts
from onpe_guide.site.render import Ctx, bullets
from onpe_guide.urls import BOOKLET, BUNDLE

FIRST = ("synthesis", "matrix")  # the sheets a trainer starts with, before the booklet


def kit_page(c: Ctx) -> str:
    catalogue = sheet_catalogue(c.guide)
    parts = [f"# {c.ui('kit_title')}", c.ui("kit_intro")]
    if not (c.sheets or {}).get(c.lang):
        parts.append(f'!!! note ""\n\n    {c.ui("handouts_not_built")}')
    first = [sheet_line(c, e) for kind in FIRST for e in catalogue if e.kind == kind]
    first.append(booklet_line(c))
    parts += [f"## {c.ui('kit_first')}", bullets(line for line in first if line)]
    parts.append(f"## {c.ui('kit_handouts')}")
    for section, entries in by_section([e for e in catalogue if e.kind not in FIRST]):
        parts += [f"### {c.t(section.section)}", bullets(sheet_line(c, e) for e in entries)]
    if c.sheet(BUNDLE):
        parts += [f"## {c.ui('kit_offline')}", c.ui("offline_intro"), c.download(BUNDLE, "download_offline")]
    return "\n\n".join(p for p in parts if p)


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


def sheet_line(c: Ctx, entry: SheetEntry) -> str:
    """« Sécuriser — PDF, 1 page A4, 16 Ko », linked when built; the pages it takes otherwise."""
    title = sheet_title(entry, c)
    sheet = c.sheet(entry.id)
    if sheet is None:
        return f"{title} ({c.ui('pages_count', count=entry.pages)})"
    link = f'<a href="{c.sheet_href(sheet)}" type="{sheet.media_type}">{title}</a>'
    return f"{link} — {file_facts(c.ui, sheet)}"


def booklet_line(c: Ctx) -> str:
    sheet = c.sheet(BOOKLET)
    if sheet is None:
        return ""
    link = f'<a href="{c.sheet_href(sheet)}" type="{sheet.media_type}">{c.ui("kit_booklet")}</a>'
    return f"{link} — {file_facts(c.ui, sheet)}"
