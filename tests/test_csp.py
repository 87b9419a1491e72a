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
from playwright.sync_api import Browser

from tests.browser import WIDTHS, Watched, open_search

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


def test_a_violation_is_seen(browser: Browser, tmp_path: Path) -> None:
    """What the browser tests look for on every page they open (`Watched`): a page whose policy
    refuses its inline script shows the violation, in the page's events and in the console."""
    page = tmp_path / "index.html"
    page.write_text(
        "<!doctype html><html lang=fr><head><meta http-equiv=Content-Security-Policy content=\"script-src 'self'\">"
        '<title>t</title></head><body><script>document.title = "ran"</script></body></html>',
        "utf-8",
    )
    watched = Watched(browser, WIDTHS["desk"])
    watched.page.goto(page.as_uri())
    violations, errors, title = watched.violations(), list(watched.errors), watched.page.title()
    watched.close()
    assert title == "t" and violations == ["script-src-elem inline "]
    assert any("Content Security Policy" in error for error in errors)


@pytest.mark.parametrize("root", ROOTS)
def test_no_violation_in_chromium(browser: Browser, base_url: str, root: str) -> None:
    """Search served: Material's worker, its index and its highlighting, then the result opened."""
    watched = Watched(browser, WIDTHS["desk"])
    page = watched.page
    page.goto(base_url + root)
    open_search(page, "protection")  # Material's worker, its index and its highlighting
    page.click(".md-search-result__item > a")
    page.wait_for_load_state("load")
    problems = watched.violations() + watched.errors
    watched.close()
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
    watched = Watched(browser, WIDTHS["desk"])
    page = watched.page
    page.goto((bundle / root / "index.html").as_uri())
    open_search(page, query)
    found = page.locator(".md-search-result__item").count()
    problems = watched.violations() + watched.errors
    watched.close()
    assert found > 0 and problems == []
