"""The slides to project (« diaporama »): composed of the outlines (a data change changes them),
fitted on 16:9 pages by the layout (a slide too long for one page goes on two, a text that cannot
fit fails the build by name), read back from the PDFs as a room sees them (type sizes, the 119,
the sources' QR code) and as a screen reader gets them (tagged, language set)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from pypdf import PdfReader

from onpe_guide.data.load import load_guide
from onpe_guide.edition import Edition, edition
from onpe_guide.model import Guide
from onpe_guide.outline.blocks import Bullets, Heading, Matrix, Paragraph, Steps, block_texts
from onpe_guide.print.deck import (
    Measures,
    Part,
    Piece,
    cuts,
    deck_context,
    join,
    lay_out_deck,
    measuring_units,
    pieces,
    sentences,
)
from onpe_guide.print.pdf import lay_out_sheet
from onpe_guide.print.sheets import SheetWriter, all_sheets
from onpe_guide.print.slides import Address, Slide, slides
from onpe_guide.print.weasy import html_of
from onpe_guide.urls import SLIDES
from tests.conftest import ROOT, SITE_URL, real_guide
from tests.pdf_text import page_runs
from tests.test_hostile import MARK, PAYLOAD, Injected, poison
from tests.test_pdf import qr_codes
from tests.test_pdf_pages import assert_tagged, kinds, tokens, words

GUIDE = real_guide()
LANGS = [lang.code for lang in GUIDE.languages]
SIXTEEN_NINE = (720.0, 405.0)  # 254 × 142.875 mm, in points
BODY_PT, MATRIX_PT = 24, 18


def deck_of(site: Path, lang: str) -> Path:
    return site / "fiches" / lang / f"{SLIDES}.pdf"


def page_texts(path: Path) -> list[str]:
    return [(page.extract_text() or "").replace("\n", " ") for page in PdfReader(path).pages]


# ---------- What the slides say: the outlines, composed (no layout) ----------


@pytest.mark.parametrize("lang", LANGS)
def test_the_slides_say_what_the_data_says(lang: str) -> None:
    deck = {slide.id: slide for slide in slides(GUIDE, lang)}
    assert len(deck) == len(slides(GUIDE, lang))  # ids unique
    w = SheetWriter(GUIDE, lang)
    for verb in GUIDE.verbs:
        blocks = deck[f"verbe-{verb.id}"].blocks
        assert Paragraph(w.t(verb.text)) in blocks
        assert Bullets(tuple(w.t(point) for point in verb.points)) in blocks
    matrix = next(b for b in deck["qui-fait-quoi"].blocks if isinstance(b, Matrix))
    assert [row.label for row in matrix.rows] == [w.t(role.label) for role in GUIDE.roles]
    held = {(r, c) for r, row in enumerate(matrix.rows) for c, cell in enumerate(row.cells) if cell}
    expected = {(r, c) for r, role in enumerate(GUIDE.roles) for c, a in enumerate(GUIDE.actors) if role.id in a.roles}
    assert held == expected
    for number, actor in enumerate(GUIDE.actors, 1):  # the columns' key names every group in full
        assert f"<strong>{number}</strong>\u00a0{w.t(actor.label)}" in matrix.caption
    path = next(b for b in deck["temporalites"].blocks if isinstance(b, Steps))
    names = [[w.strong(w.t(step.label)) for step in moment] for moment in GUIDE.key_moments]
    assert [list(step.parts) for step in path.steps] == names
    shown = " ".join(text for b in deck["dispositifs"].blocks if not isinstance(b, Address) for text in block_texts(b))
    assert all(w.t(form.label) in shown for form in GUIDE.forms)
    assert all(w.t(kind.label) in shown for kind in GUIDE.provisions)


def test_sentences_are_cut_between_sentences_never_inside_markup() -> None:
    text = "[Ajout du site.] Le numéro : gratuit. Géré depuis le 1er janvier. « Une citation. » Fin ?"
    assert sentences(text) == [
        "[Ajout du site.] Le numéro : gratuit.",
        "Géré depuis le 1er janvier.",
        "« Une citation. » Fin ?",
    ]
    assert sentences("<strong>Un. Deux</strong> trois. Quatre.") == ["<strong>Un. Deux</strong> trois.", "Quatre."]
    assert sentences("Une seule phrase.") == ["Une seule phrase."]


def test_a_block_cut_in_pieces_joins_back_whole() -> None:
    w = SheetWriter(GUIDE, "fr")
    matrix = next(b for slide in slides(GUIDE, "fr") for b in slide.blocks if isinstance(b, Matrix))
    for block in (Bullets(("a", "b", "c"), ("x", "y", "z")), matrix, Paragraph(w.t(GUIDE.introduction))):
        assert join(block, pieces(block)) == block
    assert len(pieces(matrix)) == len(GUIDE.roles)
    assert join(matrix, pieces(matrix)[:2]) == Matrix(matrix.caption, matrix.corner, matrix.columns, matrix.rows[:2])


def shape(parts: list[list[Piece]] | None) -> list[list[tuple[int, int]]]:
    """Each part's pieces as (block, piece)."""
    return [[(p.block, p.index) for p in part] for part in parts or []]


