"""The exercises (issue 21): questions derived from the guide, each answer checked against the data
itself (the actors' roles, the key moments and their connectors, the verbs' points, the
vocabulary), never against a copy; a data change changes the questions, the page and the answer
key; where the leaflet is silent the right choice says so (« non cité », « Aucun »); two renders
are identical. The browser's side is in test_exercises_browser.py."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from onpe_guide.data.load import load_guide
from onpe_guide.edition import Edition
from onpe_guide.engine.docs import markdown_file
from onpe_guide.engine.theme import page_scripts
from onpe_guide.model import Guide, Text
from onpe_guide.outline.blocks import Question
from onpe_guide.outline.exercises import NONE, TERMS_PER_LANGUAGE, VERB_CHOICES, questions
from onpe_guide.print.colophon import colophon
from onpe_guide.print.sheets import SheetWriter, all_sheets
from onpe_guide.print.weasy import html_of
from onpe_guide.site.pages.exercises import exercises_page
from onpe_guide.site.render import RenderedPage, render_pages
from onpe_guide.urls import ANSWERS_SHEET, EXERCISES, EXERCISES_SHEET
from tests.conftest import DATA, ROOT, SITE_URL, real_guide

GUIDE = real_guide()
LANGS = [lang.code for lang in GUIDE.languages]
ED = Edition("abc1234", "2026-11-30", 0)
TICKED, BLANK = '<span class="box">☑</span>', '<span class="box">☐</span>'


def asked(guide: Guide, lang: str) -> dict[str, Question]:
    return {q.id: q for q in questions(SheetWriter(guide, lang))}


def right(q: Question) -> set[str]:
    return {c.id for c in q.choices if c.correct}


def exercises_markdown(guide: Guide, lang: str) -> RenderedPage:
    return next(p for p in render_pages(guide, [(EXERCISES, exercises_page)]) if p.lang == lang)


def answer_key_html(guide: Guide, lang: str) -> str:
    sheet = next(s for s in all_sheets(guide) if s.id == ANSWERS_SHEET and s.lang == lang)
    return str(html_of("sheet.html", h=sheet, meta=colophon(guide, lang, SITE_URL, ED), notes=False))


@pytest.mark.parametrize("lang", LANGS)
def test_at_least_twelve_questions_of_every_kind(lang: str) -> None:
    found = questions(SheetWriter(GUIDE, lang))
    assert len(found) >= 12
    assert [q.number for q in found] == list(range(1, len(found) + 1))
    assert len({q.id for q in found}) == len(found)
    assert {q.mode for q in found} == {"several", "one", "order"}
    kinds = {q.id.split("-")[0] for q in found}
    assert kinds == {"role", "moments", "connector", "point", "key", "term"}


@pytest.mark.parametrize("lang", LANGS)
def test_who_does_what_is_the_matrix(lang: str) -> None:
    """One question per role; the right groups are those whose roles hold it; every other group
    is offered and said « non cité », never wrong."""
    found = asked(GUIDE, lang)
    not_cited = GUIDE.strings["matrix_no"][lang]
    for role in GUIDE.roles:
        q = found[f"role-{role.id}"]
        assert q.mode == "several" and role.label[lang] in q.prompt
        assert right(q) == {a.id for a in GUIDE.actors if role.id in a.roles}
        assert [c.id for c in q.choices] == [a.id for a in GUIDE.actors]
        assert all(c.verdict == not_cited for c in q.choices if not c.correct)
        assert q.source.target == f"acteurs/index.md#role-{role.id}"
        for actor in GUIDE.actors:
            assert (actor.label[lang] in q.answer) == (role.id in actor.roles)


@pytest.mark.parametrize("lang", LANGS)
def test_the_key_moments_in_order_with_their_connectors(lang: str) -> None:
    found = asked(GUIDE, lang)
    order = found["moments-order"]
    ranks = {c.id: c.rank for c in order.choices}
    assert ranks == {step.id: GUIDE.moment_number(step) for step in GUIDE.moments if step.id in ranks}
    assert sorted(ranks.values()) == list(range(1, len(GUIDE.key_moments) + 1))
    assert [c.rank for c in order.choices] != sorted(c.rank for c in order.choices)  # never shown in order
    answer = order.answer
    positions = [answer.index(step.label[lang]) for step in GUIDE.moments]
    assert positions == sorted(positions)  # the answer says them in the leaflet's order
    for step in GUIDE.moments:
        if step.connector is None:
            assert f"connector-{step.id}" not in found
            continue
        assert answer.index(step.connector[lang]) < answer.index(step.label[lang])
        q = found[f"connector-{step.id}"]
        assert [c.label for c in q.choices if c.correct] == [step.connector[lang]]
        assert q.choices[-1].id == NONE and not q.choices[-1].correct


@pytest.mark.parametrize("lang", LANGS)
def test_a_point_belongs_to_its_verb_and_a_key_word_to_none(lang: str) -> None:
    """The leaflet prints the key words around the verbs and attaches them to none: the right
    choice is « Aucun », never a verb the site would invent."""
    found = asked(GUIDE, lang)
    for verb in GUIDE.verbs:
        q = found[f"point-{verb.id}"]
        shown = re.sub(r"<[^>]+>", "", q.prompt)
        owners = [v.id for v in GUIDE.verbs if any(p[lang].rstrip(" ;.:\u202f\u00a0") in shown for p in v.points)]
        assert owners == [verb.id] and right(q) == {verb.id}
        assert q.source.target == f"verbes/{verb.id}.md"
    for word in GUIDE.key_words:
        q = found[f"key-word-{word.id}"]
        assert word.label[lang] in q.prompt and right(q) == {NONE}
        assert q.source.target == "verbes/index.md#mots-cles"


@pytest.mark.parametrize("lang", LANGS)
def test_the_words_to_use_are_the_vocabularys(lang: str) -> None:
    """For an avoided term, the term to use is the one terminology.yml prefers in its language;
    the others are terms other entries prefer in that language; asked on every page."""
    found = [q for q in asked(GUIDE, lang).values() if q.id.startswith("term-")]
    translated = [language.code for language in GUIDE.translated_languages]
    assert {q.id.split("-")[1] for q in found} == set(translated)
    assert len(found) == TERMS_PER_LANGUAGE * len(translated)
    for q in found:
        term_lang, term_id = q.id.split("-", 2)[1:]
        term = next(t for t in GUIDE.terminology if t.id == term_id)
        avoided = next(a for a in term.avoid if a.lang == term_lang).term.rstrip("*")
        assert avoided in q.prompt
        assert [c.label for c in q.choices if c.correct] == [term.preferred[term_lang][0]]
        others = {t.id: t.preferred.get(term_lang, ("",))[0] for t in GUIDE.terminology}
        assert all(c.label == others[c.id] for c in q.choices)
        assert all(c.lang == ("" if term_lang == lang else term_lang) for c in q.choices)
        assert q.source.target == f"glossaire.md#terme-{term.id}"  # the glossary's entry for the term


def test_a_role_given_to_another_group_changes_the_answers_page_and_answer_key() -> None:
    schools = next(a for a in GUIDE.actors if a.id == "etablissements-scolaires")
    actors = tuple(replace(a, roles=(*a.roles, "soigner")) if a is schools else a for a in GUIDE.actors)
    changed = replace(GUIDE, actors=actors)
    assert schools.id not in right(asked(GUIDE, "fr")["role-soigner"])
    assert schools.id in right(asked(changed, "fr")["role-soigner"])
    assert exercises_markdown(changed, "fr").body != exercises_markdown(GUIDE, "fr").body
    before, after = answer_key_html(GUIDE, "fr"), answer_key_html(changed, "fr")
    assert after.count(TICKED) == before.count(TICKED) + 1


def test_a_moment_moved_changes_the_order_and_the_answer_key() -> None:
    """The last moment moved first: its rank, the others', the answer and the key all follow."""
    *rest, last = GUIDE.moments
    changed = replace(GUIDE, moments=(last, *rest))
    order = asked(changed, "fr")["moments-order"]
    assert {c.id: c.rank for c in order.choices}[last.id] == 1
    assert order.answer != asked(GUIDE, "fr")["moments-order"].answer
    assert answer_key_html(changed, "fr") != answer_key_html(GUIDE, "fr")
    assert exercises_markdown(changed, "fr").body != exercises_markdown(GUIDE, "fr").body


