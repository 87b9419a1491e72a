"""Shared fixtures: the project's paths, a tiny valid data tree, and the site built once."""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import functools
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Browser, sync_playwright

from onpe_guide import cli
from onpe_guide.build import build_sheets
from onpe_guide.data.load import load_guide
from onpe_guide.engine.docs import generated_files
from onpe_guide.model import Guide
from onpe_guide.preview import serve
from onpe_guide.translations.record import record_translations
from tests import pdf_text
from tests.browser import CHROMIUM_ARGS, Searcher, chromium_path
from tests.site_build import SiteBuild

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CASES = Path(__file__).resolve().parent / "cases"
SITE_URL = "https://guide.test/"  # the tests' site_url: absolute links are recognisable, and lead nowhere
REPO_URL = "https://git.test/onpe/guide"  # the tests' repository, for « edit this page » links
SOURCE_TEXT = (
    ROOT / "source" / "onpe-fiche-accompagner-mineurs-victimes-prostitution.txt"
)  # the leaflet, see source/README.md


@functools.cache
def real_guide(with_pages: bool = False) -> Guide:
    """The real data, read once per test process and shared by the modules that only read it (a
    Guide is frozen; 19 modules each read it again took 4 s of every run's collection).
    `with_pages`: the hand-written pages' translations tracked too."""
    return load_guide(DATA, docs_dir=ROOT / "docs" if with_pages else None)


def make_tiny_data(parent: Path, terms: int | None = None) -> Path:
    """A small valid data tree (tests/cases/tiny + the real interface, terminology and schemas),
    as `parent/data/`, with every translation recorded as translating the current French. `terms`:
    the terminology's first terms only, for the tests that lay out every PDF (the glossary of every
    term took a third of their time, and tells them nothing more)."""
    data = parent / "data"
    shutil.copytree(_tiny_tree(terms), data, copy_function=shutil.copy)  # new files, as if written now
    return data


@functools.cache
def _tiny_tree(terms: int | None) -> Path:
    """Made once per process (it reads the guide, records translations: 0.1 s for 150 tests)."""
    data = Path(tempfile.mkdtemp(prefix="tiny-data-")) / "data"
    atexit.register(shutil.rmtree, data.parent, True)
    shutil.copytree(CASES / "tiny", data)
    shutil.copy(DATA / "interface.yml", data / "interface.yml")
    shutil.copytree(DATA / "schemas", data / "schemas")
    terminology = (DATA / "terminology.yml").read_text("utf-8")
    if terms is not None:
        value = yaml.safe_load(terminology)
        value["terms"] = value["terms"][:terms]
        dumped = yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=200)
        terminology = f"{terminology.partition(chr(10))[0]}\n{dumped}"
    (data / "terminology.yml").write_text(terminology, "utf-8")
    guide = load_guide(data)
    for lang in guide.languages[1:]:
        record_translations(data, guide, lang.code, None)
    return data


@pytest.fixture
def tiny_data(tmp_path: Path) -> Path:
    return make_tiny_data(tmp_path)


@pytest.fixture
def tiny_print_data(tmp_path: Path) -> Path:
    """The tiny data with one term, for the tests that lay documents out to see one refused: the
    glossary of three terms, on two pages, was a quarter of `make pdf`'s time on it."""
    return make_tiny_data(tmp_path, terms=1)


COMMIT_DATE = "2020-01-02T03:04:05+00:00"  # the tests' commits' date: a build is dated by it


def committed(project: Path) -> None:
    """`project` made a repository of its own, with one commit of a known date."""
    env = {**os.environ, "GIT_AUTHOR_DATE": COMMIT_DATE, "GIT_COMMITTER_DATE": COMMIT_DATE}
    for command in (["init", "-q"], ["add", "-A"], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "c"]):
        subprocess.run(["git", *command], cwd=project, env=env, check=True)


def shared_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder every pytest-xdist worker of this run shares: their temporary folders' parent."""
    own = tmp_path_factory.getbasetemp()
    return own.parent if "PYTEST_XDIST_WORKER" in os.environ else own


