"""The hand-written pages' `{{ publication.<field> }}`, filled in from data/publication.yml: the
legal notice and the accessibility statement name the deployment's publisher, director of
publication, host and contact address. A field not filled in yet says so (a release refuses it)."""

from __future__ import annotations

import re

from onpe_guide.data.publication import PLACEHOLDER
from onpe_guide.data.typography import ordinals, typeset
from onpe_guide.model import Guide
from onpe_guide.site.render import escape
from onpe_guide.urls import HANDWRITTEN


def page_markdown(guide: Guide, lang: str, page: str, markdown: str) -> str:
    """A page's Markdown as MkDocs is to render it: the deployment's details filled in and, on a
    hand-written page (`a-propos.md`…), the typography that data/'s texts get when they are read
    (generated pages are made of those texts already)."""
    filled = fill_publication(guide, lang, markdown)
    return ordinals(typeset(lang, filled)) if page in HANDWRITTEN else filled


def fill_publication(guide: Guide, lang: str, markdown: str) -> str:
    def value(match: re.Match[str]) -> str:
        found: str = getattr(guide.publication, match.group(1), "")
        if not found:
            return f"*{escape(guide.strings['publication_missing'][lang])}*"
        if match.group(1) == "contact_email":
            return f"[{escape(found)}](mailto:{found})"
        return escape(found)

    return PLACEHOLDER.sub(value, markdown)
