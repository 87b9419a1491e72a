"""Search stems each language and still folds accents, case and French elisions.

Material's search runs the language's lunr stemmer (mkdocs.yml: search `pipeline`) on the index,
and our worker (overrides/assets/javascripts/workers/guide-search.js) folds, then stems, each
query word the same way: a plural or another form of a word finds the word as the page writes it.
Before (pipeline `['stopWordFilter']`), « urgences », « urgencias » and "supports" found nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser import LANGS, Searcher, language_of

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


def found(searcher: Searcher, lang: str, query: str) -> tuple[list[str], list[str]]:
    """The result links and the highlighted words for `query` entered in `lang`'s search (the
    results of the whole query: see `open_search`)."""
    tab = searcher.search(lang, query)
    links = tab.page.eval_on_selector_all(".md-search-result__item > a", "as => as.map(a => a.href)")
    marks = tab.page.eval_on_selector_all(".md-search-result mark", "ms => ms.map(m => m.textContent)")
    assert tab.errors == []
    return links, marks


@pytest.mark.parametrize(("lang", "query", "form"), STEMMED, ids=[f"{lang}:{q}" for lang, q, _ in STEMMED])
def test_another_form_of_a_word_finds_it(searcher: Searcher, lang: str, query: str, form: str) -> None:
    links, marks = found(searcher, lang, query)
    assert links, f"no result for {query!r}"
    assert {language_of(urlsplit(link).path.removeprefix("/")) for link in links} == {lang}
    words = {mark.lower().strip(".,:;!?()«» ") for mark in marks}
    assert form in words, sorted(words)  # the page's own form, highlighted with its accents


def test_every_language_index_stems_in_its_language(site: Path) -> None:
    for lang in LANGS:
        root = site if lang == LANGS[0] else site / lang
        config = json.loads((root / "search" / "search_index.json").read_text("utf-8"))["config"]
        assert config["lang"] == [lang]
        assert "stemmer" in config["pipeline"] and "stopWordFilter" in config["pipeline"]
    worker = (site / "assets" / "javascripts" / "workers" / "guide-search.js").read_text("utf-8")
    assert "__MATERIAL_WORKER__" not in worker  # the build named Material's worker
