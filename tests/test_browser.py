"""The site in a real browser: search per language, accessibility, privacy, switcher, quick exit."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import axe_playwright_python  # used only for the axe.min.js it ships
import pytest
from playwright.sync_api import Browser, ConsoleMessage, Error, Page, Request, Response
from pypdf import PdfReader

from onpe_guide.data.load import load_guide
from tests.browser import WIDTHS, page_urls, serve
from tests.conftest import DATA, SITE_URL

pytestmark = pytest.mark.browser
GUIDE = load_guide(DATA)
LANGS = [lang.code for lang in GUIDE.languages]
AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text("utf-8")
AXE_RUN = "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"


def language_of(url: str) -> str:
    first = url.split("/", 1)[0]
    return first if first in LANGS[1:] else LANGS[0]


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


class Watched:
    """A page whose every request, failed response and console error is recorded."""

    def __init__(self, browser: Browser, width: int) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": 800})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", self._request)
        self.page.on("response", self._response)
        self.page.on("console", self._console)
        self.page.on("pageerror", self._page_error)

    def _request(self, request: Request) -> None:
        self.requests.append(request.url)

    def _response(self, response: Response) -> None:
        if response.status >= 400:
            self.errors.append(f"{response.status} {response.url}")

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def _page_error(self, error: Error) -> None:
        self.errors.append(str(error))

    def close(self) -> None:
        self.context.close()


def open_search(page: Page, query: str) -> None:
    """Open search as a person does, wait for Material's worker, and type."""
    if page.viewport_size and page.viewport_size["width"] < 960:
        page.click('label.md-header__button[for="__search"]')
    else:
        page.click("input.md-search__input")
    page.wait_for_function("() => !!document.querySelector('.md-search-result__meta')")
    page.wait_for_timeout(300)  # the worker builds its index before the first query
    page.keyboard.type(query, delay=20)
    page.wait_for_function(
        "() => document.querySelector('.md-search-result__list') && "
        "!document.querySelector('.md-search-result__meta').textContent.match(/^(Type|Tapez|Escriba)/)"
    )
    page.wait_for_timeout(300)


def axe_violations(page: Page) -> list[str]:
    page.add_script_tag(content=AXE)
    result: dict[str, Any] = page.evaluate(AXE_RUN)
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}" for v in result["violations"]]


def same_page_in(url: str, lang: str) -> str:
    """`en/verbes/adapter/` in Spanish is `es/verbes/adapter/`."""
    current = language_of(url)
    path = url.removeprefix(f"{current}/") if current != LANGS[0] else url
    return path if lang == LANGS[0] else f"{lang}/{path}"


def check_page(watched: Watched, base_url: str, site: Path, url: str, settle: bool) -> list[str]:
    """Load one page and list what is wrong with it: hosts, errors, accessibility, switcher.
    `settle` waits for the network to be idle, so late requests (search index…) are seen too."""
    watched.requests.clear()
    watched.errors.clear()
    watched.page.goto(base_url + url, wait_until="networkidle" if settle else "load")
    problems = [f"{url}: {error}" for error in watched.errors]
    origin = urlsplit(base_url).netloc
    problems += [f"{url}: request to another host: {r}" for r in watched.requests if urlsplit(r).netloc != origin]
    problems += [f"{url}: axe: {v}" for v in axe_violations(watched.page)]
    switcher = watched.page.eval_on_selector_all(
        "a.md-select__link[hreflang]", "as => as.map(a => [a.hreflang, a.href])"
    )
    if sorted(lang for lang, _ in switcher) != sorted(LANGS):
        problems.append(f"{url}: language switcher offers {switcher}")
    for lang, href in switcher:
        target = urlsplit(href).path.removeprefix("/")
        if target != same_page_in(url, lang) or not (site / target / "index.html").is_file():
            problems.append(f"{url}: switcher to {lang} leads to {target!r}, expected {same_page_in(url, lang)!r}")
    return problems


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_every_page(browser: Browser, base_url: str, site: Path, width: int) -> None:
    """Every page, every language: own origin only, no error or 404, axe clean, switcher right."""
    urls = page_urls(site)
    assert len(urls) >= 3 * 30, urls  # read from the built site: every page of every language
    watched = Watched(browser, width)
    settle = width == WIDTHS["phone"]  # requests do not depend on the width: watch them closely once
    problems = [problem for url in urls for problem in check_page(watched, base_url, site, url, settle)]
    cookies = watched.context.cookies()
    watched.close()
    assert problems == []
    assert cookies == []


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("lang", LANGS)
def test_search_dialog_is_accessible(browser: Browser, base_url: str, lang: str, width: int) -> None:
    watched = Watched(browser, width)
    watched.page.goto(base_url + same_page_in("", lang))
    open_search(watched.page, "a")
    violations = axe_violations(watched.page)
    name = watched.page.get_attribute('.md-search[role="dialog"]', "aria-label")
    watched.close()
    assert violations == []
    assert name


SEARCHES = [
    ("fr", "securiser", "Sécuriser"),
    ("fr", "rehumaniser", "Réhumaniser"),
    ("fr", "proxenete", "proxénètes"),
    ("fr", "SÉCURISER", "Sécuriser"),
    ("fr", "l'enfant", "enfant"),
    ("fr", "l’enfant", "enfant"),
    ("fr", "d'urgence", "urgence"),
    ("en", "rehumanise", "Rehumanise"),
    ("en", "pimps", "pimps"),
    ("es", "proxenetas", "proxenetas"),
    ("es", "atencion", "Atención"),
]


