"""The actors: the overview with the who-does-what matrix, and one page per group of actors
with each of its roles, the other groups that hold it (partners to call), and its downloads.
Role pages are folded into these; their addresses stay, each pointing to where its role now is."""

from __future__ import annotations

from onpe_guide.model import Actor, Role
from onpe_guide.outline.actors import actors_listing, matrix_outline, role_anchor, role_target, see_also
from onpe_guide.outline.blocks import Download, Heading
from onpe_guide.outline.catalogue import MATRIX
from onpe_guide.sections import ACTORS, sheet_id
from onpe_guide.site.markdown import page
from onpe_guide.site.render import Ctx, bullets, elsewhere
from onpe_guide.urls import MATRIX_ANCHOR

MATRIX_PAGE = f"{ACTORS.index()}#{MATRIX_ANCHOR}"


def actors_overview(c: Ctx) -> str:
    return page(
        c,
        c.ui("actors_title"),
        actors_listing(c),
        Heading(c.ui("matrix_title"), anchor=MATRIX_ANCHOR),
        matrix_outline(c),
        Download(MATRIX),
    )


def actor_page(actor: Actor, c: Ctx) -> str:
    g = c.guide
    parts = []
    if actor.label_note:
        parts.append(f'!!! info "{c.ui("label_note_title")}"\n\n    {c.t(actor.label_note)}')
    parts.append(f"## {c.ui('roles_of_actor')}")
    for role_id in actor.roles:
        parts.append(actor_role(c, actor, g.role(role_id)))
    sheets = [
        c.download(sheet_id(ACTORS, actor.id), label=c.t(actor.label)),
        c.download(MATRIX, label=c.ui("matrix_title")),
    ]
    downloads = [f"## {c.ui('downloads_title')}", " ".join(d for d in sheets if d)] if any(sheets) else []
    parts.append(elsewhere(*downloads, c.link(MATRIX_PAGE, c.ui("matrix_title"))))
    return page(c, c.t(actor.label), *parts)


def actor_role(c: Ctx, actor: Actor, role: Role) -> str:
    """One role of a group: the other groups that hold it, each linked to that role on its page."""
    partners = [a for a in c.guide.actors_with_role(role.id) if a != actor]
    anchor = role_anchor(role.id)
    heading = f"### {c.t(role.label)} {{#{anchor}}}"
    if role.see_also:
        heading += f"\n\n*{see_also(role, c)}*"
    if not partners:
        return f"{heading}\n\n{c.ui('no_partner')}"
    links = bullets(c.link(f"{ACTORS.page(a.id)}#{anchor}", c.t(a.label)) for a in partners)
    return f"{heading}\n\n{c.ui('partners_title')}\n\n{links}"


def roles_overview(c: Ctx) -> str:
    """The old « Rôles » section's overview: each role, linked to its row in the matrix."""
    lines = (
        c.link(role_target(r.id), c.t(r.label))
        + f" — {c.ui('actor_count', count=len(c.guide.actors_with_role(r.id)))}"
        + (f" · *{see_also(r, c)}*" if r.see_also else "")
        for r in c.guide.roles
    )
    matrix_link = elsewhere(c.link(MATRIX_PAGE, c.ui("matrix_title")))
    return page(c, c.ui("roles_title"), c.ui("roles_intro"), bullets(lines), matrix_link)


def role_page(role: Role, c: Ctx) -> str:
    """An old role page's address: the role, and where it now is (each group's page, the matrix)."""
    anchor = role_anchor(role.id)
    actors = bullets(c.link(f"{ACTORS.page(a.id)}#{anchor}", c.t(a.label)) for a in c.guide.actors_with_role(role.id))
    note = f"*{see_also(role, c)}*" if role.see_also else ""
    matrix_link = elsewhere(c.link(role_target(role.id), c.ui("matrix_title")))
    return page(c, c.t(role.label), note, c.ui("role_moved"), actors, matrix_link)
