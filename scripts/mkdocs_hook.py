"""MkDocs hook: thin glue between MkDocs and the `onpe_guide` core.

MkDocs runs every event once per language (mkdocs-static-i18n builds each language in turn),
so pages are generated once per state of `data/`, and only the per-language settings
(navigation, site name, interface strings) are applied on each run.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pathspec
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from onpe_guide import DataError
from onpe_guide.edition import edition
from onpe_guide.model import Guide
from onpe_guide.opendata import OPEN_DATA, edit_path, open_data
from onpe_guide.paths import HANDWRITTEN
from onpe_guide.search import split_search_index
from onpe_guide.site import generate
from onpe_guide.sitemap import navigation, not_in_nav
from onpe_guide.templating import page_strings, site_description, translation_state

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
# Set by `onpe-guide build --pdf`: the folder of built PDFs, which pages then link to.
HANDOUTS = Path(os.environ["GUIDE_HANDOUTS"]) if os.environ.get("GUIDE_HANDOUTS") else None
# Set by `onpe-guide offline`: the bundle opened from file:// (pages as .html, search as scripts).
OFFLINE = os.environ.get("GUIDE_OFFLINE") == "1"
# The repository's web address (GitHub Actions sets it): pages link to the file that holds their text.
REPO_URL = os.environ.get("REPO_URL", "")
# Set by `onpe-guide build --release`: a text still marked « À TRADUIRE » fails the build.
RELEASE = os.environ.get("GUIDE_RELEASE") == "1"
_state: dict[str, Any] = {"fingerprint": None, "guide": None}


def _fingerprint(docs_dir: Path) -> str:
    """What the generated pages depend on: data/, the PDFs built, and the hand-written pages
    (their translation state shows on them and on the status page)."""
    digest = hashlib.sha256(str(OFFLINE).encode())
    manifest = [HANDOUTS / "manifest.json"] if HANDOUTS else []
    pages = [p for page in HANDWRITTEN for p in sorted(docs_dir.glob(f"{page.removesuffix('.md')}.*.md"))]
    for path in [*sorted(DATA.rglob("*")), *manifest, *pages]:
        if path.is_file():
            digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _guide(docs_dir: Path) -> Guide:
    """Generate pages when their sources changed since the last run of this process, not otherwise."""
    fingerprint = _fingerprint(docs_dir)
    if fingerprint != _state["fingerprint"]:
        try:
            fresh, _ = generate(DATA, docs_dir, HANDOUTS, directory_urls=not OFFLINE, release=RELEASE)
        except DataError as error:
            _state["fingerprint"] = None
            raise PluginError(error.report()) from None
        _state.update(fingerprint=fingerprint, guide=fresh)
    guide: Guide = _state["guide"]
    return guide


def _page_path(page: Any) -> str:
    """`verbes/adapter.en.md` -> `verbes/adapter.md`: the page, whatever its language."""
    return str(page.file.src_uri).rsplit(".", 2)[0] + ".md"


def _language(config: MkDocsConfig, guide: Guide) -> str:
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", None) or guide.default_language


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    guide = _guide(Path(config.docs_dir))
    i18n = config.plugins.get("i18n")
    configured = [lang.locale for lang in i18n.config.languages] if i18n else []
    expected = [lang.code for lang in guide.languages]
    if configured != expected:
        raise PluginError(
            f"mkdocs.yml: plugins.i18n.languages: expected {expected} as in data/interface.yml, found {configured}"
        )
    lang = _language(config, guide)
    config.nav = navigation(guide, lang)
    hidden = not_in_nav(guide)  # only for sections too long to list in the navigation
    config.not_in_nav = pathspec.gitignore.GitIgnoreSpec.from_lines(hidden) if hidden else None
    config.site_name = guide.title[lang]
    config.site_description = site_description(guide, lang)
    return config


@event_priority(-200)  # after static-i18n has built every language and merged their search entries
def on_post_build(config: MkDocsConfig) -> None:
    i18n = config.plugins.get("i18n")
    if getattr(i18n, "building", False):  # an inner, per-language build: the outer one finishes
        return
    guide: Guide = _state["guide"]
    site = Path(config.site_dir)
    merged = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    for lang, index in split_search_index(merged, [lang.code for lang in guide.languages]).items():
        target = site / ("" if lang == guide.default_language else lang) / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
        target.write_text(text, "utf-8")
        if OFFLINE:  # from file://, Material loads the index as a script
            target.with_suffix(".js").write_text(f"var __index = {text};\n", "utf-8")
    _publish_open_data(guide, site)
    _valid_html(site)
    workers = site / "assets" / "javascripts" / "workers"
    material = next(workers.glob("search.*.min.js")).name
    ours = workers / "guide-search.js"
    ours.write_text(ours.read_text("utf-8").replace("__MATERIAL_WORKER__", material), "utf-8")


# Material writes autocomplete="off" on its two checkbox toggles (drawer, search), which HTML
# allows on text-like inputs only (W3C Nu checker, RGAA 8.2): the only errors it finds otherwise.
_CHECKBOX_AUTOCOMPLETE = (
    'type="checkbox" id="__drawer" autocomplete="off"',
    'type="checkbox" id="__search" autocomplete="off"',
)


def _valid_html(site: Path) -> None:
    for page in site.rglob("*.html"):
        text = page.read_text("utf-8")
        fixed = text
        for attribute in _CHECKBOX_AUTOCOMPLETE:
            fixed = fixed.replace(attribute, attribute.removesuffix(' autocomplete="off"'))
        if fixed != text:
            page.write_text(fixed, "utf-8")


def on_template_context(context: dict[str, Any], template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    """Templates without a page (404.html) get the same strings, with no alternates."""
    guide: Guide = _state["guide"]
    context["guide_ui"] = page_strings(guide, _language(config, guide), [])
    return context


def _publish_open_data(guide: Guide, site: Path) -> None:
    """The content as JSON, and the data files' schemas, at stable addresses."""
    ed = edition(ROOT)
    target = site / OPEN_DATA
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(open_data(guide, ed.version, ed.date), ensure_ascii=False, indent=1), "utf-8")
    shutil.copytree(DATA / "schemas", site / "schemas", dirs_exist_ok=True)


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> None:
    server.watch(str(DATA))


@event_priority(-50)  # after static-i18n has pointed `extra.alternate` at this page
def on_page_context(context: dict[str, Any], page: Any, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    guide: Guide = _state["guide"]
    # static-i18n sets `extra.alternate` as an attribute (what templates read), not as a key.
    alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate", [])
    site_path = urlsplit(config.site_url or "/").path or "/"
    lang = _language(config, guide)
    state = translation_state(guide, _page_path(page), lang, page.meta.get("translation"))
    context["guide_ui"] = page_strings(guide, lang, alternates, site_path, state) | {"offline": OFFLINE}
    if REPO_URL:  # « Edit this page »: the file that holds this page's text, in this language
        page.edit_url = f"{REPO_URL.rstrip('/')}/edit/main/{edit_path(guide, _page_path(page), lang)}"
    # The switcher keeps relative links (overrides/partials/alternate.html); hreflang wants them absolute.
    for alternate in alternates:
        alternate["link"] = urljoin(config.site_url or "", alternate["link"].lstrip("/"))
    return context
