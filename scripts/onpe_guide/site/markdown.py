"""Outline blocks as Markdown (and the raw HTML Markdown allows), the way the site shows them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape as html_escape
from typing import Any

from onpe_guide.outline.blocks import (
    Block,
    Bullets,
    Download,
    Fact,
    Heading,
    HelpBox,
    HelpNumber,
    KeyWords,
    Link,
    Matrix,
    MatrixRow,
    Note,
    Paragraph,
    Question,
    Step,
    Steps,
)
from onpe_guide.site.questions import question
from onpe_guide.site.render import Ctx, bullets


def page(c: Ctx, title: str, *parts: Block | str) -> str:
    """A page: its `#` title, then its parts, blocks or Markdown already written (a link to
    another page); empty parts (a file not built) leave no trace."""
    return markdown([Paragraph(f"# {title}"), *parts], c)


def markdown(blocks: Iterable[Block | str], c: Ctx, base: int = 1) -> str:
    """The blocks one after the other; a heading of level 1 is a `##` under the page's `#` title
    (`base` 2 puts the blocks one level deeper)."""
    return "\n\n".join(text for text in (block_markdown(b, c, base) for b in blocks) if text)


def block_markdown(block: Block | str, c: Ctx, base: int = 1) -> str:
    if isinstance(block, str):
        return block
    if isinstance(block, Heading):
        return "#" * (base + block.level) + f" {block.text}" + (f" {{#{block.anchor}}}" if block.anchor else "")
    return MARKDOWN[type(block)](block, c)


def note(n: Note, c: Ctx) -> str:
    """An admonition under its title, each paragraph indented into it."""
    return f'!!! note "{n.title}"\n\n' + "\n\n".join(f"    {p}" for p in n.paragraphs)


def help_box(h: HelpBox, c: Ctx) -> str:
    """The help box as GOV.UK's warning: the first number large with its situation, then each
    other situation and its numbers, each number a link that dials (or texts) it."""

    def number(n: HelpNumber, cls: str = "") -> str:
        return f'<a class="guide-help__number{cls}" href="{n.url}">{n.number}</a> {n.line}'

    first, *rest = h.situations
    parts = [f"{c.strong(first.title)} {h.mark}", number(first.numbers[0], " guide-help__number--main")]
    parts += [bullets(number(n) for n in first.numbers[1:])] if first.numbers[1:] else []
    for situation in rest:
        parts += [c.strong(situation.title), bullets(number(n) for n in situation.numbers)]
    body = "\n\n".join([*parts, f'<span class="guide-help__sources">{h.sources}</span>'])
    return f'<div class="guide-help" role="note" markdown>\n\n{body}\n\n</div>'


def steps(s: Steps, c: Ctx) -> str:
    listed = "\n\n".join(f"- {path_step(step)}" for step in s.steps)
    return f'<div class="guide-path" markdown>\n\n{listed}\n\n</div>'


def path_step(step: Step) -> str:
    """A key moment of the path: the word printed before it (« puis »), its number, seen and
    read, and its steps, one paragraph each (a moment that holds two things at once has two)."""
    connector = f'<span class="guide-path__connector">{step.connector}</span> ' if step.connector else ""
    read = f'<span class="guide-sr">{step.name}</span>'
    number = f'<span class="guide-path__number"><span aria-hidden="true">{step.number}</span>{read}</span>'
    first, *more = step.parts
    return f"{connector}{number} {first}" + "".join(f"\n\n    {part}" for part in more)


def matrix(m: Matrix, c: Ctx) -> str:
    """One table, two ways to read it: from tablet width up (and on paper), roles in rows and
    groups in columns; on a phone, CSS lays each row out as « Repérer — École · Social · … »,
    showing the names of the groups that hold the role (the table's header is off screen there)."""
    head = "".join(f'<th scope="col">{cell_link(c, column)}</th>' for column in m.columns)
    rows = [
        f'<tr id="{row.anchor}"><th scope="row">{row.label}{see_also(c, row)}</th>{cells(c, row)}</tr>'
        for row in m.rows
    ]
    return (
        '<div class="guide-matrix">\n<table class="guide-matrix__table">\n'
        f"<caption>{m.caption}</caption>\n"
        f'<thead><tr><th scope="col">{m.corner}</th>{head}</tr></thead>\n'
        f"<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n</div>"
    )


def cells(c: Ctx, row: MatrixRow) -> str:
    """A mark that is seen and a word that is read aloud; where the role is held, the group's
    name too, which only the phone layout shows (a link to that role on the group's page)."""
    no = f'<td class="guide-matrix__no"><span class="guide-sr">{c.ui("matrix_no")}</span></td>'
    return "".join(
        no
        if cell is None
        else (
            f'<td class="guide-matrix__yes"><span aria-hidden="true" class="guide-matrix__mark">✓</span>'
            f'<span class="guide-matrix__actor">{cell_link(c, cell)}</span>'
            f'<span class="guide-sr">{c.ui("matrix_yes")}</span></td>'
        )
        for cell in row.cells
    )


def see_also(c: Ctx, row: MatrixRow) -> str:
    """The row's « voir aussi », inside the table's raw HTML, where Markdown links are not rendered."""
    if not row.see_also:
        return ""
    links = ", ".join(cell_link(c, link) for link in row.see_also)
    return f'<span class="guide-matrix__see-also">{c.ui("see_also", roles=links)}</span>'


def cell_link(c: Ctx, link: Link) -> str:
    """A link in raw HTML (the table): MkDocs does not rewrite those, so the address is the page's.
    Labels arrive as the pages show them: `<` escaped, marks of untranslated text as HTML."""
    return f'<a href="{html_escape(c.href(link.target))}">{link.label}</a>'


# How the site shows each kind of block (headings and Markdown already written are handled above).
MARKDOWN: dict[type, Callable[[Any, Ctx], str]] = {
    Paragraph: lambda b, c: b.text,
    Bullets: lambda b, c: bullets(
        f'<span class="guide-anchor" id="{a}"></span>{item}' if a else item
        for item, a in zip(b.items, b.anchors or [""] * len(b.items), strict=True)
    ),
    Fact: lambda b, c: c.ui("labelled", label=c.strong(b.label), text=b.text),
    Note: note,
    KeyWords: lambda b, c: " · ".join(c.strong(k) for k in b.items),
    Steps: steps,
    Matrix: matrix,
    HelpBox: help_box,
    Download: lambda b, c: c.download(b.sheet_id, b.key, b.label),
    Question: question,
}
