"""« Les temporalités »: the three key moments, numbered, and the hinge between two of them, not
numbered; one page per step.

The leaflet prints « Installer la relation » and « Gérer l'urgence », then « puis » before the
hinge and « pour » before the last moment: only those words draw a sequence, so the path shows
them as connectors and draws no line between the first two moments.
"""

from __future__ import annotations

from onpe_guide.model import KeyMoment
from onpe_guide.site.render import Ctx, bullets, elsewhere
from onpe_guide.urls import MOMENTS, index_of, page_of


def moment_sentence(moment: KeyMoment, c: Ctx, label: str) -> str:
    """The step as the leaflet prints it: its connector, its name (`label`, already Markdown) and
    its text, joined with the leaflet's punctuation, never a colon it does not have."""
    connector = f"*{c.t(moment.connector)}* " if moment.connector else ""
    return connector + c.ui(moment.join_string, label=label, text=c.t(moment.text))


def moment_line(moment: KeyMoment, c: Ctx, linked: bool) -> str:
    label = c.link(page_of(MOMENTS, moment.id), c.t(moment.label)) if linked else c.t(moment.label)
    return moment_sentence(moment, c, f"**{label}**")


def path_step(moment: KeyMoment, c: Ctx) -> str:
    """One step of the path: a key moment with its number, seen and read; the hinge set in,
    under its name instead of a number."""
    line = moment_line(moment, c, linked=True)
    number = c.guide.moment_number(moment)
    if number is None:
        return f'<span class="guide-path__hinge"><span class="guide-path__name">{c.ui("hinge")}</span> {line}</span>'
    read = f'<span class="guide-sr">{c.ui("moment_number", number=number)}</span>'
    return f'<span class="guide-path__number"><span aria-hidden="true">{number}</span>{read}</span> {line}'


def path_note(c: Ctx) -> str:
    quote = c.ui("quoted", text=c.t(c.guide.path_note))
    return f'!!! note "{c.ui("path_title")}"\n\n    {quote}\n\n    {c.ui("path_back")}'


def moments_overview(c: Ctx) -> str:
    steps = "\n".join(f"- {path_step(m, c)}" for m in c.guide.moments)
    return f"""# {c.ui("moments_title")}

{c.t(c.guide.attitude)}

## {c.ui("key_moments_title")}

<div class="guide-path" markdown>

{steps}

</div>

{path_note(c)}

{c.download("temporalites")}"""


def where_in_path(moment: KeyMoment, c: Ctx) -> str:
    """« Moment-clé 2 », or for the hinge « Moment de bascule · entre Gérer l'urgence et … »."""
    number = c.guide.moment_number(moment)
    if number is not None:
        return c.ui("moment_number", number=number)
    around = c.guide.hinge_between(moment)
    if around is None:
        return c.ui("hinge")
    before, after = (c.link(page_of(MOMENTS, m.id), c.t(m.label)) for m in around)
    return f"{c.ui('hinge')} · {c.ui('hinge_between', before=before, after=after)}"


def moment_page(moment: KeyMoment, c: Ctx) -> str:
    moments = c.guide.moments
    i = moments.index(moment)
    steps = []
    if i > 0:
        before = moments[i - 1]
        steps.append(
            c.ui("labelled", label=c.ui("previous"), text=c.link(page_of(MOMENTS, before.id), c.t(before.label)))
        )
    if i < len(moments) - 1:
        after = moments[i + 1]
        steps.append(c.ui("labelled", label=c.ui("next"), text=c.link(page_of(MOMENTS, after.id), c.t(after.label))))
    return "\n\n".join(
        [
            f"# {c.t(moment.label)}",
            f"*{where_in_path(moment, c)}*",
            moment_line(moment, c, linked=False),
            path_note(c),
            elsewhere(bullets(steps), c.link(index_of(MOMENTS), c.ui("moments_title"))),
        ]
    )
