"""The booklet: the whole guide in one document per language, in the site's order."""

from __future__ import annotations

from dataclasses import dataclass

from onpe_guide.model import Guide
from onpe_guide.print.sheets import Block, Sheet, Sheets
from onpe_guide.urls import sheet_catalogue


@dataclass(frozen=True)
class Part:
    id: str
    title: str
    intro: tuple[Block, ...]
    sheets: tuple[Sheet, ...]


def booklet_parts(guide: Guide, lang: str) -> list[Part]:
    s = Sheets(guide, lang)
    entries = {entry.id: entry for entry in sheet_catalogue(guide)}

    def sheets(prefix: str, ids: list[str]) -> tuple[Sheet, ...]:
        return tuple(s.sheet(entries[f"{prefix}-{i}"]) for i in ids)

    references = tuple(
        Block("paragraph", s.ui("labelled", label=f"<strong>{s.t(r.label)}</strong>", text=f"{s.t(r.text)} {r.url}"))
        for r in guide.references
    )
    return [
        Part("introduction", s.t(guide.title), (Block("paragraph", s.t(guide.introduction)),), ()),
        Part("temporalites", s.ui("moments_title"), (Block("paragraph", s.t(guide.attitude)), *s.moment_blocks()), ()),
        Part("verbes", s.ui("verbs_title"), (), sheets("verbe", [v.id for v in guide.verbs])),
        Part("acteurs", s.ui("actors_title"), (s.matrix_block(),), sheets("acteur", [a.id for a in guide.actors])),
        Part(
            "dispositifs",
            s.ui("provisions_title"),
            (Block("paragraph", s.t(guide.provisions_intro)),),
            sheets("dispositif", [p.id for p in guide.provisions]),
        ),
        Part("references", s.ui("references_title"), references, ()),
    ]
