"""« Les principaux acteurs »: a group of actors and its roles, who shares them, every group with
its roles, and who does what (the matrix)."""

from __future__ import annotations

from onpe_guide.model import Actor, Role
from onpe_guide.outline.blocks import Block, Bullets, Fact, Heading, Link, Matrix, MatrixRow, Paragraph
from onpe_guide.outline.writer import Writer
from onpe_guide.sections import ACTORS


def role_anchor(role_id: str) -> str:
    """Where a role is, on the matrix (its row) and on each actor page (its section)."""
    return f"role-{role_id}"


def role_target(role_id: str) -> str:
    """A role's row in the matrix, on the actors' overview."""
    return f"{ACTORS.index()}#{role_anchor(role_id)}"


def see_also(role: Role, w: Writer) -> str:
    """« Voir aussi : Accompagner et/ou accueillir » for a role worded like another; "" otherwise.
    Wherever a role is listed, this goes beside it."""
    if not role.see_also:
        return ""
    links = ", ".join(w.link(role_target(r), w.t(w.guide.role(r).label)) for r in role.see_also)
    return w.ui("see_also", roles=links)


def role_line(role_id: str, w: Writer) -> str:
    """A role, with « voir aussi » when another role is worded like it."""
    role = w.guide.role(role_id)
    label = w.t(role.label)
    return f"{label} {w.em(f'({see_also(role, w)})')}" if role.see_also else label


def actor_name(actor: Actor, w: Writer) -> str:
    """A group's name, marked where the site reconstructed it."""
    name = w.t(actor.label)
    return f"{name} {w.mark('reconstruction')}" if actor.reconstructed else name


def actor_outline(actor: Actor, w: Writer, *, partners: bool = True) -> list[Block]:
    """Why the name is the site's (where it is), the group's roles, then once the other groups that
    hold one of them, each with the roles it shares (where the medium has no matrix beside it)."""
    blocks: list[Block] = []
    if actor.label_note:
        blocks.append(Fact(w.ui("label_note_title"), w.t(actor.label_note)))
    roles = Bullets(tuple(role_line(r, w) for r in actor.roles), tuple(role_anchor(r) for r in actor.roles))
    blocks += [Heading(w.ui("roles_of_actor")), roles]
    return blocks + (partners_outline(actor, w) if partners else [])


def partners_outline(actor: Actor, w: Writer) -> list[Block]:
    """« Établissements scolaires… — Participer à la prévention, Repérer »: each other group that
    holds one of this group's roles, and those roles, each leading to it on the other's page."""
    heading = Heading(w.ui("partners_title"))
    others = w.guide.peers(actor)
    if not others:
        return [heading, Paragraph(w.ui("no_partner"))]
    lines = tuple(
        w.link(ACTORS.page(other.id), actor_name(other, w))
        + " — "
        + ", ".join(
            w.link(f"{ACTORS.page(other.id)}#{role_anchor(r)}", w.t(w.guide.role(r).label))
            for r in other.roles
            if r in actor.roles
        )
        for other in others
    )
    return [heading, Bullets(lines)]


def actors_listing(w: Writer) -> Bullets:
    """Each group and its roles, on one line each: « École — Participer à la prévention, … »."""
    g = w.guide
    return Bullets(
        tuple(
            f"{w.strong(w.link(ACTORS.page(a.id), actor_name(a, w)))} — "
            + ", ".join(w.link(f"{ACTORS.page(a.id)}#{role_anchor(r)}", w.t(g.role(r).label)) for r in a.roles)
            for a in g.actors
        )
    )


def matrix_outline(w: Writer) -> Matrix:
    """Roles in rows, groups in columns; a cell leads to the role on the group's page."""
    g = w.guide
    columns = tuple(Link(actor_name(a, w), ACTORS.page(a.id)) for a in g.actors)
    rows = tuple(
        MatrixRow(
            role_anchor(r.id),
            w.t(r.label),
            tuple(Link(w.t(g.role(x).label), role_target(x)) for x in r.see_also),
            tuple(
                Link(actor_name(a, w), f"{ACTORS.page(a.id)}#{role_anchor(r.id)}") if r.id in a.roles else None
                for a in g.actors
            ),
        )
        for r in g.roles
    )
    return Matrix(w.ui("matrix_caption"), w.ui("matrix_role"), columns, rows)
