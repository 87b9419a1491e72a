"""The exercises page: questions on the leaflet, each answer revealed on demand with a link to the
page that holds it; with JavaScript, immediate feedback. Then the exercise sheet and its answer key."""

from __future__ import annotations

from onpe_guide.outline.blocks import Block, Heading, Paragraph
from onpe_guide.outline.exercises import exercises_outline
from onpe_guide.site.markdown import page
from onpe_guide.site.render import Ctx
from onpe_guide.urls import ANSWERS_SHEET, EXERCISES_SHEET


def exercises_page(c: Ctx) -> str:
    c.scripts.append("exercises")
    sheets = " ".join(
        d
        for d in (
            c.download(EXERCISES_SHEET, label=c.ui("exercises_title")),
            c.download(ANSWERS_SHEET, label=c.ui("answer_key_title")),
        )
        if d
    )
    printed: list[Block | str] = [Heading(c.ui("downloads_title")), sheets] if sheets else []
    return page(
        c,
        c.ui("exercises_title"),
        Paragraph(f"{c.ui('exercises_intro')} {c.mark('addition')}"),
        feedback(c),
        *exercises_outline(c),
        *printed,
    )


def feedback(c: Ctx) -> str:
    """What the script says once an answer is checked, in the page's language: words of the page,
    hidden (without JavaScript there is nothing to check: the answers open below each question)."""
    return (
        '<div class="guide-exercises__feedback" data-guide-feedback hidden markdown>\n'
        f'<p data-guide-right markdown="span">{c.ui("exercise_right")}</p>\n'
        f'<p data-guide-wrong markdown="span">{c.ui("exercise_wrong")}</p>\n'
        "</div>"
    )
