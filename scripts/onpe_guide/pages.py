"""What each page says. Each function takes a `Ctx` and returns the page's Markdown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Protocol, TypeVar

from onpe_guide.model import Actor, Guide, KeyMoment, Provision, Reference, Role, Verb
from onpe_guide.render import Ctx, PageFunction, bullets

VERBS, MOMENTS, ACTORS, ROLES, PROVISIONS = "verbes", "moments", "acteurs", "roles", "dispositifs"
HOME, REFERENCES = "index.md", "references.md"
# Written by hand, in docs/ (one file per language): the site's own pages, not the leaflet's.
ABOUT, ACCESSIBILITY, LEGAL, PRIVACY = (
    "a-propos.md",
    "accessibilite.md",
    "mentions-legales.md",
    "donnees-personnelles.md",
)
HANDWRITTEN = (ABOUT, ACCESSIBILITY, LEGAL, PRIVACY)


class Entity(Protocol):
    @property
    def id(self) -> str: ...


E = TypeVar("E", bound=Entity)


def index_of(section: str) -> str:
    return f"{section}/index.md"


def page_of(section: str, entity_id: str) -> str:
    return f"{section}/{entity_id}.md"


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

{helpline(c)}"""


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

{path_note(c)}"""


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

</div>"""


MATRIX_ANCHOR = "matrix"


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
    return "\n\n".join(parts)


def roles_overview(c: Ctx) -> str:
    lines = (
        c.link(page_of(ROLES, r.id), c.t(r.label))
        + f" — {c.ui('actor_count', count=len(c.guide.actors_with_role(r.id)))}"
        for r in c.guide.roles
    )
    matrix = c.link(f"{index_of(ACTORS)}#{MATRIX_ANCHOR}", c.ui("matrix_title"))
    return f"# {c.ui('roles_title')}\n\n{c.ui('roles_intro')}\n\n{bullets(lines)}\n\n{matrix}"


def role_page(role: Role, c: Ctx) -> str:
    actors = bullets(c.link(page_of(ACTORS, a.id), c.t(a.label)) for a in c.guide.actors_with_role(role.id))
    matrix = c.link(f"{index_of(ACTORS)}#{MATRIX_ANCHOR}", c.ui("matrix_title"))
    return f"# {c.t(role.label)}\n\n## {c.ui('actors_with_role')}\n\n{actors}\n\n{matrix}"


def provisions_overview(c: Ctx) -> str:
    g = c.guide
    parts = [f"# {c.ui('provisions_title')}", c.t(g.provisions_intro), f"## {c.ui('forms_title')}"]
    for form in g.forms:
        kinds = bullets(c.link(page_of(PROVISIONS, p.id), c.t(p.label)) for p in g.provisions_of_form(form.id))
        parts.append(f"### {c.t(form.label)} {{#{form.id}}}\n\n{kinds}")
    parts.append(
        f"## {c.ui('kinds_title')}\n\n"
        + bullets(f"**{c.link(page_of(PROVISIONS, p.id), c.t(p.label))}** — {c.t(p.text)}" for p in g.provisions)
    )
    parts.append(sources(c))
    return "\n\n".join(parts)


def sources(c: Ctx) -> str:
    refs = (c.guide.reference(r) for r in c.guide.provision_sources)
    return f"## {c.ui('sources_title')}\n\n" + bullets(reference_line(c, r) for r in refs)


def reference_line(c: Ctx, ref: Reference) -> str:
    return c.ui("labelled", label=f"[{c.t(ref.label)}]({ref.url})", text=c.t(ref.text))


def provision_page(provision: Provision, c: Ctx) -> str:
    form = c.guide.form(provision.form)
    parts = [f"# {c.t(provision.label)}", c.t(provision.text)]
    if provision.details:
        parts.append(c.t(provision.details.intro) + "\n\n" + bullets(c.t(i) for i in provision.details.items))
    parts.append(
        c.ui(
            "labelled",
            label=f"**{c.ui('form_title')}**",
            text=c.link(f"{index_of(PROVISIONS)}#{form.id}", c.t(form.label)),
        )
    )
    parts.append(sources(c))
    return "\n\n".join(parts)


def references_page(c: Ctx) -> str:
    g = c.guide
    readings = bullets(reference_line(c, r) for r in g.references if r.kind in {"dossier", "page"})
    contacts = "\n\n".join(
        f"**[{c.t(r.label)}]({r.url})**  \n{c.t(r.text)}" for r in g.references if r.kind == "contact"
    )
    title, sources_title, contact_title = c.ui("references_title"), c.ui("sources_title"), c.ui("contact_title")
    parts = [f"# {title}", f"## {sources_title}", readings, f"## {contact_title}", contacts, helpline(c)]
    return "\n\n".join(parts)


def site_pages(g: Guide) -> list[tuple[str, PageFunction]]:
    """Every generated page: its docs-relative path and the function that writes it."""
    return [
        (HOME, home),
        (index_of(VERBS), verbs_overview),
        *each(VERBS, g.verbs, verb_page),
        (index_of(MOMENTS), moments_overview),
        *each(MOMENTS, g.moments, moment_page),
        (index_of(ACTORS), actors_overview),
        *each(ACTORS, g.actors, actor_page),
        (index_of(ROLES), roles_overview),
        *each(ROLES, g.roles, role_page),
        (index_of(PROVISIONS), provisions_overview),
        *each(PROVISIONS, g.provisions, provision_page),
        (REFERENCES, references_page),
    ]


def navigation(g: Guide, lang: str) -> list[dict[str, object]]:
    """MkDocs `nav` for one language: section titles from interface.yml, page titles from pages."""

    def ui(key: str) -> str:
        return g.strings[key][lang]

    def section(key: str, name: str, items: Sequence[Entity]) -> dict[str, object]:
        return {ui(key): [index_of(name), *(page_of(name, i.id) for i in items)]}

    return [
        {ui("nav_home"): HOME},
        section("nav_verbs", VERBS, g.verbs),
        section("nav_moments", MOMENTS, g.moments),
        section("nav_actors", ACTORS, g.actors),
        section("nav_roles", ROLES, g.roles),
        section("nav_provisions", PROVISIONS, g.provisions),
        {ui("nav_references"): REFERENCES},
        {ui("nav_about"): list(HANDWRITTEN)},
    ]


def each(section: str, items: Sequence[E], function: Callable[[E, Ctx], str]) -> list[tuple[str, PageFunction]]:
    """One page per entity, at `section/<id>.md`."""
    return [(page_of(section, item.id), partial(function, item)) for item in items]
