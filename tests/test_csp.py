"""The Content-Security-Policy: on every page, first in <head>, and the site breaks none of it.

Statically on every page of the built site (each inline script allowed by its hash, no inline
handler). In Chromium, no `securitypolicyviolation` event and no error in the console: on every
page served (test_browser's test_every_page) and every kind of page from the offline bundle
(test_offline); here, search in each language, served and from file://, which those leave closed.
"""

from __future__ import annotations

import base64
import hashlib
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page

from tests.browser import LISTEN, WIDTHS, open_search

ROOTS = ["", "en/", "es/"]


class Head(HTMLParser):
    """The policy, the inline scripts, the style and handler attributes of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.policy: str | None = None
        self.first_in_head: str | None = None
        self.inline: list[str] = []
        self.handlers: list[str] = []
        self.styles: list[str] = []
        self._script: list[str] | None = None
        self._in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        if tag == "head":
            self._in_head = True
        elif self._in_head and self.first_in_head is None and not named.get("charset"):
            self.first_in_head = f"{tag} {named.get('http-equiv', '')}".strip()
        if tag == "meta" and (named.get("http-equiv") or "").lower() == "content-security-policy":
            self.policy = named.get("content")
        self.handlers += [f"<{tag} {name}>" for name, _ in attrs if name.startswith("on")]
        self.styles += [value or "" for name, value in attrs if name == "style"]
        if tag == "script" and "src" not in named and named.get("type") != "application/json":
            self._script = []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.inline.append("".join(self._script))
            self._script = None


def digest(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def directive(policy: str, name: str) -> list[str]:
    for part in policy.split(";"):
        words = part.split()
        if words and words[0] == name:
            return words[1:]
    return []


def html_files(site: Path) -> list[Path]:
    """Every file of the built site a browser would run as a page: by its name, or by what it
    starts with, whatever its name (a redirect page, the 404, anything docs/ would have let in)."""
    found = []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        with path.open("rb") as handle:
            head = handle.read(512).lstrip().lower()
        if path.suffix.lower() in (".html", ".htm", ".xhtml", ".svg") or head.startswith((b"<!doctype html", b"<html")):
            found.append(path)
    return found


def test_every_page_has_the_policy_and_needs_nothing_else(site: Path) -> None:
    """A whole-site test: every HTML file the build writes, the 404 included, has the policy."""
    problems: list[str] = []
    pages = html_files(site)
    assert len(pages) > 100 and site / "404.html" in pages
    assert [p for p in pages if p.suffix != ".html"] == []  # no SVG, no page under another name
    for path in pages:
        head = Head()
        head.feed(path.read_text("utf-8"))
        where = path.relative_to(site).as_posix()
        if head.policy is None:
            problems.append(f"{where}: no Content-Security-Policy")
            continue
        if head.first_in_head != "meta Content-Security-Policy":
            problems.append(f"{where}: the policy comes after {head.first_in_head}")
        scripts, styles = directive(head.policy, "script-src"), directive(head.policy, "style-src")
        if "'unsafe-inline'" in scripts + styles or "'unsafe-eval'" in scripts:
            problems.append(f"{where}: unsafe-inline or unsafe-eval")
        problems += [f"{where}: inline script not hashed: {s[:60]!r}" for s in head.inline if digest(s) not in scripts]
        problems += [f"{where}: style attribute not hashed: {s!r}" for s in head.styles if digest(s) not in styles]
        problems += [f"{where}: inline handler {h}" for h in head.handlers]
        for name, value in (("default-src", "'self'"), ("object-src", "'none'"), ("base-uri", "'none'")):
            if directive(head.policy, name) != [value]:
                problems.append(f"{where}: {name} is not {value}")
    assert problems == []


def watch(browser: Browser) -> tuple[Page, list[str]]:
    context = browser.new_context(viewport={"width": WIDTHS["desk"], "height": 800})
    context.add_init_script(LISTEN)
    page = context.new_page()
    errors: list[str] = []

    def console(message: ConsoleMessage) -> None:
        if message.type == "error" or "Content Security Policy" in message.text:
            errors.append(message.text)

    page.on("console", console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return page, errors


def violations(page: Page, errors: list[str], where: str) -> list[str]:
    found = [f"{where}: {v}" for v in page.evaluate("window.__violations")]
    found += [f"{where}: {e}" for e in errors]
    errors.clear()
    return found


@pytest.mark.parametrize("root", ROOTS)
def test_no_violation_in_chromium(browser: Browser, base_url: str, root: str) -> None:
    """Search served: Material's worker, its index and its highlighting, then the result opened."""
    page, errors = watch(browser)
    problems: list[str] = []
    page.goto(base_url + root)
    open_search(page, "protection")  # Material's worker, its index and its highlighting
    page.click(".md-search-result__item > a")
    page.wait_for_load_state("load")
    problems += violations(page, errors, f"{root} search")
    page.context.close()
    assert problems == []


@pytest.fixture(scope="module")
def bundle(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unpacked-csp")
    with zipfile.ZipFile(site / "fiches" / "guide-hors-ligne.zip") as opened:
        opened.extractall(target)
    return target / "guide-hors-ligne"


@pytest.mark.parametrize(("root", "query"), [("", "securiser"), ("en/", "rehumanise"), ("es/", "proxenetas")])
def test_no_violation_offline(browser: Browser, bundle: Path, root: str, query: str) -> None:
    """Search from the disk: the worker runs in an iframe that inherits the policy."""
    page, errors = watch(browser)
    problems: list[str] = []
    page.goto((bundle / root / "index.html").as_uri())
    open_search(page, query)  # offline, the search worker runs in an iframe that inherits the policy
    assert page.locator(".md-search-result__item").count() > 0
    problems += violations(page, errors, f"{root} search")
    page.context.close()
    assert problems == []
