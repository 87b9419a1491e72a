"""The trainer's kit's own content: the session plan (data/session.yml) and the words to use
(data/terminology.yml), each written once for its page and its sheet. Both are the site's
additions, marked where they start."""

from __future__ import annotations

from onpe_guide.additions import SessionStep
from onpe_guide.model import Term
from onpe_guide.outline.blocks import Block, Bullets, Fact, Heading, Paragraph
from onpe_guide.outline.catalogue import document_title
from onpe_guide.outline.help import help_outline
from onpe_guide.outline.writer import Writer


def plan_outline(w: Writer) -> list[Block]:
    """The proposal (marked), the note of care with the help box after it, then each session, step
    by step: its suggested time, what it is, what the trainer does, the documents to use."""
    session = w.guide.session
    blocks: list[Block] = [
        Paragraph(f"{w.t(session.intro)} {w.mark('addition')}"),
        Heading(w.ui("care_title")),
        Paragraph(w.t(session.care)),
        help_outline(w),
    ]
    for plan in session.plans:
        title = w.ui("plan_heading", title=w.t(plan.title), minutes=w.ui("minutes", count=plan.minutes))
        blocks += [Heading(title), Bullets(tuple(step_line(step, w) for step in plan.steps))]
    return blocks


def step_line(step: SessionStep, w: Writer) -> str:
    """« 10 min — Accueil, cadre et note de soin : Présenter la séance… À utiliser : le diaporama »."""
    what = w.ui("labelled", label=w.strong(w.t(step.title)), text=w.t(step.text))
    uses = ", ".join(document_title(u, w) for u in step.uses)
    return f"{w.strong(w.ui('minutes', count=step.minutes))} — {what} {w.em(w.ui('plan_uses', documents=uses))}"


def glossary_outline(w: Writer) -> list[Block]:
    """Each French term of the leaflet, the words each translation uses, and those it avoids with
    why (in the avoided word's own language), and where the choice comes from."""
    blocks: list[Block] = [Paragraph(f"{w.ui('glossary_intro')} {w.mark('addition')}")]
    for term in w.guide.terminology:
        blocks += term_outline(term, w)
    return blocks


def term_anchor(term_id: str) -> str:
    """Where a term is on the glossary's page (the exercises' answers link to it)."""
    return f"terme-{term_id}"


def term_outline(term: Term, w: Writer) -> list[Block]:
    g = w.guide
    blocks: list[Block] = [Heading(w.convert(term.fr), anchor=term_anchor(term.id))]
    for lang in g.translated_languages:
        words = term.preferred.get(lang.code, ())
        if words:
            # « · », not a comma: a term may hold commas (« explotación de niñas, niños y adolescentes… »)
            shown = " · ".join(w.in_language(w.convert(word), lang.code) for word in words)
            blocks.append(Fact(w.in_language(w.convert(lang.name), lang.code), shown))  # « English : … »
    avoided = tuple(
        w.in_language(f"{w.strong(w.convert(a.term))} — {w.convert(a.why)}", a.lang)
        + f" ({w.convert(g.language_name(a.lang))})"
        for a in term.avoid
    )
    if avoided:
        blocks += [Paragraph(w.ui("glossary_avoid")), Bullets(avoided)]
    source = next((s for s in g.terminology_sources if s.id == term.source), None)
    if source:
        label = w.external(w.t(source.label), source.url) if source.url else w.t(source.label)
        blocks.append(Fact(w.ui("glossary_source"), label))
    return blocks
