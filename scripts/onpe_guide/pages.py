"""What the home, verbs and moments pages say. Each function takes a `Ctx`, returns Markdown."""

from __future__ import annotations

from onpe_guide.model import KeyMoment, Verb
from onpe_guide.paths import ACTORS, MOMENTS, PROVISIONS, REFERENCES, VERBS, index_of, page_of
from onpe_guide.render import Ctx, bullets


def home(c: Ctx) -> str:
    g = c.guide
    cards = [
        (index_of(VERBS), c.ui("verbs_title"), " · ".join(c.t(v.label) for v in g.verbs)),
        (index_of(MOMENTS), c.ui("moments_title"), " · ".join(c.t(m.label) for m in g.moments)),
        (index_of(ACTORS), c.ui("actors_title"), " · ".join(c.t(a.label) for a in g.actors)),
        (index_of(PROVISIONS), c.ui("provisions_title"), " · ".join(c.t(p.label) for p in g.provisions)),
        (REFERENCES, c.ui("references_title"), " · ".join(c.t(r.label) for r in g.references if r.kind == "dossier")),
    ]
    grid = "\n".join(f"-   **{c.link(path, title)}**\n\n    {summary}\n" for path, title, summary in cards)
    return f"""# {c.t(g.title)}

{c.t(g.introduction)}

## {c.ui("moments_title")}

{c.t(g.attitude)}

## {c.ui("sections_title")}

<div class="grid cards" markdown>

{grid}
</div>

## {c.ui("key_words_title")}

{key_words(c)}

{helpline(c)}

{c.download("synthese")} {c.download("livret", "download_booklet")}"""


def key_words(c: Ctx) -> str:
    return " · ".join(f"**{c.t(k.label)}**" for k in c.guide.key_words)


def helpline(c: Ctx) -> str:
    line = next(r for r in c.guide.references if r.kind == "helpline")
    text = c.ui("labelled", label=f"**[{c.t(line.label)}]({line.url})**", text=c.t(line.text))
    return f'!!! danger "{c.ui("helpline_title")}"\n\n    {text}'


def verbs_overview(c: Ctx) -> str:
    parts = [f"# {c.ui('verbs_title')}"]
    for verb in c.guide.verbs:
        parts.append(f"## {c.link(page_of(VERBS, verb.id), c.t(verb.label))}\n\n{c.t(verb.text)}")
    parts.append(f"## {c.ui('key_words_title')}\n\n{key_words(c)}")
    return "\n\n".join(parts)


def verb_page(verb: Verb, c: Ctx) -> str:
    parts = [f"# {c.t(verb.label)}", c.t(verb.text), bullets(c.t(p) for p in verb.points)]
    if verb.builds_on:
        links = ", ".join(c.link(page_of(VERBS, v), c.t(c.guide.verb(v).label)) for v in verb.builds_on)
        parts.append(c.ui("labelled", label=f"**{c.ui('builds_on')}**", text=links))
    parts.append(f"{c.link(index_of(VERBS), c.ui('verbs_title'))}")
    parts.append(c.download(f"verbe-{verb.id}"))
    return "\n\n".join(parts)


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
