"""The slides a trainer projects in a session (« diaporama »), 16:9, one deck per language: what
each slide says, composed of the same outlines as the pages and sheets (no text of its own but
its titles' interface strings). `deck.py` fits them on their pages: a slide whose text does not
fit at projection size goes on two (or more), decided by the layout, never by which slide it is.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar, Literal

from onpe_guide.model import Guide
from onpe_guide.outline.actors import matrix_outline
from onpe_guide.outline.blocks import Block, Bullets, Heading, Link, Matrix, Paragraph, Steps
from onpe_guide.outline.help import help_outline
from onpe_guide.outline.moments import path_note, path_outline
from onpe_guide.outline.provisions import forms_outline, sources_outline
from onpe_guide.outline.verbs import key_words_outline, verb_outline
from onpe_guide.print.colophon import qr_code
from onpe_guide.print.sheets import SheetWriter, on_paper
from onpe_guide.sections import VERBS, sheet_id
from onpe_guide.urls import MATRIX_SHEET

# How slides.html lays a slide out: the title slide, the 119, the verbs and key words large, the
# path of the key moments across the slide, the matrix (its own type size), and text (the rest).
Layout = Literal["title", "help", "words", "path", "matrix", "text"]


@dataclass(frozen=True)
class Address:
    """An address to open from the room: printed, with its QR code (inline SVG, the address as its
    text alternative). Slides only: a sheet prints its page's address in its foot."""

    kind: ClassVar[str] = "address"
    url: str
    qr: str


SlideBlock = Block | Address


@dataclass(frozen=True)
class Slide:
    """One slide in one language: its title and blocks, before the layout decides whether it
    takes more than one page (`part` of `parts`, `suffix`: « Adapter (1/2) »)."""

    id: str
    title: str
    blocks: tuple[SlideBlock, ...]
    layout: Layout = "text"
    part: int = 1
    parts: int = 1
    suffix: str = ""


def slides(guide: Guide, lang: str) -> list[Slide]:
    """The deck: the title; who to call (the 119 and the emergency numbers); the introduction;
    the four verbs and the key words, then each verb (its text and points); the attitude and the
    key moments as a path, the leaflet's words and the site's note on the path, each moment; who
    does what; the forms of provision and their kinds; the sources, then the dossier's address
    and QR code."""
    w = SheetWriter(guide, lang)
    sources = tuple(b for b in sources_outline(w) if not isinstance(b, Heading))
    return [
        Slide("titre", w.t(guide.title), (), "title"),
        help_slide(w),
        Slide("introduction", w.ui("slides_introduction"), (Paragraph(w.t(guide.introduction)),)),
        *verb_slides(w),
        *moment_slides(w),
        Slide(MATRIX_SHEET, w.ui("matrix_title"), (keyed(matrix_outline(w), w),), "matrix"),
        Slide("dispositifs", w.ui("provisions_title"), on_paper(forms_outline(w, level=1), w)),
        Slide("sources", w.ui("sources_title"), (*sources, Address(guide.dossier.url, qr_code(guide.dossier.url)))),
    ]


def help_slide(w: SheetWriter) -> Slide:
    """Who to call, from the help box every sheet's foot has (the site's addition, marked after its
    first situation): each situation under its heading, each number large before its line, then
    the box's sources. As headings and points, the layout may cut it between situations."""
    box = help_outline(w)
    blocks: list[SlideBlock] = []
    for n, situation in enumerate(box.situations):
        numbers = Bullets(tuple(f"{w.strong(line.number)} {line.line}" for line in situation.numbers))
        blocks += [Heading(f"{situation.title} {box.mark}" if n == 0 else situation.title), numbers]
    return Slide("aide", w.ui("slides_help"), (*blocks, Paragraph(box.sources)), "help")


def verb_slides(w: SheetWriter) -> list[Slide]:
    """The four verbs by name with the key words printed around them, then one slide per verb."""
    g = w.guide
    names = Bullets(tuple(w.strong(w.t(v.label)) for v in g.verbs))
    overview = Slide("verbes", w.ui("verbs_title"), (names, *key_words_outline(w)), "words")
    each = [Slide(sheet_id(VERBS, v.id), w.t(v.label), on_paper(verb_outline(v, w), w)) for v in g.verbs]
    return [overview, *each]


def moment_slides(w: SheetWriter) -> list[Slide]:
    """The attitude and the path at a glance (the steps' names); the leaflet's words on the path
    and the site's note that it is not one-way; then each key moment with its text."""
    note = path_note(w)
    path = (Paragraph(w.t(w.guide.attitude)), path_outline(w, texts=False))
    each = [Slide(f"moment-{s.number}", s.name, (Steps((s,)),)) for s in path_outline(w).steps]
    return [
        Slide("temporalites", w.ui("moments_title"), path, "path"),
        Slide("parcours", note.title, tuple(Paragraph(p) for p in note.paragraphs)),
        *each,
    ]


def keyed(matrix: Matrix, w: SheetWriter) -> Matrix:
    """The matrix as a slide can hold it at 18 pt: each group's column headed by its place in
    the table, its name in full in the key under it (the caption); no name is shortened."""
    # A number never ends a line without its name, a « · » never starts one.
    key = "\u00a0· ".join(f"{w.strong(str(n))}\u00a0{column.label}" for n, column in enumerate(matrix.columns, 1))
    columns = tuple(Link(str(n), column.target) for n, column in enumerate(matrix.columns, 1))
    return replace(matrix, caption=w.ui("labelled", label=matrix.caption, text=key), columns=columns)
