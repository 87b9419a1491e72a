"""The site on a phone: no page wider than the screen, the quick exit on screen and over no text.

Every page of every language, at 320 and 390 px (the narrowest phones in use, and a common one).
axe cannot see a page that pans sideways: the matrix's screen-reader words once made the actors
page 614-634 px wide on a 390 px screen, and pushed the quick exit off it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page
from pypdf import PdfReader

from tests.browser import page_urls, serve

pytestmark = pytest.mark.browser
PHONES = [320, 390]

# The exit's box, the page's width (the body: the site keeps the scrollbar's room), and every
# line of visible text outside the header that meets the exit's box (text passing under the
# sticky header later is hidden by the header, not by the exit).
MEASURE = """() => {
  const exit = document.querySelector("[data-guide-exit]");
  const header = document.querySelector(".md-header");
  if (!exit || !header) return null;
  const box = exit.getBoundingClientRect();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const covered = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent.trim() || !parent || header.contains(parent) || !parent.checkVisibility()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      const meets = r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
      if (r.width > 1 && r.height > 1 && meets) covered.push(node.textContent.trim().slice(0, 40));
    }
  }
  return {
    scrollWidth: document.documentElement.scrollWidth, innerWidth: document.body.clientWidth,
    innerHeight: window.innerHeight, inHeader: header.contains(exit),
    box: {left: box.left, right: box.right, top: box.top, bottom: box.bottom}, covered,
  };
}"""


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


def problems_on(page: Page, url: str) -> list[str]:
    """What is wrong with one page at this width, first as loaded, then scrolled to its end."""
    page.goto(url, wait_until="load")
    problems = []
    for moment in ("top", "bottom"):
        if moment == "bottom":
            page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        m = page.evaluate(MEASURE)
        if m is None:
            return [f"{url}: no quick exit"]
        if m["scrollWidth"] > m["innerWidth"]:
            problems.append(f"{url}: {m['scrollWidth']} px wide on a {m['innerWidth']} px screen")
        box = m["box"]
        if box["left"] < 0 or box["top"] < 0 or box["right"] > m["innerWidth"] or box["bottom"] > m["innerHeight"]:
            problems.append(f"{url} ({moment}): quick exit off screen at {box}")
        if not m["inHeader"]:
            problems.append(f"{url}: quick exit is not in the header")
        if moment == "top" and m["covered"]:
            problems.append(f"{url}: quick exit covers text {m['covered'][:3]}")
    return problems


@pytest.mark.parametrize("width", PHONES)
def test_no_page_wider_than_a_phone_and_the_exit_in_view(
    browser: Browser, base_url: str, site: Path, width: int
) -> None:
    urls = page_urls(site)
    assert len(urls) >= 3 * 30, urls  # every page of every language, read from the built site
    context = browser.new_context(viewport={"width": width, "height": 640})
    page = context.new_page()
    problems = [problem for url in urls for problem in problems_on(page, base_url + url)]
    context.close()
    assert problems == []


# In print, at A4's width: every table as wide as it needs and no wider than the article.
TABLES_CUT = """() => {
  const article = document.querySelector("article").getBoundingClientRect();
  return [...document.querySelectorAll("article table")].flatMap(table => {
    const box = table.getBoundingClientRect();
    const cut = box.right > article.right + 1 || table.scrollWidth > table.clientWidth + 1;
    return cut ? [`${Math.round(box.width)} px table in a ${Math.round(article.width)} px article`] : [];
  });
}"""


@pytest.mark.parametrize("lang", ["", "en/", "es/"])
def test_the_matrix_prints_on_a4_with_nothing_cut(browser: Browser, base_url: str, lang: str) -> None:
    """Printed from the browser, the actors page and its who-does-what matrix fit A4 portrait."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(f"{base_url}{lang}acteurs/")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi, as the printed page lays out
    cut = page.evaluate(TABLES_CUT)
    pdf = page.pdf(format="A4", print_background=True)
    context.close()
    assert cut == []
    assert len(PdfReader(io.BytesIO(pdf)).pages) <= 2


FIRST_SCREEN = """() => {
  const audience = document.querySelector(".guide-own-words");
  const helpline = document.querySelector(".admonition.danger a[href^='tel:']");
  // the audience whole; of the helpline's link, its first line, which carries the number
  const first = helpline ? helpline.getClientRects()[0] : null;
  const bottom = audience ? Math.round(audience.getBoundingClientRect().bottom) : null;
  return [bottom, first ? Math.round(first.bottom) : null];
}"""


@pytest.mark.parametrize("lang", ["", "en/", "es/"])
def test_home_first_phone_screen_says_who_it_is_for_and_shows_the_119(
    browser: Browser, base_url: str, lang: str
) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{base_url}{lang}")
    audience, helpline = page.evaluate(FIRST_SCREEN)
    context.close()
    assert audience is not None and helpline is not None
    assert audience <= 640 and helpline <= 640, (audience, helpline)
