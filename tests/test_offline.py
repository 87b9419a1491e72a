"""The offline bundle, unpacked and opened from file:// in Chromium: pages, every link, switcher, search, PDFs."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser

from onpe_guide.outline.catalogue import sheet_catalogue
from onpe_guide.urls import BOOKLET, SHEETS_ZIP
from tests.browser import LANGS, WIDTHS, Watched, language_of, open_search, same_page_in, stands_for_its_kind
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


def bundle_pages(bundle: Path) -> list[str]:
    return sorted(p.relative_to(bundle).as_posix() for p in bundle.rglob("*.html") if p.name != "404.html")


def written_links(bundle: Path, relative: str) -> tuple[list[str], list[tuple[str, str]]]:
    """A page's links as a browser resolves them from its file, and its switcher's (language, link)."""
    base = (bundle / relative).as_uri()
    page = BeautifulSoup((bundle / relative).read_text("utf-8"), "html.parser")
    links = [urljoin(base, str(a["href"])) for a in page.select("a[href]")]
    switcher = [(str(a["hreflang"]), urljoin(base, str(a["href"]))) for a in page.select("a.md-select__link[href]")]
    return links, switcher


def test_every_link_of_every_page_leads_to_a_file(bundle: Path) -> None:
    """Every page's links, as a browser resolves them from the page's file: each to a file (a
    folder does not open from the disk), the switcher to the same page in its language."""
    pages = bundle_pages(bundle)
    assert len(pages) >= 3 * 39
    problems: list[str] = []
    for relative in pages:
        links, switcher = written_links(bundle, relative)
        assert sorted(lang for lang, _ in switcher) == sorted(LANGS), relative
        for lang, href in switcher:
            target = Path(unquote(urlsplit(href).path))
            if target != bundle / same_page_in(relative, lang) or not target.is_file():
                problems.append(f"{relative}: switcher to {lang} leads to {target}")
        for href in links:
            if href.startswith("file:") and not Path(unquote(urlsplit(href).path)).resolve().is_file():
                problems.append(f"{relative}: link to {href}, which is no file")
    assert problems == []


def test_every_kind_of_page_opens_from_the_disk(browser: Browser, bundle: Path) -> None:
    """In Chromium, from file://, one page of each kind in every language (`stands_for_its_kind`:
    a section's entries differ by their texts, which the test above reads on every page; what the
    disk changes is how a page at its depth finds its files): no error, no violation of the
    Content-Security-Policy, nothing asked of the network, the links to files as the test above
    reads them."""
    pages = bundle_pages(bundle)
    opened = [relative for relative in pages if stands_for_its_kind(relative, pages)]
    per_language = {lang: sum(language_of(page) == lang for page in opened) for lang in LANGS}
    assert len(set(per_language.values())) == 1 and per_language[LANGS[0]] >= 20, per_language
    watched = Watched(browser, WIDTHS["desk"])
    problems: list[str] = []
    for relative in opened:
        watched.requests.clear()
        watched.errors.clear()
        watched.page.goto((bundle / relative).as_uri(), wait_until="load")
        problems += [f"{relative}: {e}" for e in watched.errors + watched.violations()]
        problems += [f"{relative}: left the disk for {r}" for r in watched.requests if not r.startswith("file://")]
        shown = watched.page.eval_on_selector_all(
            "a[href]", "as => as.map(a => a.href).filter(href => href.startsWith('file:'))"
        )
        if shown != [link for link in written_links(bundle, relative)[0] if link.startswith("file:")]:
            problems.append(f"{relative}: the links to files shown are not those written")
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
