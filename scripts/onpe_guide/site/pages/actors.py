"""The actors: the overview with the who-does-what matrix, and one page per group of actors
with each of its roles, the other groups that hold it (partners to call), and its downloads.
Role pages are folded into these; their addresses stay, each pointing to where its role now is."""

from __future__ import annotations

from html import escape as html_escape

from onpe_guide.model import Actor, Role
from onpe_guide.site.render import Ctx, bullets, elsewhere
from onpe_guide.urls import ACTORS, MATRIX_ANCHOR, index_of, page_of

MATRIX_SHEET = "qui-fait-quoi"


def role_anchor(role_id: str) -> str:
    """Where a role is, on the matrix (its row) and on each actor page (its section)."""
    return f"role-{role_id}"


def actors_overview(c: Ctx) -> str:
    g = c.guide
    listing = "\n".join(
        f"- **{c.link(page_of(ACTORS, a.id), c.t(a.label))}** — "
        + ", ".join(c.link(f"{page_of(ACTORS, a.id)}#{role_anchor(r)}", c.t(g.role(r).label)) for r in a.roles)
        for a in g.actors
    )
    return f"""# {c.ui("actors_title")}

{listing}

## {c.ui("matrix_title")} {{#{MATRIX_ANCHOR}}}

{matrix(c)}

{c.download(MATRIX_SHEET)}"""


def matrix(c: Ctx) -> str:
    """One table, two ways to read it: from tablet width up (and on paper), roles in rows and
    groups in columns; on a phone, CSS lays each row out as « Repérer — École · Social · … »,
    showing the names of the groups that hold the role (the table's header is off screen there)."""
    g = c.guide
    head = "".join(f'<th scope="col">{cell_link(c, page_of(ACTORS, a.id), c.t(a.label))}</th>' for a in g.actors)
    rows = []
    for role in g.roles:
        cells = "".join(matrix_cell(c, role, a) for a in g.actors)
        label = f'<th scope="row">{c.t(role.label)}{see_also_html(c, role)}</th>'
        rows.append(f'<tr id="{role_anchor(role.id)}">{label}{cells}</tr>')
    return (
        '<div class="guide-matrix">\n<table class="guide-matrix__table">\n'
        f"<caption>{c.ui('matrix_caption')}</caption>\n"
        f'<thead><tr><th scope="col">{c.ui("matrix_role")}</th>{head}</tr></thead>\n'
        f"<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n</div>"
    )


def matrix_cell(c: Ctx, role: Role, actor: Actor) -> str:
    """A mark that is seen and a word that is read aloud; where the role is held, the group's
    name too, which only the phone layout shows (a link to that role on the group's page)."""
    if role.id not in actor.roles:
        return f'<td class="guide-matrix__no"><span class="guide-sr">{c.ui("matrix_no")}</span></td>'
    name = cell_link(c, f"{page_of(ACTORS, actor.id)}#{role_anchor(role.id)}", c.t(actor.label))
    return (
        f'<td class="guide-matrix__yes"><span aria-hidden="true" class="guide-matrix__mark">✓</span>'
        f'<span class="guide-matrix__actor">{name}</span>'
        f'<span class="guide-sr">{c.ui("matrix_yes")}</span></td>'
    )


def see_also_html(c: Ctx, role: Role) -> str:
    """`see_also` inside the table's raw HTML, where Markdown links are not rendered."""
    if not role.see_also:
        return ""
    links = ", ".join(
        cell_link(c, f"{index_of(ACTORS)}#{role_anchor(r)}", c.t(c.guide.role(r).label)) for r in role.see_also
    )
    return f'<span class="guide-matrix__see-also">{c.ui("see_also", roles=links)}</span>'


def cell_link(c: Ctx, target: str, label: str) -> str:
    """A link in raw HTML (the table): MkDocs does not rewrite those, so the address is the page's.
    Labels arrive as the pages show them: `<` escaped, marks of untranslated text as HTML."""
    return f'<a href="{html_escape(c.href(target))}">{label}</a>'


def actor_page(actor: Actor, c: Ctx) -> str:
    g = c.guide
    parts = [f"# {c.t(actor.label)}"]
    if actor.label_note:
        parts.append(f'!!! info "{c.ui("label_note_title")}"\n\n    {c.t(actor.label_note)}')
    parts.append(f"## {c.ui('roles_of_actor')}")
    for role_id in actor.roles:
        parts.append(actor_role(c, actor, g.role(role_id)))
    sheets = [
        c.download(f"acteur-{actor.id}", label=c.t(actor.label)),
        c.download(MATRIX_SHEET, label=c.ui("matrix_title")),
    ]
    if any(sheets):  # the heading too: Material indexes each heading's section
        parts += [f"## {c.ui('downloads_title')} {{ data-search-exclude }}", " ".join(d for d in sheets if d)]
    parts.append(elsewhere(c.link(f"{index_of(ACTORS)}#{MATRIX_ANCHOR}", c.ui("matrix_title"))))
    return "\n\n".join(p for p in parts if p)


def actor_role(c: Ctx, actor: Actor, role: Role) -> str:
    """One role of a group: the other groups that hold it, each linked to that role on its page."""
    partners = [a for a in c.guide.actors_with_role(role.id) if a != actor]
    anchor = role_anchor(role.id)
    heading = f"### {c.t(role.label)} {{#{anchor}}}"
    if role.see_also:
        heading += f"\n\n*{see_also(c, role)}*"
    if not partners:
        return f"{heading}\n\n{c.ui('no_partner')}"
    links = bullets(c.link(f"{page_of(ACTORS, a.id)}#{anchor}", c.t(a.label)) for a in partners)
    return f"{heading}\n\n{c.ui('partners_title')}\n\n{links}"


def see_also(c: Ctx, role: Role) -> str:
    """« Voir aussi : Accompagner et/ou accueillir », linked, for a role worded like another;
    nothing for the others. Wherever a role is listed, this goes beside it."""
    if not role.see_also:
        return ""
    links = ", ".join(c.link(f"{index_of(ACTORS)}#{role_anchor(r)}", c.t(c.guide.role(r).label)) for r in role.see_also)
    return c.ui("see_also", roles=links)


def roles_overview(c: Ctx) -> str:
    """The old « Rôles » section's overview: each role, linked to its row in the matrix."""
    lines = (
        c.link(f"{index_of(ACTORS)}#{role_anchor(r.id)}", c.t(r.label))
        + f" — {c.ui('actor_count', count=len(c.guide.actors_with_role(r.id)))}"
        + (f" · *{see_also(c, r)}*" if r.see_also else "")
        for r in c.guide.roles
    )
    matrix_link = c.link(f"{index_of(ACTORS)}#{MATRIX_ANCHOR}", c.ui("matrix_title"))
    return f"# {c.ui('roles_title')}\n\n{c.ui('roles_intro')}\n\n{bullets(lines)}\n\n{elsewhere(matrix_link)}"


def role_page(role: Role, c: Ctx) -> str:
    """An old role page's address: the role, and where it now is (each group's page, the matrix)."""
    anchor = role_anchor(role.id)
    actors = bullets(
        c.link(f"{page_of(ACTORS, a.id)}#{anchor}", c.t(a.label)) for a in c.guide.actors_with_role(role.id)
    )
    matrix_link = c.link(f"{index_of(ACTORS)}#{anchor}", c.ui("matrix_title"))
    note = f"*{see_also(c, role)}*\n\n" if role.see_also else ""
    return f"# {c.t(role.label)}\n\n{note}{c.ui('role_moved')}\n\n{actors}\n\n{elsewhere(matrix_link)}"
