"""Links written in data texts: `[label](roles/reperer.md)` from the site's root, or https to a
declared address. Each is checked here, so that a broken one is named by file and line."""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Iterable
from urllib.parse import urlsplit

from onpe_guide.model import Guide
from onpe_guide.paths import HANDWRITTEN, KIT
from onpe_guide.readers import FileReader
from onpe_guide.sitemap import site_pages
from onpe_guide.textlinks import LINK


def known_pages(guide: Guide) -> list[str]:
    return sorted({path for path, _ in site_pages(guide)} | set(HANDWRITTEN) | {KIT})


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
