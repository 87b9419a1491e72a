"""« 4 verbes-clés pour accompagner »: a verb, the four of them, and the key words around them."""

from __future__ import annotations

from onpe_guide.model import Verb
from onpe_guide.outline.blocks import Block, Bullets, Fact, Heading, KeyWords, Paragraph
from onpe_guide.outline.writer import Writer
from onpe_guide.sections import VERBS

KEY_WORDS_ANCHOR = "mots-cles"  # where pages link to the key words (the exercises' answers)


def verb_outline(verb: Verb, w: Writer, *, builds_on: bool = True) -> list[Block]:
    """The verb's text and its points, and the verbs it builds on (« Restaurer » the other three)."""
    blocks: list[Block] = [Paragraph(w.t(verb.text)), Bullets(tuple(w.t(p) for p in verb.points))]
    if builds_on and verb.builds_on:
        links = ", ".join(w.link(VERBS.page(v), w.t(w.guide.verb(v).label)) for v in verb.builds_on)
        blocks.append(Fact(w.ui("builds_on"), links))
    return blocks


def verbs_outline(w: Writer, *, level: int = 1) -> list[Block]:
    """Every verb under its name (linked to its page), as the leaflet's panel shows them."""
    return [
        block
        for verb in w.guide.verbs
        for block in (
            Heading(w.link(VERBS.page(verb.id), w.t(verb.label)), level),
            *verb_outline(verb, w, builds_on=False),
        )
    ]


def key_words_outline(w: Writer, *, level: int = 1) -> list[Block]:
    """The four key words printed around the verbs, under their heading."""
    heading = Heading(w.ui("key_words_title"), level, KEY_WORDS_ANCHOR)
    return [heading, KeyWords(tuple(w.t(k.label) for k in w.guide.key_words))]
