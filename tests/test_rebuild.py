"""`make serve` renders again only what an edit changed (engine/rebuild.py): the pieces, and the
MkDocs, Material, static-i18n and watchdog internals they rely on (tests/test_serve.py runs the
whole: the pages and search indexes served after edits are those a whole build gives)."""

from __future__ import annotations

import inspect
import logging
from pathlib import Path
from typing import Any

import mkdocs.commands.build
import pytest
from material.plugins.search.plugin import SearchPlugin  # type: ignore[import-untyped]
from mkdocs.livereload import LiveReloadServer
from mkdocs_static_i18n.plugin import I18n  # type: ignore[import-untyped]

from onpe_guide.engine.rebuild import (
    DIRTY_LOGGER,
    DIRTY_WARNING,
    POLL_SECONDS,
    Rebuilds,
    patch_index,
    watch_closely,
)
from onpe_guide.engine.search import material_incremental_search_off


def entries(*locations: str) -> dict[str, Any]:
    return {"config": {"lang": ["fr"]}, "docs": [{"location": location, "text": "old"} for location in locations]}


def test_a_rebuilt_pages_entries_take_the_place_of_its_old_ones() -> None:
    previous = entries("", "#aide", "verbes/", "verbes/adapter/", "verbes/adapter/#points", "moments/")
    new = [{"location": "verbes/adapter/", "text": "new"}, {"location": "verbes/adapter/#exemples", "text": "new"}]
    rebuilt: dict[str, Any] = {"config": {"lang": ["fr"]}, "docs": new}
    patched = patch_index(previous, rebuilt)
    assert [(d["location"], d["text"]) for d in patched["docs"]] == [
        ("", "old"),
        ("#aide", "old"),
        ("verbes/", "old"),
        ("verbes/adapter/", "new"),  # where the page's entries were, as a whole build orders them
        ("verbes/adapter/#exemples", "new"),
        ("moments/", "old"),
    ]


def test_every_page_is_rendered_again_when_what_pages_share_changed(tmp_path: Path) -> None:
    rebuilds = Rebuilds()
    rebuilds.start("serve", dirty=True)
    (tmp_path / "verbes").mkdir()
    (tmp_path / ".hidden").write_text("kept", "utf-8")
    rebuilds.begin(tmp_path, "chrome 1")  # the first build: whole
    assert not rebuilds.targeted and [p.name for p in tmp_path.iterdir()] == [".hidden"]
    rebuilds.search({"fr": entries("")})
    rebuilds.done("chrome 1")
    rebuilds.begin(tmp_path, "chrome 1")
    assert rebuilds.targeted
    rebuilds.done("chrome 1")
    (tmp_path / "index.html").write_text("built", "utf-8")
    rebuilds.begin(tmp_path, "chrome 2")  # a title, an interface string…: every page again
    assert not rebuilds.targeted and not (tmp_path / "index.html").exists()
    rebuilds.begin(tmp_path, "chrome 2")  # the build before did not complete: whole again
    assert not rebuilds.targeted


def test_a_build_without_dirty_is_left_to_mkdocs(tmp_path: Path) -> None:
    rebuilds = Rebuilds()
    rebuilds.start("build", dirty=False)
    (tmp_path / "index.html").write_text("built", "utf-8")
    rebuilds.begin(tmp_path, "chrome")
    assert not rebuilds.targeted and (tmp_path / "index.html").exists()
    fresh = {"fr": entries("")}
    assert rebuilds.search(fresh) is fresh and rebuilds.indexes == {}


def test_mkdocs_dirty_warning_is_dropped_under_make_serve_only(caplog: pytest.LogCaptureFixture) -> None:
    """MkDocs warns at every --dirty build (and strict mode fails on a warning); the text is MkDocs'."""
    assert DIRTY_WARNING in inspect.getsource(mkdocs.commands.build.build)
    logger = logging.getLogger(DIRTY_LOGGER)
    before = list(logger.filters)
    try:
        Rebuilds().start("serve", dirty=True)
        with caplog.at_level(logging.WARNING, logger=DIRTY_LOGGER):
            logger.warning(f"{DIRTY_WARNING}, this will likely lead to inaccurate navigation")
            logger.warning("another warning")
        assert [r.getMessage() for r in caplog.records] == ["another warning"]
    finally:
        logger.filters[:] = before


def test_static_i18n_builds_its_languages_dirty_from_the_command_line() -> None:
    """`mkdocs serve --dirty`: static-i18n's build of each other language is dirty too."""
    assert '"--dirty" in sys.argv' in inspect.getsource(I18n.on_post_build)


def test_materials_own_incremental_index_is_turned_off() -> None:
    plugin = SearchPlugin()
    plugin.on_startup(command="serve", dirty=True)
    assert plugin.is_dirty
    material_incremental_search_off(type("Config", (), {"plugins": {"material/search": plugin}})())
    assert plugin.is_dirty is False
    source = inspect.getsource(SearchPlugin.on_post_build)
    assert "if self.is_dirty:" in source and "self.search_index_prev = self.search_index" in source


def test_the_server_looks_for_changes_every_tenth_of_a_second(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "data").mkdir()
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    try:
        server.watch(str(tmp_path / "docs"))  # as MkDocs' serve does before on_serve
        watch_closely(server, tmp_path / "data")
        emitters = list(server.observer.emitters)
        assert len(emitters) == 2 and {emitter.timeout for emitter in emitters} == {POLL_SECONDS}
        assert server.observer.timeout == POLL_SECONDS
    finally:
        server.server_close()
