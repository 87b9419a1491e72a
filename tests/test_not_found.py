"""A missing address answers in the reader's language, as GitHub Pages serves it: the one root
404.html, with status 404, for every missing path (/en/… included)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from onpe_guide.data.load import load_guide
from tests.conftest import DATA

GUIDE = load_guide(DATA)


@pytest.mark.parametrize(
    ("path", "lang"), [("en/verbes/n-existe-pas/", "en"), ("es/roles/viejo/", "es"), ("ancienne-page/", "fr")]
)
def test_a_missing_address_answers_in_its_language(browser: Browser, base_url: str, path: str, lang: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    response = page.goto(base_url + path, wait_until="load")
    page.wait_for_function(f"document.documentElement.lang === {lang!r}")
    shown = page.locator("section.guide-not-found:visible")
    count = shown.count()
    heading = shown.locator("h1").inner_text()
    search = shown.locator("form[role=search]").get_attribute("action")
    homes = page.eval_on_selector_all(".guide-not-found__homes a", "as => as.map(a => [a.lang, a.pathname])")
    context.close()
    assert response is not None and response.status == 404
    assert count == 1 and heading == GUIDE.strings["not_found_title"][lang]
    root = "" if lang == GUIDE.default_language else f"{lang}/"
    assert search is not None and search.rstrip(".") == f"/{root}"
    assert homes == [["fr", "/"], ["en", "/en/"], ["es", "/es/"]]
