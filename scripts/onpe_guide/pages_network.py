"""What the actors, roles, provision and references pages say."""

from __future__ import annotations

from onpe_guide.model import Actor, Provision, Reference, Role
from onpe_guide.pages import helpline
from onpe_guide.paths import ACTORS, MATRIX_ANCHOR, PROVISIONS, ROLES, index_of, page_of
from onpe_guide.render import Ctx, bullets


def actors_overview(c: Ctx) -> str:
    g = c.guide
    head = (
        "| "
        + " | ".join([c.ui("matrix_role"), *(c.link(page_of(ACTORS, a.id), c.t(a.label)) for a in g.actors)])
        + " |"
    )
    rule = "| " + " | ".join([":--", *(":-:" for _ in g.actors)]) + " |"
    rows = [
        "| "
        + " | ".join([c.link(page_of(ROLES, r.id), c.t(r.label)), *(matrix_cell(c, r.id in a.roles) for a in g.actors)])
        + " |"
        for r in g.roles
    ]
    listing = "\n".join(
        f"- **{c.link(page_of(ACTORS, a.id), c.t(a.label))}** — " + ", ".join(c.t(g.role(r).label) for r in a.roles)
        for a in g.actors
    )
    table = "\n".join([head, rule, *rows])
    return f"""# {c.ui("actors_title")}

{listing}

## {c.ui("matrix_title")} {{#{MATRIX_ANCHOR}}}

{c.ui("matrix_caption")}

<div class="guide-matrix" markdown>

{table}

</div>

{c.download("qui-fait-quoi")}"""


def matrix_cell(c: Ctx, held: bool) -> str:
    """A mark that is seen, and a word that is read aloud."""
    if held:
        return f'<span aria-hidden="true">✓</span><span class="guide-sr">{c.ui("matrix_yes")}</span>'
    return f'<span class="guide-sr">{c.ui("matrix_no")}</span>'


def actor_page(actor: Actor, c: Ctx) -> str:
    g = c.guide
    parts = [f"# {c.t(actor.label)}"]
    if actor.label_note:
        parts.append(f'!!! info "{c.ui("label_note_title")}"\n\n    {c.t(actor.label_note)}')
    parts.append(
        f"## {c.ui('roles_of_actor')}\n\n"
        + bullets(c.link(page_of(ROLES, r), c.t(g.role(r).label)) for r in actor.roles)
    )
    others = [a for a in g.actors if a != actor and set(a.roles) & set(actor.roles)]
    if others:
        parts.append(
            f"## {c.ui('shares_roles_with')}\n\n" + bullets(c.link(page_of(ACTORS, a.id), c.t(a.label)) for a in others)
        )
    parts.append(c.link(f"{index_of(ACTORS)}#{MATRIX_ANCHOR}", c.ui("matrix_title")))
    parts.append(c.download(f"acteur-{actor.id}"))
    return "\n\n".join(parts)


def roles_overview(c: Ctx) -> str:
    lines = (
        c.link(page_of(ROLES, r.id), c.t(r.label))
        + f" — {c.ui('actor_count', count=len(c.guide.actors_with_role(r.id)))}"
        for r in c.guide.roles
    )
    matrix = c.link(f"{index_of(ACTORS)}#{MATRIX_ANCHOR}", c.ui("matrix_title"))
    return f"# {c.ui('roles_title')}\n\n{c.ui('roles_intro')}\n\n{bullets(lines)}\n\n{matrix}"


def role_page(role: Role, c: Ctx) -> str:
    actors = bullets(c.link(page_of(ACTORS, a.id), c.t(a.label)) for a in c.guide.actors_with_role(role.id))
    matrix = c.link(f"{index_of(ACTORS)}#{MATRIX_ANCHOR}", c.ui("matrix_title"))
    return f"# {c.t(role.label)}\n\n## {c.ui('actors_with_role')}\n\n{actors}\n\n{matrix}"


def provisions_overview(c: Ctx) -> str:
    g = c.guide
    parts = [f"# {c.ui('provisions_title')}", c.t(g.provisions_intro), f"## {c.ui('forms_title')}"]
    for form in g.forms:
        kinds = bullets(c.link(page_of(PROVISIONS, p.id), c.t(p.label)) for p in g.provisions_of_form(form.id))
        parts.append(f"### {c.t(form.label)} {{#{form.id}}}\n\n{kinds}")
    parts.append(
        f"## {c.ui('kinds_title')}\n\n"
        + bullets(f"**{c.link(page_of(PROVISIONS, p.id), c.t(p.label))}** — {c.t(p.text)}" for p in g.provisions)
    )
    parts.append(sources(c))
    return "\n\n".join(parts)


def sources(c: Ctx) -> str:
    refs = (c.guide.reference(r) for r in c.guide.provision_sources)
    return f"## {c.ui('sources_title')}\n\n" + bullets(reference_line(c, r) for r in refs)


def reference_line(c: Ctx, ref: Reference) -> str:
    return c.ui("labelled", label=f"[{c.t(ref.label)}]({ref.url})", text=c.t(ref.text))


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


def references_page(c: Ctx) -> str:
    g = c.guide
    readings = bullets(reference_line(c, r) for r in g.references if r.kind in {"dossier", "page"})
    contacts = "\n\n".join(
        f"**[{c.t(r.label)}]({r.url})**  \n{c.t(r.text)}" for r in g.references if r.kind == "contact"
    )
    title, sources_title, contact_title = c.ui("references_title"), c.ui("sources_title"), c.ui("contact_title")
    parts = [f"# {title}", f"## {sources_title}", readings, f"## {contact_title}", contacts, helpline(c)]
    return "\n\n".join(parts)
