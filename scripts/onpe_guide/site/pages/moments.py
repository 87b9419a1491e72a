"""« Les temporalités »: the path of the key moments and the hinge, and one page per step."""

from __future__ import annotations

from onpe_guide.model import KeyMoment
from onpe_guide.site.render import Ctx, bullets
from onpe_guide.urls import MOMENTS, index_of, page_of


def moment_line(moment: KeyMoment, c: Ctx, linked: bool) -> str:
    label = c.link(page_of(MOMENTS, moment.id), c.t(moment.label)) if linked else c.t(moment.label)
    connector = f"*{c.t(moment.connector)}* " if moment.connector else ""
    return connector + c.ui("labelled", label=f"**{label}**", text=c.t(moment.text))


def path_note(c: Ctx) -> str:
    quote = c.ui("quoted", text=c.t(c.guide.path_note))
    return f'!!! note "{c.ui("path_title")}"\n\n    {quote}\n\n    {c.ui("path_back")}'


def moments_overview(c: Ctx) -> str:
    steps = "\n".join(f"{i}. {moment_line(m, c, linked=True)}" for i, m in enumerate(c.guide.moments, 1))
    return f"""# {c.ui("moments_title")}

{c.t(c.guide.attitude)}

## {c.ui("key_moments_title")}

<div class="guide-path" markdown>

{steps}

</div>

{path_note(c)}

{c.download("temporalites")}"""


def moment_page(moment: KeyMoment, c: Ctx) -> str:
    moments = c.guide.moments
    number = moments.index(moment) + 1
    step = c.ui("step_of", number=number, total=len(moments))
    kind = f"{c.ui('hinge')} · " if moment.is_hinge else ""
    around = []
    if number > 1:
        before = moments[number - 2]
        around.append(
            c.ui("labelled", label=c.ui("previous"), text=c.link(page_of(MOMENTS, before.id), c.t(before.label)))
        )
    if number < len(moments):
        after = moments[number]
        around.append(c.ui("labelled", label=c.ui("next"), text=c.link(page_of(MOMENTS, after.id), c.t(after.label))))
    return "\n\n".join(
        [
            f"# {c.t(moment.label)}",
            f"*{kind}{step}*",
            moment_line(moment, c, linked=False),
            path_note(c),
            bullets(around),
            c.link(index_of(MOMENTS), c.ui("moments_title")),
        ]
    )
