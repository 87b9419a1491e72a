"""hreflang `x-default` on every page and in the sitemap: the French page, which prevails."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.browser import page_urls
from tests.conftest import SITE_URL, real_guide

LANGS = [lang.code for lang in real_guide().languages]
XHTML = "{http://www.w3.org/1999/xhtml}link"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def alternates_of(site: Path, url: str) -> list[tuple[str, str]]:
    """The page's `<link rel="alternate" hreflang>` as (hreflang, href), in document order."""
    html = BeautifulSoup((site / url / "index.html").read_text("utf-8"), "html.parser")
    return [(str(link["hreflang"]), str(link["href"])) for link in html.select('link[rel="alternate"][hreflang]')]


def file_of(site: Path, href: str) -> Path:
    """`https://guide.test/en/roles/` -> `site/en/roles/index.html`; the href must be on the site."""
    assert href.startswith(SITE_URL), href
    return site / urlsplit(href).path.removeprefix(urlsplit(SITE_URL).path) / "index.html"


def test_every_page_names_its_french_version_as_x_default(site: Path) -> None:
    urls = page_urls(site)
    assert len(urls) >= 3 * 30  # every page of every language, read from the site
    problems = []
    for url in urls:
        alternates = alternates_of(site, url)
        defaults = [href for lang, href in alternates if lang == "x-default"]
        french = [href for lang, href in alternates if lang == LANGS[0]]
        if len(defaults) != 1 or defaults != french or not file_of(site, defaults[0]).is_file():
            problems.append(f"{url}: x-default {defaults}, {LANGS[0]} {french}")
    assert problems == []


@pytest.mark.parametrize("page", ["404.html", "en/404.html", "es/404.html"])
def test_the_404_page_names_the_home_pages_as_its_alternates(site: Path, page: str) -> None:
    """A 404 page is no page of any language: its alternates (and its switcher) are the three home
    pages, never the last page built's alternates."""
    head = (site / page).read_text("utf-8").split("</head>")[0]
    found = re.findall(r'<link rel="alternate" href="([^"]*)" hreflang="([^"]*)">', head)
    assert found == [("/.", "fr"), ("/en/", "en"), ("/es/", "es")]


def sitemap(site: Path) -> dict[str, dict[str, str]]:
    """`{loc: {hreflang: href}}` from the site's sitemap.xml."""
    root = ET.fromstring((site / "sitemap.xml").read_bytes())
    entries = {}
    for url in root.iter(f"{SITEMAP}url"):
        loc = url.findtext(f"{SITEMAP}loc") or ""
        entries[loc] = {str(link.get("hreflang")): str(link.get("href")) for link in url.iter(XHTML)}
    return entries


def test_the_sitemap_lists_every_page_with_the_same_alternates_as_the_page(site: Path) -> None:
    entries = sitemap(site)
    assert sorted(entries) == sorted(SITE_URL + url for url in page_urls(site))
    problems = []
    for loc, alternates in entries.items():
        on_page = dict(alternates_of(site, urlsplit(loc).path.removeprefix(urlsplit(SITE_URL).path)))
        if sorted(alternates) != sorted([*LANGS, "x-default"]) or alternates != on_page:
            problems.append(f"{loc}: sitemap {alternates}, page {on_page}")
        if alternates.get("x-default") != alternates.get(LANGS[0]):
            problems.append(f"{loc}: x-default is not the {LANGS[0]} page")
    assert problems == []
