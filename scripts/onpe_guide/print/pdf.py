"""Lay the sheets and the booklet out on A4 with WeasyPrint, checking that each fits its pages,
and the slides on 16:9 (deck.py).

WeasyPrint, not Chromium: it implements CSS paged media (running footers, `target-counter` for the
booklet's page numbers, named landscape pages), needs no browser, and reports how many pages a
document takes before writing it, so a sheet that overflows is refused by name.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from onpe_guide.edition import Edition
from onpe_guide.errors import FontError, SheetError
from onpe_guide.model import Guide
from onpe_guide.print.booklet import booklet_lead, booklet_parts
from onpe_guide.print.colophon import colophon
from onpe_guide.print.deck import lay_out_deck
from onpe_guide.print.fonts import font_problem
from onpe_guide.print.sheets import Sheet, all_sheets, inline
from onpe_guide.print.weasy import render, write
from onpe_guide.urls import BOOKLET, SLIDES, page_url

SHORTEN = "shorten its text in data/ or split it"


def lay_out_sheet(guide: Guide, sheet: Sheet, site_url: str, ed: Edition) -> Any:
    """A sheet with lines for notes where its text leaves room; a text that fills the page has
    none (the notes' room is kept whole, so it moves to a second page when it does not fit, and
    the sheet is laid out again without it)."""
    meta = colophon(guide, sheet.lang, page_url(guide, site_url, sheet.lang, sheet.page_url), ed)
    document = render("sheet.html", h=sheet, meta=meta, notes=sheet.notes)
    if sheet.notes and (len(document.pages) > sheet.pages or not foot_clear(document, "notes-end")):
        document = render("sheet.html", h=sheet, meta=meta, notes=False)
    if room := foot_room(document):  # several pages: the foot moved down to the last page's foot
        moved = render("sheet.html", h=sheet, meta=meta, notes=False, foot_room=room)
        document = moved if len(moved.pages) == len(document.pages) else document
    return document


def foot_room(document: Any) -> int:
    """On a sheet of several pages, whose foot follows its text: the room left under the foot on
    the last page, in CSS pixels (a pixel short, so that it never spills onto another page)."""
    anchors = document.pages[-1].anchors
    if "foot" not in anchors or "page-bottom" not in anchors:
        return 0
    return max(0, int(anchors["page-bottom"][1] - anchors["foot"][3]) - 1)


def foot_clear(document: Any, end: str = "text-end") -> bool:
    """Whether the foot (fixed at the bottom of a one-page sheet, growing upwards with its text)
    starts below the end of the text: anchors are where WeasyPrint placed the elements."""
    anchors = document.pages[0].anchors
    return "foot" not in anchors or end not in anchors or anchors["foot"][1] >= anchors[end][1]


def build_pdfs(guide: Guide, out_dir: Path, site_url: str, ed: Edition) -> dict[str, list[dict[str, Any]]]:
    """Every sheet, booklet and deck of slides into `out_dir/<lang>/`; raises `SheetError`, naming
    every sheet and slide that overflows, if any does, and `FontError`, before laying any out, if a
    face of the sheets' typeface is missing."""
    if missing := font_problem():
        raise FontError(missing)
    problems: list[str] = []
    manifest: dict[str, list[dict[str, Any]]] = {lang.code: [] for lang in guide.languages}
    for sheet in all_sheets(guide):
        document = lay_out_sheet(guide, sheet, site_url, ed)
        if len(document.pages) > sheet.pages:  # shorter is fine (a tiny test tree); spilling over is not
            problems.append(_overflow(sheet, len(document.pages)))
            continue
        if sheet.pages == 1 and not foot_clear(document):
            problems.append(
                f'sheet "{sheet.id}" ({sheet.lang}): its foot (the 119, the source) runs into its text; {SHORTEN}'
            )
            continue
        write(document, out_dir / sheet.lang / sheet.file_name)
        entry = {"id": sheet.id, "file": sheet.file_name, "pages": len(document.pages)}
        manifest[sheet.lang].append(entry)
    decks = {lang: lay_out_deck(guide, lang, ed) for lang in manifest}  # laid out now: every problem at once
    problems += [problem for _, _, found in decks.values() for problem in found]
    if problems:
        raise SheetError(problems)
    for lang, entries in manifest.items():
        pages = _booklet(guide, lang, out_dir, site_url, ed)
        entries.append({"id": BOOKLET, "file": f"{BOOKLET}.pdf", "pages": pages})
    for lang, (document, _, _) in decks.items():
        write(document, out_dir / lang / f"{SLIDES}.pdf")
        entry = {"id": SLIDES, "file": f"{SLIDES}.pdf", "pages": len(document.pages), "format": "16:9"}
        manifest[lang].append(entry)
    (out_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    return manifest


def _overflow(sheet: Sheet, pages: int) -> str:
    return f'sheet "{sheet.id}" ({sheet.lang}): takes {pages} A4 pages, expected {sheet.pages}; ' + SHORTEN


def booklet_context(guide: Guide, lang: str, site_url: str, ed: Edition) -> dict[str, Any]:
    """What booklet.html prints, in `lang`."""
    return {
        "lang": lang,
        "title": inline(guide.title[lang]),
        "lead": booklet_lead(guide, lang),
        "parts": booklet_parts(guide, lang),
        "contents": inline(guide.strings["contents_title"][lang]),
        "meta": colophon(guide, lang, page_url(guide, site_url, lang, ""), ed),
    }


def _booklet(guide: Guide, lang: str, out_dir: Path, site_url: str, ed: Edition) -> int:
    document = render("booklet.html", **booklet_context(guide, lang, site_url, ed))
    write(document, out_dir / lang / f"{BOOKLET}.pdf")
    return len(document.pages)
