"""Pages that orient a newcomer: the home page, the actors' pages, the matrix, the kit, and
downloads named for what they are (issue 12). Read from the built site, in every language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from onpe_guide.site.downloads import file_size
from tests.conftest import real_guide

GUIDE = real_guide()
LANGS = [lang.code for lang in GUIDE.languages]


def page(site: Path, lang: str, path: str = "") -> BeautifulSoup:
    root = "" if lang == GUIDE.default_language else f"{lang}/"
    return BeautifulSoup((site / root / path / "index.html").read_text("utf-8"), "html.parser")


def ui(key: str, lang: str) -> str:
    return GUIDE.strings[key][lang]


@pytest.mark.parametrize("lang", LANGS)
def test_home_says_who_it_is_for_then_the_119_then_where_to_start(site: Path, lang: str) -> None:
    article = page(site, lang).select_one("article")
    assert article is not None
    text = article.get_text(" ")
    audience, helpline, start = (text.find(s) for s in (ui("audience", lang)[:40], "119", ui("start_here", lang)))
    assert -1 < audience < helpline < start
    assert ui("mark_addition", lang) in text  # the site's words, not the leaflet's, say so
    cards = [str(a["href"]) for a in article.select(".guide-cards li strong a")]
    assert [c.split("/")[-2] if c.endswith("/") else c for c in cards] == [
        "verbes",
        "moments",
        "acteurs/#matrix",
        "kit-du-formateur",
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_each_actor_page_gives_its_roles_then_its_partners_once(site: Path, lang: str) -> None:
    """Each group's roles (each an anchor the matrix links to), then once the other groups that hold
    one of them, with the roles they share; its sheet; the matrix linked once."""
    for actor in GUIDE.actors:
        article = page(site, lang, f"acteurs/{actor.id}").select_one("article")
        assert article is not None
        assert all(article.select_one(f"#role-{role_id}") is not None for role_id in actor.roles)
        heading = next(h for h in article.select("h2") if h.get_text(" ").strip() == ui("partners_title", lang))
        listed = heading.find_next_sibling("ul")
        names = [without_marks(li.select_one("a")) for li in listed.select("li")] if listed else []
        assert names == [a.label[lang] for a in GUIDE.peers(actor)]
        downloads = [a.get_text(" ") for a in article.select("a.guide-download")]
        assert any(actor.label[lang] in d for d in downloads)
        assert len(article.select("a[href$='#matrix']")) == 1


def without_marks(element: Tag | None) -> str:
    """An element's words without the tags « intitulé reconstitué » that follow a name."""
    assert element is not None
    for mark in element.select(".guide-mark"):
        mark.decompose()
    return element.get_text(" ").strip()


@pytest.mark.parametrize("lang", LANGS)
def test_matrix_rows_are_roles_and_name_who_holds_them(site: Path, lang: str) -> None:
    rows = page(site, lang, "acteurs").select(".guide-matrix tbody tr")
    assert [str(r["id"]) for r in rows] == [f"role-{r.id}" for r in GUIDE.roles]
    for row, role in zip(rows, GUIDE.roles, strict=True):
        held = [without_marks(a) for a in row.select(".guide-matrix__actor a")]
        assert held == [a.label[lang] for a in GUIDE.actors_with_role(role.id)]


@pytest.mark.parametrize("lang", LANGS)
def test_old_role_addresses_lead_to_the_role_on_each_actor_page(site: Path, lang: str) -> None:
    links = [str(a["href"]) for a in page(site, lang, "roles/reperer").select("article li a")]
    assert len(links) == len(GUIDE.actors_with_role("reperer")) and all(h.endswith("#role-reperer") for h in links)


@pytest.mark.parametrize("lang", LANGS)
def test_downloads_say_kind_pages_and_size(site: Path, lang: str) -> None:
    synthesis = page(site, lang).select_one("a.guide-download[href$='synthese.pdf']")
    assert synthesis is not None
    facts = ui("file_pages_a4", lang).format(count=2)
    assert re.search(rf"{ui('synthesis_title', lang)}\s+PDF, {facts}, \d+\s(Ko|KB)", synthesis.get_text(" "))


@pytest.mark.parametrize("lang", LANGS)
def test_the_kit_follows_what_a_trainer_does(site: Path, lang: str) -> None:
    """Prepare (the plan, the words to use), run (the slides, the exercises), hand out (the synthesis,
    who does what, the booklet, every sheet in a zip, then the sheets by section), check."""
    article = page(site, lang, "kit-du-formateur").select_one("article")
    assert article is not None
    headings = [h.get_text(" ").strip() for h in article.select("h2")]
    assert headings[0] == ui("kit_prepare", lang) and ui("kit_hand_out", lang) in headings
    hand_out = next(h for h in article.select("h2") if h.get_text(" ").strip() == ui("kit_hand_out", lang))
    listed = hand_out.find_next_sibling("ul")
    assert listed is not None
    hrefs = [str(a["href"]).rsplit("/", 1)[-1] for a in listed.select("a")]
    assert hrefs == ["synthese.pdf", "qui-fait-quoi.pdf", "livret.pdf", "toutes-les-fiches.zip"]
    sections = [h.get_text(" ").strip() for h in article.select("h3")]
    assert sections == [ui(k, lang) for k in ("verbs_title", "moments_title", "actors_title", "provisions_title")]
    zipped = listed.select_one("a[href$='.zip']")
    line = zipped.parent if zipped else None
    assert line is not None and re.search(r"ZIP, [\d,.]+\s(Ko|KB|Mo|MB)", line.get_text(" "))


def test_sizes_read_as_people_say_them() -> None:
    def fr(key: str, **values: object) -> str:
        return GUIDE.strings[key]["fr"].format(**values)

    assert file_size(fr, 300) == "1\u00a0Ko"
    assert file_size(fr, 120_400) == "121\u00a0Ko"
    assert file_size(fr, 2_345_678) == "2,3\u00a0Mo"
