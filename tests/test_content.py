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
from onpe_guide.data.publication import fill_publication
from onpe_guide.edition import Edition
from onpe_guide.engine.docs import docs_files
from onpe_guide.model import Guide, Publication
from onpe_guide.outline.blocks import Steps, block_texts
from onpe_guide.print.booklet import booklet_parts
from onpe_guide.print.colophon import colophon
from onpe_guide.print.sheets import all_sheets
from onpe_guide.site.generate import render_guide
from tests.conftest import ROOT, real_guide

GUIDE = real_guide(with_pages=True)
PAGES = docs_files(render_guide(GUIDE))
LANGS = ("fr", "en", "es")
RECONSTRUCTED = {
    "fr": "Justice et forces de l’ordre",
    "en": "Justice system and law enforcement",
    "es": "Justicia y fuerzas del orden",
}


def mark(lang: str, kind: str) -> str:
    return f'<span class="guide-mark">{GUIDE.strings[f"mark_{kind}"][lang]}</span>'


def sheet_text(guide: Guide, lang: str, sheet_id: str) -> str:
    sheet = next(s for s in all_sheets(guide) if s.id == sheet_id and s.lang == lang)
    return " ".join([sheet.title, *(text for b in sheet.blocks for text in block_texts(b))])


@pytest.mark.parametrize("lang", LANGS)
def test_the_reconstructed_label_is_marked_everywhere(lang: str) -> None:
    """No brackets in a name: wherever the reconstructed name is printed, a tag follows it, the same
    on pages and sheets; the navigation and the window's title show the name alone."""
    label = RECONSTRUCTED[lang]
    actor = next(a for a in GUIDE.actors if a.reconstructed)
    assert actor.label[lang] == label and "[" not in label
    page = PAGES[f"acteurs/{actor.id}.{lang}.md"]
    assert f'title: "{label}"' in page and f"# {label} {mark(lang, 'reconstruction')}" in page
    bodies = {name: p.split("\n---\n", 1)[1] for name, p in PAGES.items() if name.endswith(f".{lang}.md")}
    unmarked = {
        name
        for name, body in bodies.items()
        if body.count(label) != body.count(f"{label} {mark(lang, 'reconstruction')}")
    }
    assert unmarked == set()
    assert label in bodies[f"acteurs/index.{lang}.md"]  # listing and matrix header
    tag = f'<span class="mark">{GUIDE.strings["mark_reconstruction"][lang]}</span>'
    for sheet in ("qui-fait-quoi", "synthese", f"acteur-{actor.id}"):
        text = sheet_text(GUIDE, lang, sheet)
        assert f"{label} {tag}" in text and text.count(label) == text.count(f"{label} {tag}"), sheet
    actors_part = next(p for p in booklet_parts(GUIDE, lang) if p.id == "acteurs")
    assert f"{label} {tag}" in block_texts(actors_part.intro[0])
    note: dict[str, str] = actor.label_note or {}
    assert "illisible" not in note["fr"] and "manque" in note["fr"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_help_box_is_an_addition_and_the_119_reachable_from_france_only(lang: str) -> None:
    """The leaflet prints no number: the help box is marked as the site's, on the home page and the
    references (the 404, sheets and slides have theirs); the 119 says « depuis la France »."""
    line = GUIDE.helpline
    assert {"fr": "depuis la France", "en": "from France", "es": "desde Francia"}[lang] in line.label[lang]
    assert "France enfance protégée" in line.text[lang] and "[" not in line.text[lang]
    for page in (f"index.{lang}.md", f"references.{lang}.md"):
        box = PAGES[page].split('<div class="guide-help"')[1].split("</div>")[0]
        assert line.label[lang] in box and mark(lang, "addition") in box, page
        numbers = {n.number for group in GUIDE.help.groups for n in group.lines}
        assert all(f">{n.replace(' ', chr(0xA0))}</a>" in box for n in numbers), page
    contact = next(r for r in GUIDE.references if r.kind == "contact")
    printed = {"fr": "imprimées sur le dépliant", "en": "printed on the leaflet", "es": "impresos en el folleto"}
    assert printed[lang] in contact.text[lang] and "France enfance protégée" not in contact.text[lang]
    assert contact.addition is not None and "France enfance protégée" in contact.addition[lang]
    assert f"2022). {mark(lang, 'addition')}" in PAGES[f"references.{lang}.md"]  # after the addition's end


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
        "Justice et forces de l’ordre",
        "intitulé reconstitué",
        "116 111",
        "comprendre, voir, (se) mobiliser",
        "avril 2021",
        "novembre 2022",
        "119",
        "classement proposé par ce site",
        "numérotation des trois moments-clés",
        "« pourquoi ils se met en danger »",
        "France enfance",
        "L’ordre des groupes d’acteurs",
    ):
        assert addition in about, addition
    assert "ni témoignage, hors les ajouts listés ci-dessous" in about  # true of the site itself
    note: dict[str, str] = next(a for a in GUIDE.actors if a.label_note).label_note or {}
    assert "L’ordre des groupes" in note["fr"] and "reconstitution" in note["fr"]
    for lang in ("en", "es"):
        translated = (ROOT / "docs" / f"a-propos.{lang}.md").read_text("utf-8")
        assert "2021" in translated and "2022" in translated and "119" in translated and "ils se met" in translated


