"""Content a professional can trust (issue 14): every addition marked where it appears, the three
key moments and the hinge as the leaflet prints them, overviews that never stop at a colon, the
deployment's legal details required for a release, the PDFs authored by the project."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from onpe_guide import DataError
from onpe_guide.data.load import load_guide
from onpe_guide.edition import Edition
from onpe_guide.engine.docs import docs_files
from onpe_guide.model import Guide, Publication
from onpe_guide.outline.blocks import Steps, block_texts
from onpe_guide.print.booklet import booklet_parts
from onpe_guide.print.colophon import colophon
from onpe_guide.print.sheets import all_sheets
from onpe_guide.site.generate import render_guide
from onpe_guide.site.publication import fill_publication
from tests.conftest import DATA, ROOT

GUIDE = load_guide(DATA, docs_dir=ROOT / "docs")
PAGES = docs_files(render_guide(GUIDE))
LANGS = ("fr", "en", "es")
RECONSTRUCTED = {
    "fr": "[Justice et forces de l’ordre]",
    "en": "[Justice system and law enforcement]",
    "es": "[Justicia y fuerzas del orden]",
}


def sheet_text(guide: Guide, lang: str, sheet_id: str) -> str:
    sheet = next(s for s in all_sheets(guide) if s.id == sheet_id and s.lang == lang)
    return " ".join([sheet.title, *(text for b in sheet.blocks for text in block_texts(b))])


@pytest.mark.parametrize("lang", LANGS)
def test_the_reconstructed_label_is_marked_everywhere(lang: str) -> None:
    label = RECONSTRUCTED[lang]
    actor = next(a for a in GUIDE.actors if a.label_note)
    assert actor.label[lang] == label  # so navigation, titles and every list carry the brackets
    assert f'title: "{label}"' in PAGES[f"acteurs/{actor.id}.{lang}.md"]  # navigation takes it from here
    bare = label.strip("[]")  # wherever the name is printed, on any page, it is in brackets
    assert [
        name for name, page in PAGES.items() if name.endswith(f".{lang}.md") and page.count(bare) != page.count(label)
    ] == []
    assert label in PAGES[f"acteurs/index.{lang}.md"]  # listing and matrix header
    for sheet in ("qui-fait-quoi", "synthese", f"acteur-{actor.id}"):
        assert label in sheet_text(GUIDE, lang, sheet), sheet
    actors_part = next(p for p in booklet_parts(GUIDE, lang) if p.id == "acteurs")
    assert label in block_texts(actors_part.intro[0])
    note: dict[str, str] = actor.label_note or {}
    assert "illisible" not in note["fr"] and "manque" in note["fr"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_119_is_an_addition_reachable_from_france_only(lang: str) -> None:
    line = GUIDE.helpline
    assert {"fr": "depuis la France", "en": "from France", "es": "desde Francia"}[lang] in line.label[lang]
    assert line.text[lang].startswith("[")  # the addition's mark, where it appears
    assert "France enfance protégée" in line.text[lang]
    for page in (f"index.{lang}.md", f"references.{lang}.md"):
        assert line.label[lang] in PAGES[page]
    contact = next(r for r in GUIDE.references if r.kind == "contact")
    printed = {"fr": "imprimées sur le dépliant", "en": "printed on the leaflet", "es": "impresos en el folleto"}
    assert printed[lang] in contact.text[lang] and "France enfance protégée" in contact.text[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_the_forms_classification_is_said_to_be_the_sites(lang: str) -> None:
    mark = {"fr": "classement proposé par ce site", "en": "classification proposed by this site"}
    mark["es"] = "clasificación propuesta por este sitio"
    assert mark[lang] in PAGES[f"dispositifs/index.{lang}.md"]
    for provision in GUIDE.provisions:
        assert mark[lang] in PAGES[f"dispositifs/{provision.id}.{lang}.md"]
        assert mark[lang] in sheet_text(GUIDE, lang, f"dispositif-{provision.id}")


@pytest.mark.parametrize("lang", LANGS)
def test_an_empty_matrix_cell_says_not_mentioned(lang: str) -> None:
    words = {"fr": "non cité", "en": "not mentioned", "es": "no citado"}[lang]
    assert GUIDE.strings["matrix_no"][lang] == words
    assert words in PAGES[f"acteurs/index.{lang}.md"]
    assert GUIDE.strings["matrix_caption"]["fr"] == "Rôles cités par le dépliant pour chaque groupe"


def test_about_lists_every_addition() -> None:
    about = " ".join((ROOT / "docs" / "a-propos.fr.md").read_text("utf-8").split())
    for addition in (
        "[Justice et forces de l’ordre]",
        "comprendre, voir, (se) mobiliser",
        "avril 2021",
        "novembre 2022",
        "119",
        "classement proposé par ce site",
        "numérotation des trois moments-clés",
        "« pourquoi ils se met en danger »",
        "France enfance",
    ):
        assert addition in about, addition
    for lang in ("en", "es"):
        translated = (ROOT / "docs" / f"a-propos.{lang}.md").read_text("utf-8")
        assert "2021" in translated and "2022" in translated and "119" in translated and "ils se met" in translated


@pytest.mark.parametrize("lang", LANGS)
def test_three_numbered_moments_and_an_unnumbered_hinge(lang: str) -> None:
    overview = PAGES[f"moments/index.{lang}.md"]
    steps = [line for line in overview.splitlines() if line.startswith("- ")]
    assert len(steps) == 4
    numbers = [re.search(r'<span aria-hidden="true">(\d)</span>', s) for s in steps]
    assert [n.group(1) if n else None for n in numbers] == ["1", "2", None, "3"]
    assert "guide-path__hinge" in steps[2]
    connectors = [s.split("**")[0] for s in steps]  # no « puis » between the first two moments
    assert "*" not in connectors[0] + connectors[1]
    assert connectors[2].endswith(f"*{GUIDE.moments[2].connector[lang]}* ")  # type: ignore[index]
    assert connectors[3].endswith(f"*{GUIDE.moments[3].connector[lang]}* ")  # type: ignore[index]
    for moment in GUIDE.moments:
        page = PAGES[f"moments/{moment.id}.{lang}.md"]
        assert not re.search(r"(Étape|Step|Paso) \d", page)
    hinge = PAGES[f"moments/reperer-les-moments-de-bascule.{lang}.md"]
    assert "gerer-l-urgence" in hinge.split("\n\n")[2] and "amorcer-un-travail-de-reparation" in hinge.split("\n\n")[2]
    assert (
        GUIDE.strings["moment_number"][lang].format(number=3)
        in PAGES[f"moments/amorcer-un-travail-de-reparation.{lang}.md"]
    )


@pytest.mark.parametrize("lang", LANGS)
def test_joins_add_no_colon_the_leaflet_does_not_have(lang: str) -> None:
    overview = PAGES[f"moments/index.{lang}.md"]
    hinge, repair = GUIDE.moments[2], GUIDE.moments[3]
    assert f"**, {hinge.text[lang]}" in overview  # « … « moments de bascule », où l'adolescent … »
    assert f"** {repair.text[lang]}" in overview  # « Amorcer un travail de réparation qui permettra … »
    sheet = sheet_text(GUIDE, lang, "temporalites")
    assert f"</strong>, {hinge.text[lang]}" in sheet and f"</strong> {repair.text[lang]}" in sheet
    sheet_steps = next(
        b
        for s in all_sheets(GUIDE)
        if s.id == "temporalites" and s.lang == lang
        for b in s.blocks
        if isinstance(b, Steps)
    )
    assert [step.number for step in sheet_steps.steps] == [1, 2, None, 3]


@pytest.mark.parametrize("lang", LANGS)
def test_the_verbs_overview_never_stops_at_a_colon(lang: str) -> None:
    overview = PAGES[f"verbes/index.{lang}.md"]
    for verb in GUIDE.verbs:
        for point in verb.points:
            assert point[lang] in overview
    chunks = overview.split("\n\n")
    for paragraph, after in itertools.pairwise(chunks):
        if paragraph.rstrip().endswith(":"):  # « Cela passe par : » is followed by its points
            assert after.startswith("- "), paragraph
    assert not chunks[-1].rstrip().endswith(":")


def test_a_release_refuses_empty_publication_fields(tiny_data: Path) -> None:
    publication = tiny_data / "publication.yml"
    filled = publication.read_text("utf-8")
    publication.write_text(
        "# yaml-language-server: $schema=schemas/publication.schema.json\n"
        'publisher: ""\ndirector: ""\nhost: " "\ncontact_email: ""\n',
        "utf-8",
    )
    load_guide(tiny_data)  # a preview builds with them empty
    with pytest.raises(DataError) as error:
        load_guide(tiny_data, release=True)
    assert [str(p) for p in error.value.problems] == [
        "data/publication.yml:2 publisher: empty: a release build refuses it; the deployment fills in the site's"
        " publisher (LCEN art. 6-III)",
        "data/publication.yml:3 director: empty: a release build refuses it; the deployment fills in its director"
        " of publication (LCEN art. 6-III)",
        "data/publication.yml:4 host: empty: a release build refuses it; the deployment fills in its host"
        " (LCEN art. 6-III)",
        "data/publication.yml:5 contact_email: empty: a release build refuses it; the deployment fills in an"
        " address where readers write without an account",
    ]
    publication.write_text(filled, "utf-8")
    assert load_guide(tiny_data, release=True).publication.contact_email == "contact@example.org"


def test_hand_written_pages_show_the_publication_details() -> None:
    legal = (ROOT / "docs" / "mentions-legales.fr.md").read_text("utf-8")
    empty = fill_publication(GUIDE, "fr", legal)
    assert "{{" not in empty and empty.count("*à renseigner par le déploiement*") == 4
    filled = GUIDE.__class__(**{**GUIDE.__dict__, "publication": Publication("Éditeur <b>", "D", "H", "a@b.org")})
    text = fill_publication(filled, "en", (ROOT / "docs" / "mentions-legales.en.md").read_text("utf-8"))
    assert "**Publisher**: Éditeur &lt;b>" in text and "[a@b.org](mailto:a@b.org)" in text
    statement = (ROOT / "docs" / "accessibilite.es.md").read_text("utf-8")
    assert "[a@b.org](mailto:a@b.org)" in fill_publication(filled, "es", statement)


def test_an_unknown_publication_field_in_a_page_is_a_problem(tmp_path: Path, tiny_data: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for page in (ROOT / "docs").glob("*.md"):
        docs.joinpath(page.name).write_text(page.read_text("utf-8"), "utf-8")
    (docs / "mentions-legales.en.md").write_text("# Legal notice\n\n{{ publication.editor }}\n", "utf-8")
    with pytest.raises(DataError) as error:
        load_guide(tiny_data, docs_dir=docs)
    assert (
        'docs/mentions-legales.en.md:3: unknown field "publication.editor"; known: publisher, director, host,'
        " contact_email"
    ) in [str(p) for p in error.value.problems]


@pytest.mark.parametrize("lang", LANGS)
def test_legal_and_accessibility_pages_claim_only_what_they_can_back(lang: str) -> None:
    statement = (ROOT / "docs" / f"accessibilite.{lang}.md").read_text("utf-8")
    status = {"fr": "**Non conforme.**", "en": "**Not compliant.**", "es": "**No conforme.**"}[lang]
    assert status in statement and "axe-core" in statement and "2026" in statement
    assert "PDF" in statement and "Défenseur des droits" in statement
    assert "{{ publication.contact_email }}" in statement
    assert "conform" not in GUIDE.strings["footer_accessibility"][lang].replace("no conform", "").replace(
        "non conform", ""
    ).replace("not compliant", "")
    legal = (ROOT / "docs" / f"mentions-legales.{lang}.md").read_text("utf-8")
    for field in ("publisher", "director", "host", "contact_email"):
        assert f"{{{{ publication.{field} }}}}" in legal
    assert "ONPE" in legal and "France enfance protégée" in legal
    assert "traductions anglaise et espagnole en sont des traductions" not in legal


@pytest.mark.parametrize("lang", LANGS)
def test_the_pdfs_are_authored_by_the_project(lang: str) -> None:
    meta = colophon(GUIDE, lang, None, Edition("abc1234", "2026-11-30", 0))
    assert meta.author == GUIDE.strings["sheet_author"][lang]
    assert "Observatoire" not in meta.author


def test_roles_worded_alike_point_to_each_other() -> None:
    assert GUIDE.role("accompagner").see_also == ("accompagner-et-ou-accueillir",)
    assert GUIDE.role("accompagner-et-ou-accueillir").see_also == ("accompagner",)
    for lang in LANGS:
        role = PAGES[f"roles/accompagner.{lang}.md"]
        # under the title, to the other role's row of the matrix (role pages are folded into it)
        assert "#role-accompagner-et-ou-accueillir)" in role.split("\n\n")[2]
        assert "#role-accompagner)" in PAGES[f"roles/accompagner-et-ou-accueillir.{lang}.md"]
        assert GUIDE.role("accompagner").label[lang] in sheet_text(GUIDE, lang, "acteur-acteurs-du-social")
        matrix = PAGES[f"acteurs/index.{lang}.md"]  # the matrix's row and the group's page too
        assert matrix.count("guide-matrix__see-also") == 2
        group = PAGES[f"acteurs/acteurs-associatifs-specialises.{lang}.md"]
        assert "#role-accompagner-et-ou-accueillir)" in group
