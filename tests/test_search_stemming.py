"""Search stems each language and still folds accents, case and French elisions.

Material's search runs the language's lunr stemmer (mkdocs.yml: search `pipeline`) on the index,
and our worker (overrides/assets/javascripts/workers/guide-search.js) folds, then stems, each
query word the same way: a plural or another form of a word finds the word as the page writes it.
Before (pipeline `['stopWordFilter']`), « urgences », « urgencias » and "supports" found nothing.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from onpe_guide.data.load import load_guide
from tests.browser import WIDTHS, Watched, language_of, open_search, same_page_in, serve
from tests.conftest import DATA

LANGS = [lang.code for lang in load_guide(DATA).languages]

# (language, what a person types, the form the pages write, which the result must highlight)
STEMMED = [
    ("fr", "urgences", "urgence"),
    ("fr", "accompagnements", "accompagner"),
    ("es", "víctimas", "víctima"),
    ("es", "urgencias", "urgencia"),
    ("en", "supports", "support"),
    # stemming and folding together: case, accents and elisions still ignored
    ("fr", "URGENCES", "urgence"),
    ("fr", "d’accompagnements", "accompagner"),
    ("fr", "securises", "sécuriser"),
    ("es", "victimas", "víctima"),
    ("en", "Supported", "support"),
]


@pytest.fixture(scope="module")
def site_url(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


# Whether a highlighted word is `form` (punctuation around it aside). Material updates results at
# each key typed: this waits for the results of the whole query rather than reading the first ones.
HIGHLIGHTS = """form => [...document.querySelectorAll('.md-search-result mark')]
  .some(mark => mark.textContent.toLowerCase().replace(/^[.,:;!?()«» ]+|[.,:;!?()«» ]+$/g, '') === form)"""


def found(browser: Browser, site_url: str, lang: str, query: str, form: str) -> tuple[list[str], list[str]]:
    """The result links and the highlighted words for `query` typed in `lang`'s search, once a
    result highlights `form` (or after Playwright's timeout, when none does)."""
    watched = Watched(browser, WIDTHS["desk"])
    watched.page.goto(site_url + same_page_in("", lang))
    open_search(watched.page, query)
    with contextlib.suppress(PlaywrightTimeout):
        watched.page.wait_for_function(HIGHLIGHTS, arg=form, timeout=10_000)
    links = watched.page.eval_on_selector_all(".md-search-result__item > a", "as => as.map(a => a.href)")
    marks = watched.page.eval_on_selector_all(".md-search-result mark", "ms => ms.map(m => m.textContent)")
    errors = watched.errors
    watched.close()
    assert errors == []
    return links, marks


@pytest.mark.browser
@pytest.mark.parametrize(("lang", "query", "form"), STEMMED, ids=[f"{lang}:{q}" for lang, q, _ in STEMMED])
def test_another_form_of_a_word_finds_it(browser: Browser, site_url: str, lang: str, query: str, form: str) -> None:
    links, marks = found(browser, site_url, lang, query, form)
    assert links, f"no result for {query!r}"
    assert {language_of(urlsplit(link).path.removeprefix("/")) for link in links} == {lang}
    words = {mark.lower().strip(".,:;!?()«» ") for mark in marks}
    assert form in words, sorted(words)  # the page's own form, highlighted with its accents


@pytest.mark.site
def test_every_language_index_stems_in_its_language(site: Path) -> None:
    for lang in LANGS:
        root = site if lang == LANGS[0] else site / lang
        config = json.loads((root / "search" / "search_index.json").read_text("utf-8"))["config"]
        assert config["lang"] == [lang]
        assert "stemmer" in config["pipeline"] and "stopWordFilter" in config["pipeline"]
    worker = (site / "assets" / "javascripts" / "workers" / "guide-search.js").read_text("utf-8")
    assert "__MATERIAL_WORKER__" not in worker  # the build named Material's worker
