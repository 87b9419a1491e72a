"""Markdown links inside data texts (checked in links.py, localised here for each page)."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urlsplit

LINK = re.compile(r"\]\(([^)\s]*)\)")


def relative_links(markdown: str, page: str) -> str:
    """Rewrite root-relative page links for a page at `page` (MkDocs resolves them from there)."""

    def local(match: re.Match[str]) -> str:
        target = match.group(1)
        if urlsplit(target).scheme or not target or target.startswith("#"):
            return match.group(0)
        return f"]({posixpath.relpath(target, posixpath.dirname(page) or '.')})"

    return LINK.sub(local, markdown)


FULL_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")


def unlink_pages(markdown: str) -> str:
    """On paper a link to a page of the site cannot be followed: keep its words only."""
    return FULL_LINK.sub(lambda m: m.group(0) if urlsplit(m.group(2)).scheme else m.group(1), markdown)
