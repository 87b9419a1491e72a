"""« Les principaux acteurs »: a group of actors and its roles, who shares them, every group with
its roles, and who does what (the matrix)."""

from __future__ import annotations

from onpe_guide.model import Actor, Role
from onpe_guide.outline.blocks import Block, Bullets, Fact, Heading, Link, Matrix, MatrixRow
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


def actor_outline(actor: Actor, w: Writer, *, peers: bool = True) -> list[Block]:
    """The group's roles and the note on its name; with `peers`, the groups that share a role
    (where a medium has no matrix beside it)."""
    blocks: list[Block] = [
        Heading(w.ui("roles_of_actor")),
        Bullets(tuple(role_line(r, w) for r in actor.roles)),
    ]
    if actor.label_note:
        blocks.append(Fact(w.ui("label_note_title"), w.t(actor.label_note)))
    others = w.guide.peers(actor) if peers else ()
    if others:
        blocks += [Heading(w.ui("shares_roles_with")), Bullets(tuple(w.t(a.label) for a in others))]
    return blocks


def actors_listing(w: Writer) -> Bullets:
    """Each group and its roles, on one line each: « École — Participer à la prévention, … »."""
    g = w.guide
    return Bullets(
        tuple(
            f"{w.strong(w.link(ACTORS.page(a.id), w.t(a.label)))} — "
            + ", ".join(w.link(f"{ACTORS.page(a.id)}#{role_anchor(r)}", w.t(g.role(r).label)) for r in a.roles)
            for a in g.actors
        )
    )


def matrix_outline(w: Writer) -> Matrix:
    """Roles in rows, groups in columns; a cell leads to the role on the group's page."""
    g = w.guide
    columns = tuple(Link(w.t(a.label), ACTORS.page(a.id)) for a in g.actors)
    rows = tuple(
        MatrixRow(
            role_anchor(r.id),
            w.t(r.label),
            tuple(Link(w.t(g.role(x).label), role_target(x)) for x in r.see_also),
            tuple(
                Link(w.t(a.label), f"{ACTORS.page(a.id)}#{role_anchor(r.id)}") if r.id in a.roles else None
                for a in g.actors
            ),
        )
        for r in g.roles
    )
    return Matrix(w.ui("matrix_caption"), w.ui("matrix_role"), columns, rows)
