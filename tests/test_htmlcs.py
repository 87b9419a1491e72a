"""A second accessibility engine: HTML_CodeSniffer (the one pa11y runs), WCAG 2 AA, finds no error
on any page, the 404 page in each language included.

axe-core runs on every page in test_browser; HTML_CodeSniffer checks other things (a form without a
submit button, a form field without a name). Offline, from the npm package `@pa11y/html_codesniffer`
(pinned in package.json, the version pa11y uses), put into each page as axe is, in the system
Chromium at pa11y's default viewport (1280 × 1024). Its warnings and notices ask for a person's
judgement: only its errors fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser import page_urls
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
HTMLCS = ROOT / "node_modules" / "@pa11y" / "html_codesniffer" / "build" / "HTMLCS.js"
# As pa11y's runner: process the document with the standard, keep the errors (type 1).
RUN = """() => new Promise((resolve, reject) => HTMLCS.process("WCAG2AA", document, error => error ? reject(error)
  : resolve(HTMLCS.getMessages().filter(m => m.type === HTMLCS.ERROR)
      .map(m => `${m.code}: ${m.element.outerHTML.slice(0, 100)}`))))"""
MISSING = ["ancienne-page/", "en/verbes/n-existe-pas/", "es/roles/viejo/"]  # the 404 page, in each language


def sniffer() -> str:
    """HTML_CodeSniffer's script, or a failure that says how to get it (never a skip)."""
    if not HTMLCS.is_file():
        pytest.fail(
            f"This test needs HTML_CodeSniffer ({HTMLCS.relative_to(ROOT)}): run `npm ci` (Node.js and npm: "
            "`apt-get install nodejs npm` on Debian), or `make test`, which does.",
            pytrace=False,
        )
    return HTMLCS.read_text("utf-8")


def test_html_codesniffer_finds_no_error_on_any_page(browser: Browser, base_url: str, site: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 1024})
    context.add_init_script(sniffer())  # an init script: the Content-Security-Policy does not block it
    page = context.new_page()
    urls = [*page_urls(site), *MISSING]
    errors: list[str] = []
    for url in urls:
        page.goto(base_url + url, wait_until="load")
        errors += [f"/{url} {error}" for error in page.evaluate(RUN)]
    context.close()
    assert len(urls) >= 3 * 39
    assert errors == [], f"{len(errors)} error(s) on {len({e.split()[0] for e in errors})} page(s)"


def test_html_codesniffer_sees_what_it_looks_for(browser: Browser, base_url: str) -> None:
    """The check above is not empty: the faults it found on every page before, put back on one."""
    context = browser.new_context(viewport={"width": 1280, "height": 1024})
    context.add_init_script(sniffer())
    page = context.new_page()
    page.goto(base_url, wait_until="load")
    page.evaluate("document.querySelector('.md-search__options button[type=submit]').remove()")
    page.evaluate("document.body.append(Object.assign(document.createElement('input'), {type: 'checkbox'}))")
    found = page.evaluate(RUN)
    context.close()
    assert any(".H32.2: <form" in error for error in found), found  # a form with no submit button
    assert any(".F68: <input" in error for error in found), found  # a field with no name
