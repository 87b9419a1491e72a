"""The engine's template cache (engine/templates.py): MkDocs makes a new Jinja environment for each
language and each rebuild; each template is compiled once per process all the same, compiled
again when its source changes, never shared between environments that compile differently; and
the theme's files MkDocs publishes are the same as with its own loader."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from onpe_guide.engine.templates import KEPT, ThemeLoader, keep_compiled
from tests.conftest import ROOT


class Theme:
    """What `keep_compiled` needs of MkDocs' `Theme`: a `get_env` that makes a new environment."""

    def __init__(self, folder: Path, **options: Any) -> None:
        self.folder, self.options = folder, options

    def get_env(self) -> jinja2.Environment:
        return jinja2.Environment(loader=jinja2.FileSystemLoader(self.folder), **self.options)


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja compiles from now on."""
    names: list[str] = []
    compile_source: Callable[..., Any] = jinja2.Environment.compile

    def spy(self: jinja2.Environment, source: Any, name: str | None = None, *args: Any, **kwargs: Any) -> Any:
        names.append(name or "")
        return compile_source(self, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", spy)
    return names


def test_a_template_is_compiled_once_for_every_environment(tmp_path: Path, compiled: list[str]) -> None:
    (tmp_path / "base.html").write_text("<p>{% block body %}{% endblock %}</p>", "utf-8")
    (tmp_path / "page.html").write_text('{% extends "base.html" %}{% block body %}{{ n * 2 }}{% endblock %}', "utf-8")
    theme = Theme(tmp_path)
    keep_compiled(theme)
    keep_compiled(theme)  # a second call (each language's on_config) wraps nothing more
    outputs = [theme.get_env().get_template("page.html").render(n=n) for n in (1, 2, 3)]
    assert outputs == ["<p>2</p>", "<p>4</p>", "<p>6</p>"]
    assert sorted(compiled) == ["base.html", "page.html"]  # three environments, each template once


def test_a_changed_template_is_compiled_again(tmp_path: Path, compiled: list[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text("before", "utf-8")
    theme = Theme(tmp_path)
    keep_compiled(theme)
    assert theme.get_env().get_template("page.html").render() == "before"
    page.write_text("after", "utf-8")  # a template edited under `mkdocs serve`
    assert theme.get_env().get_template("page.html").render() == "after"
    assert compiled == ["page.html", "page.html"]


def test_environments_that_compile_differently_keep_their_own_code(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("{{ text }}", "utf-8")
    raw, escaping = Theme(tmp_path, autoescape=False), Theme(tmp_path, autoescape=True)
    keep_compiled(raw)
    keep_compiled(escaping)
    assert raw.get_env().get_template("page.html").render(text="<b>") == "<b>"
    assert escaping.get_env().get_template("page.html").render(text="<b>") == "&lt;b&gt;"


def mkdocs_config(tmp_path: Path) -> Any:
    """A configuration of MkDocs' own, with Material and our overrides (not the project's: no hook)."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: x\ntheme:\n  name: material\n  custom_dir: {ROOT / 'overrides'}\n", "utf-8"
    )
    return load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site"))


def test_mkdocs_environments_keep_material_compiled(tmp_path: Path, compiled: list[str]) -> None:
    """MkDocs' `Theme.get_env`, wrapped: its environment, our loader and cache; Material's base
    template and ours compiled for the first environment only."""
    theme = mkdocs_config(tmp_path).theme
    keep_compiled(theme)
    first = theme.get_env()
    assert isinstance(first.loader, ThemeLoader) and first.bytecode_cache is KEPT
    assert "url" in first.filters  # MkDocs' own environment, not a new one
    first.get_template("main.html")  # ours, which extends Material's
    first.get_template("base.html")
    compiled.clear()
    second = theme.get_env()  # another language's, or another rebuild's
    second.get_template("main.html")
    second.get_template("base.html")
    assert compiled == []


def test_mkdocs_publishes_the_same_theme_files(tmp_path: Path) -> None:
    """`Files.add_files_from_theme`, the one caller of `list_templates`, finds the same files with
    our loader, which leaves Material's 14,000 hidden icons out of the listing."""
    config = mkdocs_config(tmp_path)
    theirs, ours = Files([]), Files([])
    theirs.add_files_from_theme(config.theme.get_env(), config)
    keep_compiled(config.theme)
    env = config.theme.get_env()
    ours.add_files_from_theme(env, config)
    assert [f.src_uri for f in ours] == [f.src_uri for f in theirs]
    assert len(ours) >= 40 and len(env.list_templates()) < 1000 < len(
        jinja2.FileSystemLoader(config.theme.dirs).list_templates()
    )
