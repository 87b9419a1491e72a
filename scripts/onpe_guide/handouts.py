"""The trainers' handouts (« fiches ») and booklet, as content: what each sheet says, in blocks.

Built from the same data as the site; `pdf.py` lays them out on A4 with WeasyPrint. Each block is
already HTML-safe: texts are escaped, then their inline Markdown turned into HTML.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import markdown

from onpe_guide.model import Actor, Guide, Provision, Text, Verb
from onpe_guide.paths import ACTORS, MOMENTS, PROVISIONS, VERBS
from onpe_guide.render import escape
from onpe_guide.textlinks import unlink_pages


@dataclass(frozen=True)
class Block:
    """One piece of a sheet: a heading, a paragraph, a list, the path of moments, or a table."""

    kind: str  # heading | subheading | paragraph | bullets | steps | table | note
    text: str = ""
    items: tuple[str, ...] = ()
    head: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Handout:
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

    @property
    def file_name(self) -> str:
        return f"{self.id}.pdf"


@cache  # the same texts recur on many sheets; Markdown is slow to start
def inline(text: str) -> str:
    """A data text as inline HTML: raw HTML shown as text, Markdown (**bold**, links) rendered."""
    escaped = unlink_pages(text.replace("&", "&amp;").replace("<", "&lt;"))
    html: str = markdown.markdown(escaped)
    return html.removeprefix("<p>").removesuffix("</p>")


class Sheets:
    """Builds the handouts of one language."""

    def __init__(self, guide: Guide, lang: str, markdown: bool = False) -> None:
        """With `markdown`, texts stay Markdown instead of HTML: the kit page lists the sheets,
        and converting every text of every sheet to HTML only to read their titles is slow."""
        self.g, self.lang = guide, lang
        self.convert: Callable[[str], str] = escape if markdown else inline

    def t(self, text: Text) -> str:
        return self.marked(text, self.convert(text[self.lang]))

    def ui(self, key: str, **values: object) -> str:
        """An interface string, filled with `values` that are already HTML."""
        text = self.g.strings[key]
        return self.marked(text, self.convert(text[self.lang]).format(**values))

    def marked(self, text: Text, html: str) -> str:
        """A text still to translate prints the French, marked: a short code here, explained in
        each sheet's footer (a sheet has no room for the site's longer mark)."""
        if self.lang not in text.pending:
            return html
        default = self.g.default_language
        mark = f'<sup class="untranslated-mark">{default.upper()}</sup>'
        return f'<span class="untranslated" lang="{default}">{html}</span>{mark}'

    def all(self) -> list[Handout]:
        return [
            *(self.verb(v) for v in self.g.verbs),
            self.moments(),
            *(self.actor(a) for a in self.g.actors),
            *(self.provision(p) for p in self.g.provisions),
            self.matrix(),
            self.synthesis(),
        ]

    def verb(self, verb: Verb) -> Handout:
        blocks = [Block("paragraph", self.t(verb.text)), Block("bullets", items=tuple(self.t(p) for p in verb.points))]
        if verb.builds_on:
            labels = ", ".join(self.t(self.g.verb(v).label) for v in verb.builds_on)
            blocks.append(Block("note", self.ui("labelled", label=self.ui("builds_on"), text=labels)))
        blocks.append(Block("subheading", self.ui("key_words_title")))
        blocks.append(Block("paragraph", " · ".join(self.t(k.label) for k in self.g.key_words)))
        return self._sheet(
            f"verbe-{verb.id}", self.ui("verbs_title"), self.t(verb.label), blocks, f"{VERBS}/{verb.id}/"
        )

    def moment_blocks(self) -> list[Block]:
        steps = tuple(
            (f"<em>{self.t(m.connector)}</em> " if m.connector else "")
            + self.ui("labelled", label=f"<strong>{self.t(m.label)}</strong>", text=self.t(m.text))
            for m in self.g.moments
        )
        note = self.ui("quoted", text=self.t(self.g.path_note)) + " " + self.ui("path_back")
        return [Block("steps", items=steps), Block("note", note)]

    def moments(self) -> Handout:
        blocks = [Block("paragraph", self.t(self.g.attitude)), *self.moment_blocks()]
        return self._sheet(
            "temporalites", self.ui("moments_title"), self.ui("key_moments_title"), blocks, f"{MOMENTS}/"
        )

    def actor(self, actor: Actor) -> Handout:
        blocks = [
            Block("subheading", self.ui("roles_of_actor")),
            Block("bullets", items=tuple(self.t(self.g.role(r).label) for r in actor.roles)),
        ]
        if actor.label_note:
            blocks.append(
                Block("note", self.ui("labelled", label=self.ui("label_note_title"), text=self.t(actor.label_note)))
            )
        others = [a for a in self.g.actors if a != actor and set(a.roles) & set(actor.roles)]
        if others:
            blocks += [
                Block("subheading", self.ui("shares_roles_with")),
                Block("bullets", items=tuple(self.t(a.label) for a in others)),
            ]
        return self._sheet(
            f"acteur-{actor.id}", self.ui("actors_title"), self.t(actor.label), blocks, f"{ACTORS}/{actor.id}/"
        )

    def provision(self, provision: Provision) -> Handout:
        blocks = [Block("paragraph", self.t(provision.text))]
        if provision.details:
            blocks += [
                Block("paragraph", self.t(provision.details.intro)),
                Block("bullets", items=tuple(self.t(i) for i in provision.details.items)),
            ]
        form = self.g.form(provision.form)
        blocks.append(Block("note", self.ui("labelled", label=self.ui("form_title"), text=self.t(form.label))))
        blocks += self.source_blocks()
        page = f"{PROVISIONS}/{provision.id}/"
        return self._sheet(
            f"dispositif-{provision.id}", self.ui("provisions_title"), self.t(provision.label), blocks, page
        )

    def source_blocks(self) -> list[Block]:
        refs = [self.g.reference(r) for r in self.g.provision_sources]
        items = tuple(self.ui("labelled", label=self.t(r.label), text=f"{self.t(r.text)} {r.url}") for r in refs)
        return [Block("subheading", self.ui("sources_title")), Block("bullets", items=items)]

    def matrix_block(self) -> Block:
        head = (self.ui("matrix_role"), *(self.t(a.label) for a in self.g.actors))
        rows = tuple(
            (self.t(r.label), *(("✓" if r.id in a.roles else "") for a in self.g.actors)) for r in self.g.roles
        )
        return Block("table", self.ui("matrix_caption"), head=head, rows=rows)

    def matrix(self) -> Handout:
        sheet = self._sheet(
            "qui-fait-quoi",
            self.ui("actors_title"),
            self.ui("matrix_title"),
            [self.matrix_block()],
            f"{ACTORS}/#matrix",
        )
        return Handout(**{**sheet.__dict__, "landscape": True})

    def synthesis(self) -> Handout:
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
            Block(
                "bullets", items=tuple(f"<strong>{self.t(p.label)}</strong> — {self.t(p.text)}" for p in g.provisions)
            ),
            Block("heading", self.ui("key_words_title")),
            Block("paragraph", " · ".join(self.t(k.label) for k in g.key_words)),
            *self.source_blocks(),
            self.helpline_block(),
        ]
        sheet = self._sheet("synthese", self.t(g.title), self.ui("synthesis_title"), blocks, "")
        return Handout(**{**sheet.__dict__, "pages": 2, "columns": 2})

    def helpline_block(self) -> Block:
        line = next(r for r in self.g.references if r.kind == "helpline")
        return Block(
            "note", self.ui("labelled", label=f"<strong>{self.t(line.label)}</strong>", text=self.t(line.text))
        )

    def _sheet(self, sheet_id: str, kicker: str, title: str, blocks: list[Block], page_url: str) -> Handout:
        return Handout(sheet_id, self.lang, kicker, title, tuple(blocks), page_url)


def handouts(guide: Guide) -> list[Handout]:
    """Every handout in every language."""
    return [h for lang in guide.languages for h in Sheets(guide, lang.code).all()]
