"""« Des dispositifs diversifiés »: the forms of care and one page per kind of provision."""

from __future__ import annotations

from onpe_guide.model import Provision
from onpe_guide.outline.blocks import Download, Heading
from onpe_guide.outline.provisions import forms_outline, provision_outline, sources_outline
from onpe_guide.sections import PROVISIONS, sheet_id
from onpe_guide.site.markdown import page
from onpe_guide.site.render import Ctx, bullets


def provisions_overview(c: Ctx) -> str:
    g = c.guide
    kinds = f"## {c.ui('kinds_title')}\n\n" + bullets(
        f"**{c.link(PROVISIONS.page(p.id), c.t(p.label))}** — {c.t(p.text)}" for p in g.provisions
    )
    forms = [Heading(c.ui("forms_title")), *forms_outline(c)]  # each form's kinds: the site's classification
    return page(c, c.ui("provisions_title"), c.t(g.provisions_intro), *forms, kinds, *sources_outline(c))


def provision_page(provision: Provision, c: Ctx) -> str:
    return page(c, c.t(provision.label), *provision_outline(provision, c), Download(sheet_id(PROVISIONS, provision.id)))
