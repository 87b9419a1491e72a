"""« Les temporalités »: the overview (the attitude, the path of the key moments, the note) and one
page per step, with where it sits in the path and the steps around it."""

from __future__ import annotations

from onpe_guide.model import KeyMoment
from onpe_guide.outline.blocks import Download
from onpe_guide.outline.moments import moment_sentence, moments_outline, path_note
from onpe_guide.sections import MOMENTS
from onpe_guide.site.markdown import page
from onpe_guide.site.render import Ctx, bullets, elsewhere


def moments_overview(c: Ctx) -> str:
    return page(c, c.ui("moments_title"), *moments_outline(c, heading=True), Download(MOMENTS.overview_sheet))


def where_in_path(step: KeyMoment, c: Ctx) -> str:
    """« Moment-clé 2 », or for a moment that holds two steps « Moment-clé 1, en même temps que
    Gérer l'urgence »."""
    number = c.ui("moment_number", number=c.guide.moment_number(step))
    others = [c.link(MOMENTS.page(s.id), c.t(s.label)) for s in c.guide.moment_of(step) if s != step]
    return c.ui("moment_with", moment=number, other=", ".join(others)) if others else number


def moment_page(moment: KeyMoment, c: Ctx) -> str:
    moments = c.guide.moments
    i = moments.index(moment)
    around = [
        c.ui("labelled", label=c.ui(key), text=c.link(MOMENTS.page(m.id), c.t(m.label)))
        for key, m in (
            ("previous", moments[i - 1] if i > 0 else None),
            ("next", moments[i + 1] if i + 1 < len(moments) else None),
        )
        if m is not None
    ]
    return page(
        c,
        c.t(moment.label),
        c.em(where_in_path(moment, c)),
        moment_sentence(moment, c, linked=False),
        path_note(c),
        elsewhere(bullets(around), c.link(MOMENTS.index(), c.ui("moments_title"))),
    )
