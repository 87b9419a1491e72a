"""`make serve` rebuilds only what an edit changed (`mkdocs serve --dirty`), and all of it when
the edit reaches beyond the pages' own text.

With `--dirty`, MkDocs (and static-i18n, for each language) renders again only the pages whose
Markdown file is newer than their HTML: the core rewrites only the pages an edit changes, so an
edit to one text renders a handful of pages instead of every page of three languages. Everything
else on a page comes from what the pages share, the *chrome*: the navigation (every title), the
interface strings, the site's name, the hand-written pages' sources, each page's front matter
(its title, its translation notice), the files a page may link to. `chrome` is a digest of all
of it; when it changes (and on the first build, or after a failed one) `Rebuilds.begin` empties
the site folder, and the build renders every page, as without `--dirty`.

Search: Material's own incremental index keeps one page (`search_index_prev`), which static-i18n's
languages would mix; it is turned off (`configure`), and each language's index is patched here
instead: the rebuilt pages' entries, in the place of their old ones (`patch_index`), which gives
the index a full build writes.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from onpe_guide.engine.config import mkdocs_nav, not_in_nav
from onpe_guide.engine.theme import ThemeStrings, site_identity
from onpe_guide.model import Guide
from onpe_guide.site.render import RenderedPage
from onpe_guide.urls import edit_path

Index = dict[str, Any]  # one language's search index: {"config": …, "docs": […]}
# MkDocs warns at every `--dirty` build that navigation may be inaccurate, and mkdocs.yml's strict
# mode turns that warning into a failed build. `Rebuilds` makes it accurate (everything is built
# again when the chrome changes): the warning is dropped at its logger, before strict mode counts it.
DIRTY_WARNING = "A 'dirty' build is being performed"
DIRTY_LOGGER = "mkdocs.commands.build"
# MkDocs' server looks for changed files every 0.5 s (watchdog's PollingObserver): a quarter of a
# second on average before a rebuild starts, half a second at worst. 0.1 s costs a few milliseconds
# of a core each time (data/ and docs/ hold a few hundred files).
POLL_SECONDS = 0.1


def chrome(guide: Guide, pages: Iterable[RenderedPage], sources: str, strings: ThemeStrings, files: set[str]) -> str:
    """A digest of what every page shows besides its own Markdown (see the module's docstring);
    `sources`: a digest of the hand-written pages, mkdocs.yml and the PDFs' manifest."""
    parts = [sources, repr(not_in_nav(guide)), repr(guide.pages), repr(guide.publication), repr(sorted(files))]
    for lang in (language.code for language in guide.languages):
        parts += [repr(mkdocs_nav(guide, lang)), repr(site_identity(guide, lang)), repr(strings.language(lang))]
        parts.append(repr(strings.template(lang, "404.html")))
    parts += [repr((p.path, p.lang, p.title, p.notices, p.scripts, edit_path(guide, p.path, p.lang))) for p in pages]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


class Rebuilds:
    """What `mkdocs serve --dirty` needs to know from one build to the next."""

    def __init__(self) -> None:
        self.dirty = False  # `mkdocs serve --dirty` (MkDocs' on_startup)
        self.chrome: str | None = None  # the last complete build's
        self.targeted = False  # this build renders only the pages whose Markdown changed
        self.indexes: dict[str, Index] = {}  # each language's search index, as the last build wrote it

    def start(self, command: str, dirty: bool) -> None:
        """MkDocs' on_startup: `mkdocs serve --dirty`, or not."""
        self.dirty = command == "serve" and dirty
        logger = logging.getLogger(DIRTY_LOGGER)
        if self.dirty and not any(isinstance(f, _AccurateDirtyBuild) for f in logger.filters):
            logger.addFilter(_AccurateDirtyBuild())

    def begin(self, site: Path, chrome: str | None) -> None:
        """Before a build (its first language): rebuild all unless only pages' own text changed."""
        self.targeted = self.dirty and chrome is not None and chrome == self.chrome and bool(self.indexes)
        self.chrome = None  # until this build completes
        if self.dirty and not self.targeted and site.is_dir():
            for entry in site.iterdir():  # as MkDocs' own clean_directory: the folder stays, hidden files too
                if entry.name.startswith("."):
                    continue
                shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()

    def search(self, fresh: dict[str, Index]) -> dict[str, Index]:
        """Each language's index: `fresh` after a full build, patched into the last one's otherwise."""
        if self.targeted:
            fresh = {lang: patch_index(self.indexes.get(lang, index), index) for lang, index in fresh.items()}
        self.indexes = fresh if self.dirty else {}
        return fresh

    def done(self, chrome: str | None) -> None:
        self.chrome = chrome


def watch_closely(server: Any, folder: Path) -> None:
    """MkDocs' on_serve: `folder` watched too, every watched folder looked at every POLL_SECONDS
    (MkDocs' own pause of 0.1 s without changes before a rebuild is kept: shorter, a file still
    being written was read half-written under load).
    The server's observer (`LiveReloadServer.observer`) has made a poller (watchdog's emitter)
    for each folder watched so far; each reads its `_timeout` between two looks, and the observer
    gives its own to those made later."""
    observer = server.observer
    observer._timeout = POLL_SECONDS  # watchdog has no setter
    for emitter in observer.emitters:
        emitter._timeout = POLL_SECONDS
    server.watch(str(folder))


class _AccurateDirtyBuild(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(DIRTY_WARNING)


def _page(entry: dict[str, Any]) -> str:
    """The page a search entry belongs to: `verbes/adapter/#points` -> `verbes/adapter/`."""
    return str(entry["location"]).split("#", 1)[0]


def patch_index(previous: Index, rebuilt: Index) -> Index:
    """`previous` with the entries of each page of `rebuilt` in the place of that page's old ones."""
    fresh: dict[str, list[dict[str, Any]]] = {}
    for entry in rebuilt["docs"]:
        fresh.setdefault(_page(entry), []).append(entry)
    docs: list[dict[str, Any]] = []
    placed: set[str] = set()
    for entry in previous["docs"]:
        page = _page(entry)
        if page not in fresh:
            docs.append(entry)
        elif page not in placed:
            docs += fresh[page]
            placed.add(page)
    docs += [entry for page, entries in fresh.items() if page not in placed for entry in entries]
    return {**rebuilt, "docs": docs}
