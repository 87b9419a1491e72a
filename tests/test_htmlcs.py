"""A second accessibility engine: HTML_CodeSniffer (the one pa11y runs), WCAG 2 AA, finds no error
on any page (test_browser.py's test_every_page runs it on every page at 1280 px, in the visit where
axe runs), nor on the 404 page in each language; and it finds the faults it looks for.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from tests.browser import HTMLCS_RUN, HTMLCS_VIEWPORT, sniffer

pytestmark = pytest.mark.browser
MISSING = ["ancienne-page/", "en/verbes/n-existe-pas/", "es/roles/viejo/"]  # the 404 page, in each language


def test_html_codesniffer_finds_no_error_on_the_404_pages(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport=HTMLCS_VIEWPORT)
    context.add_init_script(sniffer())  # an init script: the Content-Security-Policy does not block it
    page = context.new_page()
    errors: list[str] = []
    for url in MISSING:
        page.goto(base_url + url, wait_until="load")
        errors += [f"/{url} {error}" for error in page.evaluate(HTMLCS_RUN)]
    context.close()
    assert errors == []


def test_html_codesniffer_sees_what_it_looks_for(browser: Browser, base_url: str) -> None:
    """The check is not empty: the faults it found on every page before, put back on one."""
    context = browser.new_context(viewport=HTMLCS_VIEWPORT)
    context.add_init_script(sniffer())
    page = context.new_page()
    page.goto(base_url, wait_until="load")
    page.evaluate("document.querySelector('.md-search__options button[type=submit]').remove()")
    page.evaluate("document.body.append(Object.assign(document.createElement('input'), {type: 'checkbox'}))")
    found = page.evaluate(HTMLCS_RUN)
    context.close()
    assert any(".H32.2: <form" in error for error in found), found  # a form with no submit button
    assert any(".F68: <input" in error for error in found), found  # a field with no name