@pytest.fixture(scope="session")
def tiny_pdfs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[dict[str, Any]]]]:
    """Every PDF of the tiny data (three terms), one English label still to translate, laid out by
    `build_sheets` (as `make pdf` and `make proofs` do: the zip of the sheets too) for the tests
    that only read them: once per run, by the first worker that needs them (the others wait on
    the lock; pytest-xdist's own grouping does not work with pytest 9)."""
    root = shared_folder(tmp_path_factory) / "tiny-pdfs"
    with (root.parent / "tiny-pdfs.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        if not (root / "pdf" / "manifest.json").is_file():
            shutil.rmtree(root, ignore_errors=True)  # a worker that failed half-way
            data = make_tiny_data(root, terms=3)
            verbs = data / "verbs.yml"
            verbs.write_text(verbs.read_text("utf-8").replace("en: Adapt,", "en: À TRADUIRE,", 1), "utf-8")
            build_sheets(root, root / "pdf", SITE_URL)
    return root / "pdf", json.loads((root / "pdf" / "manifest.json").read_text("utf-8"))


def copy_project(target: Path) -> Path:
    """What a build needs, copied so that a test can break it without touching the real one."""
    for name in ("data", "docs", "overrides", "scripts"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def project_files(project: Path, folders: tuple[str, ...] = ("docs", "overrides", "scripts")) -> None:
    """Beside a data tree, as a clone has them: hand-written pages, mkdocs.yml, theme, hook (or some `folders`)."""
    generated = set(generated_files(ROOT / "docs"))
    for name in folders:
        skipped = (lambda d, names: [n for n in names if Path(d, n) in generated]) if name == "docs" else None
        shutil.copytree(ROOT / name, project / name, ignore=skipped or shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")


@pytest.fixture
def tiny_whole_project(tiny_project: Path) -> Path:
    """The tiny data in a whole project (its hand-written pages, theme and hook), for the tests that
    build or serve a site where how much data there is does not matter: a fraction of the time."""
    project_files(tiny_project)
    return tiny_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project that a test may break, build or run `make` in (see `copy_project`)."""
    return copy_project(tmp_path / "project")


@pytest.fixture
def tiny_project(tiny_data: Path) -> Path:
    """A project whose data/ is the tiny tree, for the command line to check or build."""
    return tiny_data.parent


@pytest.fixture
def pdf_dir(tmp_path: Path) -> Path:
    """Where a test lays out PDFs of its own (WeasyPrint: seconds, not the fast loop)."""
    return tmp_path / "pdf"


def cli_environment() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": SITE_URL, "REPO_URL": REPO_URL}


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "onpe_guide", *args],
        cwd=cwd,
        env=cli_environment(),
        capture_output=True,
        text=True,
        check=False,
    )


def run_cli_here(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line run in this process, as `run_cli` runs it in another: for the refusals,
    which stop before MkDocs (a second Python was most of their time). An exception that escapes
    the command line is written as the traceback a contributor would see."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(list(args))
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        except Exception:
            traceback.print_exc()
            code = 1
    return subprocess.CompletedProcess(["onpe-guide", *args], code, out.getvalue(), err.getvalue())


def assert_the_build_refuses(project: Path, expected: list[str]) -> None:
    """What a contributor runs on a broken tree: exit status 1, exactly the `expected` messages,
    no traceback, and the previous site/ kept as it was. (In this process: the entry point itself,
    `python -m onpe_guide`, is run by test_cli_reports_without_traceback and test_site.)"""
    site = project / "site"
    site.mkdir()
    (site / "index.html").write_text("previous good site", "utf-8")
    result = run_cli_here("--root", str(project), "build")
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1
    assert result.stderr.splitlines()[1:] == [f"  {message}" for message in expected]
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text("utf-8") == "previous good site"


# A test that uses one of these fixtures builds a site (the shared one, or a copy of the project's),
# or drives the browser: it is marked so, and `pytest -m "not site"` leaves it out (a fast loop).
SITE_FIXTURES = {
    "site",
    "project",
    "tiny_project",
    "tiny_print_data",
    "tiny_pdfs",
    "pdf_dir",
    "bundle",
    "new_language_site",
    "hostile_site",
    "accepted_site",
    "browser",
}


@pytest.hookimpl(tryfirst=True)  # before `-m` selects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Markers from fixtures (`site`, `browser`); the tests that do not read the built site run
    first (a stable sort): meanwhile it builds."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & SITE_FIXTURES:
            item.add_marker(pytest.mark.site)
        if "browser" in fixtures:
            item.add_marker(pytest.mark.browser)
    items.sort(key=lambda item: "site" in getattr(item, "fixturenames", ()))


@pytest.fixture(scope="session", autouse=True)
def pdf_texts(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The PDFs' texts a worker reads, kept in the run's shared folder for the other (pdf_text.py)."""
    pdf_text.SHARED = shared_folder(tmp_path_factory)


@pytest.fixture(scope="session", autouse=True)
def site_build(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteBuild]:
    """Starts the site's build before the first test, if any test of this run reads it. Under
    pytest-xdist, the workers' temporary folders share a parent: the build goes there."""
    build = SiteBuild(shared_folder(tmp_path_factory), cwd=ROOT, environment=cli_environment())
    if any("site" in getattr(item, "fixturenames", ()) for item in request.session.items):
        build.start()
    yield build
    if build.process is not None:  # the worker that started it waits for it to end before leaving
        try:
            build.process.wait(timeout=SiteBuild.DEADLINE)
        except subprocess.TimeoutExpired:
            os.killpg(build.process.pid, signal.SIGTERM)  # the shell and the build under it
            build.process.wait()


@pytest.fixture(scope="session")
def site(site_build: SiteBuild) -> Path:
    """The real site with its PDFs, shared by every test that only reads it."""
    site_build.start()  # already started, unless this test was not collected with the others
    return site_build.wait()


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    """The built site served on 127.0.0.1 as GitHub Pages serves it (a missing address: the root 404)."""
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def searcher(browser: Browser, base_url: str) -> Iterator[Searcher]:
    """A tab per language with the search open, shared by the tests that only search."""
    opened = Searcher(browser, base_url)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """The system Chromium (never a downloaded one), once per session; fails if there is none."""
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()
