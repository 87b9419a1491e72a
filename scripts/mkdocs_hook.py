"""MkDocs hook: thin glue between MkDocs and the `onpe_guide` core, which does the work.

MkDocs runs every event once per language (mkdocs-static-i18n builds each language in turn):
pages are generated once per state of their sources (`Generator`), and only the per-language
settings are applied on each run. Uses of static-i18n's internals are marked « static-i18n ».
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pathspec
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from onpe_guide.build import BuildOptions
from onpe_guide.errors import DataError
from onpe_guide.model import Guide
from onpe_guide.site.catalogue import NotFoundPage, language_mismatch, navigation, not_in_nav
from onpe_guide.site.finish import finish_site
from onpe_guide.site.generate import Generator
from onpe_guide.site.publication import page_markdown
from onpe_guide.site.theme import edit_url, escape_meta, escaped_titles, page_context, page_strings, site_identity

ROOT = Path(__file__).resolve().parent.parent
OPTIONS = BuildOptions.from_environment(os.environ)  # the one place build options are read
GENERATOR = Generator(ROOT / "data", OPTIONS.sheets, directory_urls=not OPTIONS.offline, release=OPTIONS.release)
NOT_FOUND = NotFoundPage()


def _guide() -> Guide:
    assert GENERATOR.guide is not None, "on_config generates the guide first"
    return GENERATOR.guide


def _language(config: MkDocsConfig) -> str:
    """static-i18n: the language being built (`current_language`), or the default one."""
    return getattr(config.plugins.get("i18n"), "current_language", None) or _guide().default_language


def _page_path(page: Any) -> str:
    """`verbes/adapter.en.md` -> `verbes/adapter.md`: the page, whatever its language."""
    return str(page.file.src_uri).rsplit(".", 2)[0] + ".md"


@event_priority(100)  # before static-i18n reads the configuration
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        guide = GENERATOR(Path(config.docs_dir))
    except DataError as error:
        raise PluginError(error.report()) from None
    i18n = config.plugins.get("i18n")
    if mismatch := language_mismatch(guide, [lang.locale for lang in i18n.config.languages] if i18n else []):
        raise PluginError(mismatch)
    config.use_directory_urls = not OPTIONS.offline  # from file://, folders do not open index.html
    lang = _language(config)
    config.nav = escaped_titles(navigation(guide, lang))
    config.not_in_nav = pathspec.gitignore.GitIgnoreSpec.from_lines(not_in_nav(guide))  # folded roles, long sections
    config.site_name, config.site_description = site_identity(guide, lang)  # escaped: Material prints them raw
    return config


@event_priority(-200)  # after static-i18n has built every language and merged their search entries
def on_post_build(config: MkDocsConfig) -> None:
    if getattr(config.plugins.get("i18n"), "building", False):  # static-i18n: an inner, per-language build
        return
    finish_site(_guide(), Path(config.site_dir), ROOT, offline=OPTIONS.offline)


def on_page_markdown(markdown: str, page: Any, config: MkDocsConfig, files: Any) -> str:
    """Publisher, host, contact and French typography in hand-written pages; titles escaped once."""
    page.title = escape_meta(page.meta, page.title)
    return page_markdown(_guide(), _language(config), _page_path(page), markdown)


def on_template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    """Templates without a page (404.html) get the same strings, with no alternates: the hreflang
    links left from the last page built would name that page (static-i18n resets them per page)."""
    config.extra.alternate = []  # type: ignore[attr-defined]  # static-i18n sets it as an attribute
    context["guide_ui"] = page_strings(_guide(), _language(config), [], directory_urls=not OPTIONS.offline)
    return context


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """static-i18n: each language writes the one root 404.html in turn; see `NotFoundPage`."""
    is_default = _language(config) == _guide().default_language
    return NOT_FOUND.keep(output, is_default) if template_name == "404.html" else output


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> None:
    server.watch(str(ROOT / "data"))


@event_priority(-50)  # after static-i18n has pointed `extra.alternate` at this page
def on_page_context(context: dict[str, Any], page: Any, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    guide, lang, path = _guide(), _language(config), _page_path(page)
    # static-i18n sets `extra.alternate` as an attribute (what templates read), not as a key.
    alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate", [])
    site_url = config.site_url or ""
    context["guide_ui"] = page_context(
        guide, lang, path, meta=page.meta, alternates=alternates, site_url=site_url, offline=OPTIONS.offline
    )
    page.edit_url = edit_url(guide, OPTIONS.repo_url, path, lang) or page.edit_url
    return context
