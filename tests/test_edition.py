"""The version pages and sheets show: the release tag when the commit has one, else the commit."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from onpe_guide.edition import edition


def git(repo: Path, *args: str) -> str:
    env = {
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_DATE": "2026-11-30T10:00:00+00:00",
        "GIT_AUTHOR_DATE": "2026-11-30T10:00:00+00:00",
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }
    result = subprocess.run(["git", "-C", str(repo), *args], env=env, capture_output=True, text=True, check=True)
    return result.stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A throwaway repository with one commit."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "page.md").write_text("Une page.\n", "utf-8")
    git(tmp_path, "add", "page.md")
    git(tmp_path, "commit", "-q", "-m", "First")
    return tmp_path


def test_an_untagged_commit_shows_its_short_hash_and_date(repo: Path) -> None:
    shown = edition(repo)
    assert shown.version == git(repo, "log", "-1", "--format=%h")
    assert shown.date == "2026-11-30" and shown.created == "2026-11-30T10:00:00Z"


def test_a_tagged_commit_shows_its_tag(repo: Path) -> None:
    git(repo, "tag", "-a", "v1.2.0", "-m", "Version 1.2.0")
    assert edition(repo).version == "v1.2.0"
    git(repo, "tag", "v1.2.1")  # a lightweight tag counts too
    assert edition(repo).version in {"v1.2.0", "v1.2.1"}


def test_the_commit_after_a_tag_shows_its_hash_again(repo: Path) -> None:
    git(repo, "tag", "v1.2.0")
    (repo / "page.md").write_text("Une page corrigée.\n", "utf-8")
    git(repo, "commit", "-q", "-am", "Fix")
    assert edition(repo).version == git(repo, "log", "-1", "--format=%h")


def test_outside_git_the_environment_names_the_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUIDE_VERSION", "v9.9.9")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))  # no repository above tmp_path
    shown = edition(tmp_path)
    assert (shown.version, shown.date) == ("v9.9.9", "1970-01-02")
