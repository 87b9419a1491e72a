"""The hand-written pages (docs/a-propos.*.md…) under the rules of data texts, on their HTML.

They may hold raw HTML (Markdown lets them), so each is rendered with the site's extensions and
every element and attribute checked: no script, frame, object, form or style; no handler (`on…`)
nor `style` attribute; no resource from another site (`src` stays inside docs/); every link goes
to a page of the site, to a declared address, or to a tel:/mailto: address the references declare.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import markdown

from onpe_guide.data.links import declared_contacts, declared_hosts, link_problem
from onpe_guide.data.markup import EXTENSIONS, url_problem
from onpe_guide.data.yamlfile import not_regular
from onpe_guide.errors import Problem
from onpe_guide.model import Guide
from onpe_guide.urls import HANDWRITTEN, known_pages

REFUSED_ELEMENTS = frozenset(
    {
        "applet",
        "audio",
        "base",
        "button",
        "canvas",
        "embed",
        "form",
        "frame",
        "frameset",
        "iframe",
        "input",
        "link",
        "math",
        "meta",
        "noscript",
        "object",
        "option",
        "portal",
        "script",
        "select",
        "source",
        "style",
        "svg",
        "template",
        "textarea",
        "track",
        "video",
    }
)
REFUSED_ATTRIBUTES = frozenset({"style", "srcdoc", "formaction", "action", "http-equiv"})
RESOURCE_ATTRIBUTES = frozenset({"src", "srcset", "poster", "data", "background"})


class _PageChecker(HTMLParser):
    def __init__(self, check_href: Callable[[str], str | None], check_src: Callable[[str], str | None]) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []  # (what to look for in the source, message)
        self.check_href, self.check_src = check_href, check_src

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in REFUSED_ELEMENTS:
            self.found.append((f"<{tag}", f"<{tag}> is not allowed in a page (no script, frame, form, style, media)"))
            return
        for name, value in attrs:
            self._attribute(tag, name, value or "")

    def _attribute(self, tag: str, name: str, value: str) -> None:
        if name.startswith("on") or name in REFUSED_ATTRIBUTES:
            self.found.append((name, f'attribute "{name}" on <{tag}> is not allowed (no handler, no style)'))
        elif name == "href":
            problem = url_problem(value) or self.check_href(value)
            if problem:
                self.found.append((value, problem))
        elif name in RESOURCE_ATTRIBUTES:
            problem = self.check_src(value)
            if problem:
                self.found.append((value, problem))


def handwritten_problems(docs_dir: Path, guide: Guide) -> list[Problem]:
    """Every problem of every hand-written page in every language, with its file and line."""
    pages, hosts, contacts = known_pages(guide), declared_hosts(guide), declared_contacts(guide)
    problems = []
    for page in HANDWRITTEN:
        for lang in guide.languages:
            path = docs_dir / f"{page.removesuffix('.md')}.{lang.code}.md"
            if not_regular(path) is None:  # links and special files: refused by name (load.unsafe_entries)
                problems += _page_problems(path, docs_dir, pages, hosts, contacts)
    return problems


def _page_problems(path: Path, docs_dir: Path, pages: list[str], hosts: set[str], contacts: set[str]) -> list[Problem]:
    source = path.read_text("utf-8")
    body = _without_front_matter(source)

    def check_src(value: str) -> str | None:
        parts = urlsplit(value.split(maxsplit=1)[0] if value.split() else "")
        target = (docs_dir / posixpath.normpath(parts.path)).resolve()
        if parts.scheme or parts.netloc or not target.is_relative_to(docs_dir.resolve()) or not target.is_file():
            return f'resource "{value}": only files of this site, in docs/ (no request to another site)'
        return None

    checker = _PageChecker(lambda href: link_problem(href, pages, hosts, contacts), check_src)
    checker.feed(markdown.markdown(body, extensions=EXTENSIONS))
    checker.close()
    name = f"{docs_dir.name}/{path.name}"
    return [Problem(name, _line_of(source, needle), (), message) for needle, message in checker.found]


def _without_front_matter(source: str) -> str:
    if source.startswith("---\n"):
        end = source.find("\n---\n", 4)
        if end != -1:
            return "\n" * source[: end + 5].count("\n") + source[end + 5 :]
    return source


def _line_of(source: str, needle: str) -> int:
    """The first line that holds `needle`, as written or lowercased; the first line otherwise."""
    for number, line in enumerate(source.splitlines(), 1):
        if needle and (needle in line or needle.lower() in line.lower()):
            return number
    return 1
