"""An exercise on the site: a plain HTML form inside the Markdown (a fieldset and its legend, a
checkbox, radio button or rank to choose for each choice, each with its label), then the answer in
a `<details>` that opens without JavaScript and ends with a link to the page that holds it.

Written for md_in_html (`markdown` attributes): the texts inside are the site's Markdown, already
escaped by `Ctx` (a `<` from data/ can open no tag), and MkDocs rewrites and checks the link as it
does every other. Attributes hold only ids (checked by the data stage) and words of the page's own.
With JavaScript (overrides/assets/javascripts/exercises.js, loaded on this page only), « Vérifier
ma réponse » shows at once whether the answer is right and what the leaflet says of each choice,
from the `data-` attributes here; nothing is stored or sent."""

from __future__ import annotations

from html import escape as html_escape

from onpe_guide.outline.blocks import Choice, Question
from onpe_guide.site.render import Ctx

INPUTS = {"several": "checkbox", "one": "radio"}
# What this module writes around the texts, which the page wall (site/published.py) allows on the
# pages that hold questions and nowhere else: texts themselves are held to words and links.
FORM_ELEMENTS = frozenset({"button", "details", "fieldset", "input", "label", "legend", "option", "select", "summary"})
FORM_ATTRIBUTES = frozenset(
    {"aria-describedby", "for", "hidden", "name", "value", "data-rank", "data-correct"}
    | {f"data-guide-{name}" for name in ("question", "check", "status", "feedback", "verdict", "right", "wrong")}
)


def question(q: Question, c: Ctx) -> str:
    c.forms = True
    qid = attribute(f"q-{q.id}")
    choices = "\n".join(choice(q, qid, i, ch, c) for i, ch in enumerate(q.choices, 1))
    link = c.link(q.source.target, q.source.label)
    return (
        f'<div class="guide-question" id="{qid}" data-guide-question markdown>\n'
        f'<fieldset aria-describedby="{qid}-hint" markdown>\n'
        f'<legend markdown="span"><span class="guide-question__number">{q.number}.</span> {q.prompt}</legend>\n'
        f'<p class="guide-question__hint" id="{qid}-hint" markdown="span">{q.hint}</p>\n'
        f"{choices}\n"
        "</fieldset>\n"
        f'<p class="guide-question__check" markdown="span"><button type="button" class="guide-button" '
        f"data-guide-check hidden>{c.ui('exercise_check')}</button></p>\n"
        '<p class="guide-question__status" role="status" data-guide-status></p>\n'
        '<details class="guide-question__answer" markdown>\n'
        f'<summary markdown="span">{c.ui("exercise_show_answer")}</summary>\n\n'
        f"{q.answer}\n\n{link}\n\n"
        "</details>\n"
        "</div>"
    )


def choice(q: Question, qid: str, index: int, ch: Choice, c: Ctx) -> str:
    """One choice: its control and its label, and its verdict, hidden until checked."""
    cid = f"{qid}-{index}"
    lang = f' lang="{attribute(ch.lang)}"' if ch.lang else ""
    label = f'<label for="{cid}"{lang}>{ch.label}</label>'
    verdict = f'<span class="guide-choice__verdict" data-guide-verdict hidden>{ch.verdict}</span>' if ch.verdict else ""
    if q.mode == "order":
        control = rank_select(cid, qid, ch, len(q.choices), c)
        return f'<div class="guide-choice guide-choice--rank" markdown="span">{label} {control} {verdict}</div>'
    control = (
        f'<input type="{INPUTS[q.mode]}" id="{cid}" name="{qid}" value="{attribute(ch.id)}" '
        f'data-correct="{str(ch.correct).lower()}">'
    )
    return f'<div class="guide-choice" markdown="span">{control} {label} {verdict}</div>'


def rank_select(cid: str, qid: str, ch: Choice, count: int, c: Ctx) -> str:
    """A rank to choose, « Choisir un rang » first: a select, which a keyboard and a screen reader
    operate as they do anywhere (arrows), and no dragging."""
    options = "".join(f'<option value="{n}">{n}</option>' for n in range(1, count + 1))
    return (
        f'<select id="{cid}" name="{qid}-{attribute(ch.id)}" data-rank="{ch.rank}">'
        f'<option value="">{c.ui("exercise_rank_choose")}</option>{options}</select>'
    )


def attribute(value: str) -> str:
    return html_escape(value, quote=True)
