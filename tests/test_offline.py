"""The offline bundle, unpacked and opened from file:// in Chromium: pages, every link, switcher, search, PDFs."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Browser

from onpe_guide.outline.catalogue import sheet_catalogue
from onpe_guide.urls import BOOKLET, SHEETS_ZIP
from tests.browser import LANGS, WIDTHS, Watched, language_of, open_search, same_page_in
from tests.conftest import real_guide

GUIDE = real_guide()


@pytest.fixture(scope="module")
def bundle(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    archive = site / "fiches" / "guide-hors-ligne.zip"
    assert archive.is_file(), "the site links to an offline bundle it does not have"
    target = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(target)
    yield target / "guide-hors-ligne"


def test_every_page_from_the_disk(browser: Browser, bundle: Path) -> None:
    pages = sorted(p.relative_to(bundle).as_posix() for p in bundle.rglob("*.html") if p.name != "404.html")
    assert len(pages) >= 3 * 39
    watched = Watched(browser, WIDTHS["desk"])
    problems: list[str] = []
    for relative in pages:
        watched.requests.clear()
        watched.errors.clear()
        watched.page.goto((bundle / relative).as_uri(), wait_until="load")
        problems += [f"{relative}: {e}" for e in watched.errors]
        problems += [f"{relative}: left the disk for {r}" for r in watched.requests if not r.startswith("file://")]
        for lang, href in watched.page.eval_on_selector_all(
            "a.md-select__link", "as => as.map(a => [a.hreflang, a.href])"
        ):
            target = Path(unquote(urlsplit(href).path))
            if target != bundle / same_page_in(relative, lang) or not target.is_file():
                problems.append(f"{relative}: switcher to {lang} leads to {target}")
        for href in watched.page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)"):  # absolute
            if href.startswith("file:") and not Path(unquote(urlsplit(href).path)).resolve().is_file():
                problems.append(f"{relative}: link to {href}, which is no file")  # a folder does not open
    watched.close()
    assert problems == []


# « urgences » and « urgencias » find only through the stemmer (test_search_stemming.py): it runs from the disk too.
OFFLINE_SEARCHES = [
    ("fr", "securiser"),
    ("en", "rehumanise"),
    ("es", "proxenetas"),
    ("fr", "urgences"),
    ("es", "urgencias"),
]


@pytest.mark.parametrize(("lang", "query"), OFFLINE_SEARCHES)
def test_search_from_the_disk_stays_in_its_language(browser: Browser, bundle: Path, lang: str, query: str) -> None:
    watched = Watched(browser, WIDTHS["desk"])
    page = watched.page
    page.goto((bundle / same_page_in("index.html", lang)).as_uri())
    open_search(page, query)
    links = page.eval_on_selector_all(".md-search-result__item > a", "as => as.map(a => a.href)")
    requests = list(watched.requests)
    watched.close()
    assert links
    assert {language_of(Path(unquote(urlsplit(link).path)).relative_to(bundle).as_posix()) for link in links} == {lang}
    assert all(r.startswith("file://") for r in requests)


def test_the_sheets_are_in_the_bundle(bundle: Path) -> None:
    """Every sheet, the booklet and the slides, and the zip of the sheets the kit page offers."""
    expected = {*(e.id for e in sheet_catalogue(GUIDE)), BOOKLET}
    for lang in LANGS:
        assert {p.stem for p in (bundle / "fiches" / lang).glob("*.pdf")} >= expected
        assert (bundle / "fiches" / lang / f"{SHEETS_ZIP}.zip").is_file()
