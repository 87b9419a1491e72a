"""A page's Markdown as MkDocs is to render it: the hand-written pages filled and typeset as the
check reads them (`data.publication.handwritten_markdown`)."""

from __future__ import annotations

from onpe_guide.data.publication import fill_publication, handwritten_markdown
from onpe_guide.model import Guide
from onpe_guide.urls import HANDWRITTEN


def page_markdown(guide: Guide, lang: str, page: str, markdown: str) -> str:
    """A page's Markdown as MkDocs is to render it: the deployment's details filled in and, on a
    hand-written page (`a-propos.md`…), the typography that data/'s texts get when they are read
    (generated pages are made of those texts already)."""
    return (
        handwritten_markdown(guide, lang, markdown) if page in HANDWRITTEN else fill_publication(guide, lang, markdown)
    )
