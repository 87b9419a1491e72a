"""The site in a real browser: search per language, accessibility, privacy, switcher, quick exit."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser
from pypdf import PdfReader

from onpe_guide.urls import HANDWRITTEN, generated_pages, page_url
from tests.browser import (
    HTMLCS_RUN,
    HTMLCS_VIEWPORT,
    PHONE_HEIGHT,
    PHONES,
    WIDTHS,
    Searcher,
    Watched,
    axe_violations,
    language_of,
    open_search,
    page_urls,
    same_page_in,
    stands_for_its_kind,
    turn,
)
from tests.conftest import SITE_URL, real_guide
from tests.layout import cut_titles, heading_problems, phone_problems

GUIDE = real_guide()
LANGS = [lang.code for lang in GUIDE.languages]


def expected_urls() -> list[str]:
    """Every page of every language, from the guide (the built site is checked to hold exactly these)."""
    pages = [*generated_pages(GUIDE), *HANDWRITTEN]
    return [page_url(GUIDE, "", lang, url_path(page)).removeprefix("/") for page in pages for lang in LANGS]


def url_path(page: str) -> str:
    """`verbes/adapter.md` -> `verbes/adapter/`, `verbes/index.md` -> `verbes/`, `index.md` -> ``."""
    stem = page.removesuffix(".md").removesuffix("index")
    return stem if not stem or stem.endswith("/") else f"{stem}/"


URLS = expected_urls()


def test_the_browser_checks_every_page_the_site_has(site: Path) -> None:
    assert sorted(page_urls(site)) == sorted(URLS)


@pytest.fixture(scope="module")
def tab(browser: Browser) -> Iterator[Watched]:
    """One tab, reused from page to page (a new context per page costs more than the checks), turned
    from phone to desk on each page rather than loading it twice (a load is a fifth of a visit)."""
    opened = Watched(browser, PHONES[0], PHONE_HEIGHT, axe=True, htmlcs=True)
    yield opened
    opened.close()


def axe_where(url: str) -> tuple[int, ...]:
    """The widths axe-core runs at on a page: each home at 390 and 1280 px; in every language, at
    390 px the pages that stand for their kind (`stands_for_its_kind`), and at 1280 px too in the
    first language. A section's entries share their template, and a language's pages their
    chrome: they differ by their texts, and what a text can break (an empty name, a language tag,
    an id, a heading's level) HTML_CodeSniffer and the Nu checker look for on every page of every
    language. (axe's run is two thirds of a visit: it computes every element's style and every
    text's contrast.)"""
    lang, phone, desk = language_of(url), WIDTHS["phone"], WIDTHS["desk"]
    if url == same_page_in("", lang):
        return (phone, desk)
    if not stands_for_its_kind(url, URLS):
        return ()
    return (phone, desk) if lang == LANGS[0] else (phone,)


def phones_where(url: str) -> tuple[int, ...]:
    """The phone widths a page's layout is measured at: 320 px on every page (where a long word
    pushes a page sideways first), 390 px too on the pages that stand for their kind (the header,
    its quick exit and the search box are a language's, the same on its every page)."""
    return PHONES if stands_for_its_kind(url, URLS) else PHONES[:1]


@pytest.mark.parametrize("url", URLS, ids=lambda url: url or "home")
def test_every_page(tab: Watched, base_url: str, site: Path, url: str) -> None:
    """Every page, every language, loaded on a phone then turned to a desk: no error or 404, no
    violation of the Content-Security-Policy, own origin only, nothing of the search loaded (it
    loads on first use), no cookie, and the language switcher leads to the same page. At 320 px
    (and 390 px where `phones_where` says): no sideways scrolling, the quick exit in the header, on
    screen and over no text. At 1280 px, HTML_CodeSniffer (WCAG 2 AA) finds no error. axe-core is
    clean where `axe_where` says. At every width, the page's heading is its largest text, and the
    titles of the previous and next pages at its foot are whole."""
    page = tab.page
    tab.requests.clear()
    tab.errors.clear()
    page.set_viewport_size({"width": PHONES[0], "height": PHONE_HEIGHT})
    page.goto(base_url + url, wait_until="load")
    layout, violations = [], []
    for phone_width in phones_where(url):
        turn(page, {"width": phone_width, "height": PHONE_HEIGHT})
        layout += phone_problems(page) + heading_problems(page) + cut_titles(page)
    axe = axe_where(url)
    violations += [f"{WIDTHS['phone']} px: {v}" for v in axe_violations(page)] if WIDTHS["phone"] in axe else []
    turn(page, HTMLCS_VIEWPORT)
    layout += heading_problems(page) + cut_titles(page)
    violations += [f"{WIDTHS['desk']} px: {v}" for v in axe_violations(page)] if WIDTHS["desk"] in axe else []
    sniffed = page.evaluate(HTMLCS_RUN)
    origin = urlsplit(base_url).netloc
    assert tab.errors == [] and tab.violations() == []  # the Content-Security-Policy too (test_csp)
    assert [r for r in tab.requests if urlsplit(r).netloc != origin] == []
    assert searching(tab.requests) == []  # search loads on first use only
    assert violations == []
    assert sniffed == []
    assert layout == []
    assert tab.context.cookies() == []
    switcher = page.eval_on_selector_all(
        "a.md-select__link[hreflang]", "as => as.map(a => [a.hreflang, new URL(a.href).pathname.slice(1)])"
    )
    assert sorted(lang for lang, _ in switcher) == sorted(LANGS)
    for lang, target in switcher:
        assert target == same_page_in(url, lang) and (site / target / "index.html").is_file()


def test_axe_and_the_390_px_check_run_on_one_page_of_each_kind_in_each_language() -> None:
    phone, desk = WIDTHS["phone"], WIDTHS["desk"]
    sections = ("verbes/", "moments/", "acteurs/", "roles/", "dispositifs/")
    for lang in LANGS:
        assert axe_where(same_page_in("", lang)) == (phone, desk)
        pages = [same_page_in(url, LANGS[0]) for url in URLS if language_of(url) == lang]
        widths = {page: axe_where(same_page_in(page, lang)) for page in pages}
        kinds = {page for page in pages if widths[page] == ((phone, desk) if lang == LANGS[0] else (phone,))}
        turned = {page for page in pages if phones_where(same_page_in(page, lang)) == PHONES}
        assert kinds | {same_page_in("", LANGS[0])} == turned | {same_page_in("", LANGS[0])}
        # the home, the overviews, the kit and the hand-written pages: each its own kind
        assert {page for page in pages if page.count("/") <= 1} <= turned
        for section in sections:
            entries = {page for page in pages if page.startswith(section) and page != section}
            assert len(entries) > 1 and len(entries & kinds) == 1  # one entry of each section
        assert all(widths[page] == () for page in pages if page not in turned)
        assert all(phones_where(same_page_in(page, lang))[0] == PHONES[0] for page in pages)  # 320 px everywhere


# What the search loads: our worker and Material's, the index, lunr's language scripts.
SEARCH_FILES = ("/assets/javascripts/workers/", "/search/search_index.", "/assets/javascripts/lunr/")


def searching(requests: list[str]) -> list[str]:
    return [r for r in requests if any(part in urlsplit(r).path for part in SEARCH_FILES)]


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("lang", LANGS)
def test_search_loads_when_the_search_box_is_first_used(browser: Browser, base_url: str, lang: str, width: int) -> None:
    """A first visit loads no search (~27 KB gzip that serve only those who search): nothing before
    the search box is used, however long one reads, scrolls or presses other keys; then the worker,
    this language's index and stemmer load, and search works (its results: the tests below and
    test_search_stemming, unchanged)."""
    watched = Watched(browser, width)
    page = watched.page
    page.goto(base_url + same_page_in("acteurs/", lang), wait_until="networkidle")
    page.keyboard.press("ArrowDown")
    page.mouse.wheel(0, 600)
    page.wait_for_load_state("networkidle")
    before = searching(watched.requests)
    open_search(page, {"fr": "urgence", "en": "emergency", "es": "urgencia"}[lang])
    after = {urlsplit(r).path.removeprefix("/") for r in searching(watched.requests)}
    results = page.locator(".md-search-result__item").count()
    watched.close()
    assert before == []
    root = "" if lang == LANGS[0] else f"{lang}/"
    assert {f"{root}search/search_index.json", "assets/javascripts/workers/guide-search.js"} <= after
    assert any(path.startswith("assets/javascripts/workers/search.") for path in after)
    assert (lang != "en") == any(path.endswith(f"lunr.{lang}.min.js") for path in after)  # English: lunr's own
    assert results > 0


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("lang", LANGS)
def test_search_dialog_is_accessible(browser: Browser, base_url: str, lang: str, width: int) -> None:
    watched = Watched(browser, width, axe=True)
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
def test_search_per_language(searcher: Searcher, lang: str, query: str, found: str) -> None:
    page = searcher.search(lang, query).page
    links = page.eval_on_selector_all(".md-search-result__item > a", "as => as.map(a => a.href)")
    marks = page.eval_on_selector_all(".md-search-result mark", "ms => ms.map(m => m.textContent)")
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


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_the_search_button_does_what_enter_does(browser: Browser, base_url: str, width: int) -> None:
    """The search form's submit button (HTML_CodeSniffer wants one) opens the best result, as Enter."""
    watched = Watched(browser, width)
    page = watched.page
    page.goto(base_url)
    open_search(page, "urgence")
    best = page.eval_on_selector(".md-search-result__item > a", "a => a.href")
    page.click('.md-search__options button[type="submit"]')
    page.wait_for_url(best)
    watched.close()


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
    pages = PdfReader(io.BytesIO(pdf)).pages  # the references (and their marked additions) fit two
    assert len(pages) <= 2 and all((p.extract_text() or "").strip() for p in pages)  # no blank trailing page
