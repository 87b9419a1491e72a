"""Helpers for the browser tests (and the bench): the system Chromium and its flags, a local server,
the page list, a watched tab, axe-core, Material's search as a person uses it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import axe_playwright_python  # used only for the axe.min.js it ships
import pytest
import yaml
from playwright.sync_api import Browser, ConsoleMessage, Error, Page, Request, Response, ViewportSize

# Without the background-networking flags, Chromium floods the closed network with requests.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
WIDTHS = {"phone": 390, "desk": 1280}  # the widths docs/accessibilite.*.md names


def chromium_path() -> str:
    """The system Chromium; never a downloaded one: CHROMIUM_PATH, else Debian's headless shell
    (the build Playwright itself runs headless: the same Blink, a quarter less CPU than the full
    browser on the page checks), else the full browser. Fails (not skips) with how to get one."""
    candidates = [
        os.environ.get("CHROMIUM_PATH"),
        shutil.which("chromium-headless-shell"),
        shutil.which("chromium"),
        "/usr/bin/chromium",
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    pytest.fail(
        "The browser tests need Chromium and found none. On Debian: `apt-get install chromium-headless-shell` "
        "(or `chromium`); elsewhere, set CHROMIUM_PATH to a Chromium or Chrome executable.",
        pytrace=False,
    )


def page_urls(site: Path) -> list[str]:
    """Every page of the built site, as URLs relative to its root, read from the site itself."""
    pages = []
    for index in sorted(site.rglob("index.html")):
        relative = index.parent.relative_to(site).as_posix()
        if relative.split("/")[-1] != "search":
            pages.append("" if relative == "." else f"{relative}/")
    return pages


AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text("utf-8")
# resultTypes: only the violations are gathered in full (the same violations, in less time).
AXE_RUN = (
    "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
    " resultTypes: ['violations']})"
)


def _languages() -> list[str]:
    """The site's languages, French first, as data/interface.yml lists them."""
    interface = yaml.safe_load((Path(__file__).resolve().parent.parent / "data" / "interface.yml").read_text("utf-8"))
    return [language["code"] for language in interface["languages"]]


LANGS = _languages()


def language_of(url: str) -> str:
    first = url.split("/", 1)[0]
    return first if first in LANGS[1:] else LANGS[0]


def stands_for_its_kind(url: str, urls: Sequence[str]) -> bool:
    """Whether `url` (`en/verbes/adapter/`, or `en/verbes/adapter.html` in the offline bundle)
    stands for its kind of page in its language: every page that is not a section's entry (home,
    overviews, the kit, the hand-written pages) and the first entry of each section. A section's
    entries differ from each other by their texts only (one template, one depth)."""
    lang, page = language_of(url), _as_folder(url)
    root = "" if lang == LANGS[0] else f"{lang}/"
    path = page.removeprefix(root)
    if path.count("/") <= 1:
        return True
    section = f"{root}{path.split('/')[0]}/"
    siblings = [_as_folder(u) for u in urls if u.startswith(section) and language_of(u) == lang]
    return page == min(u for u in siblings if u.count("/") == page.count("/"))


def _as_folder(url: str) -> str:
    """`a/index.html` and `a.html` (the offline bundle's addresses) as `a/`."""
    page = url.removesuffix("index.html")
    return f"{page.removesuffix('.html')}/" if page.endswith(".html") else page


# Every `securitypolicyviolation` a document sees, from its first script on (an init script).
LISTEN = """window.__violations = [];
document.addEventListener("securitypolicyviolation", e => window.__violations.push(
  `${e.violatedDirective} ${e.blockedURI} ${e.sample}`), true);"""


class Watched:
    """A page whose every request, failed response, console error and Content-Security-Policy
    violation (`violations`) is recorded. With `axe`, axe-core (with `htmlcs`, HTML_CodeSniffer) is
    put into every document it opens (an init script, which a Content-Security-Policy does not
    block; parsing it is a sixth of a page's load)."""

    def __init__(
        self, browser: Browser, width: int, height: int = 800, axe: bool = False, htmlcs: bool = False
    ) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        for script in [LISTEN] + ([AXE] if axe else []) + ([sniffer()] if htmlcs else []):
            self.context.add_init_script(script)
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
        if message.type == "error" or "Content Security Policy" in message.text:
            self.errors.append(message.text)

    def _page_error(self, error: Error) -> None:
        self.errors.append(str(error))

    def violations(self) -> list[str]:
        """The policy's violations in the open document."""
        found: list[str] = self.page.evaluate("window.__violations")
        return found

    def close(self) -> None:
        self.context.close()


# The page's heading (the first one shown), brought into view: where a reader's pointer passes.
HEADING_CENTRE = """() => { const h = [...document.querySelectorAll("h1")].find(h => h.checkVisibility());
  if (!h) return null;
  h.scrollIntoView({block: "nearest"});
  const r = h.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2]; }"""
# The quick exit's address, if the page has one quick exit and shows it.
EXIT_HREF = """() => { const e = document.querySelectorAll("[data-guide-exit]");
  const shown = e.length === 1 && e[0].checkVisibility({visibilityProperty: true, opacityProperty: true})
    && e[0].getBoundingClientRect().width > 0;
  return shown ? e[0].getAttribute("href") : null; }"""


def pass_over_heading(page: Page) -> bool:
    """The mouse moved onto the page's heading as a reader's pointer passes over it (an onmouseover
    of a text would fire); False if the page shows none. (Playwright's `hover` first waits for the
    heading to keep still over two frames: a third of a page's visit, for no more events.)"""
    centre = page.evaluate(HEADING_CENTRE)
    if centre is None:
        return False
    page.mouse.move(*centre)
    return True