@pytest.mark.parametrize("lang", LANGS)
def test_three_key_moments_as_the_leaflet_draws_them(lang: str) -> None:
    """1 Installer la relation · Gérer l'urgence — puis — 2 Repérer… — pour — 3 Amorcer…: the
    first block holds two steps; the connectors stand between moments, where the leaflet prints
    them; the page says the grouping is the site's reading, marked."""
    overview = PAGES[f"moments/index.{lang}.md"]
    path = overview.split('<div class="guide-path" markdown>')[1].split("</div>")[0]
    moments = [item for item in path.split("\n\n- ") if item.strip()]
    assert len(moments) == 3
    numbers = [re.findall(r'<span aria-hidden="true">(\d)</span>', m) for m in moments]
    assert numbers == [["1"], ["2"], ["3"]]
    ids = [re.findall(r"\]\(([a-z-]+)\.md\)", m) for m in moments]
    assert ids == [
        ["installer-la-relation", "gerer-l-urgence"],
        ["reperer-les-moments-de-bascule"],
        ["amorcer-un-travail-de-reparation"],
    ]
    connectors = [re.findall(r'class="guide-path__connector">([^<]*)<', m) for m in moments]
    assert connectors == [[], [GUIDE.moments[2].connector[lang]], [GUIDE.moments[3].connector[lang]]]  # type: ignore[index]
    assert GUIDE.strings["path_reading"][lang] in overview and mark(lang, "addition") in overview
    assert "guide-path__hinge" not in overview and "hinge" not in GUIDE.strings
    for moment in GUIDE.moments:
        page = PAGES[f"moments/{moment.id}.{lang}.md"]
        assert not re.search(r"(Étape|Step|Paso) \d", page)
        assert GUIDE.strings["moment_number"][lang].format(number=GUIDE.moment_number(moment)) in page
    urgence = PAGES[f"moments/gerer-l-urgence.{lang}.md"]
    where = next(part for part in urgence.split("\n\n") if part.startswith("*"))  # « Moment-clé 1, avec … »
    assert "installer-la-relation.md" in where


