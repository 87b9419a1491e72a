"""MkDocs hook: thin glue between MkDocs' events and the core. Everything that knows MkDocs',
Material's or static-i18n's shapes is in `onpe_guide.engine`; each event calls it.

MkDocs runs every event once per language (mkdocs-static-i18n builds each language in turn):
pages are generated once per state of their sources (`Generator`), and only the per-language
settings are applied on each run.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from onpe_guide.build import BuildOptions
from onpe_guide.engine import i18n
from onpe_guide.engine.config import NotFoundPage, configure, language_mismatch
from onpe_guide.engine.finish import finish_site, valid_html
from onpe_guide.engine.generate import Generator
from onpe_guide.engine.rebuild import Rebuilds, watch_closely
from onpe_guide.engine.search import exclude_from_search
from onpe_guide.engine.site_files import hide_site_files, point_site_files
from onpe_guide.engine.theme import edit_url, escape_meta, home_alternates
from onpe_guide.errors import DataError
from onpe_guide.site.publication import page_markdown

ROOT = Path(__file__).resolve().parent.parent
OPTIONS = BuildOptions.from_environment(os.environ)  # the one place build options are read
GENERATOR = Generator(ROOT / "data", OPTIONS.sheets, OPTIONS.directory_urls, release=OPTIONS.release)
NOT_FOUND = NotFoundPage()
REBUILDS = Rebuilds()  # make serve (`mkdocs serve --dirty`): only what an edit changed is rendered again


def _language(config: MkDocsConfig) -> str:
    return i18n.current_language(config, GENERATOR.current.default_language)


def _page_path(page: Any) -> str:
    """`verbes/adapter.en.md` -> `verbes/adapter.md`: the page, whatever its language."""
    return str(page.file.src_uri).rsplit(".", 2)[0] + ".md"


def _reported(check: Callable[[], object]) -> Any:
    """The core's problems as MkDocs reports a plugin's: the message alone, no traceback."""
    try:
        return check()
    except DataError as error:
        raise PluginError(error.report()) from None


@event_priority(100)  # before static-i18n reads the configuration
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    guide = _reported(lambda: GENERATOR(Path(config.docs_dir), same_build=i18n.is_inner_build(config)))
    if mismatch := language_mismatch(guide, i18n.configured_languages(config)):
        raise PluginError(mismatch)
    configure(config, guide, _language(config), OPTIONS.directory_urls)
    return config


def on_startup(command: str, dirty: bool) -> None:
    REBUILDS.start(command, dirty)


def on_pre_build(config: MkDocsConfig) -> None:
    if not i18n.is_inner_build(config):  # the first language: everything, unless only pages' own text changed
        REBUILDS.begin(Path(config.site_dir), GENERATOR.chrome)


@event_priority(-200)  # after static-i18n has built every language and merged their search entries
def on_post_build(config: MkDocsConfig) -> None:
    if not i18n.is_inner_build(config):
        _reported(GENERATOR.verify)  # the page wall, which checked the pages while MkDocs rendered them
        NOT_FOUND.write_translations(Path(config.site_dir))
        finish_site(GENERATOR.current, Path(config.site_dir), ROOT, offline=OPTIONS.offline, search=REBUILDS.search)
        REBUILDS.done(GENERATOR.chrome)


def on_page_markdown(markdown: str, page: Any, config: MkDocsConfig, files: Any) -> str:
    """Hand-written pages filled and typeset, titles escaped once, links to the build's files kept."""
    page.title = escape_meta(page.meta, page.title)
    markdown = page_markdown(GENERATOR.current, _language(config), _page_path(page), markdown)
    return hide_site_files(markdown, GENERATOR.site_files)


def on_page_content(html: str, page: Any, config: MkDocsConfig, files: Any) -> str:
    """Links to the build's files pointed from the page; what leads away from it kept out of search."""
    return exclude_from_search(point_site_files(html, page.url))


def on_template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    """Templates without a page get the same strings; 404.html the home pages as its alternates."""
    i18n.set_alternates(config, home_alternates(GENERATOR.current) if template_name == "404.html" else [])
    context["guide_ui"] = GENERATOR.strings.template(_language(config), template_name)
    return context


def on_post_page(output: str, page: Any, config: MkDocsConfig) -> str:
    return valid_html(output)


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """Each language writes the one root 404.html in turn; see `NotFoundPage`."""
    lang, default = _language(config), GENERATOR.current.default_language
    return NOT_FOUND.keep(valid_html(output), lang, lang == default) if template_name == "404.html" else output


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> None:
    watch_closely(server, ROOT / "data")


@event_priority(-50)  # after static-i18n has pointed `extra.alternate` at this page
def on_page_context(context: dict[str, Any], page: Any, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    guide, lang, path = GENERATOR.current, _language(config), _page_path(page)
    context["guide_ui"] = GENERATOR.strings.page(
        lang, path, meta=page.meta, alternates=i18n.page_alternates(config), site_url=config.site_url or ""
    )
    page.edit_url = edit_url(guide, OPTIONS.repo_url, path, lang) or page.edit_url
    return context
