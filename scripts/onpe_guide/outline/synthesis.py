"""The synthesis: the whole guide on two pages, composed of the same outlines as the site's pages."""

from __future__ import annotations

from onpe_guide.outline.actors import actors_listing
from onpe_guide.outline.blocks import Block, Bullets, Heading, Paragraph
from onpe_guide.outline.moments import moments_outline
from onpe_guide.outline.provisions import sources_outline
from onpe_guide.outline.verbs import key_words_outline, verbs_outline
from onpe_guide.outline.writer import Writer


def synthesis_outline(w: Writer) -> list[Block]:
    g = w.guide
    return [
        Paragraph(w.t(g.introduction)),
        Heading(w.ui("moments_title")),
        *moments_outline(w),
        Heading(w.ui("verbs_title")),
        *verbs_outline(w, level=2),
        Heading(w.ui("actors_title")),
        actors_listing(w),
        Heading(w.ui("provisions_title")),
        Paragraph(w.t(g.provisions_intro)),
        # The kinds by name: each has its own sheet with the leaflet's text (two pages hold no more).
        Bullets(tuple(w.strong(w.t(p.label)) for p in g.provisions)),
        *key_words_outline(w),
        *sources_outline(w, level=2, additions=False),  # the references' page and sheets have them
    ]  # the help box is in every sheet's foot
