"""Render the guide into Markdown pages, one file per page and language."""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from onpe_guide.data.links import relative_links
from onpe_guide.model import Guide
from onpe_guide.site.downloads import Built, SheetFile, file_facts
from onpe_guide.translations.localizer import Localizer
from onpe_guide.urls import SHEETS_FOLDER, page_address

GENERATED_MARK = "# Generated from data/ by scripts/onpe_guide: edit data/*.yml, not this file."


@dataclass(frozen=True)
class RenderedPage:
    """One page in one language; `path` is docs-relative, without the language suffix."""

    path: str
    lang: str
    markdown: str

    @property
    def file_name(self) -> str:
        """`verbes/adapter.md` in English is `verbes/adapter.en.md` (static-i18n's suffix layout)."""
        stem, ext = posixpath.splitext(self.path)
        return f"{stem}.{self.lang}{ext}"


class Ctx(Localizer):
    """What a page function needs: the guide, the language, where the page lives, and the PDFs
    built (`sheets`: lang -> sheet id -> file), with the texts it shows marked as the site marks them."""

    def __init__(
        self,
        guide: Guide,
        lang: str,
        path: str,
        sheets: Built | None = None,
        directory_urls: bool = True,  # False in the offline bundle: pages are `verbes/adapter.html`
    ) -> None:
        super().__init__(guide, lang, lambda text: relative_links(escape(text), path), self._site_mark)
        self.path, self.sheets, self.directory_urls = path, sheets, directory_urls

    def _site_mark(self, shown: str, default: str) -> str:
        mark = escape(self.guide.strings["untranslated_mark"][self.lang])
        mark = f"<small class='guide-untranslated-mark'>{mark}</small>"
        return f"<span class='guide-untranslated' lang='{default}'>{shown}</span> {mark}"

    @property
    def to_root(self) -> str:
        """From this page's URL back to the site's root (other languages in /xx/)."""
        depth = page_address(self.path, self.directory_urls).count("/")
        return "../" * (depth + (self.lang != self.guide.default_language))

    def download(self, sheet_id: str, key: str = "download_handout", label: str = "") -> str:
        """A link to a sheet's file, when the PDFs are built (`make pdf`), that says what it is
        (« Synthèse » over « PDF, 2 pages A4, 120 Ko »): `label`, or the string `key`; nothing
        when the file is not built."""
        sheet = self.sheet(sheet_id)
        if sheet is None:
            return ""
        facts = file_facts(self.ui, sheet)
        return (
            f'<a class="md-button guide-download" href="{self.sheet_href(sheet)}" type="{sheet.media_type}" '
            "data-search-exclude>"  # a file, not what the page says: out of the search index
            f'{label or self.ui(key)} <span class="guide-download__facts">{facts}</span></a>'
        )

    def sheet(self, sheet_id: str) -> SheetFile | None:
        """A sheet built in this page's language, or None."""
        return (self.sheets or {}).get(self.lang, {}).get(sheet_id)

    def sheet_href(self, sheet: SheetFile) -> str:
        return f"{self.to_root}{SHEETS_FOLDER}/{self.lang}/{sheet.file}"

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


def escape(text: str) -> str:
    """Markdown stays Markdown; `<` can no longer open an HTML tag."""
    return text.replace("<", "&lt;")


def bullets(lines: Iterable[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def elsewhere(*parts: str) -> str:
    """What leads elsewhere from a page (previous, next, back to its section, its downloads), kept
    out of the search index (Material skips `data-search-exclude`): a result shows what the page
    says, not « Suivant : Gérer l'urgence »."""
    shown = "\n\n".join(part for part in parts if part)
    return f'<div class="guide-around" data-search-exclude markdown>\n\n{shown}\n\n</div>' if shown else ""


PageFunction = Callable[[Ctx], str]


def render_pages(
    guide: Guide,
    pages: Iterable[tuple[str, PageFunction]],
    sheets: Built | None = None,
    directory_urls: bool = True,
) -> list[RenderedPage]:
    """Every page in every language, each headed by front matter that holds the mark and title."""
    out = []
    for path, function in pages:
        for language in guide.languages:
            ctx = Ctx(guide, language.code, path, sheets, directory_urls)
            body = function(ctx).strip()
            out.append(RenderedPage(path, language.code, with_front_matter(body, ctx.notices)))
    return out


def with_front_matter(body: str, translation: Iterable[str] = ()) -> str:
    """The page's title goes in front matter: MkDocs and search take it from there, and the
    mark on the second line tells generated files from hand-written ones. `translation` says
    whether the page shows French still to translate, or translations of an older French."""
    heading = body.splitlines()[0]
    assert heading.startswith("# "), f"a page starts with its title, found {heading!r}"
    plain = re.sub(r"<[^>]+>", "", heading[2:])  # our own marks; a text's `<` is `&lt;` here
    title = json.dumps(plain.replace("&lt;", "<"), ensure_ascii=False)  # JSON is YAML
    state = f"translation: {json.dumps(list(translation))}\n" if translation else ""
    return f"---\n{GENERATED_MARK}\ntitle: {title}\n{state}---\n\n{body}\n"
