"""The four key verbs: their overview and one page per verb."""

from __future__ import annotations

from onpe_guide.model import Verb
from onpe_guide.outline.verbs import key_words_outline, verb_outline, verbs_outline
from onpe_guide.sections import VERBS, sheet_id
from onpe_guide.site.markdown import page
from onpe_guide.site.render import Ctx, elsewhere


def verbs_overview(c: Ctx) -> str:
    """Each verb with its text and its points: a text that ends « Cela passe par : » never
    stands without what follows it."""
    return page(c, c.ui("verbs_title"), *verbs_outline(c), *key_words_outline(c))


def verb_page(verb: Verb, c: Ctx) -> str:
    overview = c.link(VERBS.index(), c.ui("verbs_title"))
    return page(c, c.t(verb.label), *verb_outline(verb, c), elsewhere(overview, c.download(sheet_id(VERBS, verb.id))))