def test_tiny_data_gives_every_kind(tiny_data: Path) -> None:
    guide = load_guide(tiny_data)
    found = asked(guide, "en")
    assert right(found["role-soigner"]) == {"acteurs-de-sante"}
    assert right(found["role-reperer"]) == {"acteurs-de-sante", "ecoles"}
    assert {c.id: c.rank for c in found["moments-order"].choices} == {"installer-la-relation": 1, "bascule": 2}
    assert [c.label for c in found["connector-bascule"].choices if c.correct] == ["then"]
    assert right(found["point-adapter"]) == {"adapter"} and right(found["key-word-ecoute"]) == {NONE}
    one_moment = replace(guide, moments=guide.moments[:1])
    assert not any(q.mode == "order" for q in asked(one_moment, "en").values())  # nothing to put in order


@pytest.mark.parametrize("lang", LANGS)
def test_phrased_according_to_the_leaflet_and_marked_as_the_sites(lang: str) -> None:
    leaflet = {"fr": "Selon le dépliant", "en": "According to the leaflet", "es": "Según el folleto"}[lang]
    glossary = {"fr": "Selon le lexique", "en": "According to the glossary", "es": "Según el glosario"}[lang]
    for q in questions(SheetWriter(GUIDE, lang)):
        assert q.prompt.startswith(glossary if q.id.startswith("term-") else leaflet), q.prompt
    # What is said of a choice: cited, « non cité », the leaflet's answer, the term to use, a rank;
    # silence is never « faux »
    ui = GUIDE.strings
    said = {ui[key][lang] for key in ("verdict_cited", "matrix_no", "verdict_right", "verdict_term")}
    said |= {ui["moment_number"][lang].format(number=n) for n in range(1, len(GUIDE.key_moments) + 1)}
    verdicts = {c.verdict for q in questions(SheetWriter(GUIDE, lang)) for c in q.choices}
    assert verdicts - {""} <= said and not any(re.search(r"\b(faux|false|falso)\b", v) for v in said)
    body = exercises_markdown(GUIDE, lang).body
    intro = body.split("\n\n")[1]
    assert f'<span class="guide-mark">{GUIDE.strings["mark_addition"][lang]}</span>' in intro
    about = (ROOT / "docs" / f"a-propos.{lang}.md").read_text("utf-8")
    assert "(exercices.md)" in about


