"""The hand-written pages (docs/a-propos.*.md…) under the rules of data texts, on their HTML.

Each page is read as MkDocs reads it (front matter apart: `frontmatter`), filled with the
publication's values as the build fills it, rendered with the site's extensions, and every element
and attribute of the result is held to an allow-list: what Markdown writes (paragraphs, headings,
lists, tables, emphasis, code, quotes, admonitions, links, images of docs/), and nothing that
changes how the rest of the page is parsed (`plaintext`, `xmp`, `noscript`, `template`, `style`…),
runs, frames, submits, leaves (`meta http-equiv="refresh"`) or dresses up as the site (a class of
ours, such as a second quick exit). No comment either: a browser may end one where Python does not
(`<!-->`). Every link goes to a page of the site (or an anchor of this one, or a file the build
writes beside the pages: the open data, the schemas, the PDFs), to a declared address, or to a
tel:/mailto: address the references declare; every reference definition too, used or not.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from onpe_guide.data.frontmatter import split_page
from onpe_guide.data.links import declared_contacts, declared_hosts, link_problem
from onpe_guide.data.markup import MAX_NESTING, converter_for, url_problem
from onpe_guide.data.publication import handwritten_markdown
from onpe_guide.data.yamlfile import not_regular
from onpe_guide.errors import Problem, unsafe_character
from onpe_guide.model import Guide
from onpe_guide.urls import HANDWRITTEN, OPEN_DATA, SHEETS_FOLDER, known_pages, sheet_files

ELEMENTS = frozenset(
    "p h1 h2 h3 h4 h5 h6 ul ol li a strong em b i code pre blockquote hr br table thead tbody tr th td "  # noqa: SIM905
    "div span abbr sup sub small dl dt dd img del ins mark kbd".split()
)
ATTRIBUTES = {"href", "src", "alt", "title", "id", "class", "colspan", "rowspan", "scope", "start", "lang"}
# Classes Markdown's own syntax writes: admonitions (`!!! note`) and fenced code's language.
CLASSES = re.compile(
    r"admonition|admonition-title|note|abstract|info|tip|success|question|warning|failure|danger|bug|example"
    r"|quote|language-[a-z0-9]+"
)
RESOURCES = frozenset({"src"})
# A page is text to read: bounds far above ours (the longest is 6 KB with 12 links), below what
# would hold the build (the renderer looks for a link from every `[`).
MAX_PAGE_CHARACTERS, MAX_PAGE_BRACKETS = 100_000, 500


class _PageChecker(HTMLParser):
    def __init__(self, check_href: Callable[[str], str | None], check_src: Callable[[str], str | None]) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []  # (what to look for in the source, message)
        self.check_href, self.check_src = check_href, check_src
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.depth += tag not in ("br", "hr", "img")
        if self.depth > MAX_NESTING * 2:
            self.found.append(("", f"nested more than {MAX_NESTING * 2} levels deep"))
        if tag not in ELEMENTS:
            self.found.append((f"<{tag}", f"<{tag}> is not allowed in a page (only what Markdown writes)"))
            return
        for name, value in attrs:
            self._attribute(tag, name, value or "")

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(0, self.depth - 1)

    def handle_comment(self, data: str) -> None:
        self.found.append(("<!", "an HTML comment is not allowed in a page (a browser may end it elsewhere)"))

    def handle_decl(self, decl: str) -> None:
        self.handle_comment(decl)

    def unknown_decl(self, data: str) -> None:
        self.handle_comment(data)

    def handle_pi(self, data: str) -> None:
        self.handle_comment(data)

    def _attribute(self, tag: str, name: str, value: str) -> None:
        if name not in ATTRIBUTES or (name == "id" and not re.fullmatch(r"h[1-6]", tag)):
            self.found.append((name, f'attribute "{name}" on <{tag}> is not allowed (no handler, style or refresh)'))
        elif name == "class" and (ours := [c for c in value.split() if not CLASSES.fullmatch(c)]):
            self.found.append((ours[0], f'class "{ours[0]}" is not allowed: the site\'s classes are its own'))
        elif name == "id" and value.startswith("__"):
            self.found.append((value, f'id "{value}" is not allowed: ids starting with __ are the theme\'s'))
        elif name == "href":
            problem = url_problem(value) or self.check_href(value)
            self.found += [(value, problem)] if problem else []
        elif name in RESOURCES:
            problem = self.check_src(value)
            self.found += [(value, problem)] if problem else []


def site_files(guide: Guide, docs_dir: Path) -> set[str]:
    """What the build writes beside the pages, that a page may link to: the open data, the data
    files' schemas, each language's PDFs."""
    schemas = {f"schemas/{p.name}" for p in (docs_dir.parent / "data" / "schemas").glob("*.schema.json")}
    pdfs = {f"{SHEETS_FOLDER}/{lang.code}/{name}" for lang in guide.languages for name in sheet_files(guide)}
    return {OPEN_DATA, *schemas, *pdfs}


def handwritten_problems(docs_dir: Path, guide: Guide) -> list[Problem]:
    """Every problem of every hand-written page in every language, with its file and line."""
    pages, hosts, contacts = known_pages(guide), declared_hosts(guide), declared_contacts(guide)
    contacts |= {f"mailto:{guide.publication.contact_email}"} if guide.publication.contact_email else set()
    files = site_files(guide, docs_dir)

    def check_href(href: str) -> str | None:
        return None if urlsplit(href).path in files else link_problem(href, pages, hosts, contacts)

    problems = []
    for page in HANDWRITTEN:
        for lang in guide.languages:
            path = docs_dir / f"{page.removesuffix('.md')}.{lang.code}.md"
            if not_regular(path) is None:  # links and special files: refused by name (load.unsafe_entries)
                source = path.read_text("utf-8")
                found = _page_problems(source, guide, lang.code, docs_dir, check_href)
                name = f"{docs_dir.name}/{path.name}"
                problems += [Problem(name, line, (), message) for line, message in found]
    return problems


def _page_problems(
    source: str, guide: Guide, lang: str, docs_dir: Path, check_href: Callable[[str], str | None]
) -> list[tuple[int, str]]:
    lines = source.split("\n")
    invisible = [
        (n, f"{found} is not allowed; delete it")
        for n, line in enumerate(lines, 1)
        if (found := unsafe_character(line))
    ]
    if invisible:
        return invisible
    if len(source) > MAX_PAGE_CHARACTERS or source.count("[") > MAX_PAGE_BRACKETS:
        size = f"{len(source):,} characters, {source.count('[')} ["
        return [(1, f"too long ({size}); at most {MAX_PAGE_CHARACTERS:,} characters and {MAX_PAGE_BRACKETS} [")]
    page = split_page(source, "")
    if page.problems:
        return page.problems

    def check_src(value: str) -> str | None:
        parts = urlsplit(value.split(maxsplit=1)[0] if value.split() else "")
        target = (docs_dir / posixpath.normpath(parts.path)).resolve()
        if parts.scheme or parts.netloc or not target.is_relative_to(docs_dir.resolve()) or not target.is_file():
            return f'resource "{value}": only files of this site, in docs/ (no request to another site)'
        return None

    converter = converter_for()
    checker = _PageChecker(check_href, check_src)
    try:
        checker.feed(converter.convert(handwritten_markdown(guide, lang, page.body)))
    except RecursionError:
        return [(1, f"nested too deeply (emphasis, links, quotes); at most {MAX_NESTING} levels")]
    checker.close()
    for url, _ in converter.references.values():  # used or not: a value filled in could use it
        problem = url_problem(url) or check_href(url)
        checker.found += [(url, problem)] if problem else []
    return _at_lines(source, checker.found)


def _at_lines(source: str, found: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """Each problem at the line that holds what it names, as written or as a browser reads it
    (`&#106;avascript:`); the second problem naming the same thing at its second line, and so on."""
    lines = source.split("\n")
    read = [unescape(line).lower() for line in lines]
    seen: dict[str, int] = {}
    out = []
    for needle, message in found:
        at = [n for n, line in enumerate(read, 1) if needle and needle.lower() in line] or [1]
        count = seen.get(needle, 0)
        seen[needle] = count + 1
        out.append((at[min(count, len(at) - 1)], message))
    return out
