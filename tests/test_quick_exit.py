"""The quick exit in Chromium (overrides/assets/javascripts/quick-exit.js): Shift three times on
its own leaves, typing capitals never does.

As GOV.UK Frontend's "Exit this page": Shift used as a modifier does not count, any other key
or a pause starts the count again, a status region says how many presses are left and lights on
the button show it, the page is blanked while leaving, and the Back button (a page shown again
from the browser's cache) finds it usable. A tap target of 44 px at least, its label on one line,
and on a phone on screen and usable with the search open.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import yaml
from playwright.sync_api import Browser, Page

from tests.browser import PHONES, WIDTHS
from tests.conftest import DATA, real_guide

INTERFACE = yaml.safe_load((DATA / "interface.yml").read_text("utf-8"))
NEUTRAL = INTERFACE["quick_exit_url"]
STRINGS = real_guide().strings  # as the page shows them: French typeset (« Maj : » with a no-break space)
ROOTS = {"fr": "", "en": "en/", "es": "es/"}
STATUS = "[data-guide-exit-status]"
EXIT = "[data-guide-exit]"
LIT = "[data-guide-exit] .guide-exit__light--on"


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


def lights(page: Page) -> tuple[bool, int]:
    """Whether the button's lights are shown, and how many are lit."""
    shown = page.locator("[data-guide-exit] .guide-exit__indicator").is_visible()
    return shown, page.locator(LIT).count()


def test_the_button_shows_the_count_too(base_url: str, page: Page) -> None:
    """Not only to screen readers: as GOV.UK's indicator, a light per press on the button."""
    page.goto(base_url)
    assert lights(page) == (False, 0)
    page.keyboard.press("Shift")
    assert lights(page) == (True, 1)
    page.keyboard.press("Shift")
    assert lights(page) == (True, 2)
    page.keyboard.press("KeyA")
    assert lights(page) == (False, 0)
    assert page.locator(EXIT).inner_text() == STRINGS["quick_exit"]["fr"]  # the lights add no words


# The exit's box, the number of lines its label takes, and what a tap at its middle reaches.
BOX = """() => {
  const exit = document.querySelector("[data-guide-exit]");
  const box = exit.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(exit.firstChild);
  const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
  const middle = document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
  const field = document.querySelector(".md-search__input").getBoundingClientRect();
  const overlaps = box.left < field.right && box.right > field.left && box.top < field.bottom && box.bottom > field.top;
  return {width: box.width, height: box.height, lines, reached: exit.contains(middle), overlaps,
          onScreen: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight};
}"""


@pytest.mark.parametrize("width", [*PHONES, WIDTHS["desk"]])
@pytest.mark.parametrize("lang", ["fr", "en", "es"])
def test_a_tap_target_with_its_label_on_one_line(browser: Browser, base_url: str, lang: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 640})
    opened = context.new_page()
    opened.goto(base_url + ROOTS[lang] + "acteurs/")
    box = opened.evaluate(BOX)
    context.close()
    assert box["width"] >= 44 and box["height"] >= 44, box
    assert box["lines"] == 1 and box["reached"] and box["onScreen"], box


@pytest.mark.parametrize("width", PHONES)
@pytest.mark.parametrize("lang", ["fr", "en", "es"])
def test_on_a_phone_the_exit_stays_with_the_search_open(browser: Browser, base_url: str, lang: str, width: int) -> None:
    """Material's search covers the whole screen on a phone: it opens under the header instead, and
    the exit stays where it always is, reachable, over nothing of the search; a tap on it leaves."""
    context = browser.new_context(viewport={"width": width, "height": 640})
    opened = context.new_page()
    opened.route(f"{NEUTRAL}**", lambda route: route.fulfill(body="<title>neutral</title>", content_type="text/html"))
    opened.goto(base_url + ROOTS[lang])
    opened.click('label.md-header__button[for="__search"]')
    opened.keyboard.type("urgence")
    opened.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    box = opened.evaluate(BOX)
    open_still = opened.evaluate("document.getElementById('__search').checked")
    opened.click(EXIT)
    opened.wait_for_url(f"{NEUTRAL}**")
    context.close()
    assert open_still
    assert box["reached"] and box["onScreen"] and not box["overlaps"], box
    assert box["width"] >= 44 and box["height"] >= 44 and box["lines"] == 1, box


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
