"""The references: the dossier and the ONPE's pages, its contact block, and the help box."""

from __future__ import annotations

from onpe_guide.outline.blocks import Heading
from onpe_guide.outline.help import help_outline
from onpe_guide.outline.provisions import reference_addition, reference_line
from onpe_guide.site.markdown import page
from onpe_guide.site.render import Ctx, bullets


def references_page(c: Ctx) -> str:
    g = c.guide
    readings = bullets(reference_line(r, c) for r in g.references if r.kind in {"dossier", "page"})
    contacts = "\n\n".join(
        f"**{c.external(c.t(r.label), r.url)}**  \n{c.t(r.text)}{reference_addition(r, c)}"
        for r in g.references_of("contact")
    )
    return page(
        c,
        c.ui("references_title"),
        Heading(c.ui("sources_title")),
        readings,
        Heading(c.ui("contact_title")),
        contacts,
        help_outline(c),
    )
