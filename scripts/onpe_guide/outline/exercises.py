"""Exercises on the leaflet, for the site's page and the two sheets (questions, answer key).

Every question is derived from the guide, so that a change of data changes the questions and their
answers: who does what (the matrix), the order of the key moments and the words printed between
them, the verbs' points, and the translations' vocabulary (terminology.yml). Where the leaflet is
silent, the right choice says so: a group it does not name for a role is « non cité », never
wrong; a key word printed around the verbs belongs to none of them, since the leaflet attaches it
to none. The wordings of the questions are the site's: pages and sheets mark them as an addition.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace

from onpe_guide.model import Actor, KeyMoment, Term, Text
from onpe_guide.outline.actors import actor_name, role_target
from onpe_guide.outline.blocks import Block, Choice, Heading, Link, Question
from onpe_guide.outline.kit import term_anchor
from onpe_guide.outline.verbs import KEY_WORDS_ANCHOR
from onpe_guide.outline.writer import Writer
from onpe_guide.sections import MOMENTS, VERBS
from onpe_guide.urls import GLOSSARY

NONE = "none"  # the id of the choice that says the leaflet names nothing (« Aucun »)
TERMS_PER_LANGUAGE = 3  # the vocabulary's first entries for each translation: the file starts with the weightiest
VERB_CHOICES = 6  # at most, for a question on the verbs (the leaflet has four: all of them)


def exercises_outline(w: Writer) -> list[Block]:
    """The questions under a heading per kind, numbered from 1 across the page (or sheet)."""
    kinds = [
        (Heading(w.ui("matrix_title"), anchor="exercices-qui-fait-quoi"), role_questions(w)),
        (Heading(w.ui("key_moments_title"), anchor="exercices-moments"), moment_questions(w)),
        (Heading(w.ui("exercises_verbs_title"), anchor="exercices-verbes"), verb_questions(w)),
        (Heading(w.ui("glossary_title"), anchor="exercices-vocabulaire"), term_questions(w)),
    ]
    blocks: list[Block] = []
    number = 0
    for heading, questions in kinds:
        if questions:
            blocks.append(heading)
        for question in questions:
            number += 1
            blocks.append(replace(question, number=number))
    return blocks


def questions(w: Writer) -> list[Question]:
    """The questions alone, numbered, in order."""
    return [b for b in exercises_outline(w) if isinstance(b, Question)]


def fixed_order(question_id: str, choices: Sequence[Choice]) -> tuple[Choice, ...]:
    """The choices in an order that is the same in every build and every language, and unrelated
    to the answer: sorted by a hash of the question's and each choice's ids. No randomness: two
    builds are byte-identical. An order question that this would show in its right order is
    turned by one."""
    ordered = sorted(choices, key=lambda c: hashlib.sha256(f"{question_id}/{c.id}".encode()).hexdigest())
    ranks = [c.rank for c in ordered]
    if len(ordered) > 1 and all(ranks) and ranks == sorted(ranks):
        ordered = ordered[1:] + ordered[:1]
    return tuple(ordered)


def source(w: Writer, page_title: str, target: str) -> Link:
    """Where the answer is read: « À lire : Qui fait quoi », leading to the page (and its anchor)."""
    return Link(w.ui("exercise_source", page=page_title), target)


def role_questions(w: Writer) -> list[Question]:
    """For each role, the groups the leaflet cites for it (the matrix); the others are « non cité »."""
    g = w.guide
    out = []
    for role in g.roles:
        label = w.t(role.label)
        choices = tuple(group_choice(a, role.id, w) for a in g.actors)
        cited = ", ".join(c.label for c in choices if c.correct)
        answer = w.ui("answer_role", groups=cited) if cited else w.ui("answer_role_none")
        if cited and not all(c.correct for c in choices):  # the others are listed just above: « non cité »
            answer += " " + w.ui("answer_role_others")
        out.append(
            Question(
                f"role-{role.id}",
                0,
                "several",
                w.ui("question_role", role=label),
                w.ui("hint_several"),
                choices,
                answer,
                source(w, w.ui("matrix_title"), role_target(role.id)),
            )
        )
    return out


def group_choice(actor: Actor, role_id: str, w: Writer) -> Choice:
    """A group of actors, right where the leaflet cites the role for it, « non cité » elsewhere."""
    cited = role_id in actor.roles
    return Choice(actor.id, actor_name(actor, w), cited, w.ui("verdict_cited" if cited else "matrix_no"))


def moment_questions(w: Writer) -> list[Question]:
    """The key moments in order, then, for each moment the leaflet introduces with a word (« puis »,
    « pour »), that word among the others it prints."""
    groups = w.guide.key_moments
    if len(groups) < 2:  # nothing to put in order
        return []
    choices = [
        Choice(group[0].id, moment_label(group, w), rank=n, verdict=w.ui("moment_number", number=n))
        for n, group in enumerate(groups, 1)
    ]
    order = Question(
        "moments-order",
        0,
        "order",
        w.ui("question_order"),
        w.ui("hint_order", count=len(groups)),
        fixed_order("moments-order", choices),
        w.ui("answer_order", path=path_answer(w)),
        source(w, w.ui("moments_title"), MOMENTS.index()),
    )
    return [order, *(connector_question(step, w) for step in w.guide.moments if step.connector)]


def moment_label(group: tuple[KeyMoment, ...], w: Writer) -> str:
    """A key moment by its steps' names (two for a moment that holds two things at once)."""
    return ", ".join(w.t(step.label) for step in group)


def path_answer(w: Writer) -> str:
    """« 1. Installer la relation, Gérer l'urgence — puis 2. Repérer… — pour 3. Amorcer… »."""
    parts = []
    for n, group in enumerate(w.guide.key_moments, 1):
        connector = group[0].connector
        word = f"{w.em(w.t(connector))} " if connector else ""
        parts.append(f"{word}{n}. {moment_label(group, w)}")
    return " — ".join(parts)


