"""A missing address answers in the reader's language, as GitHub Pages serves it (and `make
preview`): the one root 404.html, with status 404, for every missing path (/en/… included); under
/en/ and /es/ that language's own 404 page takes its place, its whole chrome in that language."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.browser import PHONES, WIDTHS
from tests.conftest import real_guide

GUIDE = real_guide()
MISSING = [("ancienne-page/", "fr"), ("en/verbes/n-existe-pas/", "en"), ("es/roles/viejo/", "es")]
# What a reader meets of the interface: the text shown, the page's title, and the names, hints and
# placeholders of its controls. Text marked as another language (a link to the French home page,
# « Français » in the switcher) is meant to be in that language: left out.
SHOWN = """() => {
  const lang = document.documentElement.lang;
  const words = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !parent.checkVisibility() || parent.closest("[lang]").lang !== lang) continue;
    words.push(node.textContent);
  }
  for (const element of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
    if (element.closest("[lang]").lang !== lang) continue;
    words.push(...["aria-label", "title", "placeholder"].map(name => element.getAttribute(name) || ""));
  }
  return words.join("\\n");
}"""


def normal(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def french_interface_strings(lang: str) -> list[str]:
    """data/interface.yml's French strings that the page in `lang` must not show: those written
    differently in `lang`, without placeholders, as the site shows them (typeset)."""
    strings = GUIDE.strings
    return [
        normal(text["fr"])
        for text in strings.values()
        if "{" not in text["fr"] and normal(text["fr"]) != normal(text[lang]) and len(text["fr"]) > 3
    ]


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": WIDTHS["phone"], "height": 800})
    yield context.new_page()
    context.close()


def open_missing(page: Page, base_url: str, path: str, lang: str) -> int:
    """Go to a missing address as a reader does; the status it was served with (404)."""
    response = page.goto(base_url + path, wait_until="commit")
    page.wait_for_function(f"() => document.documentElement.lang === {lang!r} && document.readyState === 'complete'")
    page.wait_for_function("() => document.querySelector('section.guide-not-found:not([hidden])')")
    return response.status if response else 0


@pytest.mark.parametrize(("path", "lang"), MISSING)
def test_a_missing_address_answers_in_its_language(page: Page, base_url: str, path: str, lang: str) -> None:
    status = open_missing(page, base_url, path, lang)
    shown = page.locator("section.guide-not-found:visible")
    count = shown.count()
    heading = shown.locator("h1").inner_text()
    search = shown.locator("form[role=search]").get_attribute("action")
    homes = page.eval_on_selector_all(".guide-not-found__homes a", "as => as.map(a => [a.lang, a.pathname])")
    switcher = page.eval_on_selector_all("a.md-select__link", "as => as.map(a => [a.hreflang, a.pathname])")
    address = page.evaluate("location.pathname")
    assert status == 404
    assert address == f"/{path}"  # the address asked for stays in the address bar
    assert count == 1 and heading == GUIDE.strings["not_found_title"][lang]
    root = "" if lang == GUIDE.default_language else f"{lang}/"
    assert search is not None and search.rstrip(".") == f"/{root}"
    assert homes == switcher == [["fr", "/"], ["en", "/en/"], ["es", "/es/"]]


@pytest.mark.parametrize(("path", "lang"), MISSING[1:])
def test_the_404_has_its_whole_chrome_in_its_language(page: Page, base_url: str, path: str, lang: str) -> None:
    """Header, search, navigation, footer, the site's name in the title, the quick exit's Shift
    count: once French around an English or Spanish explanation."""
    open_missing(page, base_url, path, lang)
    page.keyboard.press("Shift")  # the quick exit's count, shown and said in the page's language
    shown = normal(page.evaluate(SHOWN))
    title = page.title()
    french = [text for text in french_interface_strings(lang) if re.search(rf"(?<!\w){re.escape(text)}(?!\w)", shown)]
    assert french == []
    assert GUIDE.title[lang] in title and GUIDE.strings["quick_exit"][lang] in shown
    assert normal(GUIDE.strings["quick_exit_press_two"][lang]) in shown


def test_the_french_strings_check_sees_french(page: Page, base_url: str) -> None:
    """The check above finds what it looks for: the French 404 page, read as if it were English."""
    open_missing(page, base_url, "ancienne-page/", "fr")
    shown = normal(page.evaluate(SHOWN))
    found = {t for t in french_interface_strings("en") if t in shown}
    assert {"Quitter ce site", normal(GUIDE.strings["not_found_title"]["fr"])} <= found


@pytest.mark.parametrize("width", [*PHONES, WIDTHS["desk"]])
def test_the_404_searches_in_its_language(browser: Browser, base_url: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    open_missing(page, base_url, "es/roles/viejo/", "es")
    page.fill("section.guide-not-found input[name=q]", "proxenetas")
    page.click("section.guide-not-found button[type=submit]")
    page.wait_for_selector(".md-search-result__item")
    links = page.eval_on_selector_all(".md-search-result__item > a", "as => as.map(a => new URL(a.href).pathname)")
    context.close()
    assert links and all(link.startswith("/es/") for link in links)
