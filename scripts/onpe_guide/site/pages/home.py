"""The home page."""

from __future__ import annotations

from onpe_guide.site.pages.common import helpline, key_words
from onpe_guide.site.render import Ctx
from onpe_guide.urls import ACTORS, MOMENTS, PROVISIONS, REFERENCES, VERBS, index_of


def home(c: Ctx) -> str:
    g = c.guide
    cards = [
        (index_of(VERBS), c.ui("verbs_title"), " · ".join(c.t(v.label) for v in g.verbs)),
        (index_of(MOMENTS), c.ui("moments_title"), " · ".join(c.t(m.label) for m in g.moments)),
        (index_of(ACTORS), c.ui("actors_title"), " · ".join(c.t(a.label) for a in g.actors)),
        (index_of(PROVISIONS), c.ui("provisions_title"), " · ".join(c.t(p.label) for p in g.provisions)),
        (REFERENCES, c.ui("references_title"), " · ".join(c.t(r.label) for r in g.references_of("dossier"))),
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
