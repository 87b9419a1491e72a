"""The handouts and booklets as PDFs: pages, A4, title, credit, language, QR code, links.
(Layout, type sizes, the foot and tagging: test_pdf_pages.py.)"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pypdfium2
import pytest
import zxingcpp
from bs4 import BeautifulSoup
from PIL import Image
from pypdf import PdfReader

from onpe_guide import cli
from onpe_guide.cli import DEFAULT_SITE_URL, qr_address_ok
from onpe_guide.data.load import load_guide
from onpe_guide.edition import edition
from onpe_guide.print.booklet import booklet_parts
from onpe_guide.print.colophon import colophon
from onpe_guide.print.pdf import foot_room, lay_out_sheet, sheet_problems
from onpe_guide.print.proofs import BOOKLET_PAGES, render_proofs
from onpe_guide.print.sheets import Sheet, all_sheets
from onpe_guide.print.weasy import PDF_OPTIONS, pad_last_page, render
from onpe_guide.urls import BOOKLET, SHEETS_ZIP, SLIDES, page_url
from tests.conftest import ROOT, SITE_URL, real_guide, run_cli
from tests.pdf_text import read_text

GUIDE = real_guide()
SHEETS = all_sheets(GUIDE)
A4 = sorted((595.28, 841.89))


def plain(html: str) -> str:
    """The words of a sheet's HTML, as its PDF's text has them."""
    return re.sub(r"<[^>]+>", "", html).replace("&amp;", "&").replace("&lt;", "<")


def document_language(reader: PdfReader) -> str:
    catalog: Any = reader.trailer["/Root"]
    return str(catalog["/Lang"])


QR = zxingcpp.barcode_formats_from_str("QRCode")


def qr_codes(path: Path) -> list[str]:
    """The QR codes on every page (a two-page sheet has its foot on the last), at 144 dpi (a module
    of the printed code is 4 pixels), in grey (a third of the time of colour, the same codes
    found). Only QR codes are looked for: the PDFs have no other kind, and looking for every kind
    took four times longer."""
    images = [page.render(scale=2, grayscale=True).to_pil() for page in pypdfium2.PdfDocument(path)]
    return [code.text for image in images for code in zxingcpp.read_barcodes(image, formats=QR)]


def test_every_sheet_in_every_language() -> None:
    kit = 4  # the session plan, the glossary, the exercises and their answer key
    assert len(SHEETS) == 3 * (len(GUIDE.verbs) + 1 + len(GUIDE.actors) + len(GUIDE.provisions) + 2 + kit)


@pytest.mark.parametrize("sheet", SHEETS, ids=[f"{s.lang}:{s.id}" for s in SHEETS])
def test_sheet(site: Path, sheet: Sheet) -> None:
    path = site / "fiches" / sheet.lang / sheet.file_name
    reader = PdfReader(path)
    assert len(reader.pages) == sheet.pages
    for page in reader.pages:
        assert sorted((round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2))) == A4
    text = " ".join(read_text(path).pages)
    text = text.replace("-\n", "-").replace("\n", " ")  # a title may wrap after a hyphen: « street-based »
    text = re.sub(r" {2,}", " ", text)  # a tag beside a name may be extracted with two spaces before it
    assert plain(sheet.title) in text
    assert "ONPE" in text and "https://www.onpe.gouv.fr/publications/" in text.replace(" ", "")
    assert document_language(reader) == sheet.lang
    # WeasyPrint writes a title's no-break spaces (« hors les murs ») as spaces in the metadata
    metadata_title = plain(sheet.title).replace("\u202f", " ").replace("\u00a0", " ")
    assert reader.metadata is not None and metadata_title in str(reader.metadata.title)
    assert qr_codes(path) == [page_url(GUIDE, SITE_URL, sheet.lang, sheet.page_url)]


def test_fonts_are_embedded(site: Path) -> None:
    for path in sorted((site / "fiches").rglob("*.pdf"))[:6]:
        for page in PdfReader(path).pages:
            resources: Any = page["/Resources"]
            for font in resources["/Font"].values():
                descendant = font.get_object()["/DescendantFonts"][0].get_object()
                assert "/FontFile2" in descendant["/FontDescriptor"] or "/FontFile3" in descendant["/FontDescriptor"]


@pytest.mark.parametrize("lang", [lang.code for lang in GUIDE.languages])
def test_booklet_holds_every_section(site: Path, lang: str) -> None:
    reader = PdfReader(site / "fiches" / lang / "livret.pdf")
    text = " ".join((page.extract_text() or "") for page in reader.pages).replace("\n", " ")
    for part in booklet_parts(GUIDE, lang):
        assert text.count(plain(part.title)) >= 2  # in the contents, and as a heading
        for sheet in part.sheets:
            assert plain(sheet.title) in text
    assert len(reader.pages) >= 5
    assert document_language(reader) == lang
    assert qr_codes(site / "fiches" / lang / "livret.pdf") == [page_url(GUIDE, SITE_URL, lang, "")]
    contents = reader.pages[0].extract_text() or ""  # the contents follow the title, on the first page
    assert plain(GUIDE.strings["contents_title"][lang]) in contents
    assert any(line.rstrip().split(" ")[-1].isdigit() for line in contents.splitlines())  # page numbers


@pytest.mark.parametrize("lang", [lang.code for lang in GUIDE.languages])
def test_kit_page_lists_every_pdf(site: Path, lang: str) -> None:
    prefix = "" if lang == GUIDE.default_language else f"{lang}/"
    html = (site / prefix / "kit-du-formateur" / "index.html").read_text("utf-8")
    for sheet in (s for s in all_sheets(GUIDE) if s.lang == lang):
        assert f"fiches/{lang}/{sheet.file_name}" in html
    assert f"fiches/{lang}/livret.pdf" in html


@pytest.mark.parametrize("lang", [lang.code for lang in GUIDE.languages])
def test_the_kit_says_slides_are_slides(site: Path, lang: str) -> None:
    """The slides' download counts slides, 16:9 (it said « 25 pages A4 »); the sheets' count A4 pages."""
    prefix = "" if lang == GUIDE.default_language else f"{lang}/"
    html = BeautifulSoup((site / prefix / "kit-du-formateur" / "index.html").read_text("utf-8"), "html.parser")
    slides = next(a for a in html.select("article a") if str(a["href"]).endswith(f"fiches/{lang}/{SLIDES}.pdf"))
    pages = len(PdfReader(site / "fiches" / lang / f"{SLIDES}.pdf").pages)
    line = slides.parent.get_text(" ", strip=True) if slides.parent else ""
    assert GUIDE.strings["file_slides"][lang].format(count=pages) in line and "A4" not in line


def test_a_sheet_that_overflows_fails_the_build_and_leaves_nothing_behind(tiny_print_data: Path) -> None:
    """`make pdf` stopped by a sheet too long for its page: the sheet and its language named (and
    no other), how to fix it, the previous site kept, and neither the sheets' nor the pages'
    staging folder left beside it (.site-fiches was)."""
    verbs = tiny_print_data / "verbs.yml"
    long = " ".join(["Un point beaucoup trop long pour une fiche."] * 20)
    many = "".join(f"\n      - {{fr: {long}, en: Point., es: Punto.}}" for _ in range(12))
    verbs.write_text(verbs.read_text("utf-8").replace("    points:", f"    points:{many}", 1), "utf-8")
    project = tiny_print_data.parent
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("previous good site", "utf-8")
    result = run_cli("--root", str(project), "build", "--pdf", cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert 'sheet "verbe-adapter" (fr): takes ' in result.stderr
    assert "expected 1; shorten its text in data/ or split it" in result.stderr
    assert "(en)" not in result.stderr and "(es)" not in result.stderr
    assert sorted(p.name for p in project.iterdir()) == ["data", "site"]
    assert (project / "site" / "index.html").read_text("utf-8") == "previous good site"


def test_a_text_still_to_translate_prints_the_french_marked(tiny_pdfs: tuple[Path, Any]) -> None:
    pdf_dir = tiny_pdfs[0]
    text = " ".join(page.extract_text() for page in PdfReader(pdf_dir / "en" / "verbe-adapter.pdf").pages)
    assert "AdapterFR" in text.replace(" ", "") and "FR (French text, not translated yet)" in text
    spanish = " ".join(page.extract_text() for page in PdfReader(pdf_dir / "es" / "verbe-adapter.pdf").pages)
    assert "Adaptar" in spanish and "not translated" not in spanish and "sin traducir" not in spanish


def test_links_in_pdfs_lead_somewhere(site: Path) -> None:
    """Every link annotation: a destination inside the document, or a declared address."""
    hosts = {urlsplit(r.url).netloc for r in GUIDE.references} | {urlsplit(SITE_URL).netloc}
    broken, checked = [], 0
    for path in sorted((site / "fiches").rglob("*.pdf")):
        reader = PdfReader(path)
        names = set(reader.named_destinations)
        for page in reader.pages:
            for annotation in page.get("/Annots", []) or []:
                link: Any = annotation.get_object()
                checked += 1
                action = link.get("/A")
                if link.get("/Dest") is not None and str(link["/Dest"]) not in names:
                    broken.append(f"{path.name}: #{link['/Dest']}")
                if action is not None and urlsplit(str(action.get("/URI", ""))).netloc not in hosts:
                    broken.append(f"{path.name}: {action.get('/URI')}")
    assert broken == []
    assert checked >= 3 * 15  # the booklets' contents link to their parts


def test_qr_codes_to_this_computer_are_said_and_refused_in_a_release(capsys: pytest.CaptureFixture[str]) -> None:
    """Unset, SITE_URL is this computer: `make pdf` says so in one line; `make pdf RELEASE=1` refuses."""
    assert qr_address_ok(DEFAULT_SITE_URL, release=False)
    warning = capsys.readouterr().err
    assert warning.count("\n") == 1 and "warning: SITE_URL is not set" in warning and DEFAULT_SITE_URL in warning
    assert not qr_address_ok(DEFAULT_SITE_URL, release=True)
    assert "error:" in capsys.readouterr().err
    assert qr_address_ok(SITE_URL, release=True) and capsys.readouterr().err == ""


def test_a_release_build_with_local_qr_codes_stops_before_building(tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": ""}
    command = [sys.executable, "-m", "onpe_guide", "build", "--pdf", "--release", "--site-dir", str(tmp_path / "s")]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 1 and "set SITE_URL" in result.stderr
    assert not (tmp_path / "s").exists()


def test_proofs_show_every_sheet_and_a_contact_sheet_per_language(tiny_pdfs: tuple[Path, Any], pdf_dir: Path) -> None:
    """`make proofs`: a PNG per sheet page and slide (the booklet's first pages), one contact sheet per language."""
    built, manifest = tiny_pdfs
    written = render_proofs(built, pdf_dir / "proofs")
    for lang, listed in manifest.items():
        entries = [e for e in listed if e["file"].endswith(".pdf")]
        assert {e["file"] for e in listed} - {e["file"] for e in entries} == {f"{SHEETS_ZIP}.zip"}
        pages = [min(e["pages"], BOOKLET_PAGES) if e["id"] == BOOKLET else e["pages"] for e in entries]
        assert len(written[lang]) == sum(pages)
        assert {SLIDES, BOOKLET} <= {e["id"] for e in entries}
        assert (pdf_dir / "proofs" / lang / f"{SLIDES}-p{entries[-1]['pages']}.png").is_file()  # every slide
        assert all(path.stat().st_size > 0 for path in written[lang])
        with Image.open(pdf_dir / "proofs" / f"{lang}.png") as contact:
            assert contact.width > 1000


def test_a_foot_that_runs_into_the_text_is_refused(tiny_print_data: Path) -> None:
    """The foot sits at the bottom of the page and grows upwards: a 119 text long enough to reach
    the sheet's text first loses the notes, then refuses the sheet by name, never overlaps. (A
    refused sheet fails the whole build, which writes nothing: the test above.)"""
    help_box = tiny_print_data / "help.yml"
    long = " ".join(["Un texte beaucoup trop long pour le pied de la fiche."] * 60)
    help_box.write_text(help_box.read_text("utf-8").replace("fr: Gratuit.", f"fr: {long}", 1), "utf-8")
    guide, ed = load_guide(tiny_print_data), edition(ROOT)
    found = {}
    for sheet in all_sheets(guide):
        if sheet.id == "verbe-adapter" and sheet.lang in ("fr", "en"):
            found[sheet.lang] = sheet_problems(sheet, lay_out_sheet(guide, sheet, SITE_URL, ed))
    assert found == {
        "fr": [
            'sheet "verbe-adapter" (fr): its foot (the 119, the source) runs into its text; '
            "shorten its text in data/ or split it"
        ],
        "en": [],
    }


def test_a_foot_moved_down_is_the_foot_laid_out_lower(tiny_print_data: Path) -> None:
    """On a sheet of several pages the build moves the laid-out foot down to the foot of the last
    page (`pad_last_page`) rather than laying the sheet out again with the room above it as padding:
    the same PDF, byte for byte, on each such sheet (glossary, synthesis, session plan)."""
    guide, ed = load_guide(tiny_print_data), edition(ROOT)
    moved = []
    for sheet in all_sheets(guide):
        if sheet.lang != guide.default_language or sheet.pages == 1 or sheet.foot_first:
            continue
        meta = colophon(guide, sheet.lang, page_url(guide, SITE_URL, sheet.lang, sheet.page_url), ed)
        document = render("sheet.html", h=sheet, meta=meta, notes=False)
        room = foot_room(document)
        padded = render("sheet.html", h=sheet, meta=meta, notes=False, foot_room=room)
        pad_last_page(document, "foot", room)
        assert room > 0 and document.write_pdf(**PDF_OPTIONS) == padded.write_pdf(**PDF_OPTIONS), sheet.id
        moved.append(sheet.id)
    assert {"glossaire", "synthese", "plan-de-seance"} <= set(moved)


def test_make_build_after_make_pdf_keeps_the_pdfs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The kit once said « PDF non construits » after `make pdf` then `make build`: the build now
    builds the PDFs again when the site it replaces has them, and says so (the kit lists what is
    built: test_kit_page_lists_every_pdf)."""
    asked: list[bool] = []

    def build_site(root: Path, target: Path, url: str, with_pdf: bool, options: object) -> bool:
        asked.append(with_pdf)
        return True

    monkeypatch.setattr(cli, "build_site", build_site)
    monkeypatch.setattr(cli, "qr_address_ok", lambda url, release: True)
    site = tmp_path / "site"
    (site / "fiches" / "fr").mkdir(parents=True)
    for _ in range(2):  # the first like `make build` after `make pdf`; the second, site/ gone
        assert cli.build(ROOT, site, SITE_URL, with_pdf=False, release=False) == 0
        shutil.rmtree(site)
        site.mkdir()
    assert asked == [True, False]
    assert "site/ has PDFs (make pdf): they are built again with the site" in capsys.readouterr().out
