"""« Des dispositifs diversifiés »: the forms of care and one page per kind of provision."""

from __future__ import annotations

from onpe_guide.model import Provision
from onpe_guide.outline.blocks import Download
from onpe_guide.outline.provisions import provision_outline, sources_outline
from onpe_guide.sections import PROVISIONS, sheet_id
from onpe_guide.site.markdown import page
from onpe_guide.site.render import Ctx, bullets


def provisions_overview(c: Ctx) -> str:
    g = c.guide
    parts = [c.t(g.provisions_intro), f"## {c.ui('forms_title')}"]
    if g.forms_note:  # the kinds under each form: the site's classification, said as such
        parts.append(f"*{c.t(g.forms_note)}*")
    for form in g.forms:
        kinds = bullets(c.link(PROVISIONS.page(p.id), c.t(p.label)) for p in g.provisions_of_form(form.id))
        parts.append(f"### {c.t(form.label)} {{#{form.id}}}\n\n{kinds}")
    parts.append(
        f"## {c.ui('kinds_title')}\n\n"
        + bullets(f"**{c.link(PROVISIONS.page(p.id), c.t(p.label))}** — {c.t(p.text)}" for p in g.provisions)
    )
    return page(c, c.ui("provisions_title"), *parts, *sources_outline(c))


def provision_page(provision: Provision, c: Ctx) -> str:
    return page(c, c.t(provision.label), *provision_outline(provision, c), Download(sheet_id(PROVISIONS, provision.id)))
