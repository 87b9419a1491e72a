"""The sheets and booklets as a trainer and a screen reader get them, read from the PDFs themselves:
the page used (no blank band), type sizes, the foot (the 119 from France, a plain date and no commit,
the French-prevails notice on translations), and the structure tree of a tagged PDF (PDF/UA-1)."""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from pypdf import PdfReader

from onpe_guide.edition import edition
from onpe_guide.outline.blocks import block_texts
from onpe_guide.print.colophon import Colophon, colophon, plain_date
from onpe_guide.print.sheets import Sheet, all_sheets
from onpe_guide.urls import page_url
from tests.conftest import ROOT, SITE_URL, real_guide
from tests.pdf_text import read_text

GUIDE = real_guide()
SHEETS = all_sheets(GUIDE)
ONE_PAGE = [s for s in SHEETS if s.pages == 1]
LANGS = [lang.code for lang in GUIDE.languages]
ED = edition(ROOT)
BODY_PT, FOOT_PT = 11, 8
WHITE = 245  # a row is blank when every pixel is lighter than this (tints and ruled lines are ink)


def words(markup: str) -> str:
    """The text of some HTML, as a PDF's text layer has it: no tags, entities decoded, no spaces."""
    return re.sub(r"\s+", "", html.unescape(re.sub(r"<[^>]+>", "", markup)))


def pdf_of(site: Path, lang: str, name: str) -> Path:
    return site / "fiches" / lang / name


def text_of(reader: PdfReader) -> str:
    return " ".join((page.extract_text() or "") for page in reader.pages).replace("\n", " ")


def tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", html.unescape(re.sub(r"<[^>]+>", " ", text))))


def foot_words(meta: Colophon) -> set[str]:
    """What a sheet may print smaller than its body: the 119 box and the source, address, edition."""
    parts = [meta.credit, meta.dossier_url, meta.url or "", meta.online, meta.edition, meta.notice or ""]
    parts += [meta.untranslated or "", meta.marks, *block_texts(meta.help)]
    return tokens(" ".join(parts))


def blank_bands(path: Path) -> list[float]:
    """For each page, the tallest band of blank rows between its first and its last ink, as a
    share of the page's height."""
    shares = []
    for page in pypdfium2.PdfDocument(path):
        image = page.render(scale=1, grayscale=True).to_pil().convert("L")  # a screen at 100 %
        width, height = image.size
        pixels = image.load()
        inked = [any(pixels[x, y] < WHITE for x in range(0, width, 2)) for y in range(height)]
        rows = [y for y, ink in enumerate(inked) if ink]
        longest = run = 0
        for ink in inked[rows[0] : rows[-1] + 1] if rows else []:
            run = 0 if ink else run + 1
            longest = max(longest, run)
        shares.append(longest / height)
    return shares


def meta_of(sheet: Sheet) -> Colophon:
    return colophon(GUIDE, sheet.lang, page_url(GUIDE, SITE_URL, sheet.lang, sheet.page_url), ED)


@pytest.mark.parametrize("sheet", ONE_PAGE, ids=[f"{s.lang}:{s.id}" for s in ONE_PAGE])
def test_a_sheet_uses_its_page(site: Path, sheet: Sheet) -> None:
    """No blank band over 30 % of the page: a short text leaves its room to lines for notes."""
    bands = blank_bands(pdf_of(site, sheet.lang, sheet.file_name))
    assert len(bands) == 1 and bands[0] <= 0.30, f"a blank band of {bands[0]:.0%} of the page"


@pytest.mark.parametrize("sheet", SHEETS, ids=[f"{s.lang}:{s.id}" for s in SHEETS])
def test_type_is_read_on_paper(site: Path, sheet: Sheet) -> None:
    """Body text 11 pt or more; only the foot (119 box, source, address, edition) smaller, never under 8 pt."""
    foot = foot_words(meta_of(sheet))
    runs = read_text(pdf_of(site, sheet.lang, sheet.file_name)).runs
    assert min(size for _, size in runs) >= FOOT_PT
    assert [(text, size) for text, size in runs if size < BODY_PT and not tokens(text) <= foot] == []