def connector_question(step: KeyMoment, w: Writer) -> Question:
    """Which word the leaflet prints before a moment, among the words it prints before others."""
    assert step.connector is not None
    words: dict[str, tuple[str, Text]] = {}  # one choice per word, by its text in the default language
    for other in w.guide.moments:
        if other.connector and other.connector[w.guide.default_language] not in words:
            words[other.connector[w.guide.default_language]] = (other.id, other.connector)
    right = step.connector[w.guide.default_language]
    qid = f"connector-{step.id}"
    choices = [Choice(i, w.t(text), key == right, right_verdict(w, key == right)) for key, (i, text) in words.items()]
    label = w.t(step.label)
    return Question(
        qid,
        0,
        "one",
        w.ui("question_connector", moment=label),
        w.ui("hint_one"),
        (*fixed_order(qid, choices), Choice(NONE, w.ui("choice_no_word"))),
        w.ui("answer_connector", word=w.t(step.connector), moment=label),
        source(w, w.ui("moments_title"), MOMENTS.index()),
    )


def verb_questions(w: Writer) -> list[Question]:
    """Each verb's first point: which verb it belongs to. Each key word: the leaflet prints it
    around the verbs and attaches it to none, so the right choice is « Aucun »."""
    g = w.guide
    out = []
    for verb in g.verbs:
        if not verb.points:
            continue
        point = w.t(verb.points[0]).rstrip(" ;.:\u202f\u00a0")  # quoted: its final punctuation goes
        out.append(
            Question(
                f"point-{verb.id}",
                0,
                "one",
                w.ui("question_point", point=point),
                w.ui("hint_one"),
                verb_choices(w, verb.id),
                w.ui("answer_point", verb=w.t(verb.label)),
                source(w, w.t(verb.label), VERBS.page(verb.id)),
            )
        )
    for word in g.key_words:
        label = w.t(word.label)
        out.append(
            Question(
                f"key-word-{word.id}",
                0,
                "one",
                w.ui("question_key_word", word=label),
                w.ui("hint_one"),
                verb_choices(w, NONE),
                w.ui("answer_key_word", word=label),
                source(w, w.ui("key_words_title"), f"{VERBS.index()}#{KEY_WORDS_ANCHOR}"),
            )
        )
    return out


def verb_choices(w: Writer, right: str) -> tuple[Choice, ...]:
    """The verbs in the leaflet's order, then « Aucun : le dépliant ne le rattache à aucun verbe »;
    of a guide with more than VERB_CHOICES verbs (the leaflet has four), the VERB_CHOICES around
    the right one: every verb's question listing every verb made the exercises grow with the
    square of the verbs (43 MB of Markdown a language at 100 times the data)."""
    verbs = list(w.guide.verbs)
    if len(verbs) > VERB_CHOICES:
        at = next((n for n, v in enumerate(verbs) if v.id == right), 0)
        start = min(max(0, at - VERB_CHOICES // 2), len(verbs) - VERB_CHOICES)
        verbs = verbs[start : start + VERB_CHOICES]
    shown = [(v.id, w.t(v.label)) for v in verbs] + [(NONE, w.ui("choice_no_verb"))]
    return tuple(Choice(i, label, i == right, right_verdict(w, i == right)) for i, label in shown)


def right_verdict(w: Writer, right: bool) -> str:
    """« réponse du dépliant » beside the right choice; nothing beside the others."""
    return w.ui("verdict_right") if right else ""


def term_questions(w: Writer) -> list[Question]:
    """For each translation, the vocabulary's first entries that avoid a term: the term to use
    instead, among terms other entries prefer in the same language. Asked on every page, about
    the avoided term's own language."""
    g = w.guide
    out = []
    for lang in (language.code for language in g.languages):
        entries = [t for t in g.terminology if t.preferred.get(lang) and any(a.lang == lang for a in t.avoid)]
        out += [q for term in entries[:TERMS_PER_LANGUAGE] if (q := term_question(term, lang, w))]
    return out


def term_question(term: Term, lang: str, w: Writer) -> Question | None:
    """« Selon le lexique des traductions du site (English), quel terme employer à la place de
    « child prostitute » ? »; None where no other entry gives a term to choose from."""
    avoided = next(a for a in term.avoid if a.lang == lang)
    right = term.preferred[lang][0]
    entries = [t for t in w.guide.terminology if t.preferred.get(lang)]
    start = entries.index(term)
    others = [t for t in entries[start + 1 :] + entries[:start] if t.preferred[lang][0] != right][:3]
    if not others:
        return None

    def foreign(text: str) -> str:
        return w.in_language(w.convert(text), lang)

    def choice(entry: Term) -> Choice:
        correct = entry is term
        verdict = w.ui("verdict_term") if correct else ""
        shown_lang = lang if lang != w.lang else ""
        return Choice(entry.id, w.convert(entry.preferred[lang][0]), correct, verdict, lang=shown_lang)

    qid = f"term-{lang}-{term.id}"
    shown = avoided.term.rstrip("*")  # « patrol* »: the word and its derivatives
    return Question(
        qid,
        0,
        "one",
        w.ui("question_term", language=foreign(w.guide.language_name(lang)), term=foreign(shown)),
        w.ui("hint_one"),
        fixed_order(qid, [choice(term), *(choice(t) for t in others)]),
        w.ui("answer_term", term=foreign(right), avoided=foreign(shown), why=foreign(avoided.why)),
        source(w, w.ui("glossary_title"), f"{GLOSSARY}#{term_anchor(term.id)}"),
    )
