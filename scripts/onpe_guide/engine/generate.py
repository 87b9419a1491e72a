"""Load data/, render every page, write docs/: what `make generate`, the build and the hook call."""

from __future__ import annotations

import hashlib
from pathlib import Path

from onpe_guide.data.handwritten import site_files
from onpe_guide.data.load import load_guide
from onpe_guide.data.yamlfile import not_regular
from onpe_guide.engine.docs import WriteReport, generated_files, write_pages
from onpe_guide.engine.project import project_problems
from onpe_guide.engine.rebuild import chrome
from onpe_guide.engine.theme import ThemeStrings
from onpe_guide.errors import DataError, Problem
from onpe_guide.model import Guide
from onpe_guide.site.downloads import built_sheets
from onpe_guide.site.generate import render_guide
from onpe_guide.site.published import PageWall, page_problems
from onpe_guide.site.render import RenderedPage
from onpe_guide.workers import Later


def check_project(root: Path, release: bool = False) -> Guide:
    """What `make check` checks (raises `DataError`): data/, the hand-written pages, every file of
    docs/ and mkdocs.yml's rendering settings, and every page as MkDocs will render it."""
    guide = load_guide(root / "data", release, root / "docs")
    _checked(root, guide, render_guide(guide))
    return guide


def _checked(root: Path, guide: Guide, pages: list[RenderedPage], wall: PageWall | None = None) -> None:
    _raise(project_problems(root, guide) + (wall or page_problems)(guide, pages))


def _raise(problems: list[Problem]) -> None:
    if problems:
        raise DataError(problems)


def generate(
    data_dir: Path,
    docs_dir: Path,
    sheets_dir: Path | None = None,
    directory_urls: bool = True,
    release: bool = False,
    *,
    wall: PageWall | None = None,
) -> tuple[Guide, WriteReport]:
    """Load and check `data_dir`, then write its pages into `docs_dir` (raises `DataError`): the
    project around `docs_dir`, and the pages as written, are checked first (by `wall`, which may
    remember pages it checked before)."""
    guide = load_guide(data_dir, release, docs_dir)
    pages = render_guide(guide, built_sheets(sheets_dir), directory_urls)
    _checked(docs_dir.parent, guide, pages, wall)
    return guide, write_pages(pages, docs_dir)


class Generator:
    """Generates pages once per state of their sources: `mkdocs serve` rebuilds, and static-i18n
    builds each language in turn, but pages change only when data/, the PDFs built or the
    hand-written pages (whose translation state they show) do. What every page of a build shares
    is made once with the guide: the files a page may link to, the templates' strings."""

    def __init__(self, data_dir: Path, sheets_dir: Path | None, directory_urls: bool, release: bool) -> None:
        self.data_dir, self.sheets_dir = data_dir, sheets_dir
        self.directory_urls, self.release = directory_urls, release
        self.fingerprint: str | None = None
        self.guide: Guide | None = None
        self.site_files: set[str] = set()  # what the build writes beside the pages, that a page may link to
        self.theme_strings: ThemeStrings | None = None
        self.wall = PageWall()  # under `mkdocs serve`, an edit checks again only the pages it changed
        self.chrome: str | None = None  # what every page shows besides its own text (engine.rebuild)
        self.pending: Later[Problem] | None = None  # the page wall, still checking in the background

    def __call__(self, docs_dir: Path, same_build: bool = False) -> Guide:
        """The guide, its pages written into `docs_dir` if their sources changed (raises `DataError`);
        `same_build`: another language of the build that generated it (static-i18n's inner builds),
        whose sources are not read again."""
        if same_build and self.guide is not None and self.fingerprint is not None:
            return self.guide
        fingerprint = self._fingerprint(docs_dir)
        if self.guide is None or fingerprint != self.fingerprint:
            self.fingerprint = self.chrome = None  # a failed run regenerates next time
            guide = load_guide(self.data_dir, self.release, docs_dir)
            pages = render_guide(guide, built_sheets(self.sheets_dir), self.directory_urls)
            problems = project_problems(docs_dir.parent, guide)
            wall = self.wall.start(guide, pages, background=not problems)
            if problems or not wall.background:  # checked here: every problem at once, before anything is written
                _raise(problems + wall())
            self.pending = wall if wall.background else None
            write_pages(pages, docs_dir)
            self.guide, self.site_files = guide, site_files(guide, docs_dir)
            self.theme_strings = ThemeStrings(guide, self.directory_urls)
            self.chrome = chrome(guide, pages, self._sources(docs_dir), self.theme_strings, self.site_files)
            self.fingerprint = fingerprint
        return self.guide

    def verify(self) -> None:
        """Wait for the page wall that checks the pages while MkDocs renders them (a `mkdocs build`:
        a forked process, on two cores), and raise `DataError` if it found anything. MkDocs wrote
        into its own folder (the command line's build: a fresh one, removed when the build fails)."""
        if self.pending is not None:
            wall, self.pending = self.pending, None
            if problems := wall():
                self.fingerprint = self.chrome = None
                raise DataError(problems)

    @property
    def current(self) -> Guide:
        """The guide generated last."""
        assert self.guide is not None, "the guide is generated first (on_config)"
        return self.guide

    @property
    def strings(self) -> ThemeStrings:
        """The templates' strings of the guide generated last."""
        assert self.theme_strings is not None, "the guide is generated first (on_config)"
        return self.theme_strings

    def _fingerprint(self, docs_dir: Path) -> str:
        data = _digest(sorted(self.data_dir.rglob("*")))
        return hashlib.sha256(f"{self.directory_urls}|{data}|{self._sources(docs_dir)}".encode()).hexdigest()

    def _sources(self, docs_dir: Path) -> str:
        """What pages are made of besides data/: the hand-written pages (every other file of docs/
        is checked: a change checks again), mkdocs.yml, the PDFs' manifest."""
        manifest = [self.sheets_dir / "manifest.json"] if self.sheets_dir else []
        generated = set(generated_files(docs_dir))
        others = [p for p in sorted(docs_dir.rglob("*")) if p not in generated and (p.is_symlink() or not p.is_dir())]
        return _digest([*manifest, *others, docs_dir.parent / "mkdocs.yml"])


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.as_posix().encode() + b"\0")  # a link or a pipe by its name only: never read
        digest.update(path.read_bytes() if not_regular(path) is None else b"")
    return digest.hexdigest()
