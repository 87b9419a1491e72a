"""The actors: the overview with the who-does-what matrix, and one page per group of actors
with each of its roles, the other groups that hold it (partners to call), and its downloads.
Role pages are folded into these; their addresses stay, each pointing to where its role now is."""

from __future__ import annotations

from onpe_guide.model import Actor, Role
from onpe_guide.outline.actors import (
    actor_name,
    actor_outline,
    actors_listing,
    matrix_outline,
    role_anchor,
    role_target,
    see_also,
)
from onpe_guide.outline.blocks import Block, Download, Heading
from onpe_guide.sections import ACTORS, sheet_id
from onpe_guide.site.markdown import page
from onpe_guide.site.render import Ctx, bullets
from onpe_guide.urls import MATRIX_ANCHOR
from onpe_guide.urls import MATRIX_SHEET as MATRIX

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
    """The group's roles, the other groups that hold one of them, its sheet, and who does what."""
    sheet = c.download(sheet_id(ACTORS, actor.id), label=c.t(actor.label))
    downloads: list[Block | str] = [Heading(c.ui("downloads_title")), sheet] if sheet else []
    matrix = c.link(MATRIX_PAGE, c.ui("matrix_title"))
    return page(c, actor_name(actor, c), *actor_outline(actor, c), *downloads, matrix)


def roles_overview(c: Ctx) -> str:
    """The old « Rôles » section's overview: each role, linked to its row in the matrix."""
    lines = (
        c.link(role_target(r.id), c.t(r.label))
        + f" — {c.ui('actor_count', count=len(c.guide.actors_with_role(r.id)))}"
        + (f" · *{see_also(r, c)}*" if r.see_also else "")
        for r in c.guide.roles
    )
    return page(c, c.ui("roles_title"), c.ui("roles_intro"), bullets(lines), c.link(MATRIX_PAGE, c.ui("matrix_title")))


def role_page(role: Role, c: Ctx) -> str:
    """An old role page's address: the role, and where it now is (each group's page, the matrix)."""
    anchor = role_anchor(role.id)
    actors = bullets(
        c.link(f"{ACTORS.page(a.id)}#{anchor}", actor_name(a, c)) for a in c.guide.actors_with_role(role.id)
    )
    note = f"*{see_also(role, c)}*" if role.see_also else ""
    return page(
        c, c.t(role.label), note, c.ui("role_moved"), actors, c.link(role_target(role.id), c.ui("matrix_title"))
    )
