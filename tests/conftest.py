"""Shared fixtures: the project's paths, a tiny valid data tree, and the site built once."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from onpe_guide.data.load import load_guide
from onpe_guide.translations.record import record_translations
from tests.browser import CHROMIUM_ARGS, chromium_path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CASES = Path(__file__).resolve().parent / "cases"
SITE_URL = "https://guide.test/"  # the tests' site_url: absolute links are recognisable, and lead nowhere
REPO_URL = "https://git.test/onpe/guide"  # the tests' repository, for « edit this page » links
SOURCE_TEXT = (
    ROOT / "source" / "onpe-fiche-accompagner-mineurs-victimes-prostitution.txt"
)  # the leaflet, see source/README.md


@pytest.fixture
def tiny_data(tmp_path: Path) -> Path:
    """A small valid data tree (tests/cases/tiny + the real interface, terminology and schemas),
    as `data/`, with every translation recorded as translating the current French."""
    data = tmp_path / "data"
    shutil.copytree(CASES / "tiny", data)
    shutil.copy(DATA / "interface.yml", data / "interface.yml")
    shutil.copy(DATA / "terminology.yml", data / "terminology.yml")
    shutil.copytree(DATA / "schemas", data / "schemas")
    guide = load_guide(data)
    for lang in guide.languages[1:]:
        record_translations(data, guide, lang.code, None)
    return data


def copy_project(target: Path) -> Path:
    """What a build needs, copied so that a test can break it without touching the real one."""
    for name in ("data", "docs", "overrides", "scripts"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": SITE_URL, "REPO_URL": REPO_URL}
    return subprocess.run(
        [sys.executable, "-m", "onpe_guide", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def assert_the_build_refuses(project: Path, expected: list[str]) -> None:
    """What a contributor runs on a broken tree: exit status 1, exactly the `expected` messages,
    no traceback, and the previous site/ kept as it was."""
    site = project / "site"
    site.mkdir()
    (site / "index.html").write_text("previous good site", "utf-8")
    result = run_cli("--root", str(project), "build", cwd=project)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1
    assert result.stderr.splitlines()[1:] == [f"  {message}" for message in expected]
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text("utf-8") == "previous good site"


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The real site with its PDFs, built once per test run with `onpe-guide build --pdf` (strict)
    and shared by every test that only reads it. Under pytest-xdist (`make test` runs two workers)
    the first worker builds it while the others wait on a lock, then all read the same folder."""
    shared = tmp_path_factory.getbasetemp() if worker_id == "master" else tmp_path_factory.getbasetemp().parent
    target = shared / "built-site"
    with (shared / "built-site.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not (target / "index.html").is_file():
            result = run_cli("build", "--pdf", "--site-dir", str(target))
            assert result.returncode == 0, result.stdout + result.stderr
    return target


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """The system Chromium (never a downloaded one), once per session; fails if there is none."""
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()
