"""The booklet: the whole guide in one document per language, in the site's order, compact: the
key words and the references once each, the matrix instead of each actor's peers. Composed of the
same outlines as the sheets and pages."""

from __future__ import annotations

from dataclasses import dataclass

from onpe_guide.model import Guide
from onpe_guide.outline.actors import actor_outline, matrix_outline
from onpe_guide.outline.blocks import Block, KeyWords, Paragraph
from onpe_guide.outline.catalogue import SheetEntry, sheet_catalogue, sheet_title
from onpe_guide.outline.moments import moments_outline
from onpe_guide.outline.provisions import provision_outline
from onpe_guide.outline.verbs import verb_outline
from onpe_guide.print.sheets import Sheet, SheetWriter, on_paper
from onpe_guide.sections import ACTORS, PROVISIONS, VERBS, sheet_id


@dataclass(frozen=True)
class Part:
    id: str
    title: str
    intro: tuple[Block, ...]
    sheets: tuple[Sheet, ...]


def booklet_lead(guide: Guide, lang: str) -> tuple[Block, ...]:
    """The introduction, under the booklet's title (a heading of its own would repeat the title)."""
    return (Paragraph(SheetWriter(guide, lang).t(guide.introduction)),)


def booklet_parts(guide: Guide, lang: str) -> list[Part]:
    w = SheetWriter(guide, lang)
    entries = {entry.id: entry for entry in sheet_catalogue(guide)}

    def section(entry_id: str, blocks: list[Block]) -> Sheet:
        """A sheet's section in the booklet: its title, the given blocks (no notes, no foot)."""
        entry: SheetEntry = entries[entry_id]
        return Sheet(entry.id, lang, w.t(entry.section), sheet_title(entry, w), on_paper(blocks, w), entry.page_url)

    verbs = tuple(section(sheet_id(VERBS, v.id), verb_outline(v, w)) for v in guide.verbs)
    key_words = Sheet(
        "mots-cles", lang, "", w.ui("key_words_title"), (KeyWords(tuple(w.t(k.label) for k in guide.key_words)),), ""
    )
    actors = tuple(section(sheet_id(ACTORS, a.id), actor_outline(a, w, partners=False)) for a in guide.actors)
    provisions = tuple(
        section(sheet_id(PROVISIONS, p.id), provision_outline(p, w, sources=False)) for p in guide.provisions
    )
    references = tuple(
        Paragraph(w.ui("labelled", label=w.strong(w.t(r.label)), text=f"{w.t(r.text)} {r.url}"))
        for r in guide.references
    )
    return [
        Part("temporalites", w.ui("moments_title"), tuple(moments_outline(w)), ()),
        Part("verbes", w.ui("verbs_title"), (), (*verbs, key_words)),
        Part("acteurs", w.ui("actors_title"), (matrix_outline(w),), actors),
        Part("dispositifs", w.ui("provisions_title"), (Paragraph(w.t(guide.provisions_intro)),), provisions),
        Part("references", w.ui("references_title"), references, ()),
    ]
