"""The quick exit in Chromium: Shift three times on its own leaves, typing capitals never does.

As GOV.UK Frontend's "Exit this page": Shift used as a modifier does not count, any other key
or a pause starts the count again, a status region says how many presses are left, the page is
blanked while leaving, and the Back button (a page shown again from the browser's cache) finds
it usable.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import yaml
from playwright.sync_api import Browser, Page

from onpe_guide.data.load import load_guide
from tests.browser import WIDTHS
from tests.conftest import DATA

INTERFACE = yaml.safe_load((DATA / "interface.yml").read_text("utf-8"))
NEUTRAL = INTERFACE["quick_exit_url"]
STRINGS = load_guide(DATA).strings  # as the page shows them: French typeset (« Maj : » with a no-break space)
ROOTS = {"fr": "", "en": "en/", "es": "es/"}
STATUS = "[data-guide-exit-status]"


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A page whose way to the neutral site answers « neutral » (no network needed)."""
    context = browser.new_context(viewport={"width": WIDTHS["desk"], "height": 800})
    opened = context.new_page()
    opened.route(f"{NEUTRAL}**", lambda route: route.fulfill(body="<title>neutral</title>", content_type="text/html"))
    yield opened
    context.close()


def still_here(page: Page, url: str) -> bool:
    """The page has not started leaving: leaving blanks it at once, before the next one loads."""
    return page.url == url and not page.evaluate("document.body.hidden")


def open_search(page: Page) -> None:
    page.click("input.md-search__input")


@pytest.mark.parametrize("word", ["ONPE", "PJJ", "ASE"])
def test_typing_capitals_one_by_one_stays(base_url: str, page: Page, word: str) -> None:
    page.goto(base_url)
    open_search(page)
    for letter in word:
        page.keyboard.press(f"Shift+Key{letter}")  # Shift down, letter down, letter up, Shift up
    assert page.input_value("input.md-search__input") == word
    assert still_here(page, base_url)


def test_typing_with_shift_held_stays(base_url: str, page: Page) -> None:
    page.goto(base_url)
    open_search(page)
    for _ in range(2):  # Shift held over a whole word, twice, then once more
        page.keyboard.down("Shift")
        for letter in "PJJ":
            page.keyboard.press(f"Key{letter}")
        page.keyboard.up("Shift")
    page.keyboard.press("Shift+KeyO")
    assert page.input_value("input.md-search__input") == "PJJPJJO"
    assert still_here(page, base_url)


def test_another_key_between_shifts_starts_again(base_url: str, page: Page) -> None:
    page.goto(base_url)
    for key in ["Shift", "Shift", "ArrowDown", "Shift", "Shift", "Tab", "Shift"]:
        page.keyboard.press(key)
    assert still_here(page, base_url)


@pytest.mark.parametrize("lang", ["fr", "en", "es"])
def test_shift_three_times_leaves_and_replaces_the_page(base_url: str, page: Page, lang: str) -> None:
    first = base_url + ROOTS[lang]
    page.goto(first)
    page.goto(first + "verbes/")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"{NEUTRAL}**")
    page.go_back()
    assert page.url == first  # the guide page left is gone from the history


def test_shift_three_times_from_the_search_box(base_url: str, page: Page) -> None:
    page.goto(base_url)
    open_search(page)
    page.keyboard.type("onpe")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"{NEUTRAL}**")


@pytest.mark.parametrize("lang", ["fr", "en", "es"])
def test_status_says_how_many_presses_are_left(base_url: str, page: Page, lang: str) -> None:
    page.goto(base_url + ROOTS[lang])
    status = page.locator(STATUS)
    assert status.get_attribute("role") == "status" and status.inner_text() == ""
    page.keyboard.press("Shift")
    assert status.inner_text() == STRINGS["quick_exit_press_two"][lang]
    page.keyboard.press("Shift")
    assert status.inner_text() == STRINGS["quick_exit_press_one"][lang]
    page.keyboard.press("KeyA")
    assert status.inner_text() == ""
    page.keyboard.press("Shift")
    assert status.inner_text() == STRINGS["quick_exit_press_two"][lang]  # counting from 1 again


def test_a_pause_starts_the_count_again(base_url: str, page: Page) -> None:
    page.clock.install()  # the page's timers run on a clock the test moves: no waiting
    page.goto(base_url)
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.clock.run_for(6000)  # longer than GOV.UK's 5 s between two presses
    assert page.locator(STATUS).inner_text() == ""
    page.keyboard.press("Shift")
    assert still_here(page, base_url)


def test_the_page_is_blank_while_leaving_and_usable_when_shown_again(base_url: str, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": WIDTHS["phone"], "height": 800})
    page = context.new_page()
    # The neutral site answers « no content »: the browser stays on the page, as it was left, which
    # is what Back shows when the browser keeps pages in its cache (Playwright's Chromium does not).
    page.route(f"{NEUTRAL}**", lambda route: route.fulfill(status=204))
    page.goto(base_url + "moments/")
    with page.expect_request(f"{NEUTRAL}**"):
        page.click("[data-guide-exit]")
    assert page.evaluate("document.body.hidden")
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    assert not page.evaluate("document.body.hidden")
    assert page.locator("[data-guide-exit]").is_visible()
    assert page.locator(STATUS).inner_text() == ""
    context.close()
