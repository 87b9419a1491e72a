"""The trainers' sheets (« fiches » on the site): what each says, composed of the same outlines as
the site's pages, for each entry of the sheet catalogue; `pdf.py` lays them out on A4 with
WeasyPrint. Texts are HTML-safe: escaped, then their inline Markdown turned into HTML.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import markdown

from onpe_guide.data.links import unlink_pages
from onpe_guide.data.markup import escape_start
from onpe_guide.data.typography import ordinals
from onpe_guide.model import Guide
from onpe_guide.outline.actors import actor_outline, matrix_outline
from onpe_guide.outline.blocks import Block, Fact, Note, Paragraph
from onpe_guide.outline.catalogue import SheetEntry, sheet_catalogue, sheet_title
from onpe_guide.outline.exercises import exercises_outline
from onpe_guide.outline.kit import glossary_outline, plan_outline
from onpe_guide.outline.moments import moments_outline
from onpe_guide.outline.provisions import provision_outline
from onpe_guide.outline.synthesis import synthesis_outline
from onpe_guide.outline.verbs import key_words_outline, verb_outline
from onpe_guide.outline.writer import MarkKind, Writer


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
    answers: bool = False  # questions print their answers (the answer key)
    foot_first: bool = False  # the foot under the band: a sheet of several pages whose text ends anywhere
    territory: bool = False  # the notes' room starts with labelled lines for local contacts (a group's sheet)

    @property
    def file_name(self) -> str:
        return f"{self.id}.pdf"


@cache  # the same texts recur on many sheets; Markdown is slow to start
def inline(text: str) -> str:
    """A data text as inline HTML: raw HTML shown as text, Markdown (**bold**, links) rendered, a
    marker at its start (« 1989. ») as text, « 1er » as 1<sup>er</sup>."""
    escaped = ordinals(unlink_pages(escape_start(text).replace("&", "&amp;").replace("<", "&lt;")))
    html: str = markdown.markdown(escaped)
    return html.removeprefix("<p>").removesuffix("</p>")


def _sheet_mark(shown: str, default: str) -> str:
    """A text still to translate prints the French, marked: a short code here, explained in each
    sheet's footer (a sheet has no room for the site's longer mark)."""
    mark = f'<sup class="untranslated-mark">{default.upper()}</sup>'
    return f'<span class="untranslated" lang="{default}">{shown}</span>{mark}'


class SheetWriter(Writer):
    """Texts in one language as the sheets print them: HTML, no links between pages (paper cannot
    follow them; the sheet's foot prints its page's address and QR code)."""

    def __init__(self, guide: Guide, lang: str) -> None:
        super().__init__(guide, lang, inline, _sheet_mark)

    def link(self, target: str, label: str) -> str:
        return label

    def external(self, label: str, url: str) -> str:
        return label

    def address(self, url: str) -> str:
        """The address after the text, but the dossier's: every sheet's foot prints it."""
        return "" if url == self.guide.dossier.url else f" {url}"

    def strong(self, text: str) -> str:
        return f"<strong>{text}</strong>"

    def em(self, text: str) -> str:
        return f"<em>{text}</em>"

    def mark(self, kind: MarkKind) -> str:
        return f'<span class="mark">{self.ui(f"mark_{kind}")}</span>'


def sheet_blocks(entry: SheetEntry, w: SheetWriter) -> list[Block]:
    """What a sheet says, by its kind; on its own sheet a verb has the key words, an actor who
    shares its roles, a provision its sources (the booklet has them once)."""
    g = w.guide
    kinds: dict[str, Callable[[], list[Block]]] = {
        "verb": lambda: [*verb_outline(g.verb(entry.entity_id), w), *key_words_outline(w)],
        "moments": lambda: moments_outline(w),
        "actor": lambda: actor_outline(next(a for a in g.actors if a.id == entry.entity_id), w),
        "provision": lambda: provision_outline(next(p for p in g.provisions if p.id == entry.entity_id), w),
        "matrix": lambda: [matrix_outline(w)],
        "synthesis": lambda: synthesis_outline(w),
        "exercises": lambda: exercises_sheet(w, "exercises_paper_intro"),
        "answer-key": lambda: exercises_sheet(w, "answer_key_intro"),
        "plan": lambda: plan_outline(w),
        "glossary": lambda: glossary_outline(w),
    }
    return kinds[entry.kind]()


def exercises_sheet(w: SheetWriter, intro: str) -> list[Block]:
    """The questions under what to do with them (tick, or read the answers), marked as the site's."""
    return [Paragraph(f"{w.ui(intro)} {w.mark('addition')}"), *exercises_outline(w)]


def on_paper(blocks: list[Block], w: SheetWriter) -> tuple[Block, ...]:
    """The blocks as paper shows them: a labelled line is a note (« Prolonge : … »)."""
    return tuple(Note((w.ui("labelled", label=b.label, text=b.text),)) if isinstance(b, Fact) else b for b in blocks)


def sheet(entry: SheetEntry, w: SheetWriter) -> Sheet:
    """The sheet for one entry of the catalogue, headed by its section and title."""
    return Sheet(
        entry.id,
        w.lang,
        w.t(entry.section),
        sheet_title(entry, w),
        on_paper(sheet_blocks(entry, w), w),
        entry.page_url,
        pages=entry.pages,
        landscape=entry.kind == "matrix",
        columns=2 if entry.kind in ("synthesis", "glossary") else 1,
        notes=entry.pages == 1 and entry.kind != "matrix",  # the matrix fills its landscape page
        answers=entry.kind == "answer-key",
        foot_first=entry.kind in ("exercises", "answer-key"),
        territory=entry.kind == "actor",
    )


def all_sheets(guide: Guide) -> list[Sheet]:
    """Every sheet in every language."""
    writers = [SheetWriter(guide, lang.code) for lang in guide.languages]
    return [sheet(entry, w) for w in writers for entry in sheet_catalogue(guide)]
