"""Links from hand-written pages to the files the build writes beside the pages (the open data,
the schemas, the PDFs): MkDocs knows only docs/, and its strict build refused them as broken.
The hook hides them from MkDocs' link check behind a scheme of ours, then points them at the file
from the page's own address, in every language and in the offline bundle alike."""

from __future__ import annotations

import re

SCHEME = "guide-site-file:"  # MkDocs leaves a link with a scheme as it is
_TARGET = re.compile(r"(\]\(\s*|^[ ]{0,3}\[[^\]\n]+\]:[ \t]*)([^)\s#?]+)", re.MULTILINE)


def hide_site_files(markdown: str, files: set[str]) -> str:
    """`[words](donnees/guide.json)` (and `[x]: donnees/guide.json`) marked as a site file;
    `files`: `data.handwritten.site_files`, made once per build (engine.generate.Generator)."""
    return _TARGET.sub(lambda m: m[1] + (SCHEME if m[2] in files else "") + m[2], markdown)


def point_site_files(html: str, page_url: str) -> str:
    """Each marked link made relative to the page at `page_url` (`en/a-propos/`, `a-propos.html`)."""
    return html.replace(f'href="{SCHEME}', f'href="{"../" * page_url.count("/")}')
