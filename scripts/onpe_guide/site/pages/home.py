"""The home page: who the guide is for and where to start, with the 119 on the first phone screen."""

from __future__ import annotations

from onpe_guide.outline.blocks import Heading
from onpe_guide.outline.help import help_outline
from onpe_guide.outline.verbs import key_words_outline
from onpe_guide.sections import ACTORS, MOMENTS, VERBS
from onpe_guide.site.markdown import page
from onpe_guide.site.render import Ctx
from onpe_guide.urls import BOOKLET, KIT, MATRIX_ANCHOR
from onpe_guide.urls import SYNTHESIS_SHEET as SYNTHESIS


def home(c: Ctx) -> str:
    g = c.guide
    return page(
        c,
        c.t(g.title),
        audience(c),
        help_outline(c),
        Heading(c.ui("start_here")),
        entry_points(c),
        c.t(g.introduction),
        Heading(c.ui("moments_title")),
        c.t(g.attitude),
        *key_words_outline(c),
        downloads(c),
    )


def audience(c: Ctx) -> str:
    """Who the guide is for, and that it follows the ONPE leaflet: the site's words, marked so."""
    return f'<div class="guide-own-words" markdown>\n\n{c.ui("audience")} {c.mark("addition")}\n\n</div>'


def entry_points(c: Ctx) -> str:
    """Four ways in, as cards the whole of which is a link: the verbs, the moments, who does
    what, the trainer's kit."""
    g = c.guide
    cards = [
        (VERBS.index(), c.ui("verbs_title"), " · ".join(c.t(v.label) for v in g.verbs)),
        (MOMENTS.index(), c.ui("moments_title"), " · ".join(c.t(m.label) for m in g.moments)),
        (f"{ACTORS.index()}#{MATRIX_ANCHOR}", c.ui("matrix_title"), c.ui("roles_intro")),
        (KIT, c.ui("kit_title"), c.ui("kit_intro")),
    ]
    items = "\n".join(f"-   **{c.link(path, title)}**\n\n    {summary}\n" for path, title, summary in cards)
    return f'<div class="guide-cards" markdown>\n\n{items}\n</div>'


def downloads(c: Ctx) -> str:
    """The synthesis and the booklet, each named for what it is, with its kind, pages and size."""
    found = [
        c.download(SYNTHESIS, label=c.ui("synthesis_title")),
        c.download(BOOKLET, "download_booklet"),
    ]
    return " ".join(d for d in found if d)
