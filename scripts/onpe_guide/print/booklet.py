"""The booklet: the whole guide in one document per language, in the site's order, compact: the
key words and the references once each, the matrix instead of each actor's peers."""

from __future__ import annotations

from dataclasses import dataclass

from onpe_guide.model import Guide
from onpe_guide.print.sheets import Block, Sheet, Sheets
from onpe_guide.urls import SheetEntry, sheet_catalogue


@dataclass(frozen=True)
class Part:
    id: str
    title: str
    intro: tuple[Block, ...]
    sheets: tuple[Sheet, ...]


def booklet_lead(guide: Guide, lang: str) -> tuple[Block, ...]:
    """The introduction, under the booklet's title (a heading of its own would repeat the title)."""
    return (Block("paragraph", Sheets(guide, lang).t(guide.introduction)),)


def booklet_parts(guide: Guide, lang: str) -> list[Part]:
    s = Sheets(guide, lang)
    entries = {entry.id: entry for entry in sheet_catalogue(guide)}

    def section(entry_id: str, blocks: list[Block]) -> Sheet:
        """A sheet's section in the booklet: its title, the given blocks (no notes, no foot)."""
        entry: SheetEntry = entries[entry_id]
        return Sheet(entry.id, lang, s.t(entry.section), s.t(entry.title), tuple(blocks), entry.page_url)

    verbs = tuple(section(f"verbe-{v.id}", s.verb_blocks(v, key_words=False)) for v in guide.verbs)
    key_words = Sheet("mots-cles", lang, "", s.ui("key_words_title"), (Block("keywords", items=s.key_words()),), "")
    actors = tuple(section(f"acteur-{a.id}", s.actor_blocks(a, peers=False)) for a in guide.actors)
    provisions = tuple(section(f"dispositif-{p.id}", s.provision_blocks(p, sources=False)) for p in guide.provisions)
    references = tuple(
        Block("paragraph", s.ui("labelled", label=f"<strong>{s.t(r.label)}</strong>", text=f"{s.t(r.text)} {r.url}"))
        for r in guide.references
    )
    return [
        Part("temporalites", s.ui("moments_title"), (Block("paragraph", s.t(guide.attitude)), *s.moment_blocks()), ()),
        Part("verbes", s.ui("verbs_title"), (), (*verbs, key_words)),
        Part("acteurs", s.ui("actors_title"), (s.matrix_block(),), actors),
        Part("dispositifs", s.ui("provisions_title"), (Block("paragraph", s.t(guide.provisions_intro)),), provisions),
        Part("references", s.ui("references_title"), references, ()),
    ]
