"""WeasyPrint in one place: the templates, what a document may load, the options every PDF is
written with. Sheets, booklets and slides all go through `render` and `write`."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from jinja2 import Environment, FileSystemLoader
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse  # type: ignore[import-untyped]

TEMPLATES = Path(__file__).resolve().parent / "templates"  # never published: not under the theme's folder
# Tagged PDF (PDF/UA-1): headings, lists, tables and the QR code's text alternative reach a screen
# reader; the title shows in the window; the language is set. The custom metadata carries the commit.
PDF_OPTIONS: dict[str, Any] = {"pdf_variant": "pdf/ua-1", "custom_metadata": True}


# One environment for every document: its templates compiled once (a new one per document compiled
# them again, 8 % of the PDFs' time).
ENVIRONMENT = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False)


def html_of(template: str, stylesheet: str = "print.css", **context: Any) -> str:
    """A document's HTML, its stylesheet inlined. Its texts arrive HTML-safe (`inline`,
    `SheetWriter.t`); what the templates turn back into plain text (`striptags`) or put in an
    attribute, they escape there."""
    return _html(template, css=(TEMPLATES / stylesheet).read_text("utf-8"), **context)


def _html(template: str, css: str, **context: Any) -> str:
    return ENVIRONMENT.get_template(template).render(css=css, **context)


def render(template: str, stylesheet: str = "print.css", **context: Any) -> Any:
    """Lay a template out; every document goes through here (one place for WeasyPrint's options).
    The stylesheet, parsed once, is given beside the HTML (`html_of` inlines it: WeasyPrint parsed
    it again for each document, 7 % of the PDFs' time); it is the documents' only one, so that it
    counts as the user's, not the author's, changes nothing (and none of its rules is `!important`)."""
    document = HTML(string=_html(template, css="", **context), base_url=str(TEMPLATES), url_fetcher=ProjectFiles())
    return document.render(stylesheets=[_stylesheet(stylesheet)])


@cache
def _stylesheet(name: str) -> CSS:
    return CSS(string=(TEMPLATES / name).read_text("utf-8"), base_url=str(TEMPLATES), url_fetcher=ProjectFiles())


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


def write(document: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    document.write_pdf(path, **PDF_OPTIONS)
