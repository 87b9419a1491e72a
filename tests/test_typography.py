"""French typography, set at build time (data/typography.py): the YAML keeps the leaflet's words,
and pages, titles, search, sheets and open data show them typeset; code, addresses and markup never."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pypdf import PdfReader

from onpe_guide.data.tracking import french_hash, load_records
from onpe_guide.data.typography import NARROW_NBSP, NBSP, french, keep_together, ordinals
from onpe_guide.model import all_texts
from onpe_guide.site.publication import page_markdown
from tests.conftest import DATA, ROOT, real_guide

GUIDE = real_guide(with_pages=True)
DANGER = f"Un enfant en danger{NARROW_NBSP}?"


@pytest.mark.parametrize(
    ("written", "typeset"),
    [
        ("Un enfant en danger ?", DANGER),
        ("Un enfant en danger?", DANGER),
        ("l'adolescent d’exploitation", "l’adolescent d’exploitation"),
        ("« faire écran » à l’enfance ;", f"«{NARROW_NBSP}faire écran{NARROW_NBSP}» à l’enfance{NARROW_NBSP};"),
        ("«faire écran»", f"«{NARROW_NBSP}faire écran{NARROW_NBSP}»"),
        ("Cela passe par :", f"Cela passe par{NBSP}:"),
        ("Contact: ici", f"Contact{NBSP}: ici"),
        ("Tél : +33 (0)1 53 06 68 68", f"Tél.{NBSP}: +33 (0)1 53 06 68 68"),
        ("Téléphone", "Téléphone"),
        ("dépliant «\n  Accompagner » x", f"dépliant «{NARROW_NBSP}Accompagner{NARROW_NBSP}» x"),
        ("« {text} »", f"«{NARROW_NBSP}{{text}}{NARROW_NBSP}»"),
        ("{label} : {text}", f"{{label}}{NBSP}: {{text}}"),
        ("à 14:30, 10 h", "à 14:30, 10 h"),
    ],
)
def test_french_typography(written: str, typeset: str) -> None:
    assert french(written) == typeset
    assert french(typeset) == typeset  # idempotent: a typeset text is left as it is


@pytest.mark.parametrize(
    "markup",
    [
        "`make pdf ; l'option : x ?`",
        "[voir](roles/reperer.md?a=b:c)",
        "<https://www.onpe.gouv.fr/publications?x=1>",
        "<span class='x' title='a : b'>",
        "https://example.org/a?b=c;d",
        "mailto:contact@example.org",
        "écrire à l'adresse contact@example.org",
        "{{ publication.contact_email }}",
        "{: onclick='x' }",
        "&lt;b&gt;",
        "```\nl'option : x ?\n```",
    ],
)
def test_never_inside_code_addresses_markup_or_placeholders(markup: str) -> None:
    protected = re.sub(r"l'adresse|écrire à ", "", markup)
    assert protected in french(markup)


@given(st.text(alphabet=st.sampled_from(list("ab '’«»:;?!`[]()<>{}\n.éÉ1er")), max_size=40))
@example("<«\n{>«}")  # joined to its line, « made a tag of `<«…{>` and left `«}` to typeset again
def test_typesetting_is_idempotent_and_keeps_the_words(text: str) -> None:
    once = french(text)
    assert french(once) == once
    words = re.compile(r"[^\W\d_]+")
    assert words.findall(text.replace("'", "’")) == words.findall(once.replace("Tél.", "Tél"))


def test_ordinals_and_key_words() -> None:
    assert ordinals("le 1er janvier, `1er`, [1er](a/1er.md), 11er") == (
        "le 1<sup>er</sup> janvier, `1er`, [1<sup>er</sup>](a/1er.md), 11er"
    )
    assert keep_together(" Aller vers ") == f"Aller{NBSP}vers"


def test_every_french_text_is_typeset_when_read() -> None:
    for text in all_texts(GUIDE):
        shown = text[GUIDE.default_language]
        if text.key.startswith("docs/"):
            continue  # hand-written pages are typeset when MkDocs reads them (below)
        assert "'" not in shown and not re.search(r"[ \u00a0][;?!»]|« |[^\u00a0\u202f]:(\s|$)", shown), text.key
    words = {k.label["fr"] for k in GUIDE.key_words}
    assert f"Aller{NBSP}vers" in words and all(" " not in w for k in GUIDE.key_words for w in k.label.values())
    assert GUIDE.help.groups[0].title["fr"] == DANGER


def test_translations_record_the_french_as_written() -> None:
    """Typesetting changes no hash: the records of data/translations/ are of the YAML's French."""
    records, _ = load_records(DATA, ("en",))
    attitude = GUIDE.attitude
    assert "d'accepter" in attitude.written and "d’accepter" in attitude["fr"]
    assert records["en"][attitude.key] == french_hash(attitude.written)


def test_hand_written_french_pages_are_typeset_when_read() -> None:
    about = (ROOT / "docs" / "a-propos.fr.md").read_text("utf-8")
    shown = page_markdown(GUIDE, "fr", "a-propos.md", about)
    assert f"«{NARROW_NBSP}Un enfant en danger{NARROW_NBSP}?{NARROW_NBSP}»" in shown
    assert "(references.md)" in shown and "1<sup>er</sup> janvier" in shown
    english = (ROOT / "docs" / "a-propos.en.md").read_text("utf-8")
    assert page_markdown(GUIDE, "en", "a-propos.md", english) == english
    generated = "# Verbes\n\nTexte : déjà composé."
    assert page_markdown(GUIDE, "fr", "verbes/index.md", generated) == generated


@pytest.mark.site
def test_the_helpline_title_is_typeset_in_html_and_pdf(site: Path) -> None:
    """« Un enfant en danger ? » with U+202F before « ? »: on the page, in the PDF's text, in the
    search index and in the open data."""
    assert DANGER in (site / "index.html").read_text("utf-8")
    reader = PdfReader(site / "fiches" / "fr" / "synthese.pdf")
    assert DANGER in " ".join(page.extract_text() for page in reader.pages)
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    assert any(DANGER in entry["text"] for entry in index["docs"])
    open_data = json.loads((site / "donnees" / "guide.json").read_text("utf-8"))
    assert open_data["help"]["groups"][0]["title"]["fr"] == DANGER
    references = (site / "references" / "index.html").read_text("utf-8")
    assert "1<sup>er</sup> janvier 2023" in references and f"Tél.{NBSP}:" in references
