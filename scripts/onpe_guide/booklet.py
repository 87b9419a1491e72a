"""The booklet: the whole guide in one document per language, in the site's order."""

from __future__ import annotations

from dataclasses import dataclass

from onpe_guide.handouts import Block, Handout, Sheets
from onpe_guide.model import Guide


@dataclass(frozen=True)
class Part:
    id: str
    title: str
    intro: tuple[Block, ...]
    sheets: tuple[Handout, ...]


def booklet_parts(guide: Guide, lang: str) -> list[Part]:
    s = Sheets(guide, lang)
    references = tuple(
        Block("paragraph", s.ui("labelled", label=f"<strong>{s.t(r.label)}</strong>", text=f"{s.t(r.text)} {r.url}"))
        for r in guide.references
    )
    return [
        Part("introduction", s.t(guide.title), (Block("paragraph", s.t(guide.introduction)),), ()),
        Part("temporalites", s.ui("moments_title"), (Block("paragraph", s.t(guide.attitude)), *s.moment_blocks()), ()),
        Part("verbes", s.ui("verbs_title"), (), tuple(s.verb(v) for v in guide.verbs)),
        Part("acteurs", s.ui("actors_title"), (s.matrix_block(),), tuple(s.actor(a) for a in guide.actors)),
        Part(
            "dispositifs",
            s.ui("provisions_title"),
            (Block("paragraph", s.t(guide.provisions_intro)),),
            tuple(s.provision(p) for p in guide.provisions),
        ),
        Part("references", s.ui("references_title"), references, ()),
    ]
