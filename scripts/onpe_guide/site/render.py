"""Render the guide into Markdown pages: one per page and language, each with its title and
what its reader must know of its translation."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from onpe_guide.data import markup
from onpe_guide.data.links import relative_links
from onpe_guide.data.typography import ordinals
from onpe_guide.model import Guide
from onpe_guide.outline.writer import MarkKind, Writer
from onpe_guide.site.downloads import Built, BuiltFile, file_facts
from onpe_guide.translations.localizer import Notice
from onpe_guide.urls import SHEETS_FOLDER, page_address


@dataclass(frozen=True)
class RenderedPage:
    """One page in one language; `path` is docs-relative, whatever the language; `title` is plain
    text; `notices`: what its reader must know of its translation; `scripts`: the site's scripts
    this page needs beyond those every page loads (« exercises »)."""

    path: str
    lang: str
    title: str
    body: str
    notices: tuple[Notice, ...] = ()
    scripts: tuple[str, ...] = ()
    forms: bool = False


class Ctx(Writer):
    """What a page function needs: the guide, the language, where the page lives, and the PDFs
    built (`sheets`: lang -> sheet id -> file), with the texts it shows marked as the site marks
    them; it writes Markdown."""

    def __init__(
        self,
        guide: Guide,
        lang: str,
        path: str,
        sheets: Built | None = None,
        directory_urls: bool = True,  # False in the offline bundle: pages are `verbes/adapter.html`
    ) -> None:
        super().__init__(guide, lang, lambda text: relative_links(ordinals(escape(text)), path), self._site_mark)
        self.path, self.sheets, self.directory_urls = path, sheets, directory_urls
        self.scripts: list[str] = []  # scripts the page needs (its front matter names them to the engine)
        self.forms = False  # whether it holds questions (site/questions.py): the page wall allows their forms

    def _site_mark(self, shown: str, default: str) -> str:
        mark = escape(self.guide.strings["untranslated_mark"][self.lang])
        mark = f"<small class='guide-untranslated-mark'>{mark}</small>"
        return f"<span class='guide-untranslated' lang='{default}'>{shown}</span> {mark}"

    @property
    def to_root(self) -> str:
        """From this page's URL back to the site's root (other languages in /xx/)."""
        depth = page_address(self.path, self.directory_urls).count("/")
        return "../" * (depth + (self.lang != self.guide.default_language))

    def download(self, document: str, key: str = "download_sheet", label: str = "") -> str:
        """A link to a document's file (a sheet, the slides, a zip), when the PDFs are built (`make
        pdf`), that says what it is (« Synthèse » over « PDF, 2 pages A4, 120 Ko »): `label`, or
        the string `key`; nothing when the file is not built."""
        built = self.built(document)
        if built is None:
            return ""
        facts = file_facts(self.ui, built)
        return (
            f'<a class="guide-download" href="{self.file_href(built)}" type="{built.media_type}">'
            f'{label or self.ui(key)} <span class="guide-download__facts">{facts}</span></a>'
        )

    def built(self, document: str) -> BuiltFile | None:
        """A document's file built in this page's language, or None."""
        return (self.sheets or {}).get(self.lang, {}).get(document)

    def file_href(self, built: BuiltFile) -> str:
        return f"{self.to_root}{SHEETS_FOLDER}/{self.lang}/{built.file}"

    def href(self, target: str) -> str:
        """The address of a page (docs-relative, `acteurs/ecoles.md#role-reperer`) from this one, as
        MkDocs writes it: `../../acteurs/ecoles/#role-reperer`, `…/ecoles.html#…` in the offline bundle."""
        page, _, anchor = target.partition("#")
        url = page_address(page, self.directory_urls)
        root = "" if self.lang == self.guide.default_language else f"{self.lang}/"
        return f"{self.to_root}{root}{url}" + (f"#{anchor}" if anchor else "") or "./"

    def link(self, target: str, label: str) -> str:
        """A Markdown link to another page, relative so that every language resolves its own."""
        rel = posixpath.relpath(target, posixpath.dirname(self.path) or ".")
        return f"[{label}]({rel})"

    def external(self, label: str, url: str) -> str:
        return f"[{label}]({url})"

    def address(self, url: str) -> str:
        return ""  # online, `external` links the words

    def strong(self, text: str) -> str:
        return f"**{text}**"

    def em(self, text: str) -> str:
        return f"*{text}*"

    def mark(self, kind: MarkKind) -> str:
        return f'<span class="guide-mark">{self.ui(f"mark_{kind}")}</span>'


def escape(text: str) -> str:
    """Markdown stays Markdown; `<` can no longer open an HTML tag, a marker at the text's start
    (« 1989. », « + », « # ») no longer makes a list or a heading: as data/markup.py checks it."""
    return markup.escape(text)


def bullets(lines: Iterable[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def elsewhere(*parts: str) -> str:
    """What leads away from a page (previous, next, back to its section, its downloads), marked
    so that the search indexes what the page says, not « Suivant : Gérer l'urgence » (the engine
    keeps `guide-around` out of the index: engine/search.py)."""
    shown = "\n\n".join(part for part in parts if part)
    return f'<div class="guide-around" markdown>\n\n{shown}\n\n</div>' if shown else ""


PageFunction = Callable[[Ctx], str]


def render_pages(
    guide: Guide,
    pages: Iterable[tuple[str, PageFunction]],
    sheets: Built | None = None,
    directory_urls: bool = True,
) -> list[RenderedPage]:
    """Every page in every language, with its title (from its first line, `# …`)."""
    out = []
    for path, function in pages:
        for language in guide.languages:
            ctx = Ctx(guide, language.code, path, sheets, directory_urls)
            body = function(ctx).strip()
            notices, scripts = tuple(ctx.notices), tuple(ctx.scripts)
            out.append(RenderedPage(path, language.code, page_title(body), body, notices, scripts, ctx.forms))
    return out


MARK = re.compile(r' ?<span class="guide-mark">[^<]*</span>')


def page_title(body: str) -> str:
    """A page's title as plain text, from its heading: the navigation and the window's title show
    the name alone (the page's heading shows its mark)."""
    heading = body.splitlines()[0]
    assert heading.startswith("# "), f"a page starts with its title, found {heading!r}"
    plain = re.sub(r"<[^>]+>", "", MARK.sub("", heading[2:]))  # our own marks; a text's `<` is `&lt;` here
    plain = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1", plain)  # Markdown's escapes (`1989\.`, `\#`) as they show
    return plain.replace("&lt;", "<")
