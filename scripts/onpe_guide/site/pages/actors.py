"""The actors: overview with the who-does-what matrix, one page per group, and the roles."""

from __future__ import annotations

from onpe_guide.model import Actor, Role
from onpe_guide.site.render import Ctx, bullets
from onpe_guide.urls import ACTORS, MATRIX_ANCHOR, ROLES, index_of, page_of


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


def see_also(c: Ctx, role: Role) -> str:
    """« Voir aussi : Accompagner et/ou accueillir », linked, for a role worded like another;
    nothing for the others. Wherever a role is listed, this goes beside it."""
    if not role.see_also:
        return ""
    links = ", ".join(c.link(page_of(ROLES, r), c.t(c.guide.role(r).label)) for r in role.see_also)
    return c.ui("see_also", roles=links)


def roles_overview(c: Ctx) -> str:
    lines = (
        c.link(page_of(ROLES, r.id), c.t(r.label))
        + f" — {c.ui('actor_count', count=len(c.guide.actors_with_role(r.id)))}"
        + (f" · *{see_also(c, r)}*" if r.see_also else "")
        for r in c.guide.roles
    )
    matrix = c.link(f"{index_of(ACTORS)}#{MATRIX_ANCHOR}", c.ui("matrix_title"))
    return f"# {c.ui('roles_title')}\n\n{c.ui('roles_intro')}\n\n{bullets(lines)}\n\n{matrix}"


def role_page(role: Role, c: Ctx) -> str:
    actors = bullets(c.link(page_of(ACTORS, a.id), c.t(a.label)) for a in c.guide.actors_with_role(role.id))
    matrix = c.link(f"{index_of(ACTORS)}#{MATRIX_ANCHOR}", c.ui("matrix_title"))
    note = f"*{see_also(c, role)}*\n\n" if role.see_also else ""
    return f"# {c.t(role.label)}\n\n{note}## {c.ui('actors_with_role')}\n\n{actors}\n\n{matrix}"