def quick_exit_href(page: Page) -> str | None:
    """Where the page's quick exit leads, or None if it has not exactly one, shown."""
    href: str | None = page.evaluate(EXIT_HREF)
    return href


# Material's search prompt (« Taper pour démarrer la recherche »…) in the page's language, read from
# the translations Material puts in its `__config`: shown once its worker has loaded the index.
PROMPT = "JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder']"
META = "document.querySelector('.md-search-result__meta')"
SETTLED = "document.getAnimations().every(a => a.playState !== 'running')"  # transitions done


def wait_for_search_ready(page: Page) -> None:
    """Wait until Material's search worker, started by the first use of the search box
    (adapt-material.js), has loaded the index and its stemmers."""
    page.wait_for_function(f"() => {META} && {META}.textContent === {PROMPT}")


def open_search(page: Page, query: str) -> None:
    """Open search as a person does, wait for Material's worker to be ready, enter the query, and
    wait for its results (or the word that there are none) to replace the prompt, transitions
    finished. Material searches at each key released: the query is filled but for its last
    letter, which is typed, so that the first results shown are the whole query's, not a prefix's."""
    if page.viewport_size and page.viewport_size["width"] < 960:
        page.click('label.md-header__button[for="__search"]')
    else:
        page.click("input.md-search__input")
    wait_for_search_ready(page)
    page.fill("input.md-search__input", query[:-1])  # no key released: no search
    page.keyboard.type(query[-1])
    page.wait_for_function(f"() => {META}.textContent !== {PROMPT} && {SETTLED}")


def search_again(page: Page, query: str) -> None:
    """A new query in the search already open, as a person types one over the last: the box
    emptied and a key released (Material shows its prompt again), then the query as `open_search`
    enters it."""
    page.fill("input.md-search__input", "")
    page.keyboard.press("Backspace")
    page.wait_for_function(f"() => {META}.textContent === {PROMPT}")
    page.fill("input.md-search__input", query[:-1])
    page.keyboard.type(query[-1])
    page.wait_for_function(f"() => {META}.textContent !== {PROMPT} && {SETTLED}")


class Searcher:
    """One desk tab per language, its search open, for query after query: opening the search starts
    its worker, which loads and indexes the language's pages, most of what a search costs."""

    def __init__(self, browser: Browser, base_url: str) -> None:
        self.browser, self.base_url = browser, base_url
        self.tabs: dict[str, Watched] = {}

    def search(self, lang: str, query: str) -> Watched:
        """The tab of `lang` showing the results of `query`; its errors are this search's only."""
        tab = self.tabs.get(lang)
        if tab is None:
            tab = self.tabs[lang] = Watched(self.browser, WIDTHS["desk"])
            tab.page.goto(self.base_url + same_page_in("", lang))
            open_search(tab.page, query)
        else:
            tab.errors.clear()
            search_again(tab.page, query)
        return tab

    def close(self) -> None:
        for tab in self.tabs.values():
            tab.close()


# Every transition and finite animation brought to its end at once (an infinite one has none).
FINISH = "document.getAnimations().forEach(a => { try { a.finish() } catch (infinite) {} })"


def turn(page: Page, size: ViewportSize) -> None:
    """The window set to `size`, as a tablet turned or a window widened, its transitions ended as
    they end after a moment (axe measured the search box's colours half-way, at 1280 px; waiting
    for them was half of a page's visit)."""
    page.set_viewport_size(size)
    page.evaluate(FINISH)


def axe_violations(page: Page) -> list[str]:
    """What axe-core (WCAG 2.0 and 2.1, A and AA) finds on the page, one line per rule broken."""
    result: dict[str, Any] = page.evaluate(AXE_RUN)
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}" for v in result["violations"]]


# HTML_CodeSniffer (the engine pa11y runs), WCAG 2 AA: a second accessibility engine, which checks
# other things than axe (a form without a submit button, a field without a name). Offline, from the
# npm package `@pa11y/html_codesniffer` (pinned in package.json, the version pa11y uses), put into
# each page as axe is. Its warnings and notices ask for a person's judgement: only its errors count.
HTMLCS = Path(__file__).resolve().parent.parent / "node_modules" / "@pa11y" / "html_codesniffer" / "build" / "HTMLCS.js"
HTMLCS_RUN = """() => new Promise((resolve, reject) => HTMLCS.process("WCAG2AA", document,
  error => error ? reject(error) : resolve(HTMLCS.getMessages().filter(m => m.type === HTMLCS.ERROR)
      .map(m => `${m.code}: ${m.element.outerHTML.slice(0, 100)}`))))"""
HTMLCS_VIEWPORT: ViewportSize = {"width": 1280, "height": 1024}  # pa11y's default


def sniffer() -> str:
    """HTML_CodeSniffer's script, or a failure that says how to get it (never a skip)."""
    if not HTMLCS.is_file():
        pytest.fail(
            f"The browser tests need HTML_CodeSniffer ({HTMLCS}): run `npm ci` (Node.js and npm: "
            "`apt-get install nodejs npm` on Debian), or `make test`, which does.",
            pytrace=False,
        )
    return HTMLCS.read_text("utf-8")


def same_page_in(url: str, lang: str) -> str:
    """`en/verbes/adapter/` in Spanish is `es/verbes/adapter/`."""
    current = language_of(url)
    path = url.removeprefix(f"{current}/") if current != LANGS[0] else url
    return path if lang == LANGS[0] else f"{lang}/{path}"


PHONES = (320, 390)  # the narrowest phone in use, and a common one
PHONE_HEIGHT = 640
