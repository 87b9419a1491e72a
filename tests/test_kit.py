"""The trainer's kit (issue 21): the session plan and the words to use, written once for their
page and their sheet, derived from data/ (a change there changes both), the site's additions
marked; the kit page organised around what a trainer does; each group's sheet with room for local
contacts; every sheet of a language in one zip."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from onpe_guide.data.load import load_guide
from onpe_guide.engine.docs import docs_files
from onpe_guide.outline.blocks import HelpBox, block_texts
from onpe_guide.print.sheets import Sheet, all_sheets
from onpe_guide.site.generate import render_guide
from onpe_guide.urls import BOOKLET, SHEETS_ZIP, SLIDES
from tests.conftest import real_guide

GUIDE = real_guide(with_pages=True)
PAGES = docs_files(render_guide(GUIDE))
LANGS = ("fr", "en", "es")


def sheet(guide_sheets: list[Sheet], sheet_id: str, lang: str) -> Sheet:
    return next(s for s in guide_sheets if s.id == sheet_id and s.lang == lang)


SHEETS = all_sheets(GUIDE)


def mark(lang: str) -> str:
    return f'<span class="guide-mark">{GUIDE.strings["mark_addition"][lang]}</span>'


@pytest.mark.parametrize("lang", LANGS)
def test_the_session_plan_is_the_sites_proposal_from_its_data(lang: str) -> None:
    page = PAGES[f"plan-de-seance.{lang}.md"]
    session = GUIDE.session
    assert f"{session.intro[lang]} {mark(lang)}" in page  # the whole plan is the site's proposal
    assert session.care[lang] in page and '<div class="guide-help"' in page  # the note of care, then who to call
    assert page.index(session.care[lang]) < page.index('<div class="guide-help"')
    assert [p.minutes for p in session.plans] == [120, 60]
    for plan in session.plans:
        minutes = GUIDE.strings["minutes"][lang].format(count=plan.minutes)
        assert GUIDE.strings["plan_heading"][lang].format(title=plan.title[lang], minutes=minutes) in page
        for step in plan.steps:
            assert step.title[lang] in page and step.text[lang] in page
    printed = sheet(SHEETS, "plan-de-seance", lang)
    texts = " ".join(t for b in printed.blocks for t in block_texts(b))
    assert all(step.text[lang] in texts for plan in session.plans for step in plan.steps)
    assert any(isinstance(b, HelpBox) for b in printed.blocks)


def test_a_change_in_the_data_changes_the_plan(tiny_data: Path) -> None:
    session = tiny_data / "session.yml"
    session.write_text(session.read_text("utf-8").replace("minutes: 50", "minutes: 35"), "utf-8")
    guide = load_guide(tiny_data)
    page = docs_files(render_guide(guide))["plan-de-seance.fr.md"]
    assert "35" in page and "45" in page  # the step, and the session's total (35 + 10)
    printed = sheet(all_sheets(guide), "plan-de-seance", "fr")
    assert any("35" in t for b in printed.blocks for t in block_texts(b))


@pytest.mark.parametrize("lang", LANGS)
def test_the_words_to_use_come_from_the_terminology(lang: str) -> None:
    page = PAGES[f"glossaire.{lang}.md"]
    intro = page.split("\n---\n", 1)[1].strip().split("\n\n")[1]
    assert intro.startswith(GUIDE.strings["glossary_intro"][lang]) and mark(lang) in intro  # the site's, said first
    for term in GUIDE.terminology:
        assert f"{{#terme-{term.id}}}" in page
        for words in term.preferred.values():
            assert all(w in page for w in words)
        for avoided in term.avoid:
            assert avoided.term in page and avoided.why.split()[0] in page
    other = "en" if lang != "en" else "es"
    assert f'<span lang="{other}">' in page  # words of another language said so to a screen reader
    luxembourg = next(s for s in GUIDE.terminology_sources if s.url)
    assert f"[{luxembourg.label[lang]}]({luxembourg.url})" in page
    printed = sheet(SHEETS, "glossaire", lang)
    texts = " ".join(t for b in printed.blocks for t in block_texts(b))
    assert all(term.id and term.fr.split()[0] in texts for term in GUIDE.terminology)


def test_a_new_term_is_in_the_glossary_page_and_sheet(tiny_data: Path) -> None:
    terminology = tiny_data / "terminology.yml"
    text = terminology.read_text("utf-8")
    terminology.write_text(
        text.replace(
            "terms:\n",
            "terms:\n  - id: nouveau-terme\n    fr: nouveau terme\n"
            "    preferred: {en: [new term]}\n    source: review\n",
            1,
        ),
        "utf-8",
    )
    guide = load_guide(tiny_data)
    assert "nouveau terme" in docs_files(render_guide(guide))["glossaire.en.md"]
    printed = sheet(all_sheets(guide), "glossaire", "en")
    assert any("nouveau terme" in t for b in printed.blocks for t in block_texts(b))


@pytest.mark.parametrize("lang", LANGS)
def test_the_kit_page_follows_what_a_trainer_does(lang: str) -> None:
    page = PAGES[f"kit-du-formateur.{lang}.md"]
    ui = GUIDE.strings
    headings = re.findall(r"^## (.+)$", page, re.M)
    order = [ui[key][lang] for key in ("kit_prepare", "kit_run", "kit_hand_out", "kit_check", "kit_offline")]
    assert [h for h in headings if h in order] == [o for o in order if o in headings]  # in a trainer's order
    assert headings[0] == order[0] and order[2] in headings
    assert f"[{ui['plan_title'][lang]}](plan-de-seance.md)" in page
    assert f"[{ui['glossary_title'][lang]}](glossaire.md)" in page


def test_each_groups_sheet_has_room_for_local_contacts() -> None:
    actors = [s for s in SHEETS if s.id.startswith("acteur-")]
    assert actors and all(s.territory and s.notes for s in actors)
    assert not any(s.territory for s in SHEETS if not s.id.startswith("acteur-"))


def test_the_built_kit(site: Path) -> None:
    """On the built site: the kit's sheets, the groups' sheets with their labelled lines, and each
    language's zip of every sheet, listed on the kit page."""
    manifest_ids = {p.stem for p in (site / "fiches" / "fr").glob("*.pdf")}
    assert {"plan-de-seance", "glossaire"} <= manifest_ids
    text = " ".join(
        p.extract_text() or "" for p in PdfReader(site / "fiches" / "fr" / "acteur-acteurs-de-sante.pdf").pages
    )
    ui = GUIDE.strings
    assert ui["territory_title"]["fr"].upper() in text.upper() and text.count(ui["territory_phone"]["fr"]) == 4
    for lang in LANGS:
        folder = site / "fiches" / lang
        with zipfile.ZipFile(folder / f"{SHEETS_ZIP}.zip") as archive:
            sheets = (p.name for p in folder.glob("*.pdf") if p.stem not in (BOOKLET, SLIDES))  # sheets only
            assert sorted(archive.namelist()) == sorted(sheets)
        root = "" if lang == "fr" else f"{lang}/"
        kit = (site / root / "kit-du-formateur" / "index.html").read_text("utf-8")
        assert f"fiches/{lang}/{SHEETS_ZIP}.zip" in kit and "ZIP" in kit
    data = json.loads((site / "donnees" / "guide.json").read_text("utf-8"))
    assert data["session"]["plans"][0]["id"] == "deux-heures" and data["help"]["groups"]
