"""WeasyPrint in one place: the templates, what a document may load, the options every PDF is
written with. Sheets, booklets and slides all go through `render` and `write`."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from jinja2 import Environment, FileSystemLoader
from weasyprint import CSS, HTML
from weasyprint.document import Page  # type: ignore[import-untyped]
from weasyprint.layout.background import layout_backgrounds  # type: ignore[import-untyped]
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


def pad_last_page(document: Any, element_id: str, room: int) -> None:
    """The element `element_id` of the document's last page given `room` CSS pixels of padding at
    its top, its content moved down by as much: what `padding-top: {room}px` lays out when the
    element ends the flow and the page has the room, without laying the whole document out again
    (a sheet's foot moved to the foot of its last page: that second layout was a quarter of the
    sheets' time). WeasyPrint's internals, listed in MAINTAINING.md: the page's boxes
    (`Page._page_box`, `Box.translate`), the backgrounds it places once laid out
    (`layout_backgrounds`), and `Page`, made again to gather the moved anchors and links. Each PDF
    it gives is the second layout's, byte for byte (tests/test_pdf.py)."""
    page_box = document.pages[-1]._page_box
    found = _box_of(page_box, element_id, ())
    if found is None:
        raise ValueError(f"no element #{element_id} on the last page")
    box, ancestors = found
    box.padding_top += room
    for child in box.all_children():
        child.translate(0, room)
    for ancestor in ancestors[1:]:  # the root and the body grow with it; the page box does not
        ancestor.height += room
    layout_backgrounds(page_box, _no_image)
    document.pages[-1] = Page(page_box)


def _box_of(box: Any, element_id: str, ancestors: tuple[Any, ...]) -> tuple[Any, tuple[Any, ...]] | None:
    """The outermost box of the element (the boxes WeasyPrint adds inside it share its element)."""
    element = getattr(box, "element", None)
    if element is not None and element.get("id") == element_id:
        return box, ancestors
    for child in getattr(box, "children", ()):
        if found := _box_of(child, element_id, (*ancestors, box)):
            return found
    return None


def _no_image(*_: Any, **__: Any) -> None:
    """The sheets' styles load no background image: placing backgrounds again fetches none."""
    raise ValueError("a background image to place again")


def write(document: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    document.write_pdf(path, **PDF_OPTIONS)
