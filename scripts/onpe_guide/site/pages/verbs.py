"""The four key verbs: their overview and one page per verb."""

from __future__ import annotations

from onpe_guide.model import Verb
from onpe_guide.site.pages.common import key_words
from onpe_guide.site.render import Ctx, bullets, elsewhere
from onpe_guide.urls import VERBS, index_of, page_of


def verbs_overview(c: Ctx) -> str:
    """Each verb with its text and its points: a text that ends « Cela passe par : » never
    stands without what follows it."""
    parts = [f"# {c.ui('verbs_title')}"]
    for verb in c.guide.verbs:
        points = bullets(c.t(p) for p in verb.points)
        parts.append(f"## {c.link(page_of(VERBS, verb.id), c.t(verb.label))}\n\n{c.t(verb.text)}\n\n{points}")
    parts.append(f"## {c.ui('key_words_title')}\n\n{key_words(c)}")
    return "\n\n".join(parts)


def verb_page(verb: Verb, c: Ctx) -> str:
    parts = [f"# {c.t(verb.label)}", c.t(verb.text), bullets(c.t(p) for p in verb.points)]
    if verb.builds_on:
        links = ", ".join(c.link(page_of(VERBS, v), c.t(c.guide.verb(v).label)) for v in verb.builds_on)
        parts.append(c.ui("labelled", label=f"**{c.ui('builds_on')}**", text=links))
    parts.append(elsewhere(c.link(index_of(VERBS), c.ui("verbs_title")), c.download(f"verbe-{verb.id}")))
    return "\n\n".join(parts)
