"""Lay the sheets and the booklet out on A4 with WeasyPrint, checking that each fits its pages.

WeasyPrint, not Chromium: it implements CSS paged media (running footers, `target-counter` for the
booklet's page numbers, named landscape pages), needs no browser, and reports how many pages a
document takes before writing it, so a sheet that overflows is refused by name.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from jinja2 import Environment, FileSystemLoader
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse  # type: ignore[import-untyped]

from onpe_guide.edition import Edition
from onpe_guide.errors import SheetError
from onpe_guide.model import Guide
from onpe_guide.print.booklet import booklet_lead, booklet_parts
from onpe_guide.print.colophon import colophon
from onpe_guide.print.sheets import Sheet, all_sheets, inline
from onpe_guide.urls import BOOKLET, page_url

TEMPLATES = Path(__file__).resolve().parent / "templates"  # never published: not under the theme's folder
# Tagged PDF (PDF/UA-1): headings, lists, tables and the QR code's text alternative reach a screen
# reader; the title shows in the window; the language is set. The custom metadata carries the commit.
PDF_OPTIONS: dict[str, Any] = {"pdf_variant": "pdf/ua-1", "custom_metadata": True}
SHORTEN = "shorten its text in data/ or split it"


def html_of(template: str, **context: Any) -> str:
    """A document's HTML. Its texts arrive HTML-safe (`inline`, `SheetWriter.t`); what the templates
    turn back into plain text (`striptags`) or put in an attribute, they escape there."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False)
    return env.get_template(template).render(css=(TEMPLATES / "print.css").read_text("utf-8"), **context)


def render(template: str, **context: Any) -> Any:
    """Lay a template out; every document goes through here (one place for WeasyPrint's options)."""
    html = html_of(template, **context)
    return HTML(string=html, base_url=str(TEMPLATES), url_fetcher=ProjectFiles()).render()


class ProjectFiles(URLFetcher):  # type: ignore[misc]
    """What a sheet may load: the project's own files (its templates folder) and data: URLs. No
    network (a tracker in a text, a remote image), no file:// outside (a file of the machine's
    embedded in a published PDF). A refusal is a warning of WeasyPrint's: the resource is left out."""

    def fetch(self, url: str, headers: Any = None) -> Any:
        if url.startswith("data:"):
            return super().fetch(url, headers)
        if url.startswith("file:"):
            path = Path(unquote(urlsplit(url).path)).resolve()
            if path.is_relative_to(TEMPLATES) and path.is_file():
                return URLFetcherResponse(url, path.read_bytes(), {}, 200)
        raise ValueError(f"not one of the project's own files: {url[:80]}")


def lay_out_sheet(guide: Guide, sheet: Sheet, site_url: str, ed: Edition) -> Any:
    """A sheet with lines for notes where its text leaves room; a text that fills the page has
    none (the notes' room is kept whole, so it moves to a second page when it does not fit, and
    the sheet is laid out again without it)."""
    meta = colophon(guide, sheet.lang, page_url(guide, site_url, sheet.lang, sheet.page_url), ed)
    document = render("sheet.html", h=sheet, meta=meta, notes=sheet.notes)
    if sheet.notes and (len(document.pages) > sheet.pages or not foot_clear(document, "notes-end")):
        document = render("sheet.html", h=sheet, meta=meta, notes=False)
    return document


def foot_clear(document: Any, end: str = "text-end") -> bool:
    """Whether the foot (fixed at the bottom of a one-page sheet, growing upwards with its text)
    starts below the end of the text: anchors are where WeasyPrint placed the elements."""
    anchors = document.pages[0].anchors
    return "foot" not in anchors or end not in anchors or anchors["foot"][1] >= anchors[end][1]


def build_pdfs(guide: Guide, out_dir: Path, site_url: str, ed: Edition) -> dict[str, list[dict[str, Any]]]:
    """Every sheet and booklet into `out_dir/<lang>/`; raises `SheetError` if any overflows."""
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
        _write(document, out_dir / sheet.lang / sheet.file_name)
        entry = {"id": sheet.id, "file": sheet.file_name, "pages": len(document.pages)}
        manifest[sheet.lang].append(entry)
    if problems:
        raise SheetError(problems)
    for lang, entries in manifest.items():
        pages = _booklet(guide, lang, out_dir, site_url, ed)
        entries.append({"id": BOOKLET, "file": f"{BOOKLET}.pdf", "pages": pages})
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
    _write(document, out_dir / lang / f"{BOOKLET}.pdf")
    return len(document.pages)


def _write(document: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    document.write_pdf(path, **PDF_OPTIONS)
