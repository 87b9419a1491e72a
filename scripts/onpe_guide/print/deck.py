"""The slides fitted on their 16:9 pages: a slide whose text does not fit at projection size is
split over two pages or more, between its blocks, its points, the rows of its matrix, or (a long
paragraph alone) its sentences; what cannot fit even alone fails the build, by name.

The layout decides, in two passes with WeasyPrint: every slide's pieces are measured once on a
page as wide as a slide and very tall, then the slides are cut where their parts come out most
even, and the deck is laid out on 16:9 pages; a slide that still spills onto the next page is a
problem (a measure that was wrong is caught there, never printed)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from onpe_guide.edition import Edition
from onpe_guide.model import Guide
from onpe_guide.outline.blocks import Bullets, Heading, Matrix, Paragraph
from onpe_guide.print.colophon import colophon
from onpe_guide.print.sheets import SheetWriter
from onpe_guide.print.slides import Slide, SlideBlock, slides
from onpe_guide.print.weasy import render

SHORTEN = "shorten its text in data/ or split it"
MOST_PARTS = 5  # a slide cut in more parts than this would not be a slide any more
# Where a sentence ends: its final punctuation, spaces, then what opens a sentence.
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«“\"¿¡(A-ZÀ-ÖØ-Þ])")


def sentences(text: str) -> list[str]:
    """`text` cut after each sentence, never inside an element (`<strong>…</strong>`)."""
    cuts = [m for m in SENTENCE_END.finditer(text) if _balanced(text[: m.start()])]
    bounds = [0, *(m.end() for m in cuts), len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(bounds)]


def _balanced(html: str) -> bool:
    return len(re.findall(r"<[a-z]", html)) == len(re.findall(r"</[a-z]", html))


def pieces(block: SlideBlock) -> tuple[SlideBlock, ...]:
    """Where a block may be cut between two slides: its points, its rows, its sentences."""
    if isinstance(block, Bullets):
        return tuple(Bullets((item,), block.anchors[i : i + 1]) for i, item in enumerate(block.items))
    if isinstance(block, Matrix):
        return tuple(replace(block, rows=(row,)) for row in block.rows)
    if isinstance(block, Paragraph):
        return tuple(Paragraph(text) for text in sentences(block.text))
    return (block,)


def join(block: SlideBlock, parts: Sequence[SlideBlock]) -> SlideBlock:
    """The block holding only `parts`, some of its pieces, in order (none: the block empty)."""
    if isinstance(block, Bullets):
        return Bullets(
            tuple(i for p in parts if isinstance(p, Bullets) for i in p.items),
            tuple(a for p in parts if isinstance(p, Bullets) for a in p.anchors),
        )
    if isinstance(block, Matrix):
        return replace(block, rows=tuple(r for p in parts if isinstance(p, Matrix) for r in p.rows))
    if isinstance(block, Paragraph):
        return Paragraph(" ".join(p.text for p in parts if isinstance(p, Paragraph)))
    return block


@dataclass(frozen=True)
class Piece:
    block: int  # its block's index in the slide
    index: int  # its place among its block's pieces
    height: float  # a point or a row as laid out in its block; a sentence laid out alone


@dataclass(frozen=True)
class Part:
    """How a block's pieces add up when it is cut: `base` (a matrix's head and key) plus each
    piece, and `joint` between two (the space between two points)."""

    whole: float
    base: float = 0.0
    joint: float = 0.0


@dataclass(frozen=True)
class Measures:
    """A slide's title, the space between two blocks, how each block adds up, and its pieces."""

    title: float
    gap: float
    blocks: tuple[Part, ...]
    pieces: tuple[Piece, ...]

    def height(self, run: Sequence[Piece]) -> float:
        """Consecutive pieces, block by block: a block whole as measured whole, part of one as its
        pieces add up (sentences laid out alone end their lines: a little more than together)."""
        heights: list[float] = []
        for block, group in itertools.groupby(run, key=lambda p: p.block):
            held, part = list(group), self.blocks[block]
            if len(held) == sum(1 for p in self.pieces if p.block == block):
                heights.append(part.whole)
            else:
                heights.append(part.base + sum(p.height for p in held) + (len(held) - 1) * part.joint)
        return sum(heights) + (len(heights) - 1) * self.gap


def measuring_units(slide: Slide, number: int) -> list[tuple[str, SlideBlock]]:
    """What the measuring pass lays out for a slide: each block whole (its points and rows named,
    `m0-1-whole-2`), and a paragraph's sentences each alone (together they take a little less)."""
    units: list[tuple[str, SlideBlock]] = []
    for b, block in enumerate(slide.blocks):
        units.append((f"m{number}-{b}-whole", block))
        if isinstance(block, Paragraph) and len(pieces(block)) > 1:
            units += [(f"m{number}-{b}-{k}", piece) for k, piece in enumerate(pieces(block))]
    return units