@pytest.mark.parametrize("lang", LANGS)
def test_joins_add_no_colon_the_leaflet_does_not_have(lang: str) -> None:
    overview = PAGES[f"moments/index.{lang}.md"]
    spotting, repair = GUIDE.moments[2], GUIDE.moments[3]
    assert f"**, {spotting.text[lang]}" in overview  # « … « moments de bascule », où l'adolescent … »
    assert f"** {repair.text[lang]}" in overview  # « Amorcer un travail de réparation qui permettra … »
    sheet = sheet_text(GUIDE, lang, "temporalites")
    assert f"</strong>, {spotting.text[lang]}" in sheet and f"</strong> {repair.text[lang]}" in sheet
    sheet_steps = next(
        b
        for s in all_sheets(GUIDE)
        if s.id == "temporalites" and s.lang == lang
        for b in s.blocks
        if isinstance(b, Steps)
    )
    assert [(step.number, len(step.parts)) for step in sheet_steps.steps] == [(1, 2), (2, 1), (3, 1)]


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
        'publisher: ""\ndirector: ""\nhost: " "\nhost_address: ""\nhost_phone: ""\ncontact_email: ""\n'
        'onpe_permission: ""\n',
        "utf-8",
    )
    load_guide(tiny_data)  # a preview builds with them empty
    with pytest.raises(DataError) as error:
        load_guide(tiny_data, release=True)
    refused = "empty: a release build refuses it; the deployment fills in"
    lcen = "(LCEN, law no. 2004-575 of 21 June 2004)"
    assert [str(p) for p in error.value.problems] == [
        f"data/publication.yml:2 publisher: {refused} the site's publisher {lcen}",
        f"data/publication.yml:3 director: {refused} its director of publication {lcen}",
        f"data/publication.yml:4 host: {refused} its host's name {lcen}",
        f"data/publication.yml:5 host_address: {refused} its host's address {lcen}",
        f"data/publication.yml:6 host_phone: {refused} its host's telephone number {lcen}",
        f"data/publication.yml:7 contact_email: {refused} an address where readers write without an account",
        f"data/publication.yml:8 onpe_permission: {refused} how the ONPE's permission to reproduce its leaflet"
        " and its translations was confirmed",
    ]
    publication.write_text(filled, "utf-8")
    assert load_guide(tiny_data, release=True).publication.contact_email == "contact@example.org"


def test_hand_written_pages_show_the_publication_details() -> None:
    legal = (ROOT / "docs" / "mentions-legales.fr.md").read_text("utf-8")
    empty = fill_publication(GUIDE, "fr", legal)
    assert "{{" not in empty and empty.count("*à renseigner par le déploiement*") == 7
    publication = Publication(publisher="Éditeur <b>", director="D", host="H", contact_email="a@b.org")
    filled = GUIDE.__class__(**{**GUIDE.__dict__, "publication": publication})
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
        " contact_email, host_address, host_phone, onpe_permission"
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
    for field in ("publisher", "director", "host", "host_address", "host_phone", "contact_email", "onpe_permission"):
        assert f"{{{{ publication.{field} }}}}" in legal
    assert "ONPE" in legal and "France enfance protégée" in legal
    assert "traductions anglaise et espagnole en sont des traductions" not in legal
    # the law named without an article number that cannot be checked today
    assert "2004-575" in legal and "21" in legal and "6-III" not in legal and "art." not in legal
    heading = {"fr": "## Propriété intellectuelle et réutilisation", "en": "## Intellectual property and reuse"}
    heading["es"] = "## Propiedad intelectual y reutilización"
    assert heading[lang] in legal and "MIT" in legal
    # the RGAA has no levels: the WCAG criteria it takes up have
    levels = {"fr": "critères de niveau A et AA", "en": "level A and AA criteria", "es": "criterios de nivel A y AA"}
    assert levels[lang] in " ".join(statement.split()) and "RGAA 4.1" in statement
    privacy = " ".join((ROOT / "docs" / f"donnees-personnelles.{lang}.md").read_text("utf-8").split())
    assert "IP" in privacy and "{{ publication.host }}" in privacy and "{{ publication.contact_email }}" in privacy
    assert "CNIL" in privacy and "collects no" not in privacy and "ne collecte aucune" not in privacy


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