@pytest.mark.parametrize("sheet", SHEETS, ids=[f"{s.lang}:{s.id}" for s in SHEETS])
def test_the_foot_says_the_119_the_edition_and_the_notice(site: Path, sheet: Sheet) -> None:
    reader = PdfReader(pdf_of(site, sheet.lang, sheet.file_name))
    text = words(read_text(pdf_of(site, sheet.lang, sheet.file_name)).text)
    ui = GUIDE.strings
    assert words(GUIDE.helpline.number) in text and words(GUIDE.helpline.label[sheet.lang]) in text
    assert words(plain_date(GUIDE, sheet.lang, ED.date)) in text and ED.date not in text
    assert ED.version not in text  # the commit is in the metadata only
    assert reader.metadata is not None and reader.metadata.get("/version") == ED.version
    notice = words(ui["french_prevails"][sheet.lang])
    assert (notice in text) == (sheet.lang != GUIDE.default_language)


@pytest.mark.parametrize("lang", LANGS)
def test_the_booklet_has_no_near_empty_page_but_the_last(site: Path, lang: str) -> None:
    path = pdf_of(site, lang, "livret.pdf")
    bands = blank_bands(path)
    assert [f"p. {n}: {share:.0%}" for n, share in enumerate(bands[:-1], 1) if share > 0.5] == []
    text = words(text_of(PdfReader(path)))
    assert text.count(words(GUIDE.strings["key_words_title"][lang])) == 2  # in the contents, and once as a heading
    assert text.count(words(GUIDE.references[0].text[lang])) == 1  # each reference once
    assert (words(GUIDE.strings["french_prevails"][lang]) in text) == (lang != GUIDE.default_language)


@pytest.mark.parametrize("lang", LANGS)
def test_one_typeface_family(site: Path, lang: str) -> None:
    """One family for the text, addresses included (no monospace): its weights, italics and widths only."""
    names = set()
    for path in (site / "fiches" / lang).glob("*.pdf"):
        for page in PdfReader(path).pages:
            resources: Any = page["/Resources"]
            fonts: Any = resources["/Font"]
            names |= {str(font.get_object()["/BaseFont"]).split("+")[-1] for font in fonts.values()}
    assert names and all(name.startswith("DejaVu-Sans") and "Mono" not in name for name in names), names


# ---------- The structure tree (tagged PDF) ----------


def elements(node: Any) -> Iterator[Any]:
    """The structure elements under `node`, in reading order."""
    kids = node.get("/K")
    for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
        if isinstance(kid, int):
            continue
        element = kid.get_object()
        if element.get("/S") is not None:
            yield element
            yield from elements(element)


def tags(path: Path) -> tuple[Any, list[Any]]:
    catalog: Any = PdfReader(path).trailer["/Root"]
    return catalog, list(elements(catalog["/StructTreeRoot"]))


def kinds(tree: list[Any]) -> list[str]:
    return [str(e["/S"]) for e in tree]


def linked(tree: list[Any]) -> set[str]:
    """The addresses of the links that the structure tree holds (through their annotations)."""
    found = set()
    for element in tree:
        kids = element.get("/K")
        for kid in kids if isinstance(kids, list) else []:
            if not isinstance(kid, int) and kid.get_object().get("/Type") == "/OBJR":
                action = kid.get_object()["/Obj"].get_object().get("/A")  # none: a link inside the document
                found.add(str(action.get("/URI", "")) if action else "")
    return found


def assert_tagged(path: Path, lang: str, lists: bool = True) -> list[Any]:
    catalog, tree = tags(path)
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
    assert str(catalog["/Lang"]) == lang
    levels = [int(kind[2]) for kind in kinds(tree) if re.fullmatch(r"/H[1-6]", kind)]
    assert levels[0] == 1 and all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    assert {"/P", *(("/L", "/LI", "/LBody") if lists else ())} <= set(kinds(tree))
    assert {GUIDE.dossier.url} <= linked(tree)  # the foot's source and address are real, tagged content
    return tree