@pytest.mark.parametrize(("lang", "query", "found"), SEARCHES, ids=[f"{lang}:{q}" for lang, q, _ in SEARCHES])
def test_search_per_language(browser: Browser, base_url: str, lang: str, query: str, found: str) -> None:
    watched = Watched(browser, WIDTHS["desk"])
    page = watched.page
    page.goto(base_url + same_page_in("", lang))
    open_search(page, query)
    links = page.eval_on_selector_all(".md-search-result__item > a", "as => as.map(a => a.href)")
    marks = page.eval_on_selector_all(".md-search-result mark", "ms => ms.map(m => m.textContent)")
    watched.close()
    assert links, f"no result for {query!r}"
    languages = {language_of(urlsplit(link).path.removeprefix("/")) for link in links}
    assert languages == {lang}
    assert any(found.lower() in mark.lower() for mark in marks), marks  # highlighted, accents kept


def test_search_keeps_suggestions(browser: Browser, base_url: str) -> None:
    watched = Watched(browser, WIDTHS["desk"])
    watched.page.goto(base_url)
    open_search(watched.page, "securi")
    suggestion = watched.page.text_content(".md-search__suggest")
    watched.close()
    assert suggestion and suggestion.lower().startswith("securi")


@pytest.mark.parametrize("lang", LANGS)
def test_quick_exit_replaces_the_page(browser: Browser, base_url: str, lang: str) -> None:
    watched = Watched(browser, WIDTHS["phone"])
    page = watched.page
    neutral = GUIDE.quick_exit_url
    page.route(f"{neutral}**", lambda route: route.fulfill(body="<title>neutral</title>", content_type="text/html"))
    page.goto(base_url + same_page_in("", lang))
    page.goto(base_url + same_page_in("verbes/", lang))
    exit_link = page.locator("[data-guide-exit]")
    assert exit_link.is_visible() and exit_link.inner_text() == GUIDE.strings["quick_exit"][lang]
    exit_link.click()
    page.wait_for_url(f"{neutral}**")
    page.go_back()
    back_at = page.url
    watched.close()
    assert back_at == base_url + same_page_in("", lang)  # the guide page is gone from the history


def test_quick_exit_from_the_keyboard(browser: Browser, base_url: str) -> None:
    watched = Watched(browser, WIDTHS["desk"])
    page = watched.page
    page.route(f"{GUIDE.quick_exit_url}**", lambda route: route.fulfill(body="neutral", content_type="text/html"))
    page.goto(base_url + "moments/")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"{GUIDE.quick_exit_url}**")
    watched.close()


CONTROLS = {  # what a keyboard user must reach on every page
    "quick exit": "[data-guide-exit]",
    "language switcher": "a.md-select__link",
    "search": ".md-search__input, label[for='__search']",
    "content link": "article a[href]",
    "footer link": ".guide-footer-links a",
}
FOCUS_STATE = """(controls) => {
  const e = document.activeElement, s = getComputedStyle(e);
  const ring = s.outlineStyle !== 'none' || s.boxShadow !== 'none';
  const shown = e.getBoundingClientRect().width > 0 && e !== document.body;
  const names = Object.keys(controls).filter(name => e.matches(controls[name]));
  return [names, shown && !ring ? e.outerHTML.slice(0, 80) : null];
}"""


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_keyboard_only(browser: Browser, base_url: str, width: int) -> None:
    """A skip link first, focus always visible, and every kind of control reachable with Tab."""
    watched = Watched(browser, width)
    page = watched.page
    page.goto(base_url + "acteurs/")
    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement.className")
    reached: set[str] = set()
    unringed: list[str] = []
    for _ in range(150):
        names, unringed_here = page.evaluate(FOCUS_STATE, CONTROLS)
        reached.update(names)
        if unringed_here:
            unringed.append(unringed_here)
        page.keyboard.press("Tab")
    watched.close()
    assert "md-skip" in first
    assert unringed == []
    assert reached == set(CONTROLS)


CHROME = [
    ".md-header",
    ".md-sidebar",
    ".md-footer",
    ".md-search",
    ".guide-exit",
    ".guide-download",
    ".md-content__button",
]


@pytest.mark.parametrize("lang", LANGS)
def test_print_shows_the_content_its_source_and_address(browser: Browser, base_url: str, lang: str) -> None:
    watched = Watched(browser, WIDTHS["desk"])
    page = watched.page
    page.goto(base_url + same_page_in("references/", lang))
    page.emulate_media(media="print")
    shown = page.evaluate(
        "sels => sels.filter(s => [...document.querySelectorAll(s)].some(e => getComputedStyle(e).display !== 'none'))",
        CHROME,
    )
    address = page.inner_text(".guide-credit")
    after = page.evaluate(
        "getComputedStyle(document.querySelector('article a[href^=\"https://www.onpe\"]'), '::after').content"
    )
    pdf = page.pdf(format="A4", print_background=True)
    watched.close()
    assert shown == []
    assert "ONPE" in address and f"{SITE_URL}{same_page_in('references/', lang)}" in address
    assert "https://www.onpe.gouv.fr" in after  # external links print their address
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1  # and no blank trailing page
