"""Lay the sheets and the booklet out on A4 with WeasyPrint, checking that each fits its pages,
and the slides on 16:9 (deck.py).

WeasyPrint, not Chromium: it implements CSS paged media (running footers, `target-counter` for the
booklet's page numbers, named landscape pages), needs no browser, and reports how many pages a
document takes before writing it, so a sheet that overflows is refused by name.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from onpe_guide.edition import Edition
from onpe_guide.errors import FontError, SheetError
from onpe_guide.model import Guide
from onpe_guide.print.booklet import booklet_lead, booklet_parts
from onpe_guide.print.colophon import colophon
from onpe_guide.print.deck import SHORTEN, lay_out_deck
from onpe_guide.print.fonts import font_problem
from onpe_guide.print.sheets import Sheet, all_sheets, inline
from onpe_guide.print.weasy import pad_last_page, render, write
from onpe_guide.urls import BOOKLET, SLIDES, page_url
from onpe_guide.workers import in_two


def lay_out_sheet(guide: Guide, sheet: Sheet, site_url: str, ed: Edition) -> Any:
    """A sheet with lines for notes where its text leaves room; a text that fills the page has
    none (the notes' room is kept whole, so it moves to a second page when it does not fit, and
    the sheet is laid out again without it)."""
    meta = colophon(guide, sheet.lang, page_url(guide, site_url, sheet.lang, sheet.page_url), ed)
    document = render("sheet.html", h=sheet, meta=meta, notes=sheet.notes)
    if sheet.notes and (len(document.pages) > sheet.pages or not foot_clear(document, "notes-end")):
        document = render("sheet.html", h=sheet, meta=meta, notes=False)
    if room := foot_room(document):  # several pages: the foot moved down to the last page's foot
        pad_last_page(document, "foot", room)  # as `padding-top: {room}px` lays it out (sheet.html)
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


Job = tuple[str, str, int]  # ("booklet" | "slides", lang, 0) or ("sheet", lang, its place in all_sheets)
Done = tuple[dict[str, Any] | None, list[str]]  # its manifest entry (None if not written), its problems


def build_pdfs(guide: Guide, out_dir: Path, site_url: str, ed: Edition) -> dict[str, list[dict[str, Any]]]:
    """Every sheet, booklet and deck of slides into `out_dir/<lang>/`; raises `SheetError`, naming
    every sheet and slide that overflows, if any does, and `FontError`, before laying any out, if a
    face of the sheets' typeface is missing. On two cores, a forked second process lays out and
    writes half the documents (`workers.in_two`, shared by how long each takes, roughly)."""
    if missing := font_problem():
        raise FontError(missing)
    sheets = all_sheets(guide)
    langs = [lang.code for lang in guide.languages]
    jobs: list[Job] = [(kind, lang, 0) for kind in (BOOKLET, SLIDES) for lang in langs]
    jobs += [("sheet", sheet.lang, n) for n, sheet in enumerate(sheets)]

    def make(some: Sequence[Job]) -> list[Done]:
        return [_make(guide, job, sheets=sheets, out_dir=out_dir, site_url=site_url, ed=ed) for job in some]

    def weight(job: Job) -> float:  # seconds, roughly: a deck is measured, then cut; columns are slow
        kind, _, n = job
        return {BOOKLET: 2.0, SLIDES: 3.0}.get(kind) or 0.3 * sheets[n].pages * sheets[n].columns

    done = dict(zip(jobs, in_two(make, jobs, minimum=2, weight=weight), strict=True))
    problems = [problem for job in jobs if job[0] == "sheet" for problem in done[job][1]]
    problems += [problem for lang in langs for problem in done[(SLIDES, lang, 0)][1]]
    if problems:
        raise SheetError(problems)
    manifest: dict[str, list[dict[str, Any]]] = {lang: [] for lang in langs}
    for kind, lang, n in [job for job in jobs if job[0] == "sheet"] + jobs[: 2 * len(langs)]:
        entry = done[(kind, lang, n)][0]
        manifest[lang] += [entry] if entry else []
    (out_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    return manifest


def _make(guide: Guide, job: Job, *, sheets: list[Sheet], out_dir: Path, site_url: str, ed: Edition) -> Done:
    """One document laid out and, if it fits, written."""
    kind, lang, n = job
    if kind == BOOKLET:
        pages = _booklet(guide, lang, out_dir, site_url, ed)
        return {"id": BOOKLET, "file": f"{BOOKLET}.pdf", "pages": pages}, []
    if kind == SLIDES:
        document, _, problems = lay_out_deck(guide, lang, ed)  # every slide's problem at once
        if problems:
            return None, problems
        write(document, out_dir / lang / f"{SLIDES}.pdf")
        return {"id": SLIDES, "file": f"{SLIDES}.pdf", "pages": len(document.pages), "format": "16:9"}, []
    sheet = sheets[n]
    document = lay_out_sheet(guide, sheet, site_url, ed)
    if problems := sheet_problems(sheet, document):
        return None, problems
    write(document, out_dir / sheet.lang / sheet.file_name)
    return {"id": sheet.id, "file": sheet.file_name, "pages": len(document.pages)}, []


def sheet_problems(sheet: Sheet, document: Any) -> list[str]:
    """What keeps a laid-out sheet from being printed: more pages than it has (shorter is fine: a
    tiny test tree), or, on one page, its foot running into its text."""
    if len(document.pages) > sheet.pages:
        return [
            f'sheet "{sheet.id}" ({sheet.lang}): takes {len(document.pages)} A4 pages, expected {sheet.pages}; '
            + SHORTEN
        ]
    if sheet.pages == 1 and not foot_clear(document):
        return [f'sheet "{sheet.id}" ({sheet.lang}): its foot (the 119, the source) runs into its text; {SHORTEN}']
    return []


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
