"""The false refusals the hostile cases show fixed (`expected: []` in tests/cases/hostile/), all
in one tiny project, built, and opened in Chromium: on every page no dialog, no script of theirs,
no request to another site, and the quick exit there, and leaving."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, Dialog, Page

from onpe_guide.data.load import load_guide
from onpe_guide.preview import serve
from onpe_guide.translations.record import record_translations
from tests.browser import WIDTHS, page_urls, pass_over_heading, quick_exit_href
from tests.conftest import CASES, DATA, project_files, run_cli
from tests.test_hostile import HOSTILE, apply_hostile
from tests.test_load import read_case

ACCEPTED = [case for case in HOSTILE if not read_case(case)["expected"]]
NEUTRAL = yaml.safe_load((DATA / "interface.yml").read_text("utf-8"))["quick_exit_url"]


@pytest.fixture(scope="module")
def accepted_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("accepted")
    data = project / "data"
    shutil.copytree(CASES / "tiny", data)
    for name in ("interface.yml", "terminology.yml"):
        shutil.copy(DATA / name, data / name)
    shutil.copytree(DATA / "schemas", data / "schemas")
    guide = load_guide(data)
    for lang in guide.languages[1:]:
        record_translations(data, guide, lang.code, None)
    project_files(project)
    for case in ACCEPTED:
        assert apply_hostile(case, data) == []
    result = run_cli("--root", str(project), "build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A tab that records dialogs (and dismisses them) and answers for the neutral site."""
    context = browser.new_context(viewport={"width": WIDTHS["desk"], "height": 800})
    context.add_init_script("document.addEventListener('securitypolicyviolation', () => { window.__csp = 1 })")
    opened = context.new_page()
    opened.route(f"{NEUTRAL}**", lambda route: route.fulfill(body="<title>neutral</title>", content_type="text/html"))
    yield opened
    context.close()


def test_there_are_accepted_cases() -> None:
    assert {c.stem for c in ACCEPTED} >= {"page-links-to-anchor-and-site-files", "text-starts-with-a-list-marker"}


def test_every_page_runs_nothing_and_keeps_its_quick_exit(accepted_site: Path, page: Page) -> None:
    dialogs: list[str] = []

    def dismissed(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismissed)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    problems = []
    with serve(accepted_site) as base:
        urls = page_urls(accepted_site)
        assert len(urls) > 30
        for relative in urls:
            page.goto(base + relative, wait_until="load")
            problems += [] if pass_over_heading(page) else [f"{relative}: no heading"]
            problems += [] if quick_exit_href(page) == NEUTRAL else [f"{relative}: no quick exit"]
            problems += [f"{relative}: a script ran"] if page.evaluate("window.__csp") else []
        outside = [url for url in requests if not url.startswith(base)]
    assert problems == [] and dialogs == [] and outside == []


@pytest.mark.parametrize("relative", ["a-propos/", "verbes/adapter/", "en/verbes/adapter/"])
def test_the_quick_exit_leaves_the_pages_that_hold_the_cases(accepted_site: Path, page: Page, relative: str) -> None:
    with serve(accepted_site) as base:
        page.goto(base + relative, wait_until="load")
        page.click("[data-guide-exit]")
        page.wait_for_url(f"{NEUTRAL}**")
        assert page.title() == "neutral"


def test_the_cases_show_as_their_authors_meant(accepted_site: Path) -> None:
    """A text that starts with « 1989. » is words, not a list; a page's links to the open data, a
    schema and a PDF lead to those files from the page's address."""
    verb = (accepted_site / "verbes" / "adapter" / "index.html").read_text("utf-8")
    article = verb.split("<article", 1)[1].split("</article>", 1)[0]
    assert "1989. La Convention" in article and "<ol" not in article
    about = (accepted_site / "a-propos" / "index.html").read_text("utf-8")
    for href in [
        'href="../donnees/guide.json"',
        'href="../schemas/verbs.schema.json"',
        'href="../fiches/fr/livret.pdf"',
    ]:
        assert href in about
    assert (accepted_site / "donnees" / "guide.json").is_file() and (
        accepted_site / "schemas" / "verbs.schema.json"
    ).is_file()
