"""Links written in data texts: `[label](roles/reperer.md)` from the site's root, https to a
declared address, or a tel:/mailto: address that a reference declares. Each text is checked on
the HTML it renders to (`markup`), so that a broken or hostile one is named by file and line."""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from onpe_guide.data.markup import is_one_line, markup_problems
from onpe_guide.data.readers import FileReader
from onpe_guide.model import Guide
from onpe_guide.urls import known_pages

LINK = re.compile(r"\]\(([^)\s]*)\)")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
FULL_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
# Texts found clean, with what their links were checked against: under `mkdocs serve`, an edit
# renders again only the texts it changed (most of reading data/). Never a text with a problem.
_CLEAN: set[tuple[str, bool, tuple[frozenset[str], ...]]] = set()
MAX_REMEMBERED = 100_000


def declared_hosts(guide: Guide) -> set[str]:
    """The only other sites a page may link to: those of the references, of the terminology's
    sources (the glossary cites them), and the quick exit's."""
    urls = [*(r.url for r in guide.references), *(s.url for s in guide.terminology_sources), guide.quick_exit_url]
    return {urlsplit(url).netloc for url in urls} - {""}


def declared_contacts(guide: Guide) -> set[str]:
    """The only tel:, sms: and mailto: addresses a text may link to: the help box's numbers, and
    those the references declare."""
    numbers = {line.url for group in guide.help.groups for line in group.lines}
    return numbers | {r.url for r in guide.references if urlsplit(r.url).scheme in ("tel", "mailto")}


def check_links(guide: Guide, readers: Iterable[FileReader]) -> None:
    """A problem on each file's reader for every text whose HTML the allow-list refuses, and
    every link that leads nowhere known."""
    pages, hosts, contacts = known_pages(guide), declared_hosts(guide), declared_contacts(guide)
    addresses = (frozenset(pages), frozenset(hosts), frozenset(contacts))

    def check_href(target: str) -> str | None:
        return link_problem(target, pages, hosts, contacts)

    if len(_CLEAN) > MAX_REMEMBERED:
        _CLEAN.clear()
    for reader in readers:
        for path, text in [*reader.seen, *reader.words]:
            for lang, value in text.items():
                shown = PLACEHOLDER.sub("x", value) if path[0] == "strings" else value  # as the pages fill it
                for problem in _remembered(shown, is_one_line(path), addresses, check_href):
                    reader.file.problem((*path, lang), problem)


def _remembered(
    text: str, one_line: bool, addresses: tuple[frozenset[str], ...], check_href: Callable[[str], str | None]
) -> list[str]:
    """`markup_problems`, or none for a text found clean against the same addresses before."""
    if (text, one_line, addresses) in _CLEAN:
        return []
    problems = markup_problems(text, one_line, check_href)
    if not problems:
        _CLEAN.add((text, one_line, addresses))
    return problems


def link_problem(
    target: str, pages: list[str], hosts: set[str], contacts: frozenset[str] | set[str] = frozenset()
) -> str | None:
    parts = urlsplit(target)
    if parts.scheme in ("tel", "mailto", "https"):
        return _outside_problem(target, parts.netloc, hosts, contacts)
    if parts.scheme or parts.netloc:
        return f'link to "{target}": expected https:// or a page of this site such as "roles/reperer.md"'
    if not parts.path and parts.fragment and not parts.query:
        return None  # a heading of the same page: MkDocs' strict build checks that it exists
    page = posixpath.normpath(parts.path) if parts.path else ""
    if page in pages:
        return None
    close = difflib.get_close_matches(page, pages, n=1)
    hint = f'; did you mean "{close[0]}"?' if close else '; links go from the site\'s root, such as "roles/reperer.md"'
    return f'link to "{target}": no such page{hint}'


def _outside_problem(target: str, host: str, hosts: set[str], contacts: frozenset[str] | set[str]) -> str | None:
    """A link out of the site: over https to a declared host, or a declared tel:/mailto: address."""
    if urlsplit(target).scheme == "https":
        ok, declared = host in hosts, hosts
        return None if ok else f'link to "{target}": not a declared address; declared: {", ".join(sorted(declared))}'
    if target in contacts:
        return None
    return f'link to "{target}": not an address the references declare; declared: {", ".join(sorted(contacts))}'


def relative_links(markdown: str, page: str) -> str:
    """Rewrite root-relative page links for a page at `page` (MkDocs resolves them from there)."""

    def local(match: re.Match[str]) -> str:
        target = match.group(1)
        if urlsplit(target).scheme or not target or target.startswith("#"):
            return match.group(0)
        return f"]({posixpath.relpath(target, posixpath.dirname(page) or '.')})"

    return LINK.sub(local, markdown)


def unlink_pages(markdown: str) -> str:
    """On paper a link to a page of the site cannot be followed: keep its words only."""
    return FULL_LINK.sub(lambda m: m.group(0) if urlsplit(m.group(2)).scheme else m.group(1), markdown)
