"""The site on a phone and on paper: the matrix printed on A4, the home page's first phone screen.

That no page is wider than a phone (320 and 390 px) and that the quick exit is on screen and over
no text is checked on every page by test_browser.test_every_page, with the page already loaded:
axe cannot see a page that pans sideways (the matrix's screen-reader words once made the actors
page 614-634 px wide on a 390 px screen, and pushed the quick exit off it).
"""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import Browser
from pypdf import PdfReader

from tests.browser import (
    HTMLCS_VIEWPORT,
    PHONE_HEIGHT,
    PHONES,
    WIDTHS,
    Watched,
    pass_over_heading,
    quick_exit_href,
    turn,
)
from tests.layout import cut_titles, heading_problems, phone_problems

MOVES = {  # what once happened, or could: element styles set from script (the policy allows them)
    "pans": ("document.querySelector('article p').style.minWidth = '600px'", "px wide on a"),
    "over text": (
        "Object.assign(document.querySelector('[data-guide-exit]').style, {position: 'fixed', top: '200px'})",
        "quick exit covers text",
    ),
    "off screen": (
        "Object.assign(document.querySelector('[data-guide-exit]').style, {position: 'fixed', top: '900px'})",
        "quick exit off screen",
    ),
    "out of the header": ("document.body.append(document.querySelector('[data-guide-exit]'))", "not in the header"),
    "hidden": ("document.querySelector('[data-guide-exit]').style.visibility = 'hidden'", "hidden or under"),
    "transparent": ("document.querySelector('[data-guide-exit]').style.opacity = '0'", "hidden or under"),
    "not displayed": ("document.querySelector('[data-guide-exit]').style.display = 'none'", "hidden or under"),
    "under a layer": (
        "document.body.append(document.createElement('div')); "
        "document.body.lastChild.style.cssText = 'position:fixed;inset:0;z-index:99;background:white'",
        "hidden or under",
    ),
    "gone": ("document.querySelector('[data-guide-exit]').remove()", "no quick exit"),
}


@pytest.mark.parametrize("move", MOVES)
def test_the_phone_check_sees_what_it_looks_for(browser: Browser, base_url: str, move: str) -> None:
    """test_browser.test_every_page checks every page with phone_problems: it finds nothing on the
    real pages, and each of these faults once put on one."""
    watched = Watched(browser, PHONES[0], PHONE_HEIGHT)
    watched.page.goto(base_url + "acteurs/")
    before = phone_problems(watched.page)
    script, expected = MOVES[move]
    watched.page.evaluate(script)
    after = phone_problems(watched.page)
    watched.close()
    assert before == []
    assert any(expected in problem for problem in after), after


RUNNING = "document.getAnimations().filter(a => a.playState === 'running').length"


def test_a_turned_window_is_measured_once_its_transitions_end(browser: Browser, base_url: str) -> None:
    """test_every_page turns each page from phone to desk (`turn`): the header's and the search
    box's transitions that a resize starts are ended at once, as they end after a moment (axe
    measured the search box's colours half-way, a contrast the page never keeps)."""
    watched = Watched(browser, PHONES[0], PHONE_HEIGHT)
    watched.page.goto(base_url)
    watched.page.set_viewport_size(HTMLCS_VIEWPORT)
    started = watched.page.evaluate(RUNNING)
    turn(watched.page, {"width": PHONES[0], "height": PHONE_HEIGHT})
    turn(watched.page, HTMLCS_VIEWPORT)
    left = watched.page.evaluate(RUNNING)
    watched.close()
    assert started > 0 and left == 0


@pytest.mark.parametrize("width", [*PHONES, WIDTHS["desk"]])
def test_the_heading_check_sees_a_heading_larger_than_the_page_s(browser: Browser, base_url: str, width: int) -> None:
    """test_browser.test_every_page checks every page with heading_problems at each width: the page's
    heading (h1) is its largest text. On a phone it once was not (a 24 px h1 under 25 px h2s)."""
    watched = Watched(browser, width, PHONE_HEIGHT)
    watched.page.goto(base_url + "acteurs/")
    before = heading_problems(watched.page)
    watched.page.evaluate("document.querySelector('.md-content h2').style.fontSize = '3rem'")
    after = heading_problems(watched.page)
    watched.page.evaluate("document.querySelector('.md-content h1').remove()")
    gone = heading_problems(watched.page)
    watched.close()
    assert before == []
    assert any(problem.startswith(f"{width} px: larger than the") and " h2 " in problem for problem in after), after
    assert gone == [f"{width} px: no page heading (h1) shown"]


def test_the_foot_check_sees_a_cut_title(browser: Browser, base_url: str) -> None:
    """test_browser.test_every_page checks every page with cut_titles: the next page's title at the
    foot was cut (« Des expériences de collab… ») at 390 px, as Material sets it."""
    watched = Watched(browser, 390, PHONE_HEIGHT)
    watched.page.goto(base_url + "dispositifs/")
    before = cut_titles(watched.page)
    watched.page.evaluate(
        "document.querySelectorAll('.md-footer__title').forEach(e => e.style.whiteSpace = 'nowrap');"
        "document.querySelectorAll('.md-footer__title .md-ellipsis').forEach(e => e.style.overflow = 'hidden')"
    )
    after = cut_titles(watched.page)
    watched.close()
    assert before == []
    assert after and after[0].startswith("390 px: the foot's link is cut: "), after


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
  const helpline = document.querySelector(".guide-help a[href^='tel:']");
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


def test_the_pointer_passes_over_the_heading_and_the_quick_exit_is_read(browser: Browser, base_url: str) -> None:
    """What test_accepted and the hostile site's test look at on every page: moving the pointer
    onto the heading fires its `mouseover` (as `hover` did), a page without a heading says so,
    and the quick exit's address is read only when there is one, shown."""
    watched = Watched(browser, WIDTHS["desk"])
    page = watched.page
    page.goto(base_url)
    page.evaluate("document.querySelector('h1').addEventListener('mouseover', () => { window.__over = 1 })")
    passed, over, href = pass_over_heading(page), page.evaluate("window.__over"), quick_exit_href(page)
    page.evaluate("document.querySelector('[data-guide-exit]').style.visibility = 'hidden'")
    hidden = quick_exit_href(page)
    page.evaluate("document.querySelectorAll('h1').forEach(h => h.remove())")
    without = pass_over_heading(page)
    watched.close()
    assert passed and over == 1 and href and href.startswith("https://")
    assert hidden is None and without is False
