"""The last wall: every generated page rendered as MkDocs will render it, and its HTML checked.

Each text is checked alone and where pages put it (`data.markup`), with its file and line. Texts
also meet on a page: one line may hold a label, an interface string and a text, and Markdown reads
them together (a backtick left open in one, a bracket in another). So the page itself, as MkDocs
renders it, is checked too: only the elements the pages write, no handler or style, no reference
definition, no class of the quick exit, no form but the questions' (site/questions.py), and every
link inside the site, over https to a declared host, or to a declared tel:/mailto: address. What it
finds is named at the texts that hold it, or at the page when it comes of texts together.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Sequence
from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown

from onpe_guide.data.links import declared_contacts, declared_hosts
from onpe_guide.data.markup import EXTENSIONS
from onpe_guide.errors import Problem
from onpe_guide.model import Guide, all_texts
from onpe_guide.site.questions import FORM_ATTRIBUTES, FORM_ELEMENTS
from onpe_guide.site.render import RenderedPage
from onpe_guide.workers import Later, in_background, in_two

ELEMENTS = frozenset(
    "a br caption code div em h1 h2 h3 h4 li ol p small span strong sup table tbody td th thead tr ul".split()  # noqa: SIM905
)
PAGES_WORTH_A_PROCESS = 24  # fewer (an edit under `mkdocs serve`): checked here, sooner than a fork
ATTRIBUTES = frozenset(
    {"href", "class", "id", "scope", "aria-hidden", "aria-label", "role", "lang", "type", "hreflang"}
)


class _Page(HTMLParser):
    def __init__(self, forms: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.elements = ELEMENTS | FORM_ELEMENTS if forms else ELEMENTS
        self.attributes = ATTRIBUTES | FORM_ATTRIBUTES if forms else ATTRIBUTES
        self.found: list[tuple[str, str]] = []  # (what a text would hold, message)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.elements:
            self.found.append((f"<{tag}", f"<{tag}>"))
        for name, value in attrs:
            if name not in self.attributes:
                self.found.append((f"{name}=", f'attribute "{name}" on <{tag}>'))  # as an attribute list writes it
            elif name == "class" and "guide-exit" in (value or ""):
                self.found.append(("guide-exit", "a second quick exit"))
            elif name == "href":
                self.hrefs.append(value or "")


def page_problems(guide: Guide, pages: Iterable[RenderedPage]) -> list[Problem]:
    """Every problem of every page, named at the texts that make it."""
    return PageWall()(guide, pages)


class PageWall:
    """`page_problems`, remembering what it found on each page as it was: under `mkdocs serve`, an
    edit checks again only the pages it changed (and every page when the declared hosts change).
    What a page holds depends on its text, path, language and forms and on the declared addresses
    only; where it is named (`_named`) is found again each time, as lines move. A whole site's
    pages are shared with a second process (`workers.in_two`, by length: half the wait on two
    cores), or checked by it while MkDocs renders them (`start`, `background`)."""

    def __init__(self) -> None:
        self.seen: dict[tuple[object, ...], list[tuple[str, str]]] = {}

    def __call__(self, guide: Guide, pages: Iterable[RenderedPage]) -> list[Problem]:
        return self.start(guide, pages, background=False)()

    def start(self, guide: Guide, pages: Iterable[RenderedPage], *, background: bool) -> Later[Problem]:
        """The problems, once the returned `Later` is called; in `background`, a forked child checks
        the pages while this process goes on (MkDocs rendering them), if it can (`workers`)."""
        hosts, contacts = declared_hosts(guide), declared_contacts(guide)
        addresses = (frozenset(hosts), frozenset(contacts))
        keyed = [((page.path, page.lang, page.forms, page.body, addresses), page) for page in pages]
        new = [page for key, page in keyed if key not in self.seen]

        def check(some: Sequence[RenderedPage]) -> list[list[tuple[str, str]]]:
            converter = markdown.Markdown(extensions=EXTENSIONS)  # one for every page, reset before each
            return [_findings(converter, page, hosts, contacts) for page in some]

        if background:
            pending = in_background(check, new, minimum=PAGES_WORTH_A_PROCESS)
        else:
            done = in_two(check, new, minimum=PAGES_WORTH_A_PROCESS, weight=lambda page: len(page.body))
            pending = Later(lambda: done, background=False)

        def problems() -> list[Problem]:
            found = dict(zip((id(page) for page in new), pending(), strict=True))
            self.seen = {key: self.seen[key] if id(page) not in found else found[id(page)] for key, page in keyed}
            return [_named(guide, page, needle, what) for key, page in keyed for needle, what in self.seen[key]]

        return Later(problems, background=pending.background)


def _findings(
    converter: markdown.Markdown, page: RenderedPage, hosts: set[str], contacts: set[str]
) -> list[tuple[str, str]]:
    """What the page's HTML holds that no text may make: (what a text would hold, message)."""
    converter.reset()  # nothing of the page before (its references, its stash) reaches this one
    checker = _Page(page.forms)
    try:
        checker.feed(converter.convert(page.body))
    except RecursionError:
        checker.found.append(("", "nested too deeply"))
    checker.close()
    found = checker.found + [(f"[{name}]:", "a reference definition") for name in converter.references]
    return found + [(href, f'a link to "{href}"') for href in checker.hrefs if _outside(href, page, hosts, contacts)]


def _outside(href: str, page: RenderedPage, hosts: set[str], contacts: set[str]) -> bool:
    """A link that leaves the site for somewhere not declared, or climbs above its root."""
    parts = urlsplit(href)
    if parts.scheme == "https":
        return parts.netloc not in hosts or not href.startswith("https://")
    if parts.scheme in ("tel", "sms", "mailto"):
        return href not in contacts
    if parts.scheme or parts.netloc or href.startswith(("/", "\\")):
        return True
    depth = page.path.count("/") + 2  # its folder, its own folder (directory URLs), its language's
    return posixpath.normpath(posixpath.join("x/" * depth, parts.path)).startswith("..")


def _named(guide: Guide, page: RenderedPage, needle: str, what: str) -> Problem:
    """At the texts (in the page's language) that hold `needle`; at the page if none does."""
    message = f"{what} on the page {page.path} ({page.lang}): texts are words, *emphasis*, **strong** and links"
    for text in all_texts(guide):
        value = text.get(page.lang, "")
        if needle and needle in value and text.where and not text.where.startswith("docs/"):
            file, _, rest = text.where.partition(":")
            line, _, field = rest.partition(" ")
            return Problem(file, int(line or 1), (f"{field}.{page.lang}",), message)
    return Problem(f"docs/{page.path}", 1, (), f"{message}; it comes of texts together on one line")
