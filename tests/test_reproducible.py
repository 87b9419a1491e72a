"""Two clean builds of one commit are byte-identical, dated by the commit, not by the clock: the
PDFs, laid out in two processes, and the site."""

from __future__ import annotations

import filecmp
import zipfile
from pathlib import Path

from pypdf import PdfReader

from onpe_guide.bundle import zip_files
from onpe_guide.edition import edition
from onpe_guide.outline.catalogue import sheet_catalogue
from onpe_guide.print.colophon import plain_date
from onpe_guide.print.deck import lay_out_deck
from onpe_guide.print.pdf import _booklet, lay_out_sheet
from onpe_guide.print.sheets import all_sheets
from onpe_guide.print.weasy import write
from onpe_guide.urls import SHEETS_ZIP, SLIDES
from tests.conftest import ROOT, SITE_URL, committed, real_guide, run_cli

LANGS = ("fr", "en", "es")


def differences(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right)
    found = [f"{left}/{name}" for name in comparison.diff_files + comparison.left_only + comparison.right_only]
    for sub in comparison.common_dirs:
        found += differences(left / sub, right / sub)
    return found


def test_the_pdfs_laid_out_again_are_identical_and_dated_by_the_commit(site: Path, tmp_path: Path) -> None:
    """The real site's PDFs, laid out by `build --pdf` in a process of their own (another hash
    seed, another clock), and laid out again in this one: a sheet of each kind, the booklet and the
    slides of the first language, the same bytes; each language's zip of the sheets, made again
    from its PDFs, the same bytes too. What makes a layout differ from the next (dates, orders,
    names) is in each kind of document, not in how many of them there are."""
    guide, ed, lang = real_guide(), edition(ROOT), LANGS[0]
    kind_of = {entry.id: entry.kind for entry in sheet_catalogue(guide)}
    kinds = {kind_of[sheet.id]: sheet for sheet in reversed(all_sheets(guide)) if sheet.lang == lang}
    assert len(kinds) >= 10  # verbs, moments, actors, provisions, matrix, synthesis, plan, glossary, exercises, key
    for sheet in kinds.values():
        write(lay_out_sheet(guide, sheet, SITE_URL, ed), tmp_path / lang / sheet.file_name)
    _booklet(guide, lang, tmp_path, SITE_URL, ed)
    write(lay_out_deck(guide, lang, ed)[0], tmp_path / lang / f"{SLIDES}.pdf")
    again = sorted(p.name for p in (tmp_path / lang).iterdir())
    assert len(again) == len(kinds) + 2
    fiches = site / "fiches"
    differ = [name for name in again if not filecmp.cmp(tmp_path / lang / name, fiches / lang / name, shallow=False)]
    assert differ == []
    for code in LANGS:
        built = fiches / code / f"{SHEETS_ZIP}.zip"
        with zipfile.ZipFile(built) as archive:
            names = archive.namelist()
        zip_files([(name, fiches / code / name) for name in names], tmp_path / f"{code}.zip", ed.timestamp)
        assert len(names) >= 14 and (tmp_path / f"{code}.zip").read_bytes() == built.read_bytes()
    reader = PdfReader(fiches / lang / "verbe-adapter.pdf")
    created = str(reader.metadata.get("/CreationDate", "")) if reader.metadata else ""
    assert created.startswith("D:" + ed.date.replace("-", ""))
    assert plain_date(guide, lang, ed.date) in (reader.pages[0].extract_text() or "")  # the commit's, on paper


def test_two_builds_of_the_site_are_identical_and_dated_by_the_commit(tmp_path: Path, tiny_whole_project: Path) -> None:
    """The whole project with the tiny data, built twice: every page, the sitemap, the search
    indexes, the open data. (Its PDFs: the test above; `build --pdf` lays out the same way.)"""
    committed(tiny_whole_project)
    for name in ("one", "two"):  # one after the other: a build writes its pages into the project's docs/
        result = run_cli("build", "--site-dir", str(tmp_path / name), cwd=tiny_whole_project)
        assert result.returncode == 0, result.stderr
    assert differences(tmp_path / "one", tmp_path / "two") == []
    files = [p for p in (tmp_path / "one").rglob("*") if p.is_file()]
    assert any(p.name == "sitemap.xml" for p in files) and any(p.name == "search_index.json" for p in files)
    assert "<lastmod>2020-01-02</lastmod>" in (tmp_path / "one" / "sitemap.xml").read_text("utf-8")
