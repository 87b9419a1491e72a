"""« Des dispositifs diversifiés »: the forms of care and one page per kind of provision."""

from __future__ import annotations

from onpe_guide.model import Provision
from onpe_guide.site.pages.common import sources
from onpe_guide.site.render import Ctx, bullets
from onpe_guide.urls import PROVISIONS, index_of, page_of


def provisions_overview(c: Ctx) -> str:
    g = c.guide
    parts = [f"# {c.ui('provisions_title')}", c.t(g.provisions_intro), f"## {c.ui('forms_title')}"]
    if g.forms_note:  # the kinds under each form: the site's classification, said as such
        parts.append(f"*{c.t(g.forms_note)}*")
    for form in g.forms:
        kinds = bullets(c.link(page_of(PROVISIONS, p.id), c.t(p.label)) for p in g.provisions_of_form(form.id))
        parts.append(f"### {c.t(form.label)} {{#{form.id}}}\n\n{kinds}")
    parts.append(
        f"## {c.ui('kinds_title')}\n\n"
        + bullets(f"**{c.link(page_of(PROVISIONS, p.id), c.t(p.label))}** — {c.t(p.text)}" for p in g.provisions)
    )
    parts.append(sources(c))
    return "\n\n".join(parts)


def provision_page(provision: Provision, c: Ctx) -> str:
    form = c.guide.form(provision.form)
    parts = [f"# {c.t(provision.label)}", c.t(provision.text)]
    if provision.details:
        parts.append(c.t(provision.details.intro) + "\n\n" + bullets(c.t(i) for i in provision.details.items))
    parts.append(
        c.ui(
            "labelled",
            label=f"**{c.ui('form_title')}**",
            text=c.link(f"{index_of(PROVISIONS)}#{form.id}", c.t(form.label)),
        )
    )
    parts.append(sources(c))
    parts.append(c.download(f"dispositif-{provision.id}"))
    return "\n\n".join(parts)
