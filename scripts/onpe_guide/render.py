"""Render the guide into Markdown pages, one file per page and language."""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from onpe_guide.model import Guide, Text
from onpe_guide.textlinks import relative_links

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


@dataclass(frozen=True)
class Ctx:
    """What a page function needs: the guide, the language, and where the page lives."""

    guide: Guide
    lang: str
    path: str
    handouts: Mapping[str, Mapping[str, str]] | None = field(default=None)  # lang -> handout id -> file
    directory_urls: bool = True  # False in the offline bundle: pages are `verbes/adapter.html`
    used: list[Text] = field(default_factory=list)  # the texts this page shows: its translation state

    @property
    def to_root(self) -> str:
        """From this page's URL back to the site's root (directory URLs; other languages in /xx/)."""
        stem = self.path.removesuffix(".md")
        if not self.directory_urls:
            url = stem  # verbes/adapter(.html): as deep as its folder
        else:
            url = stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else f"{stem}/"
        return "../" * (url.count("/") + (self.lang != self.guide.default_language))

    def download(self, handout_id: str, key: str = "download_handout") -> str:
        """A link to a handout's PDF, when the PDFs are built (`make pdf`); nothing otherwise."""
        files = (self.handouts or {}).get(self.lang, {})
        if handout_id not in files:
            return ""
        href = f"{self.to_root}fiches/{self.lang}/{files[handout_id]}"
        kind = "application/zip" if href.endswith(".zip") else "application/pdf"
        return f'<a class="md-button guide-download" href="{href}" type="{kind}">{self.ui(key)}</a>'

    def t(self, text: Text) -> str:
        """The text in this page's language, with raw HTML shown as text, never run, and its page
        links (written from the site's root) made relative to this page."""
        return self.marked(text, relative_links(escape(text[self.lang]), self.path))

    def ui(self, key: str, **values: object) -> str:
        """An interface string from data/interface.yml, filled with `values` (already Markdown)."""
        text = self.guide.strings[key]
        return self.marked(text, escape(text[self.lang]).format(**values))

    def marked(self, text: Text, shown: str) -> str:
        """A text still to translate shows the French, marked as such where it stands."""
        self.used.append(text)
        if self.lang not in text.pending:
            return shown
        mark = escape(self.guide.strings["untranslated_mark"][self.lang])
        default = self.guide.default_language
        mark = f"<small class='guide-untranslated-mark'>{mark}</small>"
        return f"<span class='guide-untranslated' lang='{default}'>{shown}</span> {mark}"

    @property
    def translation_state(self) -> list[str]:
        """What the page's reader must know of its translation: "pending", "outdated", both, or none."""
        pending = any(self.lang in t.pending for t in self.used)
        outdated = any(self.lang in t.outdated for t in self.used)
        return [name for name, found in (("pending", pending), ("outdated", outdated)) if found]

    def link(self, target: str, label: str) -> str:
        """A Markdown link to another page, relative so that every language resolves its own."""
        rel = posixpath.relpath(target, posixpath.dirname(self.path) or ".")
        return f"[{label}]({rel})"


def escape(text: str) -> str:
    """Markdown stays Markdown; `<` can no longer open an HTML tag."""
    return text.replace("<", "&lt;")


def bullets(lines: Iterable[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


PageFunction = Callable[[Ctx], str]


def render_pages(
    guide: Guide,
    pages: Iterable[tuple[str, PageFunction]],
    handouts: Mapping[str, Mapping[str, str]] | None = None,
    directory_urls: bool = True,
) -> list[RenderedPage]:
    """Every page in every language, each headed by front matter that holds the mark and title."""
    out = []
    for path, function in pages:
        for language in guide.languages:
            ctx = Ctx(guide, language.code, path, handouts, directory_urls)
            body = function(ctx).strip()
            out.append(RenderedPage(path, language.code, with_front_matter(body, ctx.translation_state)))
    return out


def with_front_matter(body: str, translation: list[str] | None = None) -> str:
    """The page's title goes in front matter: MkDocs and search take it from there, and the
    mark on the second line tells generated files from hand-written ones. `translation` says
    whether the page shows French still to translate, or translations of an older French."""
    heading = body.splitlines()[0]
    assert heading.startswith("# "), f"a page starts with its title, found {heading!r}"
    plain = re.sub(r"<[^>]+>", "", heading[2:])  # our own marks; a text's `<` is `&lt;` here
    title = json.dumps(plain.replace("&lt;", "<"), ensure_ascii=False)  # JSON is YAML
    state = f"translation: {json.dumps(translation)}\n" if translation else ""
    return f"---\n{GENERATED_MARK}\ntitle: {title}\n{state}---\n\n{body}\n"
