"""Lay the handouts and the booklet out on A4 with WeasyPrint, checking that each fits its pages.

WeasyPrint, not Chromium: it implements CSS paged media (running footers, `target-counter` for the
booklet's page numbers, named landscape pages), needs no browser, and reports how many pages a
document takes before writing it, so a sheet that overflows is refused by name.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import segno
from jinja2 import Environment, FileSystemLoader
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse  # type: ignore[import-untyped]

from onpe_guide.edition import Edition
from onpe_guide.errors import SheetError
from onpe_guide.model import Guide, all_texts
from onpe_guide.print.booklet import booklet_parts
from onpe_guide.print.sheets import Sheet, all_sheets, inline
from onpe_guide.urls import BOOKLET, page_url

TEMPLATES = Path(__file__).resolve().parents[3] / "overrides" / "handouts"


def _meta(guide: Guide, lang: str, url: str | None, ed: Edition) -> dict[str, Any]:
    strings = guide.strings
    dossier = guide.dossier
    name = guide.language_name(lang)
    return {
        "site_title": inline(guide.title[lang]),
        "author": strings["sheet_author"][lang],  # this project; the ONPE is credited, not the author
        "credit": inline(strings["source_credit"][lang]),
        "dossier_url": dossier.url,
        "url": url,
        "qr": segno.make(url, error="m").svg_inline(scale=4, border=0) if url else None,
        "online": inline(strings["online_label"][lang]),
        "edition": inline(strings["edition"][lang].format(version=ed.version, date=ed.date, language=name)),
        "created": ed.created,
        "untranslated": _untranslated_note(guide, lang),
    }


def _untranslated_note(guide: Guide, lang: str) -> str | None:
    """The footer's key to the marks of texts still to translate, when the language has any."""
    if not any(lang in text.pending for text in all_texts(guide)):
        return None
    return f"{guide.default_language.upper()} {inline(guide.strings['untranslated_mark'][lang])}"


def render(template: str, **context: Any) -> Any:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False)  # texts arrive HTML-safe
    css = (TEMPLATES / "print.css").read_text("utf-8")
    html = env.get_template(template).render(css=css, **context)
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


def build_pdfs(guide: Guide, out_dir: Path, site_url: str, ed: Edition) -> dict[str, list[dict[str, Any]]]:
    """Every handout and booklet into `out_dir/<lang>/`; raises `SheetError` if any overflows."""
    problems: list[str] = []
    manifest: dict[str, list[dict[str, Any]]] = {lang.code: [] for lang in guide.languages}
    for sheet in all_sheets(guide):
        document = render(
            "handout.html",
            h=sheet,
            meta=_meta(guide, sheet.lang, page_url(guide, site_url, sheet.lang, sheet.page_url), ed),
        )
        if len(document.pages) > sheet.pages:  # shorter is fine (a tiny test tree); spilling over is not
            problems.append(_overflow(sheet, len(document.pages)))
            continue
        _write(document, out_dir / sheet.lang / sheet.file_name)
        entry = {"id": sheet.id, "title": sheet.title, "file": sheet.file_name, "pages": len(document.pages)}
        manifest[sheet.lang].append(entry)
    if problems:
        raise SheetError(problems)
    for lang, entries in manifest.items():
        pages = _booklet(guide, lang, out_dir, site_url, ed)
        entries.append({"id": BOOKLET, "title": inline(guide.title[lang]), "file": f"{BOOKLET}.pdf", "pages": pages})
    (out_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    return manifest


def _overflow(sheet: Sheet, pages: int) -> str:
    return (
        f'handout "{sheet.id}" ({sheet.lang}): takes {pages} A4 pages, expected {sheet.pages}; '
        "shorten its text in data/ or split it"
    )


def _booklet(guide: Guide, lang: str, out_dir: Path, site_url: str, ed: Edition) -> int:
    notice = None if lang == guide.default_language else inline(guide.strings["french_prevails"][lang])
    document = render(
        "booklet.html",
        lang=lang,
        title=inline(guide.title[lang]),
        parts=booklet_parts(guide, lang),
        contents=inline(guide.strings["contents_title"][lang]),
        notice=notice,
        meta=_meta(guide, lang, None, ed),
    )
    _write(document, out_dir / lang / f"{BOOKLET}.pdf")
    return len(document.pages)


def _write(document: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    document.write_pdf(path)
