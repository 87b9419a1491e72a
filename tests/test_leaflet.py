"""The French text is the leaflet's: labels in its own words, statements verbatim."""

from __future__ import annotations

import re

import pytest

from onpe_guide.data.load import load_guide
from onpe_guide.model import Guide, Text
from tests.conftest import DATA, SOURCE_TEXT

# Obvious misprints in the leaflet, corrected on the site (and nowhere else).
ERRATA = {"pourquoi ils se met en danger": "pourquoi il se met en danger"}


def normalise(text: str) -> str:
    text = re.sub(r"-[ \t]*\n\s*", "", text)  # words hyphenated across lines: « cho-\nsification »
    # the build typesets French (no-break spaces, ’, « Tél. »): the words are what is compared
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ").lower()
    text = re.sub(r"\s+", " ", text)
    for wrong, right in ERRATA.items():
        text = text.replace(wrong, right)
    return text.strip()


@pytest.fixture(scope="module")
def source() -> str:
    assert SOURCE_TEXT.is_file(), f"the leaflet's text is expected at {SOURCE_TEXT}"
    return normalise(SOURCE_TEXT.read_text("utf-8"))


@pytest.fixture(scope="module")
def guide() -> Guide:
    return load_guide(DATA)


def in_leaflets_words(label: str, source: str, slack: int = 2) -> bool:
    """Every word of `label`, in order, within a stretch of the leaflet `slack` words longer."""
    words, text = tokens(label), tokens(source)
    for start in (i for i, w in enumerate(text) if w == words[0]):
        window, position = text[start : start + len(words) + slack], 0
        for word in window:
            position += position < len(words) and word == words[position]
        if position == len(words):
            return True
    return False


def tokens(text: str) -> list[str]:
    return re.findall(r"[\w/]+", normalise(text))  # elisions split: « d'accompagnements »


def labels(g: Guide) -> list[Text]:
    actors = [a.label for a in g.actors if a.label_note is None]  # a label_note says why not
    return [
        *(v.label for v in g.verbs),
        *(m.label for m in g.moments),
        *(r.label for r in g.roles),
        *actors,
        *(f.label for f in g.forms),
        *(p.label for p in g.provisions),
        *(k.label for k in g.key_words),
    ]


def statements(g: Guide) -> list[Text]:
    verbs = [t for v in g.verbs for t in (v.text, *v.points)]
    return [
        g.title,
        g.introduction,
        g.attitude,
        g.path_note,
        *verbs,
        *(m.text for m in g.moments),
        g.provisions_intro,
        *(p.text for p in g.provisions),
        *(i for p in g.provisions if p.details for i in p.details.items),
    ]


def test_labels_are_the_leaflets_words(guide: Guide, source: str) -> None:
    strays = [label["fr"] for label in labels(guide) if not in_leaflets_words(label["fr"], source)]
    assert strays == []
    assert len(labels(guide)) == 4 + 4 + 10 + 4 + 3 + 4 + 4


def test_statements_are_verbatim(guide: Guide, source: str) -> None:
    strays = [text["fr"] for text in statements(guide) if normalise(text["fr"]).rstrip(" :") not in source]
    assert strays == []


def test_a_changed_word_is_caught(source: str) -> None:
    assert in_leaflets_words("Accueils très sécurisés", source)
    assert not in_leaflets_words("Accueils très fermés", source)
    assert normalise("Le sentiment de sécurité passe pour les adolescents par") in source
    assert normalise("Le sentiment de sûreté passe pour les adolescents par") not in source


def test_only_the_lost_actor_label_is_reconstructed(guide: Guide) -> None:
    assert [a.id for a in guide.actors if a.label_note] == ["justice-et-forces-de-l-ordre"]
