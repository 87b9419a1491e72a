"""Two clean builds of one commit are byte-identical, dated by the commit, not by the clock: the
PDFs, laid out in two processes, and the site."""

from __future__ import annotations

import filecmp
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from tests.conftest import committed, run_cli

LANGS = ("fr", "en", "es")


def differences(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right)
    found = [f"{left}/{name}" for name in comparison.diff_files + comparison.left_only + comparison.right_only]
    for sub in comparison.common_dirs:
        found += differences(left / sub, right / sub)
    return found


def test_the_pdfs_laid_out_again_are_identical_and_dated_by_the_commit(
    tmp_path: Path, tiny_pdfs: tuple[Path, Any]
) -> None:
    """The tiny data's PDFs (`tiny_pdfs`, laid out in a test process) and `make pdf` run again in
    another process (another hash seed, another clock): the same bytes, the zips of the sheets and
    the manifest included. What makes a layout differ from the next (dates, orders, names) does
    not depend on how much data there is; the real data's layout took a minute."""
    first = tiny_pdfs[0]
    result = run_cli("--root", str(first.parent), "pdf", "--out", str(tmp_path / "again"), cwd=first.parent)
    assert result.returncode == 0, result.stderr
    assert differences(first, tmp_path / "again") == []
    pdfs = {lang: sorted(p.name for p in (first / lang).glob("*.pdf")) for lang in LANGS}
    assert pdfs["fr"] == pdfs["en"] == pdfs["es"] and len(pdfs["fr"]) >= 14  # sheets, booklet, slides
    sheet = PdfReader(first / "fr" / "verbe-adapter.pdf")
    assert str(sheet.metadata.get("/CreationDate", "")).startswith("D:20200102") if sheet.metadata else False
    assert "2 janvier 2020" in (sheet.pages[0].extract_text() or "")  # a plain date on paper


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