def test_the_layout_cuts_a_slide_in_the_fewest_parts_as_even_as_they_come() -> None:
    """Measures of 10 (the title), 5 between blocks: the cut goes where both parts fit and the
    taller is the least tall; points are cut between them, a list's parts adding up."""
    slide = Slide("s", "S", (Paragraph("Un."), Bullets(("a", "b", "c"))))
    m = Measures(10, 5, (Part(40), Part(100, 0, 5)), (Piece(0, 0, 40), *(Piece(1, k, 30) for k in range(3))))
    assert shape(cuts(slide, m, 1000)) == [[(0, 0), (1, 0), (1, 1), (1, 2)]]
    assert shape(cuts(slide, m, 10 + 110)) == [[(0, 0), (1, 0)], [(1, 1), (1, 2)]]  # 75 and 65, not 40 and 100
    three = cuts(slide, m, 10 + 65)
    assert three is not None and len(three) == 3 and all(m.height(part) <= 65 for part in three)
    assert cuts(slide, m, 10 + 35) is None  # a piece taller than a slide: refused


def test_the_layout_keeps_a_heading_with_what_follows_and_a_paragraph_whole_if_it_can() -> None:
    slide = Slide("s", "S", (Paragraph("Un. Deux. Trois."), Paragraph("Quatre."), Heading("H"), Paragraph("Cinq.")))
    sentences_ = (Piece(0, 0, 30), Piece(0, 1, 30), Piece(0, 2, 30))
    m = Measures(
        10,
        5,
        (Part(80), Part(40), Part(20), Part(60)),
        (*sentences_, Piece(1, 0, 40), Piece(2, 0, 20), Piece(3, 0, 60)),
    )
    # 80 | 40 + 20 + 60: the paragraph whole, not 60 | 30 + 40…, and « H » not left at the foot of a slide
    assert shape(cuts(slide, m, 10 + 130)) == [[(0, 0), (0, 1), (0, 2), (1, 0)], [(2, 0), (3, 0)]]
    assert shape(cuts(slide, m, 10 + 85)) == [[(0, 0), (0, 1), (0, 2)], [(1, 0)], [(2, 0), (3, 0)]]


def test_every_data_string_is_printed_as_text_on_the_slides(tmp_path: Path) -> None:
    """The slides' HTML, as laid out and as measured, with a payload in every data string."""
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    poison(data)
    guide = load_guide(data)
    ed = Edition(f"v1{PAYLOAD}", "2020-01-02", 0)
    documents = []
    for lang in LANGS:
        deck, context = slides(guide, lang), deck_context(guide, lang, ed)
        documents.append(html_of("slides.html", "slides.css", slides=deck, units=None, **context))
        units = [measuring_units(slide, n) for n, slide in enumerate(deck)]
        documents.append(html_of("slides.html", "slides.css", slides=deck, units=units, **context))
    parser = Injected()  # one parser, the documents one after the other: each is whole
    parser.feed("".join(documents))
    assert parser.found == []
    assert "".join(documents).count(f"&lt;b {MARK}=1&gt;") > 300  # the payloads are there, as text


# ---------- A data change changes the slides (tiny data, laid out) ----------