def measure(slides: Sequence[Slide], context: dict[str, Any]) -> tuple[float, list[Measures]]:
    """One pass: the room a slide's page has for its title and text, the space between two
    blocks, and every slide's measures."""
    units = [measuring_units(slide, n) for n, slide in enumerate(slides)]
    document = render("slides.html", "slides.css", slides=slides, units=units, **context)
    box: dict[str, tuple[float, float, float, float]] = {}
    for page in document.pages:  # the first: the page's foot is fixed, on every page
        for name, area in page.anchors.items():
            box.setdefault(name, area)

    def height(name: str) -> float:
        return float(box[name][3] - box[name][1])

    found = []
    for n, slide in enumerate(slides):
        parts, found_pieces = [], []
        for b, block in enumerate(slide.blocks):
            whole, count = f"m{n}-{b}-whole", len(pieces(block))
            named = [f"{whole}-{k}" for k in range(count)]  # a point's or a row's box, inside the whole block
            if isinstance(block, Bullets | Matrix):
                sizes = [height(name) for name in named]
                joint = box[named[1]][1] - box[named[0]][3] if count > 1 else 0.0
                base = height(whole) - sum(sizes) - (count - 1) * joint
                parts.append(Part(height(whole), base if isinstance(block, Matrix) else 0.0, joint))
            else:
                sizes = [height(f"m{n}-{b}-{k}") for k in range(count)] if count > 1 else [height(whole)]
                parts.append(Part(height(whole)))
            found_pieces += [Piece(b, k, size) for k, size in enumerate(sizes)]
        found.append(Measures(height(f"m{n}-title"), height("gap"), tuple(parts), tuple(found_pieces)))
    return box["page-bottom"][1] - box["page-top"][1], found


def cuts(slide: Slide, m: Measures, room: float) -> list[list[Piece]] | None:
    """The fewest parts that each fit `room` under the slide's title, cut at block boundaries where
    possible, then as even as possible; never right after a heading. None: a piece does not fit
    even alone."""
    allowed = [i for i in range(1, len(m.pieces)) if not isinstance(slide.blocks[m.pieces[i - 1].block], Heading)]
    for count in range(1, min(MOST_PARTS, len(m.pieces)) + 1):
        best: tuple[tuple[int, float], list[list[Piece]]] | None = None
        for chosen in itertools.combinations(allowed, count - 1):
            bounds = [0, *chosen, len(m.pieces)]
            parts = [list(m.pieces[a:b]) for a, b in itertools.pairwise(bounds)]
            heights = [m.height(part) for part in parts]
            if max(heights) > room - m.title:
                continue
            inside = sum(
                1 for c in chosen if m.pieces[c - 1].block == m.pieces[c].block and _paragraph(slide, m.pieces[c])
            )
            score = (inside, max(heights))
            if best is None or score < best[0]:
                best = (score, parts)
        if best is not None:
            return best[1]
    return None


def _paragraph(slide: Slide, piece: Piece) -> bool:
    return isinstance(slide.blocks[piece.block], Paragraph)


def split(slide: Slide, parts: list[list[Piece]], suffix: Callable[[int, int], str]) -> list[Slide]:
    """The slide's parts as slides of their own, « (1/2) » after each title."""
    if len(parts) <= 1:
        return [slide]
    out = []
    for number, part in enumerate(parts, 1):
        blocks = []
        for b, group in itertools.groupby(part, key=lambda p: p.block):
            block = slide.blocks[b]
            blocks.append(join(block, [pieces(block)[p.index] for p in group]))
        out.append(
            replace(slide, blocks=tuple(blocks), part=number, parts=len(parts), suffix=suffix(number, len(parts)))
        )
    return out


def spilled(document: Any, slides: Sequence[Slide]) -> list[Slide]:
    """The slides that did not end on their own page (the next one starts later than it should)."""
    page_of: dict[str, int] = {}
    for index, page in enumerate(document.pages):  # a slide that spills has its anchor on both pages
        for name in page.anchors:
            page_of.setdefault(name, index)
    starts = [page_of[f"slide-{n}"] for n in range(1, len(slides) + 1)] + [len(document.pages)]
    return [slide for n, slide in enumerate(slides) if starts[n + 1] - starts[n] != 1]


def deck_context(guide: Guide, lang: str, ed: Edition) -> dict[str, Any]:
    """What slides.html prints besides the slides, in `lang`: the credit, the edition, the notice."""
    return {"lang": lang, "meta": colophon(guide, lang, None, ed), "name": guide.strings["kit_slides"][lang]}


def lay_out_deck(guide: Guide, lang: str, ed: Edition) -> tuple[Any, list[Slide], list[str]]:
    """The deck in `lang` laid out on 16:9 pages, the slides it came to, and the problems (none:
    every slide fits its page)."""
    w = SheetWriter(guide, lang)

    def suffix(number: int, count: int) -> str:
        return w.ui("slide_part", number=number, count=count)

    context = deck_context(guide, lang, ed)
    composed = slides(guide, lang)
    cuttable = [replace(s, suffix=suffix(1, 2)) for s in composed if s.layout != "title"]  # titles as long as they get
    room, measures = measure(cuttable, context)
    fitted: list[Slide] = []
    problems: list[str] = []
    found = iter(measures)
    for slide in composed:  # the title slide is made to fit, never cut
        m = next(found) if slide.layout != "title" else None
        parts = cuts(slide, m, room) if m else [[]]
        if parts is not None:
            fitted += split(slide, parts, suffix)
        elif m and max(p.height for p in m.pieces) > room - m.title:
            problems.append(
                f'slide "{slide.id}" ({lang}): a point or sentence does not fit a slide even alone; {SHORTEN}'
            )
        else:
            problems.append(f'slide "{slide.id}" ({lang}): would take more than {MOST_PARTS} slides; {SHORTEN}')
    if problems:
        return None, fitted, problems
    document = render("slides.html", "slides.css", slides=fitted, units=None, **context)
    problems = [f'slide "{s.id}" ({lang}): does not fit its 16:9 page; {SHORTEN}' for s in spilled(document, fitted)]
    return document, fitted, problems
