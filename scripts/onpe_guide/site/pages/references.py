"""The references: the dossier, the ONPE's pages and contact, the 119."""

from __future__ import annotations

from onpe_guide.outline.provisions import reference_line
from onpe_guide.site.pages.common import helpline
from onpe_guide.site.render import Ctx, bullets


def references_page(c: Ctx) -> str:
    g = c.guide
    readings = bullets(reference_line(r, c) for r in g.references if r.kind in {"dossier", "page"})
    contacts = "\n\n".join(f"**[{c.t(r.label)}]({r.url})**  \n{c.t(r.text)}" for r in g.references_of("contact"))
    title, sources_title, contact_title = c.ui("references_title"), c.ui("sources_title"), c.ui("contact_title")
    parts = [f"# {title}", f"## {sources_title}", readings, f"## {contact_title}", contacts, helpline(c)]
    return "\n\n".join(parts)
