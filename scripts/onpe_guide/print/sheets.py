"""The trainers' sheets (handouts, « fiches » on the site), as content: what each says, in blocks.

Built from the same data as the site, for each entry of `urls.sheet_catalogue`; `pdf.py` lays them
out on A4 with WeasyPrint. Each block is already HTML-safe: texts are escaped, then their inline
Markdown turned into HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

import markdown

from onpe_guide.data.links import unlink_pages
from onpe_guide.data.markup import escape_start
from onpe_guide.model import Actor, Guide, KeyMoment, Provision, Verb
from onpe_guide.translations.localizer import Localizer
from onpe_guide.urls import SheetEntry, sheet_catalogue

BlockKind = Literal["heading", "subheading", "paragraph", "bullets", "keywords", "steps", "table", "note"]


@dataclass(frozen=True)
class Block:
    """One piece of a sheet: a heading, a paragraph, a list, the path of moments, or a table."""

    kind: BlockKind
    text: str = ""
    items: tuple[str, ...] = ()
    head: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Sheet:
    """One sheet in one language: `pages` A4 pages exactly, `page_url` where it lives online."""

    id: str
    lang: str
    kicker: str
    title: str
    blocks: tuple[Block, ...]
    page_url: str  # from the language's root: "verbes/rehumaniser/"
    pages: int = 1
    landscape: bool = False
    columns: int = 1
    notes: bool = False  # lines for notes where the text leaves room (one-page portrait sheets)

    @property
    def file_name(self) -> str:
        return f"{self.id}.pdf"


@cache  # the same texts recur on many sheets; Markdown is slow to start
def inline(text: str) -> str:
    """A data text as inline HTML: raw HTML shown as text, Markdown (**bold**, links) rendered, a
    marker at its start (« 1989. ») as text."""
    escaped = unlink_pages(escape_start(text).replace("&", "&amp;").replace("<", "&lt;"))
    html: str = markdown.markdown(escaped)
    return html.removeprefix("<p>").removesuffix("</p>")


def _sheet_mark(shown: str, default: str) -> str:
    """A text still to translate prints the French, marked: a short code here, explained in each
    sheet's footer (a sheet has no room for the site's longer mark)."""
    mark = f'<sup class="untranslated-mark">{default.upper()}</sup>'
    return f'<span class="untranslated" lang="{default}">{shown}</span>{mark}'


class Sheets(Localizer):
    """Builds the sheets of one language."""

    def __init__(self, guide: Guide, lang: str) -> None:
        super().__init__(guide, lang, inline, _sheet_mark)
        self.g = guide

    def all(self) -> list[Sheet]:
        return [self.sheet(entry) for entry in sheet_catalogue(self.g)]

    def sheet(self, entry: SheetEntry) -> Sheet:
        """The sheet for one entry of the catalogue, headed by its section and title."""
        blocks = {
            "verb": lambda: self.verb_blocks(self.g.verb(entry.entity_id)),
            "moments": self.moments_blocks,
            "actor": lambda: self.actor_blocks(next(a for a in self.g.actors if a.id == entry.entity_id)),
            "provision": lambda: self.provision_blocks(next(p for p in self.g.provisions if p.id == entry.entity_id)),
            "matrix": lambda: [self.matrix_block()],
            "synthesis": self.synthesis_blocks,
        }[entry.kind]()
        return Sheet(
            entry.id,
            self.lang,
            self.t(entry.section),
            self.t(entry.title),
            tuple(blocks),
            entry.page_url,
            pages=entry.pages,
            landscape=entry.kind == "matrix",
            columns=2 if entry.kind == "synthesis" else 1,
            notes=entry.pages == 1 and entry.kind != "matrix",  # the matrix fills its landscape page
        )

    def verb_blocks(self, verb: Verb, key_words: bool = True) -> list[Block]:
        """The verb's text and points; on its own sheet, the key words too (the booklet has them once)."""
        blocks = [Block("paragraph", self.t(verb.text)), Block("bullets", items=tuple(self.t(p) for p in verb.points))]
        if verb.builds_on:
            labels = ", ".join(self.t(self.g.verb(v).label) for v in verb.builds_on)
            blocks.append(Block("note", self.ui("labelled", label=self.ui("builds_on"), text=labels)))
        return blocks + (self.key_words_blocks("subheading") if key_words else [])

    def key_words_blocks(self, level: BlockKind) -> list[Block]:
        return [Block(level, self.ui("key_words_title")), Block("keywords", items=self.key_words())]

    def key_words(self) -> tuple[str, ...]:
        return tuple(self.t(k.label) for k in self.g.key_words)

    def moment_blocks(self) -> list[Block]:
        """The three key moments numbered, the hinge unnumbered, each joined to its text with the
        leaflet's punctuation and connectors (the template draws no line between steps)."""
        note = self.ui("quoted", text=self.t(self.g.path_note)) + " " + self.ui("path_back")
        return [Block("steps", items=tuple(self.step(m) for m in self.g.moments)), Block("note", note)]

    def step(self, moment: KeyMoment) -> str:
        number = self.g.moment_number(moment)
        connector = f"<em>{self.t(moment.connector)}</em> " if moment.connector else ""
        label = f"<strong>{self.t(moment.label)}</strong>"
        sentence = connector + self.ui(moment.join_string, label=label, text=self.t(moment.text))
        if number is None:
            return f'<span class="step-hinge"><span class="step-hinge-name">{self.ui("hinge")}</span> {sentence}</span>'
        return f'<span class="step-number">{number}</span>{sentence}'

    def moments_blocks(self) -> list[Block]:
        return [Block("paragraph", self.t(self.g.attitude)), *self.moment_blocks()]

    def actor_blocks(self, actor: Actor, peers: bool = True) -> list[Block]:
        """The actor's roles; on its own sheet, who shares them (the booklet has the matrix instead)."""
        blocks = [
            Block("subheading", self.ui("roles_of_actor")),
            Block("bullets", items=tuple(self.role_line(r) for r in actor.roles)),
        ]
        if actor.label_note:
            blocks.append(
                Block("note", self.ui("labelled", label=self.ui("label_note_title"), text=self.t(actor.label_note)))
            )
        others = self.g.peers(actor) if peers else ()
        if others:
            blocks += [
                Block("subheading", self.ui("shares_roles_with")),
                Block("bullets", items=tuple(self.t(a.label) for a in others)),
            ]
        return blocks

    def role_line(self, role_id: str) -> str:
        """A role, with « voir aussi » when another role is worded like it."""
        role = self.g.role(role_id)
        if not role.see_also:
            return self.t(role.label)
        others = ", ".join(self.t(self.g.role(r).label) for r in role.see_also)
        return f"{self.t(role.label)} <em>({self.ui('see_also', roles=others)})</em>"

    def provision_blocks(self, provision: Provision, sources: bool = True) -> list[Block]:
        """The provision; on its own sheet, its sources too (the booklet lists references once)."""
        blocks = [Block("paragraph", self.t(provision.text))]
        if provision.details:
            blocks += [
                Block("paragraph", self.t(provision.details.intro)),
                Block("bullets", items=tuple(self.t(i) for i in provision.details.items)),
            ]
        form = self.g.form(provision.form)
        blocks.append(Block("note", self.ui("labelled", label=self.ui("form_title"), text=self.t(form.label))))
        return blocks + (self.source_blocks() if sources else [])

    def source_blocks(self) -> list[Block]:
        """The provisions' sources; an address the sheet's foot already prints is not repeated."""
        refs = [self.g.reference(r) for r in self.g.provision_sources]
        items = tuple(
            self.ui(
                "labelled",
                label=self.t(r.label),
                text=self.t(r.text) + ("" if r.url == self.g.dossier.url else f" {r.url}"),
            )
            for r in refs
        )
        return [Block("subheading", self.ui("sources_title")), Block("bullets", items=items)]

    def matrix_block(self) -> Block:
        head = (self.ui("matrix_role"), *(self.t(a.label) for a in self.g.actors))
        rows = tuple(
            (self.t(r.label), *(("✓" if r.id in a.roles else "") for a in self.g.actors)) for r in self.g.roles
        )
        return Block("table", self.ui("matrix_caption"), head=head, rows=rows)

    def synthesis_blocks(self) -> list[Block]:
        g = self.g
        blocks = [
            Block("paragraph", self.t(g.introduction)),
            Block("heading", self.ui("moments_title")),
            Block("paragraph", self.t(g.attitude)),
            *self.moment_blocks(),
            Block("heading", self.ui("verbs_title")),
        ]
        for verb in g.verbs:
            blocks += [
                Block("subheading", self.t(verb.label)),
                Block("paragraph", self.t(verb.text)),
                Block("bullets", items=tuple(self.t(p) for p in verb.points)),
            ]
        who_does_what = tuple(
            f"<strong>{self.t(a.label)}</strong> — " + ", ".join(self.t(g.role(r).label) for r in a.roles)
            for a in g.actors
        )
        blocks += [
            Block("heading", self.ui("actors_title")),
            Block("bullets", items=who_does_what),
            Block("heading", self.ui("provisions_title")),
            Block("paragraph", self.t(g.provisions_intro)),
            # The kinds by name: each has its own sheet with the leaflet's text (two pages hold no more).
            Block("bullets", items=tuple(f"<strong>{self.t(p.label)}</strong>" for p in g.provisions)),
            *self.key_words_blocks("heading"),
            *self.source_blocks(),
        ]
        return blocks  # the 119 is in every sheet's foot


def all_sheets(guide: Guide) -> list[Sheet]:
    """Every sheet in every language."""
    return [h for lang in guide.languages for h in Sheets(guide, lang.code).all()]