def cells_on(path: Path, guide: Guide, lang: str) -> set[tuple[str, int]]:
    """The matrix as drawn: (role, column) for each ✓, by where it is under the head's keys."""
    w = SheetWriter(guide, lang)
    found: set[tuple[str, int]] = set()
    for page in pypdfium2.PdfDocument(path):
        text = page.get_textpage()
        chars = [(text.get_text_range(i, 1), text.get_charbox(i)) for i in range(text.count_chars())]
        whole = "".join(c for c, _ in chars)
        corner = whole.find(w.ui("matrix_role"))
        if corner < 0:
            continue
        head_y = chars[corner][1][1]
        keys = {int(c): (box[0] + box[2]) / 2 for c, box in chars if c.isdigit() and abs(box[1] - head_y) < 3}
        rows = {w.t(role.label): chars[whole.find(w.t(role.label))][1][1] for role in guide.roles}
        for c, box in chars:
            if c == "✓":
                x, y = (box[0] + box[2]) / 2, box[1]
                role = min(rows, key=lambda label: abs(rows[label] - y))
                found.add((role, min(keys, key=lambda k: abs(keys[k] - x))))
    return found


def test_a_role_given_to_another_group_moves_its_mark_on_the_matrix_slide(tiny_data: Path, pdf_dir: Path) -> None:
    ed = edition(ROOT)
    before = lay_out_deck(load_guide(tiny_data), "fr", ed)[0]
    before.write_pdf(pdf_dir.with_suffix(".before.pdf"))
    actors = tiny_data / "actors.yml"  # « Soigner », the health services' role, given to the schools
    text = (
        actors.read_text("utf-8").replace("[reperer, soigner]", "[health]").replace("[reperer]", "[reperer, soigner]")
    )
    actors.write_text(text.replace("[health]", "[reperer]"), "utf-8")
    guide = load_guide(tiny_data)
    assert [a.roles for a in guide.actors] == [("reperer",), ("reperer", "soigner")]
    after = lay_out_deck(guide, "fr", ed)[0]
    after.write_pdf(pdf_dir.with_suffix(".after.pdf"))
    assert cells_on(pdf_dir.with_suffix(".before.pdf"), guide, "fr") == {("Repérer", 1), ("Soigner", 1), ("Repérer", 2)}
    assert cells_on(pdf_dir.with_suffix(".after.pdf"), guide, "fr") == {("Repérer", 1), ("Repérer", 2), ("Soigner", 2)}


def test_a_moment_moved_changes_the_path_slide(tiny_data: Path, pdf_dir: Path) -> None:
    def path_page(guide: Guide) -> str:
        document, fitted, _ = lay_out_deck(guide, "en", edition(ROOT))
        document.write_pdf(pdf_dir.with_suffix(".pdf"))
        number = next(n for n, slide in enumerate(fitted) if slide.id == "temporalites")
        return page_texts(pdf_dir.with_suffix(".pdf"))[number]

    before = path_page(load_guide(tiny_data))
    assert before.index("Establish the relationship") < before.index("Tipping point")
    moments = tiny_data / "moments.yml"
    head, first, second = moments.read_text("utf-8").split("  - id: ")
    moments.write_text(f"{head}  - id: {second}  - id: {first}", "utf-8")  # « Bascule » first
    after = path_page(load_guide(tiny_data))
    assert after.index("Tipping point") < after.index("Establish the relationship")


# ---------- Nothing cut: what cannot fit fails the build, by name ----------


def test_a_point_too_long_for_a_slide_is_refused_by_name(tiny_print_data: Path) -> None:
    """A point that fits its A4 sheet at 11 pt but not a slide at 24 pt, even alone: the deck names
    the slide and its language, and no other. (`build_pdfs` writes no deck with a problem and raises
    every document's problems at once; a whole build refused: test_pdf.py.)"""
    verbs = tiny_print_data / "verbs.yml"
    long = " ".join(["un point bien trop long pour une diapositive"] * 18)
    verbs.write_text(verbs.read_text("utf-8").replace("{fr: Point.,", f"{{fr: {long},", 1), "utf-8")
    guide, ed = load_guide(tiny_print_data), edition(ROOT)
    assert lay_out_deck(guide, "fr", ed)[2] == [
        'slide "verbe-adapter" (fr): a point or sentence does not fit a slide even alone; '
        "shorten its text in data/ or split it"
    ]
    assert lay_out_deck(guide, "en", ed)[2] == []
    sheet = next(s for s in all_sheets(guide) if s.id == "verbe-adapter" and s.lang == "fr")
    assert len(lay_out_sheet(guide, sheet, SITE_URL, ed).pages) <= sheet.pages  # the sheet holds it