def test_choices_come_in_a_fixed_order_that_does_not_give_the_answer() -> None:
    first = [
        q.choices.index(next(c for c in q.choices if c.correct))
        for q in questions(SheetWriter(GUIDE, "fr"))
        if q.mode == "one"
    ]
    assert len(set(first)) >= 3  # the right choice is not always in the same place
    again = load_guide(DATA)
    for lang in LANGS:
        assert exercises_markdown(again, lang) == exercises_markdown(GUIDE, lang)
        assert answer_key_html(again, lang) == answer_key_html(GUIDE, lang)
    ids = {lang: [[c.id for c in q.choices] for q in questions(SheetWriter(GUIDE, lang))] for lang in LANGS}
    assert ids["fr"] == ids["en"] == ids["es"]  # a trainer's sheets agree across languages


def test_the_page_escapes_data_and_loads_its_script_only() -> None:
    role = GUIDE.roles[0]
    hostile = replace(role, label=Text.of({lang: '<script>alert(1)</script> "x"' for lang in LANGS}))
    guide = replace(GUIDE, roles=(hostile, *GUIDE.roles[1:]))
    page = exercises_markdown(guide, "fr")
    assert "<script" not in page.body and "&lt;script>alert(1)" in page.body
    assert page.scripts == ("exercises",)
    assert 'scripts: ["exercises"]' in markdown_file(page)
    assert page_scripts(["exercises", "../evil", 3]) == ["assets/javascripts/exercises.js"]
    assert page_scripts("exercises") == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_sheets_tick_nothing_and_the_key_ticks_the_right_choices(lang: str) -> None:
    sheets = {s.id: s for s in all_sheets(GUIDE) if s.lang == lang}
    exercise, key = sheets[EXERCISES_SHEET], sheets[ANSWERS_SHEET]
    assert not exercise.answers and key.answers and exercise.blocks[1:] == key.blocks[1:]
    html = answer_key_html(GUIDE, lang)
    rights = sum(1 for q in questions(SheetWriter(GUIDE, lang)) for c in q.choices if c.correct)
    assert html.count(TICKED) == rights
    blank = html_of("sheet.html", h=exercise, meta=colophon(GUIDE, lang, SITE_URL, ED), notes=False)
    assert TICKED not in blank and blank.count(BLANK) == sum(
        len(q.choices) for q in questions(SheetWriter(GUIDE, lang)) if q.mode != "order"
    )


def test_a_verb_question_offers_a_few_verbs_whatever_their_number() -> None:
    """Every verb's question listed every verb: the exercises grew with the square of the verbs.
    The leaflet's four are all offered; of more, the VERB_CHOICES around the right one."""
    assert all(len(q.choices) == len(GUIDE.verbs) + 1 for q in asked(GUIDE, "fr").values() if q.id.startswith("point-"))
    verbs = tuple(replace(v, id=f"{v.id}-{n}") for n in range(10) for v in GUIDE.verbs)
    found = asked(replace(GUIDE, verbs=verbs), "fr")
    points = [q for q in found.values() if q.id.startswith("point-")]
    assert len(points) == len(verbs)
    for q in points:
        verbs_offered = [c.id for c in q.choices if c.id != NONE]
        assert len(verbs_offered) == VERB_CHOICES and right(q) == {q.id.removeprefix("point-")}
        assert verbs_offered == [v.id for v in verbs if v.id in verbs_offered]  # in the leaflet's order
    words = [q for q in found.values() if q.id.startswith("key-word-")]
    assert words and all([c.id for c in q.choices][-1] == NONE and len(q.choices) == VERB_CHOICES + 1 for q in words)
