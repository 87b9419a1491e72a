"""Pages are generated once per state of their sources, though MkDocs runs the hook once per language."""

from __future__ import annotations

import shutil
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import pytest

from onpe_guide import workers
from onpe_guide.data.handwritten import site_files
from onpe_guide.data.load import load_guide
from onpe_guide.engine.config import NotFoundPage, language_mismatch
from onpe_guide.engine.generate import Generator
from onpe_guide.engine.theme import page_context
from onpe_guide.errors import DataError
from onpe_guide.site import published
from tests.conftest import ROOT


def test_pages_are_generated_once_per_state_of_their_sources(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[Path] = []
    real = load_guide

    def counting(data: Path, release: bool, docs: Path) -> Any:
        calls.append(docs)
        return real(data, release, docs)

    monkeypatch.setattr("onpe_guide.engine.generate.load_guide", counting)
    for page in (ROOT / "docs").glob("*.md"):  # the hand-written pages, which the core reads too
        shutil.copy(page, tmp_path / page.name)
    generator = Generator(ROOT / "data", None, directory_urls=True, release=False)
    first = generator(tmp_path)
    for _ in range(2):  # the other languages' builds
        assert generator(tmp_path) is first
    monkeypatch.setattr(generator, "_fingerprint", lambda _: pytest.fail("read again"))
    assert generator(tmp_path, same_build=True) is first  # static-i18n's inner builds: sources not read
    monkeypatch.undo()
    monkeypatch.setattr("onpe_guide.engine.generate.load_guide", counting)
    assert calls == [tmp_path]
    about = tmp_path / "a-propos.en.md"  # a translator edits a hand-written page under `mkdocs serve`
    about.write_text(about.read_text("utf-8") + "\nOne more line.\n", "utf-8")
    assert generator(tmp_path) is not first and calls == [tmp_path, tmp_path]
    monkeypatch.setattr(generator, "_fingerprint", lambda _: "data changed")
    generator(tmp_path)
    assert calls == [tmp_path, tmp_path, tmp_path]


def test_the_root_404_is_the_default_languages_every_time(tmp_path: Path) -> None:
    """static-i18n writes 404.html once per language: the default language's stays, rebuild after
    rebuild, and each other language's goes to its own folder."""
    page = NotFoundPage()
    assert page.keep("fr 1", "fr", default_language=True) == "fr 1"
    assert page.keep("en 1", "en", default_language=False) == "fr 1"
    assert page.keep("fr 2", "fr", default_language=True) == "fr 2"  # `mkdocs serve` rebuilt
    assert page.keep("es 2", "es", default_language=False) == "fr 2"
    assert page.write_translations(tmp_path) == [tmp_path / "en" / "404.html", tmp_path / "es" / "404.html"]
    assert (tmp_path / "en" / "404.html").read_text("utf-8") == "en 1"
    assert not (tmp_path / "fr").exists()


def test_mkdocs_languages_must_be_the_datas() -> None:
    guide = load_guide(ROOT / "data")
    assert language_mismatch(guide, ["fr", "en", "es"]) is None
    assert language_mismatch(guide, ["fr", "es", "en"]) == (
        "mkdocs.yml: plugins.i18n.languages: expected ['fr', 'en', 'es'] as in data/interface.yml, "
        "found ['fr', 'es', 'en']"
    )


def test_what_every_page_shares_is_made_once_per_guide(tmp_path: Path) -> None:
    """The templates' strings of a language are made once, not for each page; the 404 page's
    explanation only for the 404 page; the files a page may link to once per generation."""
    for source in (ROOT / "docs").glob("*.md"):
        shutil.copy(source, tmp_path / source.name)
    generator = Generator(ROOT / "data", None, directory_urls=True, release=False)
    guide = generator(tmp_path)
    strings = generator.strings
    assert strings is not None and generator.site_files == site_files(guide, tmp_path)

    def alternates() -> list[MutableMapping[str, Any]]:  # static-i18n's, which page_context makes absolute
        return [{"name": "Français", "lang": "fr", "link": "/"}, {"name": "English", "lang": "en", "link": "/en/"}]

    page = strings.page("en", "a-propos.md", meta={}, alternates=alternates(), site_url="https://guide.test/")
    assert page == page_context(
        guide, "en", "a-propos.md", meta={}, alternates=alternates(), site_url="https://guide.test/", offline=False
    )
    assert strings.language("en") is strings.language("en") and "not_found" not in page
    not_found = strings.template("en", "404.html")
    assert [n["lang"] for n in not_found["not_found"]] == ["en"] and set(not_found["homes"]) == {"fr", "en", "es"}
    assert "not_found" not in strings.template("en", "sitemap.xml")


@pytest.mark.parametrize("forks", [True, False])
def test_a_page_the_wall_refuses_fails_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forks: bool) -> None:
    """On two cores (`mkdocs build`), a forked process checks the pages while MkDocs renders them,
    and the build fails at its end (`verify`, from the hook's on_post_build), naming the page;
    without a fork (under `mkdocs serve`), it fails before anything is rendered, as before."""
    monkeypatch.setattr(workers, "can_fork", lambda: forks)
    findings = published._findings

    def refusing(converter: Any, page: Any, *args: Any) -> Any:
        found = findings(converter, page, *args)
        return [*found, ("", "<i>")] if (page.path, page.lang) == ("verbes/adapter.md", "en") else found

    monkeypatch.setattr(published, "_findings", refusing)
    for source in (ROOT / "docs").glob("*.md"):
        shutil.copy(source, tmp_path / source.name)
    generator = Generator(ROOT / "data", None, directory_urls=True, release=False)
    message = r"docs/verbes/adapter\.md:1: <i> on the page verbes/adapter\.md \(en\)"
    if not forks:
        with pytest.raises(DataError, match=message):
            generator(tmp_path)
        return
    generator(tmp_path)
    assert generator.pending is not None and generator.pending.background
    with pytest.raises(DataError, match=message):
        generator.verify()
    assert generator.fingerprint is None  # the next build generates and checks again