def test_the_tiny_deck_is_built_listed_and_tagged(tiny_pdfs: tuple[Path, dict[str, list[dict[str, Any]]]]) -> None:
    """With the other documents, by `build_sheets` (as `make pdf` does), one deck per language."""
    pdf_dir, manifest = tiny_pdfs
    for lang in LANGS:
        entry = next(e for e in manifest[lang] if e["id"] == SLIDES)
        reader = PdfReader(pdf_dir / lang / entry["file"])
        assert entry == {
            "id": SLIDES,
            "file": f"{SLIDES}.pdf",
            "pages": len(reader.pages),
            "format": "16:9",
        }  # for the kit
        assert all((float(p.mediabox.width), float(p.mediabox.height)) == SIXTEEN_NINE for p in reader.pages)
        catalog: Any = reader.trailer["/Root"]
        assert "/StructTreeRoot" in catalog and bool(catalog["/MarkInfo"]["/Marked"]) and catalog["/Lang"] == lang


# ---------- The real decks, as built with the site ----------


@pytest.mark.parametrize("lang", LANGS)
def test_a_deck_is_16_9_and_says_the_whole_guide(site: Path, lang: str) -> None:
    reader = PdfReader(deck_of(site, lang))
    assert len(reader.pages) >= 12
    assert all((float(p.mediabox.width), float(p.mediabox.height)) == SIXTEEN_NINE for p in reader.pages)
    text = words(" ".join(page_texts(deck_of(site, lang))))
    w = SheetWriter(GUIDE, lang)
    shown = [w.t(GUIDE.title), *sentences(w.t(GUIDE.introduction)), w.t(GUIDE.attitude), GUIDE.dossier.url, "119"]
    shown += [s for v in GUIDE.verbs for p in (v.label, v.text, *v.points) for s in sentences(w.t(p))]
    shown += [w.t(k.label) for k in GUIDE.key_words] + [w.t(m.label) for m in GUIDE.moments]
    shown += [w.t(r.label) for r in GUIDE.roles] + [w.t(a.label) for a in GUIDE.actors]
    shown += [w.t(f.label) for f in GUIDE.forms] + [w.t(p.label) for p in GUIDE.provisions]
    shown += [line.number for group in GUIDE.help.groups for line in group.lines]  # who to call
    assert [item for item in shown if words(item) not in text] == []
    assert (words(GUIDE.strings["french_prevails"][lang]) in text) == (lang != GUIDE.default_language)
    assert reader.metadata is not None and str(reader.metadata.title).startswith(GUIDE.strings["kit_slides"][lang])


@pytest.mark.parametrize("lang", LANGS)
def test_a_deck_is_read_from_the_back_of_the_room(site: Path, lang: str) -> None:
    """Body 24 pt or more, the matrix 18 pt or more; only the foot (the credit, the slide's
    number) smaller."""
    reader = PdfReader(deck_of(site, lang))
    foot = tokens(GUIDE.strings["source_credit"][lang]) | {str(n) for n in range(1, len(reader.pages) + 1)}
    key = words(GUIDE.strings["matrix_caption"][lang])
    small = []
    for number, page in enumerate(reader.pages, 1):
        least = MATRIX_PT if key in words(page.extract_text() or "") else BODY_PT
        small += [(number, t, size) for t, size in page_runs(page).runs if size < least and not tokens(t) <= foot]
    assert small == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_deck_is_tagged_and_its_qr_code_opens_the_dossier(site: Path, lang: str) -> None:
    path = deck_of(site, lang)
    tree = assert_tagged(path, lang)
    assert "/Table" in kinds(tree)
    assert [str(e.get("/Alt")) for e in tree if e["/S"] == "/Figure"] == [GUIDE.dossier.url]
    assert qr_codes(path) == [GUIDE.dossier.url]
