"""Links written in data texts: `[label](roles/reperer.md)` from the site's root, or https to a
declared address. Each is checked here, so that a broken one is named by file and line."""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from onpe_guide.data.readers import FileReader
from onpe_guide.model import Guide
from onpe_guide.urls import known_pages

LINK = re.compile(r"\]\(([^)\s]*)\)")
FULL_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")


def declared_hosts(guide: Guide) -> set[str]:
    """The only other sites a page may link to: those of the references, and the quick exit's."""
    return {urlsplit(url).netloc for url in [*(r.url for r in guide.references), guide.quick_exit_url]} - {""}


def check_links(guide: Guide, readers: Iterable[FileReader]) -> None:
    """A problem on each file's reader for every link that leads nowhere known."""
    pages, hosts = known_pages(guide), declared_hosts(guide)
    for reader in readers:
        for path, text in reader.seen:
            for lang, value in text.items():
                for target in LINK.findall(value):
                    problem = link_problem(target, pages, hosts)
                    if problem:
                        reader.file.problem((*path, lang), problem)


def link_problem(target: str, pages: list[str], hosts: set[str]) -> str | None:
    parts = urlsplit(target)
    if parts.scheme == "tel":
        return None
    if parts.scheme == "https":
        if parts.netloc in hosts:
            return None
        return f'link to "{target}": not a declared address; declared: {", ".join(sorted(hosts))}'
    if parts.scheme or parts.netloc:
        return f'link to "{target}": expected https:// or a page of this site such as "roles/reperer.md"'
    page = posixpath.normpath(parts.path) if parts.path else ""
    if page in pages:
        return None
    close = difflib.get_close_matches(page, pages, n=1)
    hint = f'; did you mean "{close[0]}"?' if close else '; links go from the site\'s root, such as "roles/reperer.md"'
    return f'link to "{target}": no such page{hint}'


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