@pytest.mark.parametrize("sheet", SHEETS, ids=[f"{s.lang}:{s.id}" for s in SHEETS])
def test_a_sheet_is_tagged(site: Path, sheet: Sheet) -> None:
    """Headings in order (H1, then H2…), lists, the foot's address as a link, and the QR code as a
    figure whose text alternative is the page's address."""
    lists = any(block.kind in ("bullets", "keywords", "steps") for block in sheet.blocks)
    tree = assert_tagged(pdf_of(site, sheet.lang, sheet.file_name), sheet.lang, lists)
    url = page_url(GUIDE, SITE_URL, sheet.lang, sheet.page_url)
    assert [str(e.get("/Alt")) for e in tree if e["/S"] == "/Figure"] == [url]
    assert url in linked(tree)


@pytest.mark.parametrize("lang", LANGS)
def test_the_matrix_is_a_table_with_header_cells(site: Path, lang: str) -> None:
    _, tree = tags(pdf_of(site, lang, "qui-fait-quoi.pdf"))
    found = kinds(tree)
    assert "/Table" in found and found.count("/TR") == len(GUIDE.roles) + 1
    assert found.count("/TH") == len(GUIDE.actors) + 1 + len(GUIDE.roles)  # the column heads, then each row's
    assert found.count("/TD") == len(GUIDE.actors) * len(GUIDE.roles)


@pytest.mark.parametrize("lang", LANGS)
def test_a_booklet_is_tagged(site: Path, lang: str) -> None:
    tree = assert_tagged(pdf_of(site, lang, "livret.pdf"), lang)
    assert "/Table" in kinds(tree)


# ---------- Notes lines, and the synthesis' two pages ----------


def ruled_lines(path: Path) -> list[tuple[int, int, int]]:
    """The colour of each thin line drawn across the text's width (a ruled line for notes): rows
    inked over nine tenths of the middle of the page, at most 3 px thick at 144 dpi."""
    image = pypdfium2.PdfDocument(path)[0].render(scale=2).to_pil().convert("RGB")
    width, height = image.size
    pixels = image.load()
    xs = range(width // 10, width * 9 // 10, 4)

    def across(y: int) -> bool:
        return bool(sum(min(pixels[x, y]) < WHITE for x in xs) >= 0.9 * len(xs))

    rows = [across(y) for y in range(height)]
    lines = []
    for y in range(1, height - 3):
        if rows[y] and not rows[y - 1]:
            thickness = next(n for n in range(1, height - y) if not rows[y + n])
            if thickness <= 3:
                lines.append(min((pixels[x, y + t] for x in xs for t in range(thickness)), key=sum))
    return lines


@pytest.mark.parametrize("lang", LANGS)
def test_notes_lines_are_mid_grey(site: Path, lang: str) -> None:
    """Ruled lines a black-and-white copier keeps: 0.3 mm, mid-grey (a pale lavender vanished)."""
    lines = ruled_lines(pdf_of(site, lang, "verbe-restaurer.pdf"))
    grey = [rgb for rgb in lines if max(rgb) - min(rgb) <= 8 and 96 <= sum(rgb) / 3 <= 160]
    assert len(grey) >= 4, lines


def plain(markdown: str) -> str:
    """A text of data/ as a PDF's text layer has it (see `words`): no link syntax, no emphasis."""
    return words(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown).replace("*", ""))


@pytest.mark.parametrize("lang", LANGS)
def test_the_synthesis_keeps_each_sentence_on_one_page_and_its_foot_at_the_foot(site: Path, lang: str) -> None:
    path = pdf_of(site, lang, "synthese.pdf")
    pages = [words(page.extract_text() or "") for page in PdfReader(path).pages]
    assert len(pages) == 2
    sentences = [plain(text[lang]) for verb in GUIDE.verbs for text in (verb.text, *verb.points)]
    assert [s for s in sentences if not any(s in page for page in pages)] == []
    image = pypdfium2.PdfDocument(path)[1].render(scale=1, grayscale=True).to_pil().convert("L")
    width, height = image.size
    pixels = image.load()
    last_ink = max(y for y in range(height) if any(pixels[x, y] < WHITE for x in range(0, width, 2)))
    assert last_ink >= height * (1 - 14 / 297), f"the foot ends {height - last_ink} px above the page's bottom"
