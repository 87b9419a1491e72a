"""The site comes out the same from MkDocs and from ProperDocs, the MkDocs 1.x fork (MAINTAINING.md)."""

from __future__ import annotations

from pathlib import Path

from maintain.engines import ENGINES, GENERATOR, compare, differences
from tests.test_contributors import workflow


def page(generator: str, body: str) -> str:
    return f'<html><head><meta name="generator" content="{generator}"></head><body>{body}</body></html>'


def test_only_the_generator_tag_may_differ(tmp_path: Path) -> None:
    one, other = tmp_path / "mkdocs", tmp_path / "properdocs"
    for site, generator in ((one, "mkdocs-1.6.1"), (other, "mkdocs-ProperDocs 1.6.7")):
        (site / "en").mkdir(parents=True)
        (site / "index.html").write_text(page(generator, "Accueil"), "utf-8")
        (site / "en" / "index.html").write_text(page(generator, "Home"), "utf-8")
        (site / "data.json").write_text("{}", "utf-8")
    assert differences(one, other) == []
    (other / "en" / "index.html").write_text(page("mkdocs-ProperDocs 1.6.7", "Home!"), "utf-8")
    (other / "data.json").write_text("{ }", "utf-8")
    (one / "sitemap.xml").write_text("<urlset/>", "utf-8")
    assert differences(one, other) == [
        "only in mkdocs: sitemap.xml",
        "differs: data.json",
        "differs: en/index.html",
    ]


def test_mkdocs_and_properdocs_build_the_same_site(tmp_path: Path, tiny_whole_project: Path) -> None:
    """The tiny data in a whole project (the templates, hook and plugins are what could differ), with
    its own docs/: other tests build at the same time."""
    assert compare(tmp_path, tiny_whole_project) == []
    tags = {engine: GENERATOR.findall((tmp_path / engine / "index.html").read_bytes()) for engine in ENGINES}
    assert tags["mkdocs"] != tags["properdocs"] and b"ProperDocs" in tags["properdocs"][0]  # both engines ran
    assert len(list((tmp_path / "mkdocs").rglob("*.html"))) >= 3 * 15


def test_pull_requests_build_with_the_second_engine() -> None:
    jobs = workflow("pull-request.yml")["jobs"]
    runs = [step.get("run") for step in jobs["second-engine"]["steps"]]  # type: ignore[index]
    assert "make engines" in runs
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text("utf-8")
    assert "engines: $(STAMP)" in makefile and "-m maintain.engines" in makefile
